export type { PlanCheckCode } from "./checks";
export { checkPlan } from "./checks";
export type { PlanInit } from "./create-plan";
export { createPlan } from "./create-plan";
export { bcwPathway } from "./data/bcw";
export { episPathway } from "./data/epis";
export { implementationMappingPathway } from "./data/implementation-mapping";
export { implementationSpreadScalePathway } from "./data/implementation-spread-scale";
export { strategeasePathway } from "./data/strategease";
export type { PathwaysErrorCode } from "./error";
export { isPathwaysError, PathwaysError } from "./error";
export type { BuiltinPathwayId } from "./list-pathways";
export { findPathway, getPathway, listPathways } from "./list-pathways";
export type { MigrationIssueCode } from "./migrate-plan";
export { migratePlan } from "./migrate-plan";
export type { CompletionRule, Pathway, PathwayInput, Step, StepInput } from "./pathway";
export { CompletionRuleSchema, definePathway, PathwaySchema, StepSchema } from "./pathway";
export type {
  Behaviour,
  Checkpoint,
  Consulted,
  ConsultedGroup,
  Deferral,
  ImplementationOutcome,
  Mechanism,
  Modification,
  Outcome,
  Plan,
  PlanDeterminant,
  PlanInput,
  Scope,
  SelectedStrategy,
  Specification,
} from "./plan";
export {
  BehaviourSchema,
  CheckpointSchema,
  ConsultedGroupSchema,
  ConsultedSchema,
  DeferralSchema,
  ImplementationOutcomeSchema,
  MechanismSchema,
  ModificationSchema,
  OutcomeSchema,
  PLAN_SCHEMA_VERSION,
  PlanDeterminantSchema,
  PlanSchema,
  ScopeSchema,
  SelectedStrategySchema,
  SpecificationSchema,
} from "./plan";
export type { PlanFieldId } from "./plan-field";
export { planFields } from "./plan-field";
export type { PlanProgress, StepProgress, StepStatus } from "./plan-progress";
export { planProgress } from "./plan-progress";
export type { PlanMatcher } from "./recommend-for-plan";
export { planProfile, recommendForPlan } from "./recommend-for-plan";
export type { LogicModel, LogicModelRow } from "./render-logic-model";
export { renderLogicModel } from "./render-logic-model";
export { renderPlanMarkdown } from "./render-plan-markdown";
export type { PathwayIssueCode } from "./validate-pathway";
export { validatePathway } from "./validate-pathway";
export type { PlanIssueCode, PlanOptions, StrategyLookup } from "./validate-plan";
export { validatePlan } from "./validate-plan";
