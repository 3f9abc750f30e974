import type { ValidationIssue } from "@impsci/determinants";
import { CliError } from "../cli-error";

/** One line for an issue: its location (row and column, or path) and its message. */
function issueLine(issue: ValidationIssue): string {
  if (issue.row !== undefined) {
    // Messages from tabular parsers already start with "Row N, column ...".
    return /^(Row|Line) \d+/.test(issue.message)
      ? issue.message
      : `Row ${issue.row}${issue.column ? `, column "${issue.column}"` : ""}: ${issue.message}`;
  }
  const path = issue.path.length > 0 ? issue.path.join(".") : "";
  return path !== "" && !issue.message.startsWith(path) ? `${path}: ${issue.message}` : issue.message;
}

/** The error for input that failed validation: every issue, one per line, under a summary naming the input. */
export function invalidInput(name: string, issues: readonly ValidationIssue[], what = "input"): CliError {
  const count = issues.length;
  return new CliError(
    "bad-input",
    `${name}: the ${what} has ${count} problem${count === 1 ? "" : "s"}; nothing was written. Fix ${count === 1 ? "it" : "them"} and run again:`,
    issues.map(issueLine),
  );
}

/** Writes warnings to standard error, one per line. */
export function printWarnings(
  stderr: { write(text: string): unknown },
  warnings: readonly { message: string }[],
): void {
  for (const warning of warnings) stderr.write(`impsci: warning: ${warning.message}\n`);
}
