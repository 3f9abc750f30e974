import { afterEach, describe, expect, it } from "vitest";
import { readCsv } from "./read-csv";

const table = (text: string) => {
  const result = readCsv(text);
  if (!result.success) throw new Error(result.issues[0]?.message);
  return result.data;
};

describe("readCsv", () => {
  it("returns the header and each row with the line it starts on", () => {
    expect(table("a,b\n1,2\n3,4\n")).toEqual({
      header: ["a", "b"],
      headerLine: 1,
      rows: [
        { line: 2, cells: ["1", "2"] },
        { line: 3, cells: ["3", "4"] },
      ],
    });
  });

  it("accepts a byte-order mark, CRLF, CR and mixed line ends", () => {
    expect(table("\uFEFFa,b\r\n1,2\r\n")).toEqual({
      header: ["a", "b"],
      headerLine: 1,
      rows: [{ line: 2, cells: ["1", "2"] }],
    });
    expect(table("a,b\r1,2\r3,4").rows.map((r) => r.line)).toEqual([2, 3]);
    expect(table("a,b\r\n1,2\n3,4\r\n").rows.map((r) => r.cells)).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
  });

  it("reads quoted cells holding commas, quotes and line breaks, counting lines as a text editor does", () => {
    const read = table('a,b\n"x, y","say ""hi"""\n"two\nlines",z\n"three\r\nmore\r\nlines",w\nlast,row\n');
    expect(read.rows).toEqual([
      { line: 2, cells: ["x, y", 'say "hi"'] },
      { line: 3, cells: ["two\nlines", "z"] },
      { line: 5, cells: ["three\r\nmore\r\nlines", "w"] },
      { line: 8, cells: ["last", "row"] },
    ]);
  });

  it("skips blank rows but keeps counting their lines, and takes a quote inside an unquoted cell as text", () => {
    const read = table('\n\na,b\n\n1,2\n ,  \n3,he said "no"\n');
    expect(read.headerLine).toBe(3);
    expect(read.rows).toEqual([
      { line: 5, cells: ["1", "2"] },
      { line: 7, cells: ["3", 'he said "no"'] },
    ]);
  });

  it("keeps rows with fewer or more cells than the header, for the caller to judge", () => {
    expect(table("a,b,c\n1\n1,2,3,4\n").rows.map((r) => r.cells)).toEqual([["1"], ["1", "2", "3", "4"]]);
  });

  it("counts multi-byte text correctly when finding lines", () => {
    expect(table('nom,note\n"é\nà",ü\nø,"æ"\n').rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it("reports an empty file", () => {
    for (const text of ["", "\uFEFF", "\n\r\n", " , \n"]) {
      const result = readCsv(text);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.issues.map((i) => i.code)).toEqual(["empty-file"]);
    }
  });

  it("recognises a file separated by semicolons or tabs and says so", () => {
    const semicolons = readCsv('"determinant";"valence"\ntdf-v2:knowledge;barrier\n');
    expect(semicolons).toEqual({
      success: false,
      issues: [
        {
          code: "wrong-delimiter",
          path: [1],
          row: 1,
          message:
            'Line 1: the header is one column holding semicolons, so the file seems to be separated by semicolons. Save it as comma-separated CSV (in a spreadsheet: "CSV UTF-8 (comma delimited)").',
        },
      ],
      warnings: [],
    });
    const tabs = readCsv("\r\ndeterminant\tvalence\n");
    expect(!tabs.success && [tabs.issues[0]?.code, tabs.issues[0]?.row]).toEqual(["wrong-delimiter", 2]);
    expect(!tabs.success && tabs.issues[0]?.message).toContain("separated by tabs");
  });

  it("reports a quote that is never closed, at the line of the row where it opens", () => {
    const result = readCsv('a,b\n1,2\n3,"four\n5,6\n7,8\n');
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: "csv-syntax",
          path: [3],
          row: 3,
          message:
            'Line 3: a quoted cell opens in this row and is never closed, so the rest of the file would read as one cell. Add the closing quote (a quote inside a quoted cell is written "").',
        },
      ],
      warnings: [],
    });
  });

  it("reports text after a closing quote, at its line", () => {
    expect(readCsv('a,b\n1,2\n"x" y,2\n')).toEqual({
      success: false,
      issues: [
        {
          code: "csv-syntax",
          path: [3],
          row: 3,
          message:
            'Line 3: a quoted cell has text after its closing quote. Put the whole cell in quotes, writing a quote inside it as "".',
        },
      ],
      warnings: [],
    });
  });

  it("trims the spaces around cells but keeps those inside quotes", () => {
    expect(table(' a , b \n 1 , " 2 " \n"x"  ,y\n').rows.map((r) => r.cells)).toEqual([
      ["1", " 2 "],
      ["x", "y"],
    ]);
  });

  it("reports input that is not text", () => {
    expect(readCsv(42 as unknown as string)).toMatchObject({ success: false, issues: [{ code: "csv-syntax" }] });
  });

  describe("without Node's Buffer (as in a browser)", () => {
    const buffer = globalThis.Buffer;
    afterEach(() => {
      globalThis.Buffer = buffer;
    });

    it("still reads CSV, because it uses csv-parse's browser build", () => {
      // @ts-expect-error: removing the global on purpose, as a browser has none
      delete globalThis.Buffer;
      expect(typeof globalThis.Buffer).toBe("undefined");
      expect(readCsv('a,b\r\n"1,5",2\r\n')).toEqual({
        success: true,
        data: { header: ["a", "b"], headerLine: 1, rows: [{ line: 2, cells: ["1,5", "2"] }] },
        warnings: [],
      });
    });
  });
});
