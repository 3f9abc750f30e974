import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Argument, type Command, Option } from "commander";
import { type CommandContext, emit, type OutputOptions, withExample } from "../internal/command";

/** The JSON Schemas the packages ship, by the name the command takes. */
const SCHEMAS = {
  profile: "@impsci/determinants/json/schema/determinant-profile.schema.json",
  framework: "@impsci/determinants/json/schema/framework.schema.json",
  crosswalk: "@impsci/determinants/json/schema/crosswalk.schema.json",
  strategy: "@impsci/catalogue/json/schema/strategy.schema.json",
  taxonomy: "@impsci/catalogue/json/schema/taxonomy.schema.json",
  "catalogue-extension": "@impsci/catalogue/json/schema/catalogue-extension.schema.json",
  "link-set": "@impsci/matcher/json/schema/link-set.schema.json",
  plan: "@impsci/pathways/json/schema/plan.schema.json",
  pathway: "@impsci/pathways/json/schema/pathway.schema.json",
} as const;

/** The text of a shipped JSON Schema, as the package ships it. */
function schemaText(name: keyof typeof SCHEMAS): string {
  return readFileSync(createRequire(import.meta.url).resolve(SCHEMAS[name]), "utf8");
}

/** `impsci schema <name>`: prints a JSON Schema (draft 2020-12) the packages ship. */
export function registerSchema(program: Command, ctx: CommandContext): void {
  withExample(
    program
      .command("schema")
      .description("print a JSON Schema (draft 2020-12): what impsci accepts (profile, link-set, plan) or returns")
      .addArgument(new Argument("<name>", "the schema").choices(Object.keys(SCHEMAS)))
      .addOption(new Option("--out <file>", "write to this file (atomically) instead of standard output")),
    "impsci schema profile > profile.schema.json",
  ).action(async (name: keyof typeof SCHEMAS, options: OutputOptions) => {
    await emit(schemaText(name), options, ctx);
  });
}
