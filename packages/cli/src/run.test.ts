// The command run in process (through `run(argv, io)`), so its code paths are measured and fast to test; the
// built bin is exercised as a child process in test/*.test.ts.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CliIO } from "./internal/io";
import { run } from "./run";

const FIXTURES = join(import.meta.dirname, "..", "test", "fixtures");

async function cli(argv: string[], options: { stdin?: string; cwd?: string; tty?: boolean } = {}) {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: options.tty ?? false },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: options.tty ?? false },
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    cwd: options.cwd ?? FIXTURES,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

describe("run (in process)", () => {
  it("prints tables on a terminal and JSON when piped", async () => {
    const table = await cli(["frameworks", "list"], { tty: true });
    expect(table.stdout).toMatch(/^id +name +version/);
    const piped = await cli(["frameworks", "list"]);
    expect((JSON.parse(piped.stdout) as { id: string }[]).map((f) => f.id)).toEqual([
      "com-b",
      "tdf-v2",
      "cfir-2009",
      "cfir-2022",
    ]);
  });

  it.each(["table", "json", "csv", "md"])("renders match --explain as %s", async (format) => {
    const result = await cli(["match", "--determinants", "profile.csv", "--top", "2", "--explain", "--format", format]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("eric:");
    if (format !== "json") expect(result.stdout).toContain("tdf-v2:knowledge");
  });

  it("reads a JSON profile from standard input and a link set CSV from a file", async () => {
    const profile = readFileSync(join(FIXTURES, "profile.json"), "utf8");
    const result = await cli(
      ["match", "--determinants", "-", "--links", "cfir-eric-2019", "--mode", "cumulative", "--format", "csv"],
      { stdin: profile },
    );
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[1]).toBe(
      "1,eric:develop-and-implement-tools-for-quality-monitoring,Develop and implement tools for quality monitoring,60,1,0,1",
    );
  });

  it("runs the catalogue, links, schema and plan commands", async () => {
    expect(
      (
        await cli(["catalogue", "list", "--group", "eric-cluster:provide-interactive-assistance", "--format", "csv"])
      ).stdout.split("\n"),
    ).toHaveLength(6);
    expect((await cli(["catalogue", "show", "eric:5", "--format", "table"])).stdout).toContain(
      "audit-and-provide-feedback",
    );
    expect((await cli(["catalogue", "search", "champion", "--limit", "1", "--format", "md"])).stdout).toContain(
      "identify-and-prepare-champions",
    );
    expect((await cli(["links", "list", "--format", "csv"])).stdout).toContain("bcw-eric,bcw,eric,authored");
    expect(JSON.parse((await cli(["schema", "plan"])).stdout).$schema).toBe(
      "https://json-schema.org/draft/2020-12/schema",
    );
    const dir = mkdtempSync(join(tmpdir(), "impsci-run-"));
    expect((await cli(["plan", "init", "epis", "--out", "plan.json"], { cwd: dir })).code).toBe(0);
    expect((await cli(["plan", "validate", "plan.json", "--format", "md"], { cwd: dir })).stdout).toContain("| step |");
    expect((await cli(["plan", "report", "plan.json", "--logic-model", "--format", "csv"], { cwd: dir })).code).toBe(0);
    expect((await cli(["plan", "report", "plan.json", "--format", "json"], { cwd: dir })).stdout).toContain(
      '"progress"',
    );
  });

  it("runs portfolio and sensitivity, with a progress bar only on a terminal", async () => {
    const portfolio = await cli(["portfolio", "--example", "--k", "2", "--format", "table"]);
    expect(portfolio.stdout).toContain("total gain");
    const quiet = await cli([
      "sensitivity",
      "--example",
      "--k",
      "3",
      "--draws",
      "50",
      "--seed",
      "3",
      "--format",
      "table",
    ]);
    expect(quiet.stdout).toContain("mean Kendall tau");
    expect(quiet.stderr).not.toContain("\r");
    const tty = await cli(["sensitivity", "--example", "--k", "3", "--draws", "50", "--seed", "3"], { tty: true });
    expect(tty.stderr).toMatch(/\rsensitivity \[#+ *\] \d+\/\d+/);
  });

  it("runs a batch from standard input, in order, with error lines", async () => {
    const batch = await cli(["batch", "--profiles", "-", "--top", "1"], {
      stdin: readFileSync(join(FIXTURES, "sites.ndjson"), "utf8"),
    });
    expect(batch.code).toBe(0);
    expect(
      batch.stdout
        .trimEnd()
        .split("\n")
        .map((l) => (JSON.parse(l) as { ok: boolean }).ok),
    ).toEqual([true, false, false, true]);
  });

  it("answers usage and input errors with exit 1, a plain message and no stack", async () => {
    const missing = await cli(["match", "--determinants", "nope.csv"]);
    expect(missing).toMatchObject({ code: 1, stdout: "" });
    expect(missing.stderr).toMatch(/^impsci: nope\.csv: no such file/);
    const bad = await cli(["match", "--determinants", "bad-profile.csv"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.split("\n").filter((l) => l.startsWith("  Row "))).toHaveLength(3);
    expect((await cli(["match", "--example", "--format", "xml"])).code).toBe(1);
    expect((await cli(["nope"])).code).toBe(1);
    expect((await cli(["--help"])).code).toBe(0);
  });

  it("answers an internal fault with exit 2, and shows the stack only with --debug", async () => {
    const io = (debug: boolean) => {
      let stderr = "";
      const target: CliIO = {
        stdout: {
          write: () => {
            throw new TypeError("boom");
          },
        },
        stderr: { write: (chunk: string) => (stderr += chunk) },
        stdin: Readable.from([]),
        cwd: FIXTURES,
      };
      return { target, stderr: () => stderr, argv: ["frameworks", "list", ...(debug ? ["--debug"] : [])] };
    };
    const plain = io(false);
    expect(await run(plain.argv, plain.target)).toBe(2);
    expect(plain.stderr()).toBe("impsci: internal error: boom. Please report it, with --debug output.\n");
    const debug = io(true);
    expect(await run(debug.argv, debug.target)).toBe(2);
    expect(debug.stderr()).toMatch(/\n\s+at /);
  });

  it("writes --out atomically and never over an input", async () => {
    const dir = mkdtempSync(join(tmpdir(), "impsci-run-"));
    writeFileSync(join(dir, "p.csv"), readFileSync(join(FIXTURES, "profile.csv")));
    const same = await cli(["match", "--determinants", "p.csv", "--out", "p.csv"], { cwd: dir });
    expect(same.code).toBe(1);
    expect(readFileSync(join(dir, "p.csv"), "utf8")).toBe(readFileSync(join(FIXTURES, "profile.csv"), "utf8"));
    expect((await cli(["match", "--determinants", "p.csv", "--out", "r.json"], { cwd: dir })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "r.json"), "utf8")).recommendations.length).toBeGreaterThan(0);
  });

  it("runs a CSV batch grouped by profile, and refuses a profile split in two", async () => {
    const csv = readFileSync(join(FIXTURES, "sites.csv"), "utf8");
    const batch = await cli(["batch", "--profiles", "-", "--input-format", "csv", "--top", "1"], { stdin: csv });
    expect(
      batch.stdout
        .trimEnd()
        .split("\n")
        .map((l) => (JSON.parse(l) as { id: string }).id),
    ).toEqual(["site-1", "site-2", "site-3"]);
    const split = await cli(["batch", "--profiles", "-", "--input-format", "csv"], {
      stdin:
        "profile,determinant,valence\na,tdf-v2:Knowledge,barrier\nb,tdf-v2:Skills,barrier\na,tdf-v2:Goals,barrier\n",
    });
    const lines = split.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { ok: boolean; error?: { code: string } });
    expect(lines.map((l) => l.error?.code ?? "ok")).toEqual(["ok", "ok", "repeated-profile"]);
    const broken = await cli(["batch", "--profiles", "-", "--input-format", "csv"], {
      stdin: 'profile,determinant,valence\na,"tdf-v2:Knowledge,barrier\n',
    });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("is not valid CSV");
  });

  it("shows a framework in every format", async () => {
    for (const format of ["table", "csv", "md"]) {
      expect((await cli(["frameworks", "show", "cfir-2022", "--format", format])).stdout).toContain(
        "cfir-2022:available-resources.funding",
      );
    }
  });

  it("reports JSON syntax errors with line and column, and a folder or an empty file plainly", async () => {
    const syntax = await cli(["plan", "validate", "-"], { stdin: '{\n  "a": 1,\n}' });
    expect(syntax.code).toBe(1);
    expect(syntax.stderr).toMatch(/standard input is not valid JSON at line 3, column 1/);
    const empty = await cli(["plan", "validate", "-"], { stdin: "" });
    expect(empty.stderr).toContain("is not valid JSON");
    const folder = await cli(["match", "--determinants", "."]);
    expect(folder.stderr).toContain("is a folder, not a file");
    const invalid = await cli(["plan", "validate", "-", "--format", "json"], { stdin: '{"schemaVersion":1}' });
    expect(invalid.code).toBe(1);
    expect((JSON.parse(invalid.stdout) as { valid: boolean }).valid).toBe(false);
  });

  it("reads --cost pairs and a budget", async () => {
    const result = await cli([
      "portfolio",
      "--example",
      "--k",
      "3",
      "--cost",
      "eric:audit-and-provide-feedback=2",
      "--cost",
      "eric:conduct-cyclical-small-tests-of-change=1",
      "--budget",
      "2",
      "--format",
      "json",
    ]);
    expect(result.code).toBe(0);
    const portfolio = JSON.parse(result.stdout) as {
      picks: { strategy: { id: string }; cost?: number }[];
      cost?: number;
    };
    expect(portfolio.cost).toBeLessThanOrEqual(2);
    expect(portfolio.picks.map((p) => p.strategy.id)).toContain("eric:conduct-cyclical-small-tests-of-change");
  });

  it("refuses bytes that are not UTF-8 with their offset, and a missing or folder batch file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "impsci-run-"));
    writeFileSync(
      join(dir, "latin1.csv"),
      Buffer.from("determinant,valence\ntdf-v2:Knowledge,barri\xe8re\n", "latin1"),
    );
    const latin1 = await cli(["match", "--determinants", "latin1.csv"], { cwd: dir });
    expect(latin1.code).toBe(1);
    expect(latin1.stderr).toMatch(/latin1\.csv is not UTF-8 text/);
    expect(latin1.stderr).toMatch(/offset 42\b/); // 20 bytes of header, then "tdf-v2:Knowledge,barri" (22)
    expect((await cli(["batch", "--profiles", "missing.ndjson"], { cwd: dir })).stderr).toContain(
      "missing.ndjson: no such file",
    );
    expect((await cli(["batch", "--profiles", "."], { cwd: dir })).stderr).toContain("is a folder, not a file");
  });

  it("loads a link set CSV from a file, naming its schemes with --links-from and --links-to", async () => {
    const dir = mkdtempSync(join(tmpdir(), "impsci-run-"));
    writeFileSync(join(dir, "m.csv"), "strategy,Reflecting & Evaluating\nAudit and provide feedback,56\n");
    writeFileSync(join(dir, "p.csv"), readFileSync(join(FIXTURES, "profile.csv")));
    const ok = await cli(
      [
        "match",
        "--determinants",
        "p.csv",
        "--links",
        "m.csv",
        "--links-from",
        "cfir-2009",
        "--links-to",
        "eric",
        "--format",
        "csv",
      ],
      { cwd: dir },
    );
    expect(ok.code).toBe(0);
    expect(ok.stdout.split("\n")[1]).toMatch(/^1,eric:audit-and-provide-feedback,/);
    const bad = await cli(["match", "--determinants", "p.csv", "--links", "m.csv"], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("the link set has");
  });
});
