import type { MatchResult, Recommendation } from "@impsci/matcher";
import { type Command, Option } from "commander";
import { type CommandContext, emit, formatOf, type OutputOptions, withExample, withOutput } from "../internal/command";
import { type Column, render, renderCsv } from "../internal/format";
import { printWarnings } from "../internal/issues";
import {
  finiteNumber,
  loadMatcherInput,
  type MatcherInputOptions,
  wholeNumber,
  withMatcherInput,
} from "../internal/matcher-input";

interface MatchCommandOptions extends MatcherInputOptions, OutputOptions {
  mode?: "weighted" | "cumulative";
  top?: number;
  target?: string;
  include?: string[];
  exclude?: string[];
  minFeasibility?: number;
  explain?: boolean;
}

const recommendationColumns: Column<Recommendation>[] = [
  { header: "rank", value: (r) => r.rank },
  { header: "strategy", value: (r) => r.strategy.id },
  { header: "name", value: (r) => r.strategy.name },
  { header: "score", value: (r) => r.score },
  { header: "level1", value: (r) => r.level1 },
  { header: "level2", value: (r) => r.level2 },
  { header: "determinants", value: (r) => new Set(r.contributions.map((c) => c.determinant)).size },
];

type ContributionRow = Recommendation["contributions"][number] & { rank: number; strategy: string };
const contributionColumns: Column<ContributionRow>[] = [
  { header: "rank", value: (c) => c.rank },
  { header: "strategy", value: (c) => c.strategy },
  { header: "determinant", value: (c) => c.determinant },
  { header: "valence", value: (c) => c.valence },
  { header: "path", value: (c) => c.path.join(" > ") },
  { header: "weight", value: (c) => c.weight },
  { header: "evidence", value: (c) => c.evidence },
  { header: "linkSet", value: (c) => c.linkSet },
  { header: "citation", value: (c) => c.citation },
];

/** The explanation under a recommendation, as a person reads it: each contributing determinant and its path. */
function explanation(recommendation: Recommendation): string {
  return recommendation.contributions
    .map(
      (c) =>
        `      ${c.valence === "barrier" ? "-" : "+"} ${c.determinant} via ${c.path.slice(1).join(" > ")}  (${c.weight}; ${c.linkSet}${c.evidence ? `; ${c.evidence}` : ""})\n`,
    )
    .join("");
}

/** Renders a match result in a format; with `explain`, each recommendation's contributions too. */
function renderMatch(result: MatchResult, format: ReturnType<typeof formatOf>, explain: boolean): string {
  const recs = result.recommendations;
  if (format === "json") return render("json", recs, recommendationColumns, result);
  if (explain && format === "csv") {
    return renderCsv(
      recs.flatMap((r) => r.contributions.map((c) => ({ ...c, rank: r.rank, strategy: r.strategy.id }))),
      contributionColumns,
    );
  }
  if (explain && format === "table") {
    const lines = render("table", recs, recommendationColumns).split("\n");
    const [header, rule, ...rows] = lines;
    return `${[
      header,
      rule,
      ...rows.filter((l) => l !== "").map((row, i) => `${row}\n${explanation(recs[i] as Recommendation).trimEnd()}`),
    ].join("\n")}\n`;
  }
  if (explain && format === "md") {
    return `${render("md", recs, recommendationColumns)}\n${recs
      .map(
        (r) =>
          `### ${r.rank}. ${r.strategy.name}\n\n${r.contributions
            .map(
              (c) =>
                `- ${c.valence} \`${c.determinant}\` via ${c.path
                  .slice(1)
                  .map((p) => `\`${p}\``)
                  .join(" > ")} (${c.weight}; ${c.linkSet})`,
            )
            .join("\n")}\n`,
      )
      .join("\n")}`;
  }
  return render(format, recs, recommendationColumns);
}

/** `impsci match`: ranked, explained strategies for a determinant profile. */
export function registerMatch(program: Command, ctx: CommandContext): void {
  const command = withExample(
    withOutput(
      withMatcherInput(
        program
          .command("match")
          .description("recommend strategies for a determinant profile, each with its explanation"),
      )
        .addOption(
          new Option(
            "--mode <mode>",
            "weighted (priority x link weight) or cumulative (the CFIR-ERIC Matching Tool)",
          ).choices(["weighted", "cumulative"]),
        )
        .option("--top <n>", "show the top n strategies", wholeNumber(1))
        .option("--target <taxonomy>", "the taxonomy to recommend from (default eric)")
        .option("--include <ref>", "always consider this strategy; repeatable", (v: string, p: string[] = []) => [
          ...p,
          v,
        ])
        .option("--exclude <ref>", "never recommend this strategy; repeatable", (v: string, p: string[] = []) => [
          ...p,
          v,
        ])
        .option("--min-feasibility <rating>", "drop ERIC strategies rated less feasible than this (1-5)", finiteNumber)
        .option("--explain", "show every contributing determinant, path, weight and link set (JSON always has them)"),
    ),
    "impsci match --example --explain",
    "impsci match --determinants barriers.csv --mode cumulative --top 10 --format csv > ranked.csv",
    "impsci match --determinants barriers.csv --links cfir-eric-matrix.csv --mode cumulative",
  );
  command.action(async (options: MatchCommandOptions) => {
    const { profile, matcher, inputs } = await loadMatcherInput(options, ctx);
    const result = matcher.match(profile, {
      ...(options.mode ? { mode: options.mode } : {}),
      ...(options.top !== undefined ? { top: options.top } : {}),
      ...(options.target ? { target: options.target } : {}),
      ...(options.include ? { include: options.include } : {}),
      ...(options.exclude ? { exclude: options.exclude } : {}),
      ...(options.minFeasibility !== undefined ? { minFeasibility: options.minFeasibility } : {}),
    });
    const format = formatOf(options, ctx);
    await emit(renderMatch(result, format, options.explain === true), options, ctx, inputs);
    printWarnings(ctx.io.stderr, result.warnings);
  });
}
