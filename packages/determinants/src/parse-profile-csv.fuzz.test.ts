import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CsvFile,
  cellsReadable,
  csvStyle,
  expectCsvLocated,
  expectNoPollution,
  expectPlainData,
  expectReached,
  expectWellFormed,
  FUZZ_TIMEOUT,
  fuzz,
  hostileKey,
  hostileText,
  nearValidTable,
  toCsv,
  wellFormedCsvStyle,
  withinTime,
} from "../../../scripts/test-utils/fuzz";
import type { DeterminantProfileInput } from "./determinant";
import { listFrameworks, lookupElement } from "./frameworks";
import { PROFILE_CSV_COLUMNS, parseProfileCsv } from "./parse-profile-csv";
import { readCsv } from "./read-csv";
import { foldName } from "./reference";
import { validateProfile } from "./validate-profile";

/** Spellings of framework elements that resolve to exactly one element: ids, names, codes, odd case. */
const spellings: readonly (readonly [string, string])[] = listFrameworks().flatMap((framework) =>
  framework.elements.flatMap((element) =>
    [
      element.id,
      `${framework.id}:${element.name}`,
      `${framework.id.toUpperCase()} : ${element.name.toLowerCase()}`,
      ...(element.codes ?? []).map((code) => `${framework.id}:${code}`),
    ]
      .filter((text) => {
        const found = lookupElement(text);
        return found.ok && found.item.id === element.id;
      })
      .map((text) => [text, element.id] as const),
  ),
);

/** Text a spreadsheet cell may hold and CSV carries unchanged: trimmed, not empty. */
const cellText = (unit: "grapheme" | "grapheme-ascii" = "grapheme") =>
  fc
    .string({ unit, minLength: 1, maxLength: 30 })
    .map((text) => text.trim())
    .filter((text) => text !== "");
const freeText = fc.oneof(
  cellText(),
  fc.constantFrom('He said "no", twice', "line one\nline two", "a,b;c", "tab\there", "CR\r\nLF"),
);

/** A valid determinant, with the spelling its reference is written in. */
const validDeterminant = fc
  .record(
    {
      spelling: fc.constantFrom(...spellings),
      valence: fc.constantFrom("barrier", "facilitator"),
      magnitude: fc.integer({ min: 0, max: 2 }),
      importance: fc.integer({ min: 1, max: 5 }),
      changeability: fc.integer({ min: 1, max: 5 }),
      level: fc.constantFrom("individual", "team", "organisation", "community", "system"),
      populations: fc.array(
        cellText().filter((text) => !text.includes(";")),
        { minLength: 1, maxLength: 3 },
      ),
      reportedBy: freeText,
      note: freeText,
    },
    { requiredKeys: ["spelling", "valence"] },
  )
  .map(({ spelling, magnitude, ...rest }) => ({
    ...rest,
    determinant: spelling[0],
    id: spelling[1],
    ...(magnitude === undefined ? {} : { strength: rest.valence === "barrier" ? -magnitude || 0 : magnitude }),
  }));

const headerSpelling = (column: string) =>
  fc.constantFrom(
    column,
    column.toUpperCase(),
    ` ${column} `,
    column.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase()),
  );

const validCsv = fc
  .tuple(
    fc.uniqueArray(validDeterminant, { maxLength: 6, selector: (d) => `${d.id} ${d.valence}` }),
    fc.shuffledSubarray([...PROFILE_CSV_COLUMNS.slice(2)]),
    wellFormedCsvStyle,
    fc.nat(),
  )
  .chain(([determinants, optional, style, seed]) => {
    const used = PROFILE_CSV_COLUMNS.slice(2).filter((column) =>
      determinants.some((d) => (d as Record<string, unknown>)[column] !== undefined),
    );
    const columns = [...new Set([...optional, ...used])];
    const order = [...columns, "determinant", "valence"].sort(
      (a, b) => ((a.length * 7 + seed) % 5) - ((b.length * 7 + seed) % 5),
    );
    return fc.tuple(fc.tuple(...order.map(headerSpelling)), fc.constant({ determinants, order, style, seed }));
  })
  .map(([header, { determinants, order, style, seed }]) => {
    const number = (n: number) => [String(n), `${n}.0`, n > 0 ? `+${n}` : String(n)][seed % 3] as string;
    const write = (d: (typeof determinants)[number], column: string): string => {
      const value = (d as Record<string, unknown>)[column];
      if (value === undefined) return "";
      if (Array.isArray(value)) return value.join(seed % 2 === 0 ? ";" : " ; ");
      if (typeof value === "number") return number(value);
      if (column === "valence" || column === "level")
        return seed % 2 === 0 ? String(value) : String(value).toUpperCase();
      return String(value);
    };
    const rows = [header, ...determinants.map((d) => order.map((column) => write(d, column)))];
    const profile: DeterminantProfileInput = {
      determinants: determinants.map(({ id: _id, ...d }) => d),
    };
    return { file: toCsv(rows, style), profile };
  });

const sameColumn = (header: string, column: string) => foldName(header) === foldName(column);

const located = (file: CsvFile, result: ReturnType<typeof parseProfileCsv>) => {
  expectWellFormed(result);
  if (!result.success) expectCsvLocated(result.issues, file, { sameColumn, fileLevel: ["empty-file"] });
  expectCsvLocated(result.warnings, file, { sameColumn, fileLevel: ["unrated-determinant", "empty-profile"] });
  if (result.success) expectPlainData(result.data);
  expectNoPollution();
};

describe("parseProfileCsv under fuzzing", () => {
  it(
    "arbitrary text: a result or coded, located issues; never a throw, never slow",
    () => {
      const text = fc.oneof(
        fc.string({ unit: "binary", maxLength: 300 }),
        fc.string({ unit: fc.constantFrom(",", '"', "\n", "\r", ";", "\t", " ", "a", ":", "\uFEFF"), maxLength: 200 }),
        fc
          .array(fc.oneof(hostileText, hostileKey), { maxLength: 30 })
          .map((cells) => `determinant,valence,note\n${cells.join(",")}`),
      );
      fuzz(
        fc.property(text, (csv) => {
          const result = withinTime(() => parseProfileCsv(csv));
          expectWellFormed(result);
          const lines = csv.split(/\r\n|\n|\r/).length;
          for (const issue of result.success ? result.warnings : result.issues) {
            if (issue.row !== undefined) {
              expect(issue.path[0]).toBe(issue.row);
              expect(issue.row).toBeLessThanOrEqual(lines);
            }
          }
          expectNoPollution();
        }),
        1000,
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "near-valid files (columns shuffled, dropped, repeated or renamed; hostile cells; BOM, CRLF, CR, quoting, wrong delimiters): every issue points at the cell it names",
    () => {
      const file = validCsv.chain(({ file }) =>
        fc.tuple(nearValidTable(file.rows), csvStyle).map(([rows, style]) => toCsv(rows, style)),
      );
      let failed = 0;
      const runs = 1000;
      fuzz(
        fc.property(file, (f) => {
          const result = withinTime(() => parseProfileCsv(f.text, { id: "site-1" }));
          located(f, result);
          if (!result.success && cellsReadable(f)) failed++;
        }),
        runs,
      );
      expectReached(failed, runs, 70);
    },
    FUZZ_TIMEOUT,
  );

  it(
    "valid profiles written as CSV in any column order, spelling and style parse back to the profile validateProfile gives",
    () => {
      fuzz(
        fc.property(validCsv, fc.option(cellText("grapheme-ascii"), { nil: undefined }), ({ file, profile }, title) => {
          const options = { id: "site-1", ...(title === undefined ? {} : { title }) };
          const parsed = withinTime(() => parseProfileCsv(file.text, options));
          const expected = validateProfile({ ...options, ...profile });
          expect(expected.success).toBe(true);
          if (!parsed.success) expect.fail(JSON.stringify(parsed.issues.slice(0, 3)));
          expect(parsed.data).toEqual(expected.success && expected.data);
          expectPlainData(parsed.data);
          expect(Object.isFrozen(parsed.data.determinants)).toBe(true);
        }),
        600,
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe("readCsv under fuzzing", () => {
  it(
    "any table written as well-formed CSV reads back cell for cell, each row with the line it starts on",
    () => {
      const cell = fc.oneof(
        cellText(),
        fc.string({ unit: fc.constantFrom(",", '"', "\n", "\r", "\r\n", ";", "\t", "a", "é", "\uFEFF"), maxLength: 8 }),
      );
      const table = fc
        .integer({ min: 2, max: 5 })
        .chain((width) =>
          fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }),
        );
      fuzz(
        fc.property(table, wellFormedCsvStyle, (rows, style) => {
          const file = toCsv(rows, { ...style, quote: "all" });
          const read = withinTime(() => readCsv(file.text));
          const blank = (row: readonly string[]) => row.every((c) => c.trim() === "");
          const kept = rows.map((row, i) => ({ row, line: file.lines[i] })).filter(({ row }) => !blank(row));
          if (kept.length === 0) {
            expect(read.success).toBe(false);
            return;
          }
          if (!read.success) expect.fail(JSON.stringify(read.issues));
          const [header, ...data] = kept;
          expect(read.data.header).toEqual(header?.row.map((c) => c.trim()));
          expect(read.data.headerLine).toBe(header?.line);
          expect(read.data.rows).toEqual(data.map(({ row, line }) => ({ line, cells: row })));
        }),
        1000,
      );
    },
    FUZZ_TIMEOUT,
  );
});
