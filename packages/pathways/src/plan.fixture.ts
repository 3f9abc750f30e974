// A complete plan on the StrategEase pathway, shared by the tests (not shipped: see package.json `files`).
// Every step is complete, and none of the four checks fires.
import type { PlanInput } from "./plan";

export const completePlan = {
  schemaVersion: 1,
  id: "ward-7-falls",
  title: "Falls-risk assessment on admission, Ward 7",
  pathway: "strategease",
  summary: "Nurses on a medical ward assess every adult's falls risk on admission and act on it.",
  scope: {
    what: "A structured falls-risk assessment on admission, with a care plan for those at risk",
    behaviours: [
      {
        action: "Complete the falls-risk assessment and start a care plan when the score is high",
        actor: "Admitting nurses",
        context: "Admission to Ward 7",
        target: "Adults admitted to the ward",
        time: "Within 6 hours of admission",
      },
    ],
  },
  consulted: [
    { role: "Admitting nurses", group: "deliverer", how: "Two focus groups" },
    { role: "Patients and families", group: "recipient", how: "Ward patient panel" },
    { role: "Ward manager", group: "leadership" },
  ],
  determinants: [
    {
      id: "knowledge",
      determinant: "tdf-v2:Knowledge",
      valence: "barrier",
      importance: 5,
      changeability: 4,
      level: "individual",
      reportedBy: "Focus groups",
    },
    {
      id: "time",
      determinant: "cfir-2022:available-resources",
      valence: "barrier",
      importance: 4,
      changeability: 2,
      level: "organisation",
      populations: ["Patients admitted at night"],
      note: "Night shifts run with two nurses.",
    },
    {
      id: "peers",
      determinant: "tdf-v2:social-influences",
      valence: "facilitator",
      importance: 3,
      changeability: 3,
    },
    {
      id: "cost",
      determinant: "cfir-2022:innovation-cost",
      valence: "barrier",
      importance: 2,
      changeability: 1,
    },
  ],
  deferrals: [{ determinant: "cost", reason: "Licence fees are set by the trust", revisit: "Next budget round" }],
  mechanisms: [
    {
      id: "capability",
      description: "Nurses know the tool and why it matters",
      determinants: ["knowledge"],
      elements: ["com-b:psychological-capability"],
      functions: ["bcw:education", "bcw:training"],
    },
    {
      id: "opportunity",
      description: "The assessment fits into the admission workflow",
      determinants: ["time"],
      elements: ["com-b:physical-opportunity"],
      functions: ["bcw:environmental-restructuring"],
    },
  ],
  strategies: [
    {
      id: "teach",
      strategy: "eric:Conduct educational meetings",
      name: "Falls huddles",
      addresses: ["knowledge"],
      mechanisms: ["capability"],
      tailoring: "Ten-minute huddles at shift handover, not classroom sessions",
      specification: {
        actor: "Falls-prevention link nurse",
        action: "Short teaching huddles on the assessment and the care plan",
        actionTarget: "Admitting nurses' knowledge of the tool",
        temporality: "Weeks 1-4 of the rollout",
        dose: "Two 10-minute huddles a week",
        outcomes: ["fidelity"],
        justification: "Nurses named not knowing the tool as the main barrier",
      },
    },
    {
      id: "record",
      strategy: "eric:change-record-systems",
      addresses: ["time"],
      mechanisms: ["opportunity"],
      specification: {
        actor: "Clinical informatics team",
        action: "Build the assessment into the electronic admission form",
        actionTarget: "The admission workflow",
        temporality: "Before the rollout starts",
        dose: "Once, then reviewed at 3 months",
        outcomes: ["penetration"],
        justification: "A prompt inside the form saves time at night, when staffing is thinnest",
      },
    },
  ],
  outcomes: [
    {
      id: "reach",
      outcome: "penetration",
      measure: "Share of admissions with a completed assessment within 6 hours",
      anticipated: "80 % by month 3",
      actual: "72 % at month 3",
      strategies: ["record"],
    },
    {
      id: "done-right",
      outcome: "fidelity",
      measure: "Audit of 20 records a month against the care-plan criteria",
      anticipated: "90 % of at-risk patients with a care plan",
      strategies: ["teach"],
    },
  ],
  modifications: [
    {
      what: "Falls huddles",
      strategy: "teach",
      nature: "Moved from handover to the mid-morning break",
      goal: "Reach more nurses",
      reason: "Handovers overran",
      when: "Week 2 of the rollout",
      planned: false,
      decidedBy: ["Ward manager", "Link nurse"],
    },
  ],
  checkpoints: [{ step: "plan-evaluation", status: "complete", date: "2026-03-01" }],
} as const satisfies PlanInput;
