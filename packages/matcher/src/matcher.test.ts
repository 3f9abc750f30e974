import { describe, expect, it } from "vitest";
import { isMatcherError, MatcherError } from "./error";
import type { LinkSetInput } from "./link-set";
import { createMatcher } from "./matcher";

const RE = "cfir-2009:reflecting-and-evaluating";

/** Waltz et al. 2019, Table 1, Reflecting & Evaluating: the published order, with the percentages. */
const PUBLISHED: readonly (readonly [string, number])[] = [
  ["eric:develop-and-implement-tools-for-quality-monitoring", 60],
  ["eric:audit-and-provide-feedback", 56],
  ["eric:develop-and-organize-quality-monitoring-systems", 40],
  ["eric:facilitate-relay-of-clinical-data-to-providers", 36],
  ["eric:obtain-and-use-patients-consumers-and-family-feedback", 28],
  ["eric:organize-clinician-implementation-team-meetings", 28],
  ["eric:purposely-reexamine-the-implementation", 28],
  ["eric:use-data-experts", 28],
  ["eric:capture-and-share-local-knowledge", 24],
  ["eric:facilitation", 20],
  ["eric:change-record-systems", 16],
  ["eric:conduct-ongoing-training", 16],
  ["eric:develop-a-formal-implementation-blueprint", 16],
  ["eric:provide-local-technical-assistance", 16],
  ["eric:assess-for-readiness-and-identify-barriers-and-facilitators", 12],
  ["eric:conduct-cyclical-small-tests-of-change", 12],
  ["eric:tailor-strategies", 12],
  ["eric:use-an-implementation-advisor", 12],
  ["eric:use-data-warehousing-techniques", 12],
  ["eric:use-train-the-trainer-strategies", 12],
  ["eric:build-a-coalition", 8],
  ["eric:conduct-local-consensus-discussions", 8],
  ["eric:create-a-learning-collaborative", 8],
  ["eric:identify-and-prepare-champions", 8],
  ["eric:inform-local-opinion-leaders", 8],
  ["eric:involve-executive-boards", 8],
  ["eric:prepare-patients-consumers-to-be-active-participants", 8],
  ["eric:provide-ongoing-consultation", 8],
  ["eric:recruit-designate-and-train-for-leadership", 8],
  ["eric:conduct-educational-meetings", 4],
  ["eric:conduct-educational-outreach-visits", 4],
  ["eric:conduct-local-needs-assessment", 4],
  ["eric:develop-academic-partnerships", 4],
  ["eric:develop-disincentives", 4],
  ["eric:intervene-with-patients-consumers-to-enhance-uptake-and-adherence", 4],
  ["eric:involve-patients-consumers-and-family-members", 4],
  ["eric:place-innovation-on-fee-for-service-lists-formularies", 4],
  ["eric:provide-clinical-supervision", 4],
  ["eric:revise-professional-roles", 4],
];

describe("cumulative mode: the CFIR-ERIC Matching Tool", () => {
  it("on the published Reflecting & Evaluating cells gives the published order, scores and levels", () => {
    const result = createMatcher().match(
      { determinants: [{ determinant: RE, valence: "barrier" }] },
      { mode: "cumulative" },
    );
    expect(result.recommendations.map((r) => [r.strategy.id, r.score])).toEqual(PUBLISHED);
    expect(result.recommendations.map((r) => r.rank)).toEqual(PUBLISHED.map((_, i) => i + 1));
    // Level 1: >= 50 % (2 strategies); Level 2: 20-49 % (8 strategies), as Table 1 marks them.
    expect(result.recommendations.filter((r) => r.level1 === 1).map((r) => r.score)).toEqual([60, 56]);
    expect(result.recommendations.filter((r) => r.level2 === 1).map((r) => r.score)).toEqual([
      40, 36, 28, 28, 28, 28, 24, 20,
    ]);
    expect(result.recommendations[1]).toMatchObject({
      strategy: { id: "eric:audit-and-provide-feedback", name: "Audit and provide feedback" },
      contributions: [
        {
          determinant: RE,
          valence: "barrier",
          path: [RE, "eric:audit-and-provide-feedback"],
          steps: [
            { from: RE, to: "eric:audit-and-provide-feedback", via: "link", share: 0.56, weight: 56, count: 14, n: 25 },
          ],
          weight: 56,
          evidence: "link",
          linkSet: "cfir-eric-2019",
        },
      ],
    });
    expect(result.recommendations[0]?.contributions[0]?.citation).toContain("doi:10.1186/s13012-019-0892-4");
  });

  it("sums the percentages over the selected barriers and counts the levels per barrier", () => {
    // Two barriers in a small matrix of our own: the score is the sum of the cells, level1 / level2 count barriers.
    const set: LinkSetInput = {
      id: "tiny",
      version: "1",
      title: "tiny",
      from: "cfir-2009",
      to: "eric",
      weightKind: "percent",
      basis: "user",
      links: [
        { from: "cfir-2009:planning", to: "eric:facilitation", weight: 50 },
        { from: "cfir-2009:cost", to: "eric:facilitation", weight: 20 },
        { from: "cfir-2009:planning", to: "eric:access-new-funding", weight: 19 },
        { from: "cfir-2009:cost", to: "eric:access-new-funding", weight: 60 },
        { from: "cfir-2009:cost", to: "eric:tailor-strategies", weight: 70 },
      ],
    };
    const profile = {
      determinants: [
        { determinant: "cfir-2009:planning", valence: "barrier" as const },
        { determinant: "cfir-2009:cost", valence: "barrier" as const },
      ],
    };
    const result = createMatcher({ linkSets: [set] }).match(profile, { mode: "cumulative" });
    // access-new-funding 19 + 60 = 79 (L1: cost); facilitation 50 + 20 = 70 (L1: planning, L2: cost);
    // tailor-strategies 70 (L1: cost). 70 = 70: level 1 counts tie too (1 = 1), so the id decides.
    expect(result.recommendations.map((r) => [r.strategy.id, r.score, r.level1, r.level2])).toEqual([
      ["eric:access-new-funding", 79, 1, 0],
      ["eric:facilitation", 70, 1, 1],
      ["eric:tailor-strategies", 70, 1, 0],
    ]);
  });
});

describe("weighted mode, hand-computed", () => {
  it("CFIR-ERIC route: priority x percent / 100, a facilitator on the same element as leverage", () => {
    const result = createMatcher().match(
      {
        determinants: [
          // priority = importance x changeability x |strength| = 5 x 4 x 2 = 40
          { determinant: RE, valence: "barrier", importance: 5, changeability: 4, strength: -2 },
          // priority 2 x 2 x 1 = 4; a facilitator counts half (leverage): 2 per unit of share
          { determinant: RE, valence: "facilitator", importance: 2, changeability: 2, strength: 1 },
        ],
      },
      { top: 3 },
    );
    // tools for quality monitoring: 40 x 0.60 + 2 x 0.60 = 24 + 1.2 = 25.2
    // audit and provide feedback:   40 x 0.56 + 2 x 0.56 = 22.4 + 1.12 = 23.52
    // quality monitoring systems:   40 x 0.40 + 2 x 0.40 = 16 + 0.8 = 16.8
    expect(result.recommendations.map((r) => [r.strategy.id, r.score])).toEqual([
      ["eric:develop-and-implement-tools-for-quality-monitoring", 25.2],
      ["eric:audit-and-provide-feedback", 23.52],
      ["eric:develop-and-organize-quality-monitoring-systems", 16.8],
    ]);
    expect(result.recommendations[0]?.contributions.map((c) => [c.valence, c.weight])).toEqual([
      ["barrier", 24],
      ["facilitator", 1.2],
    ]);
  });

  // The last hop of the StrategEase route, as a small set of our own so the arithmetic can be checked by hand.
  const bcwEricMini: LinkSetInput = {
    id: "bcw-eric-mini",
    version: "1",
    title: "A few BCW -> ERIC links for a hand-computed test",
    from: "bcw",
    to: "eric",
    weightKind: "binary",
    basis: "user",
    links: [
      { from: "bcw:education", to: "eric:conduct-educational-meetings", weight: 1 },
      { from: "bcw:training", to: "eric:conduct-ongoing-training", weight: 1 },
      { from: "bcw:enablement", to: "eric:conduct-ongoing-training", weight: 1 },
      { from: "bcw:enablement", to: "eric:provide-local-technical-assistance", weight: 1 },
      { from: "bcw:environmental-restructuring", to: "eric:remind-clinicians", weight: 1 },
      { from: "bcw:restriction", to: "eric:change-record-systems", weight: 1 },
      { from: "bcw:restriction", to: "eric:alter-incentive-allowance-structures", weight: 1 },
    ],
  };
  const strategEase = () => createMatcher({ linkSets: ["tdf-com-b", "com-b-bcw-2011", bcwEricMini] });

  it("StrategEase route, chained TDF profile: tdf-v2 -> com-b -> bcw -> eric", () => {
    const result = strategEase().match({
      determinants: [
        // knowledge -> psychological capability -> education, training, enablement; priority 5 x 4 x 1 = 20
        { determinant: "tdf-v2:knowledge", valence: "barrier", importance: 5, changeability: 4 },
        // social influences -> social opportunity -> restriction, environmental restructuring, enablement; 3 x 3 x 1 = 9
        { determinant: "tdf-v2:social-influences", valence: "barrier", importance: 3, changeability: 3 },
        // emotion -> automatic motivation -> ..., environmental restructuring, enablement; 4 x 2 x 2 = 16, half as leverage: 8
        { determinant: "tdf-v2:emotion", valence: "facilitator", importance: 4, changeability: 2, strength: 2 },
      ],
    });
    // conduct ongoing training:          knowledge via training 20 + via enablement 20, social via enablement 9,
    //                                    emotion via enablement 8                                     = 57
    // provide local technical assistance: knowledge 20 + social 9 + emotion 8                          = 37
    // conduct educational meetings:       knowledge via education                                      = 20
    // remind clinicians:                  social via environmental restructuring 9 + emotion 8         = 17
    // alter incentive / change record systems: social via restriction 9 each; tie on score and level 1: id order.
    expect(result.recommendations.map((r) => [r.strategy.id, r.score, r.level1])).toEqual([
      ["eric:conduct-ongoing-training", 57, 2],
      ["eric:provide-local-technical-assistance", 37, 2],
      ["eric:conduct-educational-meetings", 20, 1],
      ["eric:remind-clinicians", 17, 1],
      ["eric:alter-incentive-allowance-structures", 9, 1],
      ["eric:change-record-systems", 9, 1],
    ]);
    const training = result.recommendations[0];
    // The mechanism is visible: every path names the COM-B subcomponent and the intervention function.
    expect(training?.contributions.map((c) => [c.determinant, c.path.join(" > "), c.weight])).toEqual([
      [
        "tdf-v2:knowledge",
        "tdf-v2:knowledge > com-b:psychological-capability > bcw:training > eric:conduct-ongoing-training",
        20,
      ],
      [
        "tdf-v2:knowledge",
        "tdf-v2:knowledge > com-b:psychological-capability > bcw:enablement > eric:conduct-ongoing-training",
        20,
      ],
      [
        "tdf-v2:social-influences",
        "tdf-v2:social-influences > com-b:social-opportunity > bcw:enablement > eric:conduct-ongoing-training",
        9,
      ],
      [
        "tdf-v2:emotion",
        "tdf-v2:emotion > com-b:automatic-motivation > bcw:enablement > eric:conduct-ongoing-training",
        8,
      ],
    ]);
    expect(training?.contributions[0]?.steps.map((s) => s.linkSet)).toEqual([
      "tdf-com-b",
      "com-b-bcw-2011",
      "bcw-eric-mini",
    ]);
    expect(training?.contributions[0]?.citation).toMatch(
      /^Michie S, Atkins L, West R \(2014\).*; Michie S, van Stralen MM, West R \(2011\).*; User link set "bcw-eric-mini"/,
    );
  });

  it("a COM-B component reaches through its subcomponents, each with a 1/2 share (shown in the path)", () => {
    const result = strategEase().match({
      // priority 4 x 5 x 1 = 20; opportunity -> physical opportunity (1/2), social opportunity (1/2); both link to
      // restriction, environmental restructuring and enablement, so each of those gets 1/2 + 1/2 = 1.
      determinants: [{ determinant: "com-b:opportunity", valence: "barrier", importance: 4, changeability: 5 }],
    });
    // Five strategies at 20 x 1 = 20 with level 1 = 1 each: the id decides.
    expect(result.recommendations.map((r) => [r.strategy.id, r.score, r.level1])).toEqual([
      ["eric:alter-incentive-allowance-structures", 20, 1],
      ["eric:change-record-systems", 20, 1],
      ["eric:conduct-ongoing-training", 20, 1],
      ["eric:provide-local-technical-assistance", 20, 1],
      ["eric:remind-clinicians", 20, 1],
    ]);
    const first = result.recommendations[0]?.contributions[0];
    expect(first?.path).toEqual([
      "com-b:opportunity",
      "com-b:physical-opportunity",
      "bcw:restriction",
      "eric:alter-incentive-allowance-structures",
    ]);
    expect(first?.steps[0]).toEqual({
      from: "com-b:opportunity",
      to: "com-b:physical-opportunity",
      via: "child",
      share: 0.5,
    });
    expect(first?.weight).toBe(10);
    expect(result.warnings.map((w) => w.code)).toContain("hierarchy-fallback");
  });

  it("a TDF construct reaches through its domain (a parent step in the path)", () => {
    const result = strategEase().match({
      determinants: [{ determinant: "tdf-v2:knowledge-of-task-environment", valence: "barrier" }],
    });
    // defaults 3 x 3 x 1 = 9; knowledge: education 9, training 9 + enablement 9 = 18 (ongoing training), enablement 9
    expect(result.recommendations.map((r) => [r.strategy.id, r.score])).toEqual([
      ["eric:conduct-ongoing-training", 18],
      ["eric:conduct-educational-meetings", 9],
      ["eric:provide-local-technical-assistance", 9],
    ]);
    expect(result.recommendations[1]?.contributions[0]?.path).toEqual([
      "tdf-v2:knowledge-of-task-environment",
      "tdf-v2:knowledge",
      "com-b:psychological-capability",
      "bcw:education",
      "eric:conduct-educational-meetings",
    ]);
    expect(result.recommendations[1]?.contributions[0]?.steps[0]?.via).toBe("parent");
    const fallback = result.warnings.find((w) => w.code === "hierarchy-fallback");
    expect(fallback?.message).toContain("through its parent tdf-v2:knowledge (Knowledge)");
    expect(result.warnings.find((w) => w.code === "default-priority")?.message).toBe(
      "Priority is importance x changeability x |strength|; no importance for tdf-v2:knowledge-of-task-environment: used 3; no changeability for tdf-v2:knowledge-of-task-environment: used 3; no strength (taken as |strength|) for tdf-v2:knowledge-of-task-environment: used 1.",
    );
  });

  it("the built-in StrategEase route: every path through tdf-com-b, com-b-bcw-2011 and the project-authored bcw-eric", () => {
    const result = createMatcher().match(
      { determinants: [{ determinant: "tdf-v2:knowledge", valence: "barrier", importance: 5, changeability: 4 }] },
      { top: 5 },
    );
    expect(result.recommendations).toHaveLength(5);
    for (const r of result.recommendations) {
      for (const c of r.contributions) {
        expect(c.path[1]).toBe("com-b:psychological-capability");
        expect(["bcw:education", "bcw:training", "bcw:enablement"]).toContain(c.path[2]);
        expect(c.steps.map((s) => s.linkSet)).toEqual(["tdf-com-b", "com-b-bcw-2011", "bcw-eric"]);
      }
      // 20 per intervention function the strategy serves among education, training, enablement
      expect(r.score).toBe(20 * r.contributions.length);
    }
    const authored = result.warnings.find((w) => w.code === "authored-link-set");
    expect(authored).toMatchObject({
      linkSet: "bcw-eric",
      strategies: result.recommendations.map((r) => r.strategy.id),
    });
    expect(authored?.message).toContain("not published evidence");
  });

  it("recommends intervention functions with target bcw", () => {
    const result = createMatcher().match(
      { determinants: [{ determinant: "tdf-v2:knowledge", valence: "barrier" }] },
      { target: "bcw" },
    );
    expect(result.recommendations.map((r) => [r.strategy.id, r.score])).toEqual([
      ["bcw:education", 9],
      ["bcw:enablement", 9],
      ["bcw:training", 9],
    ]);
    expect(result.warnings.map((w) => w.code)).not.toContain("authored-link-set");
  });
});

describe("createMatcher", () => {
  const tiny = (
    id: string,
    links = [{ from: "cfir-2009:planning", to: "eric:facilitation", weight: 50 }],
  ): LinkSetInput => ({
    id,
    version: "1",
    title: id,
    from: "cfir-2009",
    to: "eric",
    weightKind: "percent",
    basis: "user",
    links,
  });

  it("compiles a combination once: two matchers over the same sets share it", async () => {
    const { compiledOf } = await import("./matcher");
    expect(compiledOf(createMatcher())).toBe(compiledOf(createMatcher()));
    expect(compiledOf(createMatcher({ linkSets: ["cfir-eric-2019"] }))).not.toBe(compiledOf(createMatcher()));
  });

  it("holds its link sets canonical and frozen, by id", () => {
    const matcher = createMatcher({
      linkSets: [tiny("mine", [{ from: "cfir-2009:Planning", to: "eric:Facilitation", weight: 50 }]), "tdf-com-b"],
    });
    expect(matcher.linkSets.map((s) => s.id)).toEqual(["mine", "tdf-com-b"]);
    expect(matcher.linkSets[0]?.links[0]).toEqual({ from: "cfir-2009:planning", to: "eric:facilitation", weight: 50 });
    expect(Object.isFrozen(matcher.linkSets[0]?.links[0])).toBe(true);
  });

  it("unknown-link-set names the known ids", () => {
    expect(() => createMatcher({ linkSets: ["cfir-eric-2022"] })).toThrow(
      expect.objectContaining({
        code: "unknown-link-set",
        message: expect.stringContaining("cfir-eric-2019, tdf-com-b"),
      }),
    );
  });

  it("invalid-link-set lists every issue with its path", () => {
    try {
      createMatcher({
        linkSets: [tiny("bad", [{ from: "cfir-2009:plannning", to: "eric:facilitation", weight: 150 }])],
      });
      expect.unreachable();
    } catch (error) {
      expect(isMatcherError(error) && error.code).toBe("invalid-link-set");
      expect((error as MatcherError).issues.map((i) => [i.code, i.path.join(".")])).toEqual([
        ["unknown-reference", "links.0.from"],
        ["invalid-weight", "links.0.weight"],
      ]);
    }
    expect(() => createMatcher({ linkSets: [{ id: "x" } as never] })).toThrow(
      expect.objectContaining({ code: "invalid-link-set" }),
    );
    expect(() => createMatcher({ linkSets: [{ ...tiny("y"), from: "cfir-2099" }] })).toThrow(
      expect.objectContaining({ code: "invalid-link-set", message: expect.stringContaining('"cfir-2099" is neither') }),
    );
  });

  it("conflicting-link-sets: two sets between the same schemes, or with one id", () => {
    expect(() => createMatcher({ linkSets: ["cfir-eric-2019", tiny("cfir-eric-full")] })).toThrow(
      expect.objectContaining({
        code: "conflicting-link-sets",
        message: expect.stringContaining("both connect cfir-2009 -> eric"),
      }),
    );
    expect(() =>
      createMatcher({ linkSets: [tiny("same"), { ...tiny("same"), from: "cfir-2022", links: [] }] }),
    ).toThrow(expect.objectContaining({ code: "conflicting-link-sets" }));
  });

  it("invalid-options when the configuration is not an object", () => {
    expect(() => createMatcher(null as never)).toThrow(expect.objectContaining({ code: "invalid-options" }));
  });

  it("invalid-profile carries the profile's issues", () => {
    try {
      createMatcher().match({ determinants: [{ determinant: "tdf-v2:knowlege", valence: "barier" }] } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MatcherError);
      expect((error as MatcherError).code).toBe("invalid-profile");
      expect((error as MatcherError).issues.map((i) => i.path.join("."))).toEqual([
        "determinants.0.valence",
        "determinants.0.determinant",
      ]);
      expect((error as MatcherError).message).toContain("Did you mean tdf-v2:knowledge (Knowledge)?");
    }
    expect(() => createMatcher().match(null as never)).toThrow(expect.objectContaining({ code: "invalid-profile" }));
  });
});
