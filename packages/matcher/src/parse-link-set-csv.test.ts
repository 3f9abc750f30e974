import { readFileSync } from "node:fs";
import type { ValidationIssue } from "@impsci/determinants";
import { describe, expect, it } from "vitest";
import { getLinkSet } from "./link-sets";
import { createMatcher } from "./matcher";
import { parseLinkSetCsv } from "./parse-link-set-csv";

const fixture = (name: string): string => readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), "utf8");

/** Parses and returns the issues (fails the test when the parse succeeds). */
function issuesOf(text: string, options: Parameters<typeof parseLinkSetCsv>[1]): readonly ValidationIssue[] {
  const result = parseLinkSetCsv(text, options);
  if (result.success) throw new Error("expected the CSV to fail");
  return result.issues;
}

const CFIR = { id: "mine", from: "cfir-2009", to: "eric", weightKind: "percent" } as const;

describe("parseLinkSetCsv: the CFIR-ERIC workbook exported to CSV", () => {
  const builtin = getLinkSet("cfir-eric-2019").links.map((l) => [l.from, l.to, l.weight]);

  it("reads the wide export (strategies as rows, barriers as columns, 60% cells, BOM, CRLF): the published links", () => {
    const result = parseLinkSetCsv(fixture("cfir-eric-workbook-wide.csv"), { ...CFIR, id: "cfir-eric-full" });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.warnings).toEqual([]);
    const set = result.data;
    expect(set).toMatchObject({
      id: "cfir-eric-full",
      from: "cfir-2009",
      to: "eric",
      weightKind: "percent",
      basis: "user",
    });
    // 39 filled cells; empty cells (Access new funding, Stage implementation scale up, the Planning column) are no link.
    expect(set.links).toHaveLength(39);
    expect(set.links.map((l) => [l.from, l.to, l.weight])).toEqual(builtin);
    // Table 1 spellings resolve through aliases.
    expect(set.links.map((l) => l.to)).toContain("eric:use-an-implementation-advisor");
    expect(set.links.map((l) => l.to)).toContain("eric:change-record-systems");
    expect(Object.isFrozen(set.links[0])).toBe(true);
  });

  it("reads the long export with scheme-prefixed names (schemes inferred), counts, n and evidence", () => {
    const result = parseLinkSetCsv(fixture("cfir-eric-workbook-long.csv"), {
      id: "cfir-eric-long",
      weightKind: "percent",
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.from).toBe("cfir-2009");
    expect(result.data.to).toBe("eric");
    expect(result.data.links.map((l) => [l.from, l.to, l.weight])).toEqual(builtin);
    expect(result.data.links[0]).toEqual({
      from: "cfir-2009:reflecting-and-evaluating",
      to: "eric:develop-and-implement-tools-for-quality-monitoring",
      weight: 60,
      count: 15,
      n: 25,
      evidence: "link",
      note: "Waltz 2019 Table 1",
    });
  });

  it("loaded in place of cfir-eric-2019, it gives the same cumulative ranking", () => {
    const read = parseLinkSetCsv(fixture("cfir-eric-workbook-wide.csv"), { ...CFIR, id: "cfir-eric-full" });
    if (!read.success) throw new Error("fixture failed");
    const profile = {
      determinants: [{ determinant: "cfir-2009:reflecting-and-evaluating", valence: "barrier" as const }],
    };
    const mine = createMatcher({ linkSets: [read.data] }).match(profile, { mode: "cumulative" });
    const ours = createMatcher({ linkSets: ["cfir-eric-2019"] }).match(profile, { mode: "cumulative" });
    expect(mine.recommendations.map((r) => [r.strategy.id, r.score])).toEqual(
      ours.recommendations.map((r) => [r.strategy.id, r.score]),
    );
    expect(mine.recommendations[0]?.contributions[0]?.citation).toBe(
      'User link set "cfir-eric-full" (User link set cfir-eric-full), version 1.0.0',
    );
  });

  it("takes title, version, basis, citation, licence and note from the options", () => {
    const result = parseLinkSetCsv("from,to,weight\ntdf-v2:knowledge,com-b:psychological-capability,1\n", {
      id: "tdf-com-b-mine",
      weightKind: "binary",
      basis: "theory",
      title: "My mapping",
      version: "2.1",
      citation: { authors: "Team A", year: 2025, title: "Our mapping", source: "Internal report" },
      licence: "CC BY 4.0",
      note: "Checked by two coders",
    });
    expect(result.success && result.data).toMatchObject({
      id: "tdf-com-b-mine",
      title: "My mapping",
      version: "2.1",
      basis: "theory",
      licence: "CC BY 4.0",
      note: "Checked by two coders",
      citation: { authors: "Team A", year: 2025 },
    });
  });

  it("accepts probability weights and `format` to force a layout", () => {
    const wide = "to,from\n"; // a header that is not the long format's
    const result = parseLinkSetCsv(`${wide}eric:audit-and-provide-feedback,0.5\n`, {
      id: "p",
      weightKind: "probability",
      from: "cfir-2009",
      to: "eric",
      format: "wide",
    });
    // forced wide: the header cell "from" must name a cfir-2009 element
    expect(result.success).toBe(false);
    const ok = parseLinkSetCsv("Strategy,Planning\neric:audit-and-provide-feedback,0.5\n", {
      id: "p",
      weightKind: "probability",
      from: "cfir-2009",
    });
    expect(ok.success && ok.data.links).toEqual([
      { from: "cfir-2009:planning", to: "eric:audit-and-provide-feedback", weight: 0.5 },
    ]);
  });
});

describe("parseLinkSetCsv: every error, with its code and location", () => {
  it("invalid-options: a bad id and a missing weight kind", () => {
    const issues = issuesOf("from,to,weight\n", { id: "Not An Id" } as never);
    expect(issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["invalid-options", "options.id"],
      ["invalid-options", "options.weightKind"],
    ]);
  });

  it("empty-file, wrong-delimiter and csv-syntax come from the CSV reader, with the line", () => {
    expect(issuesOf("", CFIR).map((i) => i.code)).toEqual(["empty-file"]);
    expect(issuesOf("from;to;weight\n", CFIR).map((i) => [i.code, i.row])).toEqual([["wrong-delimiter", 1]]);
    expect(issuesOf('from,to,weight\n"a,b,1\n', CFIR).map((i) => [i.code, i.row])).toEqual([["csv-syntax", 2]]);
  });

  it("missing-column and duplicate-column in the long format", () => {
    const missing = issuesOf("from,to,count\nx,y,1\n", { ...CFIR, format: "long" });
    expect(missing.map((i) => [i.code, i.row, i.column])).toEqual([["missing-column", 1, "weight"]]);
    const twice = issuesOf("from,to,weight,Weight\n", CFIR);
    expect(twice.map((i) => [i.code, i.row, i.column, i.value])).toEqual([["duplicate-column", 1, "Weight", "Weight"]]);
  });

  it("missing-column: a wide file needs more than one column", () => {
    expect(issuesOf("Strategy\nAudit and provide feedback\n", CFIR).map((i) => [i.code, i.row])).toEqual([
      ["missing-column", 1],
    ]);
  });

  it("extra-cells: a row longer than the header", () => {
    const issues = issuesOf("from,to,weight\ncfir-2009:planning,eric:audit-and-provide-feedback,20,oops\n", {
      id: "x",
      weightKind: "percent",
    });
    expect(issues.map((i) => [i.code, i.row, i.value])).toEqual([["extra-cells", 2, "oops"]]);
  });

  it("missing-value: an empty reference or weight, a wide row or column without its reference", () => {
    const long = issuesOf(
      "from,to,weight\n,eric:audit-and-provide-feedback,20\ncfir-2009:planning,eric:facilitation,\n",
      CFIR,
    );
    expect(long.map((i) => [i.code, i.row, i.column])).toEqual([
      ["missing-value", 2, "from"],
      ["missing-value", 3, "weight"],
    ]);
    const wide = issuesOf("Strategy,Planning,\n,20%,\neric:facilitation,10%,5%\n", CFIR);
    expect(wide.map((i) => [i.code, i.row, i.column])).toEqual([
      ["missing-value", 1, "column 3"],
      ["missing-value", 2, "Strategy"],
    ]);
  });

  it("missing-scheme: bare names need options.from / options.to", () => {
    const issues = issuesOf("from,to,weight\nPlanning,eric:facilitation,20\n", { id: "x", weightKind: "percent" });
    expect(issues.map((i) => [i.code, i.row, i.column, i.value])).toEqual([["missing-scheme", 2, "from", "Planning"]]);
    expect(issues[0]?.message).toContain("options.from");
  });

  it("mixed-schemes: one set joins one scheme to one scheme", () => {
    const issues = issuesOf(
      "from,to,weight\ncfir-2009:planning,eric:facilitation,20\ncfir-2022:planning,eric:facilitation,20\n",
      { id: "x", weightKind: "percent" },
    );
    expect(issues.map((i) => i.code)).toEqual(["mixed-schemes"]);
    expect(issues[0]?.message).toContain("cfir-2009 (first at line 2), cfir-2022 (first at line 3)");
  });

  it("unknown-scheme: in a reference, or in the options", () => {
    const inFile = issuesOf("from,to,weight\ncfir-2099:planning,eric:facilitation,20\n", {
      id: "x",
      weightKind: "percent",
    });
    expect(inFile.map((i) => [i.code, i.row, i.column, i.value])).toEqual([
      ["unknown-scheme", 2, "from", "cfir-2099:planning"],
    ]);
    const inOptions = issuesOf("from,to,weight\n", { ...CFIR, to: "eric-2" });
    expect(inOptions.map((i) => [i.code, i.path.join(".")])).toEqual([["unknown-scheme", "options.to"]]);
  });

  it("scheme-mismatch: a reference to another scheme than the side declares", () => {
    const issues = issuesOf("from,to,weight\ncfir-2009:planning,tdf-v2:knowledge,20\n", CFIR);
    expect(issues.map((i) => [i.code, i.row, i.column, i.value])).toEqual([
      ["scheme-mismatch", 2, "to", "tdf-v2:knowledge"],
    ]);
  });

  it("unknown-reference names the value and the closest candidates; ambiguous-reference every candidate", () => {
    const unknown = issuesOf("Strategy,Reflecting & Evaluating\nAudit and provide fedback,56%\n", CFIR);
    expect(unknown.map((i) => [i.code, i.row, i.column, i.value])).toEqual([
      ["unknown-reference", 2, "Strategy", "Audit and provide fedback"],
    ]);
    expect(unknown[0]?.message).toContain("Did you mean eric:audit-and-provide-feedback (Audit and provide feedback)?");
    const ambiguous = issuesOf("from,to,weight\ntdf-v2:Identity,com-b:psychological-capability,1\n", {
      id: "x",
      weightKind: "binary",
    });
    expect(ambiguous.map((i) => [i.code, i.row, i.column])).toEqual([["ambiguous-reference", 2, "from"]]);
    expect(ambiguous[0]?.message).toContain("ambiguous");
  });

  it("a bad header reference in a wide file is reported once, not once per cell", () => {
    const issues = issuesOf("Strategy,Reflecting & Evaluatin\nFacilitation,20%\nUse data experts,28%\n", CFIR);
    expect(issues.map((i) => [i.code, i.row, i.column])).toEqual([["unknown-reference", 1, "Reflecting & Evaluatin"]]);
  });

  it("invalid-number and invalid-weight against the weight kind", () => {
    const percent = issuesOf(
      "Strategy,Planning\nFacilitation,6O%\nUse data experts,120\nAudit and provide feedback,-1\n",
      CFIR,
    );
    expect(percent.map((i) => [i.code, i.row, i.column, i.value])).toEqual([
      ["invalid-number", 2, "Planning", "6O%"],
      ["invalid-weight", 3, "Planning", "120"],
      ["invalid-weight", 4, "Planning", "-1"],
    ]);
    const binary = issuesOf("Strategy,Planning\nFacilitation,0.5\n", { ...CFIR, weightKind: "binary" });
    expect(binary.map((i) => [i.code, i.value])).toEqual([["invalid-weight", "0.5"]]);
    expect(binary[0]?.message).toContain("must be 0 or 1");
    const probability = issuesOf("Strategy,Planning\nFacilitation,56%\n", { ...CFIR, weightKind: "probability" });
    expect(probability.map((i) => i.code)).toEqual(["invalid-number"]);
  });

  it("invalid-count, count-above-n and invalid-evidence", () => {
    const issues = issuesOf(
      [
        "from,to,weight,count,n,evidence",
        "cfir-2009:planning,eric:facilitation,20,x,25,link",
        "cfir-2009:planning,eric:use-data-experts,20,5,0,link",
        "cfir-2009:planning,eric:audit-and-provide-feedback,20,26,25,link",
        "cfir-2009:planning,eric:tailor-strategies,20,5,25,strong",
      ].join("\n"),
      CFIR,
    );
    expect(issues.map((i) => [i.code, i.row, i.column, i.value])).toEqual([
      ["invalid-count", 2, "count", "x"],
      ["invalid-count", 3, "n", "0"],
      ["count-above-n", 4, "count", "26"],
      ["invalid-evidence", 5, "evidence", "strong"],
    ]);
  });

  it("duplicate-link: the same pair twice, also when spelled two ways", () => {
    const issues = issuesOf(
      "from,to,weight\ncfir-2009:planning,eric:use-an-implementation-advisor,20\ncfir-2009:Planning,eric:Use an implementation adviser,24\n",
      CFIR,
    );
    expect(issues.map((i) => [i.code, i.row, i.column, i.value])).toEqual([["duplicate-link", 3, "weight", "24"]]);
    expect(issues[0]?.message).toContain("already given at line 2");
  });

  it("no-links: every weight cell empty", () => {
    expect(issuesOf("Strategy,Planning\nFacilitation,\n", CFIR).map((i) => i.code)).toEqual(["no-links"]);
  });

  it("reports every problem at once", () => {
    const issues = issuesOf("Strategy,Planning,Cost\nFacilitatoin,20%,x\nUse data experts,200,\n", CFIR);
    expect(issues.map((i) => i.code)).toEqual(["unknown-reference", "invalid-number", "invalid-weight"]);
  });

  it("warns about ignored columns and percentages that look like proportions", () => {
    const result = parseLinkSetCsv("from,to,weight,level\ncfir-2009:planning,eric:facilitation,0.4,2\n", CFIR);
    expect(result.success).toBe(true);
    expect(result.warnings.map((w) => [w.code, w.column ?? ""])).toEqual([
      ["unknown-column", "level"],
      ["looks-like-proportions", ""],
    ]);
  });
});
