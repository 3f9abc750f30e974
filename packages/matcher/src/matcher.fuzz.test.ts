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
  FUZZ_TIMEOUT,
  fuzz,
  hostileJson,
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
    else expect(error.code).toBe("conflicting-link-sets");
    if (error.code !== "conflicting-link-sets") {
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
      expectReached(matched, runs, 50);
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

describe("safety", () => {
  it("no source file of @impsci/matcher evaluates code (eval, new Function)", () => {
    expectNoDynamicCode(fileURLToPath(new URL(".", import.meta.url)));
  });
});
