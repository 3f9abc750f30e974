import { type Catalogue, createCatalogue } from "./catalogue";
import { bctV1 } from "./data/bct-v1";
import { bcw } from "./data/bcw";
import { bcwPolicy } from "./data/bcw-policy";
import { eric } from "./data/eric";
import { deepFreeze } from "./internal/deep-freeze";
import { lazyCatalogue } from "./internal/lazy-catalogue";

// The raw datasets are exported too (for their literal types): frozen, so nobody can change what the catalogue reads.
const datasets = [eric, bcw, bcwPolicy, bctV1] as const;
for (const data of datasets) deepFreeze(data);

export { bctV1, bcw, bcwPolicy, eric };

/**
 * The built-in catalogue: ERIC (73 strategies in 9 clusters), the Behaviour Change Wheel's 9 intervention functions
 * (`bcw`) and 7 policy categories (`bcw-policy`), and the BCT Taxonomy v1 (93 techniques in 16 groups). Deep-frozen,
 * and built on first use. The module-level functions ({@link getStrategy}, {@link searchStrategies}, ...) use it
 * unless given another catalogue.
 *
 * @example
 * ```ts
 * builtinCatalogue.listTaxonomies().map((t) => t.id); // ["eric", "bcw", "bcw-policy", "bct-v1"]
 * ```
 */
export const builtinCatalogue: Catalogue = /* @__PURE__ */ lazyCatalogue(() => createCatalogue(datasets));

/**
 * The id of every built-in strategy, as a union of literal types (`"eric:access-new-funding" | ... | "bct-v1:16.3"`),
 * for code that names built-in strategies and wants the compiler to check them.
 *
 * @example
 * ```ts
 * const id: BuiltinStrategyId = "eric:audit-and-provide-feedback";
 * ```
 */
export type BuiltinStrategyId =
  | (typeof eric)["strategies"][number]["id"]
  | (typeof bcw)["strategies"][number]["id"]
  | (typeof bcwPolicy)["strategies"][number]["id"]
  | (typeof bctV1)["strategies"][number]["id"];
