import { defineTaxonomy } from "../strategy";
import { michie2011 } from "./sources";

// Names, codes and BCIO ids are published facts, copied as they are; definitions and plain labels are written in
// this project's own words.

/**
 * The 7 policy categories of the Behaviour Change Wheel (Michie, van Stralen & West 2011, Table 1), with their
 * Behaviour Change Intervention Ontology ids.
 *
 * @example
 * ```ts
 * bcwPolicy.strategies.map((s) => s.name); // ["Communication/marketing", "Guidelines", ..., "Service provision"]
 * ```
 */
export const bcwPolicy = defineTaxonomy({
  id: "bcw-policy",
  name: "Behaviour Change Wheel: policy categories",
  version: "2011",
  citation: michie2011,
  citations: [michie2011],
  licence: "CC BY 2.0",
  coverage: {
    status: "complete",
    counts: [{ unit: "policy categories", included: 7, published: 7 }],
  },
  groups: [],
  strategies: [
    {
      id: "bcw-policy:communication-marketing",
      key: "communication-marketing",
      taxonomy: "bcw-policy",
      name: "Communication/marketing",
      codes: ["PC1"],
      aliases: [],
      definition:
        "Reach people with messages through media such as print, radio, television, telephone or the internet.",
      plainLabel: "Media campaigns",
      citation: michie2011,
      verification: "verified",
      bcioId: "BCIO:037004",
    },
    {
      id: "bcw-policy:guidelines",
      key: "guidelines",
      taxonomy: "bcw-policy",
      name: "Guidelines",
      codes: ["PC2"],
      aliases: [],
      definition: "Issue documents that recommend or require a way of working, including changes to how services run.",
      plainLabel: "Issue guidance",
      citation: michie2011,
      verification: "verified",
      bcioId: "BCIO:037007",
    },
    {
      id: "bcw-policy:fiscal-measures",
      key: "fiscal-measures",
      taxonomy: "bcw-policy",
      name: "Fiscal measures",
      codes: ["PC3"],
      aliases: [],
      definition: "Use taxes to make a behaviour cheaper or more costly.",
      plainLabel: "Use taxes",
      citation: michie2011,
      verification: "verified",
      bcioId: "BCIO:037006",
    },
    {
      id: "bcw-policy:regulation",
      key: "regulation",
      taxonomy: "bcw-policy",
      name: "Regulation",
      codes: ["PC4"],
      aliases: [],
      definition: "Set rules or principles that govern behaviour or practice, without passing a law.",
      plainLabel: "Set rules",
      citation: michie2011,
      verification: "verified",
      bcioId: "BCIO:037010",
    },
    {
      id: "bcw-policy:legislation",
      key: "legislation",
      taxonomy: "bcw-policy",
      name: "Legislation",
      codes: ["PC5"],
      aliases: [],
      definition: "Make new laws or change existing ones.",
      plainLabel: "Make or change laws",
      citation: michie2011,
      verification: "verified",
      bcioId: "BCIO:037008",
    },
    {
      id: "bcw-policy:environmental-social-planning",
      key: "environmental-social-planning",
      taxonomy: "bcw-policy",
      name: "Environmental/social planning",
      codes: ["PC6"],
      aliases: [],
      definition: "Design or manage the physical or social environment that people live and work in.",
      plainLabel: "Plan the surroundings",
      citation: michie2011,
      verification: "verified",
      bcioId: "BCIO:037005",
    },
    {
      id: "bcw-policy:service-provision",
      key: "service-provision",
      taxonomy: "bcw-policy",
      name: "Service provision",
      codes: ["PC7"],
      aliases: [],
      definition: "Provide a service that helps people carry out the behaviour.",
      plainLabel: "Provide a service",
      citation: michie2011,
      verification: "verified",
      bcioId: "BCIO:037011",
    },
  ],
});
