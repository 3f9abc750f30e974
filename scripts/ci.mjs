#!/usr/bin/env node
// The whole check suite, in the order CI runs it. Every step runs even when an earlier one failed, so one
// run shows every problem; each step ends with a `--- name: passed|FAILED in N s` line; the last line is the plain
// summary CI reads: `N passed, N failed`.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const pnpm = join(root, "scripts", "pnpm.mjs");
const report = join(root, ".vitest-report.json");
const coverage = join(root, "coverage");
const env = {
  ...process.env,
  PATH: `${join(root, ".tools", "node_modules", ".bin")}${delimiter}${process.env.PATH ?? ""}`,
};

// Each step: its name, and the arguments of `pnpm` (an array) or the script node runs (`{ node: [file, ...args] }`).
const steps = [
  ["lint", ["run", "lint"]],
  ["typecheck", ["run", "typecheck"]],
  ["build", ["run", "build"]],
  [
    "tests (with coverage)",
    ["exec", "vitest", "run", "--coverage", "--reporter=default", "--reporter=json", `--outputFile=${report}`],
  ],
  ["coverage (at least 90 % of lines in every package)", { node: ["scripts/check-coverage.mjs", "--min", "90"] }],
  ["package checks (publint --strict, attw --pack)", ["run", "check:pkg"]],
  ["import checks (packed tarballs in Node ESM and CJS, browser bundle)", { node: ["scripts/check-imports.mjs"] }],
  ["size budgets (size-limit, gzipped)", ["exec", "size-limit"]],
  // Fails on any unused file, export or dependency (knip.json says what counts as an entry).
  ["unused files, exports and dependencies (knip)", ["exec", "knip", "--no-config-hints"]],
  ["api docs (typedoc)", ["run", "docs"]],
  ["an @example on every export (from the typedoc model)", { node: ["scripts/check-examples.mjs"] }],
  ["the README's first command on a clean clone (npm start)", { node: ["scripts/check-quickstart.mjs"] }],
];

rmSync(report, { force: true });
rmSync(coverage, { recursive: true, force: true });
const failed = [];
for (const [name, command] of steps) {
  console.log(`\n=== ${name}`);
  const args = Array.isArray(command) ? [pnpm, ...command] : command.node.map((a, i) => (i === 0 ? join(root, a) : a));
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: "inherit", cwd: root, env });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  if (result.status !== 0) failed.push(name);
  console.log(`--- ${name}: ${result.status === 0 ? "passed" : "FAILED"} in ${seconds} s`);
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
