import { describe, expect, it } from "vitest";
import { createCatalogue } from "./catalogue";
import { CatalogueError } from "./error";
import { listStrategies } from "./list-strategies";
import { searchStrategies } from "./search-strategies";
import type { StrategyInput, TaxonomyInput } from "./strategy";

const top = (query: string, taxonomy?: string) => searchStrategies(query, { taxonomy })[0]?.strategy.id;

describe("searchStrategies on the built-in catalogue", () => {
  it('finds "Identify and prepare champions" first for "champion"', () => {
    expect(top("champion")).toBe("eric:identify-and-prepare-champions");
    expect(top("Champions")).toBe("eric:identify-and-prepare-champions");
    expect(searchStrategies("champion")[0]?.matchedOn).toContain("name");
  });

  it('finds "Audit and provide feedback" first for "audit feedback"', () => {
    expect(top("audit feedback")).toBe("eric:audit-and-provide-feedback");
    expect(top("audit & feedback")).toBe("eric:audit-and-provide-feedback");
    expect(top("Audit and Feedback")).toBe("eric:audit-and-provide-feedback");
  });

  it.each([
    ["train the trainer", "eric:use-train-the-trainer-strategies"],
    ["needs assessment", "eric:conduct-local-needs-assessment"],
    ["reminders", "eric:remind-clinicians"],
    ["funding", "eric:access-new-funding"],
    ["leadership", "eric:recruit-designate-and-train-for-leadership"],
    ["opinion leaders", "eric:inform-local-opinion-leaders"],
    ["learning collaborative", "eric:create-a-learning-collaborative"],
    ["small tests of change", "eric:conduct-cyclical-small-tests-of-change"],
    ["education", "bcw:education"],
    ["coercion", "bcw:coercion"],
    ["taxes", "bcw-policy:fiscal-measures"],
  ])("finds the right strategy first for %j", (query, id) => {
    expect(top(query)).toBe(id);
  });

  it("finds every built-in strategy first when its exact name is the query", () => {
    for (const strategy of listStrategies()) {
      expect(searchStrategies(strategy.name, { taxonomy: strategy.taxonomy })[0]?.strategy.id, strategy.name).toBe(
        strategy.id,
      );
    }
  });

  it("finds a strategy through an alias spelling, and says so", () => {
    const [hit] = searchStrategies("implementation adviser");
    expect(hit?.strategy.id).toBe("eric:use-an-implementation-advisor");
    expect(hit?.matchedOn).toContain("alias");
  });

  it("restricts to one taxonomy and honours the limit", () => {
    expect(top("training", "bcw")).toBe("bcw:training");
    expect(searchStrategies("training", { taxonomy: "eric" }).every((h) => h.strategy.taxonomy === "eric")).toBe(true);
    expect(searchStrategies("data", { limit: 2 })).toHaveLength(2);
    expect(searchStrategies("change")).toHaveLength(10);
    expect(searchStrategies("change", { limit: Number.POSITIVE_INFINITY }).length).toBeGreaterThan(10);
    expect(searchStrategies("data", { limit: 0 })).toEqual([]);
  });

  it("returns nothing for a query with no words, and throws only for an unknown taxonomy option", () => {
    expect(searchStrategies("")).toEqual([]);
    expect(searchStrategies(" -- ?! ")).toEqual([]);
    expect(searchStrategies("qwxzv")).toEqual([]);
    expect(() => searchStrategies("data", { taxonomy: "erik" })).toThrow(CatalogueError);
  });

  it("ranks best first, scores in (0, 1], results frozen", () => {
    const hits = searchStrategies("patients feedback", { limit: 50 });
    expect(hits[0]?.strategy.id).toBe("eric:obtain-and-use-patients-consumers-and-family-feedback");
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]?.score).toBeGreaterThanOrEqual(hits[i]?.score ?? 0);
    for (const hit of hits) expect(hit.score > 0 && hit.score <= 1).toBe(true);
    expect(Object.isFrozen(hits)).toBe(true);
    expect(Object.isFrozen(hits[0])).toBe(true);
  });
});

describe("searchStrategies ranking", () => {
  const citation = { authors: "Team", year: 2025, title: "Playbook", source: "Internal" };
  const make = (key: string, fields: Partial<StrategyInput>): StrategyInput => ({
    id: `t:${key}`,
    key,
    taxonomy: "t",
    name: `Item ${key}`,
    codes: [],
    aliases: [],
    definition: "Nothing to see here.",
    plainLabel: "Plain",
    citation,
    verification: "verified",
    ...fields,
  });
  const taxonomy = (strategies: StrategyInput[]): TaxonomyInput => ({
    id: "t",
    name: "T",
    version: "1",
    citation,
    citations: [],
    licence: "MIT",
    coverage: { status: "complete", counts: [] },
    groups: [],
    strategies,
  });
  // Listed weakest first, so the order of the hits comes from the ranking, not from the catalogue.
  const catalogue = createCatalogue([
    taxonomy([
      make("d", { definition: "Walk the zebra crossing." }),
      make("p", { plainLabel: "Zebra crossing" }),
      make("a", { aliases: ["Zebra crossing exercise"] }),
      make("n", { name: "Zebra crossing drill" }),
    ]),
  ]);

  it("puts name hits above alias hits above plain-label hits above definition hits", () => {
    const hits = searchStrategies("zebra", {}, catalogue);
    expect(hits.map((h) => h.strategy.key)).toEqual(["n", "a", "p", "d"]);
    expect(hits.map((h) => h.matchedOn)).toEqual([["name"], ["alias"], ["plainLabel"], ["definition"]]);
  });

  it("keeps the catalogue order for equal scores", () => {
    const tied = createCatalogue([taxonomy([make("x", { name: "Zebra one" }), make("y", { name: "Zebra two" })])]);
    expect(searchStrategies("zebra", {}, tied).map((h) => h.strategy.key)).toEqual(["x", "y"]);
  });
});
