// The plan JSON rows of docs/bad-input.md: each test measures one class of bad input and checks that the table
// shows what it got (codes and messages verbatim). JSON text goes through JSON.parse, as the CLI reads it.
import type { ValidationIssue, ValidationResult } from "@impsci/determinants";
import { afterAll, describe, expect, it } from "vitest";
import { expectDocumented, expectEveryRowTested } from "../../../scripts/test-utils/bad-input";
import { deeplyNested, deeplyNestedJson, expectNoPollution, withinTime } from "../../../scripts/test-utils/fuzz";
import { migratePlan } from "./migrate-plan";
import { completePlan } from "./plan.fixture";
import { renderPlanMarkdown } from "./render-plan-markdown";
import { validatePlan } from "./validate-plan";

const FILE = "packages/pathways/src/validate-plan.bad-input.test.ts";
afterAll(() => expectEveryRowTested(FILE));

function issuesOf(result: ValidationResult<unknown>): readonly ValidationIssue[] {
  if (result.success) return expect.fail("expected the input to be refused");
  return result.issues;
}

const documented = (...texts: string[]) => expectDocumented(FILE, ...texts);
const documentIssues = (issues: readonly ValidationIssue[]) =>
  documented(...issues.flatMap((issue) => [issue.code, issue.message]));
const brief = (issues: readonly ValidationIssue[]) => issues.map((issue) => [issue.code, issue.path]);

const MINIMAL = { schemaVersion: 1, title: "Screening", pathway: "strategease" };
const withDeterminants = (...determinants: Record<string, unknown>[]) => ({ ...MINIMAL, determinants });

describe("plan JSON", () => {
  it("empty input", () => {
    const nothing = issuesOf(validatePlan(undefined));
    const empty = issuesOf(validatePlan({}));
    expect(brief(nothing)).toEqual([["missing-field", []]]);
    expect(brief(empty)).toEqual([
      ["invalid-value", ["schemaVersion"]],
      ["missing-field", ["title"]],
      ["missing-field", ["pathway"]],
    ]);
    documentIssues([...nothing, ...empty]);
  });

  it("a plan with nothing in it yet", () => {
    const result = validatePlan(MINIMAL);
    expect(result.success).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(["no-recipients-consulted"]);
    documented("success", ...result.warnings.flatMap((w) => [w.code, w.message]));
  });

  it("wrong fields", () => {
    const issues = issuesOf(
      validatePlan({
        ...MINIMAL,
        titel: "Screening",
        strategies: [{ id: "s1", strategy: "eric:nope", adresses: ["d1"] }],
      }),
    );
    expect(brief(issues)).toEqual([
      ["unknown-field", ["strategies", 0, "adresses"]],
      ["unknown-field", ["titel"]],
      ["unknown-reference", ["strategies", 0, "strategy"]],
    ]);
    documentIssues(issues);
  });

  it("duplicate keys", () => {
    const result = validatePlan(
      JSON.parse('{"schemaVersion":1,"title":"First","title":"Second","pathway":"strategease"}'),
    );
    expect(result.success && result.data.title).toBe("Second");
    documented("success", "the last");
  });

  it("CRLF and line breaks in strings", () => {
    const result = validatePlan({ ...MINIMAL, summary: "Line one\r\nline two\nline three" });
    expect(result.success && result.data.summary).toBe("Line one\r\nline two\nline three");
    expect(renderPlanMarkdown(result.success ? result.data : MINIMAL)).toContain("Line one\r\nline two\nline three");
    documented("success", "kept verbatim");
  });

  it("NaN", () => {
    const issues = issuesOf(
      validatePlan({
        ...withDeterminants({ id: "d1", determinant: "tdf-v2:knowledge", valence: "barrier", importance: Number.NaN }),
        schemaVersion: Number.NaN,
      }),
    );
    expect(brief(issues)).toEqual([
      ["invalid-value", ["schemaVersion"]],
      ["invalid-type", ["determinants", 0, "importance"]],
    ]);
    documentIssues(issues);
  });

  it("Infinity", () => {
    const issues = issuesOf(
      validatePlan(JSON.parse('{"schemaVersion":1e309,"title":"Screening","pathway":"strategease"}')),
    );
    expect(brief(issues)).toEqual([["invalid-value", ["schemaVersion"]]]);
    documentIssues(issues);
  });

  it("negative or out-of-range numbers", () => {
    const newer = issuesOf(validatePlan({ ...MINIMAL, schemaVersion: 2 }));
    const older = issuesOf(validatePlan({ ...MINIMAL, schemaVersion: 0 }));
    const negative = issuesOf(migratePlan({ ...MINIMAL, schemaVersion: -1 }));
    const text = issuesOf(migratePlan({ ...MINIMAL, schemaVersion: "1" }));
    const rating = issuesOf(
      validatePlan(withDeterminants({ id: "d1", determinant: "tdf-v2:knowledge", valence: "barrier", importance: 9 })),
    );
    expect(brief([...newer, ...older, ...negative, ...text, ...rating])).toEqual([
      ["unsupported-schema-version", ["schemaVersion"]],
      ["outdated-schema-version", ["schemaVersion"]],
      ["invalid-schema-version", ["schemaVersion"]],
      ["invalid-schema-version", ["schemaVersion"]],
      ["too-big", ["determinants", 0, "importance"]],
    ]);
    documentIssues([...newer, ...older, ...negative, ...rating]);
  });

  it("unknown references", () => {
    const issues = issuesOf(
      validatePlan({
        ...MINIMAL,
        pathway: "strategese",
        determinants: [{ id: "d1", determinant: "tdf-v2:Knowlege", valence: "barrier" }],
        strategies: [{ id: "s1", strategy: "eric:Audit and provide feedbak", addresses: ["d2"] }],
        checkpoints: [{ step: "tailor", status: "complete" }],
      }),
    );
    expect(brief(issues)).toEqual([
      ["unknown-pathway", ["pathway"]],
      ["unknown-reference", ["determinants", 0, "determinant"]],
      ["unknown-reference", ["strategies", 0, "strategy"]],
      ["dangling-determinant", ["strategies", 0, "addresses", 0]],
    ]);
    const step = issuesOf(validatePlan({ ...MINIMAL, checkpoints: [{ step: "tailor", status: "complete" }] }));
    expect(brief(step)).toEqual([["unknown-step", ["checkpoints", 0, "step"]]]);
    documentIssues([...issues, ...step]);
  });

  it("ambiguous references", () => {
    const issues = issuesOf(
      validatePlan({
        ...withDeterminants({ id: "d1", determinant: "tdf-v2:Identity", valence: "barrier" }),
        mechanisms: [{ id: "m1", description: "Who delivers it", elements: ["tdf-v2:Beliefs"] }],
      }),
    );
    expect(brief(issues)).toEqual([
      ["ambiguous-reference", ["determinants", 0, "determinant"]],
      ["ambiguous-reference", ["mechanisms", 0, "elements", 0]],
    ]);
    documentIssues(issues);
  });

  it("duplicate determinants", () => {
    const issues = issuesOf(
      validatePlan(
        withDeterminants(
          { id: "d1", determinant: "tdf-v2:knowledge", valence: "barrier" },
          { id: "d1", determinant: "tdf-v2:Knowledge", valence: "barrier" },
        ),
      ),
    );
    expect(brief(issues)).toEqual([
      ["duplicate-determinant", ["determinants", 1, "determinant"]],
      ["duplicate-id", ["determinants", 1, "id"]],
    ]);
    documentIssues(issues);
  });

  it("__proto__, constructor, prototype as keys", () => {
    const text =
      '{"__proto__":{"polluted":true},"schemaVersion":1,"title":"t","pathway":"strategease","scope":{"behaviours":[],"constructor":{"prototype":{"polluted":true}}},"prototype":1}';
    const issues = issuesOf(validatePlan(JSON.parse(text)));
    expect(brief(issues)).toEqual([
      ["unknown-field", ["scope", "constructor"]],
      ["unknown-field", ["__proto__"]],
      ["unknown-field", ["prototype"]],
    ]);
    expectNoPollution();
    documentIssues(issues);
  });

  it("__proto__, constructor, prototype as values", () => {
    const plan = {
      ...MINIMAL,
      id: "__proto__",
      determinants: [{ id: "__proto__", determinant: "tdf-v2:knowledge", valence: "barrier" }],
      mechanisms: [{ id: "constructor", description: "prototype", determinants: ["__proto__"], elements: [] }],
      strategies: [{ id: "prototype", strategy: "eric:56", addresses: ["__proto__"], mechanisms: ["constructor"] }],
    };
    const result = validatePlan(plan);
    expect(result.success && result.data.strategies[0]?.addresses).toEqual(["__proto__"]);
    const issues = issuesOf(
      validatePlan({ ...plan, pathway: "__proto__", strategies: [{ id: "s", strategy: "eric:constructor" }] }),
    );
    expect(brief(issues)).toEqual([
      ["unknown-pathway", ["pathway"]],
      ["unknown-reference", ["strategies", 0, "strategy"]],
    ]);
    expectNoPollution();
    documented("success", ...issues.flatMap((issue) => [issue.code, issue.message]));
  });

  it("deeply nested JSON", () => {
    const extra = issuesOf(validatePlan({ ...MINIMAL, extra: JSON.parse(deeplyNestedJson(100_000)) }));
    const inField = issuesOf(validatePlan({ ...MINIMAL, title: deeplyNested(100_000) }));
    expect(brief(extra)).toEqual([["unknown-field", ["extra"]]]);
    expect(brief(inField)).toEqual([["invalid-type", ["title"]]]);
    documentIssues([...extra, ...inField]);
  });

  it("very long fields", () => {
    const summary = "s".repeat(1_000_000);
    const kept = withinTime(() => validatePlan({ ...completePlan, summary }), 5_000);
    expect(kept.success && kept.data.summary).toBe(summary);
    const long = `eric:${"a".repeat(100_000)}`;
    const issues = issuesOf(
      withinTime(() => validatePlan({ ...MINIMAL, strategies: [{ id: "s1", strategy: long }] }), 5_000),
    );
    expect(brief(issues)).toEqual([["unknown-reference", ["strategies", 0, "strategy"]]]);
    expect(issues[0]?.message.startsWith('strategies.0.strategy: Unknown eric reference "aaaaa')).toBe(true);
    documented("kept verbatim", "unknown-reference", 'strategies.0.strategy: Unknown eric reference "aaaaa');
  });
});
