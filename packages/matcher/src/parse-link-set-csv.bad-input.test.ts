// The link-set CSV rows of docs/bad-input.md (long and wide format): each test measures one class of bad input and
// checks that the table shows what it got (codes and messages verbatim).
import type { ValidationIssue, ValidationResult } from "@impsci/determinants";
import { afterAll, describe, expect, it } from "vitest";
import { expectDocumented, expectEveryRowTested } from "../../../scripts/test-utils/bad-input";
import { deeplyNestedJson, expectNoPollution, withinTime } from "../../../scripts/test-utils/fuzz";
import { type ParseLinkSetCsvOptions, parseLinkSetCsv } from "./parse-link-set-csv";

const FILE = "packages/matcher/src/parse-link-set-csv.bad-input.test.ts";
afterAll(() => expectEveryRowTested(FILE));

function issuesOf(result: ValidationResult<unknown>): readonly ValidationIssue[] {
  if (result.success) return expect.fail("expected the input to be refused");
  return result.issues;
}

const documented = (...texts: string[]) => expectDocumented(FILE, ...texts);
const documentIssues = (issues: readonly ValidationIssue[]) =>
  documented(...issues.flatMap((issue) => [issue.code, issue.message]));
const brief = (issues: readonly ValidationIssue[]) => issues.map((issue) => [issue.code, issue.path]);

const LONG: ParseLinkSetCsvOptions = { id: "mine", weightKind: "percent" };
const WIDE: ParseLinkSetCsvOptions = { id: "mine", from: "cfir-2009", to: "eric", weightKind: "percent" };
const long = (text: string, options: Partial<ParseLinkSetCsvOptions> = {}) =>
  parseLinkSetCsv(text, { ...LONG, ...options });
const wide = (text: string, options: Partial<ParseLinkSetCsvOptions> = {}) =>
  parseLinkSetCsv(text, { ...WIDE, ...options });

const GOOD_LONG = "from,to,weight,note\ncfir-2009:planning,eric:56,50%,a note\ncfir-2009:planning,eric:5,12.5,\n";
const GOOD_WIDE = "Strategy,Planning,Reflecting & Evaluating\nAudit and provide feedback,12%,56%\nFacilitation,40%,\n";

describe("link-set CSV, long", () => {
  it("empty file", () => {
    const issues = issuesOf(long(""));
    expect(brief(issues)).toEqual([["empty-file", []]]);
    documentIssues(issues);
  });

  it("header only", () => {
    const issues = issuesOf(long("from,to,weight\r\n"));
    expect(brief(issues)).toEqual([["no-links", []]]);
    documentIssues(issues);
  });

  it("wrong columns", () => {
    // Without from, to and weight in the header, the file reads as the wide format (its header as references).
    const inferred = issuesOf(long("from,to,wieght\ncfir-2009:planning,eric:56,50\n"));
    expect(brief(inferred)).toEqual([
      ["missing-scheme", [1, "to"]],
      ["missing-scheme", [1, "wieght"]],
    ]);
    const result = long("from,to,wieght\ncfir-2009:planning,eric:56,50\n", { format: "long" });
    expect(brief(issuesOf(result))).toEqual([["missing-column", [1]]]);
    expect(brief(result.warnings)).toEqual([["unknown-column", [1, "wieght"]]]);
    documentIssues([...inferred, ...issuesOf(result), ...result.warnings]);
  });

  it("duplicate columns", () => {
    const issues = issuesOf(long("from,to,weight,Weight\ncfir-2009:planning,eric:56,50,60\n"));
    expect(brief(issues)).toEqual([["duplicate-column", [1, "Weight"]]]);
    documentIssues(issues);
  });

  it("byte-order mark", () => {
    expect(long(`\uFEFF${GOOD_LONG}`)).toEqual(long(GOOD_LONG));
    expect(long(GOOD_LONG).success).toBe(true);
    documented("success", "same link set");
  });

  it("CRLF and CR line ends", () => {
    expect(long(GOOD_LONG.replace(/\n/g, "\r\n"))).toEqual(long(GOOD_LONG));
    expect(long(GOOD_LONG.replace(/\n/g, "\r"))).toEqual(long(GOOD_LONG));
    documented("success", "same link set");
  });

  it("quoted newlines", () => {
    const text =
      'from,to,weight,note\ncfir-2009:planning,eric:56,50,"Table 1,\r\nsecond line"\ncfir-2009:planning,eric:5,x,\n';
    const issues = issuesOf(long(text));
    expect(brief(issues)).toEqual([["invalid-number", [4, "weight"]]]);
    const kept = long(text.replace(",x,", ",5,"));
    expect(kept.success && kept.data.links[0]?.note).toBe("Table 1,\r\nsecond line");
    documented("note kept verbatim", ...issues.flatMap((issue) => [issue.code, issue.message]));
  });

  it("wrong delimiter", () => {
    const issues = issuesOf(long("from;to;weight\ncfir-2009:planning;eric:56;50\n"));
    expect(brief(issues)).toEqual([["wrong-delimiter", [1]]]);
    documentIssues(issues);
  });

  it("NaN", () => {
    const issues = issuesOf(long("from,to,weight\ncfir-2009:planning,eric:56,NaN\n"));
    expect(issues).toMatchObject([{ code: "invalid-number", path: [2, "weight"], value: "NaN" }]);
    documentIssues(issues);
  });

  it("Infinity", () => {
    const issues = issuesOf(
      long("from,to,weight\ncfir-2009:planning,eric:56,Infinity\ncfir-2009:planning,eric:5,1e309\n"),
    );
    expect(brief(issues)).toEqual([
      ["invalid-number", [2, "weight"]],
      ["invalid-weight", [3, "weight"]],
    ]);
    documentIssues(issues);
  });

  it("negative or out-of-range numbers", () => {
    const issues = issuesOf(
      long(
        "from,to,weight,count,n\ncfir-2009:planning,eric:56,-5,,\ncfir-2009:planning,eric:5,150%,,\ncfir-2009:planning,eric:1,50,30,25\ncfir-2009:planning,eric:2,50,-1,0\n",
      ),
    );
    expect(brief(issues)).toEqual([
      ["invalid-weight", [2, "weight"]],
      ["invalid-weight", [3, "weight"]],
      ["count-above-n", [4, "count"]],
      ["invalid-count", [5, "count"]],
      ["invalid-count", [5, "n"]],
    ]);
    const binary = issuesOf(
      long("from,to,weight\ncom-b:physical-capability,bcw:training,0.5\n", { weightKind: "binary" }),
    );
    expect(brief(binary)).toEqual([["invalid-weight", [2, "weight"]]]);
    documentIssues([...issues, ...binary]);
  });

  it("unknown references", () => {
    const issues = issuesOf(
      long(
        "from,to,weight\ncfir-2009:Planing,eric:Audit and provide feedbak,50\ncfir-2009:planning,eric:Facilitation,50\n",
      ),
    );
    expect(brief(issues)).toEqual([
      ["unknown-reference", [2, "from"]],
      ["unknown-reference", [2, "to"]],
    ]);
    const schemes = issuesOf(long("from,to,weight\nnope:x,eric:56,50\nPlanning,eric:5,50\n"));
    expect(brief(schemes)).toEqual([["missing-scheme", [3, "from"]]]);
    const unknownScheme = issuesOf(long("from,to,weight\nnope:x,eric:56,50\n"));
    expect(brief(unknownScheme)).toEqual([["unknown-scheme", [2, "from"]]]);
    const mixed = issuesOf(long("from,to,weight\ncfir-2009:planning,eric:56,50\ntdf-v2:knowledge,eric:5,50\n"));
    expect(brief(mixed)).toEqual([["mixed-schemes", ["links", "from"]]]);
    documentIssues([...issues, ...schemes, ...unknownScheme, ...mixed]);
  });

  it("ambiguous references", () => {
    const issues = issuesOf(
      long("from,to,weight\ntdf-v2:Identity,com-b:reflective-motivation,1\n", { weightKind: "binary" }),
    );
    expect(brief(issues)).toEqual([["ambiguous-reference", [2, "from"]]]);
    documentIssues(issues);
  });

  it("duplicate links", () => {
    const issues = issuesOf(
      long(
        "from,to,weight\ncfir-2009:planning,eric:56,50\ncfir-2009:Planning,eric:Purposely reexamine the implementation,60\n",
      ),
    );
    expect(brief(issues)).toEqual([["duplicate-link", [3, "weight"]]]);
    documentIssues(issues);
  });

  it("__proto__, constructor, prototype as column names", () => {
    const result = long("from,to,weight,__proto__,constructor,prototype\ncfir-2009:planning,eric:56,50,1,2,3\n");
    expect(result.success).toBe(true);
    expect(brief(result.warnings)).toEqual([
      ["unknown-column", [1, "__proto__"]],
      ["unknown-column", [1, "constructor"]],
      ["unknown-column", [1, "prototype"]],
    ]);
    expectNoPollution();
    documented("success", ...result.warnings.flatMap((w) => [w.code, w.message]));
  });

  it("__proto__, constructor, prototype as values", () => {
    const issues = issuesOf(long("from,to,weight,evidence\ncfir-2009:__proto__,eric:constructor,50,prototype\n"));
    expect(brief(issues)).toEqual([
      ["unknown-reference", [2, "from"]],
      ["unknown-reference", [2, "to"]],
      ["invalid-evidence", [2, "evidence"]],
    ]);
    const proto = issuesOf(long("from,to,weight\n__proto__,eric:56,50\n"));
    expect(brief(proto)).toEqual([["missing-scheme", [2, "from"]]]);
    const scheme = issuesOf(long("from,to,weight\nconstructor:prototype,eric:56,50\n"));
    expect(brief(scheme)).toEqual([["unknown-scheme", [2, "from"]]]);
    const kept = long("from,to,weight,note\ncfir-2009:planning,eric:56,50,__proto__\n");
    expect(kept.success && kept.data.links[0]?.note).toBe("__proto__");
    expectNoPollution();
    documentIssues([...issues, ...proto, ...scheme]);
  });

  it("deeply nested JSON in a cell", () => {
    const nested = deeplyNestedJson(10_000);
    const result = long(`from,to,weight,note\ncfir-2009:planning,eric:56,50,"${nested.replace(/"/g, '""')}"\n`);
    expect(result.success && result.data.links[0]?.note).toBe(nested);
    documented("note kept verbatim");
  });

  it("very long fields", () => {
    const note = "n".repeat(1_000_000);
    const kept = withinTime(() => long(`from,to,weight,note\ncfir-2009:planning,eric:56,50,${note}\n`), 5_000);
    expect(kept.success && kept.data.links[0]?.note).toBe(note);
    const weight = issuesOf(
      withinTime(() => long(`from,to,weight\ncfir-2009:planning,eric:56,${"9".repeat(1_000_000)}\n`), 5_000),
    );
    expect(brief(weight)).toEqual([["invalid-weight", [2, "weight"]]]);
    const ref = issuesOf(
      withinTime(() => long(`from,to,weight\ncfir-2009:planning,eric:${"a".repeat(100_000)},50\n`), 5_000),
    );
    expect(brief(ref)).toEqual([["unknown-reference", [2, "to"]]]);
    expect(ref[0]?.message.startsWith('Line 2, column "to" ("eric:aaaaa')).toBe(true);
    documented("note kept verbatim", "invalid-weight", "unknown-reference", 'Line 2, column "to" ("eric:aaaaa');
  });
});

describe("link-set CSV, wide", () => {
  it("empty file", () => {
    const issues = issuesOf(wide("\uFEFF\r\n"));
    expect(brief(issues)).toEqual([["empty-file", []]]);
    documentIssues(issues);
  });

  it("header only", () => {
    const issues = issuesOf(wide("Strategy,Planning,Reflecting & Evaluating\n"));
    expect(brief(issues)).toEqual([["no-links", []]]);
    const blank = issuesOf(wide("Strategy,Planning\nFacilitation,\n"));
    expect(brief(blank)).toEqual([["no-links", []]]);
    documentIssues([...issues, ...blank]);
  });

  it("wrong columns", () => {
    const one = issuesOf(wide("Strategy\nFacilitation\n"));
    expect(brief(one)).toEqual([["missing-column", [1]]]);
    const unnamed = issuesOf(wide("Strategy,Planning,\nFacilitation,10,20\n"));
    expect(brief(unnamed)).toEqual([["missing-value", [1, "column 3"]]]);
    const extra = issuesOf(wide("Strategy,Planning\nFacilitation,10,20\n"));
    expect(brief(extra)).toEqual([["extra-cells", [2, "column 3"]]]);
    documentIssues([...one, ...unnamed, ...extra]);
  });

  it("duplicate columns", () => {
    const issues = issuesOf(wide("Strategy,Planning,Planning\nFacilitation,10,20\n"));
    expect(brief(issues)).toEqual([["duplicate-link", [2, "Planning"]]]);
    documentIssues(issues);
  });

  it("byte-order mark", () => {
    expect(wide(`\uFEFF${GOOD_WIDE}`)).toEqual(wide(GOOD_WIDE));
    expect(wide(GOOD_WIDE).success).toBe(true);
    documented("success", "same link set");
  });

  it("CRLF and CR line ends", () => {
    expect(wide(GOOD_WIDE.replace(/\n/g, "\r\n"))).toEqual(wide(GOOD_WIDE));
    expect(wide(GOOD_WIDE.replace(/\n/g, "\r"))).toEqual(wide(GOOD_WIDE));
    documented("success", "same link set");
  });

  it("quoted newlines", () => {
    const text = 'Strategy,Planning\n"Audit and provide\r\nfeedback",10%\nFacilitaton,20%\n';
    const issues = issuesOf(wide(text));
    expect(brief(issues)).toEqual([["unknown-reference", [4, "Strategy"]]]);
    const kept = wide(text.replace("Facilitaton", "Facilitation"));
    expect(kept.success && kept.data.links[0]?.to).toBe("eric:audit-and-provide-feedback");
    documented("resolves", ...issues.flatMap((issue) => [issue.code, issue.message]));
  });

  it("wrong delimiter", () => {
    const issues = issuesOf(wide("Strategy\tPlanning\nFacilitation\t10\n"));
    expect(brief(issues)).toEqual([["wrong-delimiter", [1]]]);
    documentIssues(issues);
  });

  it("NaN", () => {
    const issues = issuesOf(wide("Strategy,Planning\nFacilitation,NaN\n"));
    expect(brief(issues)).toEqual([["invalid-number", [2, "Planning"]]]);
    documentIssues(issues);
  });

  it("Infinity", () => {
    const issues = issuesOf(wide("Strategy,Planning,Reflecting & Evaluating\nFacilitation,Infinity,1e309%\n"));
    expect(brief(issues)).toEqual([
      ["invalid-number", [2, "Planning"]],
      ["invalid-weight", [2, "Reflecting & Evaluating"]],
    ]);
    documentIssues(issues);
  });

  it("negative or out-of-range numbers", () => {
    const issues = issuesOf(wide("Strategy,Planning,Reflecting & Evaluating\nFacilitation,-5%,101%\n"));
    expect(brief(issues)).toEqual([
      ["invalid-weight", [2, "Planning"]],
      ["invalid-weight", [2, "Reflecting & Evaluating"]],
    ]);
    documentIssues(issues);
  });

  it("unknown references", () => {
    const issues = issuesOf(wide("Strategy,Planing\nAudit and provide feedbak,10\n"));
    expect(brief(issues)).toEqual([
      ["unknown-reference", [1, "Planing"]],
      ["unknown-reference", [2, "Strategy"]],
    ]);
    const inferred = issuesOf(wide("Strategy,Planning\nFacilitation,10\n", { from: undefined, to: undefined }));
    expect(brief(inferred)).toEqual([
      ["missing-scheme", [1, "Planning"]],
      ["missing-scheme", [2, "Strategy"]],
    ]);
    documentIssues([...issues, ...inferred]);
  });

  it("ambiguous references", () => {
    const issues = issuesOf(
      wide("Component,Identity\nReflective motivation,1\n", { from: "tdf-v2", to: "com-b", weightKind: "binary" }),
    );
    expect(brief(issues)).toEqual([["ambiguous-reference", [1, "Identity"]]]);
    documentIssues(issues);
  });

  it("duplicate links", () => {
    const issues = issuesOf(wide("Strategy,Planning\nFacilitation,10\neric:Facilitation,20\n"));
    expect(brief(issues)).toEqual([["duplicate-link", [3, "Planning"]]]);
    documentIssues(issues);
  });

  it("__proto__, constructor, prototype as column names", () => {
    const issues = issuesOf(wide("__proto__,constructor,prototype\nFacilitation,10,20\n"));
    expect(brief(issues)).toEqual([
      ["unknown-reference", [1, "constructor"]],
      ["unknown-reference", [1, "prototype"]],
    ]);
    expectNoPollution();
    documentIssues(issues);
  });

  it("__proto__, constructor, prototype as values", () => {
    const issues = issuesOf(wide("Strategy,Planning\n__proto__,10\nFacilitation,constructor\n"));
    expect(brief(issues)).toEqual([
      ["unknown-reference", [2, "Strategy"]],
      ["invalid-number", [3, "Planning"]],
    ]);
    expectNoPollution();
    documentIssues(issues);
  });

  it("deeply nested JSON in a cell", () => {
    const nested = deeplyNestedJson(1_000);
    const issues = issuesOf(wide(`Strategy,Planning\nFacilitation,"${nested.replace(/"/g, '""')}"\n`));
    expect(brief(issues)).toEqual([["invalid-number", [2, "Planning"]]]);
    expect(issues[0]?.value).toBe(nested);
    documented("invalid-number", 'Line 2, column "Planning" ("{"a":{"a":');
  });

  it("very long fields", () => {
    const weight = issuesOf(
      withinTime(() => wide(`Strategy,Planning\nFacilitation,${"9".repeat(1_000_000)}%\n`), 5_000),
    );
    expect(brief(weight)).toEqual([["invalid-weight", [2, "Planning"]]]);
    const head = "P".repeat(100_000);
    const ref = issuesOf(withinTime(() => wide(`Strategy,${head}\nFacilitation,10\n`), 5_000));
    expect(brief(ref)).toEqual([["unknown-reference", [1, head]]]);
    expect(ref[0]?.message.startsWith('Line 1, column "PPPPP')).toBe(true);
    documented("invalid-weight", "unknown-reference", 'Line 1, column "PPPPP');
  });
});
