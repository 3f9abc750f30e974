import { fieldState } from "./internal/field-state";
import { deepFreeze } from "./internal/freeze";
import { requirePlan } from "./internal/require-plan";
import type { Pathway, Step } from "./pathway";
import type { Checkpoint, Plan } from "./plan";
import type { PlanFieldId } from "./plan-field";
import type { PlanOptions } from "./validate-plan";

/**
 * Where a step stands.
 *
 * @example
 * ```ts
 * const statuses: StepStatus[] = planProgress(plan).steps.map((step) => step.status);
 * statuses[0]; // "not-started" for a new plan
 * ```
 */
export type StepStatus = "not-started" | "in-progress" | "complete";

/**
 * One step of the plan's pathway, with its status and what it still lacks.
 *
 * @example
 * ```ts
 * const first: StepProgress | undefined = planProgress(createPlan("strategease")).steps[0];
 * first?.missing; // ["name WHAT is being implemented (scope.what)", ...]
 * ```
 */
export interface StepProgress {
  /** The step's id. */
  readonly id: string;
  /** The step's title. */
  readonly title: string;
  /** The stage or phase the step belongs to, where the pathway groups steps. */
  readonly stage?: string;
  /** `complete` when every completion rule holds; `in-progress` when something it needs or produces has begun, or a checkpoint says so. */
  readonly status: StepStatus;
  /** What is still missing, one plain sentence per unmet completion rule (empty when complete). */
  readonly missing: readonly string[];
  /** The team's latest checkpoint for the step, where there is one. */
  readonly checkpoint?: Checkpoint;
}

/**
 * Where a plan stands on its pathway.
 *
 * @example
 * ```ts
 * const progress: PlanProgress = planProgress(createPlan("strategease"));
 * progress.completed; // 0
 * progress.next; // ["scope"]
 * ```
 */
export interface PlanProgress {
  /** The pathway the plan follows. */
  readonly pathway: { readonly id: string; readonly title: string; readonly shape: Pathway["shape"] };
  /** Every step, in the pathway's order. */
  readonly steps: readonly StepProgress[];
  /** How many steps are complete. */
  readonly completed: number;
  /** Ids of the suggested next steps: the first step not complete (linear); for roadmaps, the steps under way and the next steps suggested by those completed, or the entry points when nothing has begun. */
  readonly next: readonly string[];
}

function stepProgress(plan: Plan, step: Step): StepProgress {
  const checkpoint = plan.checkpoints.filter((c) => c.step === step.id).at(-1);
  const missing: string[] = [];
  let begun = checkpoint !== undefined;
  for (const rule of step.completion) {
    if (rule.kind === "confirmed") {
      if (checkpoint?.status !== "complete") missing.push(`confirm with a checkpoint marked complete: ${rule.what}`);
      continue;
    }
    const state = fieldState(plan, rule.field as PlanFieldId);
    if (state.state !== "empty") begun = true;
    if (state.state !== "done" && state.missing) missing.push(state.missing);
  }
  if (step.produces.some((field) => fieldState(plan, field as PlanFieldId).state !== "empty")) begun = true;
  const status: StepStatus = missing.length === 0 ? "complete" : begun ? "in-progress" : "not-started";
  return {
    id: step.id,
    title: step.title,
    ...(step.stage === undefined ? {} : { stage: step.stage }),
    status,
    missing,
    ...(checkpoint === undefined ? {} : { checkpoint }),
  };
}

function suggestNext(pathway: Pathway, steps: readonly StepProgress[]): string[] {
  const status = new Map(steps.map((s) => [s.id, s.status]));
  if (pathway.shape === "linear") {
    const first = steps.find((s) => s.status !== "complete");
    return first ? [first.id] : [];
  }
  const wanted = new Set<string>();
  for (const step of pathway.steps) {
    if (status.get(step.id) === "in-progress") wanted.add(step.id);
    if (status.get(step.id) === "complete") for (const next of step.next ?? []) wanted.add(next);
  }
  if (steps.every((s) => s.status === "not-started")) {
    for (const step of pathway.steps) if (step.entryPoint) wanted.add(step.id);
  }
  return pathway.steps.map((s) => s.id).filter((id) => wanted.has(id) && status.get(id) !== "complete");
}

/**
 * Says where a plan stands on its pathway: each step's status (not started, in progress, complete) with what
 * is missing, and the suggested next steps (roadmaps: from the steps the team has completed).
 *
 * @param input - A plan; it is validated first.
 * @param options - A pathway that is not built in; a catalogue other than the built-in one.
 * @returns The progress, frozen.
 * @throws {@link PathwaysError} `invalid-plan` (with every issue) or `unknown-pathway`.
 * @example
 * ```ts
 * const progress = planProgress(createPlan("strategease"));
 * progress.steps[0]; // { id: "scope", status: "not-started", missing: ["name WHAT is being implemented (scope.what)", ...], ... }
 * progress.next; // ["scope"]
 * ```
 */
export function planProgress(input: unknown, options: PlanOptions = {}): PlanProgress {
  const { plan, pathway } = requirePlan(input, options, "report progress");
  const steps = pathway.steps.map((step) => stepProgress(plan, step));
  return deepFreeze({
    pathway: { id: pathway.id, title: pathway.title, shape: pathway.shape },
    steps,
    completed: steps.filter((s) => s.status === "complete").length,
    next: suggestNext(pathway, steps),
  });
}
