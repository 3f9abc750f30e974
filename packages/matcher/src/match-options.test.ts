import { getStrategy } from "@impsci/catalogue";
import { describe, expect, it } from "vitest";
import type { MatcherError } from "./error";
import { createMatcher } from "./matcher";

const matcher = createMatcher();
const profile = { determinants: [{ determinant: "cfir-2009:reflecting-and-evaluating", valence: "barrier" as const }] };

/** The issues of the `invalid-options` error a call throws, as [code, path]. */
function optionIssues(options: unknown): string[][] {
  try {
    matcher.match(profile, options as never);
  } catch (error) {
    expect((error as MatcherError).code).toBe("invalid-options");
    expect((error as MatcherError).message).toMatch(/^The match options are not valid:\n- /);
    return (error as MatcherError).issues.map((i) => [i.code, i.path.join(".")]);
  }
  throw new Error("expected invalid-options");
}

describe("every invalid option is a coded MatcherError, never a crash", () => {
  it.each([
    ["mode not one of weighted, cumulative", { mode: "best" }, [["invalid-value", "options.mode"]]],
    ["top zero", { top: 0 }, [["too-small", "options.top"]]],
    ["top not a whole number", { top: 2.5 }, [["invalid-type", "options.top"]]],
    ["top as text", { top: "10" }, [["invalid-type", "options.top"]]],
    ["minFeasibility below 1", { minFeasibility: 0 }, [["too-small", "options.minFeasibility"]]],
    ["minFeasibility above 5", { minFeasibility: 6 }, [["too-big", "options.minFeasibility"]]],
    ["include not a list", { include: "eric:facilitation" }, [["invalid-type", "options.include"]]],
    ["an empty reference", { exclude: [""] }, [["too-small", "options.exclude.0"]]],
    ["an unknown option", { topN: 5 }, [["unknown-field", "options.topN"]]],
    ["options that are not an object", 5, [["invalid-type", "options"]]],
    ["null options", null, [["invalid-type", "options"]]],
    ["an unknown target", { target: "eric-2" }, [["unknown-target", "options.target"]]],
    ["a framework as target", { target: "tdf-v2" }, [["unknown-target", "options.target"]]],
    [
      "an unknown strategy",
      { include: ["eric:facilitation", "eric:facilitaton"] },
      [["unknown-reference", "options.include.1"]],
    ],
    ["a strategy of another taxonomy", { exclude: ["bcw:education"] }, [["scheme-mismatch", "options.exclude.0"]]],
    [
      "a strategy in both lists",
      { include: ["eric:5"], exclude: ["eric:Audit and provide feedback"] },
      [["include-exclude-overlap", "options"]],
    ],
  ])("%s", (_, options, expected) => {
    expect(optionIssues(options)).toEqual(expected);
  });

  it("names the closest strategies for an unknown reference", () => {
    expect(() => matcher.match(profile, { include: ["eric:facilitaton"] })).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            message: expect.stringContaining("Did you mean eric:facilitation (Facilitation)?"),
          }),
        ],
      }),
    );
  });
});

describe("include, exclude, top and minFeasibility", () => {
  it("include keeps only the named strategies (any spelling), exclude removes them, top cuts", () => {
    const included = matcher.match(profile, {
      mode: "cumulative",
      include: ["eric:Audit & provide feedback", "eric:facilitation", "eric:access-new-funding"],
    });
    // access new funding has no link here: include never adds a strategy that does not score.
    expect(included.recommendations.map((r) => [r.strategy.id, r.rank])).toEqual([
      ["eric:audit-and-provide-feedback", 1],
      ["eric:facilitation", 2],
    ]);
    expect(included.manifest.options.include).toEqual([
      "eric:access-new-funding",
      "eric:audit-and-provide-feedback",
      "eric:facilitation",
    ]);
    const excluded = matcher.match(profile, { mode: "cumulative", exclude: ["eric:26"], top: 2 });
    expect(excluded.recommendations.map((r) => r.strategy.id)).toEqual([
      "eric:audit-and-provide-feedback",
      "eric:develop-and-organize-quality-monitoring-systems",
    ]);
  });

  it("minFeasibility drops strategies rated lower, keeps unrated ones and says which", () => {
    const all = matcher.match(profile, { mode: "cumulative" }).recommendations.map((r) => r.strategy.id);
    const result = matcher.match(profile, { mode: "cumulative", minFeasibility: 4 });
    const kept = result.recommendations.map((r) => r.strategy.id);
    const feasibility = (id: string) => getStrategy(id).feasibility;
    expect(kept).toEqual(all.filter((id) => (feasibility(id) ?? 5) >= 4));
    const unrated = kept.filter((id) => feasibility(id) === undefined);
    const dropped = all.filter((id) => (feasibility(id) ?? 5) < 4);
    expect(unrated.length).toBeGreaterThan(0);
    expect(dropped.length).toBeGreaterThan(0);
    expect(result.warnings.find((w) => w.code === "missing-rating")).toMatchObject({
      strategies: unrated,
      message: expect.stringContaining("no published feasibility rating and were kept"),
    });
    expect(result.warnings.find((w) => w.code === "feasibility-filtered")?.strategies).toEqual([...dropped].sort());
  });
});
