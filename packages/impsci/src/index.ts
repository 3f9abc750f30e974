/**
 * impsci: implementation science in code. One install that brings every `@impsci` package, each as a
 * namespace with its types.
 *
 * @example
 * ```ts
 * import { catalogue, determinants, matcher, pathways } from "impsci";
 *
 * const result = matcher.createMatcher().match({
 *   determinants: [{ determinant: "tdf-v2:knowledge", valence: "barrier", importance: 5, changeability: 4 }],
 * });
 * console.log(result.recommendations[0]?.strategy.name);
 * ```
 *
 * @module
 */

/** Strategy taxonomies as data: ERIC, Behaviour Change Wheel functions and policy categories, BCT Taxonomy v1. */
export * as catalogue from "@impsci/catalogue";
/** The `impsci` command as a library: `cli.run(argv)`. */
export * as cli from "@impsci/cli";
/** Determinant frameworks (COM-B, TDF, CFIR 2009 and 2022) as data, and the determinant profile. */
export * as determinants from "@impsci/determinants";
/** The matching engine: link sets, recommendations with explanations, portfolios, sensitivity. */
export * as matcher from "@impsci/matcher";
/** Planning pathways and the plan document. */
export * as pathways from "@impsci/pathways";
