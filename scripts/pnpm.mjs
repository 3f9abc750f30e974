#!/usr/bin/env node
// Runs the pinned pnpm on a machine that has only Node and npm: uses `pnpm` from PATH when it is the
// pinned version, otherwise installs that version once into .tools/ (git-ignored) with npm.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const pinned = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).packageManager.split("@")[1];
const localBin = join(root, ".tools", "node_modules", ".bin");
const isWindows = process.platform === "win32";

function versionOf(command) {
  try {
    return execFileSync(command, ["--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      shell: isWindows,
    }).trim();
  } catch {
    return undefined;
  }
}

let pnpm = "pnpm";
if (versionOf("pnpm") !== pinned) {
  pnpm = join(localBin, isWindows ? "pnpm.cmd" : "pnpm");
  if (!existsSync(pnpm) || versionOf(pnpm) !== pinned) {
    console.error(`impsci: installing pnpm ${pinned} into .tools/ (once)`);
    const npm = isWindows ? "npm.cmd" : "npm";
    const result = spawnSync(
      npm,
      ["install", "--prefix", join(root, ".tools"), `pnpm@${pinned}`, "--no-audit", "--no-fund", "--loglevel=error"],
      { stdio: "inherit", shell: isWindows },
    );
    if (result.status !== 0) {
      console.error(
        `impsci: could not install pnpm ${pinned} with npm; install it yourself (npm install -g pnpm@${pinned}) and retry`,
      );
      process.exit(result.status ?? 1);
    }
  }
}

const env = { ...process.env, PATH: `${localBin}${delimiter}${process.env.PATH ?? ""}` };
const run = spawnSync(pnpm, process.argv.slice(2), { stdio: "inherit", cwd: root, env, shell: isWindows });
process.exit(run.status ?? 1);
