import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli";

interface Line {
  index: number;
  id?: string;
  line: number;
  ok: boolean;
  result?: { recommendations: { rank: number; strategy: { id: string } }[] };
  error?: { code: string; message: string; issues: { row?: number; column?: string }[] };
}
const lines = (text: string) =>
  text
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as Line);

describe("impsci batch", () => {
  it("matches NDJSON profiles in input order, an error line for each bad one, and goes on", () => {
    const run = runCli(["batch", "--profiles", "sites.ndjson", "--top", "2"]);
    expect(run.status).toBe(0);
    const out = lines(run.stdout);
    expect(out.map((l) => [l.index, l.id, l.line, l.ok])).toEqual([
      [0, "site-1", 1, true],
      [1, undefined, 2, false],
      [2, "site-3", 3, false],
      [3, "site-4", 5, true],
    ]);
    expect(out[0]?.result?.recommendations.map((r) => r.strategy.id)).toEqual([
      "eric:develop-and-implement-tools-for-quality-monitoring",
      "eric:audit-and-provide-feedback",
    ]);
    expect(out[1]?.error?.code).toBe("invalid-json");
    expect(out[2]?.error?.code).toBe("invalid-profile");
    expect(out[2]?.error?.message).toContain("tdf-v2:knowledge");
    expect(run.stderr).toContain("4 profile(s) matched, 2 with errors");
  });

  it("matches CSV profiles grouped by their profile column, bad rows located by line and column", () => {
    const run = runCli(["batch", "--profiles", "sites.csv", "--top", "1"]);
    expect(run.status).toBe(0);
    const out = lines(run.stdout);
    expect(out.map((l) => [l.id, l.line, l.ok])).toEqual([
      ["site-1", 2, true],
      ["site-2", 4, false],
      ["site-3", 5, true],
    ]);
    expect(out[1]?.error?.issues[0]).toMatchObject({ row: 4, column: "importance" });
  });

  it("gives the same lines for a profile whether matched alone or in a batch", () => {
    const alone = runCli(["match", "--determinants", "-", "--top", "2", "--format", "json"], {
      input: JSON.stringify({
        id: "site-1",
        determinants: [
          { determinant: "cfir-2009:reflecting-and-evaluating", valence: "barrier", importance: 5, changeability: 4 },
        ],
      }),
    });
    const batch = lines(runCli(["batch", "--profiles", "sites.ndjson", "--top", "2"]).stdout)[0];
    expect(batch?.result).toEqual(JSON.parse(alone.stdout));
  });

  it("reads standard input, and writes --out whole", () => {
    const dir = mkdtempSync(join(tmpdir(), "impsci-batch-"));
    const out = join(dir, "results.ndjson");
    const run = runCli(["batch", "--profiles", "-", "--out", out], {
      input: readFileSync(join(import.meta.dirname, "fixtures", "sites.ndjson"), "utf8"),
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    expect(lines(readFileSync(out, "utf8"))).toHaveLength(4);
    expect(readdirSync(dir)).toEqual(["results.ndjson"]);
  });

  it("refuses a CSV without a profile column and leaves no partial output file", () => {
    const dir = mkdtempSync(join(tmpdir(), "impsci-batch-"));
    const input = join(dir, "sites.csv");
    writeFileSync(input, "determinant,valence\ntdf-v2:Knowledge,barrier\n");
    const run = runCli(["batch", "--profiles", input, "--out", join(dir, "out.ndjson")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no "profile" column');
    expect(readdirSync(dir)).toEqual(["sites.csv"]);
  });

  it("refuses a file that is not UTF-8, naming the place", () => {
    const dir = mkdtempSync(join(tmpdir(), "impsci-batch-"));
    const input = join(dir, "sites.ndjson");
    writeFileSync(input, Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d, 0x0a]));
    const run = runCli(["batch", "--profiles", input]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/is not UTF-8 text/);
  });
});

describe("impsci portfolio and sensitivity", () => {
  it("picks k strategies, each explained, as JSON", () => {
    const run = runCli(["portfolio", "--determinants", "profile.csv", "--k", "2", "--format", "json"]);
    expect(run.status).toBe(0);
    const portfolio = JSON.parse(run.stdout) as {
      picks: { strategy: { id: string }; marginalGain: number; covers: unknown[] }[];
      uncovered: unknown[];
    };
    expect(portfolio.picks).toHaveLength(2);
    expect(portfolio.picks.every((p) => p.marginalGain > 0 && p.covers.length > 0)).toBe(true);
    expect(run.stdout).toMatchSnapshot();
  });

  it("k = 1 picks the top-ranked strategy of match", () => {
    const pick = JSON.parse(
      runCli(["portfolio", "--determinants", "profile.csv", "--k", "1", "--format", "json"]).stdout,
    ) as { picks: { strategy: { id: string } }[] };
    const ranked = JSON.parse(
      runCli(["match", "--determinants", "profile.csv", "--top", "1", "--format", "json"]).stdout,
    ) as { recommendations: { strategy: { id: string } }[] };
    expect(pick.picks[0]?.strategy.id).toBe(ranked.recommendations[0]?.strategy.id);
  });

  it("refuses a negative cost and a malformed --cost with exit 1", () => {
    expect(runCli(["portfolio", "--example", "--k", "2", "--cost", "eric:audit-and-provide-feedback=-1"]).status).toBe(
      1,
    );
    const malformed = runCli(["portfolio", "--example", "--k", "2", "--cost", "oops"]);
    expect(malformed.status).toBe(1);
    expect(malformed.stderr).toContain("strategy=cost");
  });

  it("gives the same bytes for the same seed, and other draws for another seed", () => {
    const args = ["sensitivity", "--determinants", "profile.csv", "--k", "3", "--draws", "300", "--format", "json"];
    const a = runCli([...args, "--seed", "7"]);
    const b = runCli([...args, "--seed", "7"]);
    const c = runCli([...args, "--seed", "8"]);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toBe(c.stdout);
    expect(a.stderr).not.toMatch(/\r/); // no progress bar when standard error is not a terminal
  });

  it("runs leave-one-out as CSV", () => {
    const run = runCli([
      "sensitivity",
      "--determinants",
      "profile.csv",
      "--method",
      "leave-one-out",
      "--k",
      "3",
      "--format",
      "csv",
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("baseRank,strategy,name,score,pTopK,medianRank,rank5,rank95");
  });

  it.each(["portfolio", "sensitivity", "batch"])("impsci %s --help shows an example", (command) => {
    const run = runCli([command, "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Examples?:\n {2}\$ impsci /);
  });
});
