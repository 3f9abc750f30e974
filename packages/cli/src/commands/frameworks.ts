import { type Element, type Framework, getFramework, listFrameworks } from "@impsci/determinants";
import type { Command } from "commander";
import { type CommandContext, emit, formatOf, type OutputOptions, withExample, withOutput } from "../internal/command";
import { type Column, render } from "../internal/format";

const frameworkColumns: Column<Framework>[] = [
  { header: "id", value: (f) => f.id },
  { header: "name", value: (f) => f.name },
  { header: "version", value: (f) => f.version },
  { header: "elements", value: (f) => f.elements.length },
  { header: "coverage", value: (f) => f.coverage.status },
  { header: "licence", value: (f) => f.licence },
];

const elementColumns: Column<Element>[] = [
  { header: "id", value: (e) => e.id },
  { header: "kind", value: (e) => e.kind },
  { header: "code", value: (e) => e.codes.join(" ") },
  { header: "name", value: (e) => e.name },
  { header: "parent", value: (e) => e.parent },
  { header: "plainLabel", value: (e) => e.plainLabel },
];

/** `impsci frameworks list|show`: the determinant frameworks and their elements. */
export function registerFrameworks(program: Command, ctx: CommandContext): void {
  const frameworks = program
    .command("frameworks")
    .description("determinant frameworks: COM-B, TDF v2, CFIR 2009, CFIR 2022");
  withExample(
    withOutput(frameworks.command("list").description("list the built-in frameworks with their coverage")),
    "impsci frameworks list --format csv",
  ).action(async (options: OutputOptions) => {
    const list = listFrameworks();
    const json = list.map(({ elements, ...meta }) => ({ ...meta, elementCount: elements.length }));
    await emit(render(formatOf(options, ctx), list, frameworkColumns, json), options, ctx);
  });
  withExample(
    withOutput(frameworks.command("show <id>").description("show a framework's elements (JSON: the whole framework)")),
    "impsci frameworks show tdf-v2",
  ).action(async (id: string, options: OutputOptions) => {
    const framework = getFramework(id);
    await emit(render(formatOf(options, ctx), framework.elements, elementColumns, framework), options, ctx);
  });
}
