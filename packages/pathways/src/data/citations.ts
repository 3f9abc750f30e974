import type { Citation } from "@impsci/determinants";

// The sources the pathways and the plan document rest on. Facts only (authors, year, title, source, DOI).

/** Moore & Khan 2023, The Center for Implementation: the StrategEase approach. */
export const mooreKhan2023 = {
  authors: "Moore JE, Khan S",
  year: 2023,
  title: "Promises and Pitfalls of Bridging the Implementation Science to Practice Gap",
  source: "The Center for Implementation (white paper)",
} as const satisfies Citation;

/** Michie, van Stralen & West 2011: the Behaviour Change Wheel and its intervention functions. */
export const michie2011 = {
  authors: "Michie S, van Stralen MM, West R",
  year: 2011,
  title: "The behaviour change wheel: a new method for characterising and designing behaviour change interventions",
  source: "Implementation Science 6:42",
  doi: "10.1186/1748-5908-6-42",
} as const satisfies Citation;

/** Michie, Atkins & West 2014: the Behaviour Change Wheel guide, 8 steps in 3 stages. */
export const bcwGuide2014 = {
  authors: "Michie S, Atkins L, West R",
  year: 2014,
  title: "The Behaviour Change Wheel: A Guide to Designing Interventions",
  source: "Silverback Publishing, London",
} as const satisfies Citation;

/** Fernandez et al. 2019: Implementation Mapping, 5 tasks. */
export const fernandez2019 = {
  authors: "Fernandez ME, ten Hoor GA, van Lieshout S, et al.",
  year: 2019,
  title: "Implementation Mapping: Using Intervention Mapping to Develop Implementation Strategies",
  source: "Frontiers in Public Health 7:158",
  doi: "10.3389/fpubh.2019.00158",
} as const satisfies Citation;

/** Aarons, Hurlburt & Horwitz 2011: the EPIS framework. */
export const aarons2011 = {
  authors: "Aarons GA, Hurlburt M, Horwitz SM",
  year: 2011,
  title: "Advancing a conceptual model of evidence-based practice implementation in public service sectors",
  source: "Administration and Policy in Mental Health and Mental Health Services Research 38:4-23",
  doi: "10.1007/s10488-010-0327-7",
} as const satisfies Citation;

/** Moullin et al. 2019: systematic review of the EPIS framework. */
export const moullin2019 = {
  authors: "Moullin JC, Dickson KS, Stadnick NA, Rabin B, Aarons GA",
  year: 2019,
  title: "Systematic review of the Exploration, Preparation, Implementation, Sustainment (EPIS) framework",
  source: "Implementation Science 14:1",
  doi: "10.1186/s13012-018-0842-6",
} as const satisfies Citation;

/** Proctor, Powell & McMillen 2013: specifying implementation strategies along seven dimensions. */
export const proctor2013 = {
  authors: "Proctor EK, Powell BJ, McMillen JC",
  year: 2013,
  title: "Implementation strategies: recommendations for specifying and reporting",
  source: "Implementation Science 8:139",
  doi: "10.1186/1748-5908-8-139",
} as const satisfies Citation;

/** Proctor et al. 2011: the eight implementation outcomes. */
export const proctor2011 = {
  authors: "Proctor E, Silmere H, Raghavan R, et al.",
  year: 2011,
  title: "Outcomes for implementation research: conceptual distinctions, measurement challenges, and research agenda",
  source: "Administration and Policy in Mental Health and Mental Health Services Research 38:65-76",
  doi: "10.1007/s10488-010-0319-7",
} as const satisfies Citation;

/** Miller et al. 2021: FRAME-IS, documenting modifications to implementation strategies. */
export const frameIs2021 = {
  authors: "Miller CJ, Barnett ML, Baumann AA, Gutner CA, Wiltsey-Stirman S",
  year: 2021,
  title: "The FRAME-IS: a framework for documenting modifications to implementation strategies in healthcare",
  source: "Implementation Science 16:36",
  doi: "10.1186/s13012-021-01105-3",
} as const satisfies Citation;
