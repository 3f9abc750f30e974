import { CitationSchema, CoverageSchema } from "@impsci/determinants";
import * as z from "zod";

/**
 * What a link's weight means.
 *
 * @example
 * ```ts
 * WeightKindSchema.parse("percent"); // "percent"
 * ```
 */
export const WeightKindSchema = z
  .enum(["percent", "binary", "probability"])
  .describe("percent: share of experts endorsing (0-100); binary: 0 or 1; probability: 0-1");

/**
 * A weight kind, as {@link WeightKindSchema} outputs it.
 *
 * @example
 * ```ts
 * const kind: WeightKind = getLinkSet("cfir-eric-2019").weightKind; // "percent"
 * ```
 */
export type WeightKind = z.output<typeof WeightKindSchema>;

/**
 * What a link set rests on.
 *
 * @example
 * ```ts
 * BasisSchema.parse("expert-survey"); // "expert-survey"
 * ```
 */
export const BasisSchema = z
  .enum(["expert-survey", "theory", "authored", "user"])
  .describe(
    "expert-survey: published expert endorsement; theory: a published framework's mapping; authored: this project's judgement; user: loaded by a user",
  );

/**
 * A basis, as {@link BasisSchema} outputs it.
 *
 * @example
 * ```ts
 * const basis: Basis = getLinkSet("bcw-eric").basis; // "authored"
 * ```
 */
export type Basis = z.output<typeof BasisSchema>;

/**
 * The evidence state of one link ("no evidence" is not "evidence of no link").
 *
 * @example
 * ```ts
 * EvidenceSchema.parse("inconclusive"); // "inconclusive"
 * ```
 */
export const EvidenceSchema = z
  .enum(["link", "inconclusive", "non-link", "no-evidence"])
  .describe("The evidence state of a link");

/**
 * An evidence state, as {@link EvidenceSchema} outputs it.
 *
 * @example
 * ```ts
 * const evidence: Evidence | undefined = getLinkSet("tdf-com-b").links[0]?.evidence;
 * ```
 */
export type Evidence = z.output<typeof EvidenceSchema>;

/**
 * One link of a link set: `from` -> `to` with a weight whose meaning the set declares.
 *
 * @example
 * ```ts
 * LinkSchema.parse({ from: "cfir-2009:reflecting-and-evaluating", to: "eric:audit-and-provide-feedback", weight: 56, count: 14, n: 25 });
 * ```
 */
export const LinkSchema = z
  .object({
    from: z.string().min(1).describe("Qualified id of the source element or strategy"),
    to: z.string().min(1).describe("Qualified id of the target element or strategy"),
    weight: z.number().finite().describe("The weight, in the set's weight kind"),
    count: z.number().int().nonnegative().optional().describe("Raw count: how many respondents endorsed the link"),
    n: z.number().int().positive().optional().describe("How many respondents were asked"),
    evidence: EvidenceSchema.optional(),
    note: z.string().optional().describe("A rationale (authored sets) or a source locator"),
  })
  .strict()
  .describe("One link of a link set");

/**
 * A link, as {@link LinkSchema} outputs it.
 *
 * @example
 * ```ts
 * const link: Link = { from: "cfir-2009:reflecting-and-evaluating", to: "eric:audit-and-provide-feedback", weight: 56 };
 * ```
 */
export type Link = z.output<typeof LinkSchema>;

/**
 * A link set: a cited, versioned table of weighted links between two schemes, e.g. `cfir-2009 -> eric`.
 *
 * @example
 * ```ts
 * const set = LinkSetSchema.parse(getLinkSet("com-b-bcw-2011"));
 * set.links.length; // 21
 * ```
 */
export const LinkSetSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9.-]+$/)
      .describe("Link set id, e.g. `cfir-eric-2019`"),
    version: z.string().min(1).describe("Version of this link set's content"),
    title: z.string().min(1),
    from: z.string().min(1).describe("Scheme the links start from, e.g. `cfir-2009`"),
    to: z.string().min(1).describe("Scheme the links point to, e.g. `eric`"),
    weightKind: WeightKindSchema,
    basis: BasisSchema,
    citation: CitationSchema.optional().describe("Where the links are published (absent for a user's own set)"),
    licence: z.string().optional(),
    coverage: CoverageSchema.optional(),
    levelCounts: z
      .array(
        z
          .object({
            from: z.string().describe("Qualified id of a `from` element"),
            level1: z.number().int().nonnegative().describe("Number of Level 1 targets (>= 50 %)"),
            level2: z.number().int().nonnegative().describe("Number of Level 2 targets (20-49 %)"),
          })
          .strict(),
      )
      .optional()
      .describe("CFIR-ERIC: published Level 1 / Level 2 counts per barrier, as metadata"),
    note: z.string().optional().describe("What a user of the set should know, e.g. that it is project-authored"),
    links: z.array(LinkSchema),
  })
  .strict()
  .describe("A cited, versioned table of weighted links between two schemes");

/**
 * A link set, as {@link LinkSetSchema} outputs it.
 *
 * @example
 * ```ts
 * const set: LinkSet = getLinkSet("cfir-eric-2019");
 * console.log(`${set.from} -> ${set.to}: ${set.links.length} links`);
 * ```
 */
export type LinkSet = z.output<typeof LinkSetSchema>;
/**
 * A link set, as {@link LinkSetSchema} accepts it.
 *
 * @example
 * ```ts
 * const input: LinkSetInput = {
 *   id: "my-set",
 *   version: "1.0.0",
 *   title: "My links",
 *   from: "cfir-2009",
 *   to: "eric",
 *   weightKind: "percent",
 *   basis: "user",
 *   links: [{ from: "cfir-2009:reflecting-and-evaluating", to: "eric:audit-and-provide-feedback", weight: 56 }],
 * };
 * createMatcher({ linkSets: [input] });
 * ```
 */
export type LinkSetInput = z.input<typeof LinkSetSchema>;

/**
 * Identity helper for built-in link sets: keeps ids as literal types.
 *
 * @param set - The link set data.
 * @returns The same object, typed.
 * @example
 * ```ts
 * export const comBBcw2011 = defineLinkSet({ id: "com-b-bcw-2011", ... });
 * ```
 */
export const defineLinkSet = <const T extends LinkSetInput>(set: T): T => set;
