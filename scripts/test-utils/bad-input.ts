// Ties docs/bad-input.md to the tests that measure it. Each row of its tables ends with the test that checks it
// (`file` › test name); that test calls `expectDocumented` with what it measured (codes, messages), and the row must
// show exactly that. A changed message fails the test until the table is updated, and `expectEveryRowTested` fails
// on a row whose test no longer exists. To see what the tests measure (when writing or updating rows), run them with
// `IMPSCI_BAD_INPUT_DUMP=<file>`: each test appends a JSON line with its name and measurements, and nothing is checked.
import { appendFileSync, readFileSync } from "node:fs";
import { expect } from "vitest";

const DOC = new URL("../../docs/bad-input.md", import.meta.url);
const rows = readFileSync(DOC, "utf8")
  .split("\n")
  .filter((line) => line.startsWith("|"));

/** How a text is written inside a Markdown table cell: pipes escaped, line breaks as spaces. */
export const inCell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

const tested = new Map<string, Set<string>>();

/** The test cell of a row: `` `<file>` › <test name> ``. */
const testCell = (file: string, name: string): string => `\`${file}\` › ${name} |`;

/**
 * Fails unless docs/bad-input.md has one row for the running test (its last cell names `file` and the test's full
 * name) and that row shows each of `measured` (a code, a message, a value) verbatim.
 *
 * @param file - The test file, as the row names it (`packages/<pkg>/src/<name>.bad-input.test.ts`).
 * @param measured - What the test measured, each to be found in the row.
 */
export function expectDocumented(file: string, ...measured: readonly string[]): void {
  const name = expect.getState().currentTestName ?? "";
  const dump = process.env.IMPSCI_BAD_INPUT_DUMP;
  if (dump) {
    appendFileSync(dump, `${JSON.stringify({ file, name, measured })}\n`);
    return;
  }
  const matching = rows.filter((row) => row.endsWith(testCell(file, name)));
  if (matching.length !== 1) {
    expect.fail(
      `docs/bad-input.md needs exactly one row ending with: ${testCell(file, name)} (found ${matching.length})`,
    );
  }
  const row = matching[0] as string;
  for (const text of measured) {
    if (!row.includes(inCell(text)))
      expect.fail(`the docs/bad-input.md row for "${name}" does not show: ${inCell(text)}`);
  }
  const names = tested.get(file) ?? new Set<string>();
  names.add(name);
  tested.set(file, names);
}

/** Fails when docs/bad-input.md has a row naming a test of `file` that did not run {@link expectDocumented}. */
export function expectEveryRowTested(file: string): void {
  if (process.env.IMPSCI_BAD_INPUT_DUMP) return;
  const names = tested.get(file) ?? new Set<string>();
  const prefix = `\`${file}\` › `;
  const orphans = rows
    .map((row) => row.slice(row.lastIndexOf(prefix)))
    .filter((cell) => cell.startsWith(prefix))
    .map((cell) => cell.slice(prefix.length, -2))
    .filter((name) => !names.has(name));
  expect(orphans).toEqual([]);
}
