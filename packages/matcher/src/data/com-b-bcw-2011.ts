import { defineLinkSet } from "../link-set";

/**
 * COM-B to Behaviour Change Wheel links (Michie, van Stralen & West 2011, Table 2): for each COM-B
 * subcomponent, the intervention functions the paper links to it (functions that can change it). Binary
 * weights, 21 links.
 *
 * @example
 * ```ts
 * import { comBBcw2011 } from "./data/com-b-bcw-2011";
 * comBBcw2011.links.filter((l) => l.from === "com-b:physical-capability").map((l) => l.to);
 * // ["bcw:training", "bcw:enablement"]
 * ```
 */
export const comBBcw2011 = defineLinkSet({
  id: "com-b-bcw-2011",
  version: "1.0.0",
  title: "COM-B subcomponents to BCW intervention functions (Michie, van Stralen & West 2011, Table 2 variant)",
  from: "com-b",
  to: "bcw",
  weightKind: "binary",
  basis: "theory",
  citation: {
    authors: "Michie S, van Stralen MM, West R",
    year: 2011,
    title: "The behaviour change wheel: A new method for characterising and designing behaviour change interventions",
    source: "Implementation Science 6:42",
    doi: "10.1186/1748-5908-6-42",
    locator: "Table 2",
    licence: "CC BY 2.0",
  },
  licence: "CC BY 2.0",
  coverage: {
    status: "complete",
    counts: [{ unit: "links (marked cells of Table 2)", included: 21, published: 21 }],
    note: "Every marked cell of Table 2 of the 2011 paper. Later Behaviour Change Wheel publications print their own versions of this matrix, which may differ; this set is the 2011 variant only.",
  },
  note: "The 2011 paper's variant of the COM-B to intervention function matrix: weight 1 where Table 2 links the intervention function to the COM-B subcomponent (the function can serve to change it). Cells it leaves empty are not links here.",
  links: [
    { from: "com-b:physical-capability", to: "bcw:training", weight: 1, evidence: "link", note: "Michie 2011 Table 2" },
    {
      from: "com-b:physical-capability",
      to: "bcw:enablement",
      weight: 1,
      evidence: "link",
      note: "Michie 2011 Table 2",
    },
    {
      from: "com-b:psychological-capability",
      to: "bcw:education",
      weight: 1,
      evidence: "link",
      note: "Michie 2011 Table 2",
    },
    {
      from: "com-b:psychological-capability",
      to: "bcw:training",
      weight: 1,
      evidence: "link",
      note: "Michie 2011 Table 2",
    },
    {
      from: "com-b:psychological-capability",
      to: "bcw:enablement",
      weight: 1,
      evidence: "link",
      note: "Michie 2011 Table 2",
    },
    {
      from: "com-b:physical-opportunity",
      to: "bcw:restriction",
      weight: 1,
      evidence: "link",
      note: "Michie 2011 Table 2",
    },
    {
      from: "com-b:physical-opportunity",
      to: "bcw:environmental-restructuring",
      weight: 1,
      evidence: "link",
      note: "Michie 2011 Table 2",
    },
    {
      from: "com-b:physical-opportunity",
      to: "bcw:enablement",
      weight: 1,
      evidence: "link",
      note: "Michie 2011 Table 2",
    },
    {
      from: "com-b:social-opportunity",
      to: "bcw:restriction",
      weight: 1,
      evidence: "link",
      note: "Michie 2011 Table 2",
    },
    {
      from: "com-b:social-opportunity",
      to: "bcw:environmental-restructuring",
      weight: 1,
      evidence: "link",
      note: "Michie 2011 Table 2",
    },
    {
      from: "com-b:social-opportunity",
      to: "bcw:enablement",
      weight: 1,
      evidence: "link",
      note: "Michie 2011 Table 2",
    },
    {
      from: "com-b:reflective-motivation",
      to: "bcw:education",
      weight: 1,
      evidence: "link",
      note: "Michie 2011 Table 2",
    },
    {
      from: "com-b:reflective-motivation",
      to: "bcw:persuasion",
      weight: 1,
      evidence: "link",
      note: "Michie 2011 Table 2",
    },
    {
      from: "com-b:reflective-motivation",
      to: "bcw:incentivisation",
      weight: 1,
      evidence: "link",
      note: "Michie 2011 Table 2",
    },
    {
      from: "com-b:reflective-motivation",
      to: "bcw:coercion",
      weight: 1,
      evidence: "link",
      note: "Michie 2011 Table 2",
    },
    {
      from: "com-b:automatic-motivation",
      to: "bcw:persuasion",
      weight: 1,
      evidence: "link",
      note: "Michie 2011 Table 2",
    },
    {
      from: "com-b:automatic-motivation",
      to: "bcw:incentivisation",
      weight: 1,
      evidence: "link",
      note: "Michie 2011 Table 2",
    },
    {
      from: "com-b:automatic-motivation",
      to: "bcw:coercion",
      weight: 1,
      evidence: "link",
      note: "Michie 2011 Table 2",
    },
    {
      from: "com-b:automatic-motivation",
      to: "bcw:environmental-restructuring",
      weight: 1,
      evidence: "link",
      note: "Michie 2011 Table 2",
    },
    {
      from: "com-b:automatic-motivation",
      to: "bcw:modelling",
      weight: 1,
      evidence: "link",
      note: "Michie 2011 Table 2",
    },
    {
      from: "com-b:automatic-motivation",
      to: "bcw:enablement",
      weight: 1,
      evidence: "link",
      note: "Michie 2011 Table 2",
    },
  ],
});
