import type { Route } from "./route";

/** Level 1: a barrier reaches the strategy with a share of at least 50 %. */
export const LEVEL1 = 0.5;
/** Level 2: a share of at least 20 % (and under 50 %). */
export const LEVEL2 = 0.2;
/** Shares are compared with this tolerance, so 0.5 computed along a chain still counts as 50 %. */
const EPS = 1e-9;
const L1 = LEVEL1 - EPS;
const L2 = LEVEL2 - EPS;

/**
 * A profile compiled against a route: one entry per scoring determinant, in canonical order. `weight` is what one
 * unit of share is worth for that determinant (the priority, or 100 in cumulative mode; a facilitator's leverage
 * already applied); `barrier` is 1 for a barrier, 0 for a facilitator.
 */
export interface ProfileVector {
  readonly rows: Int32Array;
  readonly weights: Float64Array;
  readonly barrier: Uint8Array;
  readonly length: number;
}

/** Per-strategy accumulators, reused across calls (allocate once with {@link scoreBuffers}). */
export interface ScoreBuffers {
  /** Sum over barriers of weight x share. */
  readonly barrier: Float64Array;
  /** Sum over facilitators of weight x share. */
  readonly leverage: Float64Array;
  readonly level1: Int32Array;
  readonly level2: Int32Array;
  /** Final scores, as {@link rank} writes them. */
  readonly scores: Float64Array;
  /** Scratch for {@link rank}: candidate columns and their packed keys. */
  readonly order: Int32Array;
  readonly keys: Float64Array;
}

/** Allocates the accumulators for a route's columns. */
export function scoreBuffers(route: Route): ScoreBuffers {
  const n = route.cols.length;
  return {
    barrier: new Float64Array(n),
    leverage: new Float64Array(n),
    level1: new Int32Array(n),
    level2: new Int32Array(n),
    scores: new Float64Array(n),
    order: new Int32Array(n),
    keys: new Float64Array(n),
  };
}

/**
 * The scoring core: one pass over the CSR rows of the profile's determinants, into typed accumulators. No
 * allocation, no strings, no objects: what `match`, and later portfolios, sensitivity draws and `matchMany`,
 * share. The score of a strategy is `barrier + leverage` where `barrier > 0`, else 0 (see {@link finalScore}).
 */
export function scoreInto(route: Route, profile: ProfileVector, out: ScoreBuffers): void {
  const { rowPtr, col, share } = route;
  const { barrier, leverage, level1, level2 } = out;
  barrier.fill(0);
  leverage.fill(0);
  level1.fill(0);
  level2.fill(0);
  for (let d = 0; d < profile.length; d++) {
    const row = profile.rows[d] as number;
    const w = profile.weights[d] as number;
    const end = rowPtr[row + 1] as number;
    if (profile.barrier[d] === 1) {
      for (let k = rowPtr[row] as number; k < end; k++) {
        const c = col[k] as number;
        const s = share[k] as number;
        barrier[c] = (barrier[c] as number) + w * s;
        // Branch-free level counts: the shares of real matrices are unpredictable, so branches would mispredict.
        const one = +(s >= L1);
        level1[c] = (level1[c] as number) + one;
        level2[c] = (level2[c] as number) + (+(s >= L2) & (one ^ 1));
      }
    } else {
      for (let k = rowPtr[row] as number; k < end; k++) {
        const c = col[k] as number;
        leverage[c] = (leverage[c] as number) + w * (share[k] as number);
      }
    }
  }
}

/** Rounds a score to 6 decimals, half away from zero, so results print the same everywhere. */
export function round6(x: number): number {
  return Math.sign(x) * (Math.round(Math.abs(x) * 1e6) / 1e6);
}

/** A strategy's score from the accumulators: barriers first; facilitators only lever strategies a barrier reaches. */
function finalScore(out: ScoreBuffers, c: number): number {
  const b = out.barrier[c] as number;
  // Weights and shares are never negative, so rounding half up is rounding half away from zero here.
  return b > 0 ? Math.round((b + (out.leverage[c] as number)) * 1e6) / 1e6 : 0;
}

/** 2 ** k for k = 0..32 (a table: `**` with a variable exponent is a call in V8). */
const POWERS = Float64Array.from({ length: 33 }, (_, k) => 2 ** k);

/**
 * A power of two above `x` (x >= 0): `2 ** ceil(log2(x + 1) + 1e-9)`, which is twice the largest power of two not
 * above `x + 1`. Counted with `Math.clz32` for the small integers the engine packs (counts, column numbers).
 */
export const powerAbove = (x: number): number =>
  Number.isInteger(x) && x >= 0 && x < 2 ** 30
    ? (POWERS[32 - Math.clz32(x + 1)] as number)
    : 2 ** Math.ceil(Math.log2(x + 1) + 1e-9);

/**
 * Ranks the strategies with a positive score that `allowed` admits: score descending, then level 1 count
 * descending, then id ascending. Writes every strategy's final score into `scores` and returns the admitted
 * column indexes, best first (a view of `out.order`: valid until the next call with the same buffers). The three keys are packed into one exact integer per strategy (score in
 * micro-units, level 1, id rank) and sorted natively; a comparison sort takes over if they would not fit in 53 bits.
 */
export function rank(route: Route, out: ScoreBuffers, allowed: Uint8Array, scores: Float64Array): Int32Array {
  const n = route.cols.length;
  const { idRank, idOrder } = route;
  const level1 = out.level1;
  const order = out.order;
  let m = 0;
  let top = 0;
  let most = 0;
  for (let c = 0; c < n; c++) {
    const s = finalScore(out, c);
    scores[c] = s;
    if (s > 0 && allowed[c] === 1) {
      order[m++] = c;
      if (s > top) top = s;
      if ((level1[c] as number) > most) most = level1[c] as number;
    }
  }
  const candidates = order.subarray(0, m);
  const micro = Math.round(top * 1e6);
  const byLevel = powerAbove(most);
  const byId = powerAbove(n);
  if (micro * byLevel * byId < 2 ** 53) {
    const keys = out.keys.subarray(0, m);
    for (let i = 0; i < m; i++) {
      const c = candidates[i] as number;
      const level = most - (level1[c] as number);
      keys[i] = ((micro - Math.round((scores[c] as number) * 1e6)) * byLevel + level) * byId + (idRank[c] as number);
    }
    keys.sort();
    for (let i = 0; i < m; i++) candidates[i] = idOrder[(keys[i] as number) % byId] as number;
    return candidates;
  }
  return candidates.sort(
    (a, b) =>
      (scores[b] as number) - (scores[a] as number) ||
      (level1[b] as number) - (level1[a] as number) ||
      (idRank[a] as number) - (idRank[b] as number),
  );
}
