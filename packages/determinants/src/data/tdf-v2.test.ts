import { describe, expect, it } from "vitest";
import { FrameworkSchema } from "../framework";
import { SchemeIndex, slugify } from "../reference";
import { tdfV2 } from "./tdf-v2";

// Expected facts copied from the published TDF v2 lists (Cane, O'Connor & Michie 2012, Table 1 via a reproduction
// of it): a dropped, renamed or re-numbered record fails here. Tests never read the reference folder.

/** The 14 domains, in published order (number = position + 1). */
const DOMAINS = [
  "Knowledge",
  "Skills",
  "Social/Professional Role and Identity",
  "Beliefs about Capabilities",
  "Optimism",
  "Beliefs about Consequences",
  "Reinforcement",
  "Intentions",
  "Goals",
  "Memory, Attention and Decision Processes",
  "Environmental Context and Resources",
  "Social Influences",
  "Emotion",
  "Behavioural Regulation",
];

/** Constructs 1-37 of 84: [domain number, construct name] (construct number = position + 1). */
const CONSTRUCTS = [
  [1, "Knowledge (including knowledge of condition/scientific rationale)"],
  [1, "Procedural knowledge"],
  [1, "Knowledge of task environment"],
  [2, "Skills"],
  [2, "Skills development"],
  [2, "Competence"],
  [2, "Ability"],
  [2, "Interpersonal skills"],
  [2, "Practice"],
  [2, "Skill assessment"],
  [3, "Professional identity"],
  [3, "Professional role"],
  [3, "Social identity"],
  [3, "Identity"],
  [3, "Professional boundaries"],
  [3, "Professional confidence"],
  [3, "Group identity"],
  [3, "Leadership"],
  [3, "Organisational commitment"],
  [4, "Self-confidence"],
  [4, "Perceived competence"],
  [4, "Self-efficacy"],
  [4, "Perceived behavioural control"],
  [4, "Beliefs"],
  [4, "Self-esteem"],
  [4, "Empowerment"],
  [4, "Professional confidence"],
  [5, "Optimism"],
  [5, "Pessimism"],
  [5, "Unrealistic optimism"],
  [5, "Identity"],
  [6, "Beliefs"],
  [6, "Outcome expectancies"],
  [6, "Characteristics of outcome expectancies"],
  [6, "Anticipated regret"],
  [6, "Consequents"],
  [7, "Rewards (proximal/distal, valued/not valued, probable/improbable)"],
] as const;

/** Every key, in dataset order (domains each followed by their constructs). */
const KEYS = [
  "knowledge",
  "knowledge-including-knowledge-of-condition-scientific-rationale",
  "procedural-knowledge",
  "knowledge-of-task-environment",
  "skills",
  "skills.skills",
  "skills-development",
  "competence",
  "ability",
  "interpersonal-skills",
  "practice",
  "skill-assessment",
  "social-professional-role-and-identity",
  "professional-identity",
  "professional-role",
  "social-identity",
  "social-professional-role-and-identity.identity",
  "professional-boundaries",
  "social-professional-role-and-identity.professional-confidence",
  "group-identity",
  "leadership",
  "organisational-commitment",
  "beliefs-about-capabilities",
  "self-confidence",
  "perceived-competence",
  "self-efficacy",
  "perceived-behavioural-control",
  "beliefs-about-capabilities.beliefs",
  "self-esteem",
  "empowerment",
  "beliefs-about-capabilities.professional-confidence",
  "optimism",
  "optimism.optimism",
  "pessimism",
  "unrealistic-optimism",
  "optimism.identity",
  "beliefs-about-consequences",
  "beliefs-about-consequences.beliefs",
  "outcome-expectancies",
  "characteristics-of-outcome-expectancies",
  "anticipated-regret",
  "consequents",
  "reinforcement",
  "rewards-proximal-distal-valued-not-valued-probable-improbable",
  "intentions",
  "goals",
  "memory-attention-and-decision-processes",
  "environmental-context-and-resources",
  "social-influences",
  "emotion",
  "behavioural-regulation",
];

const framework = FrameworkSchema.parse(tdfV2);
const domains = framework.elements.filter((e) => e.kind === "domain");
const constructs = framework.elements.filter((e) => e.kind === "construct");

describe("tdfV2", () => {
  it("parses with the framework schema", () => {
    expect(FrameworkSchema.safeParse(tdfV2).success).toBe(true);
  });

  it("has the 14 domains and the 37 constructs held, and says it holds 37 of 84", () => {
    expect(domains).toHaveLength(14);
    expect(constructs).toHaveLength(37);
    expect(framework.elements).toHaveLength(51);
    expect(framework.coverage.status).toBe("partial");
    expect(framework.coverage.counts).toEqual([
      { unit: "domains", included: 14, published: 14 },
      { unit: "constructs", included: 37, published: 84 },
    ]);
  });

  it("carries the domain names verbatim, numbered 1-14", () => {
    expect(domains.map((e) => e.name)).toEqual(DOMAINS);
    expect(domains.map((e) => e.codes)).toEqual(DOMAINS.map((_, i) => [String(i + 1)]));
  });

  it("keeps the 'Emotions' spelling as an alias of Emotion", () => {
    expect(domains.find((e) => e.name === "Emotion")?.aliases).toEqual(["Emotions"]);
  });

  it("carries the construct names verbatim, numbered of 84, under their domain", () => {
    expect(constructs.map((e) => [Number(domains.findIndex((d) => d.id === e.parent)) + 1, e.name])).toEqual(
      CONSTRUCTS.map(([domain, name]) => [domain, name]),
    );
    expect(constructs.map((e) => e.number)).toEqual(CONSTRUCTS.map((_, i) => i + 1));
    // Not as codes: constructs 1-14 would make every domain number ambiguous.
    for (const e of constructs) expect(e.codes).toEqual([]);
  });

  it("keys each element by its slug, with the domain's key in front only where the slug repeats", () => {
    expect(framework.elements.map((e) => e.key)).toEqual(KEYS);
    const plain = framework.elements.map((e) => slugify(e.name));
    for (const e of framework.elements) {
      expect(e.id).toBe(`tdf-v2:${e.key}`);
      const slug = slugify(e.name);
      if (e.key !== slug) {
        expect(e.kind).toBe("construct");
        expect(e.key).toBe(`${e.parent?.slice("tdf-v2:".length)}.${slug}`);
        expect(plain.filter((p) => p === slug).length).toBeGreaterThan(1);
      }
    }
  });

  it("has unique keys, and a resolvable parent for every construct", () => {
    expect(new Set(framework.elements.map((e) => e.key)).size).toBe(framework.elements.length);
    const index = new SchemeIndex("tdf-v2", framework.elements);
    for (const e of constructs) expect(index.resolve(e.parent?.slice("tdf-v2:".length) ?? "").ok).toBe(true);
  });

  it("cites and licenses every element, marking the constructs not checked against the paper", () => {
    for (const e of framework.elements) {
      expect(e.citation.doi).toBe("10.1186/1748-5908-7-37");
      expect(e.licence).toBe("CC BY 2.0");
      expect(e.definition.length).toBeGreaterThan(15);
      expect(e.plainLabel.length).toBeGreaterThan(0);
    }
    // Domains and the constructs of domains 1-3 were cross-checked against Cane 2012; the rest come from a reproduction.
    expect(framework.elements.filter((e) => e.verification === "unverified").map((e) => e.number)).toEqual(
      CONSTRUCTS.map((_, i) => i + 1).slice(19),
    );
  });
});
