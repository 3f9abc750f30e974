import { describe, expect, it } from "vitest";
import { parseProfileCsv, parseProfileRows } from "./parse-profile-csv";

const HEADER = "determinant,valence,strength,importance,changeability,level,populations,reportedBy,note";

const issuesOf = (text: string) => {
  const result = parseProfileCsv(text);
  return result.success ? [] : result.issues;
};

describe("parseProfileCsv", () => {
  it("reads every column, canonicalising references and splitting populations on ;", () => {
    const text = [
      `\uFEFF${HEADER}`,
      'tdf-v2:Knowledge,barrier,-2,5,4,individual,"rural patients; older adults",nurse lead,"staff unaware, mostly"',
      "com-b:C-Ps,Facilitator,+1,3,3,Organization,,,",
      "cfir-2009:planning,barrier,,,,,,,",
    ].join("\r\n");
    expect(parseProfileCsv(text, { id: "clinic-a", title: "Clinic A" })).toEqual({
      success: true,
      data: {
        id: "clinic-a",
        title: "Clinic A",
        determinants: [
          {
            determinant: "tdf-v2:knowledge",
            valence: "barrier",
            strength: -2,
            importance: 5,
            changeability: 4,
            level: "individual",
            populations: ["rural patients", "older adults"],
            reportedBy: "nurse lead",
            note: "staff unaware, mostly",
          },
          {
            determinant: "com-b:psychological-capability",
            valence: "facilitator",
            strength: 1,
            importance: 3,
            changeability: 3,
            level: "organisation",
          },
          { determinant: "cfir-2009:planning", valence: "barrier" },
        ],
      },
      warnings: [
        {
          code: "unrated-determinant",
          path: [4],
          row: 4,
          message:
            "Row 4: no importance or changeability rating: prioritise() ranks it after every determinant rated on both.",
        },
      ],
    });
  });

  it("needs only determinant and valence, in any order, header names folded", () => {
    const result = parseProfileCsv("Valence, Determinant ,Reported By\nbarrier,tdf-v2:skills,coach\n");
    expect(result.success && result.data.determinants).toEqual([
      { determinant: "tdf-v2:skills", valence: "barrier", reportedBy: "coach" },
    ]);
  });

  it("reports every bad row at once, each with its row, column, value and a plain message", () => {
    const text = [
      "determinant,valence,strength,importance,changeability,level",
      "tdf-v2:knowledge,barrier,-1,7,2,team", // line 2: importance out of range
      "tdf-v2:knowlege,barier,1.5,2,NaN,clinic", // line 3: five problems
      "tdf-v2:skills,barrier,,3.5,Infinity,", // line 4: decimal, Infinity
      ",facilitator,2,,four,", // line 5: empty determinant, text
    ].join("\n");
    expect(
      issuesOf(text).map(({ code, path, row, column, value, message }) => ({
        code,
        path,
        row,
        column,
        value,
        message,
      })),
    ).toEqual([
      {
        code: "invalid-value",
        path: [2, "importance"],
        row: 2,
        column: "importance",
        value: "7",
        message: 'Row 2, column "importance": "7" is not a whole number from 1 to 5.',
      },
      {
        code: "invalid-value",
        path: [3, "valence"],
        row: 3,
        column: "valence",
        value: "barier",
        message: 'Row 3, column "valence": "barier" is not barrier or facilitator.',
      },
      {
        code: "invalid-value",
        path: [3, "strength"],
        row: 3,
        column: "strength",
        value: "1.5",
        message: 'Row 3, column "strength": "1.5" is not a whole number from -2 to 2.',
      },
      {
        code: "invalid-value",
        path: [3, "changeability"],
        row: 3,
        column: "changeability",
        value: "NaN",
        message: 'Row 3, column "changeability": "NaN" is not a whole number from 1 to 5.',
      },
      {
        code: "invalid-value",
        path: [3, "level"],
        row: 3,
        column: "level",
        value: "clinic",
        message: 'Row 3, column "level": "clinic" is not one of individual, team, organisation, community, system.',
      },
      {
        code: "unknown-reference",
        path: [3, "determinant"],
        row: 3,
        column: "determinant",
        value: "tdf-v2:knowlege",
        message:
          'Row 3, column "determinant": Unknown tdf-v2 reference "knowlege". Did you mean tdf-v2:knowledge (Knowledge)?',
      },
      {
        code: "invalid-value",
        path: [4, "importance"],
        row: 4,
        column: "importance",
        value: "3.5",
        message: 'Row 4, column "importance": "3.5" is not a whole number from 1 to 5.',
      },
      {
        code: "invalid-value",
        path: [4, "changeability"],
        row: 4,
        column: "changeability",
        value: "Infinity",
        message: 'Row 4, column "changeability": "Infinity" is not a whole number from 1 to 5.',
      },
      {
        code: "missing-value",
        path: [5, "determinant"],
        row: 5,
        column: "determinant",
        value: "",
        message: 'Row 5, column "determinant" is empty: name a framework element, e.g. tdf-v2:knowledge.',
      },
      {
        code: "invalid-value",
        path: [5, "changeability"],
        row: 5,
        column: "changeability",
        value: "four",
        message: 'Row 5, column "changeability": "four" is not a whole number from 1 to 5.',
      },
    ]);
  });

  it("accepts whole numbers written with a sign or a .0, and rejects hex, exponents and out-of-range values", () => {
    const ok = parseProfileCsv("determinant,valence,strength,importance\ncom-b:capability,facilitator,+2,4.0\n");
    expect(ok.success && ok.data.determinants[0]).toEqual({
      determinant: "com-b:capability",
      valence: "facilitator",
      strength: 2,
      importance: 4,
    });
    const bad = issuesOf(
      "determinant,valence,strength,importance\ncom-b:capability,barrier,-3,0x4\ncom-b:opportunity,barrier,,1e0\n",
    );
    expect(bad.map((i) => [i.row, i.column, i.value])).toEqual([
      [2, "strength", "-3"],
      [2, "importance", "0x4"],
      [3, "importance", "1e0"],
    ]);
  });

  it("reports the rules across rows: duplicates, ambiguous references, strength against valence", () => {
    const text = [
      "determinant,valence,strength",
      "tdf-v2:knowledge,barrier,-1",
      "tdf-v2:Identity,barrier,",
      "tdf-v2:1,barrier,",
      "com-b:capability,facilitator,-2",
    ].join("\n");
    expect(issuesOf(text).map((i) => [i.code, i.path, i.message])).toEqual([
      [
        "ambiguous-reference",
        [3, "determinant"],
        'Row 3, column "determinant": The tdf-v2 reference "Identity" is ambiguous: it names tdf-v2:social-professional-role-and-identity.identity (Identity), tdf-v2:optimism.identity (Identity). Use the full key.',
      ],
      [
        "duplicate-determinant",
        [4, "determinant"],
        'Row 4, column "determinant": tdf-v2:knowledge is already listed as a barrier at row 2: merge the two into one.',
      ],
      [
        "strength-contradicts-valence",
        [5, "strength"],
        'Row 5, column "strength": strength -2 contradicts the valence "facilitator": a barrier\'s strength is -2 to 0, a facilitator\'s 0 to +2. Correct one of the two.',
      ],
    ]);
  });

  it("reports unknown, duplicate and missing columns, suggesting the column meant", () => {
    expect(
      issuesOf("determinant,valence,importance,changability,colour,valence\n").map((i) => [i.code, i.path, i.message]),
    ).toEqual([
      [
        "unknown-column",
        [1, "changability"],
        'Row 1: "changability" is not a known column. Did you mean "changeability"?',
      ],
      [
        "unknown-column",
        [1, "colour"],
        'Row 1: "colour" is not a known column; the columns are determinant, valence, strength, importance, changeability, level, populations, reportedBy, note.',
      ],
      ["duplicate-column", [1, "valence"], 'Row 1: column "valence" appears twice (columns 2 and 6): keep one.'],
    ]);
    expect(issuesOf("determinant,importance\ntdf-v2:knowledge,4\n").map((i) => [i.code, i.column, i.message])).toEqual([
      ["missing-column", "valence", 'Row 1: the header has no "valence" column; determinant and valence are required.'],
    ]);
  });

  it("says so when the first row looks like data rather than a header", () => {
    const issues = issuesOf("tdf-v2:knowledge,barrier\ntdf-v2:skills,barrier\n");
    expect(issues.map((i) => i.code)).toEqual(["unknown-column", "unknown-column", "missing-column", "missing-column"]);
    expect(issues[2]?.message).toContain(
      "The first row must be the header (determinant,valence,...), and it looks like data",
    );
  });

  it("reports cells beyond the header, but accepts empty trailing ones and short rows", () => {
    const issues = issuesOf("determinant,valence\ntdf-v2:knowledge,barrier,,\ntdf-v2:skills,barrier,5,x\n");
    expect(issues.map((i) => [i.code, i.row, i.message])).toEqual([
      [
        "extra-cells",
        3,
        'Row 3: 4 cells for 2 columns (extra: "5", "x"): quote a cell that holds a comma, or remove the extra cells.',
      ],
    ]);
    const short = parseProfileCsv("determinant,valence,importance,note\ntdf-v2:knowledge,barrier\n");
    expect(short.success && short.data.determinants).toEqual([{ determinant: "tdf-v2:knowledge", valence: "barrier" }]);
  });

  it("reports an unnamed column that holds values, and ignores an empty one", () => {
    expect(parseProfileCsv("determinant,valence,\ntdf-v2:knowledge,barrier,\n").success).toBe(true);
    expect(issuesOf("determinant,,valence\ntdf-v2:knowledge,x,barrier\n").map((i) => [i.code, i.message])).toEqual([
      ["unknown-column", "Row 1: column 2 has no name but holds values: name it or remove it."],
    ]);
  });

  it("passes on the CSV reader's problems, with their line", () => {
    expect(issuesOf("").map((i) => i.code)).toEqual(["empty-file"]);
    expect(issuesOf("determinant;valence\ntdf-v2:knowledge;barrier\n").map((i) => i.code)).toEqual(["wrong-delimiter"]);
    expect(issuesOf('determinant,valence,note\ntdf-v2:knowledge,barrier,"open\n').map((i) => [i.code, i.row])).toEqual([
      ["csv-syntax", 2],
    ]);
  });

  it("returns an empty profile, with a warning, for a header without rows", () => {
    expect(parseProfileCsv("determinant,valence\r\n")).toEqual({
      success: true,
      data: { determinants: [] },
      warnings: [
        {
          code: "empty-profile",
          path: [],
          message: "The file has a header but no rows: the profile lists no determinants.",
        },
      ],
    });
  });

  it("reports an invalid id option through the profile schema", () => {
    const result = parseProfileCsv("determinant,valence\ntdf-v2:knowledge,barrier\n", { id: "" });
    expect(!result.success && result.issues.map((i) => [i.code, i.path])).toEqual([["too-small", ["id"]]]);
  });
});

describe("parseProfileRows", () => {
  it("reads rows already read, locating issues by the rows' own lines", () => {
    const result = parseProfileRows(
      {
        header: ["determinant", "valence", "importance"],
        headerLine: 1,
        rows: [
          { line: 7, cells: ["tdf-v2:Knowledge", "barrier", "4"] },
          { line: 9, cells: ["tdf-v2:Skills", "barrier", "9"] },
        ],
      },
      { id: "site-3" },
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => [i.row, i.column, i.code])).toEqual([[9, "importance", "invalid-value"]]);
  });

  it("gives the same profile as parseProfileCsv for the same rows", () => {
    const text = "determinant,valence\ntdf-v2:Knowledge,barrier\n";
    const viaRows = parseProfileRows({
      header: ["determinant", "valence"],
      headerLine: 1,
      rows: [{ line: 2, cells: ["tdf-v2:Knowledge", "barrier"] }],
    });
    expect(viaRows).toEqual(parseProfileCsv(text));
  });
});
