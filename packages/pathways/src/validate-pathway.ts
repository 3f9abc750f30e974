import {
  type PathSegment,
  type SchemaIssueCode,
  SchemeIndex,
  type ValidationIssue,
  type ValidationResult,
  zodIssues,
} from "@impsci/determinants";
import { deepFreeze } from "./internal/freeze";
import { type Pathway, PathwaySchema } from "./pathway";
import { planFieldIds, planFields } from "./plan-field";

/**
 * The codes {@link validatePathway} gives, beyond the schema's own.
 *
 * @example
 * ```ts
 * const result = validatePathway({ ...getPathway("epis"), steps: [] });
 * const codes: PathwayIssueCode[] = result.success ? [] : result.issues.map((i) => i.code); // ["too-small"]
 * ```
 */
export type PathwayIssueCode =
  | SchemaIssueCode
  | "duplicate-step"
  | "unknown-step"
  | "unknown-plan-field"
  | "linear-branching"
  | "order-conflict"
  | "split-stage"
  | "no-entry-point"
  | "missing-note";

const fieldIndex = new SchemeIndex(
  "plan-field",
  planFields.map((f) => ({ id: f.id, key: f.id, name: f.id, aliases: [] })),
);

function fieldIssue(value: string, path: PathSegment[]): ValidationIssue<PathwayIssueCode> {
  const near = fieldIndex.closest(value).map((f) => f.id);
  return {
    code: "unknown-plan-field",
    path,
    message: `"${value}" is not a plan field${near.length > 0 ? `; did you mean ${near.join(", ")}?` : ""} (see planFields).`,
  };
}

/**
 * Validates a pathway: its schema, unique step ids, every reference to a step or a plan field, one order for
 * a linear pathway (no branching, no step needing what only a later step produces, each stage in one run),
 * at least one entry point for a roadmap. Never throws.
 *
 * @param input - A pathway, e.g. parsed from JSON.
 * @returns The parsed pathway (frozen) and warnings (a roadmap step no entry point leads to), or every issue
 *   found, each with a code and a path.
 * @example
 * ```ts
 * const result = validatePathway(getPathway("epis"));
 * result.success; // true
 * ```
 */
export function validatePathway(input: unknown): ValidationResult<Pathway, PathwayIssueCode> {
  try {
    return check(input);
  } catch (error) {
    // Only input that fights back (a throwing getter, a revoked proxy) gets here.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      success: false,
      issues: [{ code: "invalid-input", path: [], message: `The pathway could not be read: ${reason}.` }],
      warnings: [],
    };
  }
}

function check(input: unknown): ValidationResult<Pathway, PathwayIssueCode> {
  const parsed = PathwaySchema.safeParse(input);
  if (!parsed.success) return { success: false, issues: zodIssues(parsed.error, input), warnings: [] };
  const pathway = parsed.data;
  const issues: ValidationIssue<PathwayIssueCode>[] = [];
  const warnings: ValidationIssue[] = [];
  const ids = new Set<string>();
  pathway.steps.forEach((step, i) => {
    if (ids.has(step.id)) {
      issues.push({ code: "duplicate-step", path: ["steps", i, "id"], message: `Step id "${step.id}" is used twice.` });
    }
    ids.add(step.id);
  });
  const known = new Set<string>(planFieldIds);
  pathway.steps.forEach((step, i) => {
    for (const key of ["needs", "produces"] as const) {
      step[key].forEach((field, j) => {
        if (!known.has(field)) issues.push(fieldIssue(field, ["steps", i, key, j]));
      });
    }
    step.completion.forEach((rule, j) => {
      if (rule.kind === "field" && !known.has(rule.field)) {
        issues.push(fieldIssue(rule.field, ["steps", i, "completion", j, "field"]));
      }
    });
    (step.next ?? []).forEach((next, j) => {
      if (!ids.has(next) || next === step.id) {
        issues.push({
          code: "unknown-step",
          path: ["steps", i, "next", j],
          message:
            next === step.id
              ? `Step "${step.id}" names itself as its next step.`
              : `Step "${step.id}" suggests "${next}" next, but the pathway has no such step.`,
        });
      }
    });
    if (step.basis === "modelled" && step.note === undefined) {
      issues.push({
        code: "missing-note",
        path: ["steps", i, "note"],
        message: `Step "${step.id}" is the project's modelling: its note must say what is modelled beyond the source.`,
      });
    }
  });
  if (pathway.shape === "linear") checkLinear(pathway, issues);
  else checkRoadmap(pathway, issues, warnings);
  if (issues.length > 0) return { success: false, issues, warnings };
  return { success: true, data: deepFreeze(pathway), warnings };
}

function checkLinear(pathway: Pathway, issues: ValidationIssue<PathwayIssueCode>[]): void {
  const producedBefore = new Set<string>();
  const stagesSeen = new Set<string>();
  let lastStage: string | undefined;
  pathway.steps.forEach((step, i) => {
    if (step.entryPoint !== undefined || step.next !== undefined) {
      issues.push({
        code: "linear-branching",
        path: ["steps", i, step.next !== undefined ? "next" : "entryPoint"],
        message: `Step "${step.id}" of a linear pathway declares entry points or next steps: a linear pathway has one order, the order of its steps. Remove them, or make the pathway a roadmap.`,
      });
    }
    step.needs.forEach((field, j) => {
      const producer = pathway.steps.findIndex((other, k) => k >= i && other.produces.includes(field));
      if (!producedBefore.has(field) && producer > i) {
        issues.push({
          code: "order-conflict",
          path: ["steps", i, "needs", j],
          message: `Step "${step.id}" needs ${field}, which only the later step "${pathway.steps[producer]?.id}" produces: reorder the steps.`,
        });
      }
    });
    for (const field of step.produces) producedBefore.add(field);
    if (step.stage !== lastStage && step.stage !== undefined && stagesSeen.has(step.stage)) {
      issues.push({
        code: "split-stage",
        path: ["steps", i, "stage"],
        message: `Stage "${step.stage}" is split: its steps must follow one another.`,
      });
    }
    if (step.stage !== undefined) stagesSeen.add(step.stage);
    lastStage = step.stage;
  });
}

function checkRoadmap(
  pathway: Pathway,
  issues: ValidationIssue<PathwayIssueCode>[],
  warnings: ValidationIssue[],
): void {
  const entries = pathway.steps.filter((step) => step.entryPoint === true);
  if (entries.length === 0) {
    issues.push({
      code: "no-entry-point",
      path: ["steps"],
      message: "A roadmap needs at least one step with entryPoint: true, where a team may start.",
    });
    return;
  }
  const reached = new Set<string>();
  const queue = entries.map((step) => step.id);
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (reached.has(id)) continue;
    reached.add(id);
    queue.push(...(pathway.steps.find((step) => step.id === id)?.next ?? []));
  }
  pathway.steps.forEach((step, i) => {
    if (!reached.has(step.id)) {
      warnings.push({
        code: "unreachable-step",
        path: ["steps", i],
        message: `No entry point leads to step "${step.id}": make it an entry point or suggest it from another step.`,
      });
    }
  });
}
