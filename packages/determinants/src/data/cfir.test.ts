import { describe, expect, it } from "vitest";
import { type Element, type Framework, FrameworkSchema } from "../framework";
import { SchemeIndex } from "../reference";
import { cfir2009 } from "./cfir-2009";
import { cfir2022 } from "./cfir-2022";

// Expected facts, copied from the published lists (Damschroder 2009 and 2022 via the project's reference CSVs).
// Tests never read the reference folder: a dropped, renamed or re-coded record fails here.

/** CFIR 2009 domains, in published order: [code, name]. */
const DOMAINS_2009 = [
  ["I", "Intervention Characteristics"],
  ["II", "Outer Setting"],
  ["III", "Inner Setting"],
  ["IV", "Characteristics of Individuals"],
  ["V", "Process"],
] as const;

/** CFIR 2009 constructs: [code, name]. */
const CONSTRUCTS_2009 = [
  ["I.A", "Intervention Source"],
  ["I.B", "Evidence Strength & Quality"],
  ["I.C", "Relative Advantage"],
  ["I.D", "Adaptability"],
  ["I.E", "Trialability"],
  ["I.F", "Complexity"],
  ["I.G", "Design Quality & Packaging"],
  ["I.H", "Cost"],
  ["II.A", "Patient Needs & Resources"],
  ["II.B", "Cosmopolitanism"],
  ["II.C", "Peer Pressure"],
  ["II.D", "External Policy & Incentives"],
  ["III.A", "Structural Characteristics"],
  ["III.B", "Networks & Communications"],
  ["III.C", "Culture"],
  ["III.D", "Implementation Climate"],
  ["III.E", "Readiness for Implementation"],
  ["IV.A", "Knowledge & Beliefs about the Intervention"],
  ["IV.B", "Self-efficacy"],
  ["IV.C", "Individual Stage of Change"],
  ["IV.D", "Individual Identification with Organization"],
  ["IV.E", "Other Personal Attributes"],
  ["V.A", "Planning"],
  ["V.B", "Engaging"],
  ["V.C", "Executing"],
  ["V.D", "Reflecting & Evaluating"],
] as const;

/** CFIR 2009 subconstructs: [code, name, parent construct name]. */
const SUBCONSTRUCTS_2009 = [
  ["III.D1", "Tension for Change", "Implementation Climate"],
  ["III.D2", "Compatibility", "Implementation Climate"],
  ["III.D3", "Relative Priority", "Implementation Climate"],
  ["III.D4", "Organizational Incentives & Rewards", "Implementation Climate"],
  ["III.D5", "Goals & Feedback", "Implementation Climate"],
  ["III.D6", "Learning Climate", "Implementation Climate"],
  ["III.E1", "Leadership Engagement", "Readiness for Implementation"],
  ["III.E2", "Available Resources", "Readiness for Implementation"],
  ["III.E3", "Access to Knowledge & Information", "Readiness for Implementation"],
  ["V.B1", "Opinion Leaders", "Engaging"],
  ["V.B2", "Formally Appointed Internal Implementation Leaders", "Engaging"],
  ["V.B3", "Champions", "Engaging"],
  ["V.B4", "External Change Agents", "Engaging"],
  ["V.B5", "Key Stakeholders", "Engaging"],
  ["V.B6", "Innovation Participants", "Engaging"],
] as const;

/** The CFIR 2009 elements that are not among the CFIR-ERIC tool's 39 barriers. */
const NOT_ERIC_BARRIERS_2009 = ["Other Personal Attributes", "Engaging"];

/** The Engaging subconstructs added on cfirguide.org after the 2009 paper. */
const ADDED_AFTER_2009 = ["Key Stakeholders", "Innovation Participants"];

/** Every CFIR 2009 key, in dataset order. */
const KEYS_2009 = [
  "intervention-characteristics",
  "outer-setting",
  "inner-setting",
  "characteristics-of-individuals",
  "process",
  "intervention-source",
  "evidence-strength-and-quality",
  "relative-advantage",
  "adaptability",
  "trialability",
  "complexity",
  "design-quality-and-packaging",
  "cost",
  "patient-needs-and-resources",
  "cosmopolitanism",
  "peer-pressure",
  "external-policy-and-incentives",
  "structural-characteristics",
  "networks-and-communications",
  "culture",
  "implementation-climate",
  "implementation-climate.tension-for-change",
  "implementation-climate.compatibility",
  "implementation-climate.relative-priority",
  "implementation-climate.organizational-incentives-and-rewards",
  "implementation-climate.goals-and-feedback",
  "implementation-climate.learning-climate",
  "readiness-for-implementation",
  "readiness-for-implementation.leadership-engagement",
  "readiness-for-implementation.available-resources",
  "readiness-for-implementation.access-to-knowledge-and-information",
  "knowledge-and-beliefs-about-the-intervention",
  "self-efficacy",
  "individual-stage-of-change",
  "individual-identification-with-organization",
  "other-personal-attributes",
  "planning",
  "engaging",
  "engaging.opinion-leaders",
  "engaging.formally-appointed-internal-implementation-leaders",
  "engaging.champions",
  "engaging.external-change-agents",
  "engaging.key-stakeholders",
  "engaging.innovation-participants",
  "executing",
  "reflecting-and-evaluating",
];

/** CFIR 2022 domains, in published order: [code, name]. */
const DOMAINS_2022 = [
  ["I", "Innovation"],
  ["II", "Outer Setting"],
  ["III", "Inner Setting"],
  ["IV", "Individuals"],
  ["V", "Implementation Process"],
] as const;

/** CFIR 2022 subdomains of Individuals. */
const SUBDOMAINS_2022 = ["Roles", "Characteristics"] as const;

/** CFIR 2022 constructs: [code, name, subdomain ("" outside Individuals)]. */
const CONSTRUCTS_2022 = [
  ["I.A", "Innovation Source", ""],
  ["I.B", "Innovation Evidence-Base", ""],
  ["I.C", "Innovation Relative Advantage", ""],
  ["I.D", "Innovation Adaptability", ""],
  ["I.E", "Innovation Trialability", ""],
  ["I.F", "Innovation Complexity", ""],
  ["I.G", "Innovation Design", ""],
  ["I.H", "Innovation Cost", ""],
  ["II.A", "Critical Incidents", ""],
  ["II.B", "Local Attitudes", ""],
  ["II.C", "Local Conditions", ""],
  ["II.D", "Partnerships & Connections", ""],
  ["II.E", "Policies & Laws", ""],
  ["II.F", "Financing", ""],
  ["II.G", "External Pressure", ""],
  ["III.A", "Structural Characteristics", ""],
  ["III.B", "Relational Connections", ""],
  ["III.C", "Communications", ""],
  ["III.D", "Culture", ""],
  ["III.E", "Tension for Change", ""],
  ["III.F", "Compatibility", ""],
  ["III.G", "Relative Priority", ""],
  ["III.H", "Incentive Systems", ""],
  ["III.I", "Mission Alignment", ""],
  ["III.J", "Available Resources", ""],
  ["III.K", "Access to Knowledge & Information", ""],
  ["IV.A", "High-Level Leaders", "Roles"],
  ["IV.B", "Mid-Level Leaders", "Roles"],
  ["IV.C", "Opinion Leaders", "Roles"],
  ["IV.D", "Implementation Facilitators", "Roles"],
  ["IV.E", "Implementation Leads", "Roles"],
  ["IV.F", "Implementation Team Members", "Roles"],
  ["IV.G", "Other Implementation Support", "Roles"],
  ["IV.H", "Innovation Deliverers", "Roles"],
  ["IV.I", "Innovation Recipients", "Roles"],
  ["IV.J", "Need", "Characteristics"],
  ["IV.K", "Capability", "Characteristics"],
  ["IV.L", "Opportunity", "Characteristics"],
  ["IV.M", "Motivation", "Characteristics"],
  ["V.A", "Teaming", ""],
  ["V.B", "Assessing Needs", ""],
  ["V.C", "Assessing Context", ""],
  ["V.D", "Planning", ""],
  ["V.E", "Tailoring Strategies", ""],
  ["V.F", "Engaging", ""],
  ["V.G", "Doing", ""],
  ["V.H", "Reflecting & Evaluating", ""],
  ["V.I", "Adapting", ""],
] as const;

/** CFIR 2022 subconstructs: [code, name, parent construct name]. */
const SUBCONSTRUCTS_2022 = [
  ["II.G1", "Societal Pressure", "External Pressure"],
  ["II.G2", "Market Pressure", "External Pressure"],
  ["II.G3", "Performance-Measurement Pressure", "External Pressure"],
  ["III.A1", "Physical Infrastructure", "Structural Characteristics"],
  ["III.A2", "Information Technology Infrastructure", "Structural Characteristics"],
  ["III.A3", "Work Infrastructure", "Structural Characteristics"],
  ["III.D1", "Human Equality-Centeredness", "Culture"],
  ["III.D2", "Recipient-Centeredness", "Culture"],
  ["III.D3", "Deliverer-Centeredness", "Culture"],
  ["III.D4", "Learning-Centeredness", "Culture"],
  ["III.J1", "Funding", "Available Resources"],
  ["III.J2", "Space", "Available Resources"],
  ["III.J3", "Materials & Equipment", "Available Resources"],
  ["V.B1", "Innovation Deliverers", "Assessing Needs"],
  ["V.B2", "Innovation Recipients", "Assessing Needs"],
  ["V.F1", "Innovation Deliverers", "Engaging"],
  ["V.F2", "Innovation Recipients", "Engaging"],
  ["V.H1", "Implementation", "Reflecting & Evaluating"],
  ["V.H2", "Innovation", "Reflecting & Evaluating"],
] as const;

/** The CFIR 2022 names the reference marks "verified_in_retrieved_excerpt"; every other row is unverified. */
const VERIFIED_2022 = [
  "Innovation Source",
  "Innovation Evidence-Base",
  "Innovation Relative Advantage",
  "Innovation Adaptability",
  "Innovation Trialability",
  "Innovation Complexity",
  "Critical Incidents",
  "Local Attitudes",
  "Local Conditions",
  "Partnerships & Connections",
  "Policies & Laws",
  "Available Resources",
  "Tailoring Strategies",
];

/** Every CFIR 2022 key, in dataset order. */
const KEYS_2022 = [
  "innovation",
  "outer-setting",
  "inner-setting",
  "individuals",
  "implementation-process",
  "innovation-source",
  "innovation-evidence-base",
  "innovation-relative-advantage",
  "innovation-adaptability",
  "innovation-trialability",
  "innovation-complexity",
  "innovation-design",
  "innovation-cost",
  "critical-incidents",
  "local-attitudes",
  "local-conditions",
  "partnerships-and-connections",
  "policies-and-laws",
  "financing",
  "external-pressure",
  "external-pressure.societal-pressure",
  "external-pressure.market-pressure",
  "external-pressure.performance-measurement-pressure",
  "structural-characteristics",
  "structural-characteristics.physical-infrastructure",
  "structural-characteristics.information-technology-infrastructure",
  "structural-characteristics.work-infrastructure",
  "relational-connections",
  "communications",
  "culture",
  "culture.human-equality-centeredness",
  "culture.recipient-centeredness",
  "culture.deliverer-centeredness",
  "culture.learning-centeredness",
  "tension-for-change",
  "compatibility",
  "relative-priority",
  "incentive-systems",
  "mission-alignment",
  "available-resources",
  "available-resources.funding",
  "available-resources.space",
  "available-resources.materials-and-equipment",
  "access-to-knowledge-and-information",
  "roles",
  "high-level-leaders",
  "mid-level-leaders",
  "opinion-leaders",
  "implementation-facilitators",
  "implementation-leads",
  "implementation-team-members",
  "other-implementation-support",
  "innovation-deliverers",
  "innovation-recipients",
  "characteristics",
  "need",
  "capability",
  "opportunity",
  "motivation",
  "teaming",
  "assessing-needs",
  "assessing-needs.innovation-deliverers",
  "assessing-needs.innovation-recipients",
  "assessing-context",
  "planning",
  "tailoring-strategies",
  "engaging",
  "engaging.innovation-deliverers",
  "engaging.innovation-recipients",
  "doing",
  "reflecting-and-evaluating",
  "reflecting-and-evaluating.implementation",
  "reflecting-and-evaluating.innovation",
  "adapting",
];

const fw2009 = FrameworkSchema.parse(cfir2009);
const fw2022 = FrameworkSchema.parse(cfir2022);

const ofKind = (fw: Framework, kind: Element["kind"]) => fw.elements.filter((e) => e.kind === kind);
const byId = (fw: Framework) => new Map(fw.elements.map((e) => [e.id, e]));
const parentOf = (fw: Framework, e: Element) => (e.parent === undefined ? undefined : byId(fw).get(e.parent));

describe.each([
  { fw: fw2009, raw: cfir2009, keys: KEYS_2009, doi: "10.1186/1748-5908-4-50", licence: "CC BY 2.0" },
  { fw: fw2022, raw: cfir2022, keys: KEYS_2022, doi: "10.1186/s13012-022-01245-0", licence: "CC BY 4.0" },
])("$fw.id: integrity", ({ fw, raw, keys, doi, licence }) => {
  it("parses with FrameworkSchema without losing or adding anything", () => {
    expect(FrameworkSchema.safeParse(raw).success).toBe(true);
    expect(fw).toEqual(raw);
  });

  it("has exactly the expected keys, in order, each unique, with ids scheme:key", () => {
    expect(fw.elements.map((e) => e.key)).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of fw.elements) {
      expect(e.id).toBe(`${fw.id}:${e.key}`);
      expect(e.framework).toBe(fw.id);
    }
  });

  it("gives every element a unique published code, except the subdomains (which have none)", () => {
    const codes = fw.elements.flatMap((e) => e.codes);
    expect(new Set(codes).size).toBe(codes.length);
    for (const e of fw.elements) expect(e.codes).toHaveLength(e.kind === "subdomain" ? 0 : 1);
  });

  it("lists the 5 domains first, and every parent before its children", () => {
    expect(fw.elements.slice(0, 5).every((e) => e.kind === "domain")).toBe(true);
    const seen = new Set<string>();
    for (const e of fw.elements) {
      if (e.parent !== undefined) expect(seen.has(e.parent), `${e.id} comes before its parent`).toBe(true);
      seen.add(e.id);
    }
  });

  it("resolves every parent to an element of the right kind", () => {
    for (const e of fw.elements) {
      const parent = parentOf(fw, e);
      if (e.kind === "domain") {
        expect(e.parent).toBeUndefined();
        continue;
      }
      expect(parent, `parent of ${e.id}`).toBeDefined();
      if (e.kind === "subdomain") expect(parent?.kind).toBe("domain");
      if (e.kind === "construct") expect(["domain", "subdomain"]).toContain(parent?.kind);
      if (e.kind === "subconstruct") {
        expect(parent?.kind).toBe("construct");
        expect(e.key.startsWith(`${parent?.key}.`), `${e.key} is prefixed with its construct's key`).toBe(true);
      }
    }
  });

  it("codes every construct under its domain's numeral", () => {
    for (const e of fw.elements.filter((x) => x.kind === "construct" || x.kind === "subconstruct")) {
      let domain = parentOf(fw, e);
      while (domain && domain.kind !== "domain") domain = parentOf(fw, domain);
      expect(e.codes[0]?.startsWith(`${domain?.codes[0]}.`), e.id).toBe(true);
    }
  });

  it("cites every element with the framework's paper, a locator and its licence", () => {
    expect(fw.citation.doi).toBe(doi);
    expect(fw.citations[0]).toEqual(fw.citation);
    expect(fw.licence).toBe(licence);
    for (const e of fw.elements) {
      expect(e.citation.doi, e.id).toBe(doi);
      expect(e.citation.locator, e.id).toMatch(/\S/);
      expect(e.licence, e.id).toBe(licence);
    }
  });

  it("gives every element a short definition and a plain label of its own", () => {
    for (const e of fw.elements) {
      expect(e.definition.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== "").length, e.id).toBeLessThanOrEqual(2);
      expect(e.definition.endsWith("."), e.id).toBe(true);
      expect(e.definition.toLowerCase()).not.toBe(e.name.toLowerCase());
      expect(e.plainLabel.length, e.id).toBeLessThanOrEqual(40);
    }
  });

  it("states counts in its coverage that match the elements", () => {
    expect(fw.coverage.status).toBe("complete");
    for (const [unit, kind] of [
      ["domains", "domain"],
      ["subdomains", "subdomain"],
      ["constructs", "construct"],
      ["subconstructs", "subconstruct"],
    ] as const) {
      const count = fw.coverage.counts.find((c) => c.unit === unit);
      if (kind === "subdomain" && fw.id === "cfir-2009") {
        expect(count).toBeUndefined();
        continue;
      }
      expect(count, unit).toEqual({ unit, included: ofKind(fw, kind).length, published: ofKind(fw, kind).length });
    }
  });

  it("resolves each element by its key, its published code and (when unique) its name", () => {
    const index = new SchemeIndex(fw.id, fw.elements);
    const nameCount = new Map<string, number>();
    for (const e of fw.elements) nameCount.set(e.name, (nameCount.get(e.name) ?? 0) + 1);
    for (const e of fw.elements) {
      expect(index.resolve(e.key), e.key).toMatchObject({ ok: true, item: { id: e.id } });
      for (const code of e.codes) expect(index.resolve(code), code).toMatchObject({ ok: true, item: { id: e.id } });
      if (nameCount.get(e.name) === 1) {
        expect(index.resolve(e.name), e.name).toMatchObject({ ok: true, item: { id: e.id } });
      }
    }
  });
});

describe("cfir-2009", () => {
  it("has the 5 published domains, 26 constructs and 15 subconstructs with their published codes and names", () => {
    expect(ofKind(fw2009, "domain").map((e) => [e.codes[0], e.name])).toEqual(DOMAINS_2009);
    expect(ofKind(fw2009, "construct").map((e) => [e.codes[0], e.name])).toEqual(CONSTRUCTS_2009);
    expect(ofKind(fw2009, "subconstruct").map((e) => [e.codes[0], e.name, parentOf(fw2009, e)?.name])).toEqual(
      SUBCONSTRUCTS_2009,
    );
    expect(ofKind(fw2009, "subdomain")).toEqual([]);
    expect(fw2009.elements).toHaveLength(5 + 26 + 15);
  });

  it("puts each construct under the domain of its code", () => {
    for (const e of ofKind(fw2009, "construct")) expect(parentOf(fw2009, e)?.codes[0]).toBe(e.codes[0]?.split(".")[0]);
  });

  it("flags the 39 barriers of the CFIR-ERIC tool, every flag marked inferred", () => {
    const flagged = fw2009.elements.filter((e) => e.cfirEricBarrier?.value === true);
    expect(flagged).toHaveLength(39);
    const all = [...CONSTRUCTS_2009, ...SUBCONSTRUCTS_2009].map(([, name]) => name as string);
    expect(flagged.map((e) => e.name).sort()).toEqual(all.filter((n) => !NOT_ERIC_BARRIERS_2009.includes(n)).sort());
    for (const e of fw2009.elements) {
      if (e.kind === "domain") {
        expect(e.cfirEricBarrier, e.id).toBeUndefined();
        continue;
      }
      expect(e.cfirEricBarrier?.verification, e.id).toBe("inferred");
      expect(e.cfirEricBarrier?.note, e.id).toMatch(/\S/);
    }
    for (const name of NOT_ERIC_BARRIERS_2009) {
      const e = fw2009.elements.find((x) => x.name === name);
      expect(e?.cfirEricBarrier).toEqual({
        value: false,
        verification: "inferred",
        note: "in CFIR 2009 but (inferred) not a separate barrier in CFIR-ERIC tool",
      });
    }
    expect(fw2009.coverage.counts).toContainEqual({
      unit: "CFIR-ERIC barriers flagged (flag inferred)",
      included: 39,
      published: 39,
    });
  });

  it("keeps the two Engaging subconstructs added after the paper, marked unverified and explained", () => {
    for (const name of ADDED_AFTER_2009) {
      const e = fw2009.elements.find((x) => x.name === name);
      expect(e?.parent).toBe("cfir-2009:engaging");
      expect(e?.verification).toBe("unverified");
      expect(e?.note).toContain("cfirguide.org");
      expect(e?.citation.locator).toContain("not in the table");
    }
    const others = fw2009.elements.filter((e) => !ADDED_AFTER_2009.includes(e.name));
    expect(others.every((e) => e.verification === "verified")).toBe(true);
  });

  it("resolves the references DESIGN.md uses", () => {
    const index = new SchemeIndex("cfir-2009", fw2009.elements);
    expect(index.resolve("planning")).toMatchObject({ ok: true, item: { id: "cfir-2009:planning" } });
    expect(index.resolve("engaging.champions")).toMatchObject({ ok: true, item: { name: "Champions" } });
    expect(index.resolve("II.A")).toMatchObject({ ok: true, item: { id: "cfir-2009:patient-needs-and-resources" } });
    expect(index.resolve("Evidence Strength and Quality")).toMatchObject({
      ok: true,
      item: { id: "cfir-2009:evidence-strength-and-quality" },
    });
  });
});

describe("cfir-2022", () => {
  it("has the 5 published domains, 2 subdomains, 48 constructs and 19 subconstructs with their codes and names", () => {
    expect(ofKind(fw2022, "domain").map((e) => [e.codes[0], e.name])).toEqual(DOMAINS_2022);
    expect(ofKind(fw2022, "subdomain").map((e) => e.name)).toEqual(SUBDOMAINS_2022);
    expect(ofKind(fw2022, "construct")).toHaveLength(48);
    expect(ofKind(fw2022, "subconstruct")).toHaveLength(19);
    expect(
      ofKind(fw2022, "construct").map((e) => {
        const parent = parentOf(fw2022, e);
        return [e.codes[0], e.name, parent?.kind === "subdomain" ? parent.name : ""];
      }),
    ).toEqual(CONSTRUCTS_2022);
    expect(ofKind(fw2022, "subconstruct").map((e) => [e.codes[0], e.name, parentOf(fw2022, e)?.name])).toEqual(
      SUBCONSTRUCTS_2022,
    );
    expect(fw2022.elements).toHaveLength(5 + 2 + 48 + 19);
  });

  it("keeps Roles and Characteristics as subdomains of Individuals, parents of its constructs", () => {
    for (const s of ofKind(fw2022, "subdomain")) expect(s.parent).toBe("cfir-2022:individuals");
    for (const e of ofKind(fw2022, "construct")) {
      const parent = parentOf(fw2022, e);
      if (e.codes[0]?.startsWith("IV.")) expect(parent?.kind).toBe("subdomain");
      else expect(parent?.codes[0]).toBe(e.codes[0]?.split(".")[0]);
    }
  });

  it("carries the reference's verification column: 13 rows verified, 54 unverified", () => {
    const rows = fw2022.elements.filter((e) => e.kind === "construct" || e.kind === "subconstruct");
    expect(rows.filter((e) => e.verification === "verified").map((e) => e.name)).toEqual(VERIFIED_2022);
    expect(rows.filter((e) => e.verification === "unverified")).toHaveLength(54);
    expect(fw2022.elements.filter((e) => e.verification === "inferred")).toEqual([]);
    expect(ofKind(fw2022, "domain").map((e) => e.verification)).toEqual([
      "verified",
      "verified",
      "verified",
      "unverified",
      "verified",
    ]);
    expect(ofKind(fw2022, "subdomain").map((e) => e.verification)).toEqual(["unverified", "unverified"]);
    expect(fw2022.coverage.note).toContain("verified_in_retrieved_excerpt");
    expect(fw2022.coverage.note).toContain("from_knowledge_unverified_here");
  });

  it("carries no CFIR-ERIC flag (that tool is built on CFIR 2009)", () => {
    expect(fw2022.elements.filter((e) => e.cfirEricBarrier !== undefined)).toEqual([]);
  });

  it("resolves the references DESIGN.md uses, subconstructs prefixed with their construct", () => {
    const index = new SchemeIndex("cfir-2022", fw2022.elements);
    expect(index.resolve("innovation-source")).toMatchObject({ ok: true, item: { name: "Innovation Source" } });
    expect(index.resolve("available-resources.funding")).toMatchObject({ ok: true, item: { name: "Funding" } });
    expect(index.resolve("engaging.innovation-deliverers")).toMatchObject({
      ok: true,
      item: { kind: "subconstruct", parent: "cfir-2022:engaging" },
    });
    expect(index.resolve("innovation-deliverers")).toMatchObject({ ok: true, item: { kind: "construct" } });
    expect(index.resolve("V.F1")).toMatchObject({ ok: true, item: { id: "cfir-2022:engaging.innovation-deliverers" } });
  });
});
