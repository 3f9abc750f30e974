import { beforeAll, describe, expect, it } from "vitest";
import { holdsLines, type Run, runExample, shownOutputs } from "./guide-blocks";

const SOURCE = "examples/cli-jq.sh";

describe(SOURCE, () => {
  let run: Run;
  beforeAll(() => {
    run = runExample(SOURCE);
  }, 120_000);

  it("reads every documented part of the JSON result with jq", () => {
    // No message from impsci reaches standard error (pnpm may print its own notes there, e.g. after an install).
    expect(run.stderr).not.toContain("impsci:");
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split("\n").slice(0, 27)).toEqual([
      "== rank, score, strategy",
      "1\t116.8\tConduct cyclical small tests of change",
      "2\t112\tStart a dissemination organization",
      "3\t109.2\tProvide ongoing consultation",
      "== the paths of the first recommendation, with what each adds",
      "tdf-v2:knowledge > com-b:psychological-capability > bcw:education > eric:conduct-cyclical-small-tests-of-change\t+40",
      "tdf-v2:knowledge > com-b:psychological-capability > bcw:enablement > eric:conduct-cyclical-small-tests-of-change\t+40",
      "tdf-v2:environmental-context-and-resources > com-b:physical-opportunity > bcw:enablement > eric:conduct-cyclical-small-tests-of-change\t+20",
      "tdf-v2:social-professional-role-and-identity > com-b:reflective-motivation > bcw:education > eric:conduct-cyclical-small-tests-of-change\t+6",
      "tdf-v2:social-professional-role-and-identity > com-b:automatic-motivation > bcw:enablement > eric:conduct-cyclical-small-tests-of-change\t+6",
      "cfir-2009:reflecting-and-evaluating > eric:conduct-cyclical-small-tests-of-change\t+4.8",
      "== which determinants each strategy answers",
      "eric:conduct-cyclical-small-tests-of-change\tcfir-2009:reflecting-and-evaluating;tdf-v2:environmental-context-and-resources;tdf-v2:knowledge;tdf-v2:social-professional-role-and-identity",
      "eric:start-a-dissemination-organization\ttdf-v2:environmental-context-and-resources;tdf-v2:knowledge;tdf-v2:social-professional-role-and-identity",
      "eric:provide-ongoing-consultation\tcfir-2009:reflecting-and-evaluating;tdf-v2:environmental-context-and-resources;tdf-v2:knowledge;tdf-v2:social-professional-role-and-identity",
      "== the ranking as CSV",
      '1,"eric:conduct-cyclical-small-tests-of-change",116.8,2,0',
      '2,"eric:start-a-dissemination-organization",112,2,0',
      '3,"eric:provide-ongoing-consultation",109.2,2,0',
      "== warnings",
      "not-covered: cfir-2009:readiness-for-implementation.available-resources",
      "authored-link-set: eric:conduct-cyclical-small-tests-of-change, eric:start-a-dissemination-organization, eric:provide-ongoing-consultation",
      "== the link sets behind the result",
      "bcw-eric@0.1.0 authored",
      "cfir-eric-2019@1.0.0 expert-survey",
      "com-b-bcw-2011@1.0.0 theory",
      "tdf-com-b@2014 theory",
    ]);
  });

  /** The JSON printed under a heading that starts with `title`, parsed. */
  const jsonAfter = (title: string) => {
    const [, after = ""] = run.stdout.split(`\n== ${title}`);
    return JSON.parse(after.slice(after.indexOf("\n") + 1).split("\n== ")[0] as string);
  };

  it("prints one recommendation as JSON with a binary-route contribution and an expert-survey one", () => {
    const rec = jsonAfter("the first recommendation as JSON");
    expect(Object.keys(rec)).toEqual(["rank", "strategy", "score", "level1", "level2", "contributions"]);
    const [theory, survey] = rec.contributions;
    expect(Object.keys(theory)).toEqual(["determinant", "valence", "path", "steps", "weight", "linkSet", "citation"]);
    expect(theory.steps.map((s: { linkSet: string }) => s.linkSet)).toEqual([
      "tdf-com-b",
      "com-b-bcw-2011",
      "bcw-eric",
    ]);
    expect(survey).toMatchObject({
      determinant: "cfir-2009:reflecting-and-evaluating",
      weight: 4.8, // priority 5 x 4 x |-2| = 40, times 12 %
      evidence: "link",
      linkSet: "cfir-eric-2019",
      steps: [{ via: "link", share: 0.12, weight: 12, count: 3, n: 25, evidence: "link" }],
    });
  });

  it("prints the manifest as JSON, hashes cut short for the page", () => {
    const manifest = jsonAfter("the manifest as JSON");
    expect(manifest).toMatchObject({
      package: "@impsci/matcher",
      target: { taxonomy: "eric", hash: "sha256:..." },
      options: { mode: "weighted", target: "eric", top: 3 },
    });
    expect(manifest.linkSets.map((s: { id: string; hash: string }) => `${s.id} ${s.hash}`)).toEqual([
      "bcw-eric sha256:...",
      "cfir-eric-2019 sha256:...",
      "com-b-bcw-2011 sha256:...",
      "tdf-com-b sha256:...",
    ]);
  });

  it("prints what the guides show", () => {
    const shown = shownOutputs(SOURCE);
    expect(shown.length).toBeGreaterThan(0);
    for (const block of shown) expect(holdsLines(run.stdout, block.text), `${block.guide}:${block.line}`).toBe(true);
  });
});
