// Fuzzing of the `impsci` command in process (`run(argv, io)` with in-memory streams and a fresh temporary folder
// per input), with the shared helpers of scripts/test-utils/fuzz.ts (fixed seed; IMPSCI_FUZZ_RUNS for a long run):
// arbitrary command lines drawn from the real commands and options mixed with hostile values, arbitrary NDJSON
// batches and profile CSV on standard input, and the byte- and text-level readers under them (UTF-8, JSON errors).
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  csvStyle,
  expectNoPollution,
  expectReached,
  FUZZ_SEED,
  FUZZ_TIMEOUT,
  fuzz,
  fuzzRuns,
  hostileKey,
  hostileText,
  jsonText,
  longText,
  nearValidTable,
  numberText,
  toCsv,
} from "../../../scripts/test-utils/fuzz";
import type { CliIO } from "../src/internal/io";
import { jsonErrorOffset } from "../src/internal/json-error-offset";
import { checkedUtf8, scanUtf8 } from "../src/internal/utf8";
import { run } from "../src/run";
import { FIXTURES } from "./run-cli";

// ---------------------------------------------------------------------------------------------------------------
// Running the command in process

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const INPUTS = ["profile.csv", "profile.json", "bad-profile.csv", "sites.ndjson", "sites.csv", "plan.json"];

/** A fresh folder holding the fixtures (and an empty folder), so every input starts from the same files. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "impsci-fuzz-"));
  made.push(dir);
  for (const name of INPUTS) copyFileSync(join(FIXTURES, name), join(dir, name));
  mkdirSync(join(dir, "folder"));
  return dir;
}

/** Splits bytes into chunks at the given cut points (anywhere, also inside a character). */
function chunked(bytes: Buffer, cuts: readonly number[]): Buffer[] {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    if (point > start) chunks.push(bytes.subarray(start, point));
    start = Math.max(start, point);
  }
  return chunks;
}

/** Runs the command in process with standard input made of these chunks; fails if `run` throws. */
async function cli(argv: readonly string[], cwd: string, stdin: readonly Buffer[] = []): Promise<Ran> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: false },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: false },
    stdin: Readable.from(stdin),
    cwd,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/**
 * The errors on standard error: each `impsci: ` line with the detail lines under it; not warnings, nor notes (a
 * batch's summary, what a portfolio leaves uncovered).
 */
function errorMessages(stderr: string): string[] {
  const blocks: string[] = [];
  for (const line of stderr.split("\n")) {
    if (line.startsWith("impsci: ")) blocks.push(line);
    else if (blocks.length > 0) blocks[blocks.length - 1] += `\n${line}`;
  }
  return blocks.filter((block) => !/^impsci: (warning: |left uncovered: |\d+ profile\(s\) matched)/.test(block));
}

/** Whether an error names a place: an option, an argument, a file, standard input, a line, row, column or path. */
function namesAPlace(line: string, argv: readonly string[], cwd: string): boolean {
  // An option, or what commander quotes: option '--top <n>', command 'x', argument 'ref', too many arguments for 'x'.
  if (/--[a-z]/.test(line) || /\b(option|command|argument|for|value) '[^']*'/.test(line)) return true;
  if (/standard input|\b(Row|Line|line|row) \d+|column|options\.[a-zA-Z]/.test(line)) return true;
  if (line.includes('""') && argv.some((arg) => arg === "" || arg.endsWith("="))) return true; // an empty value, quoted
  // A value the user typed (`--x=value` too), or the key of a reference `scheme:key`, which messages quote apart.
  const typed = argv
    .flatMap((arg) => (arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg]))
    .flatMap((arg) => (/^[a-z0-9-]+:./i.test(arg) ? [arg, arg.slice(arg.indexOf(":") + 1)] : [arg]))
    .flatMap((arg) => [arg, resolve(cwd, arg)]); // a file, also as the path it resolves to
  return typed.some(
    (arg) =>
      line.includes(`"${arg}"`) ||
      (arg.trim() !== "" && (line.startsWith(`impsci: ${arg}`) || (arg.trim().length > 1 && line.includes(arg)))),
  );
}

/** Fails unless a run ended as the command promises: exit 0 or 1, no internal error, located errors, no stack. */
function expectOrderly(ran: Ran, argv: readonly string[], cwd: string): void {
  if (ran.code !== 0 && ran.code !== 1) expect.fail(`exit ${ran.code} for ${JSON.stringify(argv)}: ${ran.stderr}`);
  if (ran.stderr.includes("internal error"))
    expect.fail(`an internal error for ${JSON.stringify(argv)}: ${ran.stderr}`);
  if (!argv.includes("--debug") && /\n\s+at .+:\d+:\d+\)?\n/.test(ran.stderr))
    expect.fail(`a stack trace for ${JSON.stringify(argv)}: ${ran.stderr}`);
  const errors = errorMessages(ran.stderr);
  // Exit 1 says why, or shows the usage (`impsci` or `impsci plan` alone).
  if (ran.code === 1 && errors.length === 0 && !ran.stderr.startsWith("Usage: impsci"))
    expect.fail(`exit 1 with no message for ${JSON.stringify(argv)}: ${ran.stderr}`);
  for (const line of errors) {
    if (!namesAPlace(line, argv, cwd)) expect.fail(`an error that names no place for ${JSON.stringify(argv)}: ${line}`);
  }
  expectNoPollution();
}

// ---------------------------------------------------------------------------------------------------------------
// Command lines

const file = fc.constantFrom(...INPUTS, "-", "folder", ".", "missing.csv", "missing.json", "out.json", "");
const whole = fc.oneof(fc.constantFrom("1", "2", "3", "5", "10", "0", "-1", "2.5", "0x3", "1e1", " 4 "), numberText);
const ref = fc.constantFrom(
  "eric:audit-and-provide-feedback",
  "eric:56",
  "eric:Promote adaptability",
  "eric:nope",
  "bcw:education",
  "tdf-v2:knowledge",
  "com-b",
  "tdf-v2",
  "cfir-2009",
  "eric",
  "bcw",
  "bct-v1",
  "strategease",
  "epis",
  "profile",
  "plan",
  "link-set",
  "cfir-eric-2019",
  "tdf-com-b",
  "eric-cluster:use-evaluative-and-iterative-strategies",
);
/** Hostile text as a command line can carry it: no path separators (nothing may land outside the folder). */
const hostile = fc.oneof(hostileText, hostileKey, longText(300)).map((text) => text.replace(/[/\\]/g, "_"));
const value = (specific: fc.Arbitrary<string>) => fc.oneof({ weight: 4, arbitrary: specific }, hostile);

const OPTIONS: Record<string, fc.Arbitrary<string> | null> = {
  "--determinants": value(file),
  "--example": null,
  "--links": value(fc.oneof(ref, fc.constantFrom("profile.csv", "sites.csv", "missing.csv", "-"))),
  "--weight-kind": value(fc.constantFrom("percent", "binary", "probability")),
  "--links-from": value(ref),
  "--links-to": value(ref),
  "--mode": value(fc.constantFrom("weighted", "cumulative")),
  "--top": value(whole),
  "--target": value(ref),
  "--include": value(ref),
  "--exclude": value(ref),
  "--min-feasibility": value(whole),
  "--explain": null,
  "--format": value(fc.constantFrom("table", "json", "csv", "md")),
  "--out": value(file),
  "--k": value(whole),
  "--cost": value(ref.map((r) => `${r}=2`)),
  "--budget": value(whole),
  "--method": value(fc.constantFrom("resample", "weights", "leave-one-out")),
  "--draws": value(fc.constantFrom("1", "5", "20", "0", "-2", "abc")),
  "--seed": value(whole),
  "--spread": value(fc.constantFrom("0.1", "0.3", "1", "2", "0", "abc")),
  "--assumed-n": value(fc.constantFrom("1", "10", "25", "0")),
  "--profiles": value(file),
  "--input-format": value(fc.constantFrom("ndjson", "csv")),
  "--title": value(fc.string({ maxLength: 20 })),
  "--logic-model": null,
  "--taxonomy": value(ref),
  "--group": value(ref),
  "--limit": value(whole),
  "--debug": null,
  "--help": null,
};
const optionNames = Object.keys(OPTIONS);

/** One option as a user types it: `--name value`, `--name=value`, or a flag. */
function optionWith(name: string): fc.Arbitrary<string[]> {
  const arbitrary = OPTIONS[name];
  if (arbitrary === null || arbitrary === undefined) return fc.constant([name]);
  return fc.tuple(arbitrary, fc.boolean()).map(([text, joined]) => (joined ? [`${name}=${text}`] : [name, text]));
}

const MATCHER_INPUT = ["--determinants", "--example", "--links", "--weight-kind", "--links-from", "--links-to"];
const OUTPUT = ["--format", "--out"];

/** Each command: its words, its options, what it usually gets (so many lines reach the command), its arguments. */
const COMMANDS: readonly {
  readonly words: readonly string[];
  readonly options: readonly string[];
  readonly usual?: readonly string[];
  readonly positional?: fc.Arbitrary<string>;
}[] = [
  {
    words: ["match"],
    options: [
      ...MATCHER_INPUT,
      ...OUTPUT,
      "--mode",
      "--top",
      "--target",
      "--include",
      "--exclude",
      "--min-feasibility",
      "--explain",
    ],
    usual: ["--example"],
  },
  {
    words: ["portfolio"],
    options: [
      ...MATCHER_INPUT,
      ...OUTPUT,
      "--k",
      "--mode",
      "--target",
      "--include",
      "--exclude",
      "--min-feasibility",
      "--cost",
      "--budget",
    ],
    usual: ["--example", "--k", "2"],
  },
  {
    words: ["sensitivity"],
    options: [
      ...MATCHER_INPUT,
      ...OUTPUT,
      "--method",
      "--k",
      "--draws",
      "--seed",
      "--mode",
      "--target",
      "--spread",
      "--assumed-n",
    ],
    usual: ["--example", "--k", "3", "--draws", "10", "--seed", "1"],
  },
  {
    words: ["batch"],
    options: [
      "--profiles",
      "--input-format",
      "--links",
      "--weight-kind",
      "--links-from",
      "--links-to",
      "--mode",
      "--top",
      "--target",
      "--out",
    ],
    usual: ["--profiles", "sites.ndjson"],
  },
  { words: ["plan", "init"], options: ["--title", "--out"], positional: ref },
  { words: ["plan", "validate"], options: OUTPUT, positional: file },
  { words: ["plan", "report"], options: [...OUTPUT, "--logic-model"], positional: file },
  { words: ["catalogue", "list"], options: [...OUTPUT, "--taxonomy", "--group"] },
  { words: ["catalogue", "show"], options: OUTPUT, positional: ref },
  { words: ["catalogue", "search"], options: [...OUTPUT, "--taxonomy", "--limit"], positional: hostile },
  { words: ["frameworks", "list"], options: OUTPUT },
  { words: ["frameworks", "show"], options: OUTPUT, positional: ref },
  { words: ["links", "list"], options: OUTPUT },
  { words: ["schema"], options: ["--out"], positional: ref },
];

/** A stray word: an option of another command, a malformed one, or hostile text. */
const stray: fc.Arbitrary<readonly string[]> = fc.oneof(
  fc.constantFrom(...optionNames).chain(optionWith),
  fc.constantFrom(["--"], ["-x"], ["--__proto__"], ["--constructor", "x"], ["--no-example"], ["-h"], ["--version"]),
  hostile.map((text) => [text]),
);

const commandLine: fc.Arbitrary<string[]> = fc
  .tuple(
    fc.nat(COMMANDS.length),
    fc.nat(3).map((n) => n > 0),
    fc.nat(),
    fc.nat(),
  )
  .chain(([which, usual, seedA, seedB]) => {
    const command = COMMANDS[which];
    if (command === undefined) return fc.array(stray, { maxLength: 3 }).map((words) => words.flat()); // no command
    const own = fc.constantFrom(...command.options).chain(optionWith);
    return fc
      .tuple(
        fc.array(fc.oneof({ weight: 8, arbitrary: own }, stray), { maxLength: 5 }),
        command.positional ? fc.array(command.positional, { minLength: 0, maxLength: 2 }) : fc.constant([]),
      )
      .map(([options, positional]) => {
        const rest = [...(usual ? (command.usual ?? []) : []), ...options.flat()];
        // Positional arguments usually follow the command, sometimes among the options.
        const place = (seedA + seedB) % (rest.length + 1);
        return [
          ...command.words,
          ...rest.slice(0, place),
          ...positional.slice(0, 1 + (seedA % 2)),
          ...rest.slice(place),
        ];
      });
  });

const stdinText = fc.oneof(
  fc.constant(""),
  fc.constant(readFileSync(join(FIXTURES, "profile.json"), "utf8")),
  fc.constant(readFileSync(join(FIXTURES, "profile.csv"), "utf8")),
  fc.constant(readFileSync(join(FIXTURES, "sites.ndjson"), "utf8")),
  jsonText,
  hostileText,
);

/** The bytes of every file in a folder, by name (the folder's own `folder` included as a marker). */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    files.set(name, name === "folder" ? "(folder)" : readFileSync(join(dir, name)).toString("base64"));
  }
  return files;
}

/** The values given to `--out`, as typed (`--out x` or `--out=x`). */
function outs(argv: readonly string[]): string[] {
  return argv.flatMap((arg, i) =>
    arg === "--out" ? [argv[i + 1] ?? ""] : arg.startsWith("--out=") ? [arg.slice("--out=".length)] : [],
  );
}

describe("impsci command lines (fuzz)", () => {
  it(
    "any command line exits 0 or 1 with located errors, writes only where --out says, and leaves no temporary file",
    async () => {
      let failed = 0;
      let succeeded = 0;
      await fc.assert(
        fc.asyncProperty(commandLine, stdinText, fc.array(fc.nat(), { maxLength: 3 }), async (argv, input, cuts) => {
          const dir = workspace();
          const before = snapshot(dir);
          const ran = await cli(argv, dir, chunked(Buffer.from(input), cuts));
          expectOrderly(ran, argv, dir);
          if (ran.code === 1) failed++;
          else succeeded++;
          const after = snapshot(dir);
          // As the file system gets the names: a lone surrogate becomes U+FFFD (a byte-order mark stays).
          const named = new Set(outs(argv).map((name) => Buffer.from(name).toString("utf8")));
          for (const [name, bytes] of before) {
            if (!named.has(name) && after.get(name) !== bytes) expect.fail(`${name} changed: ${JSON.stringify(argv)}`);
          }
          for (const name of after.keys()) {
            if (name.endsWith(".tmp")) expect.fail(`a temporary file was left behind: ${name}`);
            if (!before.has(name) && !named.has(name)) expect.fail(`${name} was written: ${JSON.stringify(argv)}`);
          }
          // A failed command never writes its --out file.
          if (ran.code === 1) for (const name of named) if (!before.has(name)) expect(after.has(name)).toBe(false);
        }),
        { seed: FUZZ_SEED, numRuns: fuzzRuns(400) },
      );
      // The generator reaches both outcomes: many lines are refused, and many reach the command and succeed.
      expectReached(failed, 400, 100);
      expectReached(succeeded, 400, 50);
    },
    FUZZ_TIMEOUT,
  );
});

// ---------------------------------------------------------------------------------------------------------------
// NDJSON batches on standard input

const validProfile = fc
  .record({
    id: fc.oneof(fc.constantFrom("site-1", "__proto__", "constructor", ""), fc.string({ maxLength: 8 })),
    determinant: fc.constantFrom(
      "cfir-2009:reflecting-and-evaluating",
      "tdf-v2:knowledge",
      "tdf-v2:Skills",
      "com-b:physical-opportunity",
      "cfir-2022:available-resources",
    ),
    valence: fc.constantFrom("barrier", "facilitator"),
    importance: fc.integer({ min: 1, max: 5 }),
  })
  .map(({ id, ...d }) => JSON.stringify({ id, determinants: [d] }));

/** A line of a batch file: a good profile, broken JSON, hostile JSON, a very long line, or blank. */
const batchLine = fc.oneof(
  { weight: 4, arbitrary: validProfile },
  validProfile.chain((line) => fc.nat(line.length).map((cut) => line.slice(0, cut))),
  jsonText,
  hostileText.map((text) => text.replace(/\n/g, " ")),
  longText(60_000).map((text) => JSON.stringify({ id: "long", note: text, determinants: [] })),
  fc.constantFrom("", "   ", "\t", '{"__proto__":{"polluted":true},"determinants":[]}', "[]", "null", "1e309"),
);

interface BatchRecord {
  readonly index: number;
  readonly id?: string;
  readonly line: number;
  readonly ok: boolean;
  readonly error?: { readonly code: string; readonly message: string; readonly issues: readonly { path: unknown }[] };
}

describe("impsci batch on NDJSON (fuzz)", () => {
  it(
    "one output line per input record, in input order, each error record located",
    async () => {
      let errors = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(batchLine, { maxLength: 12 }),
          fc.constantFrom("\n", "\r\n"),
          fc.boolean(),
          fc.array(fc.nat(), { maxLength: 6 }),
          fc.constantFrom("1", "3"),
          async (lines, eol, bom, cuts, top) => {
            const text = `${bom ? "\uFEFF" : ""}${lines.join(eol)}`;
            const argv = ["batch", "--profiles", "-", "--top", top];
            const dir = workspace();
            const ran = await cli(argv, dir, chunked(Buffer.from(text), cuts));
            expectOrderly(ran, argv, dir);
            expect(ran.code).toBe(0);
            // The records: every line that is not blank, numbered as in the file.
            const expected = lines
              .map((line, i) => ({ line: i + 1, text: i === 0 && bom ? `\uFEFF${line}` : line }))
              .filter((entry) => entry.text.trim() !== "");
            const out = ran.stdout === "" ? [] : ran.stdout.trimEnd().split("\n");
            expect(out).toHaveLength(expected.length);
            const records = out.map((line) => JSON.parse(line) as BatchRecord);
            records.forEach((record, index) => {
              expect(record.index).toBe(index);
              expect(record.line).toBe(expected[index]?.line);
              if (!record.ok) {
                errors++;
                // Located: by its line (and, for an invalid profile, each issue by its path).
                expect(record.error?.code).toMatch(/^(invalid-json|line-too-long|invalid-profile)$/);
                expect(record.error?.message.length).toBeGreaterThan(0);
                for (const issue of record.error?.issues ?? []) expect(Array.isArray(issue.path)).toBe(true);
              }
            });
            const failed = records.filter((record) => !record.ok).length;
            expect(ran.stderr).toContain(`impsci: ${records.length} profile(s) matched, ${failed} with errors`);
          },
        ),
        { seed: FUZZ_SEED, numRuns: fuzzRuns(200) },
      );
      expectReached(errors, 200, 100);
    },
    FUZZ_TIMEOUT,
  );
});

// ---------------------------------------------------------------------------------------------------------------
// Profile CSV on standard input

const PROFILE_TABLE = [
  ["determinant", "valence", "strength", "importance", "changeability", "level", "populations", "reportedBy", "note"],
  ["tdf-v2:Knowledge", "barrier", "-2", "5", "4", "individual", "", "nurses", "Unsure how to score it"],
  ["cfir-2009:Reflecting & Evaluating", "barrier", "-1", "4", "3", "organisation", "older adults;carers", "", ""],
  ["cfir-2009:Leadership Engagement", "facilitator", "2", "4", "4", "organisation", "", "manager", ""],
];

describe("impsci match on profile CSV (fuzz)", () => {
  it(
    "a ranking, or every problem on its own line with its row and column",
    async () => {
      let refusedCount = 0;
      await fc.assert(
        fc.asyncProperty(
          nearValidTable(PROFILE_TABLE, 4),
          csvStyle,
          fc.array(fc.nat(), { maxLength: 4 }),
          async (table, style, cuts) => {
            const csv = toCsv(table, style);
            const argv = ["match", "--determinants", "-", "--top", "3"];
            const dir = workspace();
            const ran = await cli(argv, dir, chunked(Buffer.from(csv.text), cuts));
            expectOrderly(ran, argv, dir);
            if (ran.code === 0) {
              const result = JSON.parse(ran.stdout) as { recommendations: unknown[] };
              expect(result.recommendations.length).toBeLessThanOrEqual(3);
              return;
            }
            refusedCount++;
            expect(ran.stdout).toBe("");
            const [head, ...details] = ran.stderr.trimEnd().split("\n");
            const summary = /^impsci: standard input: the profile has (\d+) problems?; nothing was written/.exec(
              head ?? "",
            );
            if (summary) {
              // Every problem, each on its own line, located by its row (line) and column, or about the file.
              expect(details).toHaveLength(Number(summary[1]));
              for (const detail of details) {
                expect(detail).toMatch(/^ {2}((Row|Line) \d+|The file |determinants)/);
              }
            } else {
              // Text starting like JSON is read as JSON: a syntax error with its line and column.
              expect(head).toMatch(/^impsci: standard input is not valid JSON/);
            }
          },
        ),
        { seed: FUZZ_SEED, numRuns: fuzzRuns(300) },
      );
      expectReached(refusedCount, 300, 60);
    },
    FUZZ_TIMEOUT,
  );
});

// ---------------------------------------------------------------------------------------------------------------
// The readers under the command: UTF-8 and JSON syntax errors

/** Bytes that are mostly UTF-8, with stray, truncated, overlong and surrogate sequences now and then. */
const mostlyUtf8 = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.string({ unit: "binary", maxLength: 6 }).map((text) => Buffer.from(text)) },
      fc.uint8Array({ maxLength: 4 }).map((bytes) => Buffer.from(bytes)),
      fc
        .constantFrom([0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0xf0, 0x9f, 0x98])
        .map((bytes) => Buffer.from(bytes)),
    ),
    { maxLength: 12 },
  )
  .map((parts) => Buffer.concat(parts));

const fatal = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe("UTF-8 and JSON readers (fuzz)", () => {
  it("scanUtf8 finds the first bad byte exactly where TextDecoder first fails", () => {
    fuzz(
      fc.property(mostlyUtf8, (bytes) => {
        const { bad } = scanUtf8(bytes);
        expect(bad === -1).toBe(fatal(bytes));
        if (bad >= 0) {
          expect(fatal(bytes.subarray(0, bad))).toBe(true);
          const prefix = new TextDecoder().decode(bytes.subarray(0, bad));
          expect(new TextDecoder().decode(bytes).startsWith(`${prefix}\uFFFD`)).toBe(true);
        }
      }),
      2_000,
    );
  });

  it("checkedUtf8 names the same offset however the bytes are split into chunks", async () => {
    await fc.assert(
      fc.asyncProperty(mostlyUtf8, fc.array(fc.nat(), { maxLength: 6 }), async (bytes, cuts) => {
        const { bad } = scanUtf8(bytes);
        const passed: Buffer[] = [];
        let error: unknown;
        try {
          for await (const chunk of checkedUtf8(Readable.from(chunked(bytes, cuts)), "x"))
            passed.push(Buffer.from(chunk));
        } catch (caught) {
          error = caught;
        }
        if (bad === -1) {
          expect(error).toBeUndefined();
          expect(Buffer.concat(passed).equals(bytes)).toBe(true);
        } else {
          expect((error as Error).message).toContain(`(first bad byte at offset ${bad})`);
        }
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(1_000) },
    );
  });

  it("jsonErrorOffset points where JSON.parse stopped when JSON.parse does not say", () => {
    const breaking = fc.constantFrom("NaN", "Infinity", "-", "'", ",", "}", "]", "x", "\u0000", "\n", "tru", '"', "\\");
    const text = fc.oneof(
      jsonText,
      fc
        .tuple(jsonText, fc.array(fc.tuple(fc.nat(), breaking), { minLength: 1, maxLength: 3 }))
        .map(([json, edits]) =>
          edits.reduce(
            (t, [at, piece]) => t.slice(0, at % (t.length + 1)) + piece + t.slice(at % (t.length + 1)),
            json,
          ),
        ),
      jsonText.chain((json) => fc.nat(json.length).map((cut) => json.slice(0, cut))),
    );
    let located = 0;
    fuzz(
      fc.property(text, (t) => {
        const offset = jsonErrorOffset(t);
        let message: string | undefined;
        try {
          JSON.parse(t);
        } catch (error) {
          message = (error as Error).message;
        }
        if (message === undefined) {
          expect(offset).toBe(-1);
          return;
        }
        expect(offset).toBeGreaterThanOrEqual(0);
        if (/position (\d+)/.test(message)) return; // JSON.parse's own position is used
        located++;
        const token = /^Unexpected token '(.+?)'/.exec(message);
        if (message.startsWith("Unexpected end of JSON input")) expect(offset).toBe(t.length);
        else if (token) expect(t.slice(offset).startsWith(token[1] as string)).toBe(true);
        else expect(offset).toBeLessThan(t.length);
      }),
      2_000,
    );
    expectReached(located, 2_000, 200);
  });
});
