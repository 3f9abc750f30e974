import { deepFreeze } from "../internal/freeze";
import { definePathway } from "../pathway";
import { frameIs2021, mooreKhan2023, proctor2011 } from "./citations";

const modelled = "This step is this project's modelling of the roadmap, not a reproduction of a published step.";

/**
 * Implementation, Spread and Scale: a roadmap, not a sequence. The team starts where it makes sense and moves on as
 * its context needs. The step list, entry points and next steps are this project's modelling.
 * This is the dataset as written; {@link getPathway} returns it parsed and frozen.
 *
 * @example
 * ```ts
 * implementationSpreadScalePathway.id; // "implementation-spread-scale"
 * getPathway("implementation-spread-scale").steps.length; // 9
 * ```
 */
export const implementationSpreadScalePathway = /* @__PURE__ */ deepFreeze(
  definePathway({
    id: "implementation-spread-scale",
    version: "1",
    title: "Implementation, Spread and Scale roadmap",
    summary:
      "What comes after choosing strategies: a map of activities a team moves between rather than a fixed sequence. A team starts where its situation suggests (a new team, a readiness question, a practice already running) and follows the suggested next steps that fit.",
    shape: "roadmap",
    citation: mooreKhan2023,
    citations: [mooreKhan2023, proctor2011, frameIs2021],
    verification: "unverified",
    note: "The idea of a roadmap for implementation, spread and scale alongside StrategEase comes from this project's reading of The Center for Implementation's approach. The steps, their entry points, their suggested next steps and their completion rules are this project's modelling; no published roadmap is reproduced.",
    steps: [
      {
        id: "build-team",
        title: "Build the implementation team",
        purpose: "Gather the people who will carry the work and agree how they work together.",
        guidance:
          "Bring together someone who can take decisions, people who deliver the change and people it is for. Agree roles, how often you meet and how decisions are made.",
        needs: [],
        produces: ["team", "consulted"],
        completion: [{ kind: "field", field: "team" }],
        entryPoint: true,
        next: ["assess-readiness", "plan"],
        basis: "modelled",
        note: modelled,
      },
      {
        id: "assess-readiness",
        title: "Assess readiness and context",
        purpose: "Understand how ready the setting is and what in it will help or hinder.",
        guidance:
          "Look at motivation, capacity and fit in the setting; record barriers and facilitators with a framework such as CFIR and rate their importance and changeability.",
        needs: [],
        produces: ["consulted", "determinants", "determinants.rated"],
        completion: [
          { kind: "field", field: "determinants" },
          { kind: "field", field: "determinants.rated" },
        ],
        entryPoint: true,
        next: ["plan", "build-team"],
        basis: "modelled",
        note: modelled,
      },
      {
        id: "plan",
        title: "Plan",
        purpose: "Agree what is being implemented, by whom, and with which strategies.",
        guidance:
          "Write the scope of change, choose strategies for the priority determinants, specify them, and say which outcomes you expect them to move.",
        needs: ["determinants"],
        produces: [
          "scope.what",
          "scope.behaviours",
          "strategies",
          "strategies.linked",
          "strategies.specified",
          "outcomes.anticipated",
        ],
        completion: [
          { kind: "field", field: "scope.what" },
          { kind: "field", field: "scope.behaviours" },
          { kind: "field", field: "strategies.linked" },
          { kind: "field", field: "strategies.specified" },
          { kind: "field", field: "outcomes.anticipated" },
        ],
        next: ["build-capacity", "monitor-and-evaluate"],
        basis: "modelled",
        note: modelled,
      },
      {
        id: "build-capacity",
        title: "Build capacity",
        purpose: "Make sure the people delivering the change can do it.",
        guidance: "Provide the training, time, tools and support the plan calls for before and during the rollout.",
        needs: ["strategies"],
        produces: [],
        completion: [
          { kind: "confirmed", what: "The people delivering the change have the skills, time and resources to do it" },
        ],
        next: ["monitor-and-evaluate"],
        basis: "modelled",
        note: `${modelled} The plan document does not hold capacity; the team confirms it with a checkpoint.`,
      },
      {
        id: "monitor-and-evaluate",
        title: "Monitor and evaluate",
        purpose: "Find out how implementation is going and whether it reaches its outcomes.",
        guidance:
          "Measure the implementation outcomes you planned, as you planned, and record what you observe against what you anticipated.",
        needs: [],
        produces: ["outcomes.measured", "outcomes.actual"],
        completion: [
          { kind: "field", field: "outcomes.measured" },
          { kind: "field", field: "outcomes.actual" },
        ],
        entryPoint: true,
        next: ["adapt", "spread", "sustain"],
        basis: "modelled",
        note: `${modelled} Outcomes are Proctor et al. 2011's implementation outcomes.`,
      },
      {
        id: "adapt",
        title: "Adapt",
        purpose: "Change what is not working, on purpose, and keep a record.",
        guidance:
          "When monitoring shows a problem, decide on a change with the people involved and log what changed, how, why, when, and who decided.",
        needs: ["outcomes.actual"],
        produces: ["modifications"],
        completion: [{ kind: "field", field: "modifications" }],
        next: ["monitor-and-evaluate", "plan"],
        basis: "modelled",
        note: `${modelled} The log follows FRAME-IS (Miller et al. 2021).`,
      },
      {
        id: "spread",
        title: "Spread",
        purpose: "Take the change to further teams or sites like the first.",
        guidance:
          "Use what the first site learned to plan the next ones; revisit their context, since what worked in one place may need adapting in another.",
        needs: ["outcomes.actual"],
        produces: [],
        completion: [
          { kind: "confirmed", what: "The change has reached the further teams or sites the team aimed for" },
        ],
        next: ["scale", "monitor-and-evaluate"],
        basis: "modelled",
        note: `${modelled} The plan document does not hold spread; the team confirms it with a checkpoint.`,
      },
      {
        id: "scale",
        title: "Scale",
        purpose: "Build the change into the wider system so it can reach everyone it is meant for.",
        guidance:
          "Work on what a wider rollout needs beyond single sites: funding, policy, infrastructure and the partners who control them.",
        needs: ["outcomes.actual"],
        produces: [],
        completion: [
          { kind: "confirmed", what: "The change is built into the system it needs to reach everyone it is meant for" },
        ],
        next: ["sustain", "monitor-and-evaluate"],
        basis: "modelled",
        note: `${modelled} The plan document does not hold scale; the team confirms it with a checkpoint.`,
      },
      {
        id: "sustain",
        title: "Sustain",
        purpose: "Keep the change going once the implementation effort ends.",
        guidance:
          "Put the routines, roles, funding and monitoring in place that keep the practice running, and plan how to notice if it fades.",
        needs: ["outcomes.actual"],
        produces: [],
        completion: [
          { kind: "confirmed", what: "Routines, roles and resources are in place to keep the change going" },
        ],
        next: ["monitor-and-evaluate", "adapt"],
        basis: "modelled",
        note: `${modelled} The plan document does not hold sustainment arrangements; the team confirms them with a checkpoint.`,
      },
    ],
  }),
);
