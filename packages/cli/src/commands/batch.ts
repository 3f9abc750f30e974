import { once } from "node:events";
import { createWriteStream, promises as fs } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { MatchManyRecord } from "@impsci/matcher";
import { type Command, Option } from "commander";
import { CliError } from "../cli-error";
import { type BatchInputError, type BatchItem, csvProfiles, ndjsonProfiles } from "../internal/batch-source";
import { type CommandContext, withExample } from "../internal/command";
import { buildMatcher, type MatcherInputOptions, wholeNumber } from "../internal/matcher-input";
import { createProgress } from "../internal/progress";
import { openInputStream } from "../internal/read-input";
import { refuseFolder } from "../internal/write-output";

interface BatchCommandOptions extends Omit<MatcherInputOptions, "determinants" | "example"> {
  profiles: string;
  inputFormat?: "ndjson" | "csv";
  mode?: "weighted" | "cumulative";
  top?: number;
  target?: string;
  out?: string;
}

/** The output line for one profile: its position, id and first input line, then its result or its error. */
function lineOf(record: MatchManyRecord, item: BatchItem): string {
  const where = { index: record.index, ...(item.id === undefined ? {} : { id: item.id }), line: item.line };
  if (item.error) return JSON.stringify({ ...where, ok: false, error: item.error satisfies BatchInputError });
  return JSON.stringify(
    record.ok ? { ...where, ok: true, result: record.result } : { ...where, ok: false, error: record.error },
  );
}

/** `impsci batch`: many profiles (sites) in one streaming pass, one JSON line each, in input order. */
export function registerBatch(program: Command, ctx: CommandContext): void {
  const command = program
    .command("batch")
    .description(
      "match many profiles (sites) in one streaming pass: one JSON line per profile (NDJSON), in input order; a bad profile gets an error line and the run goes on",
    )
    .requiredOption(
      "--profiles <file>",
      "the profiles: NDJSON (one profile a line) or CSV with a profile column; - for standard input",
    )
    .addOption(
      new Option(
        "--input-format <format>",
        "ndjson or csv (default: from the file's extension; ndjson for standard input)",
      ).choices(["ndjson", "csv"]),
    )
    .option(
      "--links <id|file.csv>",
      "a link set to match through; repeatable (default: every built-in set)",
      (v: string, p: string[] = []) => [...p, v],
    )
    .addOption(
      new Option("--weight-kind <kind>", "what the weights of --links CSV files mean")
        .choices(["percent", "binary", "probability"])
        .default("percent"),
    )
    .option("--links-from <scheme>", "the scheme of the `from` references of --links CSV files (e.g. cfir-2009)")
    .option("--links-to <scheme>", "the scheme of the `to` references of --links CSV files (e.g. eric)")
    .addOption(new Option("--mode <mode>", "weighted or cumulative").choices(["weighted", "cumulative"]))
    .option("--top <n>", "recommendations per profile (default 10)", wholeNumber(1))
    .option("--target <taxonomy>", "the taxonomy to recommend from (default eric)")
    .option("--out <file>", "write the NDJSON to this file (atomically: it appears whole or not at all)");
  withExample(
    command,
    "impsci batch --profiles sites.ndjson --top 5 > results.ndjson",
    "impsci batch --profiles sites.csv --out results.ndjson",
  );
  command.action(async (options: BatchCommandOptions) => {
    const matcher = await buildMatcher(options, ctx);
    const source = await openInputStream(options.profiles, ctx.io);
    const format = options.inputFormat ?? (/\.csv$/i.test(options.profiles) ? "csv" : "ndjson");
    const items =
      format === "csv"
        ? csvProfiles(source.stream, source.name)
        : ndjsonProfiles(source.stream as AsyncIterable<unknown>, source.name);
    const inFlight: BatchItem[] = [];
    async function* profiles() {
      for await (const item of items) {
        inFlight.push(item);
        yield item.profile as never;
      }
    }
    const records = matcher.matchMany(profiles(), {
      ...(options.mode ? { mode: options.mode } : {}),
      ...(options.top !== undefined ? { top: options.top } : {}),
      ...(options.target ? { target: options.target } : {}),
    });

    const target = options.out === undefined || options.out === "-" ? undefined : resolve(ctx.io.cwd, options.out);
    // The profiles and the --links files are inputs (a link set CSV was written over before this check named them).
    const inputs = [source.path, ...(options.links ?? []).map((link) => resolve(ctx.io.cwd, link))];
    if (target !== undefined && inputs.includes(target)) {
      throw new CliError(
        "usage",
        `--out ${options.out} is one of this command's inputs: impsci never writes over its input. Choose another file.`,
      );
    }
    if (target !== undefined) await refuseFolder(options.out as string, target);
    const outputFailed = (error: unknown) =>
      new CliError(
        "output-failed",
        `Could not write ${target}: ${(error as Error).message}. Nothing was written.`,
        [],
        {
          cause: error,
        },
      );
    const temp = target === undefined ? undefined : join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    const file = temp === undefined ? undefined : createWriteStream(temp, { flags: "wx" });
    if (file) {
      // A folder that does not exist fails here, as a message (it was an unhandled 'error' event and a stack trace).
      await once(file, "open").catch((error: unknown) => {
        throw outputFailed(error);
      });
      file.on("error", () => {}); // write and end report errors through their callbacks
    }
    const write = (text: string) =>
      file
        ? new Promise<void>((done, fail) => file.write(text, (error) => (error ? fail(outputFailed(error)) : done())))
        : Promise.resolve(void ctx.io.stdout.write(text));
    const progress = createProgress(ctx.io, "batch");
    let count = 0;
    let failed = 0;
    try {
      for await (const record of records) {
        const item = inFlight.shift() as BatchItem;
        if (item.error || !record.ok) failed++;
        await write(`${lineOf(record, item)}\n`);
        progress.update(++count);
      }
      if (file && temp && target) {
        await new Promise<void>((done, fail) =>
          file.end((error?: Error | null) => (error ? fail(outputFailed(error)) : done())),
        );
        await fs.rename(temp, target).catch((error: unknown) => {
          throw outputFailed(error);
        });
      }
    } catch (error) {
      if (file && temp) {
        file.destroy();
        // A name too long for the file system fails here too: that error is not the one to report.
        await fs.rm(temp, { force: true }).catch(() => {});
      }
      throw error;
    } finally {
      progress.finish();
    }
    ctx.io.stderr.write(
      `impsci: ${count} profile(s) matched, ${failed} with errors${failed > 0 ? " (see their error lines)" : ""}\n`,
    );
  });
}
