// The least code that returns what `match` returns on the match bench (39 barriers, a dense 39 x 73 percent set,
// top 10), byte for byte, with every shortcut this one profile and set allow and every cache an engine could hold:
// a lower bound for `match`, beside the floor (which only adds the rows up). It keeps what `match` must do: check the
// input (types, ratings, known references, no duplicate), add the rows up in canonical order, take the best 10 by
// score, then Level 1 count, then id, count their levels, list each one's contributions in order (cumulative: the
// column's order; weighted: by weight, then determinant), and freeze what it returns. It drops: references in other
// spellings, facilitators, chains and other link sets, and options; the manifest is taken from a real result, and so
// are the warnings unless `warnings` is "priority-ignored" (cumulative mode over rated barriers: the one warning such
// a profile gets, built per call).
import type { Contribution, MatchResult, Recommendation } from "../src/index";
import { sortNumbers } from "../src/internal/sort-numbers";

interface Input {
  readonly determinants: readonly {
    readonly determinant: string;
    readonly valence: string;
    readonly importance?: number | undefined;
    readonly changeability?: number | undefined;
  }[];
}

/** Ranks of `ids` in ascending order. */
function ranksOf(ids: readonly string[]): Int32Array {
  const ranks = new Int32Array(ids.length);
  [...ids.keys()]
    .sort((a, b) => ((ids[a] as string) < (ids[b] as string) ? -1 : 1))
    .forEach((i, rank) => {
      ranks[i] = rank;
    });
  return ranks;
}

/**
 * The lower bound for one mode, prepared from two real results (every strategy explained, and the top 10 whose
 * warnings and manifest it returns), the set's rows and columns (ids) and its percents (row-major).
 */
export function leastMatch(
  full: MatchResult,
  top10: MatchResult,
  rowIds: readonly string[],
  colIds: readonly string[],
  percent: readonly number[],
  mode: "cumulative" | "weighted",
  warnings: "copied" | "priority-ignored" = "copied",
): (input: Input) => MatchResult {
  const R = rowIds.length;
  const C = colIds.length;
  const rowOf = new Map(rowIds.map((id, r) => [id, r]));
  const rowRank = ranksOf(rowIds);
  const rowAt = new Int32Array(R); // the row of each rank
  rowRank.forEach((rank, r) => {
    rowAt[rank] = r;
  });
  const colRank = ranksOf(colIds);
  const share = Float64Array.from(percent, (p) => p / 100);
  const level = Uint8Array.from(percent, (p) => (p >= 50 ? 1 : p >= 20 ? 2 : 0));
  // Every cell's contribution and every strategy reference, from the real result (what an engine caches).
  const cell: Contribution[] = new Array(R * C);
  const strategy: Recommendation["strategy"][] = new Array(C);
  for (const rec of full.recommendations) {
    const c = colIds.indexOf(rec.strategy.id);
    strategy[c] = rec.strategy;
    for (const item of rec.contributions) cell[(rowOf.get(item.determinant) as number) * C + c] = item;
  }
  // Cumulative: each column's rows in the order of its contributions (percent descending, then id).
  const columnOrder = Array.from({ length: C }, (_, c) =>
    Int32Array.from(
      [...rowIds.keys()].sort(
        (a, b) =>
          (percent[b * C + c] as number) - (percent[a * C + c] as number) ||
          (rowRank[a] as number) - (rowRank[b] as number),
      ),
    ),
  );
  // Cumulative, small profiles: each row's position in each column's order.
  const position = new Int32Array(R * C);
  columnOrder.forEach((rowsInOrder, c) => {
    rowsInOrder.forEach((r, i) => {
      position[r * C + c] = i;
    });
  });
  const mask = new Int32Array((R + 31) >>> 5);
  const rowAtPosition = new Int32Array(R);
  const cumulative = mode === "cumulative";
  const weightOfRank = new Float64Array(R);
  const ratedOfRank = new Uint8Array(R);
  const selected = new Uint8Array(R); // by rank
  const chosen = new Uint8Array(R); // by row
  const rows = new Int32Array(R);
  const weights = new Float64Array(R);
  const sums = new Float64Array(C);
  const micro = new Float64Array(C);
  const best = new Float64Array(10);
  const order = new Int32Array(C);
  const ones = new Int32Array(C);
  const twos = new Int32Array(C);
  const keys = new Float64Array(R);
  return (input) => {
    // 1. The check, and the rows in canonical order (marked by rank, then read in rank order).
    const list = input.determinants;
    if (!Array.isArray(list) || list.length === 0) throw new Error("invalid");
    for (let i = 0; i < list.length; i++) {
      const d = list[i];
      if (typeof d !== "object" || d === null) throw new Error("invalid");
      const r = rowOf.get(d.determinant);
      const { importance = 3, changeability = 3 } = d;
      if (r === undefined || d.valence !== "barrier") throw new Error("invalid");
      if (!Number.isInteger(importance) || importance < 1 || importance > 5) throw new Error("invalid");
      if (!Number.isInteger(changeability) || changeability < 1 || changeability > 5) throw new Error("invalid");
      const rank = rowRank[r] as number;
      if (selected[rank] === 1) throw new Error("invalid");
      selected[rank] = 1;
      weightOfRank[rank] = cumulative ? 100 : importance * changeability;
      ratedOfRank[rank] = d.importance !== undefined || d.changeability !== undefined ? 1 : 0;
    }
    let n = 0;
    let rated = "";
    const ratedIds: string[] = [];
    for (let rank = 0; rank < R; rank++) {
      if (selected[rank] === 0) continue;
      selected[rank] = 0;
      if (warnings === "priority-ignored" && ratedOfRank[rank] === 1) {
        const id = rowIds[rowAt[rank] as number] as string;
        rated = ratedIds.length === 0 ? id : `${rated}, ${id}`;
        ratedIds.push(id);
      }
      const r = rowAt[rank] as number;
      chosen[r] = 1;
      rows[n] = r;
      weights[n++] = weightOfRank[rank] as number;
    }
    // 2. The sums (the floor's loop, each row times its weight).
    sums.fill(0);
    for (let d = 0; d < n; d++) {
      const base = (rows[d] as number) * C;
      const w = weights[d] as number;
      for (let c = 0; c < C; c++) sums[c] = (sums[c] as number) + w * (share[base + c] as number);
    }
    // 3. The best 10: score in millionths, the 10th best, the candidates' levels, then (score, level 1, id).
    let kept = 0;
    for (let c = 0; c < C; c++) {
      const m = Math.round((sums[c] as number) * 1e6);
      micro[c] = m;
      if (kept === 10 && m <= (best[9] as number)) continue;
      let i = kept < 10 ? kept++ : 9;
      while (i > 0 && (best[i - 1] as number) < m) {
        best[i] = best[i - 1] as number;
        i--;
      }
      best[i] = m;
    }
    const threshold = best[kept - 1] as number;
    let m = 0;
    for (let c = 0; c < C; c++) {
      const score = micro[c] as number;
      if (score < threshold) continue;
      let one = 0;
      let two = 0;
      for (let d = 0; d < n; d++) {
        const l = level[(rows[d] as number) * C + c] as number;
        one += +(l === 1);
        two += +(l === 2);
      }
      ones[c] = one;
      twos[c] = two;
      let i = m++;
      for (; i > 0; i--) {
        const o = order[i - 1] as number;
        const above = micro[o] as number;
        if (
          above > score ||
          (above === score &&
            ((ones[o] as number) > one ||
              ((ones[o] as number) === one && (colRank[o] as number) < (colRank[c] as number))))
        )
          break;
        order[i] = o;
      }
      order[i] = c;
    }
    // 4. The explained recommendations, frozen.
    const recommendations: Recommendation[] = new Array(10);
    for (let p = 0; p < 10; p++) {
      const c = order[p] as number;
      const made: Contribution[] = [];
      if (cumulative && n * 2 < R) {
        // A few rows: a bit set at each one's position in the column, read in order.
        mask.fill(0);
        for (let d = 0; d < n; d++) {
          const r = rows[d] as number;
          const at = position[r * C + c] as number;
          mask[at >>> 5] = (mask[at >>> 5] as number) | (1 << (at & 31));
          rowAtPosition[at] = r;
        }
        for (let w = 0; w < mask.length; w++) {
          let bits = mask[w] as number;
          while (bits !== 0) {
            const low = bits & -bits;
            bits ^= low;
            const r = rowAtPosition[(w << 5) + 31 - Math.clz32(low)] as number;
            made.push(cell[r * C + c] as Contribution);
          }
        }
      } else if (cumulative) {
        const rowsInOrder = columnOrder[c] as Int32Array;
        for (let i = 0; i < R; i++) {
          const r = rowsInOrder[i] as number;
          if (chosen[r] === 1) made.push(cell[r * C + c] as Contribution);
        }
      } else {
        for (let d = 0; d < n; d++) {
          const r = rows[d] as number;
          const w = Math.round((weights[d] as number) * (share[r * C + c] as number) * 1e6);
          keys[d] = (2 ** 30 - w) * 64 + (rowRank[r] as number);
        }
        sortNumbers(keys, n);
        for (let d = 0; d < n; d++) {
          const key = keys[d] as number;
          made.push(cell[(rowAt[key - Math.floor(key / 64) * 64] as number) * C + c] as Contribution);
        }
      }
      recommendations[p] = Object.freeze({
        rank: p + 1,
        strategy: strategy[c] as Recommendation["strategy"],
        score: (micro[c] as number) / 1e6,
        level1: ones[c] as number,
        level2: twos[c] as number,
        contributions: Object.freeze(made),
      });
    }
    for (let d = 0; d < n; d++) chosen[rows[d] as number] = 0;
    return Object.freeze({
      recommendations: Object.freeze(recommendations),
      warnings:
        warnings === "copied" || ratedIds.length === 0
          ? top10.warnings
          : Object.freeze([
              Object.freeze({
                code: "priority-ignored" as const,
                message: `Cumulative mode sums endorsement percentages and ignores importance, changeability and strength (set for ${rated}). Use mode "weighted" to weigh barriers by priority.`,
                determinants: Object.freeze(ratedIds),
              }),
            ]),
      manifest: top10.manifest,
    });
  };
}
