import type { DeterminantProfile } from "./determinant";
import { checkDeterminants } from "./internal/check-determinants";
import { cellAt, readHeader, readRow } from "./internal/profile-csv";
import { type CsvIssueCode, type CsvRow, type CsvTable, readCsv } from "./read-csv";
import { type ProfileIssueCode, validateProfile } from "./validate-profile";
import type { ValidationIssue, ValidationResult } from "./validation";

export type { ProfileCsvColumn } from "./internal/profile-csv";
export { PROFILE_CSV_COLUMNS } from "./internal/profile-csv";

/**
 * The codes of the issues {@link parseProfileCsv} reports.
 *
 * @example
 * ```ts
 * const result = parseProfileCsv("determinant\ntdf-v2:knowledge\n");
 * const codes: ProfileCsvIssueCode[] = result.success ? [] : result.issues.map((issue) => issue.code);
 * // ["missing-column"]: the header has no valence column
 * ```
 */
export type ProfileCsvIssueCode =
  | CsvIssueCode
  | ProfileIssueCode
  | "unknown-column"
  | "duplicate-column"
  | "missing-column"
  | "missing-value"
  | "extra-cells";

/**
 * Options of {@link parseProfileCsv}.
 *
 * @example
 * ```ts
 * const options: ParseProfileCsvOptions = { id: "site-3", title: "Site 3 clinic" };
 * parseProfileCsv("determinant,valence\ntdf-v2:knowledge,barrier\n", options);
 * ```
 */
export interface ParseProfileCsvOptions {
  /** Id of the profile (a CSV holds only determinants), e.g. a site code. */
  readonly id?: string;
  /** A title a person can read. */
  readonly title?: string;
}

type Issue = ValidationIssue<ProfileCsvIssueCode>;

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
  return parseProfileRows(read.data, options);
}

/**
 * Reads a determinant profile from CSV rows already read (by {@link readCsv} or a streaming CSV reader that
 * keeps each row's line), with exactly the checks and messages of {@link parseProfileCsv}; never throws. For
 * tools that read many profiles from one file, e.g. a batch file with a `profile` column.
 *
 * @param table - The header, the header's line and the rows with their lines in the file.
 * @param options - `id` and `title` of the profile.
 * @returns The profile, or every issue found, located by the rows' own lines.
 * @example
 * ```ts
 * const result = parseProfileRows(
 *   { header: ["determinant", "valence"], headerLine: 1, rows: [{ line: 7, cells: ["tdf-v2:Knowledge", "barrier"] }] },
 *   { id: "site-3" },
 * );
 * ```
 */
export function parseProfileRows(
  table: CsvTable,
  options: ParseProfileCsvOptions = {},
): ValidationResult<DeterminantProfile, ProfileCsvIssueCode> {
  const { header, headerLine, rows } = table;
  const issues: Issue[] = [];

  const { at, complete } = readHeader(header, headerLine, rows, issues);
  if (!complete) return { success: false, issues, warnings: [] };

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

const rowOf = (issue: Issue): number => issue.row ?? 0;
const byRow = (issues: Issue[]): Issue[] =>
  issues
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => rowOf(a.issue) - rowOf(b.issue) || a.order - b.order)
    .map((entry) => entry.issue);
