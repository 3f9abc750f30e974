import type { SensitivityResult } from "@impsci/matcher";
import { type Command, Option } from "commander";
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
import { createProgress } from "../internal/progress";

interface SensitivityCommandOptions extends MatcherInputOptions, OutputOptions {
  method: "resample" | "weights" | "leave-one-out";
  k: number;
  draws?: number;
  seed?: number;
  mode?: "weighted" | "cumulative";
  target?: string;
  spread?: number;
  assumedN?: number;
}

type Row = SensitivityResult["strategies"][number];
const columns: Column<Row>[] = [
  { header: "baseRank", value: (r) => r.baseRank },
  { header: "strategy", value: (r) => r.strategy.id },
  { header: "name", value: (r) => r.strategy.name },
  { header: "score", value: (r) => r.score },
  { header: "pTopK", value: (r) => r.pTopK },
  { header: "medianRank", value: (r) => r.medianRank },
  { header: "rank5", value: (r) => r.rankInterval[0] },
  { header: "rank95", value: (r) => r.rankInterval[1] },
];

/** `impsci sensitivity`: how stable the ranking is under resampled evidence, jittered weights or leave-one-out. */
export function registerSensitivity(program: Command, ctx: CommandContext): void {
  withExample(
    withOutput(
      withMatcherInput(
        program
          .command("sensitivity")
          .description("test how stable a ranking is: probability of staying in the top k, rank intervals"),
      )
        .addOption(
          new Option("--method <method>", "resample endorsements, jitter weights, or leave each determinant out")
            .choices(["resample", "weights", "leave-one-out"])
            .default("resample"),
        )
        .requiredOption("--k <n>", "the size of the top list whose stability is measured", wholeNumber(1))
        .option("--draws <n>", "how many draws (resample, weights)", wholeNumber(1))
        .option("--seed <n>", "the seed: the same seed gives the same result on every machine", wholeNumber(0))
        .addOption(new Option("--mode <mode>", "weighted or cumulative scoring").choices(["weighted", "cumulative"]))
        .option("--target <taxonomy>", "the taxonomy to rank (default eric)")
        .option("--spread <sd>", "weights: the standard deviation of each weight's jitter (default 0.3)", finiteNumber)
        .option(
          "--assumed-n <n>",
          "resample: treat percent links without n as if this many experts answered",
          wholeNumber(1),
        ),
    ),
    "impsci sensitivity --example --k 5 --draws 2000 --seed 42",
    "impsci sensitivity --determinants barriers.csv --method leave-one-out --k 5 --format csv",
  ).action(async (options: SensitivityCommandOptions) => {
    const { profile, matcher, inputs } = await loadMatcherInput(options, ctx);
    const progress = createProgress(ctx.io, "sensitivity");
    const result = matcher.sensitivity(profile, {
      method: options.method,
      k: options.k,
      ...(options.draws !== undefined ? { draws: options.draws } : {}),
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.mode ? { mode: options.mode } : {}),
      ...(options.target ? { target: options.target } : {}),
      ...(options.spread !== undefined ? { spread: options.spread } : {}),
      ...(options.assumedN !== undefined ? { assumedN: options.assumedN } : {}),
      onProgress: (done: number, total: number) => progress.update(done, total),
    });
    progress.finish();
    const format = formatOf(options, ctx);
    let text = render(format, result.strategies, columns, result);
    if (format === "table") {
      text += `\n${result.draws} draws; mean Kendall tau ${result.meanKendallTau}; mean top-${options.k} overlap ${result.meanTopKOverlap}\n`;
    }
    await emit(text, options, ctx, inputs);
    printWarnings(ctx.io.stderr, result.warnings);
  });
}
