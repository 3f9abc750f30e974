import { describe, expect, it } from "vitest";
import { createPlan } from "./create-plan";
import { isPathwaysError, type PathwaysError } from "./error";
import { completePlan } from "./plan.fixture";
import { planProgress } from "./plan-progress";
import { nth, planWith } from "./test-helpers.fixture";

const statuses = (input: unknown) => planProgress(input).steps.map((s) => [s.id, s.status]);

describe("planProgress on a linear pathway", () => {
  it("a new plan: nothing started, every missing part named, the first step next", () => {
    const progress = planProgress(createPlan("strategease"));
    expect(progress.pathway).toEqual({
      id: "strategease",
      title: "StrategEase: from the scope of change to tailored strategies",
      shape: "linear",
    });
    expect(progress.steps.every((s) => s.status === "not-started")).toBe(true);
    expect(progress.steps[0]?.missing).toEqual([
      "name WHAT is being implemented (scope.what)",
      "specify each behaviour as Action, Actor, Context, Target, Time",
    ]);
    expect(progress.completed).toBe(0);
    expect(progress.next).toEqual(["scope"]);
  });

  it("the complete plan: every step complete, nothing missing, nothing next", () => {
    const progress = planProgress(completePlan);
    expect(progress.steps.map((s) => [s.status, s.missing])).toEqual(progress.steps.map(() => ["complete", []]));
    expect(progress.completed).toBe(6);
    expect(progress.next).toEqual([]);
  });

  it("a partly specified strategy: the step is in progress and says which dimensions are missing", () => {
    const plan = planWith((p) => {
      delete nth(p.strategies, 1).specification.dose;
      delete nth(p.strategies, 1).specification.temporality;
    });
    const step = planProgress(plan).steps.find((s) => s.id === "tailor-and-specify");
    expect(step).toMatchObject({
      status: "in-progress",
      missing: ["specify every strategy along Proctor's seven dimensions: record lacks temporality, dose"],
    });
    expect(planProgress(plan).next).toEqual(["tailor-and-specify"]);
  });

  it("a behaviour without its context and time keeps the scope step in progress", () => {
    const plan = planWith((p) => {
      delete nth(p.scope.behaviours, 0).context;
      delete nth(p.scope.behaviours, 0).time;
    });
    expect(planProgress(plan).steps[0]).toMatchObject({
      status: "in-progress",
      missing: ["specify each behaviour as Action, Actor, Context, Target, Time: behaviour 1 lacks context, time"],
    });
  });

  it("a step that needs the team's confirmation stays in progress until a checkpoint says complete", () => {
    const plan = createPlan("epis", {
      scope: { what: "Measurement-based care" },
      determinants: [{ id: "d", determinant: "cfir-2022:available-resources", valence: "barrier" }],
      checkpoints: [{ step: "implementation", status: "in-progress" }],
    });
    const progress = planProgress(plan);
    expect(statuses(plan)).toEqual([
      ["exploration", "complete"],
      ["preparation", "not-started"],
      ["implementation", "in-progress"],
      ["sustainment", "not-started"],
    ]);
    expect(progress.steps[2]?.missing).toEqual([
      "record at least one actual outcome",
      "confirm with a checkpoint marked complete: The practice is in use",
    ]);
    expect(progress.steps[2]?.checkpoint).toEqual({ step: "implementation", status: "in-progress" });
    expect(progress.next).toEqual(["preparation"]);
  });
});

describe("planProgress on a roadmap", () => {
  it("a new plan: the entry points are the suggested next steps", () => {
    expect(planProgress(createPlan("implementation-spread-scale")).next).toEqual([
      "build-team",
      "assess-readiness",
      "monitor-and-evaluate",
    ]);
  });

  it("after building the team: the steps it suggests next", () => {
    const plan = createPlan("implementation-spread-scale", {
      consulted: [{ role: "Quality lead", group: "implementation-team" }],
    });
    const progress = planProgress(plan);
    expect(progress.steps[0]?.status).toBe("complete");
    expect(progress.next).toEqual(["assess-readiness", "plan"]);
  });

  it("steps under way come with the next steps of completed ones, in the roadmap's order", () => {
    const plan = createPlan("implementation-spread-scale", {
      consulted: [{ role: "Quality lead", group: "implementation-team" }],
      determinants: [
        { id: "d", determinant: "cfir-2022:available-resources", valence: "barrier", importance: 4, changeability: 3 },
      ],
      checkpoints: [{ step: "spread", status: "in-progress" }],
    });
    expect(planProgress(plan).next).toEqual(["plan", "spread"]);
  });

  it("a confirmed step completes with its checkpoint", () => {
    const plan = createPlan("implementation-spread-scale", {
      checkpoints: [
        { step: "build-capacity", status: "in-progress" },
        { step: "build-capacity", status: "complete", date: "2026-05-01" },
      ],
    });
    const step = planProgress(plan).steps.find((s) => s.id === "build-capacity");
    expect(step).toMatchObject({ status: "complete", missing: [], checkpoint: { status: "complete" } });
    expect(planProgress(plan).next).toEqual(["monitor-and-evaluate"]);
  });
});

describe("planProgress errors", () => {
  it("throws invalid-plan, with every issue, for a plan that does not validate", () => {
    let caught: unknown;
    try {
      planProgress(planWith((p) => p.strategies[0]?.addresses.push("nope")));
    } catch (error) {
      caught = error;
    }
    expect(isPathwaysError(caught) && caught.code).toBe("invalid-plan");
    expect((caught as PathwaysError).issues.map((i) => i.code)).toEqual(["dangling-determinant"]);
    expect((caught as Error).message).toContain('the plan holds no determinant with id "nope"');
  });

  it("throws unknown-pathway for a plan on a pathway that does not exist", () => {
    expect(() => planProgress({ schemaVersion: 1, title: "T", pathway: "pdsa" })).toThrowError(
      expect.objectContaining({ code: "unknown-pathway" }),
    );
  });

  it("returns frozen data", () => {
    expect(Object.isFrozen(planProgress(completePlan).steps[0])).toBe(true);
  });
});
