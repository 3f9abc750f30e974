import { describe, expect, it } from "vitest";
import { bctV1, bcw, bcwPolicy, builtinCatalogue, eric } from "./builtin-catalogue";
import { createCatalogue, validateCatalogue } from "./catalogue";
import { CatalogueError, isCatalogueError } from "./error";
import type { GroupInput, StrategyInput, TaxonomyInput } from "./strategy";

const citation = { authors: "Clinic QI team", year: 2025, title: "Our playbook", source: "Internal document" };

function strategy(key: string, extra: Partial<StrategyInput> = {}): StrategyInput {
  return {
    id: `demo:${key}`,
    key,
    taxonomy: "demo",
    name: `Strategy ${key}`,
    codes: [],
    aliases: [],
    definition: "A strategy used in tests.",
    plainLabel: "Test strategy",
    citation,
    verification: "verified",
    ...extra,
  };
}

function group(key: string, extra: Partial<GroupInput> = {}): GroupInput {
  return {
    id: `demo-group:${key}`,
    key,
    taxonomy: "demo",
    name: `Group ${key}`,
    codes: [],
    size: 1,
    citation,
    ...extra,
  };
}

function demo(strategies: StrategyInput[], groups: GroupInput[] = [], id = "demo"): TaxonomyInput {
  return {
    id,
    name: "Demo",
    version: "1",
    citation,
    citations: [citation],
    licence: "MIT",
    coverage: { status: "complete", counts: [] },
    groups,
    strategies,
  };
}

function issuesOf(input: unknown) {
  const result = validateCatalogue(input);
  if (result.success) throw new Error("expected issues");
  return result.issues;
}

describe("builtinCatalogue", () => {
  it("holds ERIC, the BCW functions and policy categories, and BCT Taxonomy v1, in that order", () => {
    expect(builtinCatalogue.listTaxonomies().map((t) => [t.id, t.strategies.length])).toEqual([
      ["eric", 73],
      ["bcw", 9],
      ["bcw-policy", 7],
      ["bct-v1", 93],
    ]);
  });

  it("has unique ids across all taxonomies, and every group placement resolves", () => {
    const strategies = builtinCatalogue.listStrategies();
    expect(new Set(strategies.map((s) => s.id)).size).toBe(strategies.length);
    for (const s of strategies) {
      if (s.group !== undefined) expect(builtinCatalogue.getGroup(s.group).taxonomy).toBe(s.taxonomy);
      expect(s.citation.year).toBeGreaterThan(2000);
    }
    expect(validateCatalogue(builtinCatalogue.listTaxonomies()).success).toBe(true);
  });

  it("freezes the exported raw datasets too, so the catalogue's source cannot be changed", () => {
    for (const data of [eric, bcw, bcwPolicy, bctV1]) {
      expect(Object.isFrozen(data)).toBe(true);
      expect(Object.isFrozen(data.strategies[0]?.citation)).toBe(true);
    }
    expect(() => {
      (eric.strategies as unknown[]).pop();
    }).toThrow(TypeError);
  });

  it("is deep-frozen", () => {
    const [eric] = builtinCatalogue.listTaxonomies();
    const audit = builtinCatalogue.getStrategy("eric:5");
    for (const value of [builtinCatalogue, eric, eric?.strategies, eric?.groups, audit, audit.codes, audit.citation]) {
      expect(Object.isFrozen(value)).toBe(true);
    }
    expect(() => (audit.aliases as string[]).push("x")).toThrow(TypeError);
    expect(() => {
      (audit as { name: string }).name = "changed";
    }).toThrow(TypeError);
    expect(builtinCatalogue.getStrategy("eric:5").name).toBe("Audit and provide feedback");
  });
});

describe("createCatalogue", () => {
  it("builds a catalogue that looks up and searches its own taxonomies", () => {
    const catalogue = createCatalogue([demo([strategy("a", { name: "Weekly huddle", codes: ["H1"] }), strategy("b")])]);
    expect(catalogue.getStrategy("demo:H1").id).toBe("demo:a");
    expect(catalogue.getStrategy("demo:weekly huddle").id).toBe("demo:a");
    expect(catalogue.searchStrategies("huddle")[0]?.strategy.id).toBe("demo:a");
    expect(catalogue.findStrategy("eric:5")).toBeUndefined();
  });

  it("neither changes nor freezes its input", () => {
    const input = [demo([strategy("a")], [group("g")])];
    const copy = structuredClone(input);
    const catalogue = createCatalogue(input);
    expect(input).toEqual(copy);
    expect(Object.isFrozen(input[0])).toBe(false);
    expect(Object.isFrozen(input[0]?.strategies[0])).toBe(false);
    expect(Object.isFrozen(catalogue.getStrategy("demo:a"))).toBe(true);
    expect(catalogue.getStrategy("demo:a")).not.toBe(input[0]?.strategies[0]);
  });

  it("throws invalid-catalogue listing every problem", () => {
    const bad = [demo([strategy("a"), strategy("a")]), demo([], [], "demo")];
    let caught: unknown;
    try {
      createCatalogue(bad);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CatalogueError);
    expect(isCatalogueError(caught)).toBe(true);
    const error = caught as CatalogueError;
    expect(error.code).toBe("invalid-catalogue");
    expect(error.issues?.map((i) => i.code)).toEqual(["duplicate-taxonomy", "duplicate-id"]);
    expect(error.message).toMatch(/2 problem/);
    expect(error.message).toMatch(/1\.id: The taxonomy id "demo"/);
  });
});

describe("validateCatalogue", () => {
  it("reports schema problems with paths, never throwing", () => {
    const { name: _, ...nameless } = strategy("a");
    expect(issuesOf([demo([nameless as StrategyInput])])).toEqual([
      { code: "missing-field", path: [0, "strategies", 0, "name"], message: expect.stringMatching(/required/) },
    ]);
    expect(issuesOf("not a list")[0]?.code).toBe("invalid-type");
    expect(issuesOf([{ ...demo([]), extra: 1 }])[0]).toMatchObject({ code: "unknown-field", path: [0, "extra"] });
  });

  it("reports a duplicate strategy id, naming both records", () => {
    const [issue] = issuesOf([demo([strategy("a"), strategy("a", { name: "Other" })])]);
    expect(issue).toMatchObject({ code: "duplicate-id", path: [0, "strategies", 1, "id"] });
    expect(issue?.message).toMatch(
      /demo:a \("Other", at 0\.strategies\.1\).*demo:a \("Strategy a", at 0\.strategies\.0\)/,
    );
  });

  it("reports ids that do not match taxonomy and key, and records in the wrong taxonomy", () => {
    expect(issuesOf([demo([strategy("a", { id: "demo:b" })])])).toEqual([
      { code: "id-mismatch", path: [0, "strategies", 0, "id"], message: expect.stringMatching(/should be demo:a/) },
    ]);
    const codes = issuesOf([demo([strategy("a", { id: "other:a", taxonomy: "other" })])]).map((i) => [i.code, i.path]);
    expect(codes).toEqual([
      ["unknown-taxonomy", [0, "strategies", 0, "taxonomy"]],
      ["id-mismatch", [0, "strategies", 0, "taxonomy"]],
    ]);
  });

  it("reports a group placement that does not resolve inside the taxonomy, with the closest group", () => {
    const [issue] = issuesOf([demo([strategy("a", { group: "demo-group:workflw" })], [group("workflow")])]);
    expect(issue).toMatchObject({ code: "unknown-group", path: [0, "strategies", 0, "group"] });
    expect(issue?.message).toMatch(/Did you mean demo-group:workflow/);
    const other = demo([strategy("x")], [group("g", { id: "other-group:g", taxonomy: "other" })], "other");
    const cross = issuesOf([demo([strategy("a", { group: "other-group:g" })]), { ...other, strategies: [] }]);
    expect(cross[0]?.message).toMatch(/belongs to the taxonomy other, not demo/);
  });

  it("reports duplicate groups, codes and names that would make references ambiguous", () => {
    expect(issuesOf([demo([], [group("g"), group("g")])])[0]).toMatchObject({
      code: "duplicate-id",
      path: [0, "groups", 1, "id"],
    });
    expect(issuesOf([demo([strategy("a", { codes: ["7"] }), strategy("b", { codes: ["7"] })])])[0]).toMatchObject({
      code: "duplicate-code",
      path: [0, "strategies", 1, "codes", 0],
    });
    const [name] = issuesOf([demo([strategy("a", { name: "Huddle" }), strategy("b", { aliases: ["huddle!"] })])]);
    expect(name).toMatchObject({ code: "duplicate-name", path: [0, "strategies", 1, "aliases", 0] });
    expect(name?.message).toMatch(/"huddle!" of demo:b .* demo:a \("Huddle"/);
  });
});
