import { distance } from "fastest-levenshtein";
import { type DeterminantInput, LevelSchema } from "../determinant";
import type { ProfileCsvIssueCode } from "../parse-profile-csv";
import type { CsvRow } from "../read-csv";
import { foldName } from "../reference";
import type { ValidationIssue } from "../validation";

/**
 * The columns of a profile CSV, in their documented order; `determinant` and `valence` are required.
 *
 * @example
 * ```ts
 * PROFILE_CSV_COLUMNS.join(","); // "determinant,valence,strength,importance,changeability,level,populations,reportedBy,note"
 * ```
 */
export const PROFILE_CSV_COLUMNS = [
  "determinant",
  "valence",
  "strength",
  "importance",
  "changeability",
  "level",
  "populations",
  "reportedBy",
  "note",
] as const;

/**
 * A column of a profile CSV.
 *
 * @example
 * ```ts
 * const column: ProfileCsvColumn = "importance";
 * ```
 */
export type ProfileCsvColumn = (typeof PROFILE_CSV_COLUMNS)[number];

type Issue = ValidationIssue<ProfileCsvIssueCode>;

const REQUIRED: readonly ProfileCsvColumn[] = ["determinant", "valence"];
const byFolded = new Map(PROFILE_CSV_COLUMNS.map((column) => [foldName(column), column]));
const LEVELS: readonly string[] = LevelSchema.options;

function cellIssue(code: ProfileCsvIssueCode, line: number, column: string, value: string, why: string): Issue {
  return {
    code,
    path: [line, column],
    row: line,
    column,
    value,
    message:
      value === ""
        ? `Row ${line}, column "${column}" ${why}`
        : `Row ${line}, column "${column}": ${JSON.stringify(value)} ${why}`,
  };
}

function closestColumn(name: string): string | undefined {
  const folded = foldName(name);
  let best: { column: string; d: number } | undefined;
  for (const column of PROFILE_CSV_COLUMNS) {
    const d = distance(folded, foldName(column)) / Math.max(folded.length, column.length);
    if (d <= 0.4 && (best === undefined || d < best.d)) best = { column, d };
  }
  return best?.column;
}

/** A whole number within bounds, written as digits (a leading sign and a `.0` are fine), or `undefined`. */
function wholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^[+-]?\d+(\.0+)?$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

/**
 * Maps the header's columns, reporting unnamed columns holding values, unknown and repeated columns, and missing
 * required ones; `complete` is false when a required column is missing (the rows cannot be read then).
 */
export function readHeader(
  header: readonly string[],
  headerLine: number,
  rows: readonly CsvRow[],
  issues: Issue[],
): { at: Map<ProfileCsvColumn, number>; complete: boolean } {
  const at = new Map<ProfileCsvColumn, number>();
  header.forEach((name, index) => {
    if (name === "") {
      if (rows.some((row) => (row.cells[index] ?? "").trim() !== ""))
        issues.push({
          code: "unknown-column",
          path: [headerLine, index],
          row: headerLine,
          value: "",
          message: `Row ${headerLine}: column ${index + 1} has no name but holds values: name it or remove it.`,
        });
      return;
    }
    const column = byFolded.get(foldName(name));
    if (column === undefined) {
      const hint = closestColumn(name);
      issues.push({
        code: "unknown-column",
        path: [headerLine, name],
        row: headerLine,
        column: name,
        value: name,
        message: `Row ${headerLine}: "${name}" is not a known column${hint ? `. Did you mean "${hint}"?` : `; the columns are ${PROFILE_CSV_COLUMNS.join(", ")}.`}`,
      });
    } else if (at.has(column)) {
      issues.push({
        code: "duplicate-column",
        path: [headerLine, name],
        row: headerLine,
        column: name,
        value: name,
        message: `Row ${headerLine}: column "${column}" appears twice (columns ${(at.get(column) ?? 0) + 1} and ${index + 1}): keep one.`,
      });
    } else {
      at.set(column, index);
    }
  });
  const missing = REQUIRED.filter((column) => !at.has(column));
  for (const column of missing) {
    const looksLikeData = header.some((name) => name.includes(":"));
    issues.push({
      code: "missing-column",
      path: [headerLine, column],
      row: headerLine,
      column,
      message: `Row ${headerLine}: the header has no "${column}" column; determinant and valence are required${looksLikeData ? ". The first row must be the header (determinant,valence,...), and it looks like data" : ""}.`,
    });
  }

  return { at, complete: missing.length === 0 };
}

/** The trimmed text of a row's cell at a column index (empty when the row is short or the column absent). */
export const cellAt = (row: CsvRow, index: number | undefined): string =>
  index === undefined ? "" : (row.cells[index] ?? "").trim();

/** Reads one row into a determinant, each cell checked on its own; problems go to `issues`. */
export function readRow(row: CsvRow, width: number, at: ReadonlyMap<ProfileCsvColumn, number>, issues: Issue[]) {
  const line = row.line;
  const cell = (column: ProfileCsvColumn): string => cellAt(row, at.get(column));
  const determinant: { -readonly [K in keyof DeterminantInput]?: DeterminantInput[K] } = {};

  const extra = row.cells.slice(width).filter((value) => value.trim() !== "");
  if (extra.length > 0) {
    issues.push({
      code: "extra-cells",
      path: [line],
      row: line,
      value: extra.join(","),
      message: `Row ${line}: ${row.cells.length} cells for ${width} columns (extra: ${extra.map((v) => JSON.stringify(v.trim())).join(", ")}): quote a cell that holds a comma, or remove the extra cells.`,
    });
  }

  const ref = cell("determinant");
  if (ref === "") {
    issues.push(
      cellIssue("missing-value", line, "determinant", "", "is empty: name a framework element, e.g. tdf-v2:knowledge."),
    );
  } else determinant.determinant = ref;

  const valence = cell("valence");
  const valenceValue = valence.toLowerCase();
  if (valence === "") {
    issues.push(cellIssue("missing-value", line, "valence", "", "is empty: write barrier or facilitator."));
  } else if (valenceValue === "barrier" || valenceValue === "facilitator") determinant.valence = valenceValue;
  else issues.push(cellIssue("invalid-value", line, "valence", valence, "is not barrier or facilitator."));

  const numbers = [
    ["strength", -2, 2],
    ["importance", 1, 5],
    ["changeability", 1, 5],
  ] as const;
  for (const [column, min, max] of numbers) {
    const text = cell(column);
    if (text === "") continue;
    const value = wholeNumber(text, min, max);
    if (value === undefined) {
      issues.push(cellIssue("invalid-value", line, column, text, `is not a whole number from ${min} to ${max}.`));
    } else determinant[column] = value;
  }

  const level = cell("level").toLowerCase();
  const levelValue = level === "organization" ? "organisation" : level;
  if (level !== "") {
    if (LEVELS.includes(levelValue)) determinant.level = levelValue as (typeof LevelSchema.options)[number];
    else issues.push(cellIssue("invalid-value", line, "level", cell("level"), `is not one of ${LEVELS.join(", ")}.`));
  }

  const populations = cell("populations")
    .split(";")
    .map((population) => population.trim())
    .filter((population) => population !== "");
  if (populations.length > 0) determinant.populations = populations;
  const reportedBy = cell("reportedBy");
  if (reportedBy !== "") determinant.reportedBy = reportedBy;
  const note = cell("note");
  if (note !== "") determinant.note = note;
  return determinant;
}
