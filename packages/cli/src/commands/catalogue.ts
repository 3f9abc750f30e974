import { getStrategy, listStrategies, type Strategy, type StrategyHit, searchStrategies } from "@impsci/catalogue";
import type { Command } from "commander";
import { type CommandContext, emit, formatOf, type OutputOptions, withExample, withOutput } from "../internal/command";
import { type Column, render } from "../internal/format";
import { wholeNumber } from "../internal/matcher-input";

const strategyColumns: Column<Strategy>[] = [
  { header: "id", value: (s) => s.id },
  { header: "number", value: (s) => s.number },
  { header: "name", value: (s) => s.name },
  { header: "group", value: (s) => s.group },
  { header: "importance", value: (s) => s.importance },
  { header: "feasibility", value: (s) => s.feasibility },
  { header: "goZone", value: (s) => s.goZone },
  { header: "plainLabel", value: (s) => s.plainLabel },
];

const hitColumns: Column<StrategyHit & { rank: number }>[] = [
  { header: "rank", value: (h) => h.rank },
  { header: "score", value: (h) => h.score.toFixed(3) },
  { header: "id", value: (h) => h.strategy.id },
  { header: "name", value: (h) => h.strategy.name },
  { header: "matchedOn", value: (h) => h.matchedOn.join(" ") },
];

interface Field {
  field: string;
  value: string;
}
const fieldColumns: Column<Field>[] = [
  { header: "field", value: (f) => f.field },
  { header: "value", value: (f) => f.value },
];

function fieldsOf(strategy: Strategy): Field[] {
  return Object.entries(strategy)
    .filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(([field, value]) => ({
      field,
      value:
        typeof value === "object" && value !== null && !Array.isArray(value)
          ? JSON.stringify(value)
          : Array.isArray(value)
            ? value.join("; ")
            : String(value),
    }));
}

/** The same reading of `--limit` as of `--top` (`0x10` and `1e3` were read as 16 and 1000). */
const positiveInt = wholeNumber(1);

interface ListOptions extends OutputOptions {
  taxonomy?: string;
  group?: string;
}
interface SearchCommandOptions extends OutputOptions {
  taxonomy?: string;
  limit?: number;
}

/** `impsci catalogue list|show|search`: the strategy taxonomies. */
export function registerCatalogue(program: Command, ctx: CommandContext): void {
  const catalogue = program
    .command("catalogue")
    .description("strategy taxonomies: ERIC, BCW functions and policy categories, BCT v1");
  withExample(
    withOutput(
      catalogue
        .command("list")
        .description("list strategies (JSON: an array of strategies; CSV: one row each, with a header)")
        .option("--taxonomy <id>", "only this taxonomy: eric, bcw, bcw-policy, bct-v1")
        .option("--group <ref>", "only this group, e.g. eric-cluster:use-evaluative-and-iterative-strategies"),
    ),
    "impsci catalogue list --taxonomy eric --format csv > eric.csv",
  ).action(async (options: ListOptions) => {
    const filter = {
      ...(options.taxonomy ? { taxonomy: options.taxonomy } : {}),
      ...(options.group ? { group: options.group } : {}),
    };
    const strategies = listStrategies(filter);
    await emit(render(formatOf(options, ctx), strategies, strategyColumns), options, ctx);
  });
  withExample(
    withOutput(catalogue.command("show <ref>").description("show one strategy: by key, number, name or alias")),
    'impsci catalogue show "eric:Audit and provide feedback"',
    "impsci catalogue show eric:5 --format json",
  ).action(async (ref: string, options: OutputOptions) => {
    const strategy = getStrategy(ref);
    await emit(render(formatOf(options, ctx), fieldsOf(strategy), fieldColumns, strategy), options, ctx);
  });
  withExample(
    withOutput(
      catalogue
        .command("search <text>")
        .description("find strategies by name, alias, plain label or definition, best first")
        .option("--taxonomy <id>", "only this taxonomy")
        .option("--limit <n>", "at most this many hits", positiveInt, 10),
    ),
    'impsci catalogue search "audit feedback"',
  ).action(async (text: string, options: SearchCommandOptions) => {
    const hits = searchStrategies(text, {
      ...(options.taxonomy ? { taxonomy: options.taxonomy } : {}),
      limit: options.limit ?? 10,
    });
    const rows = hits.map((hit, i) => ({ ...hit, rank: i + 1 }));
    await emit(render(formatOf(options, ctx), rows, hitColumns), options, ctx);
  });
}
