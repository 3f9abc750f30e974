import { describe, expect, it } from "vitest";
import { A, B, C, F, handSet, handProfile as profile, S1, S2, S3, S4, S5 } from "../test/hand-case";
import { isMatcherError } from "./error";
import { createMatcher } from "./matcher";
import type { PortfolioOptions } from "./portfolio-options";

// The hand-worked case (test/hand-case.ts): four determinants A, B, C, F; five strategies S1-S5.
const matcher = createMatcher({ linkSets: [handSet] });

const brief = (options: PortfolioOptions) => {
  const result = matcher.portfolio(profile, options);
  return {
    picks: result.picks.map((p) => [p.strategy.id, p.marginalGain]),
    uncovered: result.uncovered.map((u) => `${u.determinant} ${u.reason}`),
    total: result.total,
  };
};

describe("portfolio: greedy coverage with diminishing returns, worked by hand", () => {
  it("k = 3 picks S2, S4, S1", () => {
    // Step 1 (all residuals 1): S1 20x0.5 + 6x0.5 = 13; S2 20; S3 6 + 10x0.2 = 8; S4 10 + 4x0.5 = 12; S5 0 -> S2.
    //   A keeps 1 - 1/2 = 0.5.
    // Step 2: S1 20x0.5x0.5 + 3 = 8; S3 8; S4 12 -> S4. C keeps 0.5; F keeps 1 - 0.5/2 = 0.75.
    // Step 3: S1 8; S3 6 + 10x0.5x0.2 = 7 -> S1. Total 20 + 12 + 8 = 40; every determinant reached.
    expect(brief({ k: 3 })).toEqual({
      picks: [
        [S2, 20],
        [S4, 12],
        [S1, 8],
      ],
      uncovered: [],
      total: 40,
    });
  });

  it("explains each pick: the determinants it reaches, each with its share and its part of the gain", () => {
    const [, second, third] = matcher.portfolio(profile, { k: 3 }).picks;
    // S4 at step 2: C 10 x 1 (residual) x 1 (share) = 10; F 4 x 1 x 0.5 = 2.
    expect(second?.covers).toEqual([
      { determinant: F, valence: "facilitator", share: 0.5, gain: 2 },
      { determinant: C, valence: "barrier", share: 1, gain: 10 },
    ]);
    // S1 at step 3: B 6 x 1 x 0.5 = 3; A 20 x 0.5 x 0.5 = 5.
    expect(third?.covers).toEqual([
      { determinant: B, valence: "barrier", share: 0.5, gain: 3 },
      { determinant: A, valence: "barrier", share: 0.5, gain: 5 },
    ]);
    expect(third?.required).toBe(false);
  });

  it("k = 2 leaves B uncovered; k = 1 is match's first recommendation", () => {
    expect(brief({ k: 2 })).toEqual({
      picks: [
        [S2, 20],
        [S4, 12],
      ],
      uncovered: [`${B} no-pick`],
      total: 32,
    });
    expect(brief({ k: 1 }).picks).toEqual([[S2, 20]]);
    expect(matcher.match(profile).recommendations[0]?.strategy.id).toBe(S2);
  });

  it("a required strategy comes first and counts in k", () => {
    // S3 first: 8; B keeps 0.5, C keeps 1 - 0.2/2 = 0.9.
    // Then S1 20x0.5 + 6x0.5x0.5 = 11.5; S2 20; S4 10x0.9 + 2 = 11 -> S2 (A keeps 0.5).
    // Then S1 5 + 1.5 = 6.5; S4 11 -> S4. Total 8 + 20 + 11 = 39.
    const result = matcher.portfolio(profile, { k: 3, include: ["eric:Access new funding"] });
    expect(result.picks.map((p) => [p.strategy.id, p.marginalGain, p.required])).toEqual([
      [S3, 8, true],
      [S2, 20, false],
      [S4, 11, false],
    ]);
    expect(result.total).toBe(39);
    expect(result.manifest.options.include).toEqual([S3]);
  });

  it("a required strategy that no barrier reaches gains nothing and covers nothing, but is kept", () => {
    expect(brief({ k: 2, include: [S5] })).toEqual({
      picks: [
        [S5, 0],
        [S2, 20],
      ],
      uncovered: [`${F} no-pick`, `${C} no-pick`, `${B} no-pick`],
      total: 20,
    });
  });

  it("excluded strategies are never picked", () => {
    // Without S2: S1 13, S4 12, S3 8 -> S1 (A keeps 0.75, B 0.75); then S4 12, S3 6x0.75 + 2 = 6.5 -> S4.
    expect(brief({ k: 2, exclude: [S2] }).picks).toEqual([
      [S1, 13],
      [S4, 12],
    ]);
  });

  it("with a budget, each step takes the best strategy whose cost fits what is left", () => {
    // Costs S1 1, S2 5, S3 2, S4 3; budget 6. S2 (20, cost 5; 1 left), then S1 (8, cost 1; 0 left); S4 and S3 no
    // longer fit, so the portfolio stops at 2 picks with C and F uncovered. S5 has no cost: never picked.
    const result = matcher.portfolio(profile, { k: 3, cost: { [S1]: 1, [S2]: 5, [S3]: 2, [S4]: 3 }, budget: 6 });
    expect(result.picks.map((p) => [p.strategy.id, p.marginalGain, p.cost])).toEqual([
      [S2, 20, 5],
      [S1, 8, 1],
    ]);
    expect(result.cost).toBe(6);
    expect(result.uncovered.map((u) => u.determinant)).toEqual([F, C]);
  });

  it("without a budget, costs are reported and unpriced picks are named", () => {
    const result = matcher.portfolio(profile, { k: 3, cost: { [S2]: 5 } });
    expect(result.picks.map((p) => p.cost)).toEqual([5, undefined, undefined]);
    expect(result.cost).toBe(5);
    expect(result.warnings.find((w) => w.code === "uncosted")?.strategies).toEqual([S4, S1]);
  });

  it("decay 1 turns diminishing returns off (the top k by score); decay 0 counts a fully reached determinant once", () => {
    expect(brief({ k: 3, decay: 1 }).picks).toEqual([
      [S2, 20],
      [S1, 13],
      [S4, 12],
    ]);
    // decay 0: S2 (A keeps 0); S1 0 + 3 = 3, S3 8, S4 12 -> S4 (C keeps 0, F 0.5); S1 3, S3 6 -> S3. Total 38.
    expect(brief({ k: 3, decay: 0 })).toEqual({
      picks: [
        [S2, 20],
        [S4, 12],
        [S3, 6],
      ],
      uncovered: [],
      total: 38,
    });
  });

  it("stops when nothing adds anything, and lists unreached determinants", () => {
    const result = matcher.portfolio(
      {
        determinants: [
          { determinant: C, valence: "barrier", importance: 2, changeability: 5 },
          { determinant: "cfir-2009:tension-for-change", valence: "barrier" },
        ],
      },
      { k: 5 },
    );
    // C reaches S3 (10 x 0.2 = 2) and S4 (10): S4, then S3 at 10 x 0.5 x 0.2 = 1. Nothing else gains.
    expect(result.picks.map((p) => [p.strategy.id, p.marginalGain])).toEqual([
      [S4, 10],
      [S3, 1],
    ]);
    expect(result.uncovered).toEqual([
      { determinant: "cfir-2009:implementation-climate.tension-for-change", valence: "barrier", reason: "unreached" },
    ]);
    expect(result.warnings.map((w) => w.code)).toContain("unreached-determinant");
  });

  it("is frozen, and the same input gives the same bytes", () => {
    const result = matcher.portfolio(profile, { k: 3 });
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.picks[0]?.covers)).toBe(true);
    expect(JSON.stringify(matcher.portfolio(profile, { k: 3 }))).toBe(JSON.stringify(result));
  });
});

describe("portfolio on the built-in StrategEase route", () => {
  it("names the authored link set its picks rest on", () => {
    const result = createMatcher().portfolio(
      { determinants: [{ determinant: "tdf-v2:knowledge", valence: "barrier", importance: 5, changeability: 4 }] },
      { k: 2 },
    );
    expect(result.picks).toHaveLength(2);
    const authored = result.warnings.find((w) => w.code === "authored-link-set");
    expect(authored?.linkSet).toBe("bcw-eric");
    expect(authored?.strategies).toEqual(result.picks.map((p) => p.strategy.id));
  });
});

describe("portfolio: every invalid option is a coded error", () => {
  const cases: [string, unknown, string, (string | number)[]][] = [
    ["no options", undefined, "missing-field", ["options", "k"]],
    ["k missing", {}, "missing-field", ["options", "k"]],
    ["k < 1", { k: 0 }, "too-small", ["options", "k"]],
    ["k not a whole number", { k: 2.5 }, "invalid-type", ["options", "k"]],
    ["k a string", { k: "3" }, "invalid-type", ["options", "k"]],
    ["negative cost", { k: 2, cost: { [S1]: -1 } }, "too-small", ["options", "cost", S1]],
    ["budget without cost", { k: 2, budget: 10 }, "budget-without-cost", ["options", "budget"]],
    ["negative budget", { k: 2, cost: { [S1]: 1 }, budget: -1 }, "too-small", ["options", "budget"]],
    [
      "unknown strategy in include",
      { k: 2, include: ["eric:no-such-strategy"] },
      "unknown-reference",
      ["options", "include", 0],
    ],
    [
      "unknown strategy in exclude",
      { k: 2, exclude: ["eric:no-such-strategy"] },
      "unknown-reference",
      ["options", "exclude", 0],
    ],
    [
      "unknown strategy in cost",
      { k: 2, cost: { "eric:no-such-strategy": 1 } },
      "unknown-reference",
      ["options", "cost", "eric:no-such-strategy"],
    ],
    ["another scheme in include", { k: 2, include: ["bcw:education"] }, "scheme-mismatch", ["options", "include", 0]],
    ["include and exclude overlap", { k: 2, include: [S1], exclude: [S1] }, "include-exclude-overlap", ["options"]],
    ["more required than k", { k: 1, include: [S1, S2] }, "include-above-k", ["options", "include"]],
    [
      "a required strategy without a cost under a budget",
      { k: 2, include: [S1], cost: { [S2]: 1 }, budget: 5 },
      "required-without-cost",
      ["options", "include", 0],
    ],
    [
      "required strategies over the budget",
      { k: 2, include: [S1, S2], cost: { [S1]: 3, [S2]: 4 }, budget: 5 },
      "required-above-budget",
      ["options", "budget"],
    ],
    [
      "one strategy costed twice",
      { k: 2, cost: { [S1]: 1, "eric:Audit and provide feedback": 2 } },
      "duplicate-cost",
      ["options", "cost", "eric:Audit and provide feedback"],
    ],
    ["decay above 1", { k: 2, decay: 1.5 }, "too-big", ["options", "decay"]],
    ["unknown mode", { k: 2, mode: "fancy" }, "invalid-value", ["options", "mode"]],
    ["unknown target", { k: 2, target: "tdf-v2" }, "unknown-target", ["options", "target"]],
    ["unknown field", { k: 2, top: 3 }, "unknown-field", ["options", "top"]],
    ["options not an object", "k=2", "invalid-type", ["options"]],
    ["too many required", { k: 20, include: Array.from({ length: 13 }, () => S1) }, "too-big", ["options", "include"]],
  ];
  for (const [what, options, code, path] of cases) {
    it(`${what}: invalid-options, ${code} at ${path.join(".")}`, () => {
      let caught: unknown;
      try {
        matcher.portfolio(profile, options as PortfolioOptions);
      } catch (error) {
        caught = error;
      }
      expect(isMatcherError(caught)).toBe(true);
      if (!isMatcherError(caught)) return;
      expect(caught.code).toBe("invalid-options");
      expect(caught.issues.map((i) => [i.code, i.path])).toContainEqual([code, path]);
      expect(caught.message).toContain("The portfolio options are not valid");
    });
  }

  it("reports every problem at once", () => {
    try {
      matcher.portfolio(profile, { k: 0, cost: { [S1]: -2 }, decay: -1 });
      expect.unreachable();
    } catch (error) {
      expect(isMatcherError(error) && error.issues.map((i) => i.path.join("."))).toEqual([
        "options.k",
        "options.cost.eric:audit-and-provide-feedback",
        "options.decay",
      ]);
    }
  });

  it("an invalid profile is invalid-profile", () => {
    expect(() =>
      matcher.portfolio({ determinants: [{ determinant: "cfir-2009:nope", valence: "barrier" }] }, { k: 1 }),
    ).toThrow(expect.objectContaining({ code: "invalid-profile" }));
  });
});
