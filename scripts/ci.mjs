#!/usr/bin/env node
// The whole check suite, in the order CI runs it. Every step runs even when an earlier one failed, so one
// run shows every problem; the last line is the plain summary CI reads: `N passed, N failed`.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const pnpm = join(root, "scripts", "pnpm.mjs");
const report = join(root, ".vitest-report.json");
const env = {
  ...process.env,
  PATH: `${join(root, ".tools", "node_modules", ".bin")}${delimiter}${process.env.PATH ?? ""}`,
};

const steps = [
  ["lint", ["run", "lint"]],
  ["typecheck", ["run", "typecheck"]],
  ["build", ["run", "build"]],
  ["tests", ["exec", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${report}`]],
  ["package checks (publint --strict, attw --pack)", ["run", "check:pkg"]],
  ["api docs (typedoc)", ["run", "docs"]],
];

rmSync(report, { force: true });
const failed = [];
for (const [name, args] of steps) {
  console.log(`\n=== ${name}`);
  const result = spawnSync(process.execPath, [pnpm, ...args], { stdio: "inherit", cwd: root, env });
  if (result.status !== 0) failed.push(name);
}

let passed = 0;
let failedTests = 0;
let skipped = 0;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, "utf8"));
  passed = json.numPassedTests ?? 0;
  failedTests = json.numFailedTests ?? 0;
  skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
}
if (passed + failedTests === 0) failed.push("tests (no test ran)");

console.log("");
for (const name of failed) console.log(`FAILED: ${name}`);
console.log(failed.length === 0 ? "all steps passed" : `${failed.length} step(s) failed`);
console.log(`${passed} passed, ${failedTests} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exit(failed.length === 0 ? 0 : 1);
