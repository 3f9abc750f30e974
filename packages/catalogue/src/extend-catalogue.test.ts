import { describe, expect, it } from "vitest";
import { builtinCatalogue } from "./builtin-catalogue";
import type { Catalogue } from "./catalogue";
import { type CatalogueExtensionInput, extendCatalogue } from "./extend-catalogue";
import { getStrategy } from "./get-strategy";
import { listGroups } from "./get-taxonomy";
import { listStrategies } from "./list-strategies";
import { searchStrategies } from "./search-strategies";

const citation = {
  authors: "Riverside Clinic QI team",
  year: 2025,
  title: "Implementation playbook",
  source: "Internal document",
};

function extended(custom: CatalogueExtensionInput, base: Catalogue = builtinCatalogue): Catalogue {
  const result = extendCatalogue(base, custom);
  if (!result.success) throw new Error(result.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));
  return result.data;
}

function issuesOf(custom: unknown, base: Catalogue = builtinCatalogue) {
  const result = extendCatalogue(base, custom as CatalogueExtensionInput);
  if (result.success) throw new Error("expected issues");
  return result.issues;
}

const playbook: CatalogueExtensionInput = {
  taxonomies: [{ id: "riverside", name: "Riverside playbook", citation }],
  groups: [{ taxonomy: "riverside", name: "Daily routines" }],
  strategies: [
    {
      taxonomy: "riverside",
      name: "Weekly huddle",
      number: 1,
      group: "Daily routines",
      aliases: ["Friday huddle"],
      definition: "A ten-minute stand-up meeting where the team reviews how the change went that week.",
      plainLabel: "Short weekly check-in",
    },
    {
      taxonomy: "eric",
      name: "Peer shadowing rota",
      group: "eric-cluster:train-and-educate-stakeholders",
      definition: "Staff take turns shadowing a colleague who already delivers the new practice.",
      citation,
    },
  ],
};

describe("extendCatalogue", () => {
  it("adds a team's own taxonomy, group and strategies, marked custom, usable like the built-in catalogue", () => {
    const catalogue = extended(playbook);
    const huddle = catalogue.getStrategy("riverside:weekly-huddle");
    expect(huddle).toMatchObject({
      id: "riverside:weekly-huddle",
      taxonomy: "riverside",
      number: 1,
      codes: ["1"],
      group: "riverside-group:daily-routines",
      plainLabel: "Short weekly check-in",
      citation,
      verification: "unverified",
      custom: true,
    });
    expect(catalogue.getStrategy("riverside:1")).toBe(huddle);
    expect(catalogue.getStrategy("riverside:Friday huddle")).toBe(huddle);
    expect(catalogue.searchStrategies("huddle")[0]?.strategy).toBe(huddle);
    expect(searchStrategies("huddle", {}, catalogue)[0]?.strategy.id).toBe("riverside:weekly-huddle");
    expect(listGroups("riverside", catalogue)).toEqual([
      {
        id: "riverside-group:daily-routines",
        key: "daily-routines",
        taxonomy: "riverside",
        name: "Daily routines",
        codes: [],
        size: 1,
        citation,
      },
    ]);
    expect(catalogue.getTaxonomy("riverside")).toMatchObject({
      custom: true,
      version: "1",
      licence: "Not stated",
      citations: [citation],
      coverage: { status: "complete", counts: [{ unit: "strategies", included: 1, published: 1 }] },
    });
  });

  it("adds strategies to a built-in taxonomy and group, after the published ones", () => {
    const catalogue = extended(playbook);
    const eric = catalogue.getTaxonomy("eric");
    expect(eric.strategies).toHaveLength(74);
    expect(eric.strategies[73]).toMatchObject({
      id: "eric:peer-shadowing-rota",
      custom: true,
      plainLabel: "Peer shadowing rota",
    });
    expect(catalogue.listStrategies({ group: "eric-cluster:train-and-educate-stakeholders" })).toHaveLength(12);
    expect(catalogue.getStrategy("eric:5").id).toBe("eric:audit-and-provide-feedback");
    expect(catalogue.listTaxonomies().map((t) => t.id)).toEqual(["eric", "bcw", "bcw-policy", "bct-v1", "riverside"]);
    expect(catalogue.getTaxonomy("bcw")).toBe(builtinCatalogue.getTaxonomy("bcw"));
  });

  it("never changes the base catalogue or its input, and returns frozen data", () => {
    const input = structuredClone(playbook);
    const catalogue = extended(input);
    expect(input).toEqual(playbook);
    expect(builtinCatalogue.getTaxonomy("eric").strategies).toHaveLength(73);
    expect(listStrategies()).toHaveLength(182);
    expect(() => getStrategy("eric:Peer shadowing rota")).toThrow(/Unknown eric reference/);
    expect(builtinCatalogue.findStrategy("riverside:weekly-huddle")).toBeUndefined();
    expect(Object.isFrozen(catalogue.getStrategy("riverside:weekly-huddle"))).toBe(true);
    expect(Object.isFrozen(catalogue.getTaxonomy("eric").strategies)).toBe(true);
  });

  it("extends an extended catalogue again", () => {
    const once = extended(playbook);
    const twice = extended(
      { strategies: [{ taxonomy: "riverside", name: "Monthly review", definition: "A monthly look at the data." }] },
      once,
    );
    expect(twice.getTaxonomy("riverside").strategies.map((s) => s.key)).toEqual(["weekly-huddle", "monthly-review"]);
    expect(twice.getStrategy("riverside:monthly-review").citation).toEqual(citation);
    expect(once.getTaxonomy("riverside").strategies).toHaveLength(1);
    const [issue] = issuesOf({ strategies: [{ taxonomy: "eric", name: "Monthly review", definition: "x" }] }, once);
    expect(issue).toMatchObject({ code: "missing-citation", path: ["strategies", 0, "citation"] });
  });

  it("reports a collision with the base, naming both strategies", () => {
    const [issue, ...rest] = issuesOf({
      strategies: [{ taxonomy: "eric", name: "Audit and provide feedback", definition: "Ours.", citation }],
    });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: "duplicate-id", path: ["strategies", 0, "name"] });
    expect(issue?.message).toBe(
      'Strategy id eric:audit-and-provide-feedback ("Audit and provide feedback", at strategies.0) collides with strategy eric:audit-and-provide-feedback ("Audit and provide feedback", in the base catalogue): give one of them another key.',
    );
  });

  it("reports names, codes, taxonomy and group ids that clash with the base", () => {
    const codes = issuesOf({
      taxonomies: [{ id: "eric", name: "Our ERIC", citation }],
      groups: [{ taxonomy: "eric", key: "engage-consumers", name: "Ours", citation }],
      strategies: [
        { taxonomy: "eric", key: "our-change", name: "Our change", number: 5, definition: "Ours.", citation },
        {
          taxonomy: "eric",
          key: "our-adviser",
          name: "Ours",
          aliases: ["Use an implementation adviser"],
          definition: "Ours.",
          citation,
        },
      ],
    }).map((i) => [i.code, i.path.join(".")]);
    expect(codes).toEqual([
      ["duplicate-taxonomy", "taxonomies.0.id"],
      ["duplicate-code", "strategies.0.number"],
      ["duplicate-name", "strategies.1.aliases.0"],
    ]);
    const group = issuesOf({
      groups: [
        { taxonomy: "bct-v1", key: "x", name: "X", citation },
        { taxonomy: "bct-v1", key: "x", name: "Y", citation },
      ],
    });
    expect(group).toMatchObject([{ code: "duplicate-id", path: ["groups", 1, "key"] }]);
    expect(group[0]?.message).toMatch(
      /bct-v1-group:x \("Y", at groups\.1\) collides with group bct-v1-group:x \("X", at groups\.0\)/,
    );
  });

  it("reports unknown taxonomies and groups, missing citations and unusable keys, all at once", () => {
    const issues = issuesOf({
      groups: [{ taxonomy: "eric", name: "No citation" }],
      strategies: [
        { taxonomy: "erik", name: "A", definition: "A." },
        { taxonomy: "eric", name: "B", definition: "B." },
        { taxonomy: "eric", name: "C", definition: "C.", citation, group: "eric-cluster:engage consumer" },
        { taxonomy: "eric", name: "D", definition: "D.", citation, group: "Train and educate stakeholders" },
        { taxonomy: "eric", name: "E", definition: "E.", citation, group: "bct-v1-group:goals-and-planning" },
        { taxonomy: "eric", name: "???", definition: "F.", citation },
      ],
    });
    expect(issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["missing-citation", "groups.0.citation"],
      ["unknown-taxonomy", "strategies.0.taxonomy"],
      ["missing-citation", "strategies.1.citation"],
      ["unknown-group", "strategies.2.group"],
      ["unknown-group", "strategies.4.group"],
      ["invalid-key", "strategies.5.name"],
    ]);
    expect(issues[1]?.message).toMatch(/"erik".*use one of eric, bcw, bcw-policy, bct-v1/);
    expect(issues[3]?.message).toMatch(/Did you mean eric-cluster:engage-consumers/);
    const cross = issuesOf({
      strategies: [
        { taxonomy: "eric", name: "E", definition: "E.", citation, group: "bct-v1-group:goals-and-planning" },
      ],
    });
    expect(cross[0]?.message).toMatch(/belongs to the taxonomy bct-v1, not eric/);
  });

  it("reports schema problems with their paths, never throwing", () => {
    expect(issuesOf({ strategies: [{ taxonomy: "eric", definition: "x", colour: "red" }] })).toEqual([
      { code: "missing-field", path: ["strategies", 0, "name"], message: expect.any(String) },
      { code: "unknown-field", path: ["strategies", 0, "colour"], message: expect.any(String) },
    ]);
    expect(
      issuesOf({ strategies: [{ taxonomy: "eric", name: "X", definition: "x", key: "Not A Key", citation }] })[0],
    ).toMatchObject({
      code: "invalid-format",
      path: ["strategies", 0, "key"],
    });
    expect(issuesOf(null)[0]?.code).toBe("invalid-type");
    expect(extendCatalogue(builtinCatalogue, {}).success).toBe(true);
  });
});
