import { fileURLToPath } from "node:url";
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
import { isPathwaysError } from "./error";
import { listPathways } from "./list-pathways";
import { migratePlan } from "./migrate-plan";
import { completePlan } from "./plan.fixture";
import { planProgress } from "./plan-progress";
import { renderLogicModel } from "./render-logic-model";
import { renderPlanMarkdown } from "./render-plan-markdown";
import { validatePathway } from "./validate-pathway";
import { validatePlan } from "./validate-plan";

/** Runs an operation that needs a valid plan: it returns, or throws a PathwaysError with a code. */
function returnsOrCoded(f: () => unknown): void {
  try {
    withinTime(f);
  } catch (error) {
    if (!isPathwaysError(error)) throw error;
    expect(["invalid-plan", "unknown-pathway"]).toContain(error.code);
  }
}

const checkPlanResult = (input: unknown) => {
  const before = JSON.stringify(input);
  const result = withinTime(() => validatePlan(input));
  expectWellFormed(result);
  if (!result.success) expectPathsInto(result.issues, input);
  expect(JSON.stringify(input)).toBe(before);
  expectNoPollution();
  return result;
};

describe("validatePlan under fuzzing", () => {
  it(
    "arbitrary JSON (hostile keys, repeated keys, deep nesting, 1e309, long strings): validatePlan, migratePlan and validatePathway return coded issues located in the input",
    () => {
      const input = fc.oneof(
        hostileJson,
        hostileJson.map((extra) => ({ schemaVersion: 1, title: "t", pathway: "strategease", determinants: [extra] })),
      );
      fuzz(
        fc.property(input, (value) => {
          checkPlanResult(value);
          const migrated = withinTime(() => migratePlan(value));
          expectWellFormed(migrated);
          const pathway = withinTime(() => validatePathway(value));
          expectWellFormed(pathway);
          if (!pathway.success) expectPathsInto(pathway.issues, value);
          expectNoPollution();
        }),
        1000,
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "the complete plan with a few mutations: issues point into it; a valid plan is plain, frozen, a fixed point, and renders",
    () => {
      let passed = 0;
      const runs = 800;
      fuzz(
        fc.property(nearValid(completePlan, 3), (input) => {
          const result = checkPlanResult(input);
          returnsOrCoded(() => planProgress(input));
          if (!result.success) return;
          passed++;
          expectPlainData(result.data);
          expect(Object.isFrozen(result.data)).toBe(true);
          const again = validatePlan(result.data);
          expect(again.success && again.data).toEqual(result.data);
          const reread = validatePlan(JSON.parse(JSON.stringify(result.data)));
          expect(reread.success && reread.data).toEqual(result.data);
          expect(withinTime(() => renderPlanMarkdown(result.data))).toMatch(/^# /);
          expect(renderLogicModel(result.data).rows.length).toBeGreaterThanOrEqual(0);
        }),
        runs,
      );
      expectReached(passed, runs, 20);
    },
    FUZZ_TIMEOUT,
  );

  it(
    "a version-0 plan with a few mutations: migratePlan returns the upgraded plan or coded issues, never a throw",
    () => {
      const { pathway, schemaVersion: _v, ...rest } = cloneJson(completePlan);
      const draft = { ...rest, schemaVersion: 0, pathwayId: pathway };
      let migrated = 0;
      const runs = 500;
      fuzz(
        fc.property(nearValid(draft, 2), (input) => {
          const before = JSON.stringify(input);
          const result = withinTime(() => migratePlan(input));
          expectWellFormed(result);
          expect(JSON.stringify(input)).toBe(before);
          expectNoPollution();
          if (!result.success) return;
          migrated++;
          expect(result.data.schemaVersion).toBe(1);
          expect(validatePlan(result.data).success).toBe(true);
        }),
        runs,
      );
      expectReached(migrated, runs, 10);
    },
    FUZZ_TIMEOUT,
  );

  it(
    "renderPlanMarkdown, renderLogicModel and planProgress on arbitrary JSON: a coded PathwaysError, never another throw",
    () => {
      fuzz(
        fc.property(fc.oneof(hostileJson, nearValid(completePlan, 1)), (input) => {
          returnsOrCoded(() => renderPlanMarkdown(input));
          returnsOrCoded(() => renderLogicModel(input));
          returnsOrCoded(() => planProgress(input));
        }),
        400,
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe("validatePathway under fuzzing", () => {
  it(
    "built-in pathways with a few mutations: issues point into the pathway; a valid one is a fixed point",
    () => {
      let passed = 0;
      const pathway = fc.constantFrom(...listPathways()).chain((p) => nearValid(p, 2));
      const runs = 600;
      fuzz(
        fc.property(pathway, (input) => {
          const before = JSON.stringify(input);
          const result = withinTime(() => validatePathway(input));
          expectWellFormed(result);
          if (!result.success) expectPathsInto(result.issues, input);
          expectPathsInto(result.warnings, input);
          expect(JSON.stringify(input)).toBe(before);
          expectNoPollution();
          if (!result.success) return;
          passed++;
          expectPlainData(result.data);
          const again = validatePathway(result.data);
          expect(again.success && again.data).toEqual(result.data);
        }),
        runs,
      );
      expectReached(passed, runs, 20);
    },
    FUZZ_TIMEOUT,
  );
});

describe("safety", () => {
  it("no source file of @impsci/pathways evaluates code (eval, new Function)", () => {
    expectNoDynamicCode(fileURLToPath(new URL(".", import.meta.url)));
  });
});
