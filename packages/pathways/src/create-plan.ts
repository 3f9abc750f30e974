import { PathwaysError } from "./error";
import { requirePlan } from "./internal/require-plan";
import { unknownPathwayMessage } from "./list-pathways";
import { PLAN_SCHEMA_VERSION, type Plan, type PlanInput } from "./plan";
import { type PlanOptions, pathwayOf } from "./validate-plan";

/**
 * What {@link createPlan} accepts besides the pathway: any part of a plan; the title defaults to "Implementation plan".
 *
 * @example
 * ```ts
 * const init: PlanInit = { title: "Depression screening", scope: { what: "PHQ-9 screening" } };
 * createPlan("strategease", init).scope.what; // "PHQ-9 screening"
 * ```
 */
export type PlanInit = Omit<PlanInput, "schemaVersion" | "pathway" | "title"> & { readonly title?: string };

/**
 * Starts a plan on a pathway, optionally with parts already filled in.
 *
 * @param pathwayId - The id of the pathway the plan follows, e.g. `strategease`.
 * @param init - Any part of the plan (title, scope, determinants, ...); validated like the rest.
 * @param options - A pathway that is not built in; a catalogue other than the built-in one.
 * @returns A valid plan at the current schema version, frozen, with every list present (empty by default).
 * @throws {@link PathwaysError} `unknown-pathway` (naming the closest ids) or `invalid-plan` (with every issue in `issues`).
 * @example
 * ```ts
 * const plan = createPlan("strategease", { title: "Depression screening in primary care" });
 * plan.schemaVersion; // 1
 * plan.strategies; // []
 * ```
 */
export function createPlan(pathwayId: string, init: PlanInit = {}, options: PlanOptions = {}): Plan {
  if (!pathwayOf(pathwayId, options)) throw new PathwaysError("unknown-pathway", unknownPathwayMessage(pathwayId));
  const draft = { title: "Implementation plan", ...init, schemaVersion: PLAN_SCHEMA_VERSION, pathway: pathwayId };
  return requirePlan(draft, options, "create the plan").plan;
}
