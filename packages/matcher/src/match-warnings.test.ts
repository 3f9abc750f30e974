import { describe, expect, it } from "vitest";
import type { LinkSetInput } from "./link-set";
import { createMatcher } from "./matcher";

const matcher = createMatcher();

describe("warnings: nothing is left out silently", () => {
  it("a CFIR 2009 barrier the built-in set does not cover: named, with how to load the complete matrix", () => {
    const result = matcher.match({ determinants: [{ determinant: "cfir-2009:Planning", valence: "barrier" }] });
    expect(result.recommendations).toEqual([]);
    expect(result.warnings).toEqual([
      {
        code: "not-covered",
        determinants: ["cfir-2009:planning"],
        linkSet: "cfir-eric-2019",
        message: expect.stringContaining("cfir-2009:planning (Planning) is not covered by the link set cfir-eric-2019"),
      },
    ]);
    const message = result.warnings[0]?.message ?? "";
    expect(message).toContain("1 of 39 barriers with endorsement figures");
    expect(message).toContain("CFIR-ERIC Matching Tool workbook");
    expect(message).toContain(
      'parseLinkSetCsv(text, { id: "cfir-eric-full", from: "cfir-2009", to: "eric", weightKind: "percent" })',
    );
    expect(message).toContain("createMatcher({ linkSets: [matrix,");
  });

  it("a CFIR domain reaches through its one covered construct, and the warning names the children that add nothing", () => {
    const result = matcher.match(
      { determinants: [{ determinant: "cfir-2009:process", valence: "barrier" }] },
      { mode: "cumulative", top: 1 },
    );
    // Process has 4 constructs; only Reflecting & Evaluating has links: 60 % x 1/4 = 15 %.
    expect(result.recommendations.map((r) => [r.strategy.id, r.score, r.level1, r.level2])).toEqual([
      ["eric:develop-and-implement-tools-for-quality-monitoring", 15, 0, 0],
    ]);
    const warning = result.warnings.find((w) => w.code === "hierarchy-fallback");
    expect(warning?.message).toContain(
      "through its children cfir-2009:reflecting-and-evaluating (Reflecting & Evaluating), each with a 1/4 share",
    );
    expect(warning?.message).toContain(
      "Its other children have no links in cfir-eric-2019 and add nothing: cfir-2009:planning (Planning),",
    );
  });

  it("an element that is not one of the 39 CFIR-ERIC barriers, and a framework no set reaches", () => {
    const result = matcher.match({
      determinants: [
        { determinant: "cfir-2009:engaging", valence: "barrier" },
        { determinant: "cfir-2022:innovation-source", valence: "barrier" },
      ],
    });
    expect(result.warnings.map((w) => [w.code, w.determinants?.[0]])).toEqual([
      ["unreached-determinant", "cfir-2009:engaging"],
      ["unreached-determinant", "cfir-2022:innovation-source"],
    ]);
    expect(result.warnings[0]?.message).toContain("is not one of the 39 barriers of the CFIR-ERIC Matching Tool");
    expect(result.warnings[1]?.message).toContain("no link set or chain of link sets connects cfir-2022 to eric");
  });

  it("cumulative mode: facilitators do not score, priorities are ignored, non-percent sets are flagged", () => {
    const result = matcher.match(
      {
        determinants: [
          { determinant: "cfir-2009:reflecting-and-evaluating", valence: "barrier", importance: 5 },
          { determinant: "cfir-2009:reflecting-and-evaluating", valence: "facilitator" },
          { determinant: "tdf-v2:knowledge", valence: "barrier" },
        ],
      },
      { mode: "cumulative", top: 1 },
    );
    expect(result.warnings.map((w) => w.code)).toEqual([
      "facilitators-ignored",
      "priority-ignored",
      "non-percent-route",
      "authored-link-set",
    ]);
    expect(result.warnings[0]?.determinants).toEqual(["cfir-2009:reflecting-and-evaluating"]);
    expect(result.warnings[2]?.message).toContain("bcw-eric, com-b-bcw-2011, tdf-com-b are not percentages");
    // Through three binary links a path counts 100 %; the score is the sum of the contributions.
    const top = result.recommendations[0];
    for (const c of top?.contributions ?? []) {
      if (c.determinant === "tdf-v2:knowledge") expect(c.weight).toBe(100);
    }
    expect(top?.score).toBe(top?.contributions.reduce((sum, c) => sum + c.weight, 0));
  });

  it("weighted mode: a neutral strength adds nothing; the profile's own warnings are passed on", () => {
    const result = matcher.match({
      determinants: [
        { determinant: "tdf-v2:knowledge", valence: "barrier", strength: 0, importance: 5, changeability: 5 },
      ],
    });
    expect(result.recommendations).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(["neutral-strength", "neutral-determinant"]);
    expect(result.warnings[0]?.determinants).toEqual(["tdf-v2:knowledge"]);
    expect(matcher.match({ determinants: [] }).warnings.map((w) => w.code)).toEqual(["empty-profile"]);
  });

  it("equal-routes: two chains of the same length, the one used named", () => {
    const set = (id: string, from: string, to: string, links: [string, string][]): LinkSetInput => ({
      id,
      version: "1",
      title: id,
      from,
      to,
      weightKind: "binary",
      basis: "user",
      links: links.map(([a, b]) => ({ from: a, to: b, weight: 1 })),
    });
    const m = createMatcher({
      linkSets: [
        set("a-cfir22-bcw", "cfir-2022", "bcw", [["cfir-2022:innovation-source", "bcw:education"]]),
        set("b-cfir22-policy", "cfir-2022", "bcw-policy", [["cfir-2022:innovation-source", "bcw-policy:guidelines"]]),
        set("policy-eric", "bcw-policy", "eric", [["bcw-policy:guidelines", "eric:audit-and-provide-feedback"]]),
        "bcw-eric",
      ],
    });
    const result = m.match({ determinants: [{ determinant: "cfir-2022:innovation-source", valence: "barrier" }] });
    const warning = result.warnings.find((w) => w.code === "equal-routes");
    expect(warning?.message).toContain("used a-cfir22-bcw -> bcw-eric, not b-cfir22-policy -> policy-eric");
    for (const r of result.recommendations) expect(r.contributions[0]?.steps[0]?.linkSet).toBe("a-cfir22-bcw");
  });
});
