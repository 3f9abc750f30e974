import { getStrategy, isCatalogueError } from "@impsci/catalogue";
import { beforeAll, describe, expect, it } from "vitest";
import { thrown } from "./embed-errors";
import { holdsLines, type Run, runExample, shownOutputs } from "./guide-blocks";

const SOURCE = "examples/embed-errors.ts";

describe(SOURCE, () => {
  let run: Run;
  beforeAll(() => {
    run = runExample(SOURCE);
  }, 120_000);

  it("returns validation problems and throws operational errors, each with its package's class and code", () => {
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split("\n")).toEqual([
      "issue invalid-value at determinants.0.valence",
      "issue unknown-reference at determinants.0.determinant",
      "validateProfile(null): success false",
      "DeterminantsError unknown-reference",
      "CatalogueError unknown-strategy",
      "MatcherError unknown-link-set, 0 issue(s)",
      "MatcherError invalid-profile, 1 issue(s)",
      "MatcherError invalid-options, 1 issue(s)",
      "PathwaysError unknown-pathway",
    ]);
  });

  it("the guards recognise an error from another installed copy by its name and code", () => {
    const copy = Object.assign(new Error("no such strategy"), { name: "CatalogueError", code: "unknown-strategy" });
    expect(isCatalogueError(copy)).toBe(true);
    expect(thrown(() => getStrategy("eric:5"))).toBe("no error");
    expect(() =>
      thrown(() => {
        throw new TypeError("not ours");
      }),
    ).toThrow(TypeError);
  });

  it("prints what the guides show", () => {
    const shown = shownOutputs(SOURCE);
    expect(shown.length).toBeGreaterThan(0);
    for (const block of shown) expect(holdsLines(run.stdout, block.text), `${block.guide}:${block.line}`).toBe(true);
  });
});
