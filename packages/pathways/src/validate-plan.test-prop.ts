import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { migratePlan } from "./migrate-plan";
import { completePlan } from "./plan.fixture";
import { validatePathway } from "./validate-pathway";
import { validatePlan } from "./validate-plan";

const wellFormed = (result: { success: boolean; issues?: readonly unknown[]; warnings: readonly unknown[] }) => {
  for (const issue of [...(result.issues ?? []), ...result.warnings] as Record<string, unknown>[]) {
    expect(typeof issue.code).toBe("string");
    expect(Array.isArray(issue.path)).toBe(true);
    expect(typeof issue.message).toBe("string");
  }
  if (!result.success) expect(result.issues?.length).toBeGreaterThan(0);
};

/** Every path to a value inside the complete plan. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => pathsOf((value as Record<string, unknown>)[k], [...prefix, k]))];
}
const planPaths = pathsOf(completePlan).filter((p) => p.length > 0);

/** The complete plan with the value at one path replaced. */
function replaced(path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(completePlan) as unknown as Record<string | number, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path.at(-1) as string | number] = value;
  return copy;
}

describe("validation never throws", () => {
  it("validatePlan, migratePlan and validatePathway on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const before = JSON.stringify(input);
        wellFormed(validatePlan(input));
        wellFormed(migratePlan(input));
        wellFormed(validatePathway(input));
        expect(JSON.stringify(input)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it("validatePlan on the complete plan with any one value replaced by arbitrary JSON: coded issues with paths", () => {
    fc.assert(
      fc.property(fc.constantFrom(...planPaths), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
        const input = replaced(path, value);
        const result = validatePlan(input);
        wellFormed(result);
        if (!result.success) {
          for (const issue of result.issues) expect(issue.path.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("validatePlan on the complete plan with an unknown field anywhere: an unknown-field issue at that path", () => {
    const objectPaths = pathsOf(completePlan).filter((p) => {
      let v: unknown = completePlan;
      for (const k of p) v = (v as Record<string | number, unknown>)[k];
      return v !== null && typeof v === "object" && !Array.isArray(v);
    });
    fc.assert(
      fc.property(fc.constantFrom(...objectPaths), (path) => {
        const copy = structuredClone(completePlan) as unknown as Record<string | number, unknown>;
        let target = copy;
        for (const key of path) target = target[key] as Record<string | number, unknown>;
        target.zzUnknown = 1;
        const result = validatePlan(copy);
        expect(!result.success && result.issues.map((i) => [i.code, i.path])).toContainEqual([
          "unknown-field",
          [...path, "zzUnknown"],
        ]);
      }),
    );
  });
});
