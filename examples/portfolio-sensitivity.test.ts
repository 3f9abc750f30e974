import { beforeAll, describe, expect, it } from "vitest";
import { holdsLines, type Run, runExample, shownOutputs } from "./guide-blocks";

const SOURCE = "examples/portfolio-sensitivity.ts";

describe(SOURCE, () => {
  let run: Run;
  beforeAll(() => {
    run = runExample(SOURCE);
  }, 120_000);
  const lines = () => run.stdout.trimEnd().split("\n");

  it("picks three strategies, the first at its full match score, the next with diminishing returns", () => {
    expect(run.status).toBe(0);
    const all =
      "cfir-2009:reflecting-and-evaluating, tdf-v2:environmental-context-and-resources, tdf-v2:knowledge, tdf-v2:social-professional-role-and-identity";
    expect(lines().slice(0, 4)).toEqual([
      `Conduct cyclical small tests of change: +116.8 (${all})`,
      `Organize clinician implementation team meetings: +69.528 (${all})`,
      `Develop and implement tools for quality monitoring: +45.2766 (${all})`,
      "uncovered: cfir-2009:readiness-for-implementation.available-resources (unreached)",
    ]);
  });

  it("resamples the published endorsements with a seed: the same numbers on every run", () => {
    expect(lines().slice(4, 10)).toEqual([
      "1. Develop and implement tools for quality monitoring: in the top 3 in 96.5 % of draws, ranks 1-3",
      "2. Audit and provide feedback: in the top 3 in 93.5 % of draws, ranks 1-4",
      "3. Develop and organize quality monitoring systems: in the top 3 in 44.3 % of draws, ranks 2-9",
      "4. Facilitate relay of clinical data to providers: in the top 3 in 26.9 % of draws, ranks 2-11",
      "5. Obtain and use patients/consumers and family feedback: in the top 3 in 7.0 % of draws, ranks 3-16",
      "mean top-3 overlap with the base ranking: 0.781",
    ]);
    expect(runExample(SOURCE).stdout).toBe(run.stdout);
  }, 120_000);

  it("leaves each determinant out in turn", () => {
    expect(lines().slice(10)).toEqual([
      "without cfir-2009:reflecting-and-evaluating: 2 of the top 3 stay",
      "without tdf-v2:environmental-context-and-resources: 3 of the top 3 stay",
      "without tdf-v2:knowledge: 0 of the top 3 stay",
      "without tdf-v2:social-professional-role-and-identity: 2 of the top 3 stay",
    ]);
  });

  it("prints what the guides show", () => {
    const shown = shownOutputs(SOURCE);
    expect(shown.length).toBeGreaterThan(0);
    for (const block of shown) expect(holdsLines(run.stdout, block.text), `${block.guide}:${block.line}`).toBe(true);
  });
});
