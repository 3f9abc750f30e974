import * as z from "zod";

/**
 * The levels at which a determinant operates.
 *
 * @example
 * ```ts
 * LevelSchema.parse("organisation"); // "organisation"
 * LevelSchema.options; // ["individual", "team", "organisation", "community", "system"]
 * ```
 */
export const LevelSchema = z
  .enum(["individual", "team", "organisation", "community", "system"])
  .describe("The level at which the determinant operates");

/**
 * A level, as {@link LevelSchema} outputs it.
 *
 * @example
 * ```ts
 * const level: Level = "team";
 * ```
 */
export type Level = z.output<typeof LevelSchema>;

/**
 * One determinant in a profile: a framework element coded as a barrier or facilitator, with how strong,
 * important and changeable the team judges it.
 *
 * @example
 * ```ts
 * DeterminantSchema.parse({ determinant: "tdf-v2:knowledge", valence: "barrier", importance: 5, changeability: 4 });
 * ```
 */
export const DeterminantSchema = z
  .object({
    determinant: z
      .string()
      .min(1)
      .describe("Reference to a framework element, `framework:key` (a key, published code, name or alias)"),
    valence: z.enum(["barrier", "facilitator"]).describe("Whether it stands in the way or helps"),
    strength: z
      .number()
      .int()
      .min(-2)
      .max(2)
      .optional()
      .describe("CFIR rating practice: -2 (strong barrier) to +2 (strong facilitator)"),
    importance: z
      .number()
      .int()
      .min(1)
      .max(5)
      .optional()
      .describe("How much it matters to the outcome, 1 (little) to 5 (a lot)"),
    changeability: z
      .number()
      .int()
      .min(1)
      .max(5)
      .optional()
      .describe("How feasible it is to change, 1 (hardly) to 5 (readily)"),
    level: LevelSchema.optional(),
    populations: z.array(z.string().min(1)).optional().describe("The populations it affects, for the equity lens"),
    reportedBy: z.string().optional().describe("Who reported it (a role or data source)"),
    note: z.string().optional().describe("Free text"),
  })
  .strict()
  .describe("A determinant: a framework element coded as a barrier or facilitator");

/**
 * A determinant, as {@link DeterminantSchema} outputs it.
 *
 * @example
 * ```ts
 * const determinant: Determinant = DeterminantSchema.parse({ determinant: "tdf-v2:knowledge", valence: "barrier" });
 * ```
 */
export type Determinant = z.output<typeof DeterminantSchema>;
/**
 * A determinant, as {@link DeterminantSchema} accepts it.
 *
 * @example
 * ```ts
 * const input: DeterminantInput = { determinant: "cfir-2009:planning", valence: "barrier", strength: -1, importance: 4 };
 * ```
 */
export type DeterminantInput = z.input<typeof DeterminantSchema>;

/**
 * A determinant profile: the barriers and facilitators a team found for one setting (a site, a clinic).
 *
 * @example
 * ```ts
 * DeterminantProfileSchema.parse({
 *   id: "clinic-a",
 *   determinants: [{ determinant: "cfir-2009:planning", valence: "barrier" }],
 * });
 * ```
 */
export const DeterminantProfileSchema = z
  .object({
    id: z.string().min(1).optional().describe("Id of the profile, e.g. a site code"),
    title: z.string().optional().describe("A title a person can read"),
    determinants: z.array(DeterminantSchema).describe("The determinants, in the order the team listed them"),
  })
  .strict()
  .describe("A determinant profile for one setting");

/**
 * A determinant profile, as {@link DeterminantProfileSchema} outputs it.
 *
 * @example
 * ```ts
 * const result = validateProfile(input);
 * if (result.success) {
 *   const profile: DeterminantProfile = result.data;
 * }
 * ```
 */
export type DeterminantProfile = z.output<typeof DeterminantProfileSchema>;
/**
 * A determinant profile, as {@link DeterminantProfileSchema} accepts it.
 *
 * @example
 * ```ts
 * const input: DeterminantProfileInput = {
 *   id: "clinic-a",
 *   determinants: [{ determinant: "tdf-v2:Knowledge", valence: "barrier", importance: 5, changeability: 4 }],
 * };
 * validateProfile(input).success; // true
 * ```
 */
export type DeterminantProfileInput = z.input<typeof DeterminantProfileSchema>;
