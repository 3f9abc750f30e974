import type { Route } from "./route";
import type { ProfileVector } from "./score";

/**
 * The scores of the base strategies when only the profile's weights change (the `weights` method of a sensitivity
 * analysis), in millionths as {@link rank} rounds them. The shares the profile's rows give each strategy are copied
 * once into dense strategy-major matrices (barriers apart from facilitators, zeros where a row does not reach the
 * strategy), so a draw is a few dot products with their sums held in registers instead of stored back after each
 * row.
 *
 * The sums are bit for bit those of {@link scoreInto} and `accumulate`: each strategy's barrier (and leverage) sum
 * adds `weight x share` in the profile's order, starting from 0, and adding `weight x 0` (exactly +0, weights being
 * finite and never negative) leaves a sum as it is. Route rows hold each column at most once, as `buildRoute`
 * builds them.
 */
export class JitteredScores {
  /** After {@link score}: each base strategy's score in millionths (base order), 0 when it does not score. */
  readonly micro: Float64Array;
  /** After {@link score}: each base strategy's sum over barriers of weight x share (base order). */
  readonly barrierSum: Float64Array;
  /** After {@link score}: each base strategy's sum over facilitators of weight x share (base order). */
  readonly leverSum: Float64Array;
  private readonly m: number;
  /** `barrierShare[i x nb + j]`: the share the j-th barrier of the profile gives base strategy i (nb barriers). */
  private readonly barrierShare: Float64Array;
  private readonly leverShare: Float64Array;
  /** The profile entries of the barriers and of the facilitators, in profile order. */
  private readonly barriers: Int32Array;
  private readonly levers: Int32Array;
  /** Scratch: the draw's weights of the barriers and of the facilitators. */
  private readonly wb: Float64Array;
  private readonly wf: Float64Array;

  /**
   * @param route the route the profile is compiled against.
   * @param vector the profile (its rows and valences; its weights are the draw's, given to {@link score}).
   * @param base the base strategies' columns, in base order.
   */
  constructor(route: Route, vector: ProfileVector, base: Int32Array) {
    const m = base.length;
    const index = new Int32Array(route.cols.length).fill(-1);
    base.forEach((c, i) => {
      index[c] = i;
    });
    const barriers: number[] = [];
    const levers: number[] = [];
    for (let d = 0; d < vector.length; d++) (vector.barrier[d] === 1 ? barriers : levers).push(d);
    const dense = (entries: readonly number[]): Float64Array => {
      const matrix = new Float64Array(m * entries.length);
      entries.forEach((d, j) => {
        const row = vector.rows[d] as number;
        for (let k = route.rowPtr[row] as number; k < (route.rowPtr[row + 1] as number); k++) {
          const i = index[route.col[k] as number] as number;
          if (i >= 0) matrix[i * entries.length + j] = route.share[k] as number;
        }
      });
      return matrix;
    };
    this.m = m;
    this.micro = new Float64Array(m);
    this.barriers = Int32Array.from(barriers);
    this.levers = Int32Array.from(levers);
    this.barrierShare = dense(barriers);
    this.leverShare = dense(levers);
    this.wb = new Float64Array(barriers.length);
    this.wf = new Float64Array(levers.length);
    this.barrierSum = new Float64Array(m);
    this.leverSum = new Float64Array(m);
  }

  /** Scores the base strategies with the draw's weights (one per profile entry) into {@link micro}. */
  score(weights: Float64Array): void {
    const { m, micro, barriers, levers, wb, wf, barrierSum, leverSum } = this;
    for (let j = 0; j < barriers.length; j++) wb[j] = weights[barriers[j] as number] as number;
    for (let j = 0; j < levers.length; j++) wf[j] = weights[levers[j] as number] as number;
    sums(this.barrierShare, wb, m, barrierSum);
    if (levers.length > 0) sums(this.leverShare, wf, m, leverSum);
    for (let i = 0; i < m; i++) {
      const b = barrierSum[i] as number;
      // As finalScore and rank round it: half up is half away from zero for sums that are never negative.
      micro[i] = b > 0 ? Math.round((b + (leverSum[i] as number)) * 1e6) : 0;
    }
  }
}

/**
 * `into[i]`: the sum over j of `w[j] x share[i x w.length + j]`, added in order of j from 0. Eight strategies at a
 * time: eight independent chains of additions overlap, where one chain would wait on each addition's latency.
 */
function sums(share: Float64Array, w: Float64Array, m: number, into: Float64Array): void {
  const count = w.length;
  let i = 0;
  for (; i + 7 < m; i += 8) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    let s7 = 0;
    for (let j = 0, o = i * count; j < count; j++, o++) {
      const x = w[j] as number;
      let k = o;
      s0 += x * (share[k] as number);
      k += count;
      s1 += x * (share[k] as number);
      k += count;
      s2 += x * (share[k] as number);
      k += count;
      s3 += x * (share[k] as number);
      k += count;
      s4 += x * (share[k] as number);
      k += count;
      s5 += x * (share[k] as number);
      k += count;
      s6 += x * (share[k] as number);
      k += count;
      s7 += x * (share[k] as number);
    }
    into[i] = s0;
    into[i + 1] = s1;
    into[i + 2] = s2;
    into[i + 3] = s3;
    into[i + 4] = s4;
    into[i + 5] = s5;
    into[i + 6] = s6;
    into[i + 7] = s7;
  }
  for (; i < m; i++) {
    let sum = 0;
    for (let j = 0, o = i * count; j < count; j++, o++) sum += (w[j] as number) * (share[o] as number);
    into[i] = sum;
  }
}
