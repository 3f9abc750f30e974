// The CLI rows of docs/bad-input.md: bytes, sizes, files and arguments as a user meets them. Each test runs the BUILT
// bin as a child process (test/run-cli.ts) and checks that its row shows what the command printed, verbatim.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { expectDocumented, expectEveryRowTested } from "../../../scripts/test-utils/bad-input";
import { type CliRun, runCli } from "./run-cli";

const FILE = "packages/cli/test/bad-input.test.ts";
afterAll(() => expectEveryRowTested(FILE));
const documented = (...texts: string[]) => expectDocumented(FILE, ...texts);

const BIN = join(import.meta.dirname, "..", "dist", "bin.js");
const MB = 1024 * 1024;

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A new folder holding these files. */
function folder(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "impsci-bad-input-"));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** A sparse file of `bytes` (nothing written to the disk): as large as a real one to `stat`, instant to make. */
function sparse(dir: string, name: string, bytes = 100 * MB): void {
  writeFileSync(join(dir, name), "");
  truncateSync(join(dir, name), bytes);
}

/** Runs the command in `dir`; fails unless it exited 1 having printed nothing on standard output. */
function refused(args: readonly string[], dir: string, input?: string | Buffer): CliRun {
  const run =
    input === undefined || typeof input === "string"
      ? runCli(args, { cwd: dir, ...(input === undefined ? {} : { input }) })
      : runRaw(args, dir, input);
  expect(run.stdout).toBe("");
  expect(run.status).toBe(1);
  return run;
}

/** Runs the bin with bytes on standard input (runCli takes text). */
function runRaw(args: readonly string[], dir: string, input: Buffer, nodeArgs: readonly string[] = []): CliRun {
  const result = spawnSync(process.execPath, [...nodeArgs, BIN, ...args], {
    cwd: dir,
    input,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The one line a refused command printed, without its `impsci: ` prefix. */
const message = (run: CliRun): string => {
  expect(run.stderr.startsWith("impsci: "), run.stderr).toBe(true);
  return run.stderr.slice("impsci: ".length).trimEnd();
};

const latin1 = (text: string) => Buffer.from(text, "latin1");
/** UTF-16 little-endian with its byte-order mark, as Excel's "Unicode text" and Notepad write it. */
const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
const notUtf8 = (name: string, offset: number) =>
  `${name} is not UTF-8 text (first bad byte at offset ${offset}): save it as UTF-8 (in Excel: "CSV UTF-8") and try again.`;
const tooLarge = (name: string) =>
  `${name} is larger than 64 MiB, the most impsci reads whole: split it, or use \`impsci batch\`, which streams.`;

/** Runs `args` (with `{}` standing for the file) on a Latin-1 and a UTF-16 copy of `text`; returns both messages. */
function nonUtf8(args: readonly string[], name: string, text: string, accented: string): string[] {
  const bytes = latin1(text);
  const dir = folder({ [name]: bytes, [`utf16-${name}`]: utf16(text) });
  const withFile = (file: string) => args.map((arg) => (arg === "{}" ? file : arg));
  const offset = bytes.indexOf(latin1(accented));
  expect(offset).toBeGreaterThan(0);
  const asLatin1 = message(refused(withFile(name), dir));
  expect(asLatin1).toBe(notUtf8(name, offset));
  const asUtf16 = message(refused(withFile(`utf16-${name}`), dir));
  expect(asUtf16).toBe(notUtf8(`utf16-${name}`, 0));
  return [asLatin1, asUtf16];
}

/** Runs `args` on a sparse 100 MB file: refused before it is read. */
function hundredMegabytes(args: readonly string[], name: string): string {
  const dir = folder();
  sparse(dir, name);
  const text = message(refused(args, dir));
  expect(text).toBe(tooLarge(name));
  return text;
}

describe("profile CSV", () => {
  const text = "determinant,valence,note\ntdf-v2:Knowledge,barrier,Café staff unsure\n";

  it("non-UTF-8 bytes", () => {
    const messages = nonUtf8(["match", "--determinants", "{}"], "barriers.csv", text, "é");
    // The same bytes on standard input.
    const dir = folder();
    const piped = message(refused(["match", "--determinants", "-"], dir, latin1(text)));
    expect(piped).toBe(notUtf8("standard input", latin1(text).indexOf(0xe9)));
    documented(...messages, piped, "exit 1");
  });

  it("a file of 100 MB", () => {
    documented(hundredMegabytes(["match", "--determinants", "barriers.csv"], "barriers.csv"), "exit 1");
  });
});

describe("profile JSON", () => {
  const text = '{"determinants":[{"determinant":"tdf-v2:knowledge","valence":"barrier","note":"Café staff"}]}';

  it("non-UTF-8 bytes", () => {
    documented(...nonUtf8(["match", "--determinants", "{}"], "profile.json", text, "é"), "exit 1");
  });

  it("a file of 100 MB", () => {
    documented(hundredMegabytes(["match", "--determinants", "profile.json"], "profile.json"), "exit 1");
  });
});

describe("link-set CSV, long", () => {
  const text = "from,to,weight,note\ncfir-2009:planning,eric:audit-and-provide-feedback,50,Müller 2020\n";
  const args = ["match", "--example", "--links", "{}"];

  it("non-UTF-8 bytes", () => {
    documented(...nonUtf8(args, "links.csv", text, "ü"), "exit 1");
  });

  it("a file of 100 MB", () => {
    documented(hundredMegabytes(["match", "--example", "--links", "links.csv"], "links.csv"), "exit 1");
  });
});

describe("link-set CSV, wide", () => {
  const text = "Stratégie,Planning\nAudit and provide feedback,50%\n";
  const args = ["match", "--example", "--links", "{}", "--links-from", "cfir-2009", "--links-to", "eric"];

  it("non-UTF-8 bytes", () => {
    documented(...nonUtf8(args, "matrix.csv", text, "é"), "exit 1");
  });

  it("a file of 100 MB", () => {
    const wide = ["match", "--example", "--links", "matrix.csv", "--links-from", "cfir-2009", "--links-to", "eric"];
    documented(hundredMegabytes(wide, "matrix.csv"), "exit 1");
  });
});

describe("plan JSON", () => {
  const text = '{"schemaVersion":1,"title":"Dépistage","pathway":"strategease"}';

  it("non-UTF-8 bytes", () => {
    documented(...nonUtf8(["plan", "validate", "{}"], "plan.json", text, "é"), "exit 1");
  });

  it("a file of 100 MB", () => {
    documented(hundredMegabytes(["plan", "report", "plan.json"], "plan.json"), "exit 1");
  });
});

describe("reading files (CLI)", () => {
  it("non-UTF-8 bytes in batch files and on standard input", () => {
    const ndjson = latin1(
      '{"id":"a","determinants":[]}\n{"id":"b","determinants":[{"determinant":"tdf-v2:knowledge","valence":"barrier","note":"Café"}]}\n',
    );
    const csv = latin1("profile,determinant,valence,note\na,tdf-v2:knowledge,barrier,\nb,tdf-v2:skills,barrier,Café\n");
    const dir = folder({ "sites.ndjson": ndjson, "sites.csv": csv });
    const fromNdjson = refused(["batch", "--profiles", "sites.ndjson"], dir);
    const fromCsv = refused(["batch", "--profiles", "sites.csv", "--out", "results.ndjson"], dir);
    const fromStdin = runRaw(["batch", "--profiles", "-"], dir, ndjson);
    expect(fromStdin.status).toBe(1);
    // The NDJSON lines before the bad one were matched and printed; the bad line is not.
    expect(fromStdin.stdout.trimEnd().split("\n")).toHaveLength(1);
    // csv-parse used to turn the bad byte into U+FFFD and match "Caf�" without a word (fixed here).
    expect(message(fromCsv)).toBe(notUtf8("sites.csv", csv.indexOf(0xe9)));
    expect(message(fromNdjson)).toBe(notUtf8("sites.ndjson", ndjson.indexOf(0xe9)));
    expect(message(fromStdin)).toBe(notUtf8("standard input", ndjson.indexOf(0xe9)));
    documented(message(fromNdjson), message(fromCsv), message(fromStdin), "exit 1");
  });

  it("a file of 100 MB", () => {
    const dir = folder({ "peak.mjs": PEAK_RSS });
    sparse(dir, "barriers.csv");
    const big = runRaw(["match", "--determinants", "barriers.csv"], dir, Buffer.alloc(0), peakArgs(dir));
    const missing = runRaw(["match", "--determinants", "missing.csv"], dir, Buffer.alloc(0), peakArgs(dir));
    expect(big.status).toBe(1);
    expect(big.stderr).toContain(tooLarge("barriers.csv"));
    // Refused before it was read: the process grew no more than for a file that does not exist (reading the
    // 100 MB would have added 100 MB).
    expect(peakRss(big) - peakRss(missing)).toBeLessThan(30 * MB);
    // Standard input is read up to the limit, then refused.
    const piped = message(refused(["plan", "validate", "-"], dir, Buffer.alloc(64 * MB + 1, 0x20)));
    expect(piped).toBe(tooLarge("standard input"));
    documented(tooLarge("barriers.csv"), piped, "exit 1");
  });

  it("empty JSON file", () => {
    const dir = folder({ "profile.json": "", "plan.json": " \n" });
    const profile = message(refused(["match", "--determinants", "profile.json"], dir));
    const plan = message(refused(["plan", "validate", "plan.json"], dir));
    expect(profile).toBe("profile.json is not valid JSON: Unexpected end of JSON input. Check the file and try again.");
    documented(profile, plan, "exit 1");
  });

  it("byte-order mark in JSON", () => {
    const profile = '{"determinants":[{"determinant":"tdf-v2:knowledge","valence":"barrier","importance":4}]}';
    const plan = '{"schemaVersion":1,"title":"Screening","pathway":"strategease"}';
    const dir = folder({ "bom.json": `\uFEFF${profile}`, "plain.json": profile, "plan.json": `\uFEFF${plan}` });
    const args = ["match", "--top", "3", "--format", "csv", "--determinants"];
    const withBom = runCli([...args, "bom.json"], { cwd: dir });
    expect(withBom.status).toBe(0);
    expect(withBom.stdout).toBe(runCli([...args, "plain.json"], { cwd: dir }).stdout);
    const report = runCli(["plan", "report", "plan.json"], { cwd: dir });
    expect(report.status).toBe(0);
    expect(report.stdout.startsWith("# Screening\n")).toBe(true);
    // A syntax error after a BOM is placed as if the mark were not there.
    writeFileSync(join(dir, "broken.json"), '\uFEFF{\n  "determinants": [,]\n}');
    const broken = message(refused(["match", "--determinants", "broken.json"], dir));
    expect(broken).toMatch(/^broken\.json is not valid JSON at line 2, column 20: /);
    documented("exit 0", "the same output as without it", broken);
  });

  it("NaN and Infinity literals in JSON", () => {
    const nan = '{"determinants":[{"determinant":"tdf-v2:knowledge","valence":"barrier","importance":NaN}]}';
    const infinity =
      '{\n  "schemaVersion": 1,\n  "title": "Screening",\n  "pathway": "strategease",\n  "x": -Infinity\n}';
    const dir = folder({ "nan.json": nan, "infinity.json": infinity });
    const first = message(refused(["match", "--determinants", "nan.json"], dir));
    const second = message(refused(["plan", "validate", "infinity.json"], dir));
    // JSON.parse names no position for these: the line and column are found by the CLI (fixed here).
    expect(first).toContain(`at line 1, column ${nan.indexOf("NaN") + 1}: Unexpected token 'N'`);
    expect(second).toContain("at line 5, column 9: No number after minus sign");
    documented(first, second, "exit 1");
  });

  it("duplicate keys in JSON", () => {
    const dir = folder({ "plan.json": '{"schemaVersion":1,"title":"First","title":"Second","pathway":"strategease"}' });
    const report = runCli(["plan", "report", "plan.json"], { cwd: dir });
    expect(report.status).toBe(0);
    expect(report.stdout.split("\n")[0]).toBe("# Second");
    documented("exit 0", "# Second");
  });

  it("a batch line longer than 16 MiB", () => {
    const good = '{"id":"a","determinants":[{"determinant":"tdf-v2:knowledge","valence":"barrier"}]}';
    // The limit is checked as the line arrives, chunk by chunk (64 kB): a line of 17 MiB is well above it.
    const long = `{"id":"b","note":"${"x".repeat(17 * MB)}"}`;
    const run = runCli(["batch", "--profiles", "-", "--top", "1"], { input: [good, long, good].join("\n") });
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as { line: number; ok: boolean; error?: { code: string; message: string } });
    expect(lines.map((line) => [line.line, line.ok])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ]);
    const error = lines[1]?.error;
    expect(error?.code).toBe("line-too-long");
    documented(error?.code ?? "", error?.message ?? "", "exit 0");
  });
});

describe("arguments (CLI)", () => {
  it("numbers in arguments", () => {
    const dir = folder();
    const cases = [
      ["match", "--example", "--top", "0"],
      ["match", "--example", "--top", "abc"],
      ["match", "--example", "--top", "2.5"],
      ["match", "--example", "--top", "0x10"],
      ["portfolio", "--example", "--k", "-1"],
      ["sensitivity", "--example", "--k", "3", "--draws", "0"],
      ["sensitivity", "--example", "--k", "3", "--seed", "-3"],
      ["match", "--example", "--min-feasibility", "abc"],
      ["match", "--example", "--min-feasibility", "9"],
    ];
    const messages = cases.map((args) => refused(args, dir).stderr.trimEnd());
    expect(messages[0]).toBe(
      "impsci: option '--top <n>' argument '0' is invalid. use a whole number of at least 1.\n(run with --help for usage)",
    );
    documented(...messages.flatMap((text) => text.split("\n")), "exit 1");
  });

  it("unknown options and commands", () => {
    const dir = folder();
    const cases = [
      ["match", "--example", "--bogus"],
      ["bogus"],
      ["frameworks", "lst"],
      ["match", "--example", "--format", "xml"],
      ["portfolio", "--example"],
      ["catalogue", "show"],
    ];
    const messages = cases.map((args) => refused(args, dir).stderr.trimEnd());
    expect(messages[2]).toContain("(Did you mean list?)");
    documented(...messages.flatMap((text) => text.split("\n")), "exit 1");
  });

  it("a folder given as a file", () => {
    const dir = folder();
    mkdirSync(join(dir, "profiles"));
    const messages = [
      ["match", "--determinants", "profiles"],
      ["plan", "validate", "profiles"],
      ["batch", "--profiles", "profiles"],
    ].map((args) => message(refused(args, dir)));
    expect(new Set(messages)).toEqual(new Set(["profiles is a folder, not a file."]));
    documented(messages[0] ?? "", "exit 1");
  });

  it("a missing file", () => {
    const dir = folder();
    const messages = [
      ["match", "--determinants", "barriers.csv"],
      ["match", "--example", "--links", "matrix.csv"],
      ["plan", "report", "plan.json"],
      ["batch", "--profiles", "sites.ndjson"],
    ].map((args) => message(refused(args, dir)));
    expect(messages[0]).toBe(`barriers.csv: no such file. Check the path (relative to ${dir}).`);
    // The folder is the test's own temporary one: the row shows the message up to it.
    documented(...messages.map((text) => text.slice(0, text.indexOf(dir))), "exit 1");
  });
});

// Peak memory of a child process: a module loaded first (`--import`) prints it as the process exits.
const PEAK_RSS = `process.on("exit", () => process.stderr.write("peak-rss-kb " + process.resourceUsage().maxRSS + "\\n"));\n`;
const peakArgs = (dir: string) => ["--import", pathToFileURL(join(dir, "peak.mjs")).href];
function peakRss(run: CliRun): number {
  const found = /peak-rss-kb (\d+)/.exec(run.stderr);
  expect(found).not.toBeNull();
  return Number(found?.[1]) * 1024;
}
