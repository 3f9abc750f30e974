import { splitRef } from "@impsci/determinants";
import type { Plan } from "../plan";
import type { PlanFieldId } from "../plan-field";

/** How far a plan field is filled in, and in plain words what it still lacks. */
export interface FieldState {
  readonly state: "done" | "partial" | "empty";
  readonly missing?: string;
}

const done: FieldState = { state: "done" };
const empty = (missing: string): FieldState => ({ state: "empty", missing });
const partial = (missing: string): FieldState => ({ state: "partial", missing });

/** `all` items pass `ok`: done; some: partial naming the others; none (or no items): empty. */
function every<T>(items: readonly T[], ok: (item: T) => boolean, name: (item: T, i: number) => string, what: string) {
  if (items.length === 0) return empty(what);
  const failing = items.map((item, i) => (ok(item) ? undefined : name(item, i))).filter((x) => x !== undefined);
  if (failing.length === 0) return done;
  return (failing.length === items.length ? empty : partial)(`${what}: ${failing.join(", ")}`);
}

const some = <T>(items: readonly T[], ok: (item: T) => boolean, what: string): FieldState =>
  items.some(ok) ? done : empty(what);

const AACTT = ["action", "actor", "context", "target", "time"] as const;
const PROCTOR = ["actor", "action", "actionTarget", "temporality", "dose", "outcomes", "justification"] as const;

/** The dimensions of Proctor et al. 2013 a selected strategy still lacks. */
function missingDimensions(spec: Plan["strategies"][number]["specification"]): string[] {
  return PROCTOR.filter((key) => (key === "outcomes" ? spec.outcomes.length === 0 : spec[key] === undefined));
}

const inScheme = (scheme: string) => (s: Plan["strategies"][number]) => splitRef(s.strategy)?.scheme === scheme;

/**
 * Evaluates one plan field on a plan.
 *
 * @param plan - A parsed plan.
 * @param field - The plan field.
 * @returns Its state, and what is missing when it is not done.
 */
export function fieldState(plan: Plan, field: PlanFieldId): FieldState {
  switch (field) {
    case "scope.what":
      return plan.scope.what === undefined ? empty("name WHAT is being implemented (scope.what)") : done;
    case "scope.behaviours":
      return plan.scope.behaviours.length > 0 ? done : empty("name at least one WHO-does-WHAT (scope.behaviours)");
    case "scope.behaviours.specified":
      return every(
        plan.scope.behaviours,
        (b) => AACTT.every((key) => b[key] !== undefined),
        (b, i) => `behaviour ${i + 1} lacks ${AACTT.filter((key) => b[key] === undefined).join(", ")}`,
        "specify each behaviour as Action, Actor, Context, Target, Time",
      );
    case "consulted":
      return plan.consulted.length > 0 ? done : empty("record who was consulted (consulted)");
    case "consulted.recipients":
      return some(
        plan.consulted,
        (c) => c.group === "recipient",
        "consult the people the change is for (group recipient)",
      );
    case "team":
      return some(
        plan.consulted,
        (c) => c.group === "implementation-team",
        "name the implementation team (consulted, group implementation-team)",
      );
    case "determinants":
      return plan.determinants.length > 0 ? done : empty("record at least one barrier or facilitator (determinants)");
    case "determinants.rated":
      return every(
        plan.determinants,
        (d) => d.importance !== undefined && d.changeability !== undefined,
        (d) => d.id,
        "rate importance and changeability of every determinant",
      );
    case "mechanisms":
      return plan.mechanisms.length > 0 ? done : empty("record at least one mechanism of change (mechanisms)");
    case "mechanisms.functions":
      return some(
        plan.mechanisms,
        (m) => m.functions.length > 0,
        "choose the purposes of change: intervention functions on a mechanism (mechanisms[].functions)",
      );
    case "strategies":
      return plan.strategies.length > 0 ? done : empty("select at least one strategy (strategies)");
    case "strategies.linked":
      return every(
        plan.strategies,
        (s) => s.addresses.length > 0,
        (s) => s.id,
        "link every strategy to the determinants it addresses",
      );
    case "strategies.specified":
      return every(
        plan.strategies,
        (s) => missingDimensions(s.specification).length === 0,
        (s) => `${s.id} lacks ${missingDimensions(s.specification).join(", ")}`,
        "specify every strategy along Proctor's seven dimensions",
      );
    case "strategies.policy-categories":
      return some(plan.strategies, inScheme("bcw-policy"), "select a policy category (a bcw-policy: strategy)");
    case "strategies.techniques":
      return some(plan.strategies, inScheme("bct-v1"), "select a behaviour change technique (a bct-v1: strategy)");
    case "outcomes.anticipated":
      return some(plan.outcomes, (o) => o.anticipated !== undefined, "anticipate at least one implementation outcome");
    case "outcomes.measured":
      return every(
        plan.outcomes,
        (o) => o.measure !== undefined,
        (o) => o.id,
        "say how every outcome is measured",
      );
    case "outcomes.actual":
      return some(plan.outcomes, (o) => o.actual !== undefined, "record at least one actual outcome");
    case "modifications":
      return plan.modifications.length > 0 ? done : empty("log the modifications made (none logged yet)");
  }
}
