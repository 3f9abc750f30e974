import type { DeterminantProfileInput } from "../determinant";

/**
 * A realistic example profile: a primary-care clinic bringing in routine depression screening (the PHQ-9)
 * for adults with a long-term condition. What is going on for the clinicians is coded with the TDF; the
 * clinic and its surroundings with CFIR 2009 (the framework of the CFIR-ERIC Matching Tool). The ratings
 * are the clinic team's own judgements, invented for the example: they are not published figures.
 *
 * @example
 * ```ts
 * validateProfile(exampleProfile).success; // true
 * ```
 */
export const exampleProfile = {
  id: "example-clinic",
  title: "Routine depression screening at a primary-care clinic (example)",
  determinants: [
    {
      determinant: "tdf-v2:knowledge",
      valence: "barrier",
      strength: -2,
      importance: 4,
      changeability: 5,
      level: "individual",
      reportedBy: "nurse focus group",
      note: "Nurses are unsure how to score the questionnaire and what should follow a positive screen.",
    },
    {
      determinant: "tdf-v2:skills",
      valence: "barrier",
      strength: -1,
      importance: 4,
      changeability: 4,
      level: "individual",
      reportedBy: "doctor interviews",
      note: "Doctors lack practice in raising low mood in a short consultation.",
    },
    {
      determinant: "tdf-v2:beliefs-about-consequences",
      valence: "barrier",
      strength: -1,
      importance: 3,
      changeability: 3,
      level: "individual",
      reportedBy: "doctor interviews",
      note: "Some doctors expect screening to find patients they have nowhere to refer.",
    },
    {
      determinant: "tdf-v2:environmental-context-and-resources",
      valence: "barrier",
      strength: -2,
      importance: 5,
      changeability: 2,
      level: "organisation",
      reportedBy: "clinic observation",
      note: "Appointments last ten minutes and there is no slot for screening.",
    },
    {
      determinant: "tdf-v2:social-professional-role-and-identity",
      valence: "facilitator",
      strength: 1,
      importance: 3,
      changeability: 4,
      level: "team",
      reportedBy: "nurse focus group",
      note: "Nurses see screening as part of caring for people with long-term conditions.",
    },
    {
      determinant: "cfir-2009:reflecting-and-evaluating",
      valence: "barrier",
      strength: -2,
      importance: 5,
      changeability: 4,
      level: "organisation",
      reportedBy: "practice manager",
      note: "There is no routine record of who has been screened or what happened next.",
    },
    {
      determinant: "cfir-2009:readiness-for-implementation.available-resources",
      valence: "barrier",
      strength: -1,
      importance: 4,
      changeability: 2,
      level: "organisation",
      populations: ["patients who do not read the clinic's main language"],
      reportedBy: "practice manager",
      note: "The questionnaire is only available in one language and there is no interpreter budget.",
    },
    {
      determinant: "cfir-2009:readiness-for-implementation.leadership-engagement",
      valence: "facilitator",
      strength: 2,
      importance: 4,
      changeability: 4,
      level: "organisation",
      reportedBy: "practice manager",
      note: "The lead doctor and the practice manager both asked for the change.",
    },
  ],
} as const satisfies DeterminantProfileInput;
