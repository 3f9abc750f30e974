import { getFramework } from "@impsci/determinants";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Random } from "./internal/prng";
import type { LinkSetInput } from "./link-set";
import { createMatcher } from "./matcher";
import type { SensitivityResult } from "./sensitivity";

// A percent link set between 10 CFIR barriers and 15 ERIC strategies, generated once from a seed; half the links
// carry a count of n respondents, so resampling draws some and holds the others.
const barriers = getFramework("cfir-2009")
  .elements.filter((e) => e.cfirEricBarrier?.value === true)
  .slice(0, 10)
  .map((e) => e.id);
const random = Random.seeded(8);
const strategies = ["eric:audit-and-provide-feedback", "eric:access-new-funding", "eric:facilitation"].concat(
  Array.from(
    { length: 12 },
    (_, i) =>
      [
        "eric:tailor-strategies",
        "eric:use-data-experts",
        "eric:build-a-coalition",
        "eric:conduct-ongoing-training",
        "eric:change-record-systems",
        "eric:use-an-implementation-advisor",
        "eric:involve-executive-boards",
        "eric:develop-disincentives",
        "eric:create-a-learning-collaborative",
        "eric:promote-adaptability",
        "eric:revise-professional-roles",
        "eric:use-train-the-trainer-strategies",
      ][i] as string,
  ),
);
const set: LinkSetInput = {
  id: "generated",
  version: "1",
  title: "Generated percent set",
  from: "cfir-2009",
  to: "eric",
  weightKind: "percent",
  basis: "user",
  links: barriers.flatMap((from) =>
    strategies
      .filter(() => random.uniform() < 0.5)
      .map((to) => {
        const n = 20;
        const count = Math.floor(random.uniform() * (n + 1));
        return random.uniform() < 0.5
          ? { from, to, weight: (100 * count) / n, count, n }
          : { from, to, weight: (100 * count) / n };
      }),
  ),
};
const matcher = createMatcher({ linkSets: [set] });

const profile = fc
  .uniqueArray(
    fc.record({
      determinant: fc.constantFrom(...barriers),
      valence: fc.constantFrom("barrier" as const, "barrier" as const, "facilitator" as const),
      importance: fc.integer({ min: 1, max: 5 }),
      changeability: fc.integer({ min: 1, max: 5 }),
    }),
    { selector: (d) => `${d.determinant}|${d.valence}`, maxLength: 6 },
  )
  .map((determinants) => ({ determinants }));
const method = fc.constantFrom("resample" as const, "weights" as const);
const mode = fc.constantFrom("weighted" as const, "cumulative" as const);
const seed = fc.nat({ max: 2 ** 40 });
const k = fc.integer({ min: 1, max: 6 });

function checkBounds(result: SensitivityResult, k: number): void {
  const m = result.strategies.length;
  expect(result.meanKendallTau).toBeGreaterThanOrEqual(-1);
  expect(result.meanKendallTau).toBeLessThanOrEqual(1);
  expect(result.meanTopKOverlap).toBeGreaterThanOrEqual(0);
  expect(result.meanTopKOverlap).toBeLessThanOrEqual(1);
  for (const s of result.strategies) {
    expect(s.pTopK).toBeGreaterThanOrEqual(0);
    expect(s.pTopK).toBeLessThanOrEqual(1);
    expect(1).toBeLessThanOrEqual(s.rankInterval[0]);
    expect(s.rankInterval[0]).toBeLessThanOrEqual(s.medianRank);
    expect(s.medianRank).toBeLessThanOrEqual(s.rankInterval[1]);
    expect(s.rankInterval[1]).toBeLessThanOrEqual(m);
  }
  // Each draw puts at most k strategies in its top k.
  expect(result.strategies.reduce((sum, s) => sum + s.pTopK, 0)).toBeLessThanOrEqual(k + 1e-5);
}

describe("properties of sensitivity", () => {
  it("the same seed gives the same bytes, whatever the profile", () => {
    fc.assert(
      fc.property(profile, method, mode, seed, k, (p, m, md, s, kk) => {
        const options = { method: m, mode: md, seed: s, k: kk, draws: 30 };
        expect(JSON.stringify(matcher.sensitivity(p, options))).toBe(JSON.stringify(matcher.sensitivity(p, options)));
      }),
      { numRuns: 50 },
    );
  });

  it("keeps every figure in its range; with draws that keep every score positive, the top k is always full", () => {
    fc.assert(
      fc.property(profile, method, mode, seed, k, (p, m, md, s, kk) => {
        const result = matcher.sensitivity(p, { method: m, mode: md, seed: s, k: kk, draws: 40 });
        checkBounds(result, kk);
        // Resampled endorsements and jittered weights stay positive: each draw's top k holds min(k, m) strategies.
        const full = Math.min(kk, result.strategies.length);
        expect(result.strategies.reduce((sum, x) => sum + x.pTopK, 0)).toBeCloseTo(full, 4);
      }),
      { numRuns: 50 },
    );
  });

  it("leave-one-out makes one draw per scoring determinant and keeps every figure in its range", () => {
    fc.assert(
      fc.property(profile, mode, k, (p, md, kk) => {
        const result = matcher.sensitivity(p, { method: "leave-one-out", mode: md, k: kk });
        // The determinants that score: all but those match says reach nothing, and cumulative mode's facilitators.
        const warnings = matcher.match(p, { mode: md }).warnings;
        const named = (codes: string[]) =>
          new Set(warnings.filter((w) => codes.includes(w.code)).flatMap((w) => w.determinants ?? []));
        const unreached = named(["unreached-determinant", "not-covered"]);
        const ignored = named(["facilitators-ignored"]);
        const scoring = p.determinants
          .filter((d) => !unreached.has(d.determinant) && !(d.valence === "facilitator" && ignored.has(d.determinant)))
          .map((d) => `${d.determinant}|${d.valence}`);
        expect(result.omitted?.map((o) => `${o.determinant}|${o.valence}`).sort()).toEqual(scoring.sort());
        expect(result.draws).toBe(result.omitted?.length);
        checkBounds(result, kk);
      }),
      { numRuns: 50 },
    );
  });

  it("the base ranking is match's ranking", () => {
    fc.assert(
      fc.property(profile, mode, (p, md) => {
        const result = matcher.sensitivity(p, { method: "weights", mode: md, seed: 1, k: 3, draws: 1 });
        expect(result.strategies.map((s) => [s.strategy.id, s.score])).toEqual(
          matcher.match(p, { mode: md }).recommendations.map((r) => [r.strategy.id, r.score]),
        );
      }),
      { numRuns: 50 },
    );
  });
});
