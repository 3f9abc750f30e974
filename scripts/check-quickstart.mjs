#!/usr/bin/env node
// The README's two commands, as a newcomer runs them: the first (`npm start`) from a clean clone of this
// repository, checked to print ranked, explained strategies; the second is what .ci/run runs (this very run).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const readme = readFileSync(join(root, "README.md"), "utf8");
const block = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
const commands = block
  .split("\n")
  .map((line) => line.replace(/#.*$/, "").trim())
  .filter((line) => line !== "");
const fail = (message) => {
  console.error(`quickstart: ${message}`);
  process.exit(1);
};
if (commands.length !== 2 || commands[0] !== "npm start" || commands[1] !== "npm run test:all") {
  fail(`the README must open with exactly "npm start" and "npm run test:all"; it has: ${JSON.stringify(commands)}`);
}
if (!/^npm run test:all$/m.test(readFileSync(join(root, ".ci", "run"), "utf8")))
  fail(".ci/run does not run the README's test command");

const clone = join(mkdtempSync(join(tmpdir(), "impsci-quickstart-")), "impsci");
try {
  const cloned = spawnSync("git", ["clone", "-q", root, clone], { stdio: "inherit" });
  if (cloned.status !== 0) fail("git clone failed");
  const started = spawnSync("npm", ["start"], { cwd: clone, encoding: "utf8", shell: process.platform === "win32" });
  process.stdout.write(started.stdout.split("\n").slice(-12).join("\n"));
  if (started.status !== 0) fail(`npm start exited ${started.status}:\n${started.stderr}`);
  if (!/^rank +strategy +name +score/m.test(started.stdout) || !/^ {6}- tdf-v2:\S+ via com-b:/m.test(started.stdout)) {
    fail("npm start did not print the ranked, explained strategies of the example profile");
  }
  console.log("\nquickstart: npm start on a clean clone printed the ranked, explained strategies");
} finally {
  rmSync(dirname(clone), { recursive: true, force: true });
}
