import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, runCli } from "./run-cli";

const json = (text: string) => JSON.parse(text) as unknown;
const scratch = () => mkdtempSync(join(tmpdir(), "impsci-cli-"));

describe("impsci frameworks", () => {
  it("lists the four frameworks (CSV with a header)", () => {
    const run = runCli(["frameworks", "list", "--format", "csv"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatchSnapshot();
  });

  it("shows a framework as JSON, whole", () => {
    const run = runCli(["frameworks", "show", "com-b", "--format", "json"]);
    expect(run.status).toBe(0);
    const framework = json(run.stdout) as { id: string; elements: { id: string }[] };
    expect(framework.id).toBe("com-b");
    expect(framework.elements).toHaveLength(9);
  });

  it("answers an unknown framework with exit 1 and the known ids, no stack trace", () => {
    const run = runCli(["frameworks", "show", "tdf-v3"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatchInlineSnapshot(`
      "impsci: Unknown framework "tdf-v3": use one of com-b, tdf-v2, cfir-2009, cfir-2022.
      "
    `);
  });
});

describe("impsci catalogue", () => {
  it("lists ERIC as CSV: a header and one row per strategy", () => {
    const run = runCli(["catalogue", "list", "--taxonomy", "eric", "--format", "csv"]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("id,number,name,group,importance,feasibility,goZone,plainLabel");
    expect(lines).toHaveLength(74);
    expect(lines[1]).toMatch(/^eric:access-new-funding,1,Access new funding,eric-cluster:/);
  });

  it("lists strategies as a JSON array of whole records", () => {
    const run = runCli(["catalogue", "list", "--taxonomy", "bcw", "--format", "json"]);
    const list = json(run.stdout) as { id: string; citation: unknown }[];
    expect(list.map((s) => s.id)).toContain("bcw:education");
    expect(list).toHaveLength(9);
    expect(list.every((s) => s.citation !== undefined)).toBe(true);
  });

  it("shows a strategy by a published spelling", () => {
    const run = runCli(["catalogue", "show", "eric:Use an implementation adviser", "--format", "json"]);
    expect(run.status).toBe(0);
    expect((json(run.stdout) as { id: string }).id).toBe("eric:use-an-implementation-advisor");
  });

  it("finds audit and feedback first for 'audit feedback'", () => {
    const run = runCli(["catalogue", "search", "audit feedback", "--format", "json"]);
    const hits = json(run.stdout) as { strategy: { id: string } }[];
    expect(hits[0]?.strategy.id).toBe("eric:audit-and-provide-feedback");
  });
});

describe("impsci links and schema", () => {
  it("lists the built-in link sets with basis and coverage", () => {
    const run = runCli(["links", "list", "--format", "md"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatchSnapshot();
  });

  it.each([
    ["profile", "determinants", "determinant-profile"],
    ["link-set", "matcher", "link-set"],
    ["plan", "pathways", "plan"],
    ["pathway", "pathways", "pathway"],
  ])("prints the %s JSON Schema the packages ship", (name, pkg, file) => {
    const run = runCli(["schema", name]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      readFileSync(join(FIXTURES, "..", "..", "..", pkg, "json", "schema", `${file}.schema.json`), "utf8"),
    );
  });
});

describe("impsci match", () => {
  it("ranks and explains strategies for a CSV profile (JSON result)", () => {
    const run = runCli(["match", "--determinants", "profile.csv", "--top", "5", "--format", "json"]);
    expect(run.status).toBe(0);
    const result = json(run.stdout) as {
      recommendations: { rank: number; strategy: { id: string }; contributions: { determinant: string }[] }[];
      manifest: { linkSets: { id: string }[] };
    };
    expect(result.recommendations.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(result.recommendations.every((r) => r.contributions.length > 0)).toBe(true);
    expect(result.manifest.linkSets.map((s) => s.id)).toEqual([
      "bcw-eric",
      "cfir-eric-2019",
      "com-b-bcw-2011",
      "tdf-com-b",
    ]);
    expect(run.stdout).toMatchSnapshot();
  });

  it("reproduces the CFIR-ERIC tool's order in cumulative mode through the CFIR-ERIC set alone", () => {
    const run = runCli([
      "match",
      "--determinants",
      "profile.csv",
      "--links",
      "cfir-eric-2019",
      "--mode",
      "cumulative",
      "--top",
      "3",
      "--format",
      "csv",
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "rank,strategy,name,score,level1,level2,determinants
      1,eric:develop-and-implement-tools-for-quality-monitoring,Develop and implement tools for quality monitoring,60,1,0,1
      2,eric:audit-and-provide-feedback,Audit and provide feedback,56,1,0,1
      3,eric:develop-and-organize-quality-monitoring-systems,Develop and organize quality monitoring systems,40,0,1,1
      "
    `);
  });

  it("reads a JSON profile from standard input, and a CSV one", () => {
    const fromJson = runCli(["match", "--determinants", "-", "--top", "3", "--format", "json"], {
      input: readFileSync(join(FIXTURES, "profile.json"), "utf8"),
    });
    expect(fromJson.status).toBe(0);
    expect((json(fromJson.stdout) as { recommendations: unknown[] }).recommendations).toHaveLength(3);
    const fromCsv = runCli(["match", "--determinants", "-", "--top", "3", "--format", "json"], {
      input: readFileSync(join(FIXTURES, "profile.csv"), "utf8"),
    });
    expect(fromCsv.stdout).toBe(
      runCli(["match", "--determinants", "profile.csv", "--top", "3", "--format", "json"]).stdout,
    );
  });

  it("runs the built-in example, explained, as a table", () => {
    const run = runCli(["match", "--example", "--explain", "--top", "3", "--format", "table"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^rank +strategy +name +score/);
    expect(run.stdout).toMatch(/\n {6}- tdf-v2:knowledge via com-b:psychological-capability > bcw:/);
    expect(run.stderr).toMatch(/warning: .*not covered by the link set cfir-eric-2019/);
  });

  it("lists every problem of a bad profile with its row and column, writes nothing, exits 1", () => {
    const dir = scratch();
    const out = join(dir, "ranked.json");
    const run = runCli(["match", "--determinants", join(FIXTURES, "bad-profile.csv"), "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("the profile has 3 problems; nothing was written");
    expect(run.stderr).toMatch(/Row 2, column "determinant": .*tdf-v2:knowledge/);
    expect(run.stderr).toMatch(/Row 3, column "valence"/);
    expect(run.stderr).toMatch(/Row 3, column "importance"/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("prints a stack trace only with --debug", () => {
    expect(runCli(["match", "--determinants", "missing.csv"]).stderr).not.toMatch(/\n\s+at /);
    expect(runCli(["match", "--determinants", "missing.csv", "--debug"]).stderr).toMatch(/\n\s+at /);
  });

  it("writes --out atomically and leaves an existing file untouched when the input is bad", () => {
    const dir = scratch();
    const out = join(dir, "ranked.csv");
    const ok = runCli(["match", "--determinants", "profile.csv", "--format", "csv", "--out", out]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toMatch(/^rank,strategy,name,score/);
    writeFileSync(out, "keep me");
    const bad = runCli(["match", "--determinants", "bad-profile.csv", "--out", out]);
    expect(bad.status).toBe(1);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect(readdirSync(dir)).toEqual(["ranked.csv"]);
  });

  it("never writes over its input", () => {
    const dir = scratch();
    const input = join(dir, "profile.csv");
    const text = readFileSync(join(FIXTURES, "profile.csv"), "utf8");
    writeFileSync(input, text);
    const run = runCli(["match", "--determinants", input, "--out", input]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("never writes over its input");
    expect(readFileSync(input, "utf8")).toBe(text);
  });

  it("refuses a usage error with exit 1: no profile, both profiles, a bad --top", () => {
    expect(runCli(["match"]).status).toBe(1);
    expect(runCli(["match", "--example", "--determinants", "profile.csv"]).status).toBe(1);
    const top = runCli(["match", "--example", "--top", "0"]);
    expect(top.status).toBe(1);
    expect(top.stderr).toContain("--top");
  });
});

describe("impsci plan", () => {
  it("starts, validates and reports a plan", () => {
    const dir = scratch();
    const plan = join(dir, "plan.json");
    expect(runCli(["plan", "init", "strategease", "--title", "Screening at Clinic A", "--out", plan]).status).toBe(0);
    expect((json(readFileSync(plan, "utf8")) as { pathway: string }).pathway).toBe("strategease");
    const validated = runCli(["plan", "validate", plan, "--format", "json"]);
    expect(validated.status).toBe(0);
    expect((json(validated.stdout) as { valid: boolean }).valid).toBe(true);
    const report = runCli(["plan", "report", plan]);
    expect(report.status).toBe(0);
    expect(report.stdout.startsWith("# Screening at Clinic A\n")).toBe(true);
  });

  it("lists the problems of an invalid plan with their paths and exits 1", () => {
    const dir = scratch();
    const plan = join(dir, "plan.json");
    writeFileSync(plan, JSON.stringify({ schemaVersion: 1, title: 3 }));
    const run = runCli(["plan", "validate", plan, "--format", "table"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/title must be a string/);
    expect(run.stderr).toMatch(/pathway is required but missing/);
  });

  it("reports a JSON syntax error with its line and column", () => {
    const run = runCli(["plan", "validate", "-"], { input: '{\n  "title": "x",\n  oops\n}' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/is not valid JSON at line 3, column 3/);
  });
});

describe("help and usage", () => {
  it.each([
    "frameworks list",
    "frameworks show",
    "catalogue list",
    "catalogue show",
    "catalogue search",
    "links list",
    "match",
    "plan init",
    "plan validate",
    "plan report",
    "schema",
  ])("impsci %s --help shows an example", (command) => {
    const run = runCli([...command.split(" "), "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Examples?:\n {2}\$ impsci /);
  });

  it("answers an unknown command with exit 1 and a suggestion", () => {
    const run = runCli(["frameworks", "lst"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Did you mean list?");
  });

  it("prints its version", () => {
    const run = runCli(["--version"]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(
      JSON.parse(readFileSync(join(FIXTURES, "..", "..", "package.json"), "utf8")).version,
    );
    expect(existsSync(join(FIXTURES, "profile.csv"))).toBe(true);
  });
});

describe("impsci match --links with a workbook export", () => {
  const matrix = [
    "ERIC strategy,Reflecting & Evaluating",
    "Develop and implement tools for quality monitoring,60%",
    "Audit and provide feedback,56%",
    "Use an implementation adviser,12%",
  ].join("\r\n");

  it("reads bare names once the schemes are named with --links-from and --links-to", () => {
    const dir = scratch();
    writeFileSync(join(dir, "matrix.csv"), matrix);
    const run = runCli(
      [
        "match",
        "--determinants",
        join(FIXTURES, "profile.csv"),
        "--links",
        "matrix.csv",
        "--links-from",
        "cfir-2009",
        "--links-to",
        "eric",
        "--mode",
        "cumulative",
        "--format",
        "csv",
      ],
      { cwd: dir },
    );
    expect(run.status).toBe(0);
    expect(
      run.stdout
        .split("\n")
        .slice(1, 4)
        .map((l) => l.split(",").slice(0, 4).join(",")),
    ).toEqual([
      "1,eric:develop-and-implement-tools-for-quality-monitoring,Develop and implement tools for quality monitoring,60",
      "2,eric:audit-and-provide-feedback,Audit and provide feedback,56",
      "3,eric:use-an-implementation-advisor,Use an implementation advisor,12",
    ]);
  });

  it("refuses the bare names without them, each problem with its line and column once", () => {
    const dir = scratch();
    writeFileSync(join(dir, "matrix.csv"), matrix);
    const run = runCli(["match", "--determinants", join(FIXTURES, "profile.csv"), "--links", "matrix.csv"], {
      cwd: dir,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/\n {2}Line 1, column "Reflecting & Evaluating"/);
    expect(run.stderr).not.toMatch(/Row \d+, column "[^"]*": Line/);
  });
});
