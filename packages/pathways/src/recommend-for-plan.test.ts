import { createMatcher } from "@impsci/matcher";
import { describe, expect, it } from "vitest";
import { completePlan } from "./plan.fixture";
import { type PlanMatcher, recommendForPlan } from "./recommend-for-plan";
import { planWith } from "./test-helpers.fixture";

describe("recommendForPlan", () => {
  it("returns what @impsci/matcher returns for the plan's determinants, unchanged", () => {
    const matcher = createMatcher();
    const result = recommendForPlan(completePlan, matcher, { top: 5 });
    const direct = matcher.match(
      {
        id: "ward-7-falls",
        title: "Falls-risk assessment on admission, Ward 7",
        determinants: completePlan.determinants.map(({ id: _id, ...d }) => d),
      },
      { top: 5 },
    );
    expect(result).toEqual(direct);
    expect(result.recommendations.length).toBeGreaterThan(0);
    expect(result.recommendations.length).toBeLessThanOrEqual(5);
  });

  it("hands the matcher the profile (determinants without plan ids, references canonical) and the options as given", () => {
    const calls: unknown[][] = [];
    const spy: PlanMatcher<{ top: number }, string> = {
      match: (...args) => {
        calls.push(args);
        return "result";
      },
    };
    expect(recommendForPlan(completePlan, spy, { top: 3 })).toBe("result");
    expect(recommendForPlan(completePlan, spy)).toBe("result");
    const [withOptions, without] = calls;
    expect(withOptions?.[1]).toEqual({ top: 3 });
    expect(without).toHaveLength(1);
    const profile = withOptions?.[0] as { determinants: Record<string, unknown>[] };
    expect(profile).toMatchObject({ id: "ward-7-falls", title: "Falls-risk assessment on admission, Ward 7" });
    expect(profile.determinants.map((d) => d.determinant)).toEqual([
      "tdf-v2:knowledge",
      "cfir-2022:available-resources",
      "tdf-v2:social-influences",
      "cfir-2022:innovation-cost",
    ]);
    expect(profile.determinants[1]).toEqual({
      determinant: "cfir-2022:available-resources",
      valence: "barrier",
      importance: 4,
      changeability: 2,
      level: "organisation",
      populations: ["Patients admitted at night"],
      note: "Night shifts run with two nurses.",
    });
    expect(profile.determinants.some((d) => "id" in d)).toBe(false);
  });

  it("throws invalid-plan before calling the matcher when the plan does not validate", () => {
    let called = false;
    const spy = { match: () => (called = true) };
    expect(() =>
      recommendForPlan(
        planWith((p) => (p.title = "")),
        spy,
      ),
    ).toThrowError(expect.objectContaining({ code: "invalid-plan" }));
    expect(called).toBe(false);
  });
});
