import { beforeAll, describe, expect, it } from "vitest";
import { holdsLines, type Run, runExample, shownOutputs } from "./guide-blocks";

const SOURCE = "examples/match-many.ts";

describe(SOURCE, () => {
  let run: Run;
  beforeAll(() => {
    run = runExample(SOURCE);
  }, 120_000);

  it("yields one record per site in input order, an error record for the bad one, and goes on", () => {
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split("\n")).toEqual([
      "0 north-clinic: eric:conduct-cyclical-small-tests-of-change, eric:model-and-simulate-change",
      "1 harbour-practice: eric:develop-and-implement-tools-for-quality-monitoring, eric:audit-and-provide-feedback",
      '2 valley-surgery: invalid-profile, determinants.0.determinant: Unknown tdf-v2 reference "Knowlege". Did you mean tdf-v2:knowledge (Knowledge)?',
      "3 hill-street: eric:build-a-coalition, eric:change-record-systems",
    ]);
  });

  it("prints what the guides show", () => {
    const shown = shownOutputs(SOURCE);
    expect(shown.length).toBeGreaterThan(0);
    for (const block of shown) expect(holdsLines(run.stdout, block.text), `${block.guide}:${block.line}`).toBe(true);
  });
});
