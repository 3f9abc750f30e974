import type { Strategy } from "@impsci/catalogue";
import {
  lookupElement,
  type PathSegment,
  type ProfileIssueCode,
  type RefErrorCode,
  type RefLookup,
  type ValidationIssue,
  type ValidationResult,
  validateProfile,
  zodIssues,
} from "@impsci/determinants";
import type * as z from "zod";
import { checkPlan } from "./checks";
import { deepFreeze } from "./internal/freeze";
import { strategiesOf } from "./internal/lookup";
import { findPathway, unknownPathwayMessage } from "./list-pathways";
import type { Pathway } from "./pathway";
import { PLAN_SCHEMA_VERSION, type Plan, PlanSchema } from "./plan";

/**
 * The codes of the issues {@link validatePlan} reports.
 *
 * @example
 * ```ts
 * const result = validatePlan({ schemaVersion: 1, title: "Screening", pathway: "no-such-pathway" });
 * const codes: PlanIssueCode[] = result.success ? [] : result.issues.map((i) => i.code); // ["unknown-pathway"]
 * ```
 */
export type PlanIssueCode =
  | ProfileIssueCode
  | RefErrorCode
  | "outdated-schema-version"
  | "unsupported-schema-version"
  | "unknown-pathway"
  | "duplicate-id"
  | "dangling-determinant"
  | "dangling-mechanism"
  | "dangling-strategy"
  | "unknown-step"
  | "not-an-intervention-function"
  | "empty-outcome";

/**
 * What plan validation needs of a catalogue: any `Catalogue` of `@impsci/catalogue` fits (`builtinCatalogue`, or
 * the result of `extendCatalogue` with a team's own strategies).
 *
 * @example
 * ```ts
 * const extended = extendCatalogue(builtinCatalogue, custom);
 * const catalogue: StrategyLookup = extended.success ? extended.data : builtinCatalogue;
 * validatePlan(plan, { catalogue });
 * ```
 */
export interface StrategyLookup {
  /** Looks up a strategy reference without throwing. */
  lookupStrategy(ref: string): RefLookup<Strategy>;
}

/**
 * Options of {@link validatePlan} and the functions that validate a plan first.
 *
 * @example
 * ```ts
 * const options: PlanOptions = { pathway: ourPathway, catalogue: extended };
 * validatePlan(plan, options);
 * ```
 */
export interface PlanOptions {
  /** The pathway to use when the plan follows one that is not built in (e.g. the data of `validatePathway`). */
  readonly pathway?: Pathway;
  /** The catalogue strategy references resolve in (default: the built-in catalogue), e.g. one extended with a team's own strategies. */
  readonly catalogue?: StrategyLookup;
}

type Issue = ValidationIssue<PlanIssueCode>;

/** The plan's pathway: the caller's when its id matches, else the built-in one. */
export function pathwayOf(id: string, options: PlanOptions): Pathway | undefined {
  return options.pathway?.id === id ? options.pathway : findPathway(id);
}

/**
 * Validates a plan document; never throws. Beyond the schema (unknown fields, wrong types, missing fields) it
 * checks the schema version, that the pathway exists, that ids are unique, that every determinant, mechanism
 * element and strategy reference resolves (by the identifier rules), and that every reference inside the plan
 * resolves: a strategy addressing a determinant the plan does not hold is a `dangling-determinant`. It then runs
 * the four plan checks as warnings ({@link checkPlan}).
 *
 * @param input - A plan, e.g. parsed from JSON.
 * @param options - A pathway that is not built in; a catalogue other than the built-in one.
 * @returns `{ success: true, data, warnings }` with every reference rewritten to its qualified id (data frozen),
 *   or `{ success: false, issues, warnings }`; each issue and warning has a code, a path and a plain message.
 * @example
 * ```ts
 * const result = validatePlan({ schemaVersion: 1, title: "Screening", pathway: "strategease", strategies: [{ id: "s1", strategy: "eric:audit-and-provide-feedback", addresses: ["nope"] }] });
 * if (!result.success) result.issues[0]?.code; // "dangling-determinant"
 * ```
 */
export function validatePlan(input: unknown, options: PlanOptions = {}): ValidationResult<Plan, PlanIssueCode> {
  try {
    return check(input, options);
  } catch (error) {
    // Only input that fights back (a throwing getter, a revoked proxy) gets here.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      success: false,
      issues: [{ code: "invalid-input", path: [], message: `The plan could not be read: ${reason}.` }],
      warnings: [],
    };
  }
}

function check(input: unknown, options: PlanOptions): ValidationResult<Plan, PlanIssueCode> {
  const version = versionIssue(input);
  if (version) return { success: false, issues: [version], warnings: [] };
  const parsed = PlanSchema.safeParse(input);
  const issues: Issue[] = [];
  let data = parsed.data;
  if (!parsed.success) {
    issues.push(...zodIssues(parsed.error, input));
    // When unknown fields are the only schema problem, check the rest too, so every problem shows at once.
    if (!parsed.error.issues.every((issue) => issue.code === "unrecognized_keys")) {
      return { success: false, issues, warnings: [] };
    }
    data = PlanSchema.safeParse(withoutKeys(input, parsed.error.issues)).data;
    if (data === undefined) return { success: false, issues, warnings: [] };
  }
  const plan = structuredClone(data as Plan);
  const warnings: ValidationIssue[] = [];

  const pathway = pathwayOf(plan.pathway, options);
  if (!pathway)
    issues.push({ code: "unknown-pathway", path: ["pathway"], message: unknownPathwayMessage(plan.pathway) });

  // Determinants: the determinant model's own validation, on the records without their plan ids.
  const profile = validateProfile({ determinants: plan.determinants.map(({ id: _id, ...d }) => d) });
  if (profile.success) {
    profile.data.determinants.forEach((d, i) => {
      const target = plan.determinants[i];
      if (target) target.determinant = d.determinant;
    });
  } else issues.push(...profile.issues);
  warnings.push(...profile.warnings.filter((w) => w.code !== "empty-profile"));

  for (const [key, list] of [
    ["determinants", plan.determinants],
    ["mechanisms", plan.mechanisms],
    ["strategies", plan.strategies],
    ["outcomes", plan.outcomes],
  ] as const) {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) {
        issues.push({
          code: "duplicate-id",
          path: [key, i, "id"],
          message: `${key}.${i}.id: "${item.id}" is used twice in ${key}: give each its own id.`,
        });
      }
      seen.add(item.id);
    });
  }

  const strategies = strategiesOf(options.catalogue);
  const determinantIds = new Set(plan.determinants.map((d) => d.id));
  const mechanismIds = new Set(plan.mechanisms.map((m) => m.id));
  const strategyIds = new Set(plan.strategies.map((s) => s.id));
  const dangling = (
    code: "dangling-determinant" | "dangling-mechanism" | "dangling-strategy",
    ids: ReadonlySet<string>,
    values: readonly (string | undefined)[],
    path: PathSegment[],
    indexed = true,
  ): void => {
    values.forEach((value, j) => {
      if (value === undefined || ids.has(value)) return;
      const where = indexed ? [...path, j] : path;
      const what = code.replace("dangling-", "");
      const known = [...ids].map((id) => `"${id}"`).join(", ");
      issues.push({
        code,
        path: where,
        message: `${where.join(".")}: the plan holds no ${what} with id "${value}" (${known === "" ? `it has no ${what}s yet` : `its ${what}s are ${known}`}).`,
      });
    });
  };

  plan.mechanisms.forEach((m, i) => {
    dangling("dangling-determinant", determinantIds, m.determinants, ["mechanisms", i, "determinants"]);
    m.elements = m.elements.map((ref, j) => {
      const found = lookupElement(ref);
      if (found.ok) return found.item.id;
      issues.push({
        code: found.code,
        path: ["mechanisms", i, "elements", j],
        message: `mechanisms.${i}.elements.${j}: ${found.message}`,
      });
      return ref;
    });
    m.functions = m.functions.map((ref, j) => {
      const path = ["mechanisms", i, "functions", j];
      const found = strategies.lookupStrategy(ref);
      if (!found.ok) {
        issues.push({ code: found.code, path, message: `${path.join(".")}: ${found.message}` });
        return ref;
      }
      if (found.item.taxonomy !== "bcw") {
        issues.push({
          code: "not-an-intervention-function",
          path,
          message: `${path.join(".")}: ${found.item.id} is not a Behaviour Change Wheel intervention function: use a bcw: reference, e.g. bcw:training.`,
        });
      }
      return found.item.id;
    });
  });

  plan.strategies.forEach((s, i) => {
    const found = strategies.lookupStrategy(s.strategy);
    if (found.ok) s.strategy = found.item.id;
    else
      issues.push({
        code: found.code,
        path: ["strategies", i, "strategy"],
        message: `strategies.${i}.strategy: ${found.message}`,
      });
    dangling("dangling-determinant", determinantIds, s.addresses, ["strategies", i, "addresses"]);
    dangling("dangling-mechanism", mechanismIds, s.mechanisms, ["strategies", i, "mechanisms"]);
  });
  plan.outcomes.forEach((o, i) => {
    if (o.anticipated === undefined && o.actual === undefined) {
      issues.push({
        code: "empty-outcome",
        path: ["outcomes", i],
        message: `outcomes.${i}: outcome "${o.id}" has neither an anticipated nor an actual value: add what you expect, or what you observed.`,
      });
    }
    dangling("dangling-strategy", strategyIds, o.strategies, ["outcomes", i, "strategies"]);
  });
  plan.deferrals.forEach((d, i) => {
    dangling("dangling-determinant", determinantIds, [d.determinant], ["deferrals", i, "determinant"], false);
  });
  plan.modifications.forEach((m, i) => {
    dangling("dangling-strategy", strategyIds, [m.strategy], ["modifications", i, "strategy"], false);
  });
  if (pathway) {
    const steps = pathway.steps.map((s) => s.id);
    plan.checkpoints.forEach((c, i) => {
      if (!steps.includes(c.step)) {
        issues.push({
          code: "unknown-step",
          path: ["checkpoints", i, "step"],
          message: `checkpoints.${i}.step: the pathway "${pathway.id}" has no step "${c.step}"; its steps are ${steps.join(", ")}.`,
        });
      }
    });
  }

  warnings.push(...checkPlan(plan));
  if (issues.length > 0) return { success: false, issues, warnings };
  return { success: true, data: deepFreeze(plan), warnings };
}

/**
 * A copy of the input without the keys zod did not recognise. Only the objects on the way to those keys are copied
 * (shallowly), never what the unknown keys hold: that may be anything, e.g. JSON nested too deep to clone.
 */
function withoutKeys(input: unknown, zodIssueList: readonly z.core.$ZodIssue[]): unknown {
  type Node = Record<PropertyKey, unknown>;
  const copies = new Map<unknown, Node>();
  const copyOf = (value: unknown): Node => {
    let copy = copies.get(value);
    if (!copy) {
      copy = (Array.isArray(value) ? [...value] : { ...(value as Node) }) as Node;
      copies.set(value, copy);
      copies.set(copy, copy);
    }
    return copy;
  };
  const root = copyOf(input);
  for (const issue of zodIssueList) {
    if (issue.code !== "unrecognized_keys") continue;
    let target = root;
    for (const key of issue.path) {
      const child = copyOf(target[key]);
      target[key] = child;
      target = child;
    }
    for (const key of issue.keys) delete target[key];
  }
  return root;
}

function versionIssue(input: unknown): Issue | undefined {
  if (input === null || typeof input !== "object" || !("schemaVersion" in input)) return undefined;
  const version = (input as { schemaVersion: unknown }).schemaVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version === PLAN_SCHEMA_VERSION) return undefined;
  if (version > PLAN_SCHEMA_VERSION) {
    return {
      code: "unsupported-schema-version",
      path: ["schemaVersion"],
      message: `This plan is schemaVersion ${version}, newer than this release of @impsci/pathways reads (${PLAN_SCHEMA_VERSION}): upgrade @impsci/pathways to open it.`,
    };
  }
  if (version >= 0) {
    return {
      code: "outdated-schema-version",
      path: ["schemaVersion"],
      message: `This plan is schemaVersion ${version}; this release reads ${PLAN_SCHEMA_VERSION}: upgrade it with migratePlan first.`,
    };
  }
  return undefined;
}
