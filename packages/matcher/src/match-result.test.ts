import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contentHash } from "./internal/canonical";
import type { LinkSetInput } from "./link-set";
import { getLinkSet } from "./link-sets";
import { createMatcher } from "./matcher";
import { VERSION } from "./version";

const profile = {
  id: "clinic-a",
  determinants: [
    {
      determinant: "cfir-2009:reflecting-and-evaluating",
      valence: "barrier" as const,
      importance: 4,
      changeability: 3,
    },
    { determinant: "tdf-v2:knowledge", valence: "barrier" as const, importance: 5 },
    { determinant: "com-b:motivation", valence: "facilitator" as const, populations: ["nurses"] },
  ],
};

describe("the result", () => {
  it("carries a manifest: package, version, link sets with content hashes, target, options", () => {
    const { manifest } = createMatcher().match(profile, { top: 3, exclude: ["eric:facilitation"] });
    expect(manifest).toEqual({
      package: "@impsci/matcher",
      version: VERSION,
      target: { taxonomy: "eric", hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) },
      linkSets: ["bcw-eric", "cfir-eric-2019", "com-b-bcw-2011", "tdf-com-b"].map((id) => ({
        id,
        version: getLinkSet(id).version,
        basis: getLinkSet(id).basis,
        hash: contentHash(getLinkSet(id)),
      })),
      options: { mode: "weighted", target: "eric", top: 3, exclude: ["eric:facilitation"] },
    });
  });

  it("the version is the package's", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });

  it("a link set's hash changes with its content, not with how its keys are ordered", () => {
    const set: LinkSetInput = {
      id: "h",
      version: "1",
      title: "h",
      from: "cfir-2009",
      to: "eric",
      weightKind: "percent",
      basis: "user",
      links: [{ from: "cfir-2009:planning", to: "eric:facilitation", weight: 50 }],
    };
    const hash = (s: LinkSetInput) =>
      createMatcher({ linkSets: [s] }).match({ determinants: [] }).manifest.linkSets[0]?.hash;
    const reordered = Object.fromEntries(Object.entries(set).reverse()) as LinkSetInput;
    expect(hash(reordered)).toBe(hash(set));
    expect(hash({ ...set, links: [{ from: "cfir-2009:planning", to: "eric:facilitation", weight: 51 }] })).not.toBe(
      hash(set),
    );
  });

  it("is deep-frozen and leaves its input untouched", () => {
    const input = structuredClone(profile);
    const result = createMatcher().match(input, { top: 2 });
    expect(input).toEqual(profile);
    expect(Object.isFrozen(input)).toBe(false);
    const frozen = (value: unknown): boolean =>
      value === null || typeof value !== "object" || (Object.isFrozen(value) && Object.values(value).every(frozen));
    expect(frozen(result)).toBe(true);
  });

  it("is byte-identical for the same input, across matchers and calls", () => {
    const a = JSON.stringify(createMatcher().match(profile, { top: 10 }));
    createMatcher().match(profile, { mode: "cumulative" });
    const b = JSON.stringify(
      createMatcher({ linkSets: ["tdf-com-b", "bcw-eric", "com-b-bcw-2011", "cfir-eric-2019"] }).match(profile, {
        top: 10,
      }),
    );
    expect(b).toBe(a);
  });

  it("rounds scores and contributions to 6 decimals", () => {
    const result = createMatcher().match({
      determinants: [{ determinant: "com-b:capability", valence: "barrier", importance: 1, changeability: 1 }],
    });
    // 1 x 1 x 1 over 2 of the component's 2 subcomponents (1/2 each): contributions of 0.5
    const weights = result.recommendations.flatMap((r) => r.contributions.map((c) => c.weight));
    expect(new Set(weights)).toEqual(new Set([0.5]));
    for (const r of result.recommendations) expect(Number.isInteger(r.score * 1e6)).toBe(true);
  });
});
