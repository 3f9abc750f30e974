import { getFramework } from "@impsci/determinants";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listLinkSets } from "./link-sets";
import type { MatchOptions } from "./match-options";
import { createMatcher } from "./matcher";

const elements = ["com-b", "tdf-v2", "cfir-2009"].flatMap((id) => getFramework(id).elements.map((e) => e.id));

/** A determinant whose strength agrees in sign with its valence (the profile schema requires it). */
const determinant = fc
  .record({
    determinant: fc.constantFrom(...elements, "cfir-2009:reflecting-and-evaluating"),
    valence: fc.constantFrom("barrier" as const, "facilitator" as const),
    importance: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    changeability: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    strength: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
  })
  .map(({ importance, changeability, strength, ...d }) => ({
    ...d,
    ...(importance === undefined ? {} : { importance }),
    ...(changeability === undefined ? {} : { changeability }),
    ...(strength === undefined ? {} : { strength: d.valence === "barrier" ? -strength : strength }),
  }));

const profile = fc
  .uniqueArray(determinant, { selector: (d) => `${d.determinant}|${d.valence}`, maxLength: 12 })
  .map((determinants) => ({ determinants }));

const options = fc.record({ mode: fc.constantFrom("weighted" as const, "cumulative" as const) });
const matcher = createMatcher();

describe("properties of match", () => {
  it("the order of the determinants does not change the output, byte for byte", () => {
    fc.assert(
      fc.property(profile, options, fc.integer(), (p, o, seed) => {
        const shuffled = [...p.determinants]
          .map((d, i) => ({ d, k: Math.sin(seed + i) }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.d);
        expect(JSON.stringify(matcher.match({ determinants: shuffled }, o))).toBe(JSON.stringify(matcher.match(p, o)));
      }),
    );
  });

  it("raising one barrier's importance never lowers the score of a strategy (in particular one linked to it)", () => {
    fc.assert(
      fc.property(profile, fc.nat(), (p, pick) => {
        const barriers = p.determinants.filter((d) => d.valence === "barrier" && (d.importance ?? 3) < 5);
        fc.pre(barriers.length > 0);
        const target = barriers[pick % barriers.length];
        const raised = {
          determinants: p.determinants.map((d) => (d === target ? { ...d, importance: (d.importance ?? 3) + 1 } : d)),
        };
        const before = new Map(matcher.match(p).recommendations.map((r) => [r.strategy.id, r.score]));
        const after = matcher.match(raised).recommendations;
        for (const r of after) expect(r.score).toBeGreaterThanOrEqual(before.get(r.strategy.id) ?? 0);
        for (const id of before.keys()) expect(after.some((r) => r.strategy.id === id)).toBe(true);
      }),
    );
  });

  it("removing a link set never adds a recommendation, and none left depends on it", () => {
    const ids = listLinkSets().map((s) => s.id);
    fc.assert(
      fc.property(profile, options, fc.constantFrom(...ids), (p, o: MatchOptions, removed) => {
        const all = matcher.match(p, o).recommendations.map((r) => r.strategy.id);
        const fewer = createMatcher({ linkSets: ids.filter((id) => id !== removed) }).match(p, o).recommendations;
        for (const r of fewer) {
          expect(all).toContain(r.strategy.id);
          for (const c of r.contributions) expect(c.steps.map((s) => s.linkSet)).not.toContain(removed);
        }
      }),
    );
  });

  it("same input, same bytes: a fresh matcher gives the identical result", () => {
    fc.assert(
      fc.property(profile, options, fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }), (p, o, top) => {
        const opts = top === undefined ? o : { ...o, top };
        const first = JSON.stringify(matcher.match(p, opts));
        expect(
          JSON.stringify(createMatcher({ linkSets: [...listLinkSets()].reverse() }).match(structuredClone(p), opts)),
        ).toBe(first);
      }),
      { numRuns: 50 },
    );
  });
});
