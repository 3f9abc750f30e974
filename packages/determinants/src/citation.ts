import * as z from "zod";

/**
 * A bibliographic citation, carried by every built-in record and dataset.
 *
 * @example
 * ```ts
 * CitationSchema.parse({
 *   authors: "Powell BJ, Waltz TJ, Chinman MJ, et al.",
 *   year: 2015,
 *   title: "A refined compilation of implementation strategies",
 *   source: "Implementation Science 10:21",
 *   doi: "10.1186/s13012-015-0209-1",
 *   locator: "Table 3",
 * });
 * ```
 */
export const CitationSchema = z
  .object({
    authors: z.string().min(1).describe("Authors as the source lists them, e.g. 'Powell BJ, Waltz TJ, et al.'"),
    year: z.number().int().describe("Year of publication"),
    title: z.string().min(1).describe("Title of the work"),
    source: z.string().min(1).describe("Journal with volume and article number, or publisher"),
    doi: z.string().optional().describe("DOI without the resolver prefix, e.g. '10.1186/s13012-015-0209-1'"),
    url: z.string().optional().describe("Web address, where there is no DOI"),
    locator: z.string().optional().describe("Where in the source the fact stands: a table, figure or page"),
    licence: z.string().optional().describe("Licence of the source, e.g. 'CC BY 4.0'"),
  })
  .strict()
  .describe("A bibliographic citation");

/**
 * A citation, as {@link CitationSchema} outputs it.
 *
 * @example
 * ```ts
 * const citation: Citation = getFramework("tdf-v2").citation;
 * citation.year; // 2012
 * ```
 */
export type Citation = z.output<typeof CitationSchema>;

/**
 * How a record's content was checked against its source.
 * `verified`: read in the cited source; `inferred`: derived from it by reasoning the record documents;
 * `unverified`: taken from a secondary source and not yet checked against the primary one.
 *
 * @example
 * ```ts
 * VerificationSchema.parse("inferred"); // "inferred"
 * ```
 */
export const VerificationSchema = z
  .enum(["verified", "inferred", "unverified"])
  .describe("How the record was checked against its source");

/**
 * A verification status, as {@link VerificationSchema} outputs it.
 *
 * @example
 * ```ts
 * const status: Verification = getElement("tdf-v2:knowledge").verification; // "verified"
 * ```
 */
export type Verification = z.output<typeof VerificationSchema>;

/**
 * How much of a published whole a dataset holds, with counts.
 *
 * @example
 * ```ts
 * CoverageSchema.parse({
 *   status: "partial",
 *   counts: [{ unit: "constructs", included: 37, published: 84 }],
 *   note: "Constructs of domains 1-6 and the first of domain 7.",
 * });
 * ```
 */
export const CoverageSchema = z
  .object({
    status: z.enum(["complete", "partial"]).describe("Whether the dataset holds everything its source publishes"),
    counts: z
      .array(
        z
          .object({
            unit: z.string().describe("What is counted, e.g. 'constructs' or 'importance ratings'"),
            included: z.number().int().nonnegative().describe("How many the dataset holds"),
            published: z.number().int().nonnegative().describe("How many the source publishes"),
          })
          .strict(),
      )
      .describe("Counts of what is held against what is published"),
    note: z.string().optional().describe("What is missing and why, in plain words"),
  })
  .strict()
  .describe("Coverage of a dataset against its source");

/**
 * A coverage statement, as {@link CoverageSchema} outputs it.
 *
 * @example
 * ```ts
 * const coverage: Coverage = getFramework("tdf-v2").coverage;
 * coverage.status; // "partial" (37 of the 84 TDF constructs)
 * ```
 */
export type Coverage = z.output<typeof CoverageSchema>;
