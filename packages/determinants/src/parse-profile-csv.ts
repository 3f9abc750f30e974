import { distance } from "fastest-levenshtein";
import { type DeterminantInput, type DeterminantProfile, LevelSchema } from "./determinant";
import { checkDeterminants } from "./internal/check-determinants";
import { type CsvIssueCode, type CsvRow, readCsv } from "./read-csv";
import { foldName } from "./reference";
import { type ProfileIssueCode, validateProfile } from "./validate-profile";
import type { ValidationIssue, ValidationResult } from "./validation";

/** The columns of a profile CSV, in their documented order; `determinant` and `valence` are required. */
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

/** A column of a profile CSV. */
export type ProfileCsvColumn = (typeof PROFILE_CSV_COLUMNS)[number];

/** The codes of the issues {@link parseProfileCsv} reports. */
export type ProfileCsvIssueCode =
  | CsvIssueCode
  | ProfileIssueCode
  | "unknown-column"
  | "duplicate-column"
  | "missing-column"
  | "missing-value"
  | "extra-cells";

/** Options of {@link parseProfileCsv}. */
export interface ParseProfileCsvOptions {
  /** Id of the profile (a CSV holds only determinants), e.g. a site code. */
  readonly id?: string;
  /** A title a person can read. */
  readonly title?: string;
}

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
 * Reads a determinant profile from CSV, one row a determinant, and validates it like {@link validateProfile};
 * never throws. Columns (header required, any order, case and spacing ignored): `determinant` and `valence`
 * (required), `strength` (-2..+2), `importance` and `changeability` (1-5), `level`, `populations` (separated by
 * `;`), `reportedBy`, `note`; an empty cell is an absent value. Every bad row is reported at once, each issue with
 * its `row` (line in the file, the header being 1), `column` and `value`, and path `[row, column]`.
 *
 * @param text - The CSV text (a byte-order mark and CRLF line ends are fine).
 * @param options - `id` and `title` of the profile.
 * @returns The profile with each `determinant` rewritten to the element's qualified id, or every issue found.
 * @example
 * ```ts
 * const result = parseProfileCsv("determinant,valence,importance\ntdf-v2:Knowledge,barrier,7\n");
 * if (!result.success) result.issues[0]?.message; // 'Row 2, column "importance": "7" is not a whole number from 1 to 5.'
 * ```
 */
export function parseProfileCsv(
  text: string,
  options: ParseProfileCsvOptions = {},
): ValidationResult<DeterminantProfile, ProfileCsvIssueCode> {
  const read = readCsv(text);
  if (!read.success) return read;
  const { header, headerLine, rows } = read.data;
  const issues: Issue[] = [];

  // The header: which column is where.
  const at = new Map<ProfileCsvColumn, number>();
  const used = new Set<number>();
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
      used.add(index);
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
  if (missing.length > 0) return { success: false, issues, warnings: [] };

  // The rows: each cell checked on its own, then the references and the cross-row rules.
  const determinants = rows.map((row) => readRow(row, header.length, at, issues));
  const lines = rows.map((row) => row.line);
  const { findings } = checkDeterminants(determinants, (index) => `row ${lines[index]}`);
  const warnings: ValidationIssue[] = [];
  for (const finding of findings) {
    if (finding.index < 0) {
      warnings.push({ code: finding.code, path: [], message: finding.message });
      continue;
    }
    const row = rows[finding.index] as CsvRow;
    const column = finding.field;
    const value = column === undefined ? undefined : cellAt(row, at.get(column));
    const where = column === undefined ? `Row ${row.line}` : `Row ${row.line}, column "${column}"`;
    const issue: Issue = {
      code: finding.code as ProfileCsvIssueCode,
      path: column === undefined ? [row.line] : [row.line, column],
      row: row.line,
      ...(column === undefined ? {} : { column }),
      ...(value === undefined ? {} : { value }),
      message: `${where}: ${finding.message}`,
    };
    if (finding.severity === "warning") warnings.push(issue);
    else issues.push(issue);
  }
  if (issues.length > 0) return { success: false, issues: byRow(issues), warnings };

  const profile = { ...options, determinants };
  const validated = validateProfile(profile);
  if (validated.success) {
    if (rows.length === 0) {
      warnings.push({
        code: "empty-profile",
        path: [],
        message: "The file has a header but no rows: the profile lists no determinants.",
      });
    }
    return { success: true, data: validated.data, warnings };
  }
  // Only the options can fail here (every row passed its checks): report them as they are.
  return { success: false, issues: validated.issues, warnings };
}

const cellAt = (row: CsvRow, index: number | undefined): string =>
  index === undefined ? "" : (row.cells[index] ?? "").trim();

const rowOf = (issue: Issue): number => issue.row ?? 0;
const byRow = (issues: Issue[]): Issue[] =>
  issues
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => rowOf(a.issue) - rowOf(b.issue) || a.order - b.order)
    .map((entry) => entry.issue);

function readRow(row: CsvRow, width: number, at: ReadonlyMap<ProfileCsvColumn, number>, issues: Issue[]) {
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
