import type { CompiledProfile } from "./profile-vector";
import type { Route } from "./route";
import { type ProfileVector, type ScoreBuffers, scoreBuffers, scoreInto } from "./score";

// Greedy coverage with diminishing returns, over the scoring core. A pick's gain is its match score with every
// determinant's weight multiplied by what is left of that determinant's value (its residual, 1 at the start), so
// the first pick is match's first recommendation. After a pick, each determinant it reaches keeps
// 1 - (1 - decay) x share / M of its residual (share: the pick's share for it; M: the largest share any strategy
// has for it, at least 1). The total of the gains is then a set function (the same whatever the order of the
// picks): per determinant, weight x (1 - product of (1 - a x share)) / a with a = (1 - decay) / M.

/** The coverage problem of one profile: weights, shares and what may be picked, on typed arrays. */
export interface Problem {
  readonly route: Route;
  /** Number of scoring determinants (the profile's entries) and of strategies (route columns). */
  readonly D: number;
  readonly n: number;
  /** Each determinant's base weight (priority, leverage or 100), in entry order. */
  readonly base: Float64Array;
  /** Dense shares, determinant-major: `share[d * n + c]`. */
  readonly share: Float64Array;
  /** What a pick removes of a determinant's residual: `(1 - decay) * share / M`, same layout. */
  readonly cut: Float64Array;
  /** 1 where some barrier reaches the strategy: only those gain (facilitators lever, as in match). */
  readonly gate: Uint8Array;
  /** 1 where the greedy may pick the strategy (not excluded, feasible, priced when there is a budget). */
  readonly eligible: Uint8Array;
  /** Cost per strategy, NaN where none is given. */
  readonly cost: Float64Array;
  /** Scratch: the profile vector the core scores with, and its buffers. */
  readonly vector: ProfileVector & { readonly weights: Float64Array };
  readonly out: ScoreBuffers;
}

/** One pick as the greedy made it: its column, its gain (rounded as match rounds scores) and the raw gain. */
interface Step {
  readonly col: number;
  readonly gain: number;
  readonly raw: number;
  /** The residual of each determinant just before the pick. */
  readonly before: Float64Array;
}

/** A portfolio in pick order, with its total (the sum of the raw gains). */
export interface Sequence {
  readonly steps: readonly Step[];
  readonly total: number;
}

/** Builds the problem; `eligible` and `cost` are per column. */
export function problemOf(
  route: Route,
  profile: CompiledProfile,
  decay: number,
  eligible: Uint8Array,
  cost: Float64Array,
): Problem {
  const D = profile.vector.length;
  const n = route.cols.length;
  const share = new Float64Array(D * n);
  const cut = new Float64Array(D * n);
  for (let d = 0; d < D; d++) {
    const row = profile.vector.rows[d] as number;
    let most = 1;
    for (let k = route.rowPtr[row] as number; k < (route.rowPtr[row + 1] as number); k++) {
      share[d * n + (route.col[k] as number)] = route.share[k] as number;
      most = Math.max(most, route.share[k] as number);
    }
    for (let c = 0; c < n; c++) cut[d * n + c] = ((1 - decay) * (share[d * n + c] as number)) / most;
  }
  const vector = { ...profile.vector, weights: new Float64Array(profile.vector.weights) };
  const out = scoreBuffers(route);
  scoreInto(route, profile.vector, out);
  const gate = new Uint8Array(n);
  for (let c = 0; c < n; c++) gate[c] = (out.barrier[c] as number) > 0 ? 1 : 0;
  return {
    route,
    D,
    n,
    base: Float64Array.from(profile.vector.weights),
    share,
    cut,
    gate,
    eligible,
    cost,
    vector,
    out,
  };
}

/** Scores every strategy at the residuals `r`: writes raw gains into `raw` (0 where the gate is closed). */
function gains(p: Problem, r: Float64Array, raw: Float64Array): void {
  for (let d = 0; d < p.D; d++) p.vector.weights[d] = (p.base[d] as number) * (r[d] as number);
  scoreInto(p.route, p.vector, p.out);
  for (let c = 0; c < p.n; c++)
    raw[c] = p.gate[c] === 1 ? (p.out.barrier[c] as number) + (p.out.leverage[c] as number) : 0;
}

/** A gain rounded as match rounds scores (6 decimals; gains are never negative). */
const rounded = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * The best column among `allowed` (a predicate) by match's order: rounded gain descending, then level 1 count
 * descending, then id ascending. With `positive`, only a gain above 0 counts. Returns -1 when none qualifies.
 */
function best(p: Problem, raw: Float64Array, allowed: (c: number) => boolean, positive: boolean): number {
  const { level1 } = p.out;
  const idRank = p.route.idRank;
  let top = -1;
  let topGain = -1;
  for (let c = 0; c < p.n; c++) {
    if (!allowed(c)) continue;
    const g = rounded(raw[c] as number);
    if (positive && g <= 0) continue;
    if (
      top < 0 ||
      g > topGain ||
      (g === topGain &&
        ((level1[c] as number) > (level1[top] as number) ||
          (level1[c] === level1[top] && (idRank[c] as number) < (idRank[top] as number))))
    ) {
      top = c;
      topGain = g;
    }
  }
  return top;
}

/** Takes a pick: records it (when `steps` is given) and cuts the residuals of the determinants it reaches. */
function take(p: Problem, r: Float64Array, raw: Float64Array, c: number, steps?: Step[]): number {
  const gain = raw[c] as number;
  steps?.push({ col: c, gain: rounded(gain), raw: gain, before: Float64Array.from(r) });
  if (p.gate[c] === 1) for (let d = 0; d < p.D; d++) r[d] = (r[d] as number) * (1 - (p.cut[d * p.n + c] as number));
  return gain;
}

/**
 * Orders a set of picks for the explanation: the required ones first, then the others, each part greedily
 * (largest gain first, at the residuals the earlier picks leave). The total does not depend on the order.
 */
function explainSet(p: Problem, picks: readonly number[], required: ReadonlySet<number>): Sequence {
  const r = new Float64Array(p.D).fill(1);
  const raw = new Float64Array(p.n);
  const steps: Step[] = [];
  let total = 0;
  for (const part of [picks.filter((c) => required.has(c)), picks.filter((c) => !required.has(c))]) {
    const left = new Set(part);
    while (left.size > 0) {
      gains(p, r, raw);
      const c = best(p, raw, (col) => left.has(col), false);
      left.delete(c);
      total += take(p, r, raw, c, steps);
    }
  }
  return { steps, total };
}

/** The cost of a set of picks (unpriced ones count 0). */
const costOf = (p: Problem, picks: readonly number[]): number =>
  picks.reduce((sum, c) => sum + (Number.isNaN(p.cost[c] as number) ? 0 : (p.cost[c] as number)), 0);

/**
 * The total of a set of picks, straight from the dense arrays (no scoring pass): per determinant, its weight x the
 * sum over the picks (ascending column order) of share x the residual the earlier ones leave. It is the sum of the
 * gains in any order (the rule makes it a set function), up to rounding; candidates are compared with it.
 */
function totalOf(p: Problem, picks: readonly number[]): number {
  const sorted = picks.filter((c) => p.gate[c] === 1).sort((a, b) => a - b);
  let total = 0;
  for (let d = 0; d < p.D; d++) {
    let r = 1;
    let sum = 0;
    for (const c of sorted) {
      sum += r * (p.share[d * p.n + c] as number);
      r *= 1 - (p.cut[d * p.n + c] as number);
    }
    total += (p.base[d] as number) * sum;
  }
  return total;
}

/**
 * Adds greedy picks to `picks`, up to `k` in all, within `budget` (Infinity for none): each step takes the eligible
 * strategy with the largest positive gain whose cost fits what is left. Returns the picks (a new array).
 */
function extend(p: Problem, from: readonly number[], k: number, budget: number): number[] {
  const r = new Float64Array(p.D).fill(1);
  const raw = new Float64Array(p.n);
  for (const c of from) {
    if (p.gate[c] === 1) for (let d = 0; d < p.D; d++) r[d] = (r[d] as number) * (1 - (p.cut[d * p.n + c] as number));
  }
  const picks = [...from];
  const picked = new Set(picks);
  let spent = costOf(p, picks);
  while (picks.length < k) {
    gains(p, r, raw);
    const left = budget - spent;
    const c = best(
      p,
      raw,
      (col) => p.eligible[col] === 1 && !picked.has(col) && !((p.cost[col] as number) > left),
      true,
    );
    if (c < 0) break;
    take(p, r, raw, c);
    picks.push(c);
    picked.add(c);
    spent += Number.isNaN(p.cost[c] as number) ? 0 : (p.cost[c] as number);
  }
  return picks;
}

/**
 * The portfolio for the required strategies (columns), `k` picks and a budget (Infinity for none). It is the better
 * (larger total) of the greedy run from all required strategies and, for each required strategy t, the portfolio
 * for the others (one pick and t's cost fewer) with t added (or, if that portfolio already holds t, its next greedy
 * pick). So requiring one more strategy, with one more pick, never lowers the total. Portfolios are memoised per
 * subset of the required strategies: at most 2^|required| greedy runs. Returns the winner, explained.
 */
export function portfolioOfRequired(p: Problem, required: readonly number[], k: number, budget: number): Sequence {
  const memo = new Map<number, { picks: number[]; total: number }>();
  const solve = (mask: number): { picks: number[]; total: number } => {
    const found = memo.get(mask);
    if (found) return found;
    const members = required.filter((_, i) => (mask >> i) & 1);
    const dropped = required.filter((_, i) => !((mask >> i) & 1));
    const room = budget - costOf(p, dropped);
    const picks = extend(p, members, k - dropped.length, room);
    let chosen = { picks, total: totalOf(p, picks) };
    required.forEach((t, i) => {
      if (!((mask >> i) & 1)) return;
      const smaller = solve(mask & ~(1 << i)).picks;
      const grown = smaller.includes(t) ? extend(p, smaller, smaller.length + 1, room) : [...smaller, t];
      const total = totalOf(p, grown);
      if (total > chosen.total + 1e-9 * Math.max(1, chosen.total)) chosen = { picks: grown, total };
    });
    memo.set(mask, chosen);
    return chosen;
  };
  return explainSet(p, solve((1 << required.length) - 1).picks, new Set(required));
}
