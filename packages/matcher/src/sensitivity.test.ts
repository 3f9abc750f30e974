import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { A, B, C, F, handProfile, handSet, S1, S2, S3, S4 } from "../test/hand-case";
import { cfirEric2019 } from "./data/cfir-eric-2019";
import { isMatcherError } from "./error";
import { prepare } from "./internal/analysis";
import { resamplePlan } from "./internal/resample-plan";
import type { LinkSetInput } from "./link-set";
import { compiledOf, createMatcher } from "./matcher";
import type { SensitivityOptions } from "./sensitivity-options";

const hand = createMatcher({ linkSets: [handSet] });
const RE = "cfir-2009:reflecting-and-evaluating";
const reProfile = { determinants: [{ determinant: RE, valence: "barrier" as const }] };
const cfirEric = createMatcher({ linkSets: ["cfir-eric-2019"] });

describe("leave-one-out, worked by hand", () => {
  // Base (weighted): S2 20, S1 10 + 3 = 13, S4 10 + 2 = 12, S3 6 + 2 = 8; S5 scores 0 and is not ranked. k = 2: the
  // base top 2 is {S2, S1}. Draws in canonical order: F (adaptability), C (complexity), B (cost), A (planning).
  // Kendall's tau over the m = 4 ranked strategies: 1 - 4 x (discordant pairs) / (4 x 3).
  const result = hand.sensitivity(handProfile, { method: "leave-one-out", k: 2 });

  it("drops each scoring determinant in turn and says how the ranking moved", () => {
    expect(result.draws).toBe(4);
    expect(result.omitted).toEqual([
      // without F: S2 20, S1 13, S4 10, S3 8: the same order.
      { determinant: F, valence: "facilitator", kendallTau: 1, topKOverlap: 1, topK: [S2, S1] },
      // without C: S2 20, S1 13, S3 6, and S4 0 (only F's leverage is left, and leverage needs a barrier): last.
      // Ranks S2 1, S1 2, S4 4, S3 3: one discordant pair (S4, S3), tau = 1 - 4/12 = 2/3.
      { determinant: C, valence: "barrier", kendallTau: 0.666667, topKOverlap: 1, topK: [S2, S1] },
      // without B: S2 20, S4 12, S1 10, S3 2. One discordant pair (S1, S4): tau 2/3; top 2 {S2, S4}: overlap 1/2.
      { determinant: B, valence: "barrier", kendallTau: 0.666667, topKOverlap: 0.5, topK: [S2, S4] },
      // without A: S4 12, S3 8, S1 3, and S2 0. Ranks S2 4, S1 3, S4 1, S3 2: five discordant pairs of six,
      // tau = 1 - 20/12 = -2/3; top 2 {S4, S3}: overlap 0.
      { determinant: A, valence: "barrier", kendallTau: -0.666667, topKOverlap: 0, topK: [S4, S3] },
    ]);
  });

  it("summarises each strategy's ranks (nearest-rank percentiles) and the mean agreement", () => {
    // S2 ranks 1, 1, 1, 4; S1 2, 2, 3, 3; S4 3, 4, 2, 1; S3 4, 3, 4, 2. With 4 draws the median is the 2nd smallest
    // rank (ceil(0.5 x 4) = 2), the 5th percentile the smallest, the 95th the largest (ceil(0.95 x 4) = 4).
    expect(
      result.strategies.map((s) => [s.strategy.id, s.baseRank, s.score, s.pTopK, s.medianRank, s.rankInterval]),
    ).toEqual([
      [S2, 1, 20, 0.75, 1, [1, 4]],
      [S1, 2, 13, 0.5, 2, [2, 3]],
      [S4, 3, 12, 0.5, 2, [1, 4]],
      [S3, 4, 8, 0.25, 3, [2, 4]],
    ]);
    // mean tau (1 + 2/3 + 2/3 - 2/3) / 4 = 5/12; mean overlap (1 + 1 + 1/2 + 0) / 4 = 5/8.
    expect(result.meanKendallTau).toBe(0.416667);
    expect(result.meanTopKOverlap).toBe(0.625);
  });

  it("ranks the base strategies as match does", () => {
    expect(result.strategies.map((s) => s.strategy.id)).toEqual(
      hand.match(handProfile).recommendations.map((r) => r.strategy.id),
    );
  });

  it("accepts draws equal to the number of scoring determinants, and refuses any other", () => {
    expect(hand.sensitivity(handProfile, { method: "leave-one-out", k: 2, draws: 4 }).draws).toBe(4);
    expect(() => hand.sensitivity(handProfile, { method: "leave-one-out", k: 2, draws: 10 })).toThrow(
      expect.objectContaining({
        code: "invalid-options",
        issues: [expect.objectContaining({ code: "draws-not-for-method", path: ["options", "draws"] })],
      }),
    );
  });
});

describe("resample: endorsements drawn from their posterior", () => {
  it("plans Beta(count + 1, n - count + 1) for each link with a count of n", () => {
    const compiled = compiledOf(cfirEric);
    if (!compiled) throw new Error("no compiled form");
    const { route, profile } = prepare(compiled, reProfile, "eric", "cumulative");
    const plan = resamplePlan(compiled, route, profile, undefined);
    const planned = Array.from(plan.dA, (d, v) => `${d + 1 / 3} ${(plan.dB[v] as number) + 1 / 3}`).sort();
    const published = cfirEric2019.links
      .filter((l) => l.from === RE)
      .map((l) => `${(l.count as number) + 1} ${(l.n as number) - (l.count as number) + 1}`)
      .sort();
    expect(plan.variable).toBe(published.length);
    expect(
      planned.map((p) =>
        p
          .split(" ")
          .map((x) => Math.round(Number(x)))
          .join(" "),
      ),
    ).toEqual(published);
    expect(plan.fixed).toEqual([]);
  });

  const run = (seed: number, draws = 400) =>
    cfirEric.sensitivity(reProfile, { method: "resample", mode: "cumulative", draws, seed, k: 3 });

  it("the same seed gives the same bytes; another seed other draws", () => {
    expect(JSON.stringify(run(1))).toBe(JSON.stringify(run(1)));
    expect(JSON.stringify(run(2).strategies)).not.toBe(JSON.stringify(run(1).strategies));
  });

  it("gives the same bytes on every machine and in every release (pinned digest of a seeded run)", () => {
    const json = JSON.stringify({ ...run(2019, 500), manifest: undefined });
    expect(createHash("sha256").update(json).digest("hex")).toMatchInlineSnapshot(
      `"b65582402574b5c90f51f4155df20d4fca71c8d894d51e715c039a4bcc14fccd"`,
    );
  });

  it("keeps a clear leader on top and lets close strategies trade places", () => {
    const result = run(3, 2000);
    const [first, second, third] = result.strategies;
    // 60 % (15 of 25) and 56 % (14 of 25) against 40 % (10 of 25): the first two stay near the top.
    expect(first?.pTopK).toBeGreaterThan(0.9);
    expect(second?.pTopK).toBeGreaterThan(0.85);
    expect(third?.pTopK).toBeLessThan(0.7);
    expect(result.meanKendallTau).toBeGreaterThan(0);
    expect(result.meanKendallTau).toBeLessThan(1);
    for (const s of result.strategies) {
      expect(s.rankInterval[0]).toBeLessThanOrEqual(s.medianRank);
      expect(s.medianRank).toBeLessThanOrEqual(s.rankInterval[1]);
    }
  });

  const percentOnly: LinkSetInput = { ...handSet, id: "hand-percent" };

  it("holds percent links without n fixed, and says so: every draw is the base ranking", () => {
    const result = createMatcher({ linkSets: [percentOnly] }).sensitivity(handProfile, {
      method: "resample",
      draws: 50,
      seed: 1,
      k: 2,
    });
    expect(result.meanKendallTau).toBe(1);
    expect(result.meanTopKOverlap).toBe(1);
    expect(result.strategies.map((s) => [s.pTopK, s.medianRank, s.rankInterval])).toEqual([
      [1, 1, [1, 1]],
      [1, 2, [2, 2]],
      [0, 3, [3, 3]],
      [0, 4, [4, 4]],
    ]);
    const fixed = result.warnings.find((w) => w.code === "fixed-links");
    expect(fixed?.message).toContain("8 link(s) of hand-percent without a number of respondents n");
    expect(fixed?.message).toContain("No link was resampled");
  });

  it("with assumedN, resamples them as if that many had answered", () => {
    const result = createMatcher({ linkSets: [percentOnly] }).sensitivity(handProfile, {
      method: "resample",
      draws: 500,
      seed: 1,
      k: 2,
      assumedN: 10,
    });
    expect(result.meanKendallTau).toBeLessThan(1);
    expect(result.warnings.some((w) => w.code === "fixed-links")).toBe(false);
  });

  it("holds binary links fixed (the StrategEase route), and says so", () => {
    const result = createMatcher().sensitivity(
      { determinants: [{ determinant: "tdf-v2:knowledge", valence: "barrier" }] },
      { method: "resample", draws: 20, seed: 1, k: 3 },
    );
    expect(result.meanKendallTau).toBe(1);
    expect(result.warnings.find((w) => w.code === "fixed-links")?.message).toContain("binary link(s) of bcw-eric");
  });
});

describe("weights: determinant weights jittered", () => {
  it("a Gamma factor with mean 1: two equal barriers each lead about half the time", () => {
    // A (20) reaches S2 (share 1); C' (importance 4 x changeability 5 = 20) reaches S4 (share 1): a tie the base
    // breaks by id (S2 first). Jittered with independent, identically distributed factors, each leads half the time.
    const profile = {
      determinants: [
        { determinant: A, valence: "barrier" as const, importance: 5, changeability: 4 },
        { determinant: C, valence: "barrier" as const, importance: 4, changeability: 5 },
      ],
    };
    const result = hand.sensitivity(profile, { method: "weights", draws: 4000, seed: 5, k: 1 });
    expect(result.strategies[0]?.strategy.id).toBe(S2);
    expect(Math.abs((result.strategies[0]?.pTopK as number) - 0.5)).toBeLessThan(0.03);
    expect(Math.abs((result.strategies[1]?.pTopK as number) - 0.5)).toBeLessThan(0.03);
    expect(result.manifest.options).toEqual({
      method: "weights",
      k: 1,
      mode: "weighted",
      target: "eric",
      draws: 4000,
      seed: 5,
      spread: 0.3,
    });
  });

  it("a small spread barely moves the ranking; a large one moves it more", () => {
    const small = hand.sensitivity(handProfile, { method: "weights", draws: 300, seed: 9, k: 2, spread: 0.01 });
    const large = hand.sensitivity(handProfile, { method: "weights", draws: 300, seed: 9, k: 2, spread: 1 });
    expect(small.meanKendallTau).toBe(1);
    expect(large.meanKendallTau).toBeLessThan(0.9);
  });

  it("the same seed gives the same bytes; another seed other draws", () => {
    const run = (seed: number) =>
      JSON.stringify(hand.sensitivity(handProfile, { method: "weights", draws: 200, seed, k: 2 }));
    expect(run(1)).toBe(run(1));
    expect(run(1)).not.toBe(run(2));
  });
});

describe("onProgress", () => {
  it("is called at most about 100 times, in order, ending with (total, total)", () => {
    const calls: [number, number][] = [];
    hand.sensitivity(handProfile, {
      method: "weights",
      draws: 1234,
      seed: 1,
      k: 2,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls.length).toBeLessThanOrEqual(101);
    expect(calls.length).toBeGreaterThan(50);
    expect(calls.at(-1)).toEqual([1234, 1234]);
    expect(calls.every(([done, total], i) => total === 1234 && (i === 0 || done > (calls[i - 1]?.[0] as number)))).toBe(
      true,
    );
  });

  it("with few draws, after each one", () => {
    const calls: number[] = [];
    hand.sensitivity(handProfile, { method: "leave-one-out", k: 2, onProgress: (done) => calls.push(done) });
    expect(calls).toEqual([1, 2, 3, 4]);
  });
});

describe("sensitivity: every invalid option is a coded error", () => {
  const base = { method: "weights", draws: 10, seed: 1, k: 2 };
  const cases: [string, unknown, string, (string | number)[]][] = [
    ["no options", undefined, "missing-field", ["options", "method"]],
    ["k < 1", { ...base, k: 0 }, "too-small", ["options", "k"]],
    ["k not a whole number", { ...base, k: 1.5 }, "invalid-type", ["options", "k"]],
    ["k missing", { method: "leave-one-out" }, "missing-field", ["options", "k"]],
    ["draws < 1", { ...base, draws: 0 }, "too-small", ["options", "draws"]],
    ["draws not a whole number", { ...base, draws: 2.5 }, "invalid-type", ["options", "draws"]],
    ["unknown method", { ...base, method: "bootstrap" }, "invalid-value", ["options", "method"]],
    ["method missing", { k: 2 }, "missing-field", ["options", "method"]],
    ["draws missing for resample", { method: "resample", seed: 1, k: 2 }, "missing-field", ["options", "draws"]],
    ["seed missing for weights", { method: "weights", draws: 10, k: 2 }, "missing-field", ["options", "seed"]],
    ["negative seed", { ...base, seed: -1 }, "too-small", ["options", "seed"]],
    ["seed not a whole number", { ...base, seed: 0.5 }, "invalid-type", ["options", "seed"]],
    [
      "seed for leave-one-out",
      { method: "leave-one-out", k: 2, seed: 1 },
      "option-not-for-method",
      ["options", "seed"],
    ],
    [
      "spread for resample",
      { ...base, method: "resample", spread: 0.2 },
      "option-not-for-method",
      ["options", "spread"],
    ],
    ["spread 0", { ...base, spread: 0 }, "too-small", ["options", "spread"]],
    ["spread above 1", { ...base, spread: 1.5 }, "too-big", ["options", "spread"]],
    ["assumedN for weights", { ...base, assumedN: 20 }, "option-not-for-method", ["options", "assumedN"]],
    ["assumedN 0", { ...base, method: "resample", assumedN: 0 }, "too-small", ["options", "assumedN"]],
    ["onProgress not a function", { ...base, onProgress: 5 }, "invalid-input", ["options", "onProgress"]],
    ["unknown target", { ...base, target: "cfir-2009" }, "unknown-target", ["options", "target"]],
    ["unknown field", { ...base, top: 5 }, "unknown-field", ["options", "top"]],
    ["options not an object", 42, "invalid-type", ["options"]],
  ];
  for (const [what, options, code, path] of cases) {
    it(`${what}: invalid-options, ${code} at ${path.join(".")}`, () => {
      let caught: unknown;
      try {
        hand.sensitivity(handProfile, options as SensitivityOptions);
      } catch (error) {
        caught = error;
      }
      expect(isMatcherError(caught)).toBe(true);
      if (!isMatcherError(caught)) return;
      expect(caught.code).toBe("invalid-options");
      expect(caught.issues.map((i) => [i.code, i.path])).toContainEqual([code, path]);
      expect(caught.message).toContain("The sensitivity options are not valid");
    });
  }

  it("an invalid profile is invalid-profile", () => {
    expect(() => hand.sensitivity({ determinants: "none" } as never, { method: "leave-one-out", k: 1 })).toThrow(
      expect.objectContaining({ code: "invalid-profile" }),
    );
  });

  it("an empty profile ranks nothing: no strategies, full agreement by convention", () => {
    const result = hand.sensitivity({ determinants: [] }, { method: "weights", draws: 5, seed: 1, k: 3 });
    expect([result.strategies, result.meanKendallTau, result.meanTopKOverlap]).toEqual([[], 1, 1]);
  });
});
