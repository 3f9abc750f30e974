import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DrawRanking } from "./rank-draw";
import { RankStats } from "./rank-stats";
import type { Route } from "./route";
import { rank, type ScoreBuffers, scoreBuffers } from "./score";

/** A route with n columns, as far as ranking reads it: its columns and their id order (`idOrder[r]` has id rank r). */
function routeOf(idOrder: readonly number[]): Route {
  const idRank = new Int32Array(idOrder.length);
  idOrder.forEach((c, r) => {
    idRank[c] = r;
  });
  return {
    cols: idOrder.map((_, c) => ({ id: `s${c}`, name: `S${c}` })),
    idRank,
    idOrder: Int32Array.from(idOrder),
  } as unknown as Route;
}

function buffersOf(route: Route, barrier: readonly number[], leverage: readonly number[], level1: readonly number[]) {
  const out = scoreBuffers(route);
  out.barrier.set(barrier);
  out.leverage.set(leverage);
  out.level1.set(level1);
  return out;
}

/** What the draw loop did before: `rank`, then the strategies that do not score in id order; as base indexes. */
function expectedOrder(route: Route, out: ScoreBuffers, base: readonly number[]) {
  const allowed = new Uint8Array(route.cols.length);
  for (const c of base) allowed[c] = 1;
  const ranked = Array.from(rank(route, out, allowed, out.scores));
  const zero = Array.from(route.idOrder).filter((c) => allowed[c] === 1 && out.scores[c] === 0);
  return { order: [...ranked, ...zero].map((c) => base.indexOf(c)), scoring: ranked.length };
}

function discordant(order: readonly number[]): number {
  const pos = new Array<number>(order.length);
  order.forEach((i, p) => {
    pos[i] = p;
  });
  let count = 0;
  for (let i = 0; i < pos.length; i++)
    for (let j = i + 1; j < pos.length; j++) if ((pos[i] as number) > (pos[j] as number)) count++;
  return count;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("DrawRanking", () => {
  it("ranks by score, then level 1 count, then id; the strategies that do not score come last, by id", () => {
    // Columns 0-3 with id ranks 2, 0, 3, 1; base order 0, 1, 2, 3.
    const route = routeOf([1, 3, 0, 2]);
    const base = Int32Array.from([0, 1, 2, 3]);
    const ranking = new DrawRanking(route, base, 3, new Int32Array(4));
    // Scores 1, 2, 2, 0: columns 1 and 2 tie at 2 and column 2 has more level 1 links: 2, 1, 0, then 3.
    expect(ranking.fromBuffers(buffersOf(route, [1, 2, 2, 0], [0, 0, 0, 0], [0, 1, 3, 0]))).toBe(true);
    expect([Array.from(ranking.order), ranking.scoring, ranking.inversions]).toEqual([[2, 1, 0, 3], 3, 3]);
    // Equal level 1 counts: the smaller id first (column 1, id rank 0).
    ranking.fromBuffers(buffersOf(route, [1, 2, 2, 0], [0, 0, 0, 0], [0, 1, 1, 0]));
    expect([Array.from(ranking.order), ranking.scoring, ranking.inversions]).toEqual([[1, 2, 0, 3], 3, 2]);
    // Columns 0 and 3 do not score (no barrier; a score that rounds to 0 millionths): by id, 3 (id rank 1) then 0.
    ranking.fromBuffers(buffersOf(route, [0, 2, 2, 4e-7], [5, 0, 0, 0], [0, 1, 1, 0]));
    expect([Array.from(ranking.order), ranking.scoring, ranking.inversions]).toEqual([[1, 2, 3, 0], 2, 3]);
  });

  it("gives rank's order and counts the discordant pairs with the base exactly (against a pair-by-pair count)", () => {
    const scores = [0, 0, 1e-7, 4e-7, 6e-7, 0.25, 0.5, 1, 1.5, 7];
    const drawCase = fc.integer({ min: 1, max: 24 }).chain((n) =>
      fc.record({
        idOrder: fc.shuffledSubarray(range(n), { minLength: n, maxLength: n }),
        base: fc.shuffledSubarray(range(n), { minLength: 0, maxLength: n }),
        barrier: fc.array(fc.constantFrom(...scores), { minLength: n, maxLength: n }),
        leverage: fc.array(fc.constantFrom(0, 0.25, 3e-7), { minLength: n, maxLength: n }),
        level1: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
      }),
    );
    fc.assert(
      fc.property(drawCase, ({ idOrder, base, barrier, leverage, level1 }) => {
        const route = routeOf(idOrder);
        const out = buffersOf(route, barrier, leverage, level1);
        const expected = expectedOrder(route, out, base);
        const ranking = new DrawRanking(route, Int32Array.from(base), 5, out.level1);
        expect(ranking.fromBuffers(out)).toBe(true);
        expect(Array.from(ranking.order)).toEqual(expected.order);
        expect(ranking.scoring).toBe(expected.scoring);
        expect(ranking.inversions).toBe(discordant(expected.order));
        // The same draw from its scores in millionths, with the level 1 counts given to the constructor.
        const micro = Float64Array.from(base, (c) => Math.round((out.scores[c] as number) * 1e6));
        const again = new DrawRanking(route, Int32Array.from(base), 5, out.level1);
        expect(again.fromMicro(micro)).toBe(true);
        expect([Array.from(again.order), again.scoring, again.inversions]).toEqual([
          expected.order,
          expected.scoring,
          discordant(expected.order),
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it("a draw far from the base is sorted natively, and its discordant pairs are left to RankStats", () => {
    const m = 100;
    const route = routeOf(range(m));
    const base = Int32Array.from(range(m));
    const ranking = new DrawRanking(route, base, 1, new Int32Array(m));
    // The base order reversed: 4,950 discordant pairs, more than the insertion sort's budget.
    expect(ranking.fromBuffers(buffersOf(route, range(m), new Array(m).fill(0), new Array(m).fill(0)))).toBe(true);
    expect([Array.from(ranking.order), ranking.scoring]).toEqual([range(m).reverse(), m - 1]); // column 0 scores 0
    expect(ranking.inversions).toBe(-1);
    const stats = new RankStats(m, 5);
    ranking.order.forEach((i, p) => {
      stats.pos[i] = p;
    });
    expect(stats.record(ranking.scoring, ranking.inversions)).toBe(
      1 - (4 * discordant(Array.from(ranking.order))) / (m * (m - 1)),
    );
    // A few swaps stay within the budget and are counted: columns 0 and 1 trade places, as do 50 and 51.
    const barrier = range(m).map((c) => m - c);
    [barrier[0], barrier[1], barrier[50], barrier[51]] = [99, 100, 49, 50];
    ranking.fromBuffers(buffersOf(route, barrier, new Array(m).fill(0), new Array(m).fill(0)));
    expect(ranking.inversions).toBe(2);
    expect(Array.from(ranking.order.subarray(0, 3))).toEqual([1, 0, 2]);
  });

  it("refuses scores too large for exact keys (the caller ranks those with rank)", () => {
    const route = routeOf([0, 1]);
    const ranking = new DrawRanking(route, Int32Array.from([0, 1]), 3, new Int32Array(2));
    expect(ranking.fromBuffers(buffersOf(route, [2 ** 40, 1], [0, 0], [0, 0]))).toBe(false);
    expect(ranking.fromMicro(Float64Array.from([2 ** 50, 1]))).toBe(false);
    expect(ranking.fromMicro(Float64Array.from([2 ** 30, 1]))).toBe(true);
    expect(Array.from(ranking.order)).toEqual([0, 1]);
  });
});
