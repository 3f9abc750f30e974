import { defineCrosswalk } from "../framework";

/**
 * TDF v2 domains to COM-B subcomponents as the Behaviour Change Wheel guide maps them (Michie, Atkins & West 2014):
 * 17 links, the published variant `bcw-guide-2014`. Other published variants differ slightly; each is its own
 * crosswalk with its own id, so adding one never changes this one.
 *
 * @example
 * ```ts
 * tdfV2ComBBcwGuide2014.links.filter((l) => l.from === "tdf-v2:skills").map((l) => l.to);
 * // ["com-b:psychological-capability", "com-b:physical-capability"]
 * ```
 */
export const tdfV2ComBBcwGuide2014 = defineCrosswalk({
  id: "tdf-v2-com-b.bcw-guide-2014",
  from: "tdf-v2",
  to: "com-b",
  variant: "bcw-guide-2014",
  title: "TDF v2 domains to COM-B subcomponents (Behaviour Change Wheel guide, 2014)",
  version: "2014",
  citation: {
    authors: "Michie S, Atkins L, West R",
    year: 2014,
    title: "The Behaviour Change Wheel: a guide to designing interventions",
    source: "Silverback Publishing, London",
    locator: "Table mapping the TDF domains to the COM-B components",
    licence: "All rights reserved (facts only: the links are carried over, no text)",
  },
  licence: "All rights reserved (facts only: the links are carried over, no text)",
  coverage: {
    status: "complete",
    counts: [{ unit: "links", included: 17, published: 17 }],
    note: "Complete for this variant; other published TDF to COM-B mappings differ slightly.",
  },
  verification: "unverified",
  note: "Read in a journal table that reproduces the guide's mapping; not yet checked against the guide itself.",
  links: [
    { from: "tdf-v2:knowledge", to: "com-b:psychological-capability" },
    {
      from: "tdf-v2:skills",
      to: "com-b:psychological-capability",
      note: "Skills (cognitive and interpersonal) in BCW guide",
    },
    { from: "tdf-v2:memory-attention-and-decision-processes", to: "com-b:psychological-capability" },
    { from: "tdf-v2:behavioural-regulation", to: "com-b:psychological-capability" },
    { from: "tdf-v2:skills", to: "com-b:physical-capability", note: "Skills (physical) in BCW guide" },
    { from: "tdf-v2:social-influences", to: "com-b:social-opportunity" },
    { from: "tdf-v2:environmental-context-and-resources", to: "com-b:physical-opportunity" },
    { from: "tdf-v2:social-professional-role-and-identity", to: "com-b:reflective-motivation" },
    { from: "tdf-v2:beliefs-about-capabilities", to: "com-b:reflective-motivation" },
    { from: "tdf-v2:optimism", to: "com-b:reflective-motivation" },
    { from: "tdf-v2:beliefs-about-consequences", to: "com-b:reflective-motivation" },
    { from: "tdf-v2:intentions", to: "com-b:reflective-motivation" },
    { from: "tdf-v2:goals", to: "com-b:reflective-motivation" },
    { from: "tdf-v2:social-professional-role-and-identity", to: "com-b:automatic-motivation" },
    { from: "tdf-v2:optimism", to: "com-b:automatic-motivation" },
    { from: "tdf-v2:reinforcement", to: "com-b:automatic-motivation" },
    { from: "tdf-v2:emotion", to: "com-b:automatic-motivation" },
  ],
});
