import { SchemeIndex, slugify } from "@impsci/determinants";
import { describe, expect, it } from "vitest";
import { TaxonomySchema } from "../strategy";
import { bctV1 } from "./bct-v1";

// Copied from the published taxonomy (Michie et al. 2013) as the reference table gives it: group number, group
// name, number of techniques. Tests never read the reference files.
const PUBLISHED_GROUPS: readonly (readonly [number, string, number])[] = [
  [1, "Goals and planning", 9],
  [2, "Feedback and monitoring", 7],
  [3, "Social support", 3],
  [4, "Shaping knowledge", 4],
  [5, "Natural consequences", 6],
  [6, "Comparison of behaviour", 3],
  [7, "Associations", 8],
  [8, "Repetition and substitution", 7],
  [9, "Comparison of outcomes", 3],
  [10, "Reward and threat", 11],
  [11, "Regulation", 4],
  [12, "Antecedents", 6],
  [13, "Identity", 5],
  [14, "Scheduled consequences", 10],
  [15, "Self-belief", 4],
  [16, "Covert learning", 3],
];

// Code, label verbatim, and the BCIO ids matched to the code, in published order.
const PUBLISHED_TECHNIQUES: readonly (readonly [string, string, string])[] = [
  ["1.1", "Goal setting (behaviour)", "BCIO:007003; BCIO:007004"],
  ["1.2", "Problem solving", "BCIO:007008"],
  ["1.3", "Goal setting (outcome)", "BCIO:007005; BCIO:007006"],
  ["1.4", "Action planning", "BCIO:007010"],
  ["1.5", "Review behaviour goal(s)", "BCIO:007011"],
  ["1.6", "Discrepancy between current behaviour and goal", "BCIO:007012"],
  ["1.7", "Review outcome goal(s)", "BCIO:007013"],
  ["1.8", "Behavioural contract", "BCIO:007014"],
  ["1.9", "Commitment", "BCIO:007015"],
  ["2.1", "Monitoring of behaviour by others without feedback", "BCIO:007018; BCIO:007019"],
  ["2.2", "Feedback on behaviour", "BCIO:007023"],
  ["2.3", "Self-monitoring of behaviour", "BCIO:007024"],
  ["2.4", "Self-monitoring of outcome(s) of behaviour", "BCIO:007025"],
  ["2.5", "Monitoring outcome(s) of behaviour by others without feedback", "BCIO:007020; BCIO:007021"],
  ["2.6", "Biofeedback", "BCIO:007026"],
  ["2.7", "Feedback on outcome(s) of behaviour", "BCIO:007027"],
  ["3.1", "Social support (unspecified)", "BCIO:007028; BCIO:007029; BCIO:007034; BCIO:007039"],
  ["3.2", "Social support (practical)", "BCIO:007030; BCIO:007035; BCIO:007040"],
  ["3.3", "Social support (emotional)", "BCIO:007031; BCIO:007036; BCIO:007041"],
  ["4.1", "Instruction on how to perform a behaviour", "BCIO:007051; BCIO:007058"],
  ["4.2", "Information about antecedents", "BCIO:007052"],
  ["4.3", "Re-attribution", "BCIO:007053"],
  ["4.4", "Behavioural experiments", "BCIO:007054"],
  ["5.1", "Information about health consequences", "BCIO:007063"],
  ["5.2", "Salience of consequences", "BCIO:007068"],
  ["5.3", "Information about social and environmental consequences", "BCIO:007064; BCIO:007176"],
  ["5.4", "Monitoring of emotional consequences", "BCIO:007066"],
  ["5.5", "Anticipated regret", "BCIO:007067"],
  ["5.6", "Information about emotional consequences", "BCIO:007065"],
  ["6.1", "Demonstration of the behaviour", "BCIO:007055"],
  ["6.2", "Social comparison", "BCIO:007073"],
  ["6.3", "Information about others’ approval", "BCIO:007074"],
  ["7.1", "Prompts/cues", "BCIO:007080; BCIO:007081"],
  ["7.2", "Cue signalling reward", "BCIO:007082"],
  ["7.3", "Reduce prompts/cues", "BCIO:007084"],
  ["7.4", "Remove access to the reward", "BCIO:007092; BCIO:007293"],
  ["7.5", "Remove aversive stimulus", "BCIO:050331"],
  ["7.6", "Satiation", "BCIO:007087"],
  ["7.7", "Exposure", "BCIO:007085; BCIO:007170; BCIO:007172"],
  ["7.8", "Associative learning", "BCIO:007090"],
  ["8.1", "Behavioural practice/rehearsal", "BCIO:007094"],
  ["8.2", "Behaviour substitution", "BCIO:007095"],
  ["8.3", "Habit formation", "BCIO:007096"],
  ["8.4", "Habit reversal", "BCIO:007097"],
  ["8.5", "Overcorrection", "BCIO:007098"],
  ["8.6", "Generalisation of a target behaviour", "BCIO:007099"],
  ["8.7", "Graded tasks", "BCIO:007100"],
  ["9.1", "Credible source", "BCIO:007075"],
  ["9.2", "Pros and cons", "BCIO:007069"],
  ["9.3", "Comparative imagining of future outcomes", "BCIO:007070"],
  ["10.1", "Material incentive (behaviour)", "BCIO:007209"],
  ["10.2", "Material reward (behaviour)", "BCIO:007257"],
  ["10.3", "Non-specific reward", "BCIO:007252"],
  ["10.4", "Social reward", "BCIO:007265"],
  ["10.5", "Social incentive", "BCIO:007218"],
  ["10.6", "Non-specific incentive", "BCIO:007202"],
  ["10.7", "Self-incentive", "BCIO:007202"],
  ["10.8", "Incentive (outcome)", "BCIO:007216"],
  ["10.9", "Self-reward", "BCIO:007252"],
  ["10.10", "Reward (outcome)", "BCIO:007264"],
  ["10.11", "Future punishment", "BCIO:007189; BCIO:007203"],
  ["11.1", "Pharmacological support", "BCIO:007144; BCIO:007145; BCIO:007146"],
  ["11.2", "Reduce negative emotions", "BCIO:050344"],
  ["11.3", "Conserving mental resources", "BCIO:007134"],
  ["11.4", "Paradoxical instructions", "BCIO:007135"],
  ["12.1", "Restructuring the physical environment", "BCIO:050348"],
  ["12.2", "Restructuring the social environment", "BCIO:050349"],
  ["12.3", "Avoidance/reducing exposure to cues for the behaviour", "BCIO:007153"],
  ["12.4", "Distraction", "BCIO:007154; BCIO:007155"],
  ["12.5", "Adding objects to the environment", "BCIO:007156"],
  ["12.6", "Body changes", "BCIO:007136"],
  ["13.1", "Identification of self as role model", "BCIO:007158"],
  ["13.2", "Framing/reframing", "BCIO:007056"],
  ["13.3", "Incompatible beliefs", "BCIO:007057"],
  ["13.4", "Valued self-identity", "BCIO:007159"],
  ["13.5", "Identity associated with changed behaviour", "BCIO:007160"],
  ["14.1", "Behaviour cost", "BCIO:007092; BCIO:007293"],
  ["14.2", "Punishment", "BCIO:007241"],
  ["14.3", "Remove reward", "BCIO:007092; BCIO:007293"],
  ["14.4", "Reward approximation", "BCIO:007253"],
  ["14.5", "Rewarding completion", "BCIO:007254"],
  ["14.6", "Situation-specific reward", "BCIO:007256"],
  ["14.7", "Reward incompatible behaviour", "BCIO:007255"],
  ["14.8", "Reward alternative behaviour", "BCIO:007251"],
  ["14.9", "Reduce reward frequency", "BCIO:007279"],
  ["14.10", "Remove punishment", "BCIO:007286"],
  ["15.1", "Verbal persuasion about capability", "BCIO:007137"],
  ["15.2", "Mental rehearsal of successful performance", "BCIO:007138"],
  ["15.3", "Focus on past success", "BCIO:007139"],
  ["15.4", "Self-talk", "BCIO:007140"],
  ["16.1", "Imaginary punishment", "BCIO:007118"],
  ["16.2", "Imaginary reward", "BCIO:007119"],
  ["16.3", "Vicarious consequences", "BCIO:007120; BCIO:007121"],
];

const MICHIE_2013_DOI = "10.1007/s12160-013-9486-6";
const taxonomy = TaxonomySchema.parse(bctV1);

describe("bct-v1 dataset", () => {
  it("parses with TaxonomySchema", () => {
    const result = TaxonomySchema.safeParse(bctV1);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(taxonomy.id).toBe("bct-v1");
  });

  it("holds the 93 techniques in 16 groups, and says so in its coverage", () => {
    expect(taxonomy.strategies).toHaveLength(93);
    expect(taxonomy.groups).toHaveLength(16);
    expect(PUBLISHED_TECHNIQUES).toHaveLength(93);
    expect(PUBLISHED_GROUPS.reduce((sum, [, , size]) => sum + size, 0)).toBe(93);
    expect(taxonomy.coverage.status).toBe("complete");
    expect(taxonomy.coverage.counts).toEqual([
      { unit: "techniques", included: 93, published: 93 },
      { unit: "groups", included: 16, published: 16 },
    ]);
  });

  it("leaves out the row that is not a BCTTv1 technique and names it in the coverage note", () => {
    expect(taxonomy.strategies.some((s) => s.key === "4.5" || s.name === "Advise to change behaviour")).toBe(false);
    expect(taxonomy.coverage.note).toContain('"Advise to change behaviour"');
    expect(taxonomy.coverage.note).toContain("4.5");
  });

  it("carries the published group names, numbers and sizes, and each size equals its techniques", () => {
    expect(taxonomy.groups.map((g) => [Number(g.codes[0]), g.name, g.size])).toEqual(PUBLISHED_GROUPS);
    for (const group of taxonomy.groups) {
      expect(group.codes).toHaveLength(1);
      expect(group.key).toBe(slugify(group.name));
      expect(group.id).toBe(`bct-v1-group:${group.key}`);
      expect(group.taxonomy).toBe("bct-v1");
      expect(taxonomy.strategies.filter((s) => s.group === group.id)).toHaveLength(group.size);
    }
  });

  it("carries every published code and label verbatim, in published order", () => {
    expect(taxonomy.strategies.map((s) => [s.key, s.name])).toEqual(
      PUBLISHED_TECHNIQUES.map(([code, label]) => [code, label]),
    );
  });

  it("keys every technique by its code, unique and of the form N.M under group N, numbered 1..size", () => {
    const keys = taxonomy.strategies.map((s) => s.key);
    expect(new Set(keys).size).toBe(93);
    expect(new Set(taxonomy.strategies.map((s) => s.id)).size).toBe(93);
    const groupNumber = new Map(taxonomy.groups.map((g) => [g.id, g.codes[0]]));
    for (const s of taxonomy.strategies) {
      expect(s.id).toBe(`bct-v1:${s.key}`);
      expect(s.codes).toEqual([s.key]);
      expect(s.taxonomy).toBe("bct-v1");
      const match = /^([1-9]\d*)\.([1-9]\d*)$/.exec(s.key);
      expect(match, s.key).not.toBeNull();
      expect(match?.[1], s.key).toBe(s.group === undefined ? undefined : groupNumber.get(s.group));
    }
    for (const group of taxonomy.groups) {
      const numbers = taxonomy.strategies.filter((s) => s.group === group.id).map((s) => s.key.split(".")[1]);
      expect(numbers).toEqual(Array.from({ length: group.size }, (_, i) => String(i + 1)));
    }
  });

  it("places every technique in a group that exists", () => {
    const groupIds = new Set(taxonomy.groups.map((g) => g.id));
    expect(new Set(taxonomy.groups.map((g) => g.key)).size).toBe(16);
    for (const s of taxonomy.strategies) expect(groupIds.has(s.group ?? ""), s.id).toBe(true);
  });

  it("keeps every BCIO id matched to each code, and says how it was matched", () => {
    expect(taxonomy.strategies.map((s) => [s.key, s.bcioId])).toEqual(
      PUBLISHED_TECHNIQUES.map(([code, , bcio]) => [code, bcio]),
    );
    for (const s of taxonomy.strategies) {
      expect(s.note, s.id).toContain(`BCTTv1 code, ${s.key},`);
      for (const id of (s.bcioId ?? "").split("; ")) expect(s.note, s.id).toContain(id);
    }
  });

  it("cites Michie et al. 2013 on every technique and group, and the BCIO in the dataset's citations", () => {
    expect(taxonomy.citation.doi).toBe(MICHIE_2013_DOI);
    expect(taxonomy.citations[0]).toEqual(taxonomy.citation);
    expect(taxonomy.citations.find((c) => c.title.includes("Behaviour Change Intervention Ontology"))?.licence).toBe(
      "CC BY 4.0",
    );
    for (const record of [...taxonomy.strategies, ...taxonomy.groups]) {
      expect(record.citation.doi, record.id).toBe(MICHIE_2013_DOI);
      expect(record.citation.year, record.id).toBe(2013);
      expect(record.citation.locator, record.id).toMatch(/taxonomy table/i);
    }
  });

  it("gives every technique its own definition and plain label, not a copy of its name", () => {
    const definitions = taxonomy.strategies.map((s) => s.definition);
    const labels = taxonomy.strategies.map((s) => s.plainLabel);
    expect(new Set(definitions).size).toBe(93);
    expect(new Set(labels).size).toBe(93);
    for (const s of taxonomy.strategies) {
      expect(s.definition, s.id).not.toBe(s.name);
      expect(s.definition, s.id).toMatch(/^[A-Z].*\.$/);
      expect(s.plainLabel, s.id).not.toBe(s.name);
      expect(s.verification, s.id).toBe("verified");
    }
  });

  it("resolves every code and every published label to its technique, without ambiguity", () => {
    const index = new SchemeIndex("bct-v1", taxonomy.strategies);
    for (const [code, label] of PUBLISHED_TECHNIQUES) {
      const byCode = index.resolve(code);
      const byName = index.resolve(label);
      expect(byCode.ok && byCode.item.key, code).toBe(code);
      expect(byName.ok && byName.item.key, label).toBe(code);
    }
    const straightQuote = index.resolve("Information about others' approval");
    expect(straightQuote.ok && straightQuote.item.id).toBe("bct-v1:6.3");
  });
});
