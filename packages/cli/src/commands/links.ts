import { type LinkSet, listLinkSets } from "@impsci/matcher";
import type { Command } from "commander";
import { type CommandContext, emit, formatOf, type OutputOptions, withExample, withOutput } from "../internal/command";
import { type Column, render } from "../internal/format";

const coverageText = (set: LinkSet) =>
  set.coverage
    ? `${set.coverage.status}: ${set.coverage.counts.map((c) => `${c.included}/${c.published} ${c.unit}`).join(", ")}`
    : "";

const linkSetColumns: Column<LinkSet>[] = [
  { header: "id", value: (s) => s.id },
  { header: "from", value: (s) => s.from },
  { header: "to", value: (s) => s.to },
  { header: "basis", value: (s) => s.basis },
  { header: "weightKind", value: (s) => s.weightKind },
  { header: "links", value: (s) => s.links.length },
  { header: "coverage", value: coverageText },
  { header: "version", value: (s) => s.version },
];

/** `impsci links list`: the built-in link sets, with their basis and coverage. */
export function registerLinks(program: Command, ctx: CommandContext): void {
  const links = program
    .command("links")
    .description("link sets: the cited evidence between determinants and strategies");
  withExample(
    withOutput(
      links
        .command("list")
        .description(
          "list the built-in link sets with basis and coverage (JSON: each set without its links, plus linkCount)",
        ),
    ),
    "impsci links list --format md",
  ).action(async (options: OutputOptions) => {
    const sets = listLinkSets();
    const json = sets.map(({ links: list, ...meta }) => ({ ...meta, linkCount: list.length }));
    await emit(render(formatOf(options, ctx), sets, linkSetColumns, json), options, ctx);
  });
}
