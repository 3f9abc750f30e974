import { slugify } from "@impsci/determinants";
import { describe, expect, it } from "vitest";
import { getStrategy } from "../get-strategy";
import { getGroup, getTaxonomy, listGroups } from "../get-taxonomy";
import { TaxonomySchema } from "../strategy";
import { eric } from "./eric";

// The published facts, copied by hand from the reference tables (Powell 2015 names and numbers; Waltz 2015
// clusters and ratings; Waltz 2019 spellings). A dropped, renamed or re-rated record fails here.
const NAMES = [
  "Access new funding",
  "Alter incentive/allowance structures",
  "Alter patient/consumer fees",
  "Assess for readiness and identify barriers and facilitators",
  "Audit and provide feedback",
  "Build a coalition",
  "Capture and share local knowledge",
  "Centralize technical assistance",
  "Change accreditation or membership requirements",
  "Change liability laws",
  "Change physical structure and equipment",
  "Change record systems",
  "Change service sites",
  "Conduct cyclical small tests of change",
  "Conduct educational meetings",
  "Conduct educational outreach visits",
  "Conduct local consensus discussions",
  "Conduct local needs assessment",
  "Conduct ongoing training",
  "Create a learning collaborative",
  "Create new clinical teams",
  "Create or change credentialing and/or licensure standards",
  "Develop a formal implementation blueprint",
  "Develop academic partnerships",
  "Develop an implementation glossary",
  "Develop and implement tools for quality monitoring",
  "Develop and organize quality monitoring systems",
  "Develop disincentives",
  "Develop educational materials",
  "Develop resource sharing agreements",
  "Distribute educational materials",
  "Facilitate relay of clinical data to providers",
  "Facilitation",
  "Fund and contract for the clinical innovation",
  "Identify and prepare champions",
  "Identify early adopters",
  "Increase demand",
  "Inform local opinion leaders",
  "Intervene with patients/consumers to enhance uptake and adherence",
  "Involve executive boards",
  "Involve patients/consumers and family members",
  "Make billing easier",
  "Make training dynamic",
  "Mandate change",
  "Model and simulate change",
  "Obtain and use patients/consumers and family feedback",
  "Obtain formal commitments",
  "Organize clinician implementation team meetings",
  "Place innovation on fee for service lists/formularies",
  "Prepare patients/consumers to be active participants",
  "Promote adaptability",
  "Promote network weaving",
  "Provide clinical supervision",
  "Provide local technical assistance",
  "Provide ongoing consultation",
  "Purposely reexamine the implementation",
  "Recruit, designate, and train for leadership",
  "Remind clinicians",
  "Revise professional roles",
  "Shadow other experts",
  "Stage implementation scale up",
  "Start a dissemination organization",
  "Tailor strategies",
  "Use advisory boards and workgroups",
  "Use an implementation advisor",
  "Use capitated payments",
  "Use data experts",
  "Use data warehousing techniques",
  "Use mass media",
  "Use other payment schemes",
  "Use train-the-trainer strategies",
  "Visit other sites",
  "Work with educational institutions",
];
const IDS = [
  "eric:access-new-funding",
  "eric:alter-incentive-allowance-structures",
  "eric:alter-patient-consumer-fees",
  "eric:assess-for-readiness-and-identify-barriers-and-facilitators",
  "eric:audit-and-provide-feedback",
  "eric:build-a-coalition",
  "eric:capture-and-share-local-knowledge",
  "eric:centralize-technical-assistance",
  "eric:change-accreditation-or-membership-requirements",
  "eric:change-liability-laws",
  "eric:change-physical-structure-and-equipment",
  "eric:change-record-systems",
  "eric:change-service-sites",
  "eric:conduct-cyclical-small-tests-of-change",
  "eric:conduct-educational-meetings",
  "eric:conduct-educational-outreach-visits",
  "eric:conduct-local-consensus-discussions",
  "eric:conduct-local-needs-assessment",
  "eric:conduct-ongoing-training",
  "eric:create-a-learning-collaborative",
  "eric:create-new-clinical-teams",
  "eric:create-or-change-credentialing-and-or-licensure-standards",
  "eric:develop-a-formal-implementation-blueprint",
  "eric:develop-academic-partnerships",
  "eric:develop-an-implementation-glossary",
  "eric:develop-and-implement-tools-for-quality-monitoring",
  "eric:develop-and-organize-quality-monitoring-systems",
  "eric:develop-disincentives",
  "eric:develop-educational-materials",
  "eric:develop-resource-sharing-agreements",
  "eric:distribute-educational-materials",
  "eric:facilitate-relay-of-clinical-data-to-providers",
  "eric:facilitation",
  "eric:fund-and-contract-for-the-clinical-innovation",
  "eric:identify-and-prepare-champions",
  "eric:identify-early-adopters",
  "eric:increase-demand",
  "eric:inform-local-opinion-leaders",
  "eric:intervene-with-patients-consumers-to-enhance-uptake-and-adherence",
  "eric:involve-executive-boards",
  "eric:involve-patients-consumers-and-family-members",
  "eric:make-billing-easier",
  "eric:make-training-dynamic",
  "eric:mandate-change",
  "eric:model-and-simulate-change",
  "eric:obtain-and-use-patients-consumers-and-family-feedback",
  "eric:obtain-formal-commitments",
  "eric:organize-clinician-implementation-team-meetings",
  "eric:place-innovation-on-fee-for-service-lists-formularies",
  "eric:prepare-patients-consumers-to-be-active-participants",
  "eric:promote-adaptability",
  "eric:promote-network-weaving",
  "eric:provide-clinical-supervision",
  "eric:provide-local-technical-assistance",
  "eric:provide-ongoing-consultation",
  "eric:purposely-reexamine-the-implementation",
  "eric:recruit-designate-and-train-for-leadership",
  "eric:remind-clinicians",
  "eric:revise-professional-roles",
  "eric:shadow-other-experts",
  "eric:stage-implementation-scale-up",
  "eric:start-a-dissemination-organization",
  "eric:tailor-strategies",
  "eric:use-advisory-boards-and-workgroups",
  "eric:use-an-implementation-advisor",
  "eric:use-capitated-payments",
  "eric:use-data-experts",
  "eric:use-data-warehousing-techniques",
  "eric:use-mass-media",
  "eric:use-other-payment-schemes",
  "eric:use-train-the-trainer-strategies",
  "eric:visit-other-sites",
  "eric:work-with-educational-institutions",
];
const IMPORTANCE: Record<number, number> = {
  1: 3.57,
  2: 3.17,
  3: 2.6,
  4: 4.6,
  5: 4.4,
  6: 3.77,
  8: 2.73,
  9: 2.17,
  12: 2.83,
  14: 3.63,
  17: 3.63,
  18: 4.27,
  19: 4.17,
  22: 2.23,
  23: 4.3,
  26: 4.37,
  27: 4.33,
  29: 3.8,
  30: 3.07,
  32: 4.17,
  33: 4.13,
  34: 3.67,
  35: 4.2,
  37: 3.3,
  38: 3.9,
  41: 3.87,
  44: 3.23,
  46: 3.67,
  47: 3.77,
  48: 3.97,
  49: 3.4,
  51: 3.9,
  53: 3.83,
  54: 3.97,
  56: 4.4,
  57: 3.93,
  61: 3.97,
  63: 4.37,
  67: 3.23,
  68: 2.87,
};
const FEASIBILITY: Record<number, number> = {
  4: 4.57,
  5: 4.13,
  6: 3.63,
  8: 3.1,
  14: 4.03,
  18: 4.33,
  23: 4.47,
  26: 3.63,
  27: 3.37,
  33: 3.77,
  35: 3.77,
  38: 4.03,
  46: 3.8,
  47: 3.17,
  48: 3.53,
  51: 3.57,
  53: 3.1,
  54: 3.2,
  56: 4.03,
  57: 3.2,
  61: 3.77,
  63: 4,
  67: 3.13,
  68: 2.5,
};
const GO_ZONE: Record<number, string> = {
  4: "I",
  5: "I",
  6: "I",
  7: "I",
  8: "III",
  14: "I",
  17: "I",
  18: "I",
  23: "I",
  24: "II",
  26: "I",
  27: "I",
  33: "I",
  35: "I",
  36: "I",
  38: "I",
  40: "II",
  45: "II",
  46: "I",
  47: "IV",
  48: "I",
  51: "I",
  52: "III",
  53: "IV",
  54: "IV",
  56: "I",
  57: "IV",
  61: "I",
  63: "I",
  64: "I",
  65: "I",
  67: "III",
  68: "III",
  72: "II",
};
const CLUSTER_OF: Record<number, number> = {
  1: 8,
  2: 8,
  3: 8,
  4: 1,
  5: 1,
  6: 4,
  7: 4,
  8: 2,
  9: 9,
  10: 9,
  11: 9,
  12: 9,
  13: 9,
  14: 1,
  15: 5,
  16: 5,
  17: 4,
  18: 1,
  19: 5,
  20: 5,
  21: 6,
  22: 9,
  23: 1,
  24: 4,
  25: 4,
  26: 1,
  27: 1,
  28: 8,
  29: 5,
  30: 6,
  31: 5,
  32: 6,
  33: 2,
  34: 8,
  35: 4,
  36: 4,
  37: 7,
  38: 4,
  39: 7,
  40: 4,
  41: 7,
  42: 8,
  43: 5,
  44: 9,
  45: 4,
  46: 1,
  47: 4,
  48: 4,
  49: 8,
  50: 7,
  51: 3,
  52: 4,
  53: 2,
  54: 2,
  55: 5,
  56: 1,
  57: 4,
  58: 6,
  59: 6,
  60: 5,
  61: 1,
  62: 9,
  63: 3,
  64: 4,
  65: 4,
  66: 8,
  67: 3,
  68: 3,
  69: 7,
  70: 8,
  71: 5,
  72: 4,
  73: 5,
};
const WALTZ_TABLE_1 = [4, 5, 6, 8, 14, 18, 23, 26, 27, 33, 35, 38, 46, 47, 48, 51, 53, 54, 56, 57, 61, 63, 67, 68];
const DOPP = [1, 2, 3, 9, 12, 17, 19, 22, 29, 30, 32, 34, 37, 41, 44, 49];
const GO_ZONE_SECONDARY = [7, 17, 24, 36, 40, 45, 52, 64, 65, 72];
const MATRIX_SPELLINGS: [string, string][] = [
  ["Develop and implement tools for quality monitoring", "eric:develop-and-implement-tools-for-quality-monitoring"],
  ["Audit and provide feedback", "eric:audit-and-provide-feedback"],
  ["Develop and organize quality monitoring systems", "eric:develop-and-organize-quality-monitoring-systems"],
  ["Facilitate relay of clinical data to providers", "eric:facilitate-relay-of-clinical-data-to-providers"],
  [
    "Obtain and use patients/consumers and family feedback",
    "eric:obtain-and-use-patients-consumers-and-family-feedback",
  ],
  ["Organize clinician implementation team meetings", "eric:organize-clinician-implementation-team-meetings"],
  ["Purposely reexamine the implementation", "eric:purposely-reexamine-the-implementation"],
  ["Use data experts", "eric:use-data-experts"],
  ["Capture and share local knowledge", "eric:capture-and-share-local-knowledge"],
  ["Facilitation", "eric:facilitation"],
  ["Change record system", "eric:change-record-systems"],
  ["Conduct ongoing training", "eric:conduct-ongoing-training"],
  ["Develop a formal implementation blueprint", "eric:develop-a-formal-implementation-blueprint"],
  ["Provide local technical assistance", "eric:provide-local-technical-assistance"],
  [
    "Assess for readiness and identify barriers and facilitators",
    "eric:assess-for-readiness-and-identify-barriers-and-facilitators",
  ],
  ["Conduct cyclical small tests of change", "eric:conduct-cyclical-small-tests-of-change"],
  ["Tailor strategies", "eric:tailor-strategies"],
  ["Use an implementation adviser", "eric:use-an-implementation-advisor"],
  ["Use data warehousing techniques", "eric:use-data-warehousing-techniques"],
  ["Use train the trainer strategies", "eric:use-train-the-trainer-strategies"],
  ["Build a coalition", "eric:build-a-coalition"],
  ["Conduct local consensus discussions", "eric:conduct-local-consensus-discussions"],
  ["Create a learning collaborative", "eric:create-a-learning-collaborative"],
  ["Identify and prepare champions", "eric:identify-and-prepare-champions"],
  ["Inform local opinion leaders", "eric:inform-local-opinion-leaders"],
  ["Involve executive boards", "eric:involve-executive-boards"],
  ["Prepare patients/consumers to be active participants", "eric:prepare-patients-consumers-to-be-active-participants"],
  ["Provide ongoing consultation", "eric:provide-ongoing-consultation"],
  ["Recruit, designate, and train for leadership", "eric:recruit-designate-and-train-for-leadership"],
  ["Conduct educational meetings", "eric:conduct-educational-meetings"],
  ["Conduct educational outreach visits", "eric:conduct-educational-outreach-visits"],
  ["Conduct a local needs assessment", "eric:conduct-local-needs-assessment"],
  ["Develop academic partnerships", "eric:develop-academic-partnerships"],
  ["Develop disincentives", "eric:develop-disincentives"],
  [
    "Intervene with patients/consumers to enhance uptake and adherence",
    "eric:intervene-with-patients-consumers-to-enhance-uptake-and-adherence",
  ],
  ["Involve patients/consumers and family members", "eric:involve-patients-consumers-and-family-members"],
  [
    "Place innovation on a fee for service lists/formularies",
    "eric:place-innovation-on-fee-for-service-lists-formularies",
  ],
  ["Provide clinical supervision", "eric:provide-clinical-supervision"],
  ["Revise professional roles", "eric:revise-professional-roles"],
];
const CLUSTERS = [
  "Use evaluative and iterative strategies",
  "Provide interactive assistance",
  "Adapt and tailor to context",
  "Develop stakeholder interrelationships",
  "Train and educate stakeholders",
  "Support clinicians",
  "Engage consumers",
  "Utilize financial strategies",
  "Change infrastructure",
];
const UNVERIFIED_CLUSTER = [28, 42, 58, 62, 66, 70];

const taxonomy = getTaxonomy("eric");
const byNumber = (n: number) => {
  const found = taxonomy.strategies.find((s) => s.number === n);
  if (!found) throw new Error(`no ERIC strategy ${n}`);
  return found;
};

describe("eric dataset", () => {
  it("parses with the taxonomy schema, and the built-in copy equals the module", () => {
    expect(TaxonomySchema.safeParse(eric).success).toBe(true);
    expect(taxonomy).toEqual(TaxonomySchema.parse(eric));
  });

  it("holds the 73 strategies with Powell's names, verbatim, in Powell's numbering", () => {
    expect(taxonomy.strategies).toHaveLength(73);
    expect(taxonomy.strategies.map((s) => s.name)).toEqual(NAMES);
    expect(taxonomy.strategies.map((s) => s.number)).toEqual(NAMES.map((_, i) => i + 1));
    for (const s of taxonomy.strategies) expect(s.codes).toEqual([String(s.number)]);
  });

  it("keys every strategy by the slug of its published name, with stable ids", () => {
    expect(taxonomy.strategies.map((s) => s.id)).toEqual(IDS);
    for (const s of taxonomy.strategies) {
      expect(s.key).toBe(slugify(s.name));
      expect(s.id).toBe(`eric:${s.key}`);
      expect(s.taxonomy).toBe("eric");
    }
    expect(new Set(IDS).size).toBe(73);
  });

  it("has the 9 Waltz 2015 clusters, with sizes 10/4/4/17/11/5/5/9/8 counted from the records", () => {
    const groups = listGroups("eric");
    expect(groups.map((g) => g.name)).toEqual(CLUSTERS);
    expect(groups.map((g) => g.id)).toEqual(CLUSTERS.map((c) => `eric-cluster:${slugify(c)}`));
    const counted = groups.map((g) => taxonomy.strategies.filter((s) => s.group === g.id).length);
    expect(counted).toEqual([10, 4, 4, 17, 11, 5, 5, 9, 8]);
    expect(groups.map((g) => g.size)).toEqual(counted);
    for (const g of groups) expect(g.citation.doi).toBe("10.1186/s13012-015-0295-0");
  });

  it("places every strategy in its published cluster", () => {
    for (const s of taxonomy.strategies) {
      const number = s.number ?? 0;
      expect(getGroup(s.group ?? "").name, s.name).toBe(CLUSTERS[(CLUSTER_OF[number] ?? 0) - 1]);
    }
  });

  it("marks exactly the 6 cluster placements that could not be checked as unverified", () => {
    const unverified = taxonomy.strategies.filter((s) => s.groupVerification === "unverified");
    expect(unverified.map((s) => s.number)).toEqual(UNVERIFIED_CLUSTER);
    for (const s of unverified) expect(s.note).toMatch(/unverified/);
    expect(taxonomy.strategies.filter((s) => s.groupVerification !== undefined)).toHaveLength(6);
  });

  it("carries the published cluster mean ratings for the 4 clusters that have them, and none for the others", () => {
    expect(listGroups("eric").map((g) => [g.importance, g.feasibility])).toEqual([
      [4.19, 4.01],
      [3.67, 3.29],
      [3.59, 3.3],
      [3.47, 3.64],
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  it("carries importance for 40, feasibility for 24 and a go-zone for 34 strategies, exactly as published", () => {
    const pick = (field: "importance" | "feasibility" | "goZone") =>
      Object.fromEntries(
        taxonomy.strategies.filter((s) => s[field] !== undefined).map((s) => [s.number ?? 0, s[field]]),
      );
    expect(Object.keys(pick("importance"))).toHaveLength(40);
    expect(Object.keys(pick("feasibility"))).toHaveLength(24);
    expect(Object.keys(pick("goZone"))).toHaveLength(34);
    expect(pick("importance")).toEqual(IMPORTANCE);
    expect(pick("feasibility")).toEqual(FEASIBILITY);
    expect(pick("goZone")).toEqual(GO_ZONE);
    for (const s of taxonomy.strategies) {
      for (const field of ["importance", "feasibility", "goZone"] as const)
        expect(Object.hasOwn(s, field)).toBe(s[field] !== undefined);
    }
  });

  it("cites each strategy's ratings where they were read: Waltz 2015 Table 1, Dopp 2019, or a secondary go-zone report", () => {
    const cited = (doi: string, locator: RegExp) =>
      taxonomy.strategies
        .filter((s) => s.ratingsCitation?.doi === doi && locator.test(s.ratingsCitation.locator ?? ""))
        .map((s) => s.number);
    expect(cited("10.1186/s13012-015-0295-0", /^Table 1$/)).toEqual(WALTZ_TABLE_1);
    expect(cited("10.1186/s12961-018-0403-0", /Table 1/)).toEqual(DOPP);
    const goZoneSecondary = taxonomy.strategies
      .filter((s) => [s.ratingsCitation, s.goZoneCitation].some((c) => c?.locator?.includes("PMC11446052")))
      .map((s) => s.number);
    expect(goZoneSecondary).toEqual(GO_ZONE_SECONDARY);
    // No rating without a citation, and no citation without a rating.
    for (const s of taxonomy.strategies) {
      const rated = s.importance !== undefined || s.feasibility !== undefined || s.goZone !== undefined;
      expect(s.ratingsCitation !== undefined, s.name).toBe(rated);
    }
    // Strategy 17: importance via Dopp 2019, go-zone from the secondary report, each cited.
    expect(byNumber(17).ratingsCitation?.doi).toBe("10.1186/s12961-018-0403-0");
    expect(byNumber(17).goZoneCitation?.locator).toMatch(/PMC11446052/);
  });

  it("cites every record: Powell 2015 for names and numbers, with licence", () => {
    for (const s of taxonomy.strategies) {
      expect(s.citation).toMatchObject({ year: 2015, doi: "10.1186/s13012-015-0209-1", licence: "CC BY 4.0" });
      expect(s.verification).toBe("verified");
      expect(s.definition.length).toBeGreaterThan(20);
      expect(s.plainLabel.length).toBeGreaterThan(3);
      expect(s.definition).not.toBe(s.name);
    }
    expect(taxonomy.citations.map((c) => c.doi)).toEqual([
      "10.1186/s13012-015-0209-1",
      "10.1186/s13012-015-0295-0",
      "10.1186/s13012-019-0892-4",
      "10.1186/s12961-018-0403-0",
    ]);
  });

  it("states its coverage with the published counts", () => {
    expect(taxonomy.coverage.status).toBe("partial");
    expect(taxonomy.coverage.counts).toEqual([
      { unit: "strategies", included: 73, published: 73 },
      { unit: "cluster placements", included: 73, published: 73 },
      { unit: "clusters", included: 9, published: 9 },
      { unit: "importance ratings", included: 40, published: 73 },
      { unit: "feasibility ratings", included: 24, published: 73 },
      { unit: "go-zone quadrants", included: 34, published: 73 },
      { unit: "cluster mean ratings", included: 4, published: 9 },
    ]);
  });

  it("keeps the Waltz 2015 variant spellings as aliases", () => {
    expect(byNumber(18).aliases).toContain("Conduct local need assessment");
    expect(byNumber(56).aliases).toContain("Purposefully reexamine the implementation");
    expect(getStrategy("eric:Purposefully reexamine the implementation").number).toBe(56);
    expect(getStrategy("eric:Conduct local need assessment").number).toBe(18);
  });

  it("keeps every spelling of the CFIR-ERIC table that differs from Powell's as an alias, and resolves each", () => {
    for (const [spelling, id] of MATRIX_SPELLINGS) {
      expect(getStrategy(`eric:${spelling}`).id, spelling).toBe(id);
      const strategy = getStrategy(id);
      if (spelling !== strategy.name) expect(strategy.aliases, spelling).toContain(spelling);
    }
    expect(getStrategy("eric:Use an implementation adviser").id).toBe("eric:use-an-implementation-advisor");
    expect(getStrategy("eric:Change record system").id).toBe("eric:change-record-systems");
    expect(getStrategy("eric:Conduct a local needs assessment").id).toBe("eric:conduct-local-needs-assessment");
    expect(getStrategy("eric:Use train the trainer strategies").id).toBe("eric:use-train-the-trainer-strategies");
    const aliasCount = taxonomy.strategies.reduce((n, s) => n + s.aliases.length, 0);
    expect(aliasCount).toBe(7);
  });
});
