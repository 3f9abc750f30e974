import { describe, expect, it } from "vitest";
import { getStrategy } from "../get-strategy";
import { getTaxonomy, listGroups } from "../get-taxonomy";
import { TaxonomySchema } from "../strategy";
import { bcw } from "./bcw";
import { bcwPolicy } from "./bcw-policy";

// Michie, van Stralen & West 2011, Table 1; BCIO ids. Copied by hand from the reference tables.
const FUNCTIONS: [string, string, string][] = [
  ["IF1", "Education", "BCIO:037017"],
  ["IF2", "Persuasion", "BCIO:037026"],
  ["IF3", "Incentivisation", "BCIO:037022"],
  ["IF4", "Coercion", "BCIO:037015"],
  ["IF5", "Training", "BCIO:050000"],
  ["IF6", "Restriction", "BCIO:037032"],
  ["IF7", "Environmental restructuring", "BCIO:037020"],
  ["IF8", "Modelling", "BCIO:037024"],
  ["IF9", "Enablement", "BCIO:037019"],
];
const FUNCTION_IDS = [
  "bcw:education",
  "bcw:persuasion",
  "bcw:incentivisation",
  "bcw:coercion",
  "bcw:training",
  "bcw:restriction",
  "bcw:environmental-restructuring",
  "bcw:modelling",
  "bcw:enablement",
];
const CATEGORIES: [string, string, string][] = [
  ["PC1", "Communication/marketing", "BCIO:037004"],
  ["PC2", "Guidelines", "BCIO:037007"],
  ["PC3", "Fiscal measures", "BCIO:037006"],
  ["PC4", "Regulation", "BCIO:037010"],
  ["PC5", "Legislation", "BCIO:037008"],
  ["PC6", "Environmental/social planning", "BCIO:037005"],
  ["PC7", "Service provision", "BCIO:037011"],
];
const CATEGORY_IDS = [
  "bcw-policy:communication-marketing",
  "bcw-policy:guidelines",
  "bcw-policy:fiscal-measures",
  "bcw-policy:regulation",
  "bcw-policy:legislation",
  "bcw-policy:environmental-social-planning",
  "bcw-policy:service-provision",
];

describe.each([
  { id: "bcw", data: bcw, rows: FUNCTIONS, ids: FUNCTION_IDS, unit: "intervention functions" },
  { id: "bcw-policy", data: bcwPolicy, rows: CATEGORIES, ids: CATEGORY_IDS, unit: "policy categories" },
])("$id dataset", ({ id, data, rows, ids, unit }) => {
  const taxonomy = getTaxonomy(id);

  it("parses with the taxonomy schema, and the built-in copy equals the module", () => {
    expect(TaxonomySchema.safeParse(data).success).toBe(true);
    expect(taxonomy).toEqual(TaxonomySchema.parse(data));
  });

  it(`holds the ${rows.length} ${unit} with their published names, codes and BCIO ids, in order`, () => {
    expect(taxonomy.strategies.map((s) => [s.codes[0], s.name, s.bcioId])).toEqual(rows);
    expect(taxonomy.strategies.map((s) => s.codes)).toEqual(rows.map(([code]) => [code]));
    expect(taxonomy.coverage).toEqual({
      status: "complete",
      counts: [{ unit, included: rows.length, published: rows.length }],
    });
  });

  it("has stable ids: the slug of each name", () => {
    expect(taxonomy.strategies.map((s) => s.id)).toEqual(ids);
    expect(listGroups(id)).toEqual([]);
  });

  it("cites Michie, van Stralen & West 2011, Table 1, on every record", () => {
    for (const s of taxonomy.strategies) {
      expect(s.citation).toMatchObject({
        year: 2011,
        doi: "10.1186/1748-5908-6-42",
        source: "Implementation Science 6:42",
        locator: "Table 1",
        licence: "CC BY 2.0",
      });
      expect(s.definition.length).toBeGreaterThan(20);
      expect(s.plainLabel.length).toBeGreaterThan(3);
    }
    expect(taxonomy.licence).toBe("CC BY 2.0");
  });

  it("resolves each record by key, code and name", () => {
    rows.forEach(([code, name], i) => {
      expect(getStrategy(`${id}:${code}`).id).toBe(ids[i]);
      expect(getStrategy(`${id}:${name}`).id).toBe(ids[i]);
      expect(getStrategy(`${id}:${code.toLowerCase()}`).id).toBe(ids[i]);
    });
  });
});
