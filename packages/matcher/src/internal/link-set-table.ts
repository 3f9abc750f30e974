import type { CsvTable, ValidationIssue } from "@impsci/determinants";

/** A cell of the file, with where it is. */
export interface Cell {
  /** The text, trimmed. */
  readonly text: string;
  /** The line of the file (the header being line 1). */
  readonly line: number;
  /** The column, as the header names it. */
  readonly column: string;
}

/** One link as the file writes it, before any reference is resolved. */
export interface RawLink {
  readonly from: Cell;
  readonly to: Cell;
  readonly weight: Cell;
  readonly count?: Cell | undefined;
  readonly n?: Cell | undefined;
  readonly evidence?: Cell | undefined;
  readonly note?: Cell | undefined;
}

/** The columns of the long format: `from,to,weight` required, the others optional. */
const LONG_COLUMNS = ["from", "to", "weight", "count", "n", "evidence", "note"] as const;

/** An issue at a cell: path `[line, column]`, and the row, column and value for people reading it. */
export function cellIssue(code: string, cell: Cell, message: string): ValidationIssue {
  return {
    code,
    path: [cell.line, cell.column],
    message: `Line ${cell.line}, column "${cell.column}"${cell.text === "" ? "" : ` ("${cell.text}")`}: ${message}`,
    row: cell.line,
    column: cell.column,
    value: cell.text,
  };
}

/** Whether a header reads as the long format (it has `from`, `to` and `weight` columns). */
export function looksLong(header: readonly string[]): boolean {
  const names = new Set(header.map((h) => h.toLowerCase()));
  return names.has("from") && names.has("to") && names.has("weight");
}

/** Reads the long format: one link a row. Unknown columns are ignored with a warning. */
export function longLinks(table: CsvTable, issues: ValidationIssue[], warnings: ValidationIssue[]): RawLink[] {
  const at = new Map<string, number>();
  table.header.forEach((name, index) => {
    const key = name.toLowerCase();
    const head: Cell = { text: name, line: table.headerLine, column: name || `column ${index + 1}` };
    if (!(LONG_COLUMNS as readonly string[]).includes(key)) {
      warnings.push(
        cellIssue("unknown-column", head, `not a column of the long format (${LONG_COLUMNS.join(", ")}): ignored.`),
      );
    } else if (at.has(key)) {
      issues.push(cellIssue("duplicate-column", head, `the column "${key}" appears twice: keep one.`));
    } else at.set(key, index);
  });
  for (const required of ["from", "to", "weight"]) {
    if (!at.has(required)) {
      issues.push({
        code: "missing-column",
        path: [table.headerLine],
        message: `Line ${table.headerLine}: the header has no "${required}" column; the long format needs from,to,weight (and may add count,n,evidence,note).`,
        row: table.headerLine,
        column: required,
      });
    }
  }
  if (issues.length > 0) return [];
  const links: RawLink[] = [];
  for (const row of table.rows) {
    if (row.cells.length > table.header.length && row.cells.slice(table.header.length).some((c) => c.trim() !== "")) {
      issues.push(
        cellIssue(
          "extra-cells",
          {
            text: row.cells.slice(table.header.length).join(","),
            line: row.line,
            column: `column ${table.header.length + 1}`,
          },
          `this row has more cells than the header has columns: remove them or name the column.`,
        ),
      );
      continue;
    }
    const cell = (name: string): Cell | undefined => {
      const index = at.get(name);
      return index === undefined
        ? undefined
        : { text: (row.cells[index] ?? "").trim(), line: row.line, column: table.header[index] as string };
    };
    const optional = (name: string): Cell | undefined => {
      const c = cell(name);
      return c && c.text !== "" ? c : undefined;
    };
    links.push({
      from: cell("from") as Cell,
      to: cell("to") as Cell,
      weight: cell("weight") as Cell,
      count: optional("count"),
      n: optional("n"),
      evidence: optional("evidence"),
      note: optional("note"),
    });
  }
  return links;
}

/**
 * Reads the wide format: the first column holds the `to` references, the header row the `from` references, each
 * other cell a weight (an empty cell: no link).
 */
export function wideLinks(table: CsvTable, issues: ValidationIssue[]): RawLink[] {
  const corner = table.header[0] || "column 1";
  const heads: Cell[] = table.header.map((text, index) => ({
    text,
    line: table.headerLine,
    column: text || `column ${index + 1}`,
  }));
  heads.slice(1).forEach((head, i) => {
    const used = table.rows.some((row) => (row.cells[i + 1] ?? "").trim() !== "");
    if (head.text === "" && used)
      issues.push(
        cellIssue(
          "missing-value",
          head,
          `this column has weights but no reference in the header: name the element it is for.`,
        ),
      );
  });
  if (table.header.length < 2) {
    issues.push({
      code: "missing-column",
      path: [table.headerLine],
      message: `Line ${table.headerLine}: the wide format needs a first column of ${"`to`"} references and at least one column per ${"`from`"} reference.`,
      row: table.headerLine,
    });
    return [];
  }
  const links: RawLink[] = [];
  for (const row of table.rows) {
    const to: Cell = { text: (row.cells[0] ?? "").trim(), line: row.line, column: corner };
    const weights = row.cells.slice(1);
    if (row.cells.length > table.header.length && row.cells.slice(table.header.length).some((c) => c.trim() !== "")) {
      issues.push(
        cellIssue(
          "extra-cells",
          {
            text: row.cells.slice(table.header.length).join(","),
            line: row.line,
            column: `column ${table.header.length + 1}`,
          },
          "this row has more cells than the header has columns.",
        ),
      );
      continue;
    }
    if (to.text === "") {
      if (weights.some((w) => w.trim() !== ""))
        issues.push(cellIssue("missing-value", to, "this row has weights but no reference in its first column."));
      continue;
    }
    weights.forEach((text, i) => {
      const head = heads[i + 1] as Cell;
      if (text.trim() === "" || head.text === "") return;
      links.push({ from: head, to, weight: { text: text.trim(), line: row.line, column: head.column } });
    });
  }
  return links;
}
