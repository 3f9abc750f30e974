import { deepFreeze } from "../internal/freeze";
import { definePathway } from "../pathway";
import { aarons2011, moullin2019 } from "./citations";

/**
 * EPIS (Aarons, Hurlburt & Horwitz 2011; Moullin et al. 2019): four phases.
 * This is the dataset as written; {@link getPathway} returns it parsed and frozen.
 *
 * @example
 * ```ts
 * episPathway.id; // "epis"
 * getPathway("epis").steps.length; // 4
 * ```
 */
export const episPathway = /* @__PURE__ */ deepFreeze(
  definePathway({
    id: "epis",
    version: "1",
    title: "EPIS: Exploration, Preparation, Implementation, Sustainment",
    summary:
      "Four phases of implementation in public service settings, each shaped by the outer context (the wider system), the inner context (the organisation), the innovation itself and the factors that bridge them.",
    shape: "linear",
    citation: aarons2011,
    citations: [aarons2011, moullin2019],
    verification: "verified",
    note: "Phase names are the source's (they stand in the title of Moullin et al. 2019); purposes and guidance are this project's words. This project models the phases as one sequence: a team that returns to an earlier phase records it with a checkpoint or a modification. The mapping of each phase to plan fields and completion rules is this project's modelling.",
    steps: [
      {
        id: "exploration",
        title: "Exploration",
        purpose: "Consider the needs of the people served and whether an evidence-based practice would meet them.",
        guidance:
          "Name the need and the candidate practice, ask the people involved, and look at what in the wider system and in the organisation would help or hinder adopting it.",
        produces: ["scope.what", "consulted", "determinants"],
        completion: [
          { kind: "field", field: "scope.what" },
          { kind: "field", field: "determinants" },
        ],
        basis: "source",
      },
      {
        id: "preparation",
        title: "Preparation",
        purpose: "Plan how the practice will be brought in, once the decision to adopt it is made.",
        guidance:
          "Plan for the barriers and facilitators found, choose and specify strategies, and decide which outcomes will show the practice is taking hold.",
        needs: ["determinants"],
        produces: [
          "scope.behaviours",
          "strategies",
          "strategies.linked",
          "strategies.specified",
          "outcomes.anticipated",
        ],
        completion: [
          { kind: "field", field: "strategies.linked" },
          { kind: "field", field: "strategies.specified" },
          { kind: "field", field: "outcomes.anticipated" },
        ],
        basis: "source",
      },
      {
        id: "implementation",
        title: "Implementation",
        purpose: "Start using the practice, with support, and watch how it goes.",
        guidance: "Deliver the strategies, monitor the outcomes planned, and log any change made along the way.",
        needs: ["strategies"],
        produces: ["outcomes.actual", "modifications"],
        completion: [
          { kind: "field", field: "outcomes.actual" },
          { kind: "confirmed", what: "The practice is in use" },
        ],
        basis: "source",
      },
      {
        id: "sustainment",
        title: "Sustainment",
        purpose: "Keep the practice going, and adapting where needed, after implementation support ends.",
        guidance: "Keep the structures, funding and routines that hold the practice in place, and keep monitoring it.",
        needs: ["outcomes.actual"],
        produces: [],
        completion: [
          { kind: "confirmed", what: "The practice continues to be delivered after implementation support ends" },
        ],
        basis: "source",
      },
    ],
  }),
);
