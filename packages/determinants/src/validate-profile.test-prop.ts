import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateProfile } from "./validate-profile";

const reference = fc.oneof(
  fc.constantFrom("tdf-v2:knowledge", "tdf-v2:Identity", "com-b:C-Ps", "cfir-2022:12", "nope", "x:y", ""),
  fc.string(),
);
const determinant = fc.record(
  {
    determinant: fc.oneof(reference, fc.anything()),
    valence: fc.oneof(fc.constantFrom("barrier", "facilitator"), fc.anything()),
    strength: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double(), fc.anything()),
    importance: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.anything()),
    changeability: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.anything()),
  },
  { requiredKeys: [] },
);

describe("validateProfile (properties)", () => {
  it("never throws, and always returns issues with a code, a path and a message, or data", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ determinants: fc.array(determinant) })), (input) => {
        const result = validateProfile(input);
        if (result.success) expect(Array.isArray(result.data.determinants)).toBe(true);
        else {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) {
            expect(typeof issue.code).toBe("string");
            expect(Array.isArray(issue.path)).toBe(true);
            expect(issue.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("accepts its own output unchanged (canonical ids are a fixed point)", () => {
    const valid = fc.record(
      {
        determinant: fc.constantFrom(
          "tdf-v2:Knowledge",
          "tdf-v2:13",
          "com-b:C-Ps",
          "cfir-2009:Planning",
          "tdf-v2:Emotions",
        ),
        valence: fc.constantFrom("barrier", "facilitator"),
        importance: fc.integer({ min: 1, max: 5 }),
        changeability: fc.integer({ min: 1, max: 5 }),
      },
      { requiredKeys: ["determinant", "valence"] },
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.record({ determinants: fc.array(valid, { maxLength: 4 }) }), (input) => {
        const first = validateProfile(input);
        if (!first.success) return;
        accepted++;
        const second = validateProfile(first.data);
        expect(second.success && second.data).toEqual(first.data);
      }),
    );
    expect(accepted).toBeGreaterThan(10);
  });
});
