import { defineTaxonomy } from "../strategy";
import { michie2011 } from "./sources";

// Names, codes and BCIO ids are published facts, copied as they are; definitions and plain labels are written in
// this project's own words.

/**
 * The 9 intervention functions of the Behaviour Change Wheel (Michie, van Stralen & West 2011, Table 1), with their
 * Behaviour Change Intervention Ontology ids.
 *
 * @example
 * ```ts
 * bcw.strategies.map((s) => s.id); // ["bcw:education", "bcw:persuasion", ..., "bcw:enablement"]
 * ```
 */
export const bcw = defineTaxonomy({
  id: "bcw",
  name: "Behaviour Change Wheel: intervention functions",
  version: "2011",
  citation: michie2011,
  citations: [michie2011],
  licence: "CC BY 2.0",
  coverage: {
    status: "complete",
    counts: [{ unit: "intervention functions", included: 9, published: 9 }],
  },
  groups: [],
  strategies: [
    {
      id: "bcw:education",
      key: "education",
      taxonomy: "bcw",
      name: "Education",
      codes: ["IF1"],
      aliases: [],
      definition: "Help people know and understand more about the behaviour, its causes and its effects.",
      plainLabel: "Inform",
      citation: michie2011,
      verification: "verified",
      bcioId: "BCIO:037017",
    },
    {
      id: "bcw:persuasion",
      key: "persuasion",
      taxonomy: "bcw",
      name: "Persuasion",
      codes: ["IF2"],
      aliases: [],
      definition: "Use messages that stir feelings or prompt people to act, for example by showing what is at stake.",
      plainLabel: "Motivate through messages",
      citation: michie2011,
      verification: "verified",
      bcioId: "BCIO:037026",
    },
    {
      id: "bcw:incentivisation",
      key: "incentivisation",
      taxonomy: "bcw",
      name: "Incentivisation",
      codes: ["IF3"],
      aliases: [],
      definition: "Lead people to expect a reward if they carry out the behaviour.",
      plainLabel: "Promise a reward",
      citation: michie2011,
      verification: "verified",
      bcioId: "BCIO:037022",
    },
    {
      id: "bcw:coercion",
      key: "coercion",
      taxonomy: "bcw",
      name: "Coercion",
      codes: ["IF4"],
      aliases: [],
      definition: "Lead people to expect a penalty or a cost if they do not change.",
      plainLabel: "Warn of a penalty",
      citation: michie2011,
      verification: "verified",
      bcioId: "BCIO:037015",
    },
    {
      id: "bcw:training",
      key: "training",
      taxonomy: "bcw",
      name: "Training",
      codes: ["IF5"],
      aliases: [],
      definition: "Build the practical skills people need to carry out the behaviour.",
      plainLabel: "Build skills",
      citation: michie2011,
      verification: "verified",
      bcioId: "BCIO:050000",
    },
    {
      id: "bcw:restriction",
      key: "restriction",
      taxonomy: "bcw",
      name: "Restriction",
      codes: ["IF6"],
      aliases: [],
      definition:
        "Use rules that limit the chances to do an unwanted behaviour, or a behaviour that competes with the wanted one.",
      plainLabel: "Limit through rules",
      citation: michie2011,
      verification: "verified",
      bcioId: "BCIO:037032",
    },
    {
      id: "bcw:environmental-restructuring",
      key: "environmental-restructuring",
      taxonomy: "bcw",
      name: "Environmental restructuring",
      codes: ["IF7"],
      aliases: [],
      definition: "Change the physical surroundings or the social setting in which the behaviour takes place.",
      plainLabel: "Change the surroundings",
      citation: michie2011,
      verification: "verified",
      bcioId: "BCIO:037020",
    },
    {
      id: "bcw:modelling",
      key: "modelling",
      taxonomy: "bcw",
      name: "Modelling",
      codes: ["IF8"],
      aliases: [],
      definition: "Give people an example they can copy or look up to.",
      plainLabel: "Show an example to follow",
      citation: michie2011,
      verification: "verified",
      bcioId: "BCIO:037024",
    },
    {
      id: "bcw:enablement",
      key: "enablement",
      taxonomy: "bcw",
      name: "Enablement",
      codes: ["IF9"],
      aliases: [],
      definition: "Widen people's means or remove obstacles so that they are more able, or have more chance, to act.",
      plainLabel: "Remove obstacles, add means",
      citation: michie2011,
      verification: "verified",
      bcioId: "BCIO:037019",
    },
  ],
});
