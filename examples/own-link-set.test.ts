import { readFileSync } from "node:fs";
import { parseLinkSetCsv } from "@impsci/matcher";
import { beforeAll, describe, expect, it } from "vitest";
import { holdsLines, type Run, root, runCli, runExample, shownOutputs } from "./guide-blocks";

const SOURCE = "examples/own-link-set.ts";

describe(SOURCE, () => {
  let run: Run;
  beforeAll(() => {
    run = runExample(SOURCE);
  }, 120_000);
  const lines = () => run.stdout.trimEnd().split("\n");

  it("reads the workbook's layout as exported: the published column gives the built-in links exactly", () => {
    expect(run.status).toBe(0);
    expect(lines()[0]).toBe("cfir-eric-export: 39 links, each as in the built-in cfir-eric-2019: true");
  });

  it("matches through a matrix of your own in cumulative mode, with level counts and ties broken by level 1", () => {
    // Made-up values: boards 30 + 40 + 75 = 145 (one >= 50, two 20-49); champions 20 + 50 and consensus 45 + 25 tie
    // at 70, and champions' Level 1 link puts it first.
    expect(lines().slice(1, 7)).toEqual([
      "1. Involve executive boards: 145 % (level 1: 1, level 2: 2)",
      "2. Access new funding: 90 % (level 1: 1, level 2: 0)",
      "3. Develop a formal implementation blueprint: 80 % (level 1: 1, level 2: 0)",
      "4. Identify and prepare champions: 70 % (level 1: 1, level 2: 1)",
      "5. Conduct local consensus discussions: 70 % (level 1: 0, level 2: 2)",
      "manifest: bcw-eric (authored), com-b-bcw-2011 (theory), example-barrier-matrix (user), tdf-com-b (theory)",
    ]);
  });

  it("reports every problem of a broken file at once, each with its line, column and value", () => {
    expect(lines().slice(7)).toEqual([
      'unknown-reference: Line 1, column "Available Resorces" ("Available Resorces"): Unknown cfir-2009 reference "Available Resorces". Did you mean cfir-2009:readiness-for-implementation.available-resources (Available Resources)?',
      'unknown-reference: Line 3, column "ERIC strategy (MADE-UP values)" ("Acess new funding"): Unknown eric reference "Acess new funding". Did you mean eric:access-new-funding (Access new funding)?',
      'invalid-weight: Line 4, column "Planning" ("130%"): the weight must be 0 to 100 (weight kind percent).',
      'invalid-number: Line 5, column "Planning" ("lots"): the weight is not a number (e.g. 56 or 56%).',
      'duplicate-link: Line 6, column "Planning" ("60%"): the link cfir-2009:planning -> eric:develop-a-formal-implementation-blueprint is already given at line 2, column "Planning": keep one.',
    ]);
  });

  it("the long-format fixture holds the same weighted links as the wide one (plus one non-link)", () => {
    const read = (name: string, options: { from?: string; to?: string }) => {
      const result = parseLinkSetCsv(readFileSync(`${root}examples/fixtures/${name}`, "utf8"), {
        id: "x",
        weightKind: "percent",
        ...options,
      });
      if (!result.success) throw new Error(result.issues.map((i) => i.message).join("\n"));
      return result.data.links;
    };
    const wide = read("example-barrier-matrix.csv", { from: "cfir-2009", to: "eric" });
    const long = read("example-barrier-links.csv", {});
    const key = (l: { from: string; to: string; weight: number }) => `${l.from} ${l.to} ${l.weight}`;
    expect(
      long
        .filter((l) => l.evidence !== "non-link")
        .map(key)
        .sort(),
    ).toEqual(wide.map(key).sort());
    expect(long.filter((l) => l.evidence === "non-link").map(key)).toEqual([
      "cfir-2009:planning eric:stage-implementation-scale-up 0",
    ]);
  });

  it("the CLI ranks the same way through the long-format file (--links file.csv --mode cumulative)", () => {
    const cli = runCli([
      "match",
      "--determinants",
      "examples/fixtures/cfir-barriers.csv",
      "--links",
      "examples/fixtures/example-barrier-links.csv",
      "--mode",
      "cumulative",
      "--top",
      "5",
      "--format",
      "csv",
    ]);
    expect(cli.status).toBe(0);
    expect(cli.stdout.trimEnd().split("\n").slice(1)).toEqual([
      "1,eric:involve-executive-boards,Involve executive boards,145,1,2,3",
      "2,eric:access-new-funding,Access new funding,90,1,0,2",
      "3,eric:develop-a-formal-implementation-blueprint,Develop a formal implementation blueprint,80,1,0,2",
      "4,eric:identify-and-prepare-champions,Identify and prepare champions,70,1,1,2",
      "5,eric:conduct-local-consensus-discussions,Conduct local consensus discussions,70,0,2,2",
    ]);
    // Reflecting & Evaluating is not in the file: a warning says it reaches nothing, never silence.
    expect(cli.stderr).toContain("cfir-2009:reflecting-and-evaluating (Reflecting & Evaluating) has no links in");
  }, 60_000);

  it("the CLI reads the workbook's export only with scheme prefixes: it has no --from / --to", () => {
    const cli = runCli([
      "match",
      "--determinants",
      "examples/fixtures/cfir-barriers.csv",
      "--links",
      "examples/fixtures/example-barrier-matrix.csv",
      "--mode",
      "cumulative",
      "--format",
      "csv",
    ]);
    expect(cli.status).toBe(1);
    expect(cli.stdout).toBe("");
    expect(cli.stderr).toContain("write the reference as scheme:key");
  }, 60_000);

  it("prints what the guides show", () => {
    const shown = shownOutputs(SOURCE);
    expect(shown.length).toBeGreaterThan(0);
    for (const block of shown) expect(holdsLines(run.stdout, block.text), `${block.guide}:${block.line}`).toBe(true);
  });
});
