import { lookupStrategy } from "@impsci/catalogue";
import { lookupElement } from "@impsci/determinants";
import { describe, expect, it } from "vitest";
import { type LinkSetInput, LinkSetSchema } from "../link-set";
import { bcwEric } from "./bcw-eric";
import { cfirEric2019 } from "./cfir-eric-2019";
import { comBBcw2011 } from "./com-b-bcw-2011";

const sets: readonly LinkSetInput[] = [cfirEric2019, comBBcw2011, bcwEric];

/**
 * Waltz et al. 2019, Table 1, Reflecting & Evaluating, as published: Powell id, the name as the table spells
 * it, percent, count, respondents, published level (null: below 20 %). Copied from the reference data.
 */
const REFLECTING_AND_EVALUATING: readonly (readonly [string, string, number, number, number, 1 | 2 | null])[] = [
  [
    "eric:develop-and-implement-tools-for-quality-monitoring",
    "Develop and implement tools for quality monitoring",
    60,
    15,
    25,
    1,
  ],
  ["eric:audit-and-provide-feedback", "Audit and provide feedback", 56, 14, 25, 1],
  [
    "eric:develop-and-organize-quality-monitoring-systems",
    "Develop and organize quality monitoring systems",
    40,
    10,
    25,
    2,
  ],
  [
    "eric:facilitate-relay-of-clinical-data-to-providers",
    "Facilitate relay of clinical data to providers",
    36,
    9,
    25,
    2,
  ],
  [
    "eric:obtain-and-use-patients-consumers-and-family-feedback",
    "Obtain and use patients/consumers and family feedback",
    28,
    7,
    25,
    2,
  ],
  [
    "eric:organize-clinician-implementation-team-meetings",
    "Organize clinician implementation team meetings",
    28,
    7,
    25,
    2,
  ],
  ["eric:purposely-reexamine-the-implementation", "Purposely reexamine the implementation", 28, 7, 25, 2],
  ["eric:use-data-experts", "Use data experts", 28, 7, 25, 2],
  ["eric:capture-and-share-local-knowledge", "Capture and share local knowledge", 24, 6, 25, 2],
  ["eric:facilitation", "Facilitation", 20, 5, 25, 2],
  ["eric:change-record-systems", "Change record system", 16, 4, 25, null],
  ["eric:conduct-ongoing-training", "Conduct ongoing training", 16, 4, 25, null],
  ["eric:develop-a-formal-implementation-blueprint", "Develop a formal implementation blueprint", 16, 4, 25, null],
  ["eric:provide-local-technical-assistance", "Provide local technical assistance", 16, 4, 25, null],
  [
    "eric:assess-for-readiness-and-identify-barriers-and-facilitators",
    "Assess for readiness and identify barriers and facilitators",
    12,
    3,
    25,
    null,
  ],
  ["eric:conduct-cyclical-small-tests-of-change", "Conduct cyclical small tests of change", 12, 3, 25, null],
  ["eric:tailor-strategies", "Tailor strategies", 12, 3, 25, null],
  ["eric:use-an-implementation-advisor", "Use an implementation adviser", 12, 3, 25, null],
  ["eric:use-data-warehousing-techniques", "Use data warehousing techniques", 12, 3, 25, null],
  ["eric:use-train-the-trainer-strategies", "Use train the trainer strategies", 12, 3, 25, null],
  ["eric:build-a-coalition", "Build a coalition", 8, 2, 25, null],
  ["eric:conduct-local-consensus-discussions", "Conduct local consensus discussions", 8, 2, 25, null],
  ["eric:create-a-learning-collaborative", "Create a learning collaborative", 8, 2, 25, null],
  ["eric:identify-and-prepare-champions", "Identify and prepare champions", 8, 2, 25, null],
  ["eric:inform-local-opinion-leaders", "Inform local opinion leaders", 8, 2, 25, null],
  ["eric:involve-executive-boards", "Involve executive boards", 8, 2, 25, null],
  [
    "eric:prepare-patients-consumers-to-be-active-participants",
    "Prepare patients/consumers to be active participants",
    8,
    2,
    25,
    null,
  ],
  ["eric:provide-ongoing-consultation", "Provide ongoing consultation", 8, 2, 25, null],
  ["eric:recruit-designate-and-train-for-leadership", "Recruit, designate, and train for leadership", 8, 2, 25, null],
  ["eric:conduct-educational-meetings", "Conduct educational meetings", 4, 1, 25, null],
  ["eric:conduct-educational-outreach-visits", "Conduct educational outreach visits", 4, 1, 25, null],
  ["eric:conduct-local-needs-assessment", "Conduct a local needs assessment", 4, 1, 25, null],
  ["eric:develop-academic-partnerships", "Develop academic partnerships", 4, 1, 25, null],
  ["eric:develop-disincentives", "Develop disincentives", 4, 1, 25, null],
  [
    "eric:intervene-with-patients-consumers-to-enhance-uptake-and-adherence",
    "Intervene with patients/consumers to enhance uptake and adherence",
    4,
    1,
    25,
    null,
  ],
  [
    "eric:involve-patients-consumers-and-family-members",
    "Involve patients/consumers and family members",
    4,
    1,
    25,
    null,
  ],
  [
    "eric:place-innovation-on-fee-for-service-lists-formularies",
    "Place innovation on a fee for service lists/formularies",
    4,
    1,
    25,
    null,
  ],
  ["eric:provide-clinical-supervision", "Provide clinical supervision", 4, 1, 25, null],
  ["eric:revise-professional-roles", "Revise professional roles", 4, 1, 25, null],
];

/** Waltz et al. 2019, Table 2: Level 1 / Level 2 strategy counts for the 11 barriers we can cite. */
const LEVEL_COUNTS: readonly (readonly [string, number, number])[] = [
  ["cfir-2009:intervention-source", 0, 9],
  ["cfir-2009:evidence-strength-and-quality", 0, 10],
  ["cfir-2009:relative-advantage", 0, 11],
  ["cfir-2009:adaptability", 1, 10],
  ["cfir-2009:trialability", 0, 10],
  ["cfir-2009:complexity", 0, 15],
  ["cfir-2009:design-quality-and-packaging", 0, 7],
  ["cfir-2009:cost", 1, 9],
  ["cfir-2009:patient-needs-and-resources", 3, 5],
  ["cfir-2009:cosmopolitanism", 3, 7],
  ["cfir-2009:peer-pressure", 0, 8],
];

/** Michie, van Stralen & West 2011, Table 2: the 21 marked cells. */
const COM_B_BCW: readonly (readonly [string, string])[] = [
  ["com-b:physical-capability", "bcw:training"],
  ["com-b:physical-capability", "bcw:enablement"],
  ["com-b:psychological-capability", "bcw:education"],
  ["com-b:psychological-capability", "bcw:training"],
  ["com-b:psychological-capability", "bcw:enablement"],
  ["com-b:physical-opportunity", "bcw:restriction"],
  ["com-b:physical-opportunity", "bcw:environmental-restructuring"],
  ["com-b:physical-opportunity", "bcw:enablement"],
  ["com-b:social-opportunity", "bcw:restriction"],
  ["com-b:social-opportunity", "bcw:environmental-restructuring"],
  ["com-b:social-opportunity", "bcw:enablement"],
  ["com-b:reflective-motivation", "bcw:education"],
  ["com-b:reflective-motivation", "bcw:persuasion"],
  ["com-b:reflective-motivation", "bcw:incentivisation"],
  ["com-b:reflective-motivation", "bcw:coercion"],
  ["com-b:automatic-motivation", "bcw:persuasion"],
  ["com-b:automatic-motivation", "bcw:incentivisation"],
  ["com-b:automatic-motivation", "bcw:coercion"],
  ["com-b:automatic-motivation", "bcw:environmental-restructuring"],
  ["com-b:automatic-motivation", "bcw:modelling"],
  ["com-b:automatic-motivation", "bcw:enablement"],
];

/** The 73 ERIC strategies (Powell et al. 2015), in published order. */
const ERIC_IDS: readonly string[] = [
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

const BCW_FUNCTIONS = [
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

const levelOf = (percent: number): 1 | 2 | null => (percent >= 50 ? 1 : percent >= 20 ? 2 : null);

/** The id a reference resolves to in the real datasets, or the lookup's message when it does not resolve. */
function resolve(ref: string): string {
  const scheme = ref.slice(0, ref.indexOf(":"));
  const found = scheme === "eric" || scheme === "bcw" ? lookupStrategy(ref) : lookupElement(ref);
  return found.ok ? found.item.id : `unresolved: ${found.message}`;
}

describe("built-in link sets", () => {
  it("each parses with LinkSetSchema", () => {
    for (const set of sets) {
      const parsed = LinkSetSchema.safeParse(set);
      expect(parsed.success, `${set.id}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it("have unique ids and no duplicate links", () => {
    expect(new Set(sets.map((set) => set.id)).size).toBe(sets.length);
    for (const set of sets) {
      const pairs = set.links.map((link) => `${link.from} -> ${link.to}`);
      expect(new Set(pairs).size, set.id).toBe(pairs.length);
    }
  });

  it("link only elements of their declared schemes", () => {
    for (const set of sets) {
      for (const link of set.links) {
        expect(link.from.startsWith(`${set.from}:`), `${set.id}: ${link.from}`).toBe(true);
        expect(link.to.startsWith(`${set.to}:`), `${set.id}: ${link.to}`).toBe(true);
      }
    }
  });

  it("use as every from and to id the exact id of an element or strategy in the real datasets", () => {
    const refs = new Set<string>();
    for (const set of sets) {
      for (const link of set.links) refs.add(link.from).add(link.to);
      for (const count of set.levelCounts ?? []) refs.add(count.from);
    }
    const wrong = [...refs].filter((ref) => resolve(ref) !== ref).map((ref) => `${ref} -> ${resolve(ref)}`);
    expect(wrong).toEqual([]);
  });

  it("keep weights in the range of each set's weight kind", () => {
    for (const set of sets) {
      for (const link of set.links) {
        if (set.weightKind === "binary") expect(link.weight).toBe(1);
        else expect(link.weight >= 0 && link.weight <= 100, `${link.to}: ${link.weight}`).toBe(true);
      }
    }
  });
});

describe("cfir-eric-2019", () => {
  it("declares what it is", () => {
    expect(cfirEric2019).toMatchObject({
      id: "cfir-eric-2019",
      from: "cfir-2009",
      to: "eric",
      weightKind: "percent",
      basis: "expert-survey",
      licence: "CC BY 4.0",
      citation: { year: 2019, doi: "10.1186/s13012-019-0892-4", source: "Implementation Science 14:42" },
    });
    expect(cfirEric2019.citation.locator).toMatch(/Table 1.*Table 2/);
  });

  it("holds exactly the published Reflecting & Evaluating rows, in published order", () => {
    const rows = cfirEric2019.links.map((link) => [link.from, link.to, link.weight, link.count, link.n, link.evidence]);
    expect(rows).toEqual(
      REFLECTING_AND_EVALUATING.map(([to, , percent, count, n]) => [
        "cfir-2009:reflecting-and-evaluating",
        to,
        percent,
        count,
        n,
        "link",
      ]),
    );
    expect(cfirEric2019.links).toHaveLength(39);
  });

  it("has every percentage equal to round(100 * count / n)", () => {
    for (const [to, , percent, count, n] of REFLECTING_AND_EVALUATING) {
      expect(Math.round((100 * count) / n), to).toBe(percent);
    }
    for (const link of cfirEric2019.links) {
      expect(Math.round((100 * (link.count ?? Number.NaN)) / (link.n ?? Number.NaN)), link.to).toBe(link.weight);
    }
  });

  it("has the published level of each row match Level 1 >= 50 % and Level 2 20-49 %", () => {
    for (const [to, , percent, , , level] of REFLECTING_AND_EVALUATING) expect(levelOf(percent), to).toBe(level);
    const levels = cfirEric2019.links.map((link) => levelOf(link.weight));
    expect(levels.filter((level) => level === 1)).toHaveLength(2);
    expect(levels.filter((level) => level === 2)).toHaveLength(8);
  });

  it("cites the source locator on every link, with the published spelling where it differs from Powell's", () => {
    REFLECTING_AND_EVALUATING.forEach(([to, published], i) => {
      const note = cfirEric2019.links[i]?.note ?? "";
      expect(note, to).toMatch(/^Waltz 2019 Table 1, Reflecting & Evaluating/);
      const found = lookupStrategy(to);
      expect(found.ok, to).toBe(true);
      if (found.ok && found.item.name !== published) expect(note, to).toContain(`published as "${published}"`);
      if (found.ok && found.item.name === published) expect(note, to).not.toContain("published as");
    });
  });

  it("resolves every spelling the table prints to the strategy it links", () => {
    const wrong = REFLECTING_AND_EVALUATING.filter(([to, published]) => resolve(`eric:${published}`) !== to);
    expect(wrong.map(([to, published]) => `${published} -> ${resolve(`eric:${published}`)} (want ${to})`)).toEqual([]);
  });

  it("carries the published Level 1 / Level 2 counts of 11 barriers as metadata", () => {
    expect(cfirEric2019.levelCounts.map((c) => [c.from, c.level1, c.level2])).toEqual(LEVEL_COUNTS);
  });

  it("says it is partial: 1 of 39 barriers, level counts for 11, and the published totals", () => {
    expect(cfirEric2019.coverage.status).toBe("partial");
    expect(cfirEric2019.coverage.counts).toEqual([
      { unit: "barriers with endorsement figures", included: 1, published: 39 },
      { unit: "barriers with Level 1 / Level 2 counts", included: 11, published: 39 },
      { unit: "Level 1 barrier-strategy pairs (>= 50 %)", included: 2, published: 33 },
      { unit: "Level 2 barrier-strategy pairs (20-49 %)", included: 8, published: 332 },
      { unit: "barrier-strategy pairs", included: 39, published: 2847 },
    ]);
    expect(cfirEric2019.coverage.note).toMatch(/single expert/);
    expect(cfirEric2019.note).toMatch(/33 Level 1 and 332 Level 2 pairs of 2,847/);
  });
});

describe("com-b-bcw-2011", () => {
  it("declares what it is and names its variant", () => {
    expect(comBBcw2011).toMatchObject({
      id: "com-b-bcw-2011",
      from: "com-b",
      to: "bcw",
      weightKind: "binary",
      basis: "theory",
      licence: "CC BY 2.0",
      citation: { year: 2011, doi: "10.1186/1748-5908-6-42", locator: "Table 2" },
      coverage: { status: "complete", counts: [{ included: 21, published: 21 }] },
    });
    expect(comBBcw2011.title).toMatch(/2011, Table 2 variant/);
  });

  it("holds exactly the 21 published links", () => {
    expect(comBBcw2011.links.map((link) => [link.from, link.to])).toEqual(COM_B_BCW);
    expect(comBBcw2011.links).toHaveLength(21);
  });
});

describe("bcw-eric", () => {
  it("declares itself project-authored, not published evidence", () => {
    expect(bcwEric).toMatchObject({
      id: "bcw-eric",
      from: "bcw",
      to: "eric",
      weightKind: "binary",
      basis: "authored",
      citation: { authors: "impsci contributors", source: "impsci" },
    });
    expect(bcwEric.citation).not.toHaveProperty("doi");
    expect(bcwEric.note).toMatch(/not published evidence/);
    expect(bcwEric.note).toMatch(/replace it with a published mapping/);
  });

  it("links every one of the 73 ERIC strategies to one to three intervention functions", () => {
    expect(ERIC_IDS).toHaveLength(73);
    expect([...new Set(bcwEric.links.map((link) => link.to))].sort()).toEqual([...ERIC_IDS].sort());
    for (const id of ERIC_IDS) {
      const count = bcwEric.links.filter((link) => link.to === id).length;
      expect(count >= 1 && count <= 3, `${id}: ${count} links`).toBe(true);
    }
  });

  it("starts every link at one of the 9 intervention functions", () => {
    for (const link of bcwEric.links) expect(BCW_FUNCTIONS, link.to).toContain(link.from);
  });

  it("gives every link a one-line rationale", () => {
    for (const link of bcwEric.links) {
      const note = link.note ?? "";
      expect(note.length > 20 && !note.includes("\n") && note.trim() === note, `${link.from} -> ${link.to}`).toBe(true);
    }
  });
});
