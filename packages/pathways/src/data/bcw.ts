import { deepFreeze } from "../internal/freeze";
import { definePathway } from "../pathway";
import { bcwGuide2014, michie2011 } from "./citations";

const understand = "Understand the behaviour";
const options = "Identify intervention options";
const content = "Identify content and implementation options";

/**
 * The Behaviour Change Wheel guide (Michie, Atkins & West 2014): 8 steps in 3 stages.
 * This is the dataset as written; {@link getPathway} returns it parsed and frozen.
 *
 * @example
 * ```ts
 * bcwPathway.id; // "bcw"
 * getPathway("bcw").steps.length; // 8
 * ```
 */
export const bcwPathway = /* @__PURE__ */ deepFreeze(
  definePathway({
    id: "bcw",
    version: "1",
    title: "Behaviour Change Wheel: designing an intervention in 8 steps",
    summary:
      "Design a behaviour change intervention by first understanding the behaviour (with COM-B), then choosing intervention functions and policy categories, then the behaviour change techniques and how to deliver them.",
    shape: "linear",
    citation: bcwGuide2014,
    citations: [bcwGuide2014, michie2011],
    verification: "unverified",
    note: "Step and stage names are the guide's, written from the project's knowledge of it and not yet checked against a copy; purposes and guidance are this project's words. The mapping of each step to plan fields and completion rules is this project's modelling.",
    steps: [
      {
        id: "define-the-problem",
        title: "Define the problem in behavioural terms",
        stage: understand,
        purpose: "Say what the problem is, in terms of who does what, where and how often.",
        guidance: "Describe the problem as behaviour in a setting and population, not as an outcome alone.",
        produces: ["scope.what"],
        completion: [{ kind: "field", field: "scope.what" }],
        basis: "source",
        note: "The plan holds the problem statement as the WHAT of its scope.",
      },
      {
        id: "select-target-behaviour",
        title: "Select target behaviour",
        stage: understand,
        purpose: "Pick the behaviour or behaviours to change first.",
        guidance:
          "List the behaviours that could solve the problem, then choose by likely impact, how easily each can change, how far it spreads to others, and how easily it can be measured.",
        needs: ["scope.what"],
        produces: ["scope.behaviours"],
        completion: [{ kind: "field", field: "scope.behaviours" }],
        basis: "source",
      },
      {
        id: "specify-the-target-behaviour",
        title: "Specify the target behaviour",
        stage: understand,
        purpose: "Describe the chosen behaviour precisely enough to design for it.",
        guidance: "State who needs to do what, where, when, how often and with whom.",
        needs: ["scope.behaviours"],
        produces: ["scope.behaviours.specified"],
        completion: [{ kind: "field", field: "scope.behaviours.specified" }],
        basis: "source",
        note: "The plan records the specification as Action, Actor, Context, Target and Time.",
      },
      {
        id: "identify-what-needs-to-change",
        title: "Identify what needs to change",
        stage: understand,
        purpose: "Find what would have to change in capability, opportunity or motivation for the behaviour to occur.",
        guidance:
          "Run a COM-B analysis (or use the TDF for more detail) with the people concerned and record each finding as a determinant.",
        needs: ["scope.behaviours"],
        produces: ["consulted", "determinants", "determinants.rated"],
        completion: [{ kind: "field", field: "determinants" }],
        basis: "source",
        note: "The plan records the behavioural diagnosis as determinants coded in COM-B or the TDF.",
      },
      {
        id: "identify-intervention-functions",
        title: "Identify intervention functions",
        stage: options,
        purpose: "Choose the broad kinds of intervention that can bring about the change found.",
        guidance:
          "Start from the intervention functions linked to each COM-B component that needs to change, and keep those that pass a judgement of affordability, practicability, effectiveness, acceptability, side effects and equity.",
        needs: ["determinants"],
        produces: ["mechanisms", "mechanisms.functions"],
        completion: [{ kind: "field", field: "mechanisms.functions" }],
        basis: "source",
        note: "The plan records intervention functions on mechanisms, each linked to the determinants it acts on.",
      },
      {
        id: "identify-policy-categories",
        title: "Identify policy categories",
        stage: options,
        purpose: "Choose the policies that can support the chosen intervention functions.",
        guidance: "Consider which policy categories can deliver the chosen functions, with the same criteria.",
        needs: ["mechanisms.functions"],
        produces: ["strategies", "strategies.policy-categories"],
        completion: [{ kind: "field", field: "strategies.policy-categories" }],
        basis: "source",
        note: "The plan records chosen policy categories as selected strategies from the `bcw-policy` taxonomy.",
      },
      {
        id: "identify-behaviour-change-techniques",
        title: "Identify behaviour change techniques",
        stage: content,
        purpose: "Choose the active ingredients that will deliver the intervention functions.",
        guidance: "Pick techniques from BCT Taxonomy v1 that serve the chosen functions and suit the setting.",
        needs: ["mechanisms.functions"],
        produces: ["strategies", "strategies.techniques"],
        completion: [{ kind: "field", field: "strategies.techniques" }],
        basis: "source",
        note: "The plan records chosen techniques as selected strategies from the `bct-v1` taxonomy.",
      },
      {
        id: "identify-mode-of-delivery",
        title: "Identify mode of delivery",
        stage: content,
        purpose: "Decide how the techniques will reach people: face to face, in print, digitally, and so on.",
        guidance: "Choose the modes of delivery that fit the setting and the people, with the same criteria.",
        needs: ["strategies.techniques"],
        produces: ["strategies.specified"],
        completion: [
          {
            kind: "confirmed",
            what: "The mode of delivery of each technique is chosen and recorded in its specification",
          },
        ],
        basis: "source",
        note: "The plan has no field of its own for mode of delivery: record it in each strategy's specification (action, dose) and confirm the step with a checkpoint.",
      },
    ],
  }),
);
