import {
  type PathSegment,
  type RefLookup,
  type SchemaIssueCode,
  type ValidationResult,
  zodIssues,
} from "@impsci/determinants";
import * as z from "zod";
import { CatalogueError } from "./error";
import { buildCatalogue } from "./internal/build-catalogue";
import { checkCatalogue } from "./internal/check-catalogue";
import type { SearchOptions, StrategyHit } from "./search-strategies";
import { type Group, type Strategy, type Taxonomy, type TaxonomyInput, TaxonomySchema } from "./strategy";

/**
 * What {@link Catalogue.listStrategies} keeps: every field given must hold.
 *
 * @example
 * ```ts
 * listStrategies({ taxonomy: "eric", group: "eric-cluster:engage-consumers" }).length; // 5
 * ```
 */
export interface StrategyFilter {
  /** A taxonomy id, e.g. `eric`; an unknown id throws `unknown-taxonomy`. */
  readonly taxonomy?: string | undefined;
  /** A group reference, e.g. `eric-cluster:engage-consumers` or `eric-cluster:Engage consumers`; unknown throws `unknown-group`. */
  readonly group?: string | undefined;
  /** Free text: every word must match the name, an alias, the plain label or the definition (folded, plurals tolerated). */
  readonly text?: string | undefined;
}

/**
 * An immutable set of strategy taxonomies with lookup and search: the built-in one ({@link builtinCatalogue}), one
 * made with {@link createCatalogue}, or one extended with a team's own strategies ({@link extendCatalogue}). Every
 * value it returns is frozen.
 *
 * @example
 * ```ts
 * const mine = createCatalogue([getTaxonomy("bcw")]);
 * mine.getStrategy("bcw:IF1").name; // "Education"
 * ```
 */
export interface Catalogue {
  /** The taxonomies, in catalogue order. */
  listTaxonomies(): readonly Taxonomy[];
  /** The taxonomy with this id (case-insensitive); throws `unknown-taxonomy` naming the known ids. */
  getTaxonomy(id: string): Taxonomy;
  /** The taxonomy with this id (case-insensitive), or `undefined`. */
  findTaxonomy(id: string): Taxonomy | undefined;
  /** The strategies, in catalogue order, that pass the filter (all of them without one). */
  listStrategies(filter?: StrategyFilter): readonly Strategy[];
  /** The strategy a reference names (`eric:audit-and-provide-feedback`, `eric:5`, `eric:Audit and provide feedback`); throws a coded error naming the closest candidates. */
  getStrategy(ref: string): Strategy;
  /** The strategy a reference names, or `undefined` when it names none or several. */
  findStrategy(ref: string): Strategy | undefined;
  /** Resolves a reference without throwing: the strategy, or a code, a message and the closest candidates. */
  lookupStrategy(ref: string): RefLookup<Strategy>;
  /** The groups of a taxonomy (ERIC clusters, BCT groups), in published order; throws `unknown-taxonomy`. */
  listGroups(taxonomy: string): readonly Group[];
  /** The group a reference names (`eric-cluster:engage-consumers`, or by name); throws `unknown-group`. */
  getGroup(ref: string): Group;
  /** Ranked free-text search: see {@link searchStrategies}. */
  searchStrategies(query: string, options?: SearchOptions): readonly StrategyHit[];
}

/**
 * The codes of the issues {@link validateCatalogue} and {@link extendCatalogue} report.
 *
 * @example
 * ```ts
 * const result = validateCatalogue(JSON.parse(text));
 * const codes: CatalogueIssueCode[] = result.success ? [] : result.issues.map((issue) => issue.code);
 * ```
 */
export type CatalogueIssueCode =
  | SchemaIssueCode
  | "duplicate-taxonomy"
  | "duplicate-id"
  | "duplicate-code"
  | "duplicate-name"
  | "id-mismatch"
  | "unknown-taxonomy"
  | "unknown-group"
  | "missing-citation"
  | "invalid-key";

/**
 * Checks taxonomies against {@link TaxonomySchema} and for referential integrity (unique taxonomy, group and
 * strategy ids; ids made of taxonomy and key; every group placement resolving inside its taxonomy; codes and folded
 * names unique within a taxonomy, so every reference resolves to one strategy), and builds a catalogue of them.
 * Never throws; does not touch its input.
 *
 * @param taxonomies - The taxonomies, e.g. parsed from JSON.
 * @returns The catalogue, or every problem found with its code and path (`[taxonomy index, ...]`).
 * @example
 * ```ts
 * const result = validateCatalogue(JSON.parse(text));
 * if (!result.success) for (const issue of result.issues) console.error(issue.path.join("."), issue.message);
 * ```
 */
export function validateCatalogue(taxonomies: unknown): ValidationResult<Catalogue, CatalogueIssueCode> {
  const parsed = z.array(TaxonomySchema).safeParse(taxonomies);
  if (!parsed.success) return { success: false, issues: zodIssues(parsed.error, taxonomies), warnings: [] };
  const issues = checkCatalogue({
    taxonomies: parsed.data.map((t, i) => ({ item: t, path: [i], idPath: [i, "id"] })),
    groups: parsed.data.flatMap((t, i) =>
      t.groups.map((g, j) => ({ item: g, path: [i, "groups", j], idPath: [i, "groups", j, "id"] })),
    ),
    strategies: parsed.data.flatMap((t, i) =>
      t.strategies.map((s, j) => ({ item: s, path: [i, "strategies", j], idPath: [i, "strategies", j, "id"] })),
    ),
  });
  parsed.data.forEach((t, i) => {
    const misplaced = (kind: "groups" | "strategies", j: number, taxonomy: string): void => {
      const path: PathSegment[] = [i, kind, j, "taxonomy"];
      issues.push({
        code: "id-mismatch",
        path,
        message: `${path.join(".")} is "${taxonomy}" but the record sits in the taxonomy "${t.id}": make them agree.`,
      });
    };
    t.groups.forEach((g, j) => {
      if (g.taxonomy !== t.id) misplaced("groups", j, g.taxonomy);
    });
    t.strategies.forEach((s, j) => {
      if (s.taxonomy !== t.id) misplaced("strategies", j, s.taxonomy);
    });
  });
  if (issues.length > 0) return { success: false, issues, warnings: [] };
  return { success: true, data: buildCatalogue(parsed.data), warnings: [] };
}

/**
 * Creates a catalogue from taxonomies, checked as {@link validateCatalogue} does; for data you trust (built-in style
 * modules). Copies its input, never freezes or changes it.
 *
 * @param taxonomies - The taxonomies, in the order the catalogue lists them.
 * @returns The catalogue, deep-frozen.
 * @throws {@link CatalogueError} `invalid-catalogue` listing every problem (also in `error.issues`).
 * @example
 * ```ts
 * const catalogue = createCatalogue([getTaxonomy("eric")]);
 * catalogue.getStrategy("eric:56").name; // "Purposely reexamine the implementation"
 * ```
 */
export function createCatalogue(taxonomies: readonly TaxonomyInput[]): Catalogue {
  const result = validateCatalogue(taxonomies);
  if (result.success) return result.data;
  const shown = result.issues.slice(0, 10).map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
  const more = result.issues.length > shown.length ? ` (and ${result.issues.length - shown.length} more)` : "";
  throw new CatalogueError(
    "invalid-catalogue",
    `The taxonomies do not form a valid catalogue, ${result.issues.length} problem(s): ${shown.join(" | ")}${more}`,
    { issues: result.issues },
  );
}
