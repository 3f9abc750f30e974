import { spawnSync } from "node:child_process";
import { join } from "node:path";

/** The built `impsci` executable. */
const BIN = join(import.meta.dirname, "..", "dist", "bin.js");
/** The fixture folder. */
export const FIXTURES = join(import.meta.dirname, "fixtures");

/** What a run of the command printed and how it exited. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `impsci` as a child process, as a user's shell would (not a terminal: stdout is a pipe). */
export function runCli(
  args: readonly string[],
  options: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {},
): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? FIXTURES,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, ...options.env, FORCE_COLOR: "0" },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
