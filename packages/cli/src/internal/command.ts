import { type Command, Option } from "commander";
import { chooseFormat, FORMATS, type Format } from "./format";
import type { CliIO } from "./io";
import { writeOutput } from "./write-output";

/**
 * What every command gets: where to read and write.
 *
 * @example
 * ```ts
 * const ctx: CommandContext = { io };
 * await createProgram(ctx).parseAsync(["frameworks", "list"], { from: "user" });
 * ```
 */
export interface CommandContext {
  readonly io: CliIO;
}

/** Options every data-printing command takes. */
export interface OutputOptions {
  readonly format?: string;
  readonly out?: string;
}

/** Adds `--format` and `--out` to a command that prints data. */
export function withOutput(command: Command): Command {
  return command
    .addOption(
      new Option("--format <format>", "output format (default: table on a terminal, json otherwise)").choices(FORMATS),
    )
    .option("--out <file>", "write to this file (atomically) instead of standard output");
}

/** Adds an example to a command's help. */
export function withExample(command: Command, ...examples: string[]): Command {
  return command.addHelpText(
    "after",
    `\nExample${examples.length > 1 ? "s" : ""}:\n${examples.map((e) => `  $ ${e}`).join("\n")}\n`,
  );
}

/** The output format of a command run: the one asked for, else table on a terminal, JSON otherwise. */
export function formatOf(options: OutputOptions, ctx: CommandContext): Format {
  return chooseFormat(options.format, options.out === undefined ? ctx.io.stdout.isTTY : false);
}

/** Writes a command's output to stdout or, with `--out`, atomically to a file, never over an input. */
export function emit(
  text: string,
  options: OutputOptions,
  ctx: CommandContext,
  inputs: readonly (string | undefined)[] = [],
): Promise<void> {
  return writeOutput(text, ctx.io, options.out, inputs);
}
