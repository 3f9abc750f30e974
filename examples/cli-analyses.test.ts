import { beforeAll, describe, expect, it } from "vitest";
import { holdsLines, type Run, runExample, section, shownOutputs } from "./guide-blocks";

const SOURCE = "examples/cli-analyses.sh";

describe(SOURCE, () => {
  let run: Run;
  beforeAll(() => {
    run = runExample(SOURCE);
  }, 180_000);

  it("runs every step and exits 0", () => {
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain("impsci:");
  });

  it("1. prints the portfolio the API gives (examples/portfolio-sensitivity.ts)", () => {
    expect(section(run.stdout, 1)).toEqual([
      "pick,strategy,name,marginalGain",
      "1,eric:conduct-cyclical-small-tests-of-change,Conduct cyclical small tests of change,116.8",
      "2,eric:organize-clinician-implementation-team-meetings,Organize clinician implementation team meetings,69.528",
      "3,eric:develop-and-implement-tools-for-quality-monitoring,Develop and implement tools for quality monitoring,45.2766",
    ]);
  });

  it("2. gives the same seeded stability figures as the API with the same seed", () => {
    expect(section(run.stdout, 2)).toEqual([
      "baseRank,strategy,name,score,pTopK,medianRank,rank5,rank95",
      "1,eric:develop-and-implement-tools-for-quality-monitoring,Develop and implement tools for quality monitoring,60,0.9655,1,1,3",
      "2,eric:audit-and-provide-feedback,Audit and provide feedback,56,0.9345,2,1,4",
      "3,eric:develop-and-organize-quality-monitoring-systems,Develop and organize quality monitoring systems,40,0.443,4,2,9",
      "4,eric:facilitate-relay-of-clinical-data-to-providers,Facilitate relay of clinical data to providers,36,0.2685,5,2,11",
      "5,eric:obtain-and-use-patients-consumers-and-family-feedback,Obtain and use patients/consumers and family feedback,28,0.0695,8,3,16",
    ]);
  });

  it("3. matches every site in input order, with an error line for the bad one", () => {
    expect(section(run.stdout, 3)).toEqual([
      "north-clinic: Conduct cyclical small tests of change; Provide ongoing consultation",
      "harbour-practice: Develop and implement tools for quality monitoring; Organize clinician implementation team meetings",
      'valley-surgery: error at line 6: Row 6, column "determinant": Unknown tdf-v2 reference "Knowlege". Did you mean tdf-v2:knowledge (Knowledge)?',
      "hill-street: Build a coalition; Change record systems",
    ]);
  });

  it("prints what the guides show", () => {
    const shown = shownOutputs(SOURCE);
    expect(shown.length).toBeGreaterThan(0);
    for (const block of shown) expect(holdsLines(run.stdout, block.text), `${block.guide}:${block.line}`).toBe(true);
  });
});
