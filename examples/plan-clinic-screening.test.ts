import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderPlanMarkdown, validatePlan } from "../packages/pathways/src/index";
import { clinicPlan } from "./plan-clinic-screening";

const root = fileURLToPath(new URL("..", import.meta.url));

describe("examples/plan-clinic-screening.ts", () => {
  // Runs the example the way the README says, as a child process, and reads what it prints.
  const output = execFileSync(
    "node_modules/.bin/tsx",
    ["--conditions=@impsci/source", "examples/plan-clinic-screening.ts"],
    { cwd: root, encoding: "utf8" },
  );
  const lines = output.split("\n");

  it("builds a plan that validates with no warnings", () => {
    const result = validatePlan(clinicPlan);
    expect(result.success ? [] : result.issues).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(clinicPlan.determinants.map((d) => d.determinant.split(":")[0])).toEqual(
      expect.arrayContaining(["tdf-v2", "cfir-2022"]),
    );
  });

  it("prints the validation result and the progress on every StrategEase step", () => {
    expect(lines.slice(0, 10)).toEqual([
      "Plan: Depression screening at Riverside Family Practice",
      "Valid: yes, 0 warnings",
      "Progress on StrategEase: from the scope of change to tailored strategies: 6 of 6 steps complete",
      "  [x] Define the scope of change",
      "  [x] Identify determinants and mechanisms of change",
      "  [x] Choose the purposes of change",
      "  [x] Select strategies linked to the determinants",
      "  [x] Tailor and specify the strategies",
      "  [x] Plan the evaluation",
      "Next: every step is complete",
    ]);
  });

  it("prints three candidate ERIC strategies from the matcher", () => {
    expect(lines[10]).toBe("Candidate ERIC strategies for these determinants (matcher, top 3):");
    expect(lines.slice(11, 14)).toEqual([
      expect.stringMatching(/^ {2}1\. .+ \(eric:[a-z0-9-]+\)$/),
      expect.stringMatching(/^ {2}2\. .+ \(eric:[a-z0-9-]+\)$/),
      expect.stringMatching(/^ {2}3\. .+ \(eric:[a-z0-9-]+\)$/),
    ]);
  });

  it("prints the plan as Markdown, headed by its title, with every strategy specified and the logic model", () => {
    const markdown = lines.slice(15).join("\n");
    expect(markdown).toBe(renderPlanMarkdown(clinicPlan));
    expect(markdown.startsWith("# Depression screening at Riverside Family Practice\n")).toBe(true);
    expect(markdown).not.toContain("_missing_");
    expect(markdown).toContain("### PHQ lunchtime sessions (Conduct educational meetings)");
    expect(markdown).toContain(
      "| Innovation Design (barrier) | Questionnaires in patients' languages (`eric:promote-adaptability`) | Patients with limited English can take part on equal terms |",
    );
    expect(markdown).toContain("| Financing (barrier) | _deferred_ |  |  |");
    expect(markdown).toContain("## Checks\n\nNo warnings.");
  });
});
