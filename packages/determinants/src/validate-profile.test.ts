import { describe, expect, it } from "vitest";
import type { DeterminantProfileInput } from "./determinant";
import { validateProfile } from "./validate-profile";

const issuesOf = (input: unknown) => {
  const result = validateProfile(input);
  return result.success ? [] : result.issues.map(({ code, path, message }) => ({ code, path, message }));
};

describe("validateProfile", () => {
  it("accepts a valid profile and rewrites each reference to the element's qualified id", () => {
    const input: DeterminantProfileInput = {
      id: "clinic-a",
      title: "Clinic A",
      determinants: [
        { determinant: "tdf-v2:Knowledge", valence: "barrier", strength: -2, importance: 5, changeability: 4 },
        { determinant: "com-b:C-Ps", valence: "facilitator", strength: 1, importance: 3, changeability: 3 },
        {
          determinant: "cfir-2009:planning",
          valence: "barrier",
          importance: 4,
          changeability: 2,
          level: "organisation",
          populations: ["rural patients"],
          reportedBy: "nurse lead",
          note: "no written plan",
        },
      ],
    };
    const result = validateProfile(input);
    expect(result).toEqual({
      success: true,
      data: {
        id: "clinic-a",
        title: "Clinic A",
        determinants: [
          { determinant: "tdf-v2:knowledge", valence: "barrier", strength: -2, importance: 5, changeability: 4 },
          {
            determinant: "com-b:psychological-capability",
            valence: "facilitator",
            strength: 1,
            importance: 3,
            changeability: 3,
          },
          { ...input.determinants[2], determinant: "cfir-2009:planning" },
        ],
      },
      warnings: [],
    });
    expect(input.determinants[0]?.determinant).toBe("tdf-v2:Knowledge");
    expect(Object.isFrozen(input)).toBe(false);
    if (result.success) expect(Object.isFrozen(result.data.determinants[0])).toBe(true);
  });

  it("reports an unknown reference with the closest elements", () => {
    expect(issuesOf({ determinants: [{ determinant: "tdf-v2:Knowlege", valence: "barrier" }] })).toEqual([
      {
        code: "unknown-reference",
        path: ["determinants", 0, "determinant"],
        message:
          'determinants.0.determinant: Unknown tdf-v2 reference "Knowlege". Did you mean tdf-v2:knowledge (Knowledge)?',
      },
    ]);
  });

  it("reports ambiguous, prefix-less and unknown-framework references with their codes", () => {
    const issues = issuesOf({
      determinants: [
        { determinant: "tdf-v2:Identity", valence: "barrier" },
        { determinant: "knowledge", valence: "barrier" },
        { determinant: "tdf:knowledge", valence: "barrier" },
      ],
    });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["ambiguous-reference", ["determinants", 0, "determinant"]],
      ["invalid-reference", ["determinants", 1, "determinant"]],
      ["unknown-framework", ["determinants", 2, "determinant"]],
    ]);
    expect(issues[0]?.message).toContain("tdf-v2:optimism.identity (Identity)");
  });

  it("reports the same element listed twice with the same valence, but not as barrier and facilitator", () => {
    const issues = issuesOf({
      determinants: [
        { determinant: "tdf-v2:knowledge", valence: "barrier" },
        { determinant: "tdf-v2:Knowledge", valence: "facilitator" },
        { determinant: "tdf-v2:1", valence: "barrier" },
      ],
    });
    expect(issues).toEqual([
      {
        code: "duplicate-determinant",
        path: ["determinants", 2, "determinant"],
        message:
          "determinants.2.determinant: tdf-v2:knowledge is already listed as a barrier at determinants.0: merge the two into one.",
      },
    ]);
  });

  it("reports a strength whose sign contradicts the valence, and warns about a neutral one", () => {
    const result = validateProfile({
      determinants: [
        { determinant: "com-b:capability", valence: "barrier", strength: 1, importance: 3, changeability: 3 },
        { determinant: "com-b:opportunity", valence: "facilitator", strength: -2, importance: 3, changeability: 3 },
        { determinant: "com-b:motivation", valence: "barrier", strength: 0, importance: 3, changeability: 3 },
      ],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["strength-contradicts-valence", ["determinants", 0, "strength"]],
      ["strength-contradicts-valence", ["determinants", 1, "strength"]],
    ]);
    expect(result.issues[0]?.message).toBe(
      "determinants.0.strength: strength +1 contradicts the valence \"barrier\": a barrier's strength is -2 to 0, a facilitator's 0 to +2. Correct one of the two.",
    );
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([
      ["neutral-strength", ["determinants", 2, "strength"]],
    ]);
  });

  it("reports schema problems with their zod-derived codes, together with the reference problems", () => {
    const issues = issuesOf({
      determinants: [
        { determinant: "tdf-v2:knowledge", valence: "obstacle", importance: 7 },
        { determinant: "tdf-v2:nope", valence: "barrier", changeability: 2.5, colour: "red" },
        { valence: "barrier" },
      ],
    });
    expect(issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["invalid-value", "determinants.0.valence"],
      ["too-big", "determinants.0.importance"],
      ["invalid-type", "determinants.1.changeability"],
      ["unknown-field", "determinants.1.colour"],
      ["unknown-reference", "determinants.1.determinant"],
      ["missing-field", "determinants.2.determinant"],
    ]);
  });

  it("reports input that is not a profile at all", () => {
    expect(issuesOf(null).map((i) => i.code)).toEqual(["invalid-type"]);
    expect(issuesOf({}).map((i) => [i.code, i.path])).toEqual([["missing-field", ["determinants"]]]);
    expect(issuesOf({ determinants: "tdf-v2:knowledge" }).map((i) => i.code)).toEqual(["invalid-type"]);
  });

  it("warns, without failing, about unrated determinants and an empty profile", () => {
    const some = validateProfile({
      determinants: [
        { determinant: "tdf-v2:knowledge", valence: "barrier", importance: 4, changeability: 4 },
        { determinant: "tdf-v2:skills", valence: "barrier", importance: 4 },
      ],
    });
    expect(some.success).toBe(true);
    expect(some.warnings).toEqual([
      {
        code: "unrated-determinant",
        path: ["determinants", 1],
        message:
          "determinants.1: no changeability rating: prioritise() ranks it after every determinant rated on both.",
      },
    ]);
    const none = validateProfile({ determinants: [{ determinant: "tdf-v2:knowledge", valence: "barrier" }] });
    expect(none.warnings.map((w) => [w.code, w.path])).toEqual([["unrated-determinant", ["determinants"]]]);
    const empty = validateProfile({ determinants: [] });
    expect(empty.success).toBe(true);
    expect(empty.warnings.map((w) => w.code)).toEqual(["empty-profile"]);
  });

  it("never throws, even on input whose getters throw", () => {
    const hostile = {
      get determinants(): never {
        throw new Error("no access");
      },
    };
    expect(validateProfile(hostile)).toEqual({
      success: false,
      issues: [{ code: "invalid-input", path: [], message: "The profile could not be read: no access." }],
      warnings: [],
    });
  });
});
