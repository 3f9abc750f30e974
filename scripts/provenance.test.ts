import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { listTaxonomies } from "@impsci/catalogue";
import { listFrameworks } from "@impsci/determinants";
import { listLinkSets } from "@impsci/matcher";
import { listPathways } from "@impsci/pathways";
import { describe, expect, it } from "vitest";
import { citeShort, END, provenanceMarkdown, provenanceRows, START, withTable } from "./provenance";

const root = dirname(dirname(fileURLToPath(import.meta.url)));

describe("the data provenance table", () => {
  it.each(["README.md", "docs/data-provenance.md"])(
    "in %s is up to date with the datasets (pnpm run docs:sync)",
    (file) => {
      const text = readFileSync(join(root, file), "utf8");
      expect(text).toContain(START);
      expect(text, `${file} is out of date: run pnpm run docs:sync`).toBe(withTable(text));
    },
  );

  it("has one row for every built-in dataset", () => {
    const ids = provenanceRows().map((row) => row.dataset.replace(/`/g, ""));
    for (const dataset of [...listFrameworks(), ...listTaxonomies(), ...listLinkSets(), ...listPathways()]) {
      expect(ids).toContain(dataset.id);
    }
  });

  it("states partial coverage with counts where a dataset is incomplete", () => {
    const table = provenanceMarkdown();
    expect(table).toContain("| `tdf-v2` | framework | 51 elements | partial: 14/14 domains; 37/84 constructs |");
    expect(table).toMatch(/\| `cfir-eric-2019` \| link set \(expert-survey\) \| 39 links \| partial: 1\/39 barriers/);
    expect(table).toContain("authored by this project (not published evidence)");
  });

  it("cites a source short form with authors, year, source and DOI", () => {
    expect(
      citeShort({
        authors: "Powell BJ, Waltz TJ, Chinman MJ",
        year: 2015,
        title: "t",
        source: "Implementation Science 10:21",
        doi: "10.1186/s13012-015-0209-1",
      }),
    ).toBe("Powell et al. 2015, Implementation Science 10:21, doi:10.1186/s13012-015-0209-1");
    expect(
      citeShort({ authors: "Moore JE, Khan S", year: 2023, title: "t", source: "The Center for Implementation" }),
    ).toBe("Moore & Khan 2023, The Center for Implementation");
  });

  it("refuses a document without the generated block", () => {
    expect(() => withTable("# no markers")).toThrow(/no <!-- provenance:start/);
    expect(withTable(`a\n${START}\nold\n${END}\nb`)).toBe(`a\n${START}\n${provenanceMarkdown()}\n${END}\nb`);
  });
});
