// Large input: `impsci batch` streams a batch file with bounded memory, whatever its size, while a file read whole is
// refused above 64 MiB. Runs the built bin as a child process with the JavaScript heap held to 64 MB (a batch read
// whole would not fit) and measures its peak memory against a run on a small file.
import { spawnSync } from "node:child_process";
import {
  closeSync,
  createReadStream,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { expectDocumented, expectEveryRowTested } from "../../../scripts/test-utils/bad-input";

const FILE = "packages/cli/test/large-input.test.ts";
afterAll(() => expectEveryRowTested(FILE));

const BIN = join(import.meta.dirname, "..", "dist", "bin.js");
const MB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), "impsci-large-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DETERMINANTS = [
  "cfir-2009:reflecting-and-evaluating",
  "tdf-v2:knowledge",
  "tdf-v2:skills",
  "com-b:physical-opportunity",
  "cfir-2022:available-resources",
];
/** Every `BROKEN`-th line is not JSON: it gets an error record in its place and the run goes on. */
const BROKEN = 1_000;

/** Writes an NDJSON file of `count` profiles of two rated determinants each, with a note (a site's own words). */
function writeProfiles(name: string, count: number): string {
  const path = join(dir, name);
  const fd = openSync(path, "w");
  let chunk: string[] = [];
  for (let i = 0; i < count; i++) {
    const determinants = [0, 1].map((j) => ({
      determinant: DETERMINANTS[(i + j * 2) % DETERMINANTS.length],
      valence: (i + j) % 4 === 0 ? "facilitator" : "barrier",
      importance: 1 + ((i + j) % 5),
      changeability: 1 + ((i * 7 + j) % 5),
      note: `Site ${i}: raised at the staff meeting, confirmed by the practice manager and two clinicians in interviews; it recurs in the quarterly review of the audit.`,
    }));
    chunk.push(
      i % BROKEN === BROKEN - 1
        ? `{"id":"site-${i}", this line is broken`
        : JSON.stringify({ id: `site-${i}`, title: `Site ${i} of the regional network`, determinants }),
    );
    if (chunk.length === 5_000) {
      writeSync(fd, `${chunk.join("\n")}\n`);
      chunk = [];
    }
  }
  if (chunk.length > 0) writeSync(fd, `${chunk.join("\n")}\n`);
  closeSync(fd);
  return path;
}

// Peak memory of a child process: a module loaded first (`--import`) prints it as the process exits.
writeFileSync(
  join(dir, "peak.mjs"),
  `process.on("exit", () => process.stderr.write("peak-rss-kb " + process.resourceUsage().maxRSS + "\\n"));\n`,
);

/** Runs `impsci batch` on a file with a 64 MB heap; returns what it printed and its peak memory in bytes. */
function batch(input: string, out: string) {
  const result = spawnSync(
    process.execPath,
    [
      "--max-old-space-size=64",
      "--import",
      pathToFileURL(join(dir, "peak.mjs")).href,
      BIN,
      "batch",
      "--profiles",
      input,
      "--top",
      "1",
      "--out",
      out,
    ],
    { cwd: dir, encoding: "utf8", timeout: 120_000 },
  );
  const peak = /peak-rss-kb (\d+)/.exec(result.stderr);
  return { status: result.status, stderr: result.stderr, peak: Number(peak?.[1]) * 1024 };
}

/** Checks the output file line by line (without holding it): one record per profile, in input order. */
async function checkOutput(path: string, count: number): Promise<{ lines: number; errors: number }> {
  let lines = 0;
  let errors = 0;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY })) {
    const broken = lines % BROKEN === BROKEN - 1;
    const head = `{"index":${lines},"id":"site-${lines}","line":${lines + 1},"ok":${broken ? "false" : "true"},`;
    if (broken) {
      // A line that is not JSON has no id to carry.
      expect(line.startsWith(`{"index":${lines},"line":${lines + 1},"ok":false,"error":{"code":"invalid-json"`)).toBe(
        true,
      );
      errors++;
    } else if (!line.startsWith(head)) {
      expect.fail(`line ${lines + 1} of the output starts ${line.slice(0, 120)}, not ${head}`);
    }
    lines++;
  }
  expect(lines).toBe(count);
  return { lines, errors };
}

describe("large input", () => {
  it("a batch file of any size", async () => {
    const count = 120_000;
    const big = writeProfiles("sites.ndjson", count);
    const size = statSync(big).size;
    // Larger than the most impsci reads whole, and read whole it would not fit in the heap the child gets.
    expect(size).toBeGreaterThan(64 * MB);
    const small = writeProfiles("few.ndjson", 1_000);

    const run = batch("sites.ndjson", "results.ndjson");
    expect(run.status, run.stderr).toBe(0);
    const summary = `impsci: ${count} profile(s) matched, ${count / BROKEN} with errors (see their error lines)`;
    expect(run.stderr).toContain(summary);
    expect(await checkOutput(join(dir, "results.ndjson"), count)).toEqual({ lines: count, errors: count / BROKEN });

    // Bounded memory: the peak is about what 1 000 profiles take, not in proportion to the file.
    const baseline = batch(small, "few-results.ndjson");
    expect(baseline.status, baseline.stderr).toBe(0);
    expect(run.peak - baseline.peak).toBeLessThan(48 * MB);

    // The same file given where impsci reads whole is refused by its size, before it is read.
    const whole = spawnSync(process.execPath, [BIN, "match", "--determinants", "sites.ndjson"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(whole.status).toBe(1);
    const refusal = whole.stderr.trimEnd();
    expect(refusal).toBe(
      "impsci: sites.ndjson is larger than 64 MiB, the most impsci reads whole: split it, or use `impsci batch`, which streams.",
    );
    expectDocumented(FILE, summary, "exit 0", refusal.slice("impsci: ".length), `${Math.floor(size / 1e6)} MB`);
  }, 120_000);
});
