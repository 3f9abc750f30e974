import { CommanderError } from "commander";
import { isCliError } from "./cli-error";
import { type CliIO, processIO } from "./internal/io";
import { createProgram } from "./program";

const PACKAGE_ERRORS = new Set(["DeterminantsError", "CatalogueError", "MatcherError", "PathwaysError"]);

/**
 * Runs the `impsci` command with the given arguments and returns its exit code: 0 on success, 1 on bad
 * input or usage, 2 on an internal fault. Data goes to standard output, messages to standard error; no
 * stack trace unless `--debug`.
 *
 * @param argv - The arguments after the program name, e.g. `["catalogue", "list", "--format", "csv"]`.
 * @param io - Where to read and write (the process's streams by default).
 * @returns The exit code.
 * @example
 * ```ts
 * const code = await run(["match", "--example", "--top", "5"]);
 * process.exitCode = code;
 * ```
 */
export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const debug = argv.includes("--debug");
  const program = createProgram({ io });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
    const known = isCliError(error) || (error instanceof Error && PACKAGE_ERRORS.has(error.name));
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      `impsci: ${known ? message : `internal error: ${message}. Please report it, with --debug output.`}\n`,
    );
    if (isCliError(error)) for (const line of error.details) io.stderr.write(`  ${line}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    if (isCliError(error)) return error.code === "internal" ? 2 : 1;
    return known ? 1 : 2;
  }
}

/**
 * The `impsci` executable: runs the command on the process's arguments and sets the process's exit code.
 *
 * @param argv - The arguments after the program name (default: the process's).
 * @returns Once the command has finished.
 * @example
 * ```ts
 * #!/usr/bin/env node
 * import { main } from "@impsci/cli";
 * await main();
 * ```
 */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  try {
    process.exitCode = await run(argv);
  } catch (error) {
    process.stderr.write(`impsci: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
