import { DeterminantSchema } from "@impsci/determinants";
import * as z from "zod";

/**
 * The plan document version this release writes and reads; `migratePlan` upgrades older ones.
 *
 * @example
 * ```ts
 * createPlan("epis").schemaVersion === PLAN_SCHEMA_VERSION; // true
 * ```
 */
export const PLAN_SCHEMA_VERSION = 1;

const text = (what: string) => z.string().min(1).describe(what);
const localId = (what: string) =>
  z.string().min(1).describe(`${what}: an id unique within the plan, used to refer to it from other parts of the plan`);

/**
 * The eight implementation outcomes of Proctor et al. 2011 (Adm Policy Ment Health 38:65-76,
 * doi:10.1007/s10488-010-0319-7), as kebab-case ids.
 *
 * @example
 * ```ts
 * ImplementationOutcomeSchema.parse("penetration"); // "penetration"
 * ```
 */
export const ImplementationOutcomeSchema = z
  .enum([
    "acceptability",
    "adoption",
    "appropriateness",
    "feasibility",
    "fidelity",
    "implementation-cost",
    "penetration",
    "sustainability",
  ])
  .describe("An implementation outcome (Proctor et al. 2011)");

/**
 * An implementation outcome, as {@link ImplementationOutcomeSchema} outputs it.
 *
 * @example
 * ```ts
 * const outcome: ImplementationOutcome = "penetration";
 * OutcomeSchema.parse({ id: "reach", outcome }).strategies; // []
 * ```
 */
export type ImplementationOutcome = z.output<typeof ImplementationOutcomeSchema>;

/**
 * One WHO-does-WHAT-differently of the scope, specified as Action, Actor, Context, Target, Time.
 *
 * @example
 * ```ts
 * BehaviourSchema.parse({ action: "Offer the PHQ-2", actor: "Practice nurses", context: "Chronic-care reviews", target: "Adults with diabetes", time: "At every annual review" });
 * ```
 */
export const BehaviourSchema = z
  .object({
    action: text("Action: what is done differently"),
    actor: text("Actor: who does it (a role, not a person)"),
    context: z.string().min(1).optional().describe("Context: where, or in what circumstances"),
    target: z.string().min(1).optional().describe("Target: with or for whom"),
    time: z.string().min(1).optional().describe("Time: when, and how often"),
  })
  .strict()
  .describe("Who does what differently: Action, Actor, Context, Target, Time");

/**
 * A behaviour of the scope, as {@link BehaviourSchema} outputs it.
 *
 * @example
 * ```ts
 * const behaviour: Behaviour = { action: "Offer the PHQ-2", actor: "Practice nurses" };
 * createPlan("strategease", { scope: { behaviours: [behaviour] } });
 * ```
 */
export type Behaviour = z.output<typeof BehaviourSchema>;

/**
 * The scope of change: WHAT is being implemented, and each WHO who needs to do what differently.
 *
 * @example
 * ```ts
 * ScopeSchema.parse({ what: "Depression screening with the PHQ-9", behaviours: [] });
 * ```
 */
export const ScopeSchema = z
  .object({
    what: z.string().min(1).optional().describe("WHAT is being implemented: the practice, programme or policy"),
    behaviours: z.array(BehaviourSchema).default([]).describe("WHO needs to do WHAT differently"),
  })
  .strict()
  .describe("The scope of change");

/**
 * The scope, as {@link ScopeSchema} outputs it.
 *
 * @example
 * ```ts
 * const scope: Scope = createPlan("strategease").scope;
 * scope.behaviours; // []
 * ```
 */
export type Scope = z.output<typeof ScopeSchema>;

/**
 * The groups a consulted role belongs to; `recipient` marks the people the change is for.
 *
 * @example
 * ```ts
 * ConsultedGroupSchema.parse("recipient");
 * ```
 */
export const ConsultedGroupSchema = z
  .enum(["recipient", "deliverer", "implementation-team", "leadership", "partner", "other"])
  .describe(
    "recipient: the people the change is for (patients, clients, communities); deliverer: the people who deliver or use the innovation; implementation-team: the team carrying the plan; leadership: decision makers; partner: other partners",
  );

/**
 * A consulted group, as {@link ConsultedGroupSchema} outputs it.
 *
 * @example
 * ```ts
 * const group: ConsultedGroup = "recipient";
 * plan.consulted.some((c) => c.group === group);
 * ```
 */
export type ConsultedGroup = z.output<typeof ConsultedGroupSchema>;

/**
 * A role the team consulted (or that sits on the implementation team).
 *
 * @example
 * ```ts
 * ConsultedSchema.parse({ role: "Patient advisory group", group: "recipient", how: "Two workshops" });
 * ```
 */
export const ConsultedSchema = z
  .object({
    role: text("The role or group consulted, e.g. 'Practice nurses'"),
    group: ConsultedGroupSchema,
    how: z.string().min(1).optional().describe("How they were consulted: interviews, a workshop, a survey"),
    note: z.string().optional().describe("Free text"),
  })
  .strict()
  .describe("A role that was consulted");

/**
 * A consulted role, as {@link ConsultedSchema} outputs it.
 *
 * @example
 * ```ts
 * const consulted: Consulted = { role: "Patient advisory group", group: "recipient", how: "Two workshops" };
 * createPlan("strategease", { consulted: [consulted] });
 * ```
 */
export type Consulted = z.output<typeof ConsultedSchema>;

/**
 * A determinant of the plan: the determinant model's record with an id the rest of the plan refers to.
 *
 * @example
 * ```ts
 * PlanDeterminantSchema.parse({ id: "knowledge", determinant: "tdf-v2:knowledge", valence: "barrier", importance: 4, changeability: 5 });
 * ```
 */
export const PlanDeterminantSchema = DeterminantSchema.extend({
  id: localId("Id of the determinant in the plan"),
}).describe("A determinant (barrier or facilitator) the team identified");

/**
 * A plan determinant, as {@link PlanDeterminantSchema} outputs it.
 *
 * @example
 * ```ts
 * const knowledge: PlanDeterminant = PlanDeterminantSchema.parse({
 *   id: "knowledge", determinant: "tdf-v2:knowledge", valence: "barrier", importance: 5, changeability: 4,
 * });
 * ```
 */
export type PlanDeterminant = z.output<typeof PlanDeterminantSchema>;

/**
 * A recorded decision not to address a barrier now, with the reason.
 *
 * @example
 * ```ts
 * DeferralSchema.parse({ determinant: "funding", reason: "Depends on next year's budget", revisit: "2027-03" });
 * ```
 */
export const DeferralSchema = z
  .object({
    determinant: text("Id of the plan determinant deferred"),
    reason: text("Why it is not addressed now"),
    decidedBy: z.string().min(1).optional().describe("Who decided"),
    revisit: z.string().min(1).optional().describe("When to look at it again"),
  })
  .strict()
  .describe("A decision to defer a barrier");

/**
 * A deferral, as {@link DeferralSchema} outputs it.
 *
 * @example
 * ```ts
 * const deferral: Deferral = { determinant: "funding", reason: "Depends on next year's budget" };
 * createPlan("strategease", { determinants, deferrals: [deferral] });
 * ```
 */
export type Deferral = z.output<typeof DeferralSchema>;

/**
 * A mechanism of change: how the plan expects to change determinants, named in a framework's terms
 * (COM-B, TDF) and with the purposes of change (Behaviour Change Wheel intervention functions) it serves.
 *
 * @example
 * ```ts
 * MechanismSchema.parse({ id: "capability", description: "Nurses know how to score the PHQ-9", determinants: ["knowledge"], elements: ["com-b:psychological-capability"], functions: ["bcw:training"] });
 * ```
 */
export const MechanismSchema = z
  .object({
    id: localId("Id of the mechanism"),
    description: text("How the change is expected to work, in plain words"),
    determinants: z.array(z.string().min(1)).default([]).describe("Ids of the plan determinants it acts on"),
    elements: z
      .array(z.string().min(1))
      .default([])
      .describe("Framework elements that name the mechanism, as references, e.g. `com-b:psychological-capability`"),
    functions: z
      .array(z.string().min(1))
      .default([])
      .describe("Purposes of change: intervention functions, as references, e.g. `bcw:training`"),
  })
  .strict()
  .describe("A mechanism of change");

/**
 * A mechanism, as {@link MechanismSchema} outputs it.
 *
 * @example
 * ```ts
 * const mechanisms: readonly Mechanism[] = plan.mechanisms.filter((m) => m.determinants.includes("knowledge"));
 * ```
 */
export type Mechanism = z.output<typeof MechanismSchema>;

/**
 * A strategy specified along the seven dimensions of Proctor, Powell & McMillen 2013 (Implement Sci 8:139,
 * doi:10.1186/1748-5908-8-139). Every dimension is optional while the plan is drafted; progress and the
 * checks say what is missing.
 *
 * @example
 * ```ts
 * SpecificationSchema.parse({ actor: "Practice manager", action: "Monthly screening-rate feedback", outcomes: ["penetration"], justification: "..." });
 * ```
 */
export const SpecificationSchema = z
  .object({
    actor: z.string().min(1).optional().describe("Actor: who delivers the strategy"),
    action: z.string().min(1).optional().describe("Action: what they do"),
    actionTarget: z.string().min(1).optional().describe("Action target: whom or what it aims to change"),
    temporality: z.string().min(1).optional().describe("Temporality: when, and in what order"),
    dose: z.string().min(1).optional().describe("Dose: how often and how intensely"),
    outcomes: z
      .array(ImplementationOutcomeSchema)
      .default([])
      .describe("Implementation outcome(s) affected: the outcomes the strategy is expected to move"),
    justification: z
      .string()
      .min(1)
      .optional()
      .describe("Justification: the theory, evidence or pragmatic reason for choosing it"),
  })
  .strict()
  .describe("A strategy's specification (Proctor et al. 2013)");

/**
 * A specification, as {@link SpecificationSchema} outputs it.
 *
 * @example
 * ```ts
 * const spec: Specification | undefined = plan.strategies[0]?.specification;
 * spec?.outcomes; // e.g. ["penetration"]
 * ```
 */
export type Specification = z.output<typeof SpecificationSchema>;

/**
 * A selected strategy: a catalogue strategy, linked to the plan determinants it addresses and the
 * mechanisms it works through, and specified.
 *
 * @example
 * ```ts
 * SelectedStrategySchema.parse({ id: "feedback", strategy: "eric:audit-and-provide-feedback", addresses: ["feedback-gap"] });
 * ```
 */
export const SelectedStrategySchema = z
  .object({
    id: localId("Id of the selected strategy"),
    strategy: text("Reference to a catalogue strategy, `taxonomy:key`, e.g. `eric:audit-and-provide-feedback`"),
    name: z.string().min(1).optional().describe("The team's own name for the tailored strategy"),
    addresses: z.array(z.string().min(1)).default([]).describe("Ids of the plan determinants it addresses"),
    mechanisms: z.array(z.string().min(1)).default([]).describe("Ids of the plan mechanisms it works through"),
    tailoring: z.string().min(1).optional().describe("How the strategy was tailored to the setting"),
    specification: SpecificationSchema.default({ outcomes: [] }),
  })
  .strict()
  .describe("A selected, specified implementation strategy");

/**
 * A selected strategy, as {@link SelectedStrategySchema} outputs it.
 *
 * @example
 * ```ts
 * const training: SelectedStrategy = SelectedStrategySchema.parse({
 *   id: "training", strategy: "eric:conduct-educational-meetings", addresses: ["knowledge"],
 * });
 * training.specification; // { outcomes: [] }
 * ```
 */
export type SelectedStrategy = z.output<typeof SelectedStrategySchema>;

/**
 * An outcome the plan anticipates and, later, the one it observed (Proctor et al. 2011's implementation
 * outcomes).
 *
 * @example
 * ```ts
 * OutcomeSchema.parse({ id: "reach", outcome: "penetration", measure: "Share of eligible adults screened", anticipated: "60 % within a year" });
 * ```
 */
export const OutcomeSchema = z
  .object({
    id: localId("Id of the outcome"),
    outcome: ImplementationOutcomeSchema,
    description: z.string().min(1).optional().describe("What the outcome means in this setting"),
    measure: z.string().min(1).optional().describe("How it is measured"),
    anticipated: z.string().min(1).optional().describe("What the team expects"),
    actual: z.string().min(1).optional().describe("What the team observed"),
    strategies: z.array(z.string().min(1)).default([]).describe("Ids of the selected strategies expected to move it"),
  })
  .strict()
  .describe("An implementation outcome, anticipated and actual");

/**
 * An outcome, as {@link OutcomeSchema} outputs it.
 *
 * @example
 * ```ts
 * const reach: Outcome = OutcomeSchema.parse({ id: "reach", outcome: "penetration", anticipated: "60 % within a year" });
 * reach.strategies; // []
 * ```
 */
export type Outcome = z.output<typeof OutcomeSchema>;

/**
 * One entry of the modifications log, answering the questions of FRAME-IS (Miller et al. 2021, Implement
 * Sci 16:36, doi:10.1186/s13012-021-01105-3) in the team's own words.
 *
 * @example
 * ```ts
 * ModificationSchema.parse({ what: "Feedback meetings", nature: "Shortened from 60 to 30 minutes", goal: "Keep attendance", reason: "Clinic workload", when: "Month 3 of implementation", planned: false, decidedBy: ["Implementation team"] });
 * ```
 */
export const ModificationSchema = z
  .object({
    what: text("What was modified: the strategy, its content, its delivery, its evaluation"),
    strategy: z.string().min(1).optional().describe("Id of the selected strategy modified, where there is one"),
    nature: text("The nature of the modification: what changed and how"),
    goal: text("What the modification aims to achieve"),
    reason: text("Why it was made"),
    when: text("When it was made: the phase or date"),
    planned: z.boolean().describe("Whether it was planned (proactive) or not (reactive)"),
    decidedBy: z.array(z.string().min(1)).min(1).describe("Who took part in the decision"),
    note: z.string().optional().describe("Free text"),
  })
  .strict()
  .describe("A modification, documented per FRAME-IS");

/**
 * A modification, as {@link ModificationSchema} outputs it.
 *
 * @example
 * ```ts
 * const reactive: readonly Modification[] = plan.modifications.filter((m) => !m.planned);
 * ```
 */
export type Modification = z.output<typeof ModificationSchema>;

/**
 * The team's own record that a step is under way or done, for what the plan document does not itself hold
 * (materials produced, a spread achieved).
 *
 * @example
 * ```ts
 * CheckpointSchema.parse({ step: "spread", status: "complete", date: "2027-06-30" });
 * ```
 */
export const CheckpointSchema = z
  .object({
    step: text("Id of a step of the plan's pathway"),
    status: z.enum(["in-progress", "complete"]).describe("What the team records"),
    date: z.string().min(1).optional().describe("When"),
    note: z.string().optional().describe("Free text"),
  })
  .strict()
  .describe("A team's record of a step's state");

/**
 * A checkpoint, as {@link CheckpointSchema} outputs it.
 *
 * @example
 * ```ts
 * const done: Checkpoint = { step: "scope", status: "complete", date: "2027-01-15" };
 * createPlan("strategease", { checkpoints: [done] });
 * ```
 */
export type Checkpoint = z.output<typeof CheckpointSchema>;

/**
 * The plan document: the team's plan moving along a pathway, from the scope of change to specified,
 * evaluated strategies.
 *
 * @example
 * ```ts
 * const plan = PlanSchema.parse({ schemaVersion: 1, title: "Depression screening", pathway: "strategease" });
 * plan.determinants; // []
 * ```
 */
export const PlanSchema = z
  .object({
    schemaVersion: z.literal(PLAN_SCHEMA_VERSION).describe("Version of the plan document format"),
    id: z.string().min(1).optional().describe("Id of the plan, e.g. a project code"),
    title: text("Title of the plan"),
    pathway: text("Id of the pathway the plan follows, e.g. `strategease`"),
    summary: z.string().min(1).optional().describe("One paragraph on what the plan is for"),
    scope: ScopeSchema.default({ behaviours: [] }),
    consulted: z.array(ConsultedSchema).default([]).describe("Who was consulted"),
    determinants: z.array(PlanDeterminantSchema).default([]).describe("The barriers and facilitators identified"),
    deferrals: z.array(DeferralSchema).default([]).describe("Barriers the team decided not to address now"),
    mechanisms: z.array(MechanismSchema).default([]).describe("Mechanisms of change"),
    strategies: z.array(SelectedStrategySchema).default([]).describe("Selected, specified strategies"),
    outcomes: z.array(OutcomeSchema).default([]).describe("Implementation outcomes, anticipated and actual"),
    modifications: z.array(ModificationSchema).default([]).describe("The modifications log (FRAME-IS)"),
    checkpoints: z.array(CheckpointSchema).default([]).describe("The team's records of steps under way or done"),
  })
  .strict()
  .describe("An implementation plan");

/**
 * A plan, as {@link PlanSchema} outputs it.
 *
 * @example
 * ```ts
 * const plan: Plan = createPlan("strategease", { title: "Depression screening" });
 * plan.strategies; // []
 * ```
 */
export type Plan = z.output<typeof PlanSchema>;
/**
 * A plan, as {@link PlanSchema} accepts it.
 *
 * @example
 * ```ts
 * const draft: PlanInput = { schemaVersion: PLAN_SCHEMA_VERSION, title: "Depression screening", pathway: "strategease" };
 * validatePlan(draft).success; // true
 * ```
 */
export type PlanInput = z.input<typeof PlanSchema>;
