import { beforeAll, describe, expect, it } from "vitest";
import { holdsLines, type Run, runExample, shownOutputs } from "./guide-blocks";

const SOURCE = "examples/match-strategease.ts";

describe(SOURCE, () => {
  let run: Run;
  beforeAll(() => {
    run = runExample(SOURCE);
  }, 120_000);

  it("resolves the profile's name, number and key to canonical ids", () => {
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe(
      "Profile: tdf-v2:knowledge, tdf-v2:environmental-context-and-resources, tdf-v2:social-influences",
    );
  });

  it("ranks three strategies through TDF -> COM-B -> BCW -> ERIC, each path with its weight", () => {
    // knowledge 5 x 4 = 20 on each of two paths, environment 4 x 2 = 8, the facilitator half of 3 x 4 = 6: 54.
    // The three tie on score and level 1 count, so their ids order them.
    expect(run.stdout).toContain(
      [
        "1. Conduct cyclical small tests of change (eric:conduct-cyclical-small-tests-of-change), score 54",
        "   - tdf-v2:knowledge > com-b:psychological-capability > bcw:education > eric:conduct-cyclical-small-tests-of-change: +20",
        "   - tdf-v2:knowledge > com-b:psychological-capability > bcw:enablement > eric:conduct-cyclical-small-tests-of-change: +20",
        "   - tdf-v2:environmental-context-and-resources > com-b:physical-opportunity > bcw:enablement > eric:conduct-cyclical-small-tests-of-change: +8",
        "   + tdf-v2:social-influences > com-b:social-opportunity > bcw:enablement > eric:conduct-cyclical-small-tests-of-change: +6",
        "2. Provide clinical supervision (eric:provide-clinical-supervision), score 54",
      ].join("\n"),
    );
    expect(run.stdout).toContain("3. Provide ongoing consultation (eric:provide-ongoing-consultation), score 54");
  });

  it("shows each hop's link set, weight and note", () => {
    expect(run.stdout).toContain(
      [
        "   hop tdf-v2:knowledge -> com-b:psychological-capability: tdf-com-b, weight 1",
        '   hop com-b:psychological-capability -> bcw:education: com-b-bcw-2011, weight 1, "Michie 2011 Table 2"',
        '   hop bcw:education -> eric:conduct-cyclical-small-tests-of-change: bcw-eric, weight 1, "Each cycle teaches the team what works in its own setting."',
      ].join("\n"),
    );
  });

  it("ends with the warnings: defaults used and the project-authored link set", () => {
    const warnings = run.stdout
      .trimEnd()
      .split("\n")
      .filter((line) => line.startsWith("warning "))
      .map((line) => line.split(":")[0]);
    expect(warnings).toEqual(["warning default-priority", "warning authored-link-set"]);
  });

  it("prints what the guides show", () => {
    const shown = shownOutputs(SOURCE);
    expect(shown.length).toBeGreaterThan(0);
    for (const block of shown) expect(holdsLines(run.stdout, block.text), `${block.guide}:${block.line}`).toBe(true);
  });
});
