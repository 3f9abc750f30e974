import { describe, expect, it } from "vitest";
import { createPlan } from "./create-plan";
import { completePlan } from "./plan.fixture";
import { renderPlanMarkdown } from "./render-plan-markdown";
import { nth, planWith } from "./test-helpers.fixture";

describe("renderPlanMarkdown", () => {
  it("renders the complete plan to the expected Markdown", async () => {
    await expect(renderPlanMarkdown(completePlan)).toMatchFileSnapshot("__snapshots__/complete-plan.md");
  });

  it("is headed by the plan's title and deterministic", () => {
    const first = renderPlanMarkdown(completePlan);
    expect(first.startsWith("# Falls-risk assessment on admission, Ward 7\n\n")).toBe(true);
    expect(renderPlanMarkdown(structuredClone(completePlan))).toBe(first);
  });

  it("renders a new plan with every section saying what is not recorded yet, and the checks that fire", () => {
    const markdown = renderPlanMarkdown(createPlan("bcw", { title: "Hand hygiene" }));
    expect(markdown).toMatch(/^# Hand hygiene\n/);
    expect(markdown).toContain("**What is being implemented:** _Not yet named._");
    expect(markdown).toContain("## Strategies\n\n_None recorded yet._");
    expect(markdown).toContain("| Define the problem in behavioural terms | Understand the behaviour | not-started |");
    expect(markdown).toContain("Suggested next: Define the problem in behavioural terms");
    expect(markdown).toContain("- no-recipients-consulted: No one who receives the change");
  });

  it("marks missing specification dimensions and keeps table cells intact", () => {
    const markdown = renderPlanMarkdown(
      planWith((p) => {
        delete nth(p.strategies, 0).specification.dose;
        nth(p.strategies, 0).specification.actor = "Link nurse | educator";
      }),
    );
    expect(markdown).toContain("| Dose | _missing_ |");
    expect(markdown).toContain("| Actor | Link nurse \\| educator |");
  });

  it("throws invalid-plan for a plan that does not validate", () => {
    expect(() => renderPlanMarkdown({ schemaVersion: 1, title: "" })).toThrowError(
      expect.objectContaining({ code: "invalid-plan" }),
    );
  });
});
