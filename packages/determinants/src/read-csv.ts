// The browser build of csv-parse's sync API: the Node entry (`csv-parse/sync`) needs Node's global `Buffer`, this one
// carries its own. The CommonJS build of this package (Node only) is pointed at `csv-parse/sync` by tsup.config.ts.
import { parse } from "csv-parse/browser/esm/sync";
import type { ValidationIssue, ValidationResult } from "./validation";

/**
 * One data row of a CSV file.
 *
 * @example
 * ```ts
 * const row: CsvRow = { line: 2, cells: ["tdf-v2:knowledge", "barrier"] };
 * ```
 */
export interface CsvRow {
  /** The line of the file where the row starts, the first line being 1 (a spreadsheet's row number, unless an earlier cell holds a line break). */
  readonly line: number;
  /**
   * The cells, quotes removed and the spaces around each cell trimmed (spaces inside quotes are kept); a row may
   * have fewer or more cells than the header.
   */
  readonly cells: readonly string[];
}

/**
 * A CSV file read into its header and data rows.
 *
 * @example
 * ```ts
 * const read = readCsv("determinant,valence\ntdf-v2:knowledge,barrier\n");
 * if (read.success) {
 *   const table: CsvTable = read.data;
 *   table.header; // ["determinant", "valence"]
 * }
 * ```
 */
export interface CsvTable {
  /** The header's cells, trimmed. */
  readonly header: readonly string[];
  /** The line of the header: 1, unless blank lines come first. */
  readonly headerLine: number;
  /** The data rows, blank rows left out, in file order. */
  readonly rows: readonly CsvRow[];
}

/**
 * Why a CSV file could not be read.
 *
 * @example
 * ```ts
 * const read = readCsv("determinant;valence\n");
 * const codes: CsvIssueCode[] = read.success ? [] : read.issues.map((issue) => issue.code); // ["wrong-delimiter"]
 * ```
 */
export type CsvIssueCode = "empty-file" | "wrong-delimiter" | "csv-syntax";

const BREAK_CR = 13;
const BREAK_LF = 10;

/** The 1-based line of each byte offset, for offsets in ascending order (CRLF, LF and CR each end a line). */
function lineAt(bytes: Uint8Array): (offset: number) => number {
  let line = 1;
  let scanned = 0;
  return (offset) => {
    for (; scanned < offset && scanned < bytes.length; scanned++) {
      const byte = bytes[scanned];
      if (byte === BREAK_LF || (byte === BREAK_CR && bytes[scanned + 1] !== BREAK_LF)) line++;
    }
    return line;
  };
}

/** Whether a line ends inside a quoted cell (an odd number of quotes): the record goes on past the line break. */
const endsInQuotes = (line: string): boolean => (line.match(/"/g)?.length ?? 0) % 2 === 1;

function failure(
  code: CsvIssueCode,
  line: number | undefined,
  message: string,
): ValidationResult<CsvTable, CsvIssueCode> {
  const issue: ValidationIssue<CsvIssueCode> =
    line === undefined ? { code, path: [], message } : { code, path: [line], message, row: line };
  return { success: false, issues: [issue], warnings: [] };
}

/**
 * Reads CSV text into a header and rows, each row with its line in the file; never throws. Comma-separated, the
 * first non-blank row being the header; a byte-order mark, CRLF, LF or CR line ends, and quoted cells holding commas,
 * quotes (`""`) and line breaks are accepted. Spaces around cells are trimmed, a quote inside an unquoted cell is
 * read as text, and blank rows are skipped.
 *
 * @param text - The file's text.
 * @returns The table, or one issue: an empty file, a file separated by semicolons or tabs, or a syntax error with
 *   its line (e.g. a quote that is never closed).
 * @example
 * ```ts
 * const read = readCsv("determinant,valence\r\ntdf-v2:knowledge,barrier\r\n");
 * if (read.success) read.data.rows[0]; // { line: 2, cells: ["tdf-v2:knowledge", "barrier"] }
 * ```
 */
export function readCsv(text: string): ValidationResult<CsvTable, CsvIssueCode> {
  if (typeof text !== "string") return failure("csv-syntax", undefined, "The CSV input is not text.");
  const lead = /^\uFEFF?((?:\r\n|\n|\r)*)([^\r\n]*)/.exec(text);
  const firstLine = (lead?.[2] ?? "").trim();
  const firstLineNumber = 1 + (lead?.[1]?.match(/\r\n|\n|\r/g)?.length ?? 0);
  if (firstLine === "") {
    if (text.replace(/^\uFEFF/, "").trim() === "")
      return failure("empty-file", undefined, "The file is empty: its first line must be the header.");
  } else if (!firstLine.includes(",") && /[;\t]/.test(firstLine) && !endsInQuotes(firstLine)) {
    const separator = firstLine.includes("\t") ? "tabs" : "semicolons";
    return failure(
      "wrong-delimiter",
      firstLineNumber,
      `Line ${firstLineNumber}: the header is one column holding ${separator}, so the file seems to be separated by ${separator}. Save it as comma-separated CSV (in a spreadsheet: "CSV UTF-8 (comma delimited)").`,
    );
  }

  const bytes = new TextEncoder().encode(text);
  const line = lineAt(bytes);
  const records: { line: number; cells: string[] }[] = [];
  let consumed = 0;
  try {
    parse(text, {
      bom: true,
      delimiter: ",",
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      relax_quotes: true,
      trim: true,
      on_record: (cells: string[], context: { bytes: number }) => {
        records.push({ line: line(consumed), cells });
        consumed = context.bytes;
        return null;
      },
    });
  } catch (error) {
    const start = line(consumed);
    const code = (error as { code?: unknown }).code;
    const message =
      code === "CSV_QUOTE_NOT_CLOSED"
        ? `Line ${start}: a quoted cell opens in this row and is never closed, so the rest of the file would read as one cell. Add the closing quote (a quote inside a quoted cell is written "").`
        : code === "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE"
          ? `Line ${start}: a quoted cell has text after its closing quote. Put the whole cell in quotes, writing a quote inside it as "".`
          : `Line ${start}: the CSV cannot be read here (${error instanceof Error ? error.message : String(error)}).`;
    return failure("csv-syntax", start, message);
  }

  const filled = records.filter((record) => record.cells.some((cell) => cell.trim() !== ""));
  const [header, ...rows] = filled;
  if (!header) return failure("empty-file", undefined, "The file is empty: its first line must be the header.");
  return {
    success: true,
    data: { header: header.cells.map((cell) => cell.trim()), headerLine: header.line, rows },
    warnings: [],
  };
}
