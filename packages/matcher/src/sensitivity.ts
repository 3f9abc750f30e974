import { authoredNote, invalidOptions, manifestOf, prepare } from "./internal/analysis";
import type { Compiled } from "./internal/compiled";
import { deepFreeze } from "./internal/deep-freeze";
import { JitteredScores } from "./internal/jittered-scores";
import { gammaConstants, Random } from "./internal/prng";
import { DrawRanking } from "./internal/rank-draw";
import { RankStats } from "./internal/rank-stats";
import { drawShares, resamplePlan } from "./internal/resample-plan";
import type { Route } from "./internal/route";
import { type ProfileVector, rank, round6, scoreBuffers, scoreInto } from "./internal/score";
import type { MatchManifest, MatchWarning, MatchWarningCode } from "./match-result";
import { type ResolvedSensitivityOptions, resolveSensitivityOptions } from "./sensitivity-options";

/**
 * How stable one strategy's place is over the draws.
 *
 * @example
 * ```ts
 * const s: StrategyStability = { strategy: { id: "eric:audit-and-provide-feedback", name: "Audit and provide feedback" }, baseRank: 2, score: 56, pTopK: 0.93, medianRank: 2, rankInterval: [1, 3] };
 * ```
 */
export interface StrategyStability {
  /** The strategy's id and published name. */
  readonly strategy: { readonly id: string; readonly name: string };
  /** Its rank in the base ranking (match's, same mode and target, no filters). */
  readonly baseRank: number;
  /** Its base score. */
  readonly score: number;
  /** The share of draws that put it in the top k (6 decimals). */
  readonly pTopK: number;
  /** Its median rank over the draws (nearest rank). */
  readonly medianRank: number;
  /** Its 5th and 95th percentile ranks over the draws (nearest rank): the range of 90 % of its ranks. */
  readonly rankInterval: readonly [number, number];
}

/**
 * One leave-one-out draw: the determinant left out and how the ranking moved without it.
 *
 * @example
 * ```ts
 * for (const o of result.omitted ?? []) console.log(o.determinant, o.kendallTau, o.topK);
 * ```
 */
export interface OmittedDeterminant {
  readonly determinant: string;
  readonly valence: "barrier" | "facilitator";
  /** Kendall's tau between the base ranking and the ranking without it (6 decimals). */
  readonly kendallTau: number;
  /** The share of the base top k still in the top k without it (6 decimals). */
  readonly topKOverlap: number;
  /** The top k without it, best first. */
  readonly topK: readonly string[];
}

/**
 * The codes a {@link SensitivityWarning} carries: match's, and `fixed-links` (links the resample method holds fixed).
 *
 * @example
 * ```ts
 * const codes: SensitivityWarningCode[] = result.warnings.map((w) => w.code);
 * if (codes.includes("fixed-links")) console.warn("some links were held at their published weight");
 * ```
 */
export type SensitivityWarningCode = MatchWarningCode | "fixed-links";

/**
 * Something the reader of a sensitivity analysis should know (as {@link MatchWarning}, with its own codes).
 *
 * @example
 * ```ts
 * for (const w of result.warnings) console.warn(`${w.code}: ${w.message}`);
 * ```
 */
export interface SensitivityWarning extends Omit<MatchWarning, "code"> {
  readonly code: SensitivityWarningCode;
}

/**
 * The result of {@link Matcher.sensitivity}: per strategy of the base ranking, how often it stays in the top k
 * and where it ranks; overall, how much the draws agree with the base ranking.
 *
 * @example
 * ```ts
 * const { strategies, meanKendallTau, meanTopKOverlap } = createMatcher().sensitivity(profile, { method: "weights", draws: 1000, seed: 1, k: 5 });
 * ```
 */
export interface SensitivityResult {
  /** The draws made. */
  readonly draws: number;
  /** Every strategy of the base ranking, in base order. */
  readonly strategies: readonly StrategyStability[];
  /** The mean over the draws of Kendall's tau between the base ranking and the draw's (1: always the same order). */
  readonly meanKendallTau: number;
  /** The mean over the draws of the share of the base top k still in the draw's top k. */
  readonly meanTopKOverlap: number;
  /** leave-one-out: each draw, in canonical determinant order. */
  readonly omitted?: readonly OmittedDeterminant[];
  /** What the reader should know. */
  readonly warnings: readonly SensitivityWarning[];
  /** What it takes to reproduce the result, with the sensitivity options in force (seed included). */
  readonly manifest: Omit<MatchManifest, "options"> & { readonly options: ResolvedSensitivityOptions };
}

/** Runs a sensitivity analysis with a compiled matcher (what {@link Matcher.sensitivity} runs). */
export function sensitivityOf(compiled: Compiled, input: unknown, rawOptions: unknown): SensitivityResult {
  const { options, onProgress } = resolveSensitivityOptions(rawOptions, compiled.space);
  const { route, profile, warnings } = prepare(compiled, input, options.target, options.mode);
  const D = profile.vector.length;
  if (options.method === "leave-one-out" && options.draws !== undefined && options.draws !== D) {
    throw invalidOptions("sensitivity", [
      {
        code: "draws-not-for-method",
        path: ["options", "draws"],
        message: `options.draws is ${options.draws}, but leave-one-out makes one draw per scoring determinant: ${D} here. Remove draws.`,
      },
    ]);
  }
  const n = route.cols.length;
  const out = scoreBuffers(route);
  scoreInto(route, profile.vector, out);
  const baseOrder = Int32Array.from(rank(route, out, new Uint8Array(n).fill(1), out.scores));
  const baseScores = Float64Array.from(out.scores);
  const m = baseOrder.length;
  const allowed = new Uint8Array(n);
  const indexOf = new Int32Array(n).fill(-1);
  baseOrder.forEach((c, i) => {
    allowed[c] = 1;
    indexOf[c] = i;
  });
  const byId = Int32Array.from(route.idOrder).filter((c) => allowed[c] === 1); // the base strategies in id order
  const stats = new RankStats(m, options.k);
  const total = options.method === "leave-one-out" ? D : (options.draws as number);
  const step = Math.max(1, Math.ceil(total / 100));
  const weights = new Float64Array(profile.vector.weights);
  let vector: ProfileVector = { ...profile.vector, weights };
  let drawRoute: Route = route;
  let setup: (draw: number) => void;
  // A draw is scored and ranked by `fast` (false: its keys would not be exact, so `rank` ranks it from `out`, which
  // `slow` fills). Jittered weights leave every share, and so the level counts (the tie-breaker), as they are: the
  // weights method adds up the base strategies' scores alone and keeps the base's counts.
  const ranking = new DrawRanking(route, baseOrder, D, out.level1);
  let fast = () => {
    scoreInto(drawRoute, vector, out);
    return ranking.fromBuffers(out);
  };
  let slow = () => {};
  const extra: SensitivityWarning[] = [];
  if (options.method === "weights") {
    const random = Random.seeded(options.seed as number);
    const spread = options.spread as number;
    const [d, c] = gammaConstants(1 / (spread * spread));
    const scale = spread * spread;
    const base = profile.vector.weights;
    setup = () => {
      for (let i = 0; i < D; i++) weights[i] = (base[i] as number) * (scale * random.gamma(d, c));
    };
    const jittered = new JitteredScores(route, profile.vector, baseOrder);
    fast = () => {
      jittered.score(weights);
      return ranking.fromMicro(jittered.micro);
    };
    slow = () => scoreInto(route, vector, out);
  } else if (options.method === "resample") {
    const random = Random.seeded(options.seed as number);
    const plan = resamplePlan(compiled, route, profile, options.assumedN);
    const share = Float64Array.from(route.share);
    const link = new Float64Array(plan.variable);
    drawRoute = { ...route, share };
    setup = () => drawShares(plan, random, link, share);
    if (plan.fixed.length > 0) extra.push(fixedWarning(plan.fixed, plan.variable));
  } else {
    const { rows, barrier, weights: base } = profile.vector;
    const sub: ProfileVector = {
      rows: new Int32Array(D),
      weights: new Float64Array(D),
      barrier: new Uint8Array(D),
      length: Math.max(0, D - 1),
    };
    setup = (draw) => {
      for (let i = 0, j = 0; i < D; i++) {
        if (i === draw) continue;
        sub.rows[j] = rows[i] as number;
        sub.weights[j] = base[i] as number;
        sub.barrier[j++] = barrier[i] as number;
      }
    };
    vector = sub;
  }
  const omitted: OmittedDeterminant[] = [];
  const leaveOneOut = options.method === "leave-one-out";
  for (let draw = 0; draw < total; draw++) {
    setup(draw);
    let scoring: number;
    let inversions = -1;
    let ranked: Int32Array | undefined; // the draw's columns, best first, when `rank` ranked it
    if (fast()) {
      const order = ranking.order;
      scoring = ranking.scoring;
      inversions = ranking.inversions;
      for (let p = 0; p < m; p++) stats.pos[order[p] as number] = p;
    } else {
      slow();
      ranked = rank(drawRoute, out, allowed, out.scores);
      scoring = ranked.length;
      let p = 0;
      for (; p < scoring; p++) stats.pos[indexOf[ranked[p] as number] as number] = p;
      if (p < m) for (const c of byId) if ((out.scores[c] as number) === 0) stats.pos[indexOf[c] as number] = p++;
    }
    const tau = stats.record(scoring, inversions);
    if (leaveOneOut) {
      const entry = profile.entries[draw];
      omitted.push({
        determinant: entry?.determinant.determinant as string,
        valence: entry?.determinant.valence as "barrier" | "facilitator",
        kendallTau: round6(tau),
        topKOverlap: round6(stats.lastOverlap),
        topK: Array.from({ length: Math.min(options.k, scoring) }, (_, p) => {
          const c = ranked ? ranked[p] : baseOrder[ranking.order[p] as number];
          return route.cols[c as number]?.id as string;
        }),
      });
    }
    if (onProgress && ((draw + 1) % step === 0 || draw + 1 === total)) onProgress(draw + 1, total);
  }
  const strategies: StrategyStability[] = Array.from(baseOrder, (c, i) => ({
    strategy: { id: route.cols[c]?.id as string, name: route.cols[c]?.name as string },
    baseRank: i + 1,
    score: baseScores[c] as number,
    pTopK: total === 0 ? 0 : round6((stats.top[i] as number) / total),
    medianRank: total === 0 ? i + 1 : stats.percentile(i, 50),
    rankInterval: total === 0 ? [i + 1, i + 1] : [stats.percentile(i, 5), stats.percentile(i, 95)],
  }));
  return deepFreeze({
    draws: total,
    strategies,
    meanKendallTau: total === 0 ? 1 : round6(stats.tauSum / total),
    meanTopKOverlap: total === 0 ? 1 : round6(stats.overlapSum / total),
    ...(options.method === "leave-one-out" ? { omitted } : {}),
    warnings: [
      ...warnings,
      ...extra,
      ...authoredNote(compiled, route, profile, Array.from(baseOrder), "ranked strategies"),
    ],
    manifest: manifestOf(compiled, route, options),
  });
}

function fixedWarning(
  fixed: readonly { readonly linkSet: string; readonly links: number; readonly reason: "binary" | "no-n" }[],
  variable: number,
): SensitivityWarning {
  const parts = fixed.map((f) =>
    f.reason === "binary"
      ? `${f.links} binary link(s) of ${f.linkSet} (a binary link states that a link exists; it has no endorsement to resample)`
      : `${f.links} link(s) of ${f.linkSet} without a number of respondents n (pass assumedN to resample them as if that many had answered)`,
  );
  return deepFreeze({
    code: "fixed-links" as const,
    message: `Held at their published weight in every draw: ${parts.join("; ")}. ${variable === 0 ? "No link was resampled: every draw equals the base ranking." : `${variable} link(s) were resampled.`}`,
  });
}
