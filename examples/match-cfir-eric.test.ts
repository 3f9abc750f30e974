import { beforeAll, describe, expect, it } from "vitest";
import { holdsLines, type Run, runExample, shownOutputs } from "./guide-blocks";

const SOURCE = "examples/match-cfir-eric.ts";

describe(SOURCE, () => {
  let run: Run;
  beforeAll(() => {
    run = runExample(SOURCE);
  }, 120_000);

  it("reproduces the Matching Tool's cumulative scores for Reflecting & Evaluating (Waltz et al. 2019, Table 1)", () => {
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n").slice(0, 5)).toEqual([
      "1. Develop and implement tools for quality monitoring: 60 % (level 1: 1, level 2: 0)",
      "2. Audit and provide feedback: 56 % (level 1: 1, level 2: 0)",
      "3. Develop and organize quality monitoring systems: 40 % (level 1: 0, level 2: 1)",
      "4. Facilitate relay of clinical data to providers: 36 % (level 1: 0, level 2: 1)",
      "5. Obtain and use patients/consumers and family feedback: 28 % (level 1: 0, level 2: 1)",
    ]);
  });

  it("says how partial the built-in set is and names the barriers it does not cover", () => {
    expect(run.stdout.split("\n").slice(5, 9)).toEqual([
      "cfir-eric-2019: partial, 1 of 39 barriers with endorsement figures",
      "not covered: cfir-2009:planning",
      "not covered: cfir-2009:readiness-for-implementation.available-resources",
      "not covered: cfir-2009:readiness-for-implementation.leadership-engagement",
    ]);
  });

  it("lists every built-in link set with its basis and coverage", () => {
    expect(run.stdout.trimEnd().split("\n").slice(9)).toEqual([
      "cfir-eric-2019 (cfir-2009 -> eric): expert-survey, partial",
      "tdf-com-b (tdf-v2 -> com-b): theory, complete",
      "com-b-bcw-2011 (com-b -> bcw): theory, complete",
      "bcw-eric (bcw -> eric): authored, complete",
    ]);
  });

  it("prints what the guides show", () => {
    const shown = shownOutputs(SOURCE);
    expect(shown.length).toBeGreaterThan(0);
    for (const block of shown) expect(holdsLines(run.stdout, block.text), `${block.guide}:${block.line}`).toBe(true);
  });
});
