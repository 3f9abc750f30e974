import { describe, expect, it } from "vitest";
import { checkPlan } from "./checks";
import { PlanSchema } from "./plan";
import { completePlan } from "./plan.fixture";
import { brief, nth, planWith } from "./test-helpers.fixture";
import { validatePlan } from "./validate-plan";

const warningsOf = (input: unknown) => brief(validatePlan(input).warnings);

describe("the four plan checks", () => {
  it("stay silent on the complete plan", () => {
    expect(checkPlan(PlanSchema.parse(completePlan))).toEqual([]);
    expect(warningsOf(completePlan)).toEqual([]);
  });

  describe("unaddressed-priority-barrier", () => {
    const unaddressed = planWith((p) => {
      nth(p.strategies, 0).addresses = [];
      nth(p.strategies, 0).addresses.push("peers"); // the strategy now leverages the facilitator only
    });

    it("fires on a high-priority barrier with no strategy and no deferral, as a warning", () => {
      const result = validatePlan(unaddressed);
      expect(result.success).toBe(true);
      expect(brief(result.warnings)).toEqual([{ code: "unaddressed-priority-barrier", path: ["determinants", 0] }]);
      expect(result.warnings[0]?.message).toContain('"knowledge" (tdf-v2:knowledge, importance 5)');
    });

    it("fires for an important barrier that is hard to change, too", () => {
      const plan = planWith((p) => {
        nth(p.strategies, 1).addresses = ["knowledge"];
        p.determinants[1] = { ...p.determinants[1], populations: undefined };
      });
      expect(warningsOf(plan)).toEqual([{ code: "unaddressed-priority-barrier", path: ["determinants", 1] }]);
    });

    it("is silenced by a recorded decision to defer the barrier", () => {
      const plan = planWith((p) => {
        nth(p.strategies, 0).addresses = ["peers"];
        p.deferrals.push({ determinant: "knowledge", reason: "Training budget frozen until April" });
      });
      expect(warningsOf(plan)).toEqual([]);
    });

    it("stays silent on low-importance barriers and on facilitators", () => {
      const plan = planWith((p) => {
        p.deferrals = [];
        p.determinants[2] = { ...p.determinants[2], importance: 5, changeability: 5 };
      });
      expect(warningsOf(plan)).toEqual([]);
    });
  });

  describe("missing-outcome / missing-justification", () => {
    it("fire on a strategy missing its implementation outcome or its justification", () => {
      const plan = planWith((p) => {
        nth(p.strategies, 0).specification.outcomes = [];
        (p.outcomes[1] as { strategies: string[] }).strategies = [];
        delete nth(p.strategies, 1).specification.justification;
      });
      expect(warningsOf(plan)).toEqual([
        { code: "missing-outcome", path: ["strategies", 0, "specification", "outcomes"] },
        { code: "missing-justification", path: ["strategies", 1, "specification", "justification"] },
      ]);
    });

    it("count a plan outcome linked to the strategy as its outcome", () => {
      const plan = planWith((p) => {
        nth(p.strategies, 0).specification.outcomes = [];
      });
      expect(warningsOf(plan)).toEqual([]);
    });
  });

  describe("unaddressed-population-barrier", () => {
    it("fires on a barrier that affects named populations and that no strategy addresses", () => {
      const plan = planWith((p) => {
        nth(p.strategies, 1).addresses = ["knowledge"];
        p.deferrals.push({ determinant: "time", reason: "Staffing review pending" });
      });
      const result = validatePlan(plan);
      expect(brief(result.warnings)).toEqual([
        { code: "unaddressed-population-barrier", path: ["determinants", 1, "populations"] },
      ]);
      expect(result.warnings[0]?.message).toContain("Patients admitted at night");
      expect(result.warnings[0]?.message).toContain("it is deferred");
    });

    it("stays silent when a strategy addresses it, or when it names no population", () => {
      expect(warningsOf(completePlan)).toEqual([]);
      const plan = planWith((p) => {
        p.determinants[3] = { ...p.determinants[3], populations: [] };
      });
      expect(warningsOf(plan)).toEqual([]);
    });
  });

  describe("no-recipients-consulted", () => {
    it("fires when no one who receives the change was consulted", () => {
      const plan = planWith((p) => {
        p.consulted = p.consulted.filter((c) => c.group !== "recipient");
      });
      expect(warningsOf(plan)).toEqual([{ code: "no-recipients-consulted", path: ["consulted"] }]);
    });

    it("fires on a plan that consulted no one", () => {
      expect(warningsOf({ schemaVersion: 1, title: "T", pathway: "epis" })).toEqual([
        { code: "no-recipients-consulted", path: ["consulted"] },
      ]);
    });
  });
});
