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

/**
 * Strategy taxonomies as data: ERIC, Behaviour Change Wheel functions and policy categories, BCT Taxonomy v1.
 *
 * @example
 * ```ts
 * catalogue.getStrategy("eric:audit-and-provide-feedback").name; // "Audit and provide feedback"
 * ```
 */
export * as catalogue from "@impsci/catalogue";
/**
 * The `impsci` command as a library: `cli.run(argv)`.
 *
 * @example
 * ```ts
 * process.exitCode = await cli.run(["frameworks", "list"]);
 * ```
 */
export * as cli from "@impsci/cli";
/**
 * Determinant frameworks (COM-B, TDF, CFIR 2009 and 2022) as data, and the determinant profile.
 *
 * @example
 * ```ts
 * determinants.getElement("tdf-v2:knowledge").name; // "Knowledge"
 * ```
 */
export * as determinants from "@impsci/determinants";
/**
 * The matching engine: link sets, recommendations with explanations, portfolios, sensitivity.
 *
 * @example
 * ```ts
 * const result = matcher.createMatcher().match(determinants.exampleProfile);
 * ```
 */
export * as matcher from "@impsci/matcher";
/**
 * Planning pathways and the plan document.
 *
 * @example
 * ```ts
 * pathways.planProgress(pathways.createPlan("strategease")).next; // ["scope"]
 * ```
 */
export * as pathways from "@impsci/pathways";
