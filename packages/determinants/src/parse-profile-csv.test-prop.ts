import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROFILE_CSV_COLUMNS, parseProfileCsv } from "./parse-profile-csv";

const cell = fc.oneof(
  fc.constantFrom("tdf-v2:knowledge", "com-b:C-Ps", "barrier", "facilitator", "-2", "5", "7", "1.5", "team", ""),
  fc.string(),
  fc.string({ unit: fc.constantFrom(",", '"', "\n", "\r", ";", "\t", " ", "a", "\uFEFF") }),
);

describe("parseProfileCsv (properties)", () => {
  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const result = parseProfileCsv(text);
        expect(typeof result.success).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on CSV-shaped text, and ties every row issue to a row, a column or both", () => {
    const header = fc.shuffledSubarray([...PROFILE_CSV_COLUMNS, "extra"], { minLength: 1 });
    const text = header.chain((columns) =>
      fc
        .tuple(
          fc.array(fc.array(cell, { minLength: columns.length, maxLength: columns.length }), { maxLength: 5 }),
          fc.constantFrom("\n", "\r\n"),
        )
        .map(([rows, end]) => [columns.join(","), ...rows.map((row) => row.join(","))].join(end)),
    );
    fc.assert(
      fc.property(text, (csv) => {
        const result = parseProfileCsv(csv);
        if (result.success) return;
        for (const issue of result.issues) {
          expect(issue.message.length).toBeGreaterThan(0);
          if (issue.path.length > 0) expect(issue.row).toBe(issue.path[0]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
