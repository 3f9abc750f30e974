import type { Route } from "./route";
import { routeIndex } from "./route-index";
import { finalScore, type ProfileVector, powerAbove, type ScoreBuffers } from "./score";
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
  barrier.fill(0);
  leverage.fill(0);
  for (let d = 0; d < profile.length; d++) {
    const row = profile.rows[d] as number;
    const w = profile.weights[d] as number;
    const end = rowPtr[row + 1] as number;
    const into = profile.barrier[d] === 1 ? barrier : leverage;
    for (let k = rowPtr[row] as number; k < end; k++) {
      const c = col[k] as number;
      into[c] = (into[c] as number) + w * (share[k] as number);
    }
  }
}

/**
 * After {@link accumulate}: the best `top` admitted strategies (all when `top` is absent), in exactly the order
 * {@link rank} gives after {@link scoreInto}: score descending, then level 1 count descending, then id. Faster when
 * only the first few are wanted: the level counts, a tie-breaker, are counted column by column only for the
 * strategies that can still reach the top (those scoring at least as much as the `top`-th best). `out.scores`
 * receives every final score; `out.level1` / `out.level2` are written for the returned strategies (and the others
 * tied with the last), not for the rest. Returns a view of `out.order`.
 */
export function rankTop(
  route: Route,
  profile: ProfileVector,
  out: ScoreBuffers,
  allowed: Uint8Array,
  top: number | undefined,
): Int32Array {
  const { scores, level1, level2, order, keys } = out;
  const { idRank, idOrder } = route;
  const n = route.cols.length;
  const { barriers, best } = scratchOf(route, out);
  // Final scores, and the top-th best score among the candidates (a positive score, admitted).
  let kept = 0;
  const want = top ?? n;
  for (let c = 0; c < n; c++) {
    const s = finalScore(out, c);
    scores[c] = s;
    if (s <= 0 || allowed[c] !== 1) continue;
    // `best` holds the `want` best scores so far, descending (insertion; most scores fall below the last).
    if (kept === want && s <= (best[kept - 1] as number)) continue;
    let i = kept < want ? kept++ : kept - 1;
    while (i > 0 && (best[i - 1] as number) < s) {
      best[i] = best[i - 1] as number;
      i--;
    }
    best[i] = s;
  }
  const threshold = kept < want ? 0 : (best[want - 1] as number);
  // The strategies that can still be among the first `top`: admitted, scoring at least the threshold.
  let m = 0;
  for (let c = 0; c < n; c++) {
    const s = scores[c] as number;
    if (s > 0 && s >= threshold && allowed[c] === 1) order[m++] = c;
  }
  // Their level counts, from the profile's barriers: looked up cell by cell for a few barriers, else counted down
  // the column from the rows marked as barriers.
  const { at, level, colPtr, colRow, colLevel } = routeIndex(route);
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
    if (at !== undefined && few < end - start) {
      for (let d = 0; d < profile.length; d++) {
        if (profile.barrier[d] !== 1) continue;
        const k = at[(profile.rows[d] as number) * n + c] as number;
        if (k < 0) continue;
        const l = level[k] as number;
        if (l === 1) one++;
        else if (l === 2) two++;
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
    if ((scores[c] as number) > highest) highest = scores[c] as number;
    if (one > most) most = one;
  }
  for (let d = 0; d < profile.length; d++) barriers[profile.rows[d] as number] = 0;
  // Sorted as `rank` sorts: score, level 1 and id rank packed into one exact integer, else compared.
  const candidates = order.subarray(0, m);
  const micro = Math.round(highest * 1e6);
  const byLevel = powerAbove(most);
  const byId = powerAbove(n);
  if (micro * byLevel * byId < 2 ** 53) {
    const packed = keys.subarray(0, m);
    for (let i = 0; i < m; i++) {
      const c = candidates[i] as number;
      packed[i] =
        ((micro - Math.round((scores[c] as number) * 1e6)) * byLevel + (most - (level1[c] as number))) * byId +
        (idRank[c] as number);
    }
    sortNumbers(packed);
    const inverse = 1 / byId; // exact: a power of two
    for (let i = 0; i < m; i++) {
      const key = packed[i] as number;
      candidates[i] = idOrder[key - Math.floor(key * inverse) * byId] as number;
    }
  } else {
    candidates.sort(
      (a, b) =>
        (scores[b] as number) - (scores[a] as number) ||
        (level1[b] as number) - (level1[a] as number) ||
        (idRank[a] as number) - (idRank[b] as number),
    );
  }
  return top === undefined || top >= m ? candidates : candidates.subarray(0, top);
}
