import type { Route } from "./route";
import { routeIndex } from "./route-index";
import { type ProfileVector, powerAbove, type ScoreBuffers } from "./score";
import { sortNumbers } from "./sort-numbers";

/** Scratch per score buffers: how many times each row is a barrier of the profile, and the best scores. */
interface Scratch {
  readonly barriers: Int32Array;
  readonly best: Float64Array;
}

const scratches = new WeakMap<ScoreBuffers, Scratch>();

function scratchOf(route: Route, out: ScoreBuffers): Scratch {
  let found = scratches.get(out);
  if (!found) {
    const n = route.cols.length;
    found = { barriers: new Int32Array(route.rows.length), best: new Float64Array(n) };
    scratches.set(out, found);
  }
  return found;
}

/**
 * The scores alone: {@link scoreInto} without the level counts (the tie-breaker {@link rankTop} counts only where
 * needed). Fills `out.barrier` and `out.leverage`.
 */
export function accumulate(route: Route, profile: ProfileVector, out: ScoreBuffers): void {
  const { rowPtr, col, share } = route;
  const { barrier, leverage } = out;
  const n = route.cols.length;
  barrier.fill(0);
  leverage.fill(0);
  for (let d = 0; d < profile.length; d++) {
    const row = profile.rows[d] as number;
    const w = profile.weights[d] as number;
    const start = rowPtr[row] as number;
    const end = rowPtr[row + 1] as number;
    const into = profile.barrier[d] === 1 ? barrier : leverage;
    if (end - start === n) {
      // A full row (every strategy, columns in order, as in a complete CFIR-ERIC matrix): no column lookups. Two
      // full rows into the same sums go in one pass, added in the same order as two passes (the same bits).
      const next = d + 1 < profile.length ? (profile.rows[d + 1] as number) : -1;
      if (
        next >= 0 &&
        profile.barrier[d + 1] === profile.barrier[d] &&
        (rowPtr[next + 1] as number) - (rowPtr[next] as number) === n
      ) {
        const w2 = profile.weights[d + 1] as number;
        const start2 = rowPtr[next] as number;
        for (let c = 0; c < n; c++) {
          into[c] = (into[c] as number) + w * (share[start + c] as number) + w2 * (share[start2 + c] as number);
        }
        d++;
        continue;
      }
      for (let c = 0; c < n; c++) into[c] = (into[c] as number) + w * (share[start + c] as number);
      continue;
    }
    for (let k = start; k < end; k++) {
      const c = col[k] as number;
      into[c] = (into[c] as number) + w * (share[k] as number);
    }
  }
}

/**
 * After {@link accumulate}: the best `top` admitted strategies (all when `top` is absent), in exactly the order
 * {@link rank} gives after {@link scoreInto}: score descending, then level 1 count descending, then id. Faster when
 * only the first few are wanted: the level counts, a tie-breaker, are counted only for the strategies that can
 * still reach the top (those scoring at least as much as the `top`-th best), by looking up the profile's cells in
 * their columns (or walking the columns, for a large profile). `out.scores`, `out.level1` and `out.level2` are
 * written for those strategies (the returned ones and any tied with the last), not for the rest. Returns a view of
 * `out.order`.
 */
export function rankTop(
  route: Route,
  profile: ProfileVector,
  out: ScoreBuffers,
  allowed: Uint8Array,
  top: number | undefined,
): Int32Array {
  const { barrier, leverage, scores, level1, level2, order, keys } = out;
  const { idRank, idOrder } = route;
  const n = route.cols.length;
  const { barriers, best } = scratchOf(route, out);
  // Each candidate's score in millionths, exactly as finalScore rounds it (a positive barrier sum, admitted); and
  // the top-th best among them (`best` holds the `want` best so far, descending: most fall below the last).
  const want = Math.min(top ?? n, n);
  best.fill(0, 0, want);
  for (let c = 0; c < n; c++) {
    const b = barrier[c] as number;
    // Weights and shares are never negative: rounding half up is rounding half away from zero here.
    const micro = b > 0 && allowed[c] === 1 ? Math.round((b + (leverage[c] as number)) * 1e6) : 0;
    keys[c] = micro;
    if (micro <= (best[want - 1] as number)) continue;
    let i = want - 1;
    while (i > 0 && (best[i - 1] as number) < micro) {
      best[i] = best[i - 1] as number;
      i--;
    }
    best[i] = micro;
  }
  const last = want > 0 ? (best[want - 1] as number) : 0;
  const threshold = last === 0 ? 1 : last;
  // The strategies that can still be among the first `top`, with their final scores.
  let m = 0;
  for (let c = 0; c < n; c++) {
    const micro = keys[c] as number;
    if (micro < threshold) continue;
    order[m++] = c;
    scores[c] = micro / 1e6;
  }
  // Their level counts, from the profile's barriers: looked up cell by cell for a few barriers, else counted down
  // the column from the rows marked as barriers.
  const { levelAt, colPtr, colRow, colLevel } = routeIndex(route);
  let few = 0;
  for (let d = 0; d < profile.length; d++) {
    if (profile.barrier[d] !== 1) continue;
    const r = profile.rows[d] as number;
    barriers[r] = (barriers[r] as number) + 1;
    few++;
  }
  let highest = 0;
  let most = 0;
  for (let i = 0; i < m; i++) {
    const c = order[i] as number;
    let one = 0;
    let two = 0;
    const start = colPtr[c] as number;
    const end = colPtr[c + 1] as number;
    if (levelAt !== undefined && few < end - start) {
      for (let d = 0; d < profile.length; d++) {
        if (profile.barrier[d] !== 1) continue;
        const l = levelAt[(profile.rows[d] as number) * n + c] as number;
        one += +(l === 1);
        two += +(l === 2);
      }
    } else {
      for (let k = start; k < end; k++) {
        const times = barriers[colRow[k] as number] as number;
        if (times === 0) continue;
        const l = colLevel[k] as number;
        if (l === 1) one += times;
        else if (l === 2) two += times;
      }
    }
    level1[c] = one;
    level2[c] = two;
    if ((keys[c] as number) > highest) highest = keys[c] as number;
    if (one > most) most = one;
  }
  for (let d = 0; d < profile.length; d++) barriers[profile.rows[d] as number] = 0;
  // Sorted as `rank` sorts: score, level 1 and id rank packed into one exact integer, else compared. `keys` holds the
  // scores in millionths by column; the packed keys go to `best`.
  const byLevel = powerAbove(most);
  const byId = powerAbove(n);
  if (highest * byLevel * byId < 2 ** 53) {
    for (let i = 0; i < m; i++) {
      const c = order[i] as number;
      best[i] =
        ((highest - (keys[c] as number)) * byLevel + (most - (level1[c] as number))) * byId + (idRank[c] as number);
    }
    sortNumbers(best, m);
    const inverse = 1 / byId; // exact: a power of two
    for (let i = 0; i < m; i++) {
      const key = best[i] as number;
      order[i] = idOrder[key - Math.floor(key * inverse) * byId] as number;
    }
  } else {
    const sorted = Array.from(order.subarray(0, m)).sort(
      (a, b) =>
        (keys[b] as number) - (keys[a] as number) ||
        (level1[b] as number) - (level1[a] as number) ||
        (idRank[a] as number) - (idRank[b] as number),
    );
    order.set(sorted);
  }
  return order.subarray(0, top === undefined || top >= m ? m : top);
}
