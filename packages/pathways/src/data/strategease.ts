import { deepFreeze } from "../internal/freeze";
import { definePathway } from "../pathway";
import { michie2011, mooreKhan2023, proctor2011, proctor2013 } from "./citations";

/**
 * StrategEase (Moore & Khan 2023, The Center for Implementation): from the scope of change to tailored, specified
 * strategies and an evaluation plan. Somewhat linear.
 * This is the dataset as written; {@link getPathway} returns it parsed and frozen.
 *
 * @example
 * ```ts
 * strategeasePathway.id; // "strategease"
 * getPathway("strategease").steps.length; // 6
 * ```
 */
export const strategeasePathway = /* @__PURE__ */ deepFreeze(
  definePathway({
    id: "strategease",
    version: "1",
    title: "StrategEase: from the scope of change to tailored strategies",
    summary:
      "A practical route from naming what is changing, and for whom, to strategies chosen for the barriers and facilitators a team actually found. The steps mostly follow one another, though teams often loop back as they learn.",
    shape: "linear",
    citation: mooreKhan2023,
    citations: [mooreKhan2023, michie2011, proctor2013, proctor2011],
    verification: "unverified",
    note: "The step list follows this project's reading of the approach the white paper describes; it has not been checked line by line against the white paper, whose wording is not reproduced. The mapping of each step to plan fields and completion rules is this project's modelling.",
    steps: [
      {
        id: "scope",
        title: "Define the scope of change",
        purpose: "Name WHAT is being implemented and WHO needs to do WHAT differently.",
        guidance:
          "Describe the practice being introduced in one sentence. For each group whose work changes, write the new behaviour as an action, the actor, the context, the target and the time, and check the wording with those people.",
        needs: [],
        produces: ["scope.what", "scope.behaviours", "scope.behaviours.specified"],
        completion: [
          { kind: "field", field: "scope.what" },
          { kind: "field", field: "scope.behaviours.specified" },
        ],
        basis: "source",
        note: "Writing each behaviour as Action, Actor, Context, Target and Time is the format this project uses (the AACTT framework of Presseau et al. 2019).",
      },
      {
        id: "determinants-and-mechanisms",
        title: "Identify determinants and mechanisms of change",
        purpose: "Find what helps and what hinders each behaviour, and how change could come about.",
        guidance:
          "Talk with the people who will do the new behaviour and the people it is for. Code what you hear with COM-B or the TDF for individual behaviour and with CFIR for the setting, rate each determinant for importance and changeability, and write down the mechanisms you expect change to work through.",
        needs: ["scope.behaviours"],
        produces: ["consulted", "consulted.recipients", "determinants", "determinants.rated", "mechanisms"],
        completion: [
          { kind: "field", field: "consulted" },
          { kind: "field", field: "determinants" },
          { kind: "field", field: "determinants.rated" },
          { kind: "field", field: "mechanisms" },
        ],
        basis: "source",
        note: "Rating importance and changeability, to put the high/high determinants first, is this project's addition.",
      },
      {
        id: "purposes-of-change",
        title: "Choose the purposes of change",
        purpose: "Decide what the strategies must do: the intervention functions the mechanisms call for.",
        guidance:
          "For each mechanism, pick the Behaviour Change Wheel intervention functions that serve it, such as education, training, enablement or environmental restructuring.",
        needs: ["mechanisms"],
        produces: ["mechanisms.functions"],
        completion: [{ kind: "field", field: "mechanisms.functions" }],
        basis: "source",
        note: "The plan records the chosen intervention functions on the mechanisms they serve.",
      },
      {
        id: "select-strategies",
        title: "Select strategies linked to the determinants",
        purpose: "Choose implementation strategies that act on the determinants found.",
        guidance:
          "Ask the matcher for candidates (recommendForPlan), read why each is suggested, keep those that suit the setting, and link each to the determinants it addresses and the mechanisms it works through.",
        needs: ["determinants", "mechanisms.functions"],
        produces: ["strategies", "strategies.linked"],
        completion: [
          { kind: "field", field: "strategies" },
          { kind: "field", field: "strategies.linked" },
        ],
        basis: "source",
      },
      {
        id: "tailor-and-specify",
        title: "Tailor and specify the strategies",
        purpose: "Fit each strategy to the setting and say exactly how it will be carried out.",
        guidance:
          "Adjust each strategy to local resources and culture, then state who does it, what they do, to whom or what, when, how much, which implementation outcome it should move, and why it should work.",
        needs: ["strategies"],
        produces: ["strategies.specified"],
        completion: [{ kind: "field", field: "strategies.specified" }],
        basis: "source",
        note: "Specifying along Proctor et al. 2013's seven dimensions is the format this project uses.",
      },
      {
        id: "plan-evaluation",
        title: "Plan the evaluation",
        purpose: "Decide how the team will know whether the strategies work.",
        guidance:
          "For each strategy, name the implementation outcomes you expect to change, how you will measure them and what you expect to see; record what you actually see as it comes in.",
        needs: ["strategies.specified"],
        produces: ["outcomes.anticipated", "outcomes.measured"],
        completion: [
          { kind: "field", field: "outcomes.anticipated" },
          { kind: "field", field: "outcomes.measured" },
        ],
        basis: "source",
        note: "Framing the evaluation with Proctor et al. 2011's implementation outcomes is this project's modelling.",
      },
    ],
  }),
);
