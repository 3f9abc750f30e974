import { tdfV2ComBBcwGuide2014 } from "./data/tdf-v2-com-b";
import { DeterminantsError } from "./error";
import { type Crosswalk, CrosswalkSchema } from "./framework";
import { deepFreeze } from "./internal/deep-freeze";

// Every variant of a mapping is its own entry with its own id: adding one never changes another.
const sources = [tdfV2ComBBcwGuide2014] as const;

/**
 * The id of a built-in crosswalk, e.g. `tdf-v2-com-b.bcw-guide-2014` (a union as variants are added).
 *
 * @example
 * ```ts
 * const id: CrosswalkId = "tdf-v2-com-b.bcw-guide-2014";
 * getCrosswalk(id).to; // "com-b"
 * ```
 */
export type CrosswalkId = typeof tdfV2ComBBcwGuide2014.id;

for (const data of sources) deepFreeze(data);

let parsed: readonly Crosswalk[] | undefined;

function all(): readonly Crosswalk[] {
  parsed ??= deepFreeze(sources.map((source) => CrosswalkSchema.parse(source))) as readonly Crosswalk[];
  return parsed;
}

/**
 * Which crosswalks {@link listCrosswalks} returns: every field given must match.
 *
 * @example
 * ```ts
 * const filter: CrosswalkFilter = { from: "tdf-v2", to: "com-b" };
 * listCrosswalks(filter).length; // 1
 * ```
 */
export interface CrosswalkFilter {
  /** Framework id the links start from, e.g. `tdf-v2`. */
  readonly from?: string;
  /** Framework id the links point to, e.g. `com-b`. */
  readonly to?: string;
  /** Published variant, e.g. `bcw-guide-2014`. */
  readonly variant?: string;
}

/**
 * Lists the built-in crosswalks between frameworks, optionally only those between two given frameworks.
 *
 * @param filter - `from`, `to` and `variant` to match; omitted fields match anything.
 * @returns The crosswalks, parsed and frozen, in a stable order.
 * @example
 * ```ts
 * listCrosswalks({ from: "tdf-v2", to: "com-b" }).map((c) => c.variant); // ["bcw-guide-2014"]
 * ```
 */
export function listCrosswalks(filter: CrosswalkFilter = {}): readonly Crosswalk[] {
  return all().filter(
    (crosswalk) =>
      (filter.from === undefined || crosswalk.from === filter.from) &&
      (filter.to === undefined || crosswalk.to === filter.to) &&
      (filter.variant === undefined || crosswalk.variant === filter.variant),
  );
}

/**
 * Finds a built-in crosswalk by id.
 *
 * @param id - A crosswalk id, `<from>-<to>.<variant>`.
 * @returns The crosswalk, frozen, or `undefined`.
 * @example
 * ```ts
 * findCrosswalk("tdf-v2-com-b.bcw-guide-2014")?.links.length; // 17
 * ```
 */
export function findCrosswalk(id: string): Crosswalk | undefined {
  return all().find((crosswalk) => crosswalk.id === id);
}

/**
 * Gets a built-in crosswalk by id.
 *
 * @param id - A crosswalk id, `<from>-<to>.<variant>`, e.g. `tdf-v2-com-b.bcw-guide-2014`.
 * @returns The crosswalk, frozen.
 * @throws {@link DeterminantsError} with code `unknown-crosswalk`, naming the known ids.
 * @example
 * ```ts
 * getCrosswalk("tdf-v2-com-b.bcw-guide-2014").links[0]; // { from: "tdf-v2:knowledge", to: "com-b:psychological-capability" }
 * ```
 */
export function getCrosswalk(id: CrosswalkId | (string & {})): Crosswalk {
  const crosswalk = findCrosswalk(id);
  if (crosswalk) return crosswalk;
  throw new DeterminantsError(
    "unknown-crosswalk",
    `Unknown crosswalk "${String(id)}": use one of ${all()
      .map((c) => c.id)
      .join(", ")}.`,
  );
}
