/**
 * The parts of a plan a pathway step can need, produce or require for completion. Each has a rule that
 * says when it is done; {@link planProgress} reports the rule's unmet part as what is missing.
 *
 * @example
 * ```ts
 * planFields.map((f) => f.id).includes("strategies.specified"); // true
 * ```
 */
export const planFields = [
  { id: "scope.what", description: "WHAT is being implemented is named" },
  { id: "scope.behaviours", description: "At least one WHO-does-WHAT (a behaviour) is named" },
  {
    id: "scope.behaviours.specified",
    description: "Every behaviour is specified as Action, Actor, Context, Target and Time",
  },
  { id: "consulted", description: "At least one role was consulted" },
  { id: "consulted.recipients", description: "The people the change is for are among those consulted" },
  { id: "team", description: "The implementation team is named (consulted roles in the group `implementation-team`)" },
  { id: "determinants", description: "At least one determinant (barrier or facilitator) is recorded" },
  { id: "determinants.rated", description: "Every determinant has an importance and a changeability rating" },
  { id: "mechanisms", description: "At least one mechanism of change is recorded" },
  { id: "mechanisms.functions", description: "A mechanism names the purposes of change (intervention functions)" },
  { id: "strategies", description: "At least one strategy is selected" },
  { id: "strategies.linked", description: "Every selected strategy addresses at least one plan determinant" },
  {
    id: "strategies.specified",
    description: "Every selected strategy is specified along Proctor et al. 2013's seven dimensions",
  },
  {
    id: "strategies.policy-categories",
    description: "A Behaviour Change Wheel policy category (`bcw-policy:`) is selected",
  },
  { id: "strategies.techniques", description: "A behaviour change technique (`bct-v1:`) is selected" },
  { id: "outcomes.anticipated", description: "At least one implementation outcome is anticipated" },
  { id: "outcomes.measured", description: "Every outcome says how it is measured" },
  { id: "outcomes.actual", description: "At least one actual outcome is recorded" },
  { id: "modifications", description: "At least one modification is logged (FRAME-IS)" },
] as const;

/**
 * The id of a plan field, e.g. `strategies.specified`.
 *
 * @example
 * ```ts
 * const field: PlanFieldId = "strategies.specified";
 * planFields.find((f) => f.id === field)?.description;
 * ```
 */
export type PlanFieldId = (typeof planFields)[number]["id"];

/** The ids of {@link planFields}, for schemas and lookups. */
export const planFieldIds: readonly PlanFieldId[] = planFields.map((field) => field.id);
