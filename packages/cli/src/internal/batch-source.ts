import { Readable } from "node:stream";
import { type DeterminantProfile, parseProfileRows, type ValidationIssue } from "@impsci/determinants";
import { parse } from "csv-parse";
import { CliError } from "../cli-error";
import { readLines } from "./read-lines";
import { checkedUtf8 } from "./utf8";

/** Why one input record of a batch file is not a profile: given in place of the matcher's own error. */
export interface BatchInputError {
  readonly code: "invalid-json" | "line-too-long" | "invalid-profile" | "repeated-profile";
  readonly message: string;
  readonly issues: readonly ValidationIssue[];
}

/** One input record of a batch file: a profile to match, or why its text is not one; with where it is. */
export interface BatchItem {
  readonly profile: unknown;
  readonly error?: BatchInputError;
  /** The first line of the record in the file. */
  readonly line: number;
  readonly id?: string;
}

/** NDJSON: one profile a line; blank lines skipped. */
export async function* ndjsonProfiles(stream: AsyncIterable<unknown>, name: string): AsyncGenerator<BatchItem> {
  for await (const item of readLines(stream, name)) {
    if ("tooLong" in item) {
      yield {
        profile: null,
        line: item.line,
        error: {
          code: "line-too-long",
          message: `Line ${item.line} is longer than 16 MiB: one profile a line.`,
          issues: [],
        },
      };
      continue;
    }
    if (item.text.trim() === "") continue;
    let profile: unknown;
    try {
      profile = JSON.parse(item.text);
    } catch (error) {
      yield {
        profile: null,
        line: item.line,
        error: {
          code: "invalid-json",
          message: `Line ${item.line} is not JSON: ${(error as Error).message}.`,
          issues: [],
        },
      };
      continue;
    }
    const id =
      profile !== null && typeof profile === "object" && typeof (profile as { id?: unknown }).id === "string"
        ? (profile as { id: string }).id
        : undefined;
    yield { profile, line: item.line, ...(id === undefined ? {} : { id }) };
  }
}

const ID_COLUMNS = ["profile", "site", "id"];

/**
 * CSV: the profile columns plus a `profile` (or `site`) column naming the profile of each row; the rows of one
 * profile stand together. Read as a stream: one profile's rows in memory at a time.
 */
export async function* csvProfiles(stream: NodeJS.ReadableStream, name: string): AsyncGenerator<BatchItem> {
  // Checked as UTF-8 first: csv-parse turned bad bytes into U+FFFD without a word, altering notes and names.
  const checked = Readable.from(checkedUtf8(stream as AsyncIterable<unknown>, name));
  const parser = checked.pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true, max_record_size: 1_000_000 }),
  );
  checked.on("error", (error) => parser.destroy(error));
  let header: string[] | undefined;
  let headerLine = 1;
  let idAt = -1;
  let group: { id: string; line: number; rows: { line: number; cells: string[] }[] } | undefined;
  const seen = new Set<string>();
  const flush = (): BatchItem | undefined => {
    if (!group || !header) return undefined;
    const { id, line, rows } = group;
    group = undefined;
    if (seen.has(id)) {
      return {
        profile: null,
        id,
        line,
        error: {
          code: "repeated-profile",
          message: `Profile "${id}" appears again at line ${line}: keep the rows of one profile together.`,
          issues: [],
        },
      };
    }
    seen.add(id);
    const cells = (row: { cells: string[] }) => row.cells.filter((_, i) => i !== idAt);
    const parsed = parseProfileRows(
      {
        header: header.filter((_, i) => i !== idAt),
        headerLine,
        rows: rows.map((row) => ({ line: row.line, cells: cells(row) })),
      },
      { id },
    );
    if (parsed.success) return { profile: parsed.data satisfies DeterminantProfile, id, line };
    return {
      profile: null,
      id,
      line,
      error: {
        code: "invalid-profile",
        message: parsed.issues.map((i) => i.message).join("\n"),
        issues: parsed.issues,
      },
    };
  };
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!header) {
        header = record.map((cell) => cell.trim());
        headerLine = info.lines;
        idAt = header.findIndex((cell) => ID_COLUMNS.includes(cell.toLowerCase()));
        if (idAt < 0) {
          throw new CliError(
            "bad-input",
            `${name}: the header has no "profile" column: add one naming the profile (site) of each row, e.g. profile,determinant,valence,...`,
          );
        }
        continue;
      }
      const id = (record[idAt] ?? "").trim();
      const line = info.lines - (record.join(",").split("\n").length - 1);
      if (group && group.id !== id) {
        const item = flush();
        if (item) yield item;
      }
      if (!group) group = { id, line, rows: [] };
      group.rows.push({ line, cells: record });
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      "bad-input",
      `${name} is not valid CSV: ${(error as Error).message}. Nothing after that point was read.`,
    );
  }
  const last = flush();
  if (last) yield last;
}
