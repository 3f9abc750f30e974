import { builtinCatalogue } from "@impsci/catalogue";
import { getFramework, lookupElement } from "@impsci/determinants";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CsvFile,
  csvStyle,
  expectCsvLocated,
  expectNoPollution,
  expectPathsInto,
  expectPlainData,
  expectReached,
  expectWellFormed,
  FUZZ_TIMEOUT,
  fuzz,
  hostileJson,
  hostileText,
  nearValidTable,
  numberText,
  toCsv,
  wellFormedCsvStyle,
  withinTime,
} from "../../../scripts/test-utils/fuzz";
import type { Link, LinkSet } from "./link-set";
import { parseLinkSetCsv } from "./parse-link-set-csv";

/** Spellings that name exactly one item, with and without the scheme prefix. */
function spellingsOf(
  items: readonly { id: string; name: string; codes?: readonly string[] | undefined }[],
  scheme: string,
  resolves: (text: string) => string | undefined,
) {
  return items.flatMap((item) =>
    [
      item.id,
      `${scheme}:${item.name}`,
      `${scheme.toUpperCase()}: ${item.name.toUpperCase()}`,
      ...(item.codes ?? []).map((code) => `${scheme}:${code}`),
    ]
      .filter((text) => resolves(text) === item.id)
      .map((full) => ({ full, bare: full.slice(full.indexOf(":") + 1).trim(), id: item.id })),
  );
}
const fromSpellings = spellingsOf(getFramework("cfir-2009").elements, "cfir-2009", (text) => {
  const found = lookupElement(text);
  return found.ok ? found.item.id : undefined;
});
const toSpellings = spellingsOf(builtinCatalogue.listStrategies({ taxonomy: "eric" }), "eric", (text) => {
  const found = builtinCatalogue.lookupStrategy(text);
  return found.ok ? found.item.id : undefined;
});

const note = fc.oneof(
  fc
    .string({ unit: "grapheme", minLength: 1, maxLength: 20 })
    .map((text) => text.trim())
    .filter((text) => text !== ""),
  fc.constantFrom('Table 1, "Planning"', "two\nlines", "a;b,c"),
);

/** A valid link, with how its references are spelled. */
const link = fc
  .record(
    {
      from: fc.constantFrom(...fromSpellings),
      to: fc.constantFrom(...toSpellings),
      weight: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(12.5, 0.25, 99.9)),
      n: fc.integer({ min: 1, max: 40 }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      evidence: fc.constantFrom("link", "inconclusive", "non-link", "no-evidence"),
      note,
    },
    { requiredKeys: ["from", "to", "weight"] },
  )
  .map(({ share, ...l }) => ({
    ...l,
    count: l.n === undefined || share === undefined ? undefined : Math.floor(share * l.n),
  }));

const links = fc.uniqueArray(link, { minLength: 1, maxLength: 8, selector: (l) => `${l.from.id} ${l.to.id}` });

const OPTIONAL = ["count", "n", "evidence", "note"] as const;

const expectedLink = (l: LinkDraft): Link => ({
  from: l.from.id,
  to: l.to.id,
  weight: l.weight,
  ...(l.count === undefined ? {} : { count: l.count }),
  ...(l.n === undefined ? {} : { n: l.n }),
  ...(l.evidence === undefined ? {} : { evidence: l.evidence as NonNullable<Link["evidence"]> }),
  ...(l.note === undefined ? {} : { note: l.note }),
});
type LinkDraft = {
  from: { full: string; bare: string; id: string };
  to: { full: string; bare: string; id: string };
  weight: number;
  count?: number | undefined;
  n?: number | undefined;
  evidence?: string | undefined;
  note?: string | undefined;
};

/** A valid long-format file: columns in any order and case, references spelled any way, weights with or without %. */
const validLong = fc
  .tuple(links, fc.shuffledSubarray([...OPTIONAL]), fc.boolean(), wellFormedCsvStyle, fc.nat())
  .map(([drafts, optional, bare, style, seed]) => {
    const used = OPTIONAL.filter((c) => drafts.some((l) => l[c] !== undefined));
    const columns = [...new Set(["weight", ...optional, ...used, "to", "from"])].sort(
      (a, b) => ((a.length * 5 + seed) % 7) - ((b.length * 5 + seed) % 7),
    );
    const cell = (l: LinkDraft, column: string): string => {
      if (column === "from" || column === "to") return bare ? l[column].bare : l[column].full;
      if (column === "weight") return [`${l.weight}`, `${l.weight}%`, ` ${l.weight} % `][seed % 3] as string;
      const value = l[column as (typeof OPTIONAL)[number]];
      return value === undefined ? "" : String(value);
    };
    const header = columns.map((c) => (seed % 2 === 0 ? c : c.toUpperCase()));
    const file = toCsv([header, ...drafts.map((l) => columns.map((c) => cell(l, c)))], style);
    const options = { id: "fuzz", weightKind: "percent" as const, ...(bare ? { from: "cfir-2009", to: "eric" } : {}) };
    return { file, options, expected: drafts.map(expectedLink) };
  });

/** A valid wide-format file: strategies down the first column, determinants across, weights in the cells. */
const validWide = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...fromSpellings), { minLength: 1, maxLength: 5, selector: (s) => s.id }),
    fc.uniqueArray(fc.constantFrom(...toSpellings), { minLength: 1, maxLength: 6, selector: (s) => s.id }),
    fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { freq: 3 }), { minLength: 30, maxLength: 30 }),
    fc.constantFrom("Strategy", "", "to"),
    wellFormedCsvStyle,
  )
  .map(([froms, tos, cells, corner, style]) => {
    const weight = (r: number, c: number) => cells[(r * froms.length + c) % cells.length] ?? null;
    const rows = tos.map((to, r) => [
      to.full,
      ...froms.map((_, c) => (weight(r, c) === null ? "" : `${weight(r, c)}%`)),
    ]);
    const expected = tos.flatMap((to, r) =>
      froms.flatMap((from, c) => {
        const w = weight(r, c);
        return w === null ? [] : [{ from: from.id, to: to.id, weight: w }];
      }),
    );
    const file = toCsv([[corner, ...froms.map((f) => f.full)], ...rows], style);
    return { file, options: { id: "fuzz-wide", weightKind: "percent" as const }, expected };
  });

const optionsArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ id: "fuzz", weightKind: "percent" as const }) },
  fc.record({
    id: fc.oneof(fc.constantFrom("fuzz", "Fuzz!", ""), hostileText),
    weightKind: fc.oneof(fc.constantFrom("percent", "binary", "probability"), hostileText),
    from: fc.oneof(fc.constantFrom("cfir-2009", "tdf-v2", "eric"), hostileText),
    format: fc.constantFrom("long", "wide", "tall"),
  }),
  hostileJson.map((value) => ({ id: "fuzz", weightKind: "percent", citation: value })),
);

const located = (file: CsvFile, result: ReturnType<typeof parseLinkSetCsv>) => {
  expectWellFormed(result);
  if (!result.success) expectCsvLocated(result.issues, file, { fileLevel: ["empty-file", "no-links"] });
  expectCsvLocated(result.warnings, file, { fileLevel: ["looks-like-proportions"] });
  if (result.success) expectPlainData(result.data);
  expectNoPollution();
};

/** The long CSV of a parsed link set, with every optional column. */
function writeLong(set: LinkSet): string {
  const rows = set.links.map((l) => [
    l.from,
    l.to,
    String(l.weight),
    String(l.count ?? ""),
    String(l.n ?? ""),
    l.evidence ?? "",
    l.note ?? "",
  ]);
  return toCsv([["from", "to", "weight", "count", "n", "evidence", "note"], ...rows], {
    delimiter: ",",
    eol: "\r\n",
    bom: false,
    quote: "minimal",
    blankLines: false,
    finalEol: true,
  }).text;
}

describe("parseLinkSetCsv under fuzzing", () => {
  it(
    "arbitrary text and options: a link set, or coded issues with a line (or an options path); never a throw, never slow",
    () => {
      const text = fc.oneof(
        fc.string({ unit: "binary", maxLength: 300 }),
        fc.string({
          unit: fc.constantFrom(",", '"', "\n", "\r", ";", "%", "5", " ", "eric:56", "cfir-2009:"),
          maxLength: 60,
        }),
        fc
          .array(fc.oneof(hostileText, numberText), { maxLength: 24 })
          .map((cells) => `from,to,weight\n${cells.join(",")}`),
      );
      fuzz(
        fc.property(text, optionsArb, (csv, options) => {
          const result = withinTime(() => parseLinkSetCsv(csv, options as never));
          expectWellFormed(result);
          const lines = csv.split(/\r\n|\n|\r/).length;
          for (const issue of result.success ? result.warnings : result.issues) {
            if (issue.code === "invalid-options") expectPathsInto([issue], options, ["options"]);
            else if (issue.row !== undefined) {
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
    "near-valid long and wide files (columns shuffled, dropped, renamed; hostile cells and weights; any style): every issue points at its cell",
    () => {
      const file = fc
        .oneof(validLong, validWide)
        .chain(({ file, options }) =>
          fc.tuple(nearValidTable(file.rows), csvStyle).map(([rows, style]) => ({ file: toCsv(rows, style), options })),
        );
      let failed = 0;
      const runs = 1000;
      fuzz(
        fc.property(file, ({ file: f, options }) => {
          const result = withinTime(() => parseLinkSetCsv(f.text, options));
          located(f, result);
          if (!result.success) failed++;
        }),
        runs,
      );
      expectReached(failed, runs, 150);
    },
    FUZZ_TIMEOUT,
  );

  it(
    "valid long files parse to their links; a parsed set written out again parses to the same set",
    () => {
      fuzz(
        fc.property(validLong, ({ file, options, expected }) => {
          const parsed = withinTime(() => parseLinkSetCsv(file.text, options));
          if (!parsed.success) expect.fail(JSON.stringify(parsed.issues.slice(0, 3)));
          expect(parsed.data.links).toEqual(expected);
          expect(parsed.data).toMatchObject({ from: "cfir-2009", to: "eric", weightKind: "percent", basis: "user" });
          const again = parseLinkSetCsv(writeLong(parsed.data), { id: "fuzz", weightKind: "percent" });
          expect(again.success && again.data).toEqual(parsed.data);
        }),
        600,
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "valid wide files parse to one link per filled cell, row by row",
    () => {
      fuzz(
        fc.property(validWide, ({ file, options, expected }) => {
          const parsed = withinTime(() => parseLinkSetCsv(file.text, options));
          if (expected.length === 0) {
            expect(parsed).toMatchObject({ success: false, issues: [{ code: "no-links" }] });
            return;
          }
          if (!parsed.success) expect.fail(JSON.stringify(parsed.issues.slice(0, 3)));
          expect(parsed.data.links).toEqual(expected);
          const again = parseLinkSetCsv(writeLong(parsed.data), options);
          expect(again.success && again.data).toEqual(parsed.data);
        }),
        400,
      );
    },
    FUZZ_TIMEOUT,
  );
});
