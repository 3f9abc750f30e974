import type { Portfolio } from "@impsci/matcher";
import { type Command, Option } from "commander";
import { CliError } from "../cli-error";
import { type CommandContext, emit, formatOf, type OutputOptions, withExample, withOutput } from "../internal/command";
import { type Column, render } from "../internal/format";
import { printWarnings } from "../internal/issues";
import {
  finiteNumber,
  loadMatcherInput,
  type MatcherInputOptions,
  wholeNumber,
  withMatcherInput,
} from "../internal/matcher-input";

interface PortfolioCommandOptions extends MatcherInputOptions, OutputOptions {
  k: number;
  mode?: "weighted" | "cumulative";
  target?: string;
  include?: string[];
  exclude?: string[];
  minFeasibility?: number;
  cost?: string[];
  budget?: number;
}

type Pick = Portfolio["picks"][number] & { order: number };
const pickColumns: Column<Pick>[] = [
  { header: "pick", value: (p) => p.order },
  { header: "strategy", value: (p) => p.strategy.id },
  { header: "name", value: (p) => p.strategy.name },
  { header: "marginalGain", value: (p) => p.marginalGain },
  { header: "required", value: (p) => p.required },
  { header: "cost", value: (p) => p.cost },
  { header: "covers", value: (p) => p.covers.map((c) => c.determinant).join("; ") },
];

const repeat = (value: string, previous: string[] = []) => [...previous, value];

/** `--cost ref=number` pairs, each checked. */
function costsOf(pairs: readonly string[]): Record<string, number> {
  const costs: Record<string, number> = Object.create(null);
  for (const pair of pairs) {
    const at = pair.lastIndexOf("=");
    const value = Number(pair.slice(at + 1));
    if (at <= 0 || pair.slice(at + 1).trim() === "" || !Number.isFinite(value)) {
      throw new CliError(
        "usage",
        `--cost ${pair}: write it as strategy=cost, e.g. --cost "eric:audit-and-provide-feedback=1200".`,
      );
    }
    costs[pair.slice(0, at)] = value;
  }
  return costs;
}

/** `impsci portfolio`: k strategies that together cover the profile, each pick explained. */
export function registerPortfolio(program: Command, ctx: CommandContext): void {
  withExample(
    withOutput(
      withMatcherInput(
        program
          .command("portfolio")
          .description("choose k strategies that together cover the profile (greedy, with diminishing returns)"),
      )
        .requiredOption("--k <n>", "how many strategies to choose", wholeNumber(1))
        .addOption(
          new Option("--mode <mode>", "weighted or cumulative scoring of the gains").choices([
            "weighted",
            "cumulative",
          ]),
        )
        .option("--target <taxonomy>", "the taxonomy to choose from (default eric)")
        .option("--include <ref>", "a strategy that must be chosen; repeatable", repeat)
        .option("--exclude <ref>", "a strategy never to choose; repeatable", repeat)
        .option(
          "--min-feasibility <rating>",
          "leave out ERIC strategies rated less feasible than this (1-5)",
          finiteNumber,
        )
        .option("--cost <ref=cost>", "the cost of a strategy; repeatable", repeat)
        .option("--budget <amount>", "the most the chosen strategies may cost together (needs --cost)", finiteNumber),
    ),
    "impsci portfolio --example --k 3",
    'impsci portfolio --determinants barriers.csv --k 4 --cost "eric:audit-and-provide-feedback=2" --cost "eric:conduct-educational-meetings=1" --budget 3',
  ).action(async (options: PortfolioCommandOptions) => {
    const { profile, matcher, inputs } = await loadMatcherInput(options, ctx);
    const result = matcher.portfolio(profile, {
      k: options.k,
      ...(options.mode ? { mode: options.mode } : {}),
      ...(options.target ? { target: options.target } : {}),
      ...(options.include ? { include: options.include } : {}),
      ...(options.exclude ? { exclude: options.exclude } : {}),
      ...(options.minFeasibility !== undefined ? { minFeasibility: options.minFeasibility } : {}),
      ...(options.cost ? { cost: costsOf(options.cost) } : {}),
      ...(options.budget !== undefined ? { budget: options.budget } : {}),
    });
    const format = formatOf(options, ctx);
    const rows = result.picks.map((pick, i) => ({ ...pick, order: i + 1 }));
    let text = render(format, rows, pickColumns, result);
    if (format !== "json" && result.uncovered.length > 0) {
      ctx.io.stderr.write(
        `impsci: left uncovered: ${result.uncovered.map((u) => `${u.determinant} (${u.reason})`).join(", ")}\n`,
      );
    }
    if (format === "table")
      text += `\ntotal gain ${result.total}${result.cost !== undefined ? `, cost ${result.cost}` : ""}\n`;
    await emit(text, options, ctx, inputs);
    printWarnings(ctx.io.stderr, result.warnings);
  });
}
