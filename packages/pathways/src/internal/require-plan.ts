import type { ValidationIssue } from "@impsci/determinants";
import { PathwaysError } from "../error";
import type { Pathway } from "../pathway";
import type { Plan } from "../plan";
import { type PlanOptions, pathwayOf, validatePlan } from "../validate-plan";

/** Validates a plan for an operation that needs a valid one, and finds its pathway; throws a coded error otherwise. */
export function requirePlan(
  input: unknown,
  options: PlanOptions,
  what: string,
): { plan: Plan; pathway: Pathway; warnings: readonly ValidationIssue[] } {
  const result = validatePlan(input, options);
  if (!result.success) {
    const unknownPathway = result.issues.find((issue) => issue.code === "unknown-pathway");
    if (unknownPathway && result.issues.length === 1)
      throw new PathwaysError("unknown-pathway", unknownPathway.message);
    const lines = result.issues.map((issue) => `- ${issue.message}`).join("\n");
    throw new PathwaysError("invalid-plan", `Cannot ${what}: the plan is not valid.\n${lines}`, {
      issues: result.issues,
    });
  }
  const pathway = pathwayOf(result.data.pathway, options) as Pathway;
  return { plan: result.data, pathway, warnings: result.warnings };
}
