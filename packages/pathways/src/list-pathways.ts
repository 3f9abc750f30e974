import { SchemeIndex } from "@impsci/determinants";
import { bcwPathway } from "./data/bcw";
import { episPathway } from "./data/epis";
import { implementationMappingPathway } from "./data/implementation-mapping";
import { implementationSpreadScalePathway } from "./data/implementation-spread-scale";
import { strategeasePathway } from "./data/strategease";
import { PathwaysError } from "./error";
import { deepFreeze } from "./internal/freeze";
import { type Pathway, PathwaySchema } from "./pathway";

/**
 * The ids of the built-in pathways.
 *
 * @example
 * ```ts
 * const id: BuiltinPathwayId = "strategease";
 * getPathway(id).shape; // "linear"
 * ```
 */
export type BuiltinPathwayId =
  | typeof strategeasePathway.id
  | typeof implementationSpreadScalePathway.id
  | typeof bcwPathway.id
  | typeof implementationMappingPathway.id
  | typeof episPathway.id;

let cache: readonly Pathway[] | undefined;

function builtins(): readonly Pathway[] {
  cache ??= deepFreeze(
    [strategeasePathway, implementationSpreadScalePathway, bcwPathway, implementationMappingPathway, episPathway].map(
      (p) => PathwaySchema.parse(p),
    ),
  );
  return cache;
}

/**
 * Lists the built-in pathways, optionally of one shape.
 *
 * @param filter - `shape: "linear"` or `"roadmap"` to keep only those.
 * @returns The pathways (frozen), in a fixed order: StrategEase, Implementation Spread and Scale, BCW,
 *   Implementation Mapping, EPIS.
 * @example
 * ```ts
 * listPathways().map((p) => p.id); // ["strategease", "implementation-spread-scale", "bcw", "implementation-mapping", "epis"]
 * listPathways({ shape: "roadmap" }).length; // 1
 * ```
 */
export function listPathways(filter: { shape?: Pathway["shape"] } = {}): readonly Pathway[] {
  return builtins().filter((p) => filter.shape === undefined || p.shape === filter.shape);
}

/**
 * Finds a built-in pathway by id.
 *
 * @param id - A pathway id, e.g. `bcw`.
 * @returns The pathway (frozen), or `undefined` when there is none with that id.
 * @example
 * ```ts
 * findPathway("epis")?.steps.map((s) => s.title); // ["Exploration", "Preparation", "Implementation", "Sustainment"]
 * ```
 */
export function findPathway(id: BuiltinPathwayId | (string & {})): Pathway | undefined {
  return builtins().find((p) => p.id === id);
}

/**
 * Gets a built-in pathway by id, or throws.
 *
 * @param id - A pathway id, e.g. `strategease`.
 * @returns The pathway (frozen).
 * @throws {@link PathwaysError} `unknown-pathway`, naming the closest ids.
 * @example
 * ```ts
 * getPathway("bcw").steps.length; // 8
 * ```
 */
export function getPathway(id: BuiltinPathwayId | (string & {})): Pathway {
  const found = findPathway(id);
  if (found) return found;
  throw new PathwaysError("unknown-pathway", unknownPathwayMessage(id));
}

/** A plain message for a pathway id that does not exist, naming the closest ones. */
export function unknownPathwayMessage(id: string): string {
  const index = new SchemeIndex(
    "pathway",
    builtins().map((p) => ({ id: p.id, key: p.id, name: p.title, aliases: [] })),
  );
  const near = index.closest(id).map((p) => p.id);
  const all = builtins()
    .map((p) => p.id)
    .join(", ");
  return `Unknown pathway "${id}"${near.length > 0 ? `: did you mean ${near.join(", ")}?` : "."} The built-in pathways are ${all}.`;
}
