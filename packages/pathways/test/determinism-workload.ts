// The work the determinism test (src/determinism.test.ts) runs in its own process and in child processes with
// another time zone and locale: a plan's Markdown and logic model, validation, progress, migration and the
// matcher hand-off. Its output must be the same bytes everywhere.
import { createMatcher } from "@impsci/matcher";
import {
  createPlan,
  migratePlan,
  planProgress,
  recommendForPlan,
  renderLogicModel,
  renderPlanMarkdown,
  validatePlan,
} from "../src/index";
import { completePlan } from "../src/plan.fixture";

/** Every output the test compares: the plan's Markdown first, then the rest as JSON. */
export function run(): string {
  const { pathway, schemaVersion: _version, ...draft } = completePlan;
  const roadmap = createPlan("implementation-spread-scale", { title: "Scale-up across the trust" });
  return [
    renderPlanMarkdown(completePlan),
    renderPlanMarkdown(roadmap),
    JSON.stringify([
      renderLogicModel(completePlan),
      validatePlan(completePlan),
      planProgress(completePlan),
      planProgress(roadmap),
      migratePlan({ ...draft, schemaVersion: 0, pathwayId: pathway }),
      recommendForPlan(completePlan, createMatcher(), { top: 5 }),
      validatePlan({ ...completePlan, pathway: "strategese", strategies: [{ id: "s", strategy: "eric:Facilitaton" }] }),
    ]),
  ].join("\n");
}
