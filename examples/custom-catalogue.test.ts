import { beforeAll, describe, expect, it } from "vitest";
import { holdsLines, type Run, runExample, shownOutputs } from "./guide-blocks";

const SOURCE = "examples/custom-catalogue.ts";

describe(SOURCE, () => {
  let run: Run;
  beforeAll(() => {
    run = runExample(SOURCE);
  }, 120_000);

  it("recommends the team's own strategies through the built-in TDF -> COM-B links and its own set", () => {
    // knowledge 5 x 4 = 20 reaches both capability strategies (tied, so by id); environment 4 x 2 = 8 the rota.
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split("\n")).toEqual([
      "ward-playbook:buddy-shifts, custom: true",
      "1. Buddy shifts: 20 via com-b:psychological-capability",
      "2. Five-minute huddle: 20 via com-b:psychological-capability",
      "3. Restock rota: 8 via com-b:physical-opportunity",
      "missing-citation at strategies.0.citation",
    ]);
  });

  it("prints what the guides show", () => {
    const shown = shownOutputs(SOURCE);
    expect(shown.length).toBeGreaterThan(0);
    for (const block of shown) expect(holdsLines(run.stdout, block.text), `${block.guide}:${block.line}`).toBe(true);
  });
});
