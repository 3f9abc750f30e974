import { beforeAll, describe, expect, it } from "vitest";
import { handleMatch } from "./embed-server";
import { holdsLines, type Run, runExample, shownOutputs } from "./guide-blocks";

const SOURCE = "examples/embed-server.ts";
const profile = {
  determinants: [
    { determinant: "tdf-v2:knowledge", valence: "barrier", importance: 5, changeability: 4 },
    { determinant: "cfir-2009:reflecting-and-evaluating", valence: "barrier", importance: 4, changeability: 4 },
  ],
};
const post = (value: unknown) => handleMatch({ method: "POST", body: JSON.stringify(value) });

describe(SOURCE, () => {
  let run: Run;
  beforeAll(() => {
    run = runExample(SOURCE);
  }, 120_000);

  it("answers a valid request with the ranked, explained result and its manifest", () => {
    const response = post({ profile, options: { top: 3 } });
    expect(response.status).toBe(200);
    const body = JSON.parse(response.body);
    expect(body.recommendations.map((r: { rank: number }) => r.rank)).toEqual([1, 2, 3]);
    expect(body.recommendations[0].contributions.length).toBeGreaterThan(0);
    expect(body.manifest.options).toEqual({ mode: "weighted", target: "eric", top: 3 });
  });

  it("gives the same bytes for the same request and for the profile in another order", () => {
    const first = post({ profile, options: { top: 3 } }).body;
    expect(post({ profile, options: { top: 3 } }).body).toBe(first);
    expect(post({ profile: { determinants: [...profile.determinants].reverse() }, options: { top: 3 } }).body).toBe(
      first,
    );
  });

  it("answers 422 with every issue for a bad profile or bad options, 400 for a body that is not JSON, 405 for GET", () => {
    const bad = post({ profile: { determinants: [{ determinant: "tdf-v2:Knowlege", valence: "obstacle" }] } });
    expect(bad.status).toBe(422);
    expect(
      JSON.parse(bad.body)
        .issues.map((i: { code: string }) => i.code)
        .sort(),
    ).toEqual(["invalid-value", "unknown-reference"]);
    const options = post({ profile, options: { top: 0, mode: "fastest" } });
    expect(options.status).toBe(422);
    expect(JSON.parse(options.body).issues.map((i: { path: string[] }) => i.path.join("."))).toEqual([
      "options.mode",
      "options.top",
    ]);
    expect(handleMatch({ method: "POST", body: "{" }).status).toBe(400);
    expect(handleMatch({ method: "POST", body: "null" }).status).toBe(422);
    expect(post({ profile, options: "fast" }).status).toBe(422);
    expect(handleMatch({ method: "GET", body: "" }).status).toBe(405);
  });

  it("runs as a script and prints each case", () => {
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split("\n")).toEqual([
      "200: eric:conduct-cyclical-small-tests-of-change, eric:provide-ongoing-consultation, eric:recruit-designate-and-train-for-leadership",
      "same request, same bytes: true",
      'manifest: @impsci/matcher, options {"mode":"weighted","target":"eric","top":3}',
      "  bcw-eric@0.1.0 (authored), sha256:<64 hex digits>",
      "  cfir-eric-2019@1.0.0 (expert-survey), sha256:<64 hex digits>",
      "  com-b-bcw-2011@1.0.0 (theory), sha256:<64 hex digits>",
      "  tdf-com-b@2014 (theory), sha256:<64 hex digits>",
      "reversed profile, same bytes: true",
      '422: determinants.0.determinant: Unknown tdf-v2 reference "Knowlege". Did you mean tdf-v2:knowledge (Knowledge)?',
      "422: invalid-value at options.mode",
      "422: too-small at options.top",
      "400, 405",
    ]);
  });

  it("prints what the guides show", () => {
    const shown = shownOutputs(SOURCE);
    expect(shown.length).toBeGreaterThan(0);
    for (const block of shown) expect(holdsLines(run.stdout, block.text), `${block.guide}:${block.line}`).toBe(true);
  });
});
