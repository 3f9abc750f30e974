import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JitteredScores } from "./jittered-scores";
import type { Route } from "./route";
import { type ProfileVector, rank, scoreBuffers, scoreInto } from "./score";

/** A route as far as scoring reads it: CSR rows (each a list of [column, share], columns ascending) over n columns. */
function routeOf(n: number, rows: readonly (readonly [number, number])[][]): Route {
  const rowPtr = [0];
  for (const row of rows) rowPtr.push((rowPtr.at(-1) as number) + row.length);
  return {
    cols: Array.from({ length: n }, (_, c) => ({ id: `s${c}`, name: `S${c}` })),
    idRank: Int32Array.from({ length: n }, (_, c) => c),
    idOrder: Int32Array.from({ length: n }, (_, c) => c),
    rowPtr: Int32Array.from(rowPtr),
    col: Int32Array.from(rows.flat(), ([c]) => c),
    share: Float64Array.from(rows.flat(), ([, s]) => s),
  } as unknown as Route;
}

function vectorOf(entries: readonly { row: number; weight: number; barrier: boolean }[]): ProfileVector {
  return {
    rows: Int32Array.from(entries, (e) => e.row),
    weights: Float64Array.from(entries, (e) => e.weight),
    barrier: Uint8Array.from(entries, (e) => (e.barrier ? 1 : 0)),
    length: entries.length,
  };
}

describe("JitteredScores", () => {
  it("scores the base strategies as scoreInto and rank do (worked by hand)", () => {
    // Three strategies; barrier rows 0 (strategy 0: 0.5, strategy 2: 1) and 1 (strategy 0: 0.2), facilitator row 2
    // (strategy 1: 1, strategy 2: 0.5). Weights 10, 5 and 4.
    const route = routeOf(3, [
      [
        [0, 0.5],
        [2, 1],
      ],
      [[0, 0.2]],
      [
        [1, 1],
        [2, 0.5],
      ],
    ]);
    const vector = vectorOf([
      { row: 0, weight: 10, barrier: true },
      { row: 1, weight: 5, barrier: true },
      { row: 2, weight: 4, barrier: false },
    ]);
    const scores = new JitteredScores(route, vector, Int32Array.from([2, 0, 1]));
    scores.score(vector.weights);
    // Strategy 2: 10 + 4 x 0.5 = 12; strategy 0: 5 + 1 = 6; strategy 1: leverage alone, no barrier: 0.
    expect(Array.from(scores.micro)).toEqual([12e6, 6e6, 0]);
    expect(Array.from(scores.barrierSum)).toEqual([10, 6, 0]);
    expect(Array.from(scores.leverSum)).toEqual([2, 0, 4]);
  });

  it("gives scoreInto's sums bit for bit, and rank's scores in millionths, for any route, profile and weights", () => {
    const share = fc.oneof(
      fc.constantFrom(0, 0.5, 1, 1 / 3, 0.1 + 0.2),
      fc.integer({ min: 0, max: 25 }).map((count) => count / 25),
      fc.double({ min: 0, max: 1, noNaN: true }),
    );
    const scoreCase = fc.integer({ min: 1, max: 30 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        rows: fc.array(
          fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: n - 1 }), share), { selector: ([c]) => c, maxLength: n }),
          { minLength: 1, maxLength: 8 },
        ),
        base: fc.shuffledSubarray(
          Array.from({ length: n }, (_, c) => c),
          { minLength: 0, maxLength: n },
        ),
        entries: fc.array(
          fc.record({
            row: fc.nat(),
            weight: fc.oneof(
              fc.constant(0),
              fc.double({ min: 0.01, max: 100, noNaN: true }),
              fc.integer({ min: 1, max: 25 }).map((p) => p * 0.09 * 1.2345678),
            ),
            barrier: fc.boolean(),
          }),
          { minLength: 0, maxLength: 20 },
        ),
      }),
    );
    fc.assert(
      fc.property(scoreCase, ({ n, rows, base, entries }) => {
        const route = routeOf(
          n,
          rows.map((row) => [...row].sort((a, b) => a[0] - b[0])),
        );
        const vector = vectorOf(entries.map((e) => ({ ...e, row: e.row % rows.length })));
        const scores = new JitteredScores(route, vector, Int32Array.from(base));
        scores.score(vector.weights);
        const out = scoreBuffers(route);
        scoreInto(route, vector, out);
        rank(route, out, new Uint8Array(n).fill(1), out.scores);
        base.forEach((c, i) => {
          expect(Object.is(scores.barrierSum[i], out.barrier[c])).toBe(true);
          expect(Object.is(scores.leverSum[i], out.leverage[c])).toBe(true);
          expect(scores.micro[i]).toBe(Math.round((out.scores[c] as number) * 1e6));
        });
      }),
      { numRuns: 300 },
    );
  });
});
