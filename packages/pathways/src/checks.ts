import { prioritise, type ValidationIssue } from "@impsci/determinants";
import type { Plan } from "./plan";

/**
 * The codes of the four plan checks: things planning tools leave out and users need.
 *
 * @example
 * ```ts
 * const codes: PlanCheckCode[] = checkPlan(plan).map((warning) => warning.code);
 * codes.includes("no-recipients-consulted"); // true until a recipient is consulted
 * ```
 */
export type PlanCheckCode =
  | "unaddressed-priority-barrier"
  | "missing-outcome"
  | "missing-justification"
  | "unaddressed-population-barrier"
  | "no-recipients-consulted";

/**
 * Runs the four plan checks (warnings, not errors): a high-priority barrier with no strategy and no recorded
 * decision to defer it; a selected strategy missing its implementation outcome or its justification; a barrier
 * that affects named populations with no strategy addressing it (a deferral does not silence this one: the equity
 * lens asks the team to look twice); no one who receives the change among those consulted.
 *
 * A barrier is high-priority when `prioritise` (from `@impsci/determinants`) places it in a high-importance
 * quadrant: importance 4 or 5, whatever its changeability, since an important barrier that is hard to change still
 * needs a strategy or a decision.
 *
 * @param plan - A parsed plan (the data of `validatePlan`, or `PlanSchema.parse`).
 * @returns The warnings, each with a code, a path into the plan and a plain message; none for a plan that passes.
 * @example
 * ```ts
 * checkPlan(plan).map((w) => w.code); // e.g. ["no-recipients-consulted"]
 * ```
 */
export function checkPlan(plan: Plan): ValidationIssue<PlanCheckCode>[] {
  const warnings: ValidationIssue<PlanCheckCode>[] = [];
  const addressed = new Set(plan.strategies.flatMap((s) => s.addresses));
  const deferred = new Set(plan.deferrals.map((d) => d.determinant));
  for (const entry of prioritise(plan)) {
    const d = plan.determinants[entry.index];
    if (d === undefined || d.valence !== "barrier" || addressed.has(d.id) || deferred.has(d.id)) continue;
    if (entry.quadrant.startsWith("high-importance")) {
      warnings.push({
        code: "unaddressed-priority-barrier",
        path: ["determinants", entry.index],
        message: `The high-priority barrier "${d.id}" (${d.determinant}, importance ${d.importance}) has no strategy and no recorded decision to defer it: select a strategy that addresses it, or record a deferral with the reason.`,
      });
    }
  }
  plan.strategies.forEach((s, i) => {
    const linkedOutcome = plan.outcomes.some((o) => o.strategies.includes(s.id));
    if (s.specification.outcomes.length === 0 && !linkedOutcome) {
      warnings.push({
        code: "missing-outcome",
        path: ["strategies", i, "specification", "outcomes"],
        message: `Strategy "${s.id}" names no implementation outcome it should move: add one to its specification, or link a plan outcome to it.`,
      });
    }
    if (s.specification.justification === undefined) {
      warnings.push({
        code: "missing-justification",
        path: ["strategies", i, "specification", "justification"],
        message: `Strategy "${s.id}" has no justification: say why it should work here (theory, evidence or a pragmatic reason).`,
      });
    }
  });
  plan.determinants.forEach((d, i) => {
    if (d.valence !== "barrier" || (d.populations ?? []).length === 0 || addressed.has(d.id)) return;
    warnings.push({
      code: "unaddressed-population-barrier",
      path: ["determinants", i, "populations"],
      message: `The barrier "${d.id}" affects ${d.populations?.join(", ")}, and no strategy addresses it${deferred.has(d.id) ? " (it is deferred: check the deferral does not leave these people behind)" : ""}.`,
    });
  });
  if (!plan.consulted.some((c) => c.group === "recipient")) {
    warnings.push({
      code: "no-recipients-consulted",
      path: ["consulted"],
      message:
        "No one who receives the change is among those consulted: add the people the change is for (group recipient), e.g. patients or a patient advisory group.",
    });
  }
  return warnings;
}
