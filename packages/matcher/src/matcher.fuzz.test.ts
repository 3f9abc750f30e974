import { fileURLToPath } from "node:url";
import { exampleProfile } from "@impsci/determinants";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cloneJson,
  expectNoDynamicCode,
  expectNoPollution,
  expectPathsInto,
  expectPlainData,
  expectReached,
  expectWellFormed,
  FUZZ_SEED,
  FUZZ_TIMEOUT,
  fuzz,
  fuzzRuns,
  hostileJson,
  hostileText,
  nearValid,
  withinTime,
} from "../../../scripts/test-utils/fuzz";
import { isMatcherError } from "./error";
import { getLinkSet } from "./link-sets";
import { createMatcher } from "./matcher";

const matchers = [createMatcher(), createMatcher({ linkSets: ["cfir-eric-2019"] })];

const options = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      mode: fc.constantFrom("weighted", "cumulative"),
      top: fc.integer({ min: 1, max: 20 }),
      include: fc.array(
        fc.constantFrom("eric:56", "eric:audit-and-provide-feedback", "eric:Conduct local consensus discussions"),
        {
          maxLength: 2,
        },
      ),
      exclude: fc.array(fc.constantFrom("eric:1", "eric:Facilitation"), { maxLength: 2 }),
      minFeasibility: fc.double({ min: 1, max: 5, noNaN: true }),
    },
    { requiredKeys: [] },
  ),
  nearValid({ mode: "cumulative", top: 5, include: ["eric:56"], minFeasibility: 3 }, 2),
  hostileJson,
);

/** Calls `f`; a throw must be a coded MatcherError listing its issues, each located in `input` (under `prefix`). */
function codedOrResult<T>(f: () => T, inputs: { profile?: unknown; options?: unknown; set?: unknown }): T | undefined {
  try {
    return withinTime(f);
  } catch (error) {
    if (!isMatcherError(error)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
    const issues = error.issues;
    if (error.code === "invalid-profile") expectPathsInto(issues, inputs.profile);
    else if (error.code === "invalid-options") expectPathsInto(issues, inputs.options, ["options"]);
    else if (error.code === "invalid-link-set") expectPathsInto(issues, inputs.set);
    // A string where a set belongs names a built-in set: unknown-link-set when there is none by that id.
    else expect(["conflicting-link-sets", "unknown-link-set"]).toContain(error.code);
    // Errors about the input's content list every issue; the others are about which sets were named.
    if (["invalid-profile", "invalid-options", "invalid-link-set"].includes(error.code)) {
      expectWellFormed({ success: false, issues, warnings: [] });
    }
    return undefined;
  }
}

describe("match under fuzzing", () => {
  it(
    "near-valid and hostile profiles and options: a frozen result, or a MatcherError whose issues point into the input",
    () => {
      let matched = 0;
      const profile = fc.oneof({ weight: 3, arbitrary: nearValid(exampleProfile) }, hostileJson);
      const runs = 800;
      fuzz(
        fc.property(profile, options, fc.nat(1), (p, o, which) => {
          const matcher = matchers[which] ?? matchers[0];
          const before = JSON.stringify([p, o]);
          const result = codedOrResult(() => matcher?.match(p as never, o as never), { profile: p, options: o });
          expect(JSON.stringify([p, o])).toBe(before);
          expectNoPollution();
          if (result === undefined) return;
          matched++;
          expect(Object.isFrozen(result)).toBe(true);
          expect(result.recommendations.map((r) => r.rank)).toEqual(result.recommendations.map((_, i) => i + 1));
          for (const r of result.recommendations) expect(Number.isFinite(r.score)).toBe(true);
          expectPlainData(result);
        }),
        runs,
      );
      expectReached(matched, runs, 25);
    },
    FUZZ_TIMEOUT,
  );

  it(
    "near-valid link-set objects: a matcher, or a MatcherError whose issues point into the set",
    () => {
      const base = getLinkSet("cfir-eric-2019");
      let built = 0;
      const runs = 300;
      fuzz(
        fc.property(nearValid(base, 2), (set) => {
          const matcher = codedOrResult(() => createMatcher({ linkSets: [set as never] }), { set });
          expectNoPollution();
          if (matcher === undefined) return;
          built++;
          expectPlainData(cloneJson(matcher.linkSets));
          const result = matcher.match({ determinants: [{ determinant: "cfir-2009:planning", valence: "barrier" }] });
          expect(Object.isFrozen(result)).toBe(true);
        }),
        runs,
      );
      expectReached(built, runs, 10);
    },
    FUZZ_TIMEOUT,
  );
});

/** Mostly a valid value, now and then a bad one. */
const mostly = <T, U>(valid: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: bad });

describe("portfolio, sensitivity and matchMany under fuzzing", () => {
  const portfolioOptions = fc.oneof(
    {
      weight: 2,
      arbitrary: fc.constant({ k: 5, include: ["eric:56"], cost: { "eric:56": 2, "eric:Facilitation": 1 }, budget: 4 }),
    },
    {
      weight: 4,
      arbitrary: nearValid(
        { k: 5, include: ["eric:56"], cost: { "eric:56": 2, "eric:Facilitation": 1 }, budget: 4, decay: 0.5 },
        1,
      ),
    },
    hostileJson,
  );
  const sensitivityOptions = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record(
        {
          method: mostly(fc.constantFrom("resample", "weights", "leave-one-out"), hostileText),
          k: mostly(fc.integer({ min: 1, max: 12 }), fc.constantFrom(0, -1, 2.5, "5")),
          draws: mostly(fc.integer({ min: 1, max: 20 }), fc.constantFrom(0, -1, 1.5)),
          seed: mostly(fc.integer({ min: 0, max: 2 ** 31 }), fc.constantFrom(-1, 0.5, Number.NaN, 2 ** 60)),
          spread: fc.double({ min: 0.05, max: 1.2, noNaN: true }),
          assumedN: fc.integer({ min: 0, max: 50 }),
        },
        { requiredKeys: ["method", "k", "draws", "seed"] },
      ),
    },
    hostileJson,
  );
  const profile = fc.oneof(
    { weight: 2, arbitrary: fc.constant(exampleProfile) },
    { weight: 3, arbitrary: nearValid(exampleProfile, 1) },
    { weight: 1, arbitrary: hostileJson },
  );
  const [matcher] = matchers as [ReturnType<typeof createMatcher>];

  it(
    "portfolio and sensitivity with near-valid and hostile profiles and options: a frozen result, or a MatcherError whose issues point into the input",
    () => {
      let done = 0;
      const runs = 300;
      fuzz(
        fc.property(profile, portfolioOptions, sensitivityOptions, (p, po, so) => {
          const before = JSON.stringify([p, po, so]);
          const picked = codedOrResult(() => matcher.portfolio(p as never, po as never), { profile: p, options: po });
          const stable = codedOrResult(() => matcher.sensitivity(p as never, so as never), { profile: p, options: so });
          expect(JSON.stringify([p, po, so])).toBe(before);
          expectNoPollution();
          for (const result of [picked, stable]) {
            if (result === undefined) continue;
            done++;
            expect(Object.isFrozen(result)).toBe(true);
            expectPlainData(result);
          }
        }),
        runs,
      );
      expectReached(done, runs, 30);
    },
    FUZZ_TIMEOUT,
  );

  it(
    "matchMany over near-valid and hostile profiles: one record per profile, in order; a bad one is an error record with located issues",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(profile, { maxLength: 5 }), async (profiles) => {
          const records = [];
          for await (const record of matcher.matchMany(profiles as never, { top: 3 })) records.push(record);
          expect(records.map((r) => r.index)).toEqual(profiles.map((_, i) => i));
          records.forEach((record, i) => {
            if (record.ok) expect(record.result.recommendations.length).toBeLessThanOrEqual(3);
            else {
              expect(record.error.code).toBe("invalid-profile");
              expectWellFormed({ success: false, issues: record.error.issues, warnings: [] });
              expectPathsInto(record.error.issues, profiles[i]);
            }
          });
          expectNoPollution();
        }),
        { seed: FUZZ_SEED, numRuns: fuzzRuns(200) },
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe("safety", () => {
  it("no source file of @impsci/matcher evaluates code (eval, new Function)", () => {
    expectNoDynamicCode(fileURLToPath(new URL(".", import.meta.url)));
  });
});
