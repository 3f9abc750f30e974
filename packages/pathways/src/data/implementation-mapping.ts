import { deepFreeze } from "../internal/freeze";
import { definePathway } from "../pathway";
import { fernandez2019 } from "./citations";

/**
 * Implementation Mapping (Fernandez et al. 2019): 5 tasks.
 * This is the dataset as written; {@link getPathway} returns it parsed and frozen.
 *
 * @example
 * ```ts
 * implementationMappingPathway.id; // "implementation-mapping"
 * getPathway("implementation-mapping").steps.length; // 5
 * ```
 */
export const implementationMappingPathway = /* @__PURE__ */ deepFreeze(
  definePathway({
    id: "implementation-mapping",
    version: "1",
    title: "Implementation Mapping: 5 tasks to develop implementation strategies",
    summary:
      "A systematic way to plan implementation strategies with the people who will adopt and deliver a programme: assess needs, set outcomes and find their determinants, choose methods and strategies, produce protocols, and evaluate.",
    shape: "linear",
    citation: fernandez2019,
    citations: [fernandez2019],
    verification: "unverified",
    note: "The five tasks are the source's, written from the project's knowledge of the article and not yet checked against it line by line; titles condense the source's and purposes and guidance are this project's words. The mapping of each task to plan fields and completion rules is this project's modelling.",
    steps: [
      {
        id: "needs-assessment",
        title: "Conduct an implementation needs assessment; identify adopters and implementers",
        purpose: "Know what is being implemented, in which setting, and who will adopt, deliver and maintain it.",
        guidance:
          "Name the programme and the setting, list who decides to adopt it, who delivers it and who keeps it going, and involve them in the planning group.",
        produces: ["scope.what", "consulted"],
        completion: [
          { kind: "field", field: "scope.what" },
          { kind: "field", field: "consulted" },
        ],
        basis: "source",
        note: "The plan records adopters and implementers as consulted roles (leadership, deliverers).",
      },
      {
        id: "outcomes-and-determinants",
        title: "State outcomes and performance objectives; identify determinants; create matrices of change",
        purpose: "Say what adopters and implementers must do, and what would make them able and willing to do it.",
        guidance:
          "Set adoption, implementation and maintenance outcomes, break each into the concrete actions (performance objectives) people must take, find the determinants of each, and write what must change for each determinant.",
        needs: ["scope.what"],
        produces: ["scope.behaviours", "outcomes.anticipated", "determinants", "mechanisms"],
        completion: [
          { kind: "field", field: "scope.behaviours" },
          { kind: "field", field: "outcomes.anticipated" },
          { kind: "field", field: "determinants" },
          { kind: "field", field: "mechanisms" },
        ],
        basis: "source",
        note: "The plan has no matrix of change: performance objectives are recorded as behaviours of the scope, and change objectives as mechanisms linked to the determinants they act on.",
      },
      {
        id: "methods-and-strategies",
        title: "Choose theoretical methods; select or design implementation strategies",
        purpose: "Pick the methods that can change each determinant, and strategies that put them into practice.",
        guidance:
          "For each change objective, choose a theory-based method, then select or design a strategy that applies it, and link the strategy to the determinants it addresses.",
        needs: ["determinants", "mechanisms"],
        produces: ["strategies", "strategies.linked"],
        completion: [{ kind: "field", field: "strategies.linked" }],
        basis: "source",
        note: "The plan records the theoretical method in each strategy's justification and mechanisms.",
      },
      {
        id: "protocols-and-materials",
        title: "Produce implementation protocols and materials",
        purpose: "Turn the strategies into protocols and materials that can be used.",
        guidance: "Write down exactly how each strategy is carried out, then draft, pretest and finish its materials.",
        needs: ["strategies"],
        produces: ["strategies.specified"],
        completion: [
          { kind: "field", field: "strategies.specified" },
          { kind: "confirmed", what: "The protocols and materials are produced" },
        ],
        basis: "source",
        note: "The plan holds each protocol as the strategy's Proctor et al. 2013 specification; materials are confirmed with a checkpoint.",
      },
      {
        id: "evaluate",
        title: "Evaluate implementation outcomes",
        purpose: "Find out whether the strategies reached the implementation outcomes set.",
        guidance: "Measure the outcomes set earlier, as planned, and record what was observed.",
        needs: ["outcomes.anticipated"],
        produces: ["outcomes.measured", "outcomes.actual"],
        completion: [
          { kind: "field", field: "outcomes.measured" },
          { kind: "field", field: "outcomes.actual" },
        ],
        basis: "source",
      },
    ],
  }),
);
