import { CitationSchema, CoverageSchema, VerificationSchema } from "@impsci/determinants";
import * as z from "zod";

/**
 * One strategy of a taxonomy: an ERIC implementation strategy, a Behaviour Change Wheel intervention
 * function or policy category, a behaviour change technique, or a team's own strategy.
 *
 * @example
 * ```ts
 * const s = StrategySchema.parse(getStrategy("eric:audit-and-provide-feedback"));
 * s.number; // 5
 * ```
 */
export const StrategySchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+:[a-z0-9.-]+$/)
      .describe("Qualified id, `taxonomy:key`, e.g. `eric:access-new-funding`"),
    key: z
      .string()
      .min(1)
      .describe("Key within the taxonomy: the kebab-case slug of the published name (BCTs: the code)"),
    taxonomy: z.string().min(1).describe("Id of the taxonomy the strategy belongs to"),
    name: z.string().min(1).describe("Published name, verbatim"),
    number: z.number().int().positive().optional().describe("Published number (ERIC: Powell 2015's numbering)"),
    codes: z.array(z.string()).describe("Published numbers and codes that name the strategy"),
    group: z.string().optional().describe("Qualified id of its group (ERIC: Waltz 2015 cluster; BCT: group)"),
    aliases: z.array(z.string()).describe("Every other spelling a cited source uses, and old keys"),
    definition: z.string().min(1).describe("What the strategy is, in this project's own words"),
    plainLabel: z.string().min(1).describe("A plain-language label for practice audiences"),
    citation: CitationSchema.describe("Where the strategy is published"),
    verification: VerificationSchema.describe("How the record (name, group) was checked against its source"),
    groupVerification: VerificationSchema.optional().describe("How the group placement was checked, where it differs"),
    importance: z.number().min(1).max(5).optional().describe("ERIC: mean importance rating (1-5), where published"),
    feasibility: z.number().min(1).max(5).optional().describe("ERIC: mean feasibility rating (1-5), where published"),
    goZone: z.enum(["I", "II", "III", "IV"]).optional().describe("ERIC: go-zone quadrant, where published"),
    ratingsCitation: CitationSchema.optional().describe("Where the ratings are published"),
    goZoneCitation: CitationSchema.optional().describe(
      "ERIC: where the go-zone quadrant is published, where that differs from `ratingsCitation`",
    ),
    bcioId: z.string().optional().describe("Behaviour Change Intervention Ontology id(s), where they exist"),
    custom: z.boolean().optional().describe("True for a strategy a team added with `extendCatalogue`"),
    note: z.string().optional().describe("Anything a user should know about this record"),
  })
  .strict()
  .describe("One strategy of a taxonomy");

/**
 * A strategy, as {@link StrategySchema} outputs it.
 *
 * @example
 * ```ts
 * const audit: Strategy = getStrategy("eric:audit-and-provide-feedback");
 * audit.name; // "Audit and provide feedback"
 * ```
 */
export type Strategy = z.output<typeof StrategySchema>;
/**
 * A strategy, as {@link StrategySchema} accepts it.
 *
 * @example
 * ```ts
 * const draft: StrategyInput = { ...getStrategy("eric:audit-and-provide-feedback"), note: "Checked against the source" };
 * StrategySchema.parse(draft).note; // "Checked against the source"
 * ```
 */
export type StrategyInput = z.input<typeof StrategySchema>;

/**
 * A group of strategies: an ERIC cluster (Waltz 2015) or a BCT group.
 *
 * @example
 * ```ts
 * listGroups("eric").map((g) => g.size); // [10, 4, 4, 17, 11, 5, 5, 9, 8]
 * ```
 */
export const GroupSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+:[a-z0-9.-]+$/)
      .describe("Qualified id, e.g. `eric-cluster:use-evaluative-and-iterative-strategies`"),
    key: z.string().min(1),
    taxonomy: z.string().min(1).describe("Id of the taxonomy whose strategies the group holds"),
    name: z.string().min(1).describe("Published name, verbatim"),
    codes: z.array(z.string()).describe("Published numbers and codes that name the group"),
    size: z.number().int().nonnegative().describe("How many strategies the source places in the group"),
    definition: z.string().optional().describe("What the group holds, in this project's own words"),
    importance: z.number().min(1).max(5).optional().describe("Mean importance of its strategies, where published"),
    feasibility: z.number().min(1).max(5).optional().describe("Mean feasibility of its strategies, where published"),
    citation: CitationSchema,
  })
  .strict()
  .describe("A group of strategies");

/**
 * A group, as {@link GroupSchema} outputs it.
 *
 * @example
 * ```ts
 * const clusters: readonly Group[] = listGroups("eric");
 * clusters.length; // 9
 * ```
 */
export type Group = z.output<typeof GroupSchema>;
/**
 * A group, as {@link GroupSchema} accepts it.
 *
 * @example
 * ```ts
 * const group: GroupInput = { ...getGroup("eric-cluster:engage-consumers") };
 * GroupSchema.parse(group).taxonomy; // "eric"
 * ```
 */
export type GroupInput = z.input<typeof GroupSchema>;

/**
 * A strategy taxonomy as data: metadata, groups and strategies in published order.
 *
 * @example
 * ```ts
 * TaxonomySchema.parse(getTaxonomy("eric")).strategies.length; // 73
 * ```
 */
export const TaxonomySchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe("Taxonomy id, the scheme of its strategies' ids"),
    name: z.string().min(1),
    version: z.string().min(1),
    citation: CitationSchema.describe("The taxonomy's primary citation"),
    citations: z.array(CitationSchema).describe("Every source the dataset draws on, the primary one first"),
    licence: z.string().min(1),
    coverage: CoverageSchema,
    groups: z.array(GroupSchema),
    strategies: z.array(StrategySchema),
    custom: z.boolean().optional().describe("True for a taxonomy a team added with `extendCatalogue`"),
  })
  .strict()
  .describe("A strategy taxonomy as data");

/**
 * A taxonomy, as {@link TaxonomySchema} outputs it.
 *
 * @example
 * ```ts
 * const eric: Taxonomy = getTaxonomy("eric");
 * eric.strategies.length; // 73
 * ```
 */
export type Taxonomy = z.output<typeof TaxonomySchema>;
/**
 * A taxonomy, as {@link TaxonomySchema} accepts it.
 *
 * @example
 * ```ts
 * const taxonomies: TaxonomyInput[] = JSON.parse(text);
 * const catalogue = createCatalogue(taxonomies);
 * ```
 */
export type TaxonomyInput = z.input<typeof TaxonomySchema>;

/**
 * Identity helper for taxonomy datasets: keeps ids as literal types so editors autocomplete them.
 *
 * @param taxonomy - The taxonomy data.
 * @returns The same object, typed.
 * @example
 * ```ts
 * export const bcw = defineTaxonomy({ id: "bcw", name: "Behaviour Change Wheel intervention functions", ... });
 * ```
 */
export const defineTaxonomy = <const T extends TaxonomyInput>(taxonomy: T): T => taxonomy;
