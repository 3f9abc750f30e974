import { CitationSchema, VerificationSchema } from "@impsci/determinants";
import * as z from "zod";

const planField = z.string().min(1).describe("Id of a plan field, one of `planFields` (e.g. `strategies.specified`)");

/**
 * A rule a step must meet to be complete: a plan field that is done, or the team's own record (a
 * checkpoint) for what the plan document does not hold.
 *
 * @example
 * ```ts
 * CompletionRuleSchema.parse({ kind: "field", field: "determinants" });
 * CompletionRuleSchema.parse({ kind: "confirmed", what: "Protocols and materials are produced" });
 * ```
 */
export const CompletionRuleSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("field"), field: planField }).strict(),
    z
      .object({
        kind: z.literal("confirmed"),
        what: z.string().min(1).describe("What the team confirms with a checkpoint marked complete"),
      })
      .strict(),
  ])
  .describe("A completion rule");

/**
 * A completion rule, as {@link CompletionRuleSchema} outputs it.
 *
 * @example
 * ```ts
 * const rules: readonly CompletionRule[] = getPathway("strategease").steps[0]?.completion ?? [];
 * rules[0]; // { kind: "field", field: "scope.what" }
 * ```
 */
export type CompletionRule = z.output<typeof CompletionRuleSchema>;

/**
 * One step of a pathway: what it is for, short guidance, the plan fields it needs and produces, when it is
 * complete, and (roadmaps) whether a team may start there and where it may go next.
 *
 * @example
 * ```ts
 * StepSchema.parse(getPathway("bcw").steps[0]).stage; // "Understand the behaviour"
 * ```
 */
export const StepSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe("Step id, unique within the pathway"),
    title: z
      .string()
      .min(1)
      .describe("A short title: the source's name for the step where it names one, else this project's"),
    stage: z.string().min(1).optional().describe("The stage or phase the source groups the step in"),
    purpose: z.string().min(1).describe("What the step is for, in one sentence"),
    guidance: z.string().min(1).describe("How to go about it: short, in this project's own words"),
    needs: z.array(planField).default([]).describe("Plan fields the step works from"),
    produces: z.array(planField).default([]).describe("Plan fields the step fills in"),
    completion: z.array(CompletionRuleSchema).min(1).describe("All must hold for the step to be complete"),
    entryPoint: z.boolean().optional().describe("Roadmaps: a team may start here"),
    next: z.array(z.string()).optional().describe("Roadmaps: ids of the suggested next steps"),
    basis: z
      .enum(["source", "modelled"])
      .describe("source: the cited source names this step; modelled: this project's modelling (see `note`)"),
    note: z.string().min(1).optional().describe("What the project models beyond its source, and anything else to know"),
  })
  .strict()
  .describe("One step of a pathway");

/**
 * A step, as {@link StepSchema} outputs it.
 *
 * @example
 * ```ts
 * const first: Step | undefined = getPathway("strategease").steps[0];
 * first?.id; // "scope"
 * ```
 */
export type Step = z.output<typeof StepSchema>;
/**
 * A step, as {@link StepSchema} accepts it.
 *
 * @example
 * ```ts
 * const step: StepInput = {
 *   id: "pilot", title: "Pilot", purpose: "Try the strategies in one clinic.", guidance: "Run it for a month, then review.",
 *   completion: [{ kind: "confirmed", what: "The pilot is reviewed" }], basis: "modelled", note: "Our own step.",
 * };
 * StepSchema.parse(step).needs; // []
 * ```
 */
export type StepInput = z.input<typeof StepSchema>;

/**
 * A pathway as data: the steps a team takes with its plan, either in one order (`linear`) or as a
 * `roadmap` with entry points and suggested next steps. `steps` is always the flat list, in order.
 *
 * @example
 * ```ts
 * const bcw = PathwaySchema.parse(getPathway("bcw"));
 * bcw.steps.length; // 8
 * ```
 */
export const PathwaySchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe("Pathway id, e.g. `strategease`"),
    version: z.string().min(1).describe("Version of this pathway's content"),
    title: z.string().min(1).describe("A title a person can read"),
    summary: z.string().min(1).describe("What the pathway is, in this project's own words"),
    shape: z
      .enum(["linear", "roadmap"])
      .describe("linear: steps in one order; roadmap: entry points and suggested next steps"),
    citation: CitationSchema.describe("The pathway's primary source"),
    citations: z.array(CitationSchema).describe("Every source the pathway draws on, the primary one first"),
    verification: VerificationSchema.describe("How the step list was checked against the source"),
    note: z.string().min(1).optional().describe("What the project models beyond its sources"),
    steps: z.array(StepSchema).min(1).describe("The steps, in order (roadmaps: a reading order)"),
  })
  .strict()
  .describe("A planning pathway");

/**
 * A pathway, as {@link PathwaySchema} outputs it.
 *
 * @example
 * ```ts
 * const linear: readonly Pathway[] = listPathways({ shape: "linear" });
 * linear.map((p) => p.id).includes("strategease"); // true
 * ```
 */
export type Pathway = z.output<typeof PathwaySchema>;
/**
 * A pathway, as {@link PathwaySchema} accepts it.
 *
 * @example
 * ```ts
 * const ours: PathwayInput = { ...getPathway("strategease"), id: "our-pathway", title: "Our pathway" };
 * validatePathway(ours).success; // true
 * ```
 */
export type PathwayInput = z.input<typeof PathwaySchema>;

/**
 * Identity helper for pathway datasets: keeps ids as literal types so editors autocomplete them.
 *
 * @param pathway - The pathway data.
 * @returns The same object, typed.
 * @example
 * ```ts
 * export const epis = definePathway({ id: "epis", shape: "linear", ... });
 * ```
 */
export const definePathway = <const T extends PathwayInput>(pathway: T): T => pathway;
