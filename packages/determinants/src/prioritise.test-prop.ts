import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Determinant } from "./determinant";
import { PRIORITY_QUADRANTS, prioritise } from "./prioritise";

const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined });
const determinants = fc.array(fc.tuple(rating, rating), { maxLength: 12 }).map((ratings) =>
  ratings.map(
    ([importance, changeability], i): Determinant => ({
      determinant: `com-b:item-${i}`,
      valence: i % 2 === 0 ? "barrier" : "facilitator",
      ...(importance === undefined ? {} : { importance }),
      ...(changeability === undefined ? {} : { changeability }),
    }),
  ),
);

describe("prioritise (properties)", () => {
  it("is a permutation of the input, ranked 1..n, in quadrant order then score, ties in input order", () => {
    fc.assert(
      fc.property(determinants, (list) => {
        const result = prioritise({ determinants: list });
        expect(result.map((p) => p.index).sort((a, b) => a - b)).toEqual(list.map((_, i) => i));
        expect(result.map((p) => p.rank)).toEqual(list.map((_, i) => i + 1));
        for (let i = 1; i < result.length; i++) {
          const [a, b] = [result[i - 1], result[i]];
          if (!a || !b) continue;
          const qa = PRIORITY_QUADRANTS.indexOf(a.quadrant);
          const qb = PRIORITY_QUADRANTS.indexOf(b.quadrant);
          expect(qa).toBeLessThanOrEqual(qb);
          if (qa === qb) {
            expect(a.score ?? 0).toBeGreaterThanOrEqual(b.score ?? 0);
            if (a.score === b.score) expect(a.index).toBeLessThan(b.index);
          }
        }
      }),
    );
  });

  it("raising a determinant's importance never moves it down", () => {
    fc.assert(
      fc.property(determinants, fc.nat(), (list, pick) => {
        if (list.length === 0) return;
        const at = pick % list.length;
        const target = list[at] as Determinant;
        if (target.importance === undefined || target.changeability === undefined || target.importance === 5) return;
        const raised = list.map((x, i) => (i === at ? { ...x, importance: (x.importance ?? 1) + 1 } : x));
        const rankOf = (l: Determinant[]) => prioritise({ determinants: l }).find((p) => p.index === at)?.rank ?? 0;
        expect(rankOf(raised)).toBeLessThanOrEqual(rankOf(list));
      }),
    );
  });
});
