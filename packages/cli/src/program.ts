import { Command } from "commander";
import { registerBatch } from "./commands/batch";
import { registerCatalogue } from "./commands/catalogue";
import { registerFrameworks } from "./commands/frameworks";
import { registerLinks } from "./commands/links";
import { registerMatch } from "./commands/match";
import { registerPlan } from "./commands/plan";
import { registerPortfolio } from "./commands/portfolio";
import { registerSchema } from "./commands/schema";
import { registerSensitivity } from "./commands/sensitivity";
import type { CommandContext } from "./internal/command";

declare const __IMPSCI_VERSION__: string | undefined;

/**
 * Builds the `impsci` command tree (commander), writing through the context's streams.
 *
 * @param ctx - Where commands read and write.
 * @returns The root command, ready for `parseAsync`.
 * @example
 * ```ts
 * await createProgram({ io: processIO() }).parseAsync(["frameworks", "list"], { from: "user" });
 * ```
 */
export function createProgram(ctx: CommandContext): Command {
  const program = new Command("impsci")
    .description("Implementation science in code: determinant frameworks, strategy catalogues, matching and plans.")
    .version(typeof __IMPSCI_VERSION__ === "string" ? __IMPSCI_VERSION__ : "0.0.0-source")
    .option("--debug", "print stack traces for errors")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({
      writeOut: (text) => ctx.io.stdout.write(text),
      writeErr: (text) => ctx.io.stderr.write(text),
      outputError: (text, write) => write(text.startsWith("error:") ? `impsci: ${text.slice(7)}` : text),
    })
    .exitOverride();
  program.configureHelp({ sortSubcommands: false });
  program.addHelpText(
    "after",
    '\nExamples:\n  $ impsci match --example --explain\n  $ impsci match --determinants barriers.csv --top 10 --format csv\n  $ impsci catalogue search "audit feedback"\n',
  );
  for (const register of commands) register(program, ctx);
  // Every subcommand (and theirs) reports errors through the same streams and never exits the process itself.
  const inherit = (command: Command) => {
    for (const sub of command.commands) {
      sub.exitOverride().configureOutput(program.configureOutput()).showHelpAfterError("(run with --help for usage)");
      inherit(sub);
    }
  };
  inherit(program);
  return program;
}

/**
 * A function that adds one command (with its subcommands) to the program.
 *
 * @example
 * ```ts
 * const registerHello: RegisterCommand = (program, ctx) => {
 *   program.command("hello").action(() => ctx.io.stdout.write("hello\n"));
 * };
 * registerHello(program, ctx);
 * ```
 */
export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

const commands: RegisterCommand[] = [
  registerFrameworks,
  registerCatalogue,
  registerLinks,
  registerMatch,
  registerPortfolio,
  registerSensitivity,
  registerBatch,
  registerPlan,
  registerSchema,
];
