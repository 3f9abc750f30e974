// Nothing lost: no command writes over one of its inputs, `--out` appears whole or not at all, and a failure leaves an
// existing file untouched and no temporary file behind. Every command that takes --out, in process (`run(argv, io)`),
// plus the built bin for the case a user hit (a batch writing over its --links file).
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import type { CliIO } from "../src/internal/io";
import { run } from "../src/run";
import { FIXTURES, runCli } from "./run-cli";

const LINKS = "from,to,weight\ncfir-2009:reflecting-and-evaluating,eric:audit-and-provide-feedback,56\n";
const BAD_PLAN = JSON.stringify({ schemaVersion: 1, title: 3 });

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A folder holding the fixtures, a link set, a bad plan, and a file `out.txt` that must survive failures. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "impsci-nothing-lost-"));
  made.push(dir);
  for (const name of ["profile.csv", "profile.json", "bad-profile.csv", "sites.ndjson", "sites.csv", "plan.json"])
    copyFileSync(join(FIXTURES, name), join(dir, name));
  writeFileSync(join(dir, "links.csv"), LINKS);
  writeFileSync(join(dir, "bad-plan.json"), BAD_PLAN);
  writeFileSync(join(dir, "out.txt"), "keep me\n");
  return dir;
}

/** Every file of a folder with its bytes (a folder in it, as such). */
const contents = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { withFileTypes: true }).map((entry) => [
      entry.name,
      entry.isDirectory() ? "(folder)" : readFileSync(join(dir, entry.name), "latin1"),
    ]),
  );

async function cli(argv: readonly string[], cwd: string, stdin = ""): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const io: CliIO = {
    stdout: { write: () => true, isTTY: false },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: false },
    stdin: Readable.from([Buffer.from(stdin)]),
    cwd,
  };
  return { code: await run(argv, io), stderr };
}

/** Each command that takes --out: a run that succeeds, one that fails, and (when it reads a file) that file. */
const COMMANDS: readonly { ok: string[]; fails: string[]; input?: string; inputArgs?: string[] }[] = [
  {
    ok: ["match", "--determinants", "profile.csv"],
    fails: ["match", "--determinants", "bad-profile.csv"],
    input: "profile.csv",
  },
  {
    ok: ["match", "--example", "--links", "links.csv"],
    fails: ["match", "--example", "--links", "links.csv", "--top", "0"],
    input: "links.csv",
  },
  {
    ok: ["portfolio", "--determinants", "profile.json", "--k", "2"],
    fails: ["portfolio", "--determinants", "bad-profile.csv", "--k", "2"],
    input: "profile.json",
  },
  {
    ok: ["sensitivity", "--determinants", "profile.csv", "--k", "2", "--method", "leave-one-out"],
    fails: ["sensitivity", "--determinants", "profile.csv", "--k", "2"],
    input: "profile.csv",
  },
  {
    ok: ["batch", "--profiles", "sites.ndjson", "--top", "1"],
    fails: ["batch", "--profiles", "latin1.ndjson", "--top", "1"],
    input: "sites.ndjson",
  },
  {
    ok: ["batch", "--profiles", "sites.csv", "--links", "links.csv", "--top", "1"],
    fails: ["batch", "--profiles", "profile.csv", "--top", "1"],
    input: "links.csv",
  },
  { ok: ["plan", "init", "strategease"], fails: ["plan", "init", "strategese"] },
  { ok: ["plan", "validate", "plan.json"], fails: ["plan", "validate", "bad-plan.json"], input: "plan.json" },
  { ok: ["plan", "report", "plan.json"], fails: ["plan", "report", "bad-plan.json"], input: "plan.json" },
  { ok: ["catalogue", "list", "--taxonomy", "bcw"], fails: ["catalogue", "list", "--taxonomy", "eirc"] },
  { ok: ["catalogue", "show", "eric:56"], fails: ["catalogue", "show", "eric:999"] },
  { ok: ["catalogue", "search", "audit"], fails: ["catalogue", "search", "audit", "--limit", "0"] },
  { ok: ["frameworks", "list"], fails: ["frameworks", "list", "--format", "xml"] },
  { ok: ["frameworks", "show", "tdf-v2"], fails: ["frameworks", "show", "tdf-v3"] },
  { ok: ["links", "list"], fails: ["links", "list", "--format", "xls"] },
  { ok: ["schema", "plan"], fails: ["schema", "plann"] },
];

/**
 * A batch file whose 200th line holds a Latin-1 byte: the lines before it are matched and written to the temporary
 * file before the bad byte is met.
 */
function writeLatin1Batch(dir: string): void {
  const good = readFileSync(join(FIXTURES, "sites.ndjson"), "utf8").split("\n")[0] as string;
  const lines = Array.from({ length: 199 }, () => good);
  writeFileSync(
    join(dir, "latin1.ndjson"),
    Buffer.concat([Buffer.from(`${lines.join("\n")}\n`), Buffer.from('{"id":"Caf\xe9"}\n', "latin1")]),
  );
}

describe("nothing lost", () => {
  it.each(COMMANDS.map((command) => [command.ok.join(" "), command]))(
    "impsci %s: --out appears whole; a failure leaves it untouched and nothing behind",
    async (_, command) => {
      const dir = workspace();
      writeLatin1Batch(dir);
      const before = contents(dir);

      // Success: the file appears, and only it.
      const ok = await cli([...command.ok, "--out", "result.txt"], dir);
      expect(ok.code, ok.stderr).toBe(0);
      const written = contents(dir);
      expect(Object.keys(written).sort()).toEqual([...Object.keys(before), "result.txt"].sort());
      expect((written["result.txt"] ?? "").length).toBeGreaterThan(0);
      expect({ ...written, "result.txt": undefined }).toEqual({ ...before, "result.txt": undefined });

      // Failure: the existing file keeps its bytes; no temporary file is left.
      const failed = await cli([...command.fails, "--out", "out.txt"], dir);
      expect(failed.code, failed.stderr).toBe(1);
      expect(contents(dir)).toEqual(written);
    },
  );

  it.each(COMMANDS.filter((command) => command.input !== undefined).map((command) => [command.ok.join(" "), command]))(
    "impsci %s --out <its input> is refused and leaves the input byte-identical",
    async (_, command) => {
      const dir = workspace();
      const before = contents(dir);
      const input = command.input as string;
      for (const out of [input, `./${input}`, join(dir, input), `sub/../${input}`]) {
        const refused = await cli([...command.ok, "--out", out], dir);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain("impsci never writes over its input");
        expect(contents(dir)).toEqual(before);
      }
    },
  );

  it.each(COMMANDS.map((command) => [command.ok.join(" "), command]))(
    "impsci %s: an --out it cannot write (in a missing folder, a folder) is a message, and nothing is left",
    async (_, command) => {
      const dir = workspace();
      mkdirSync(join(dir, "results"));
      const before = contents(dir);
      const missing = await cli([...command.ok, "--out", "missing/result.txt"], dir);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(
        /^impsci: Could not write .+missing\/result\.txt: ENOENT: .+ Nothing was written\.\n$/,
      );
      // A folder is refused before a temporary file is made beside it (in its parent, a place not named).
      for (const out of ["results", "."]) {
        const folder = await cli([...command.ok, "--out", out], dir);
        expect(folder.code).toBe(1);
        expect(folder.stderr).toBe(
          `impsci: --out ${out} is a folder: name a file in it, e.g. ${join(out, "results.txt")}.\n`,
        );
      }
      expect(contents(dir)).toEqual(before);
      expect(readdirSync(join(dir, "results"))).toEqual([]);
      expect(readdirSync(tmpdir()).filter((name) => name.startsWith(".impsci-nothing-lost-"))).toEqual([]);
    },
  );

  it("the built bin: a batch never writes over its --links file (it did), nor over its profiles", () => {
    const dir = workspace();
    const before = contents(dir);
    for (const out of ["links.csv", "sites.ndjson"]) {
      const refused = runCli(["batch", "--profiles", "sites.ndjson", "--links", "links.csv", "--out", out], {
        cwd: dir,
      });
      expect(refused.status).toBe(1);
      expect(refused.stderr).toBe(
        `impsci: --out ${out} is one of this command's inputs: impsci never writes over its input. Choose another file.\n`,
      );
      expect(contents(dir)).toEqual(before);
    }
  });
});
