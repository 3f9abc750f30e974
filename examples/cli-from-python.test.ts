import { beforeAll, describe, expect, it } from "vitest";
import { holdsLines, IMPSCI_FROM_SOURCE, type Run, runExample, shownOutputs } from "./guide-blocks";

const SOURCE = "examples/cli-from-python.py";

describe(SOURCE, () => {
  let run: Run;
  beforeAll(() => {
    // python3 is on every machine of this project's kind; pandas is not, and the script's pandas part is skipped there.
    run = runExample(SOURCE, { IMPSCI: IMPSCI_FROM_SOURCE });
  }, 120_000);

  it("reads the CLI's CSV and JSON, sends a profile on standard input and sees exit code 1 for a bad file", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n").slice(0, 13)).toEqual([
      "1\teric:conduct-cyclical-small-tests-of-change\t116.8",
      "2\teric:start-a-dissemination-organization\t112",
      "3\teric:provide-ongoing-consultation\t109.2",
      "tdf-v2:knowledge adds 240 across the top 3",
      "tdf-v2:environmental-context-and-resources adds 60 across the top 3",
      "tdf-v2:social-professional-role-and-identity adds 30 across the top 3",
      "cfir-2009:reflecting-and-evaluating adds 8 across the top 3",
      "1. Develop and implement tools for quality monitoring: 60 % (15 of 25 experts)",
      "2. Audit and provide feedback: 56 % (14 of 25 experts)",
      "3. Develop and organize quality monitoring systems: 40 % (10 of 25 experts)",
      "link sets: cfir-eric-2019",
      "exit code 1",
      'Row 2, column "importance": "7" is not a whole number from 1 to 5.',
    ]);
  });

  it("prints what the guides show", () => {
    const shown = shownOutputs(SOURCE);
    expect(shown.length).toBeGreaterThan(0);
    for (const block of shown) expect(holdsLines(run.stdout, block.text), `${block.guide}:${block.line}`).toBe(true);
  });
});
