import { defineFramework } from "../framework";

// Names, codes and BCIO ids carried over from the published sources; definitions and plain labels are our own words.

const michie2011 = {
  authors: "Michie S, van Stralen MM, West R",
  year: 2011,
  title: "The behaviour change wheel: a new method for characterising and designing behaviour change interventions",
  source: "Implementation Science 6:42",
  doi: "10.1186/1748-5908-6-42",
  locator: "COM-B system (Figure 1) and text",
  licence: "CC BY 2.0",
} as const;

const bcio = {
  authors: "Michie S, West R, Finnerty AN, et al.",
  year: 2020,
  title:
    "Representation of behaviour change interventions and their evaluation: development of the Upper Level of the Behaviour Change Intervention Ontology",
  source: "Wellcome Open Research 5:123 (Behaviour Change Intervention Ontology, BCIO)",
  locator: "BCIO ids of the COM-B subcomponents",
  licence: "CC BY 4.0",
} as const;

/**
 * COM-B (Michie, van Stralen & West 2011): behaviour arises from Capability, Opportunity and Motivation. Its 3
 * components and 6 subcomponents, with the published short codes (`C-Ph` ...) and Behaviour Change Intervention
 * Ontology ids of the subcomponents.
 *
 * @example
 * ```ts
 * comB.elements.map((e) => e.id); // ["com-b:capability", ..., "com-b:automatic-motivation"]
 * ```
 */
export const comB = defineFramework({
  id: "com-b",
  name: "COM-B",
  version: "2011",
  citation: michie2011,
  citations: [michie2011, bcio],
  licence: "CC BY 2.0",
  coverage: {
    status: "complete",
    counts: [
      { unit: "components", included: 3, published: 3 },
      { unit: "subcomponents", included: 6, published: 6 },
    ],
  },
  elements: [
    {
      id: "com-b:capability",
      key: "capability",
      framework: "com-b",
      name: "Capability",
      kind: "component",
      codes: [],
      aliases: [],
      definition: "Whether people have what it takes, in body and mind, to carry out the behaviour.",
      plainLabel: "Able to do it",
      citation: michie2011,
      licence: "CC BY 2.0",
      verification: "verified",
    },
    {
      id: "com-b:opportunity",
      key: "opportunity",
      framework: "com-b",
      name: "Opportunity",
      kind: "component",
      codes: [],
      aliases: [],
      definition:
        "The conditions outside the person, physical and social, that make the behaviour possible or prompt it.",
      plainLabel: "The setting allows it",
      citation: michie2011,
      licence: "CC BY 2.0",
      verification: "verified",
    },
    {
      id: "com-b:motivation",
      key: "motivation",
      framework: "com-b",
      name: "Motivation",
      kind: "component",
      codes: [],
      aliases: [],
      definition:
        "The mental processes that energise and steer behaviour, from deliberate plans to habits and feelings.",
      plainLabel: "Wants to do it",
      citation: michie2011,
      licence: "CC BY 2.0",
      verification: "verified",
    },
    {
      id: "com-b:physical-capability",
      key: "physical-capability",
      framework: "com-b",
      name: "Physical capability",
      kind: "subcomponent",
      parent: "com-b:capability",
      codes: ["C-Ph"],
      aliases: [],
      definition: "The bodily skill, strength and stamina the behaviour needs.",
      plainLabel: "Physical skills and stamina",
      citation: michie2011,
      licence: "CC BY 2.0",
      verification: "verified",
      bcioId: "BCIO:006009",
    },
    {
      id: "com-b:psychological-capability",
      key: "psychological-capability",
      framework: "com-b",
      name: "Psychological capability",
      kind: "subcomponent",
      parent: "com-b:capability",
      codes: ["C-Ps"],
      aliases: [],
      definition:
        "The knowledge, mental skills and capacity to reason, remember and stay focused that the behaviour needs.",
      plainLabel: "Knows how and can think it through",
      citation: michie2011,
      licence: "CC BY 2.0",
      verification: "verified",
      bcioId: "BCIO:037029",
    },
    {
      id: "com-b:physical-opportunity",
      key: "physical-opportunity",
      framework: "com-b",
      name: "Physical opportunity",
      kind: "subcomponent",
      parent: "com-b:opportunity",
      codes: ["O-Ph"],
      aliases: [],
      definition: "What the surroundings offer: time, money, materials, equipment, place and prompts.",
      plainLabel: "Time, resources and place",
      citation: michie2011,
      licence: "CC BY 2.0",
      verification: "verified",
      bcioId: "BCIO:006089",
    },
    {
      id: "com-b:social-opportunity",
      key: "social-opportunity",
      framework: "com-b",
      name: "Social opportunity",
      kind: "subcomponent",
      parent: "com-b:opportunity",
      codes: ["O-So"],
      aliases: [],
      definition: "The people around and the culture they share: norms, expectations, and how others act and talk.",
      plainLabel: "Support and norms from others",
      citation: michie2011,
      licence: "CC BY 2.0",
      verification: "verified",
      bcioId: "BCIO:006090",
    },
    {
      id: "com-b:reflective-motivation",
      key: "reflective-motivation",
      framework: "com-b",
      name: "Reflective motivation",
      kind: "subcomponent",
      parent: "com-b:motivation",
      codes: ["M-Re"],
      aliases: [],
      definition: "Conscious evaluations and plans: beliefs about what is good or worth doing, intentions and goals.",
      plainLabel: "Believes in it and plans to",
      citation: michie2011,
      licence: "CC BY 2.0",
      verification: "verified",
      bcioId: "BCIO:037031",
    },
    {
      id: "com-b:automatic-motivation",
      key: "automatic-motivation",
      framework: "com-b",
      name: "Automatic motivation",
      kind: "subcomponent",
      parent: "com-b:motivation",
      codes: ["M-Au"],
      aliases: [],
      definition: "Feelings, impulses, desires and habits that push behaviour without deliberate thought.",
      plainLabel: "Habits and feelings",
      citation: michie2011,
      licence: "CC BY 2.0",
      verification: "verified",
      bcioId: "BCIO:006134",
    },
  ],
});
