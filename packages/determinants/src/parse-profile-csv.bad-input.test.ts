// The profile CSV rows of docs/bad-input.md: each test measures one class of bad input and checks that the table
// shows what it got (codes and messages verbatim).
import { afterAll, describe, expect, it } from "vitest";
import { expectDocumented, expectEveryRowTested } from "../../../scripts/test-utils/bad-input";
import { deeplyNestedJson, expectNoPollution, withinTime } from "../../../scripts/test-utils/fuzz";
import { parseProfileCsv } from "./parse-profile-csv";
import { readCsv } from "./read-csv";
import type { ValidationIssue, ValidationResult } from "./validation";

const FILE = "packages/determinants/src/parse-profile-csv.bad-input.test.ts";
afterAll(() => expectEveryRowTested(FILE));

function issuesOf(result: ValidationResult<unknown>): readonly ValidationIssue[] {
  if (result.success) return expect.fail("expected the input to be refused");
  return result.issues;
}

const documented = (...texts: string[]) => expectDocumented(FILE, ...texts);
const documentIssues = (issues: readonly ValidationIssue[]) =>
  documented(...issues.flatMap((issue) => [issue.code, issue.message]));

const GOOD = "determinant,valence\ntdf-v2:knowledge,barrier\ncfir-2009:planning,facilitator\n";
const good = parseProfileCsv(GOOD);

describe("profile CSV", () => {
  it("empty file", () => {
    for (const text of ["", "\uFEFF", "\r\n \r\n\t\n"]) {
      const issues = issuesOf(parseProfileCsv(text));
      expect(issues).toMatchObject([{ code: "empty-file", path: [] }]);
      documentIssues(issues);
    }
  });

  it("header only", () => {
    const result = parseProfileCsv("determinant,valence\r\n");
    expect(result.success && result.data.determinants).toEqual([]);
    expect(result.warnings).toMatchObject([{ code: "empty-profile", path: [] }]);
    documented("success", ...result.warnings.flatMap((w) => [w.code, w.message]));
  });

  it("wrong columns", () => {
    const issues = issuesOf(parseProfileCsv("determinant,valance,importance\ntdf-v2:knowledge,barrier,4\n"));
    expect(issues).toMatchObject([
      { code: "unknown-column", path: [1, "valance"], row: 1, column: "valance" },
      { code: "missing-column", path: [1, "valence"], row: 1, column: "valence" },
    ]);
    documentIssues(issues);
  });

  it("duplicate columns", () => {
    const issues = issuesOf(parseProfileCsv("determinant,valence,Valence\ntdf-v2:knowledge,barrier,facilitator\n"));
    expect(issues).toMatchObject([{ code: "duplicate-column", path: [1, "Valence"], row: 1 }]);
    documentIssues(issues);
  });

  it("byte-order mark", () => {
    const result = parseProfileCsv(`\uFEFF${GOOD}`);
    expect(result).toEqual(good);
    const issues = issuesOf(parseProfileCsv("\uFEFFdeterminant,valence\ntdf-v2:nope,barrier\n"));
    expect(issues).toMatchObject([{ code: "unknown-reference", row: 2 }]);
    documented("success", "same profile");
  });

  it("CRLF and CR line ends", () => {
    expect(parseProfileCsv(GOOD.replace(/\n/g, "\r\n"))).toEqual(good);
    expect(parseProfileCsv(GOOD.replace(/\n/g, "\r"))).toEqual(good);
    const issues = issuesOf(
      parseProfileCsv("determinant,valence\r\n\r\ntdf-v2:knowledge,barrier\r\ntdf-v2:nope,barrier"),
    );
    expect(issues).toMatchObject([{ code: "unknown-reference", row: 4 }]);
    documented("success", "same profile", "row 4");
  });

  it("quoted newlines", () => {
    const text =
      'determinant,valence,note\ntdf-v2:knowledge,barrier,"first line\r\nsecond, line"\ntdf-v2:nope,barrier,\n';
    const issues = issuesOf(parseProfileCsv(text));
    expect(issues).toMatchObject([{ code: "unknown-reference", path: [4, "determinant"], row: 4 }]);
    const kept = parseProfileCsv(text.replace("tdf-v2:nope", "tdf-v2:skills"));
    expect(kept.success && kept.data.determinants[0]?.note).toBe("first line\r\nsecond, line");
    documented("note kept verbatim", "row 4");
  });

  it("quoted newlines in the header", () => {
    // The first line holds a semicolon but ends inside a quoted cell: not taken for a semicolon-separated file.
    const read = readCsv('"Notes;\nremarks",determinant,valence\n,tdf-v2:knowledge,barrier\n');
    expect(read.success && read.data.header).toEqual(["Notes;\nremarks", "determinant", "valence"]);
    const issues = issuesOf(parseProfileCsv('"Notes;\nremarks",determinant,valence\nfine,tdf-v2:knowledge,barrier\n'));
    expect(issues).toMatchObject([{ code: "unknown-column", row: 1 }]);
    documentIssues(issues);
  });

  it("wrong delimiter", () => {
    for (const text of ["determinant;valence\ntdf-v2:knowledge;barrier\n", "determinant\tvalence\n"]) {
      const issues = issuesOf(parseProfileCsv(text));
      expect(issues).toMatchObject([{ code: "wrong-delimiter", path: [1], row: 1 }]);
      documentIssues(issues);
    }
  });

  it("NaN", () => {
    const issues = issuesOf(parseProfileCsv("determinant,valence,importance\ntdf-v2:knowledge,barrier,NaN\n"));
    expect(issues).toMatchObject([{ code: "invalid-value", path: [2, "importance"], value: "NaN" }]);
    documentIssues(issues);
  });

  it("Infinity", () => {
    const issues = issuesOf(
      parseProfileCsv("determinant,valence,strength,importance\ntdf-v2:knowledge,barrier,-Infinity,1e309\n"),
    );
    expect(issues.map((issue) => [issue.code, issue.column, issue.value])).toEqual([
      ["invalid-value", "strength", "-Infinity"],
      ["invalid-value", "importance", "1e309"],
    ]);
    documentIssues(issues);
  });

  it("negative or out-of-range numbers", () => {
    const issues = issuesOf(
      parseProfileCsv(
        "determinant,valence,strength,importance,changeability\ntdf-v2:knowledge,barrier,-3,0,6\ntdf-v2:skills,barrier,+1,2.5,-1\n",
      ),
    );
    expect(issues.map((issue) => [issue.code, issue.row, issue.column, issue.value])).toEqual([
      ["invalid-value", 2, "strength", "-3"],
      ["invalid-value", 2, "importance", "0"],
      ["invalid-value", 2, "changeability", "6"],
      ["invalid-value", 3, "importance", "2.5"],
      ["invalid-value", 3, "changeability", "-1"],
      ["strength-contradicts-valence", 3, "strength", "+1"],
    ]);
    documentIssues([issues[0], issues[5]] as ValidationIssue[]);
  });

  it("unknown references", () => {
    const issues = issuesOf(
      parseProfileCsv("determinant,valence\ntdf-v2:Knowlege,barrier\ntdf-v3:knowledge,barrier\nknowledge,barrier\n"),
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown-reference", [2, "determinant"]],
      ["unknown-framework", [3, "determinant"]],
      ["invalid-reference", [4, "determinant"]],
    ]);
    documentIssues(issues);
  });

  it("ambiguous references", () => {
    const issues = issuesOf(parseProfileCsv("determinant,valence\ntdf-v2:Identity,barrier\n"));
    expect(issues).toMatchObject([{ code: "ambiguous-reference", path: [2, "determinant"], value: "tdf-v2:Identity" }]);
    documentIssues(issues);
  });

  it("duplicate determinants", () => {
    const issues = issuesOf(
      parseProfileCsv("determinant,valence\ntdf-v2:knowledge,barrier\ntdf-v2:Knowledge,Barrier\n"),
    );
    expect(issues).toMatchObject([{ code: "duplicate-determinant", path: [3, "determinant"], row: 3 }]);
    documentIssues(issues);
  });

  it("__proto__, constructor, prototype as column names", () => {
    const issues = issuesOf(
      parseProfileCsv("determinant,valence,__proto__,constructor,prototype\ntdf-v2:knowledge,barrier,1,2,3\n"),
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown-column", [1, "__proto__"]],
      ["unknown-column", [1, "constructor"]],
      ["unknown-column", [1, "prototype"]],
    ]);
    expectNoPollution();
    documentIssues(issues);
  });

  it("__proto__, constructor, prototype as values", () => {
    const issues = issuesOf(
      parseProfileCsv(
        "determinant,valence,level\n__proto__,barrier,\ntdf-v2:__proto__,barrier,\nconstructor:prototype,barrier,\ntdf-v2:knowledge,constructor,prototype\n",
      ),
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid-reference", [2, "determinant"]],
      ["unknown-reference", [3, "determinant"]],
      ["unknown-framework", [4, "determinant"]],
      ["invalid-value", [5, "valence"]],
      ["invalid-value", [5, "level"]],
    ]);
    const kept = parseProfileCsv(
      "determinant,valence,populations,note\ntdf-v2:knowledge,barrier,__proto__;constructor,prototype\n",
    );
    expect(kept.success && kept.data.determinants[0]).toMatchObject({
      populations: ["__proto__", "constructor"],
      note: "prototype",
    });
    expectNoPollution();
    documentIssues(issues);
  });

  it("deeply nested JSON in a cell", () => {
    const nested = deeplyNestedJson(10_000).replace(/"/g, '""');
    const result = parseProfileCsv(`determinant,valence,note\ntdf-v2:knowledge,barrier,"${nested}"\n`);
    expect(result.success && result.data.determinants[0]?.note).toBe(deeplyNestedJson(10_000));
    documented("note kept verbatim");
  });

  it("very long fields", () => {
    const note = "n".repeat(1_000_000);
    const kept = withinTime(
      () => parseProfileCsv(`determinant,valence,note\ntdf-v2:knowledge,barrier,${note}\n`),
      5_000,
    );
    expect(kept.success && kept.data.determinants[0]?.note).toBe(note);
    const long = `tdf-v2:${"k".repeat(100_000)}`;
    const issues = issuesOf(withinTime(() => parseProfileCsv(`determinant,valence\n${long},barrier\n`), 5_000));
    expect(issues).toMatchObject([{ code: "unknown-reference", path: [2, "determinant"], value: long }]);
    expect(issues[0]?.message.startsWith('Row 2, column "determinant": Unknown tdf-v2 reference "kkkkk')).toBe(true);
    documented(
      "note kept verbatim",
      "unknown-reference",
      'Row 2, column "determinant": Unknown tdf-v2 reference "kkkkk',
    );
  });
});
