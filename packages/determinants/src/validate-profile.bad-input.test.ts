// The profile JSON rows of docs/bad-input.md: each test measures one class of bad input and checks that the table
// shows what it got (codes and messages verbatim). JSON text goes through JSON.parse, as the CLI reads it.
import { afterAll, describe, expect, it } from "vitest";
import { expectDocumented, expectEveryRowTested } from "../../../scripts/test-utils/bad-input";
import { deeplyNested, deeplyNestedJson, expectNoPollution, withinTime } from "../../../scripts/test-utils/fuzz";
import { validateProfile } from "./validate-profile";
import type { ValidationIssue, ValidationResult } from "./validation";

const FILE = "packages/determinants/src/validate-profile.bad-input.test.ts";
afterAll(() => expectEveryRowTested(FILE));

function issuesOf(result: ValidationResult<unknown>): readonly ValidationIssue[] {
  if (result.success) return expect.fail("expected the input to be refused");
  return result.issues;
}

const documented = (...texts: string[]) => expectDocumented(FILE, ...texts);
const documentIssues = (issues: readonly ValidationIssue[]) =>
  documented(...issues.flatMap((issue) => [issue.code, issue.message]));
const one = (fields: Record<string, unknown>) => ({
  determinants: [{ determinant: "tdf-v2:knowledge", valence: "barrier", ...fields }],
});

describe("profile JSON", () => {
  it("empty input", () => {
    const nothing = issuesOf(validateProfile(undefined));
    const empty = issuesOf(validateProfile({}));
    expect(nothing).toMatchObject([{ code: "missing-field", path: [] }]);
    expect(empty).toMatchObject([{ code: "missing-field", path: ["determinants"] }]);
    documentIssues([...nothing, ...empty]);
  });

  it("no determinants", () => {
    const result = validateProfile(JSON.parse('{"determinants": []}'));
    expect(result.success && result.data.determinants).toEqual([]);
    expect(result.warnings).toMatchObject([{ code: "empty-profile", path: ["determinants"] }]);
    documented("success", ...result.warnings.flatMap((w) => [w.code, w.message]));
  });

  it("wrong fields", () => {
    const issues = issuesOf(
      validateProfile({ determinants: [{ determinant: "tdf-v2:knowledge", valance: "barrier" }], site: "A" }),
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown-field", ["site"]],
      ["invalid-value", ["determinants", 0, "valence"]],
      ["unknown-field", ["determinants", 0, "valance"]],
    ]);
    documentIssues(issues);
  });

  it("duplicate keys", () => {
    const text = '{"determinants":[{"determinant":"tdf-v2:knowledge","valence":"barrier","valence":"facilitator"}]}';
    const result = validateProfile(JSON.parse(text));
    expect(result.success && result.data.determinants[0]?.valence).toBe("facilitator");
    documented("success", "the last");
  });

  it("CRLF and line breaks in strings", () => {
    const result = validateProfile(
      JSON.parse(
        '{\r\n"determinants": [\r\n{"determinant": "tdf-v2:knowledge", "valence": "barrier", "note": "a\\r\\nb\\nc"}]}',
      ),
    );
    expect(result.success && result.data.determinants[0]?.note).toBe("a\r\nb\nc");
    documented("success", "kept verbatim");
  });

  it("NaN", () => {
    const issues = issuesOf(validateProfile(one({ importance: Number.NaN })));
    expect(issues).toMatchObject([{ code: "invalid-type", path: ["determinants", 0, "importance"] }]);
    documentIssues(issues);
  });

  it("Infinity", () => {
    const issues = issuesOf(
      validateProfile(
        JSON.parse('{"determinants":[{"determinant":"tdf-v2:knowledge","valence":"barrier","strength":-1e309}]}'),
      ),
    );
    expect(issues).toMatchObject([{ code: "invalid-type", path: ["determinants", 0, "strength"] }]);
    documentIssues(issues);
  });

  it("negative or out-of-range numbers", () => {
    const issues = issuesOf(
      validateProfile({
        determinants: [
          { determinant: "tdf-v2:knowledge", valence: "barrier", strength: -3, importance: 0, changeability: 6 },
          { determinant: "tdf-v2:skills", valence: "barrier", strength: 1, importance: 2.5 },
        ],
      }),
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["too-small", ["determinants", 0, "strength"]],
      ["too-small", ["determinants", 0, "importance"]],
      ["too-big", ["determinants", 0, "changeability"]],
      ["invalid-type", ["determinants", 1, "importance"]],
      ["strength-contradicts-valence", ["determinants", 1, "strength"]],
    ]);
    documentIssues(issues);
  });

  it("unknown references", () => {
    const issues = issuesOf(
      validateProfile({
        determinants: [
          { determinant: "tdf-v2:Knowlege", valence: "barrier" },
          { determinant: "tdf-v3:knowledge", valence: "barrier" },
          { determinant: "knowledge", valence: "barrier" },
        ],
      }),
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown-reference", ["determinants", 0, "determinant"]],
      ["unknown-framework", ["determinants", 1, "determinant"]],
      ["invalid-reference", ["determinants", 2, "determinant"]],
    ]);
    documentIssues(issues);
  });

  it("ambiguous references", () => {
    const issues = issuesOf(validateProfile({ determinants: [{ determinant: "tdf-v2:Beliefs", valence: "barrier" }] }));
    expect(issues).toMatchObject([{ code: "ambiguous-reference", path: ["determinants", 0, "determinant"] }]);
    documentIssues(issues);
  });

  it("duplicate determinants", () => {
    const issues = issuesOf(
      validateProfile({
        determinants: [
          { determinant: "tdf-v2:knowledge", valence: "barrier" },
          { determinant: "tdf-v2:1", valence: "barrier" },
        ],
      }),
    );
    expect(issues).toMatchObject([{ code: "duplicate-determinant", path: ["determinants", 1, "determinant"] }]);
    documentIssues(issues);
  });

  it("__proto__, constructor, prototype as keys", () => {
    const text =
      '{"__proto__":{"polluted":true},"determinants":[{"determinant":"tdf-v2:knowledge","valence":"barrier","constructor":{"prototype":{"polluted":true}},"prototype":1}]}';
    const issues = issuesOf(validateProfile(JSON.parse(text)));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown-field", ["__proto__"]],
      ["unknown-field", ["determinants", 0, "constructor"]],
      ["unknown-field", ["determinants", 0, "prototype"]],
    ]);
    expectNoPollution();
    documentIssues(issues);
  });

  it("__proto__, constructor, prototype as values", () => {
    const issues = issuesOf(
      validateProfile({
        id: "__proto__",
        determinants: [
          { determinant: "__proto__", valence: "constructor" },
          { determinant: "tdf-v2:prototype", valence: "barrier", level: "__proto__" },
        ],
      }),
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid-value", ["determinants", 0, "valence"]],
      ["invalid-reference", ["determinants", 0, "determinant"]],
      ["invalid-value", ["determinants", 1, "level"]],
      ["unknown-reference", ["determinants", 1, "determinant"]],
    ]);
    const kept = validateProfile({ id: "__proto__", determinants: [one({ note: "constructor" }).determinants[0]] });
    expect(kept.success && kept.data.id).toBe("__proto__");
    expectNoPollution();
    documentIssues(issues);
  });

  it("deeply nested JSON", () => {
    const inField = issuesOf(validateProfile(one({ note: deeplyNested(100_000) })));
    const extra = issuesOf(validateProfile({ ...one({}), extra: JSON.parse(deeplyNestedJson(100_000)) }));
    expect(inField).toMatchObject([{ code: "invalid-type", path: ["determinants", 0, "note"] }]);
    expect(extra).toMatchObject([{ code: "unknown-field", path: ["extra"] }]);
    documentIssues([...inField, ...extra]);
  });

  it("very long fields", () => {
    const note = "n".repeat(1_000_000);
    const kept = withinTime(() => validateProfile(one({ note })), 5_000);
    expect(kept.success && kept.data.determinants[0]?.note).toBe(note);
    const issues = issuesOf(
      withinTime(() => validateProfile(one({ determinant: `tdf-v2:${"k".repeat(100_000)}` })), 5_000),
    );
    expect(issues).toMatchObject([{ code: "unknown-reference", path: ["determinants", 0, "determinant"] }]);
    expect(issues[0]?.message.startsWith('determinants.0.determinant: Unknown tdf-v2 reference "kkkkk')).toBe(true);
    documented("kept verbatim", "unknown-reference", 'determinants.0.determinant: Unknown tdf-v2 reference "kkkkk');
  });
});
