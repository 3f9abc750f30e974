import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  expectNoDynamicCode,
  expectNoPollution,
  expectPathsInto,
  expectPlainData,
  expectReached,
  expectWellFormed,
  FUZZ_TIMEOUT,
  fuzz,
  hostileJson,
  hostileText,
  longText,
  nearValid,
  withinTime,
} from "../../../scripts/test-utils/fuzz";
import { exampleProfile } from "./data/example-profile";
import { isDeterminantsError } from "./error";
import { findElement, findFramework, getElement, lookupElement, resolveRef } from "./frameworks";
import { prioritise } from "./prioritise";
import { foldName, slugify, splitRef } from "./reference";
import { validateProfile } from "./validate-profile";

const check = (input: unknown) => {
  const before = JSON.stringify(input);
  const result = withinTime(() => validateProfile(input));
  expectWellFormed(result);
  if (!result.success) expectPathsInto(result.issues, input);
  expectPathsInto(result.warnings, input);
  expect(JSON.stringify(input)).toBe(before);
  expectNoPollution();
  return result;
};

describe("validateProfile under fuzzing", () => {
  it(
    "arbitrary JSON (hostile keys, repeated keys, deep nesting, 1e309, long strings): coded issues with paths into the input",
    () => {
      const input = fc.oneof(
        hostileJson,
        hostileJson.map((determinants) => ({ determinants })),
        fc.array(hostileJson, { maxLength: 4 }).map((determinants) => ({ determinants })),
      );
      fuzz(
        fc.property(input, (value) => void check(value)),
        1200,
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "the example profile with a few mutations: issues point into it, and what passes is plain, frozen and a fixed point",
    () => {
      let passed = 0;
      const runs = 1200;
      fuzz(
        fc.property(nearValid(exampleProfile), (input) => {
          const result = check(input);
          if (!result.success) return;
          passed++;
          expectPlainData(result.data);
          expect(Object.isFrozen(result.data)).toBe(true);
          const again = validateProfile(result.data);
          expect(again.success && again.data).toEqual(result.data);
        }),
        runs,
      );
      expectReached(passed, runs, 50);
    },
    FUZZ_TIMEOUT,
  );
});

describe("reference lookups under fuzzing", () => {
  it(
    "lookupElement, findElement, findFramework, splitRef, foldName and slugify never throw; getElement and resolveRef throw only coded errors",
    () => {
      const text = fc.oneof(hostileText, longText(3000), fc.string({ unit: "binary", maxLength: 60 }));
      fuzz(
        fc.property(text, (ref) => {
          const found = withinTime(() => lookupElement(ref));
          if (found.ok) expect(found.item.id).toMatch(/^[a-z0-9-]+:/);
          else {
            expect(["invalid-reference", "unknown-scheme", "unknown-reference", "ambiguous-reference"]).toContain(
              found.code,
            );
            expect(found.message.length).toBeGreaterThan(0);
          }
          expect(findElement(ref)?.id).toBe(found.ok ? found.item.id : undefined);
          findFramework(ref);
          splitRef(ref);
          expect(foldName(ref)).toMatch(/^[a-z0-9]*$/);
          expect(slugify(ref)).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
          for (const get of [getElement, resolveRef]) {
            try {
              expect(get(ref).id).toBe(found.ok ? found.item.id : undefined);
            } catch (error) {
              expect(found.ok).toBe(false);
              expect(isDeterminantsError(error)).toBe(true);
            }
          }
          expectNoPollution();
        }),
        1000,
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "prioritise on every profile validateProfile accepts: a rank for each determinant, none lost",
    () => {
      fuzz(
        fc.property(nearValid(exampleProfile, 2), (input) => {
          const result = validateProfile(input);
          if (!result.success) return;
          const ranked = prioritise(result.data);
          expect(ranked.map((r) => r.rank)).toEqual(result.data.determinants.map((_, i) => i + 1));
          expect(new Set(ranked.map((r) => r.index)).size).toBe(result.data.determinants.length);
        }),
        500,
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe("safety", () => {
  it("no source file of @impsci/determinants evaluates code (eval, new Function)", () => {
    expectNoDynamicCode(fileURLToPath(new URL(".", import.meta.url)));
  });
});
