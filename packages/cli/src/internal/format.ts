import { stringify } from "csv-stringify/sync";
import { CliError } from "../cli-error";

/** The output formats of commands that print data. */
export const FORMATS = ["table", "json", "csv", "md"] as const;
/** An output format. */
export type Format = (typeof FORMATS)[number];

/** A column of a tabular view: its header and how to read a cell from a row. */
export interface Column<T> {
  readonly header: string;
  readonly value: (row: T) => string | number | boolean | undefined | null;
}

/** The format to use: the one asked for, else `table` on a terminal and `json` otherwise. */
export function chooseFormat(asked: string | undefined, isTTY: boolean | undefined): Format {
  if (asked === undefined) return isTTY ? "table" : "json";
  if ((FORMATS as readonly string[]).includes(asked)) return asked as Format;
  throw new CliError("usage", `--format ${asked} is not a format: use one of ${FORMATS.join(", ")}.`);
}

function cell(value: string | number | boolean | undefined | null): string {
  return value === undefined || value === null ? "" : String(value);
}

/** Renders rows as an aligned text table. */
function renderTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const grid = [
    columns.map((c) => c.header),
    ...rows.map((row) => columns.map((c) => cell(c.value(row)).replace(/\s+/g, " "))),
  ];
  const widths = columns.map((_, i) => Math.max(...grid.map((line) => (line[i] ?? "").length)));
  const lines = grid.map((line) =>
    line
      .map((text, i) => (i === line.length - 1 ? text : text.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  return `${lines.join("\n")}\n`;
}

/** Renders rows as CSV with a header row (RFC 4180 quoting). */
export function renderCsv<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  return stringify([columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => cell(c.value(row))))], {
    eof: true,
  });
}

/** Renders rows as a Markdown table. */
function renderMarkdown<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const mdCell = (text: string) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
  const lines = [
    `| ${columns.map((c) => mdCell(c.header)).join(" | ")} |`,
    `|${columns.map(() => "---").join("|")}|`,
    ...rows.map((row) => `| ${columns.map((c) => mdCell(cell(c.value(row)))).join(" | ")} |`),
  ];
  return `${lines.join("\n")}\n`;
}

/** Renders a value as JSON: two-space indented, final newline. */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Renders data in a format: `json` prints `json` (the full records), the others the tabular view. */
export function render<T>(
  format: Format,
  rows: readonly T[],
  columns: readonly Column<T>[],
  json: unknown = rows,
): string {
  switch (format) {
    case "json":
      return renderJson(json);
    case "csv":
      return renderCsv(rows, columns);
    case "md":
      return renderMarkdown(rows, columns);
    default:
      return renderTable(rows, columns);
  }
}
