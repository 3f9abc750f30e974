import * as catalogueDirect from "@impsci/catalogue";
import * as determinantsDirect from "@impsci/determinants";
import * as matcherDirect from "@impsci/matcher";
import * as pathwaysDirect from "@impsci/pathways";
import { describe, expect, expectTypeOf, it } from "vitest";
import { catalogue, cli, determinants, matcher, pathways } from "./index";

describe("impsci (umbrella)", () => {
  it("exposes each package as a namespace, the very same exports", () => {
    expect(Object.keys(determinants).sort()).toEqual(Object.keys(determinantsDirect).sort());
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(catalogueDirect).sort());
    expect(Object.keys(matcher).sort()).toEqual(Object.keys(matcherDirect).sort());
    expect(Object.keys(pathways).sort()).toEqual(Object.keys(pathwaysDirect).sort());
    expect(matcher.createMatcher).toBe(matcherDirect.createMatcher);
    expect(typeof cli.run).toBe("function");
  });

  it("works end to end through the namespaces, with the packages' types", () => {
    const result = matcher.createMatcher().match(determinants.exampleProfile, { top: 1 });
    expect(result.recommendations).toHaveLength(1);
    expect(catalogue.getStrategy(result.recommendations[0]?.strategy.id ?? "").taxonomy).toBe("eric");
    expect(pathways.getPathway("strategease").shape).toBe("linear");
    expectTypeOf(result).toEqualTypeOf<matcherDirect.MatchResult>();
    expectTypeOf(determinants.getElement).toEqualTypeOf(determinantsDirect.getElement);
  });
});

describe("the README example", () => {
  it("runs as written", () => {
    const result = matcher.createMatcher().match(determinants.exampleProfile, { top: 3 });
    const lines = result.recommendations.map(
      (r) => `${r.rank} ${r.strategy.name} ${catalogue.getStrategy(r.strategy.id).plainLabel}`,
    );
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^1 \S/);
  });
});
