import type { Route } from "./route";
import { finalScore, LEVEL1, LEVEL2, type ProfileVector, powerAbove, type ScoreBuffers } from "./score";

// The same thresholds as the scoring core (shares compared with a tolerance).
const EPS = 1e-9;
const L1 = LEVEL1 - EPS;
const L2 = LEVEL2 - EPS;

/** A route's entries by column (CSC), each with its row and its level: 1 (share >= 50 %), 2 (20-49 %) or 0. */
interface ColumnEntries {
  readonly ptr: Int32Array;
  readonly row: Int32Array;
  readonly level: Uint8Array;
}

const byColumn = new WeakMap<Route, ColumnEntries>();

function columnEntries(route: Route): ColumnEntries {
  let found = byColumn.get(route);
  if (found) return found;
  const { rowPtr, col, share } = route;
  const n = route.cols.length;
  const ptr = new Int32Array(n + 1);
  for (let k = 0; k < col.length; k++) ptr[(col[k] as number) + 1] = (ptr[(col[k] as number) + 1] as number) + 1;
  for (let c = 0; c < n; c++) ptr[c + 1] = (ptr[c + 1] as number) + (ptr[c] as number);
  const fill = ptr.slice(0, n);
  const row = new Int32Array(col.length);
  const level = new Uint8Array(col.length);
  for (let r = 0; r + 1 < rowPtr.length; r++) {
    for (let k = rowPtr[r] as number; k < (rowPtr[r + 1] as number); k++) {
      const c = col[k] as number;
      const at = fill[c] as number;
      fill[c] = at + 1;
      row[at] = r;
      const s = share[k] as number;
      level[at] = s >= L1 ? 1 : s >= L2 ? 2 : 0;
    }
  }
  found = { ptr, row, level };
  byColumn.set(route, found);
  return found;
}

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
  // Their level counts, from the rows the profile holds as barriers, column by column.
  const { ptr, row, level } = columnEntries(route);
  for (let d = 0; d < profile.length; d++) {
    const r = profile.rows[d] as number;
    if (profile.barrier[d] === 1) barriers[r] = (barriers[r] as number) + 1;
  }
  let highest = 0;
  let most = 0;
  for (let i = 0; i < m; i++) {
    const c = order[i] as number;
    let one = 0;
    let two = 0;
    for (let k = ptr[c] as number; k < (ptr[c + 1] as number); k++) {
      const times = barriers[row[k] as number] as number;
      if (times === 0) continue;
      const l = level[k] as number;
      if (l === 1) one += times;
      else if (l === 2) two += times;
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
    packed.sort();
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
