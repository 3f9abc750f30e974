import * as z from "zod";
import { CitationSchema, CoverageSchema, VerificationSchema } from "./citation";

/**
 * The kinds of element a framework holds.
 *
 * @example
 * ```ts
 * ElementKindSchema.parse("construct"); // "construct"
 * ```
 */
export const ElementKindSchema = z
  .enum(["component", "subcomponent", "domain", "subdomain", "construct", "subconstruct"])
  .describe("The level of an element in its framework");

/**
 * A kind of framework element, as {@link ElementKindSchema} outputs it.
 *
 * @example
 * ```ts
 * const kind: ElementKind = getElement("tdf-v2:knowledge").kind; // "domain"
 * ```
 */
export type ElementKind = z.output<typeof ElementKindSchema>;

/**
 * One element of a determinant framework: a COM-B component, a TDF domain, a CFIR construct.
 *
 * @example
 * ```ts
 * const element = ElementSchema.parse(getElement("tdf-v2:knowledge"));
 * element.kind; // "domain"
 * ```
 */
export const ElementSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+:[a-z0-9.-]+$/)
      .describe("Qualified id, `framework:key`, e.g. `tdf-v2:knowledge`"),
    key: z.string().min(1).describe("Key within the framework: the kebab-case slug of the published name"),
    framework: z.string().min(1).describe("Id of the framework the element belongs to"),
    name: z.string().min(1).describe("Published name, verbatim"),
    kind: ElementKindSchema,
    parent: z.string().optional().describe("Qualified id of the parent element, absent at the top level"),
    codes: z.array(z.string()).describe("Published numbers and codes that name the element (TDF `12`, CFIR `II.A`)"),
    number: z
      .number()
      .int()
      .positive()
      .optional()
      .describe(
        "Position in a published numbering that is not a code users type, because it would clash with one (TDF v2 constructs: their number of 84, which overlaps the domain numbers)",
      ),
    aliases: z.array(z.string()).describe("Other spellings met in cited sources, and old keys"),
    definition: z.string().min(1).describe("What the element means, in this project's own words"),
    plainLabel: z.string().min(1).describe("A plain-language label for practice audiences"),
    citation: CitationSchema.describe("Where the element is published"),
    licence: z.string().min(1).describe("Licence of the source the element comes from"),
    verification: VerificationSchema,
    bcioId: z.string().optional().describe("Behaviour Change Intervention Ontology id, where one exists"),
    cfirEricBarrier: z
      .object({
        value: z.boolean().describe("Whether the element is one of the 39 barriers of the CFIR-ERIC Matching Tool"),
        verification: VerificationSchema,
        note: z.string().optional(),
      })
      .strict()
      .optional()
      .describe("CFIR 2009 only: membership of the CFIR-ERIC tool's 39 barriers, with how it is known"),
    note: z.string().optional().describe("Anything a user should know about this record"),
  })
  .strict()
  .describe("One element of a determinant framework");

/**
 * A framework element, as {@link ElementSchema} outputs it.
 *
 * @example
 * ```ts
 * const element: Element = getElement("com-b:psychological-capability");
 * element.parent; // "com-b:capability"
 * ```
 */
export type Element = z.output<typeof ElementSchema>;
/**
 * A framework element, as {@link ElementSchema} accepts it.
 *
 * @example
 * ```ts
 * const input: ElementInput = comB.elements[0];
 * ElementSchema.parse(input).framework; // "com-b"
 * ```
 */
export type ElementInput = z.input<typeof ElementSchema>;

/**
 * A determinant framework as data: its metadata and its elements, in published order.
 *
 * @example
 * ```ts
 * FrameworkSchema.parse(getFramework("com-b")).elements.length; // 9
 * ```
 */
export const FrameworkSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe("Framework id, the scheme of its elements' ids, e.g. `tdf-v2`"),
    name: z.string().min(1).describe("Published name of the framework"),
    version: z.string().min(1).describe("Version of the framework this dataset models"),
    citation: CitationSchema.describe("The framework's primary citation"),
    citations: z.array(CitationSchema).describe("Every source the dataset draws on, the primary one first"),
    licence: z.string().min(1).describe("Licence of the primary source"),
    coverage: CoverageSchema,
    elements: z.array(ElementSchema).describe("The elements, in published order"),
  })
  .strict()
  .describe("A determinant framework as data");

/**
 * A framework, as {@link FrameworkSchema} outputs it.
 *
 * @example
 * ```ts
 * const framework: Framework = getFramework("tdf-v2");
 * framework.elements.filter((element) => element.kind === "domain").length; // 14
 * ```
 */
export type Framework = z.output<typeof FrameworkSchema>;
/**
 * A framework, as {@link FrameworkSchema} accepts it.
 *
 * @example
 * ```ts
 * const input: FrameworkInput = comB;
 * FrameworkSchema.parse(input).id; // "com-b"
 * ```
 */
export type FrameworkInput = z.input<typeof FrameworkSchema>;

/**
 * Identity helper for framework datasets: keeps ids as literal types so editors autocomplete them.
 *
 * @param framework - The framework data.
 * @returns The same object, typed.
 * @example
 * ```ts
 * export const comB = defineFramework({ id: "com-b", name: "COM-B", ... });
 * ```
 */
export const defineFramework = <const T extends FrameworkInput>(framework: T): T => framework;

/**
 * A crosswalk: a cited, named mapping between the elements of two frameworks (e.g. TDF domains to COM-B
 * subcomponents). Several published variants of one mapping can sit side by side under their own ids.
 *
 * @example
 * ```ts
 * CrosswalkSchema.parse(getCrosswalk("tdf-v2-com-b.bcw-guide-2014")).links.length; // 17
 * ```
 */
export const CrosswalkSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9.-]+$/)
      .describe("Crosswalk id: `<from>-<to>.<variant>`"),
    from: z.string().describe("Framework id the links start from"),
    to: z.string().describe("Framework id the links point to"),
    variant: z.string().describe("Which published variant of the mapping this is"),
    title: z.string().describe("A title a person can read"),
    version: z.string(),
    citation: CitationSchema,
    licence: z.string(),
    coverage: CoverageSchema,
    verification: VerificationSchema.optional().describe(
      "How the links were checked against the cited source (absent for older data: read it as unstated)",
    ),
    note: z.string().optional().describe("Anything a user should know about this crosswalk, e.g. where it was read"),
    links: z
      .array(
        z
          .object({
            from: z.string().describe("Qualified id of the element in `from`"),
            to: z.string().describe("Qualified id of the element in `to`"),
            note: z.string().optional(),
          })
          .strict(),
      )
      .describe("The links, in published order"),
  })
  .strict()
  .describe("A cited mapping between the elements of two frameworks");

/**
 * A crosswalk, as {@link CrosswalkSchema} outputs it.
 *
 * @example
 * ```ts
 * const crosswalk: Crosswalk = getCrosswalk("tdf-v2-com-b.bcw-guide-2014");
 * crosswalk.links.length; // 17
 * ```
 */
export type Crosswalk = z.output<typeof CrosswalkSchema>;
/**
 * A crosswalk, as {@link CrosswalkSchema} accepts it.
 *
 * @example
 * ```ts
 * const input: CrosswalkInput = tdfV2ComBBcwGuide2014;
 * CrosswalkSchema.parse(input).to; // "com-b"
 * ```
 */
export type CrosswalkInput = z.input<typeof CrosswalkSchema>;

/**
 * Identity helper for crosswalk datasets: keeps ids as literal types so editors autocomplete them.
 *
 * @param crosswalk - The crosswalk data.
 * @returns The same object, typed.
 * @example
 * ```ts
 * export const tdfV2ComBBcwGuide2014 = defineCrosswalk({ id: "tdf-v2-com-b.bcw-guide-2014", from: "tdf-v2", to: "com-b", ... });
 * ```
 */
export const defineCrosswalk = <const T extends CrosswalkInput>(crosswalk: T): T => crosswalk;
