import { beforeAll, describe, expect, it } from "vitest";
import { holdsLines, type Run, runExample, section, shownOutputs } from "./guide-blocks";

const SOURCE = "examples/cli-quickstart.sh";

describe(SOURCE, () => {
  let run: Run;
  beforeAll(() => {
    run = runExample(SOURCE);
  }, 180_000);

  it("runs every step and exits 0, with no message from impsci on standard error", () => {
    expect(run.status).toBe(0);
    // No message from impsci reaches standard error (pnpm may print its own notes there, e.g. after an install).
    expect(run.stderr).not.toContain("impsci:");
  });

  it("1. finds a strategy by a loose search, as CSV", () => {
    expect(section(run.stdout, 1)).toEqual([
      "rank,score,id,name,matchedOn",
      "1,0.773,eric:audit-and-provide-feedback,Audit and provide feedback,name",
      "2,0.382,eric:obtain-and-use-patients-consumers-and-family-feedback,Obtain and use patients/consumers and family feedback,name plainLabel",
    ]);
  });

  it("2. explains each recommendation of the example profile under it, barriers - and facilitators +", () => {
    const lines = section(run.stdout, 2);
    expect(lines[0]).toMatch(/^rank +strategy +name +score +level1 +level2 +determinants$/);
    expect(lines[2]).toMatch(
      /^1 +eric:conduct-cyclical-small-tests-of-change +Conduct cyclical small tests of change +173\.8 +4 +0 +6$/,
    );
    expect(lines).toContain(
      "      - cfir-2009:reflecting-and-evaluating via eric:conduct-cyclical-small-tests-of-change  (4.8; cfir-eric-2019; link)",
    );
    expect(lines.filter((line) => line.startsWith("      + "))).toHaveLength(3);
    expect(lines.filter((line) => /^\d/.test(line))).toHaveLength(2);
  });

  it("3. ranks a profile read from CSV, as CSV", () => {
    expect(section(run.stdout, 3)).toEqual([
      "rank,strategy,name,score,level1,level2,determinants",
      "1,eric:conduct-cyclical-small-tests-of-change,Conduct cyclical small tests of change,116.8,2,0,4",
      "2,eric:start-a-dissemination-organization,Start a dissemination organization,112,2,0,3",
      "3,eric:provide-ongoing-consultation,Provide ongoing consultation,109.2,2,0,4",
      '4,eric:recruit-designate-and-train-for-leadership,"Recruit, designate, and train for leadership",109.2,2,0,4',
      "5,eric:provide-clinical-supervision,Provide clinical supervision,107.6,2,0,4",
    ]);
  });

  it("4. scores through a link set from a CSV file in cumulative mode", () => {
    const rows = section(run.stdout, 4).slice(2);
    expect(rows.map((row) => row.split(/ {2,}/).slice(0, 1).concat(row.split(/ {2,}/).slice(3)))).toEqual([
      ["1", "145", "1", "2", "3"],
      ["2", "90", "1", "0", "2"],
      ["3", "80", "1", "0", "2"],
      ["4", "70", "1", "1", "2"],
      ["5", "70", "0", "2", "2"],
    ]);
  });

  it("5. writes a whole file with --out, and for a bad input lists every problem, exits 1 and writes nothing", () => {
    expect(section(run.stdout, 5)).toEqual([
      "ranked.json: 10 recommendations",
      "impsci: examples/fixtures/bad-profile.csv: the profile has 3 problems; nothing was written. Fix them and run again:",
      '  Row 2, column "importance": "7" is not a whole number from 1 to 5.',
      '  Row 2, column "determinant": Unknown tdf-v2 reference "Knowlege". Did you mean tdf-v2:knowledge (Knowledge)?',
      '  Row 3, column "valence": "obstacle" is not barrier or facilitator.',
      "exit code 1; bad.json written: no",
    ]);
  });

  it("prints what the guides show", () => {
    const shown = shownOutputs(SOURCE);
    expect(shown.length).toBeGreaterThan(0);
    for (const block of shown) expect(holdsLines(run.stdout, block.text), `${block.guide}:${block.line}`).toBe(true);
  });
});
