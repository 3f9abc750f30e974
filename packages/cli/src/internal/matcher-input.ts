import { basename, extname } from "node:path";
import { type DeterminantProfile, exampleProfile, slugify, validateProfile } from "@impsci/determinants";
import { createMatcher, type LinkSet, type Matcher, parseLinkSetCsv } from "@impsci/matcher";
import { type Command, InvalidArgumentError, Option } from "commander";
import { CliError } from "../cli-error";
import type { CommandContext } from "./command";
import { invalidInput, printWarnings } from "./issues";
import { loadProfile } from "./load-profile";
import { readInput } from "./read-input";

/** Options that say which profile and which link sets a matching command uses. */
export interface MatcherInputOptions {
  readonly determinants?: string;
  readonly example?: boolean;
  readonly links?: readonly string[];
  readonly weightKind?: "percent" | "binary" | "probability";
  readonly linksFrom?: string;
  readonly linksTo?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** A whole number of at least `min`, written in decimal digits (`0x10` and `1e3` are not read as 16 and 1000), for commander option parsers. */
export function wholeNumber(min: number): (text: string) => number {
  return (text) => {
    const value = Number(text);
    if (!/^\s*\d+\s*$/.test(text) || !Number.isInteger(value) || value < min)
      throw new InvalidArgumentError(`use a whole number of at least ${min}.`);
    return value;
  };
}

/** A finite number, for commander option parsers (`Number` read "abc" as NaN, then reported as "not NaN"). */
export function finiteNumber(text: string): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value)) throw new InvalidArgumentError("use a number, e.g. 3 or 2.5.");
  return value;
}

/** Adds `--determinants`, `--example`, `--links`, `--weight-kind`, `--links-from` and `--links-to` to a matching command. */
export function withMatcherInput(command: Command): Command {
  return command
    .option("--determinants <file>", "the determinant profile: a CSV or JSON file, or - for standard input")
    .option("--example", "use the built-in example profile (a clinic bringing in depression screening)")
    .option(
      "--links <id|file.csv>",
      "a link set to match through: a built-in id (see `impsci links list`) or a CSV file, long or wide; repeat for several (default: every built-in set)",
      collect,
    )
    .addOption(
      new Option("--weight-kind <kind>", "what the weights of --links CSV files mean")
        .choices(["percent", "binary", "probability"])
        .default("percent"),
    )
    .option(
      "--links-from <scheme>",
      "the scheme of the `from` references of --links CSV files, so bare names resolve (e.g. cfir-2009)",
    )
    .option("--links-to <scheme>", "the scheme of the `to` references of --links CSV files (e.g. eric)");
}

async function loadLinkSet(
  source: string,
  options: Pick<MatcherInputOptions, "weightKind" | "linksFrom" | "linksTo">,
  ctx: CommandContext,
): Promise<string | LinkSet> {
  if (!/\.csv$/i.test(source) && source !== "-") return source;
  const input = await readInput(source, ctx.io);
  const id = slugify(basename(source, extname(source))) || "user-links";
  const parsed = parseLinkSetCsv(input.text, {
    id,
    weightKind: options.weightKind ?? "percent",
    title: `Link set from ${input.name}`,
    ...(options.linksFrom ? { from: options.linksFrom } : {}),
    ...(options.linksTo ? { to: options.linksTo } : {}),
  });
  if (!parsed.success) throw invalidInput(input.name, parsed.issues, "link set");
  printWarnings(ctx.io.stderr, parsed.warnings);
  return parsed.data;
}

/** Reads the profile and builds the matcher a matching command asked for; returns the input paths too (never written over). */
export async function loadMatcherInput(
  options: MatcherInputOptions,
  ctx: CommandContext,
): Promise<{ profile: DeterminantProfile; matcher: Matcher; inputs: (string | undefined)[] }> {
  if ((options.determinants === undefined) === (options.example !== true)) {
    throw new CliError(
      "usage",
      "Give the profile with --determinants <file> (CSV or JSON, or - for standard input), or use --example.",
    );
  }
  let profile: DeterminantProfile;
  if (options.determinants !== undefined) {
    profile = await loadProfile(options.determinants, ctx.io);
  } else {
    const checked = validateProfile(exampleProfile);
    if (!checked.success) throw new CliError("internal", "The built-in example profile does not validate.");
    profile = checked.data;
  }
  const matcher = await buildMatcher(options, ctx);
  return { profile, matcher, inputs: [options.determinants, ...(options.links ?? [])] };
}

/** The matcher over the link sets a command asked for (`--links`: built-in ids or CSV files), or every built-in set. */
export async function buildMatcher(
  options: Pick<MatcherInputOptions, "links" | "weightKind" | "linksFrom" | "linksTo">,
  ctx: CommandContext,
): Promise<Matcher> {
  const sets =
    options.links === undefined
      ? undefined
      : await Promise.all(options.links.map((source) => loadLinkSet(source, options, ctx)));
  return createMatcher(sets === undefined ? {} : { linkSets: sets });
}
