// A worked plan: a primary-care clinic brings in routine depression screening for adults with a long-term
// condition, following the StrategEase pathway. Barriers and facilitators are coded with the TDF (what is going
// on for the clinicians) and the updated CFIR (the clinic and its surroundings); each strategy is an ERIC strategy,
// linked to the determinants it addresses and specified along Proctor et al. 2013's seven dimensions.
//
// Run: pnpm exec tsx --conditions=@impsci/source examples/plan-clinic-screening.ts
// The targets below are the clinic's own expectations for its plan, not published figures.
import { pathToFileURL } from "node:url";
import { createMatcher } from "@impsci/matcher";
import { createPlan, planProgress, recommendForPlan, renderPlanMarkdown, validatePlan } from "@impsci/pathways";

export const clinicPlan = createPlan("strategease", {
  id: "riverside-depression-screening",
  title: "Depression screening at Riverside Family Practice",
  summary:
    "Adults with diabetes or heart disease are asked two questions about mood at their annual review; those who screen positive complete the PHQ-9 and leave with a follow-up plan.",
  scope: {
    what: "Routine depression screening (PHQ-2, then PHQ-9 when positive) at the annual long-term-condition review",
    behaviours: [
      {
        action: "Ask the two PHQ-2 questions and record the score",
        actor: "Practice nurses",
        context: "Annual diabetes and heart-disease reviews",
        target: "Adults with diabetes or heart disease",
        time: "At every annual review",
      },
      {
        action: "Complete the PHQ-9 with the patient and agree a follow-up plan",
        actor: "GPs",
        context: "A booked appointment after a positive PHQ-2",
        target: "Patients with a positive PHQ-2",
        time: "Within two weeks of the positive screen",
      },
    ],
  },
  consulted: [
    { role: "Practice nurses", group: "deliverer", how: "Two team-meeting discussions" },
    { role: "GPs", group: "deliverer", how: "Short interviews" },
    { role: "Patient participation group", group: "recipient", how: "A workshop on the questions and the follow-up" },
    { role: "Practice manager", group: "leadership", how: "Planning meetings" },
    { role: "Lead nurse and one GP partner", group: "implementation-team" },
  ],
  determinants: [
    {
      id: "scoring-know-how",
      determinant: "tdf-v2:knowledge",
      valence: "barrier",
      importance: 4,
      changeability: 5,
      level: "individual",
      reportedBy: "Practice nurses",
      note: "Unsure how to score the PHQ-9 and what each score band calls for.",
    },
    {
      id: "nowhere-to-refer",
      determinant: "tdf-v2:beliefs-about-consequences",
      valence: "barrier",
      strength: -2,
      importance: 5,
      changeability: 3,
      level: "individual",
      reportedBy: "GPs",
      note: "Worry that screening uncovers needs the clinic cannot meet.",
    },
    {
      id: "no-prompt",
      determinant: "tdf-v2:environmental-context-and-resources",
      valence: "barrier",
      importance: 5,
      changeability: 4,
      level: "team",
      reportedBy: "Practice nurses",
      note: "Reviews are 20 minutes and the record has no prompt for mood.",
    },
    {
      id: "therapy-waits",
      determinant: "cfir-2022:available-resources",
      valence: "barrier",
      importance: 4,
      changeability: 2,
      level: "system",
      reportedBy: "Practice manager",
      note: "Long waits for psychological therapy locally.",
    },
    {
      id: "english-only",
      determinant: "cfir-2022:innovation-design",
      valence: "barrier",
      importance: 4,
      changeability: 4,
      level: "organisation",
      populations: ["Patients with limited English"],
      reportedBy: "Patient participation group",
      note: "The clinic's copy of the questionnaire is in English only.",
    },
    {
      id: "partners-back-it",
      determinant: "cfir-2022:high-level-leaders",
      valence: "facilitator",
      strength: 2,
      importance: 4,
      changeability: 4,
      level: "organisation",
      reportedBy: "Practice manager",
    },
    {
      id: "nurse-champion",
      determinant: "tdf-v2:social-influences",
      valence: "facilitator",
      importance: 4,
      changeability: 4,
      level: "team",
      reportedBy: "Practice nurses",
      note: "The lead nurse has run screening elsewhere and is keen to lead it.",
    },
    {
      id: "no-new-money",
      determinant: "cfir-2022:financing",
      valence: "barrier",
      importance: 2,
      changeability: 1,
      level: "organisation",
      reportedBy: "Practice manager",
    },
  ],
  deferrals: [
    {
      determinant: "no-new-money",
      reason: "The plan uses existing staff time; funding is reviewed at the next contract round",
      decidedBy: "Practice manager",
      revisit: "Next contract round",
    },
  ],
  mechanisms: [
    {
      id: "capability",
      description: "Nurses and GPs know how to give, score and act on the questionnaires",
      determinants: ["scoring-know-how"],
      elements: ["com-b:psychological-capability"],
      functions: ["bcw:education", "bcw:training"],
    },
    {
      id: "opportunity",
      description: "The review template and the referral route make screening the easy default",
      determinants: ["no-prompt", "therapy-waits"],
      elements: ["com-b:physical-opportunity"],
      functions: ["bcw:environmental-restructuring", "bcw:enablement"],
    },
    {
      id: "motivation",
      description: "Clinicians expect that a positive screen leads somewhere useful, and see peers doing it",
      determinants: ["nowhere-to-refer", "nurse-champion", "partners-back-it"],
      elements: ["com-b:reflective-motivation", "com-b:social-opportunity"],
      functions: ["bcw:persuasion", "bcw:modelling"],
    },
    {
      id: "access",
      description: "Patients with limited English can take part on equal terms",
      determinants: ["english-only"],
      elements: ["com-b:physical-opportunity"],
      functions: ["bcw:enablement"],
    },
  ],
  strategies: [
    {
      id: "training",
      strategy: "eric:conduct-educational-meetings",
      name: "PHQ lunchtime sessions",
      addresses: ["scoring-know-how"],
      mechanisms: ["capability"],
      tailoring: "Two 45-minute lunchtime sessions with practice cases, instead of an external course",
      specification: {
        actor: "Lead nurse with a local mental-health practitioner",
        action: "Teach giving and scoring the PHQ-2 and PHQ-9, and the follow-up for each score band",
        actionTarget: "Nurses' and GPs' knowledge and skills in screening",
        temporality: "The month before screening starts",
        dose: "Two 45-minute sessions; a refresher at 6 months",
        outcomes: ["fidelity", "adoption"],
        justification: "Staff named not knowing how to score and respond as a main barrier (knowledge)",
      },
    },
    {
      id: "template-prompt",
      strategy: "eric:remind-clinicians",
      name: "Mood prompt in the review template",
      addresses: ["no-prompt"],
      mechanisms: ["opportunity"],
      specification: {
        actor: "Practice manager with the records supplier",
        action: "Add the PHQ-2 questions and a pop-up prompt to the annual review template",
        actionTarget: "The review workflow",
        temporality: "Live on the first day of screening",
        dose: "At every annual review",
        outcomes: ["penetration"],
        justification: "A prompt in the record fits a short review better than remembering a new step",
      },
    },
    {
      id: "referral-route",
      strategy: "eric:develop-resource-sharing-agreements",
      name: "Agreed referral route with talking therapies",
      addresses: ["nowhere-to-refer", "therapy-waits"],
      mechanisms: ["opportunity", "motivation"],
      specification: {
        actor: "Practice manager and the local talking-therapies service",
        action: "Agree a referral route, a self-referral leaflet and what the practice offers while people wait",
        actionTarget: "GPs' expectations of what follows a positive screen",
        temporality: "Agreed before screening starts; reviewed at 6 months",
        dose: "One agreement, reviewed twice a year",
        outcomes: ["acceptability", "adoption"],
        justification: "GPs will screen when they know what they can offer next (beliefs about consequences)",
      },
    },
    {
      id: "languages",
      strategy: "eric:promote-adaptability",
      name: "Questionnaires in patients' languages",
      addresses: ["english-only"],
      mechanisms: ["access"],
      specification: {
        actor: "Reception lead",
        action:
          "Keep published translations of the questionnaires for the practice's main languages, and book an interpreter where none exists",
        actionTarget: "Patients with limited English",
        temporality: "From the first day of screening",
        dose: "Whenever a patient needs it",
        outcomes: ["penetration", "appropriateness"],
        justification: "The patient group named English-only forms as keeping some patients out",
      },
    },
    {
      id: "champion",
      strategy: "eric:identify-and-prepare-champions",
      name: "Lead nurse as screening champion",
      addresses: ["nurse-champion", "partners-back-it"],
      mechanisms: ["motivation"],
      specification: {
        actor: "Lead nurse, with a GP partner's backing",
        action: "Answer colleagues' questions, share monthly screening numbers and raise problems at the team meeting",
        actionTarget: "Nurses' and GPs' motivation to keep screening",
        temporality: "The first 12 months",
        dose: "A 10-minute slot at each monthly team meeting",
        outcomes: ["adoption", "sustainability"],
        justification: "Builds on two facilitators: a keen lead nurse and partners who back the change",
      },
    },
  ],
  outcomes: [
    {
      id: "clinicians-screening",
      outcome: "adoption",
      description: "Clinicians who screen at their reviews",
      measure: "Share of nurses and GPs with at least one recorded PHQ-2 or PHQ-9 in the month",
      anticipated: "Every nurse and GP by month 3",
      strategies: ["training", "referral-route", "champion"],
    },
    {
      id: "patients-screened",
      outcome: "penetration",
      description: "Eligible patients who were screened",
      measure: "Share of annual reviews with a recorded PHQ-2 score, from the records",
      anticipated: "Most annual reviews by month 6 (the clinic's target: 8 in 10)",
      strategies: ["template-prompt", "languages"],
    },
    {
      id: "follow-up-done",
      outcome: "fidelity",
      description: "Positive screens followed as planned",
      measure: "Monthly audit of positive PHQ-2s: PHQ-9 done and a plan recorded within two weeks",
      anticipated: "9 in 10 positive screens followed up within two weeks",
      strategies: ["training"],
    },
    {
      id: "patients-view",
      outcome: "acceptability",
      description: "Patients find the questions acceptable",
      measure: "Two questions added to the practice's patient survey",
      anticipated: "Most respondents find the questions acceptable",
      strategies: ["referral-route"],
    },
  ],
});

/** Runs the example: validates the plan, prints its progress, candidate strategies and the plan as Markdown. */
export function main(): string {
  const lines: string[] = [];
  const result = validatePlan(clinicPlan);
  if (!result.success) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
  lines.push(`Plan: ${clinicPlan.title}`);
  lines.push(`Valid: yes, ${result.warnings.length} warnings`);
  for (const warning of result.warnings) lines.push(`  warning ${warning.code}: ${warning.message}`);

  const progress = planProgress(clinicPlan);
  lines.push(`Progress on ${progress.pathway.title}: ${progress.completed} of ${progress.steps.length} steps complete`);
  for (const step of progress.steps) {
    lines.push(
      `  [${step.status === "complete" ? "x" : " "}] ${step.title}${step.missing.length > 0 ? ` (missing: ${step.missing.join("; ")})` : ""}`,
    );
  }
  lines.push(`Next: ${progress.next.length === 0 ? "every step is complete" : progress.next.join(", ")}`);

  const { recommendations } = recommendForPlan(clinicPlan, createMatcher(), { top: 3 });
  lines.push("Candidate ERIC strategies for these determinants (matcher, top 3):");
  for (const r of recommendations) lines.push(`  ${r.rank}. ${r.strategy.name} (${r.strategy.id})`);

  lines.push("", renderPlanMarkdown(clinicPlan));
  return lines.join("\n");
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(main());
}
