// Global setup of the cli tests: they run the BUILT bin, as a user does. Builds the workspace once when a
// package's build output is missing or older than its sources (CI builds before testing, so this is a no-op there).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..", "..");
const packages = ["determinants", "catalogue", "matcher", "pathways", "cli"];

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export default function setup(): void {
  const stale = packages.some((name) => {
    const built = join(root, "packages", name, "dist", "index.js");
    return !existsSync(built) || statSync(built).mtimeMs < newest(join(root, "packages", name, "src"));
  });
  if (stale) execFileSync("pnpm", ["-r", "--filter", "./packages/*", "run", "build"], { cwd: root, stdio: "ignore" });
}
