import { admit } from "./internal/admit";
import { authoredNote, manifestOf, prepare } from "./internal/analysis";
import type { Compiled } from "./internal/compiled";
import { deepFreeze } from "./internal/deep-freeze";
import { portfolioOfRequired, problemOf } from "./internal/greedy";
import { round6 } from "./internal/score";
import type { MatchManifest, MatchWarning, MatchWarningCode } from "./match-result";
import { type ResolvedPortfolioOptions, resolvePortfolioOptions } from "./portfolio-options";

/**
 * A determinant a pick reaches, and what it adds to the pick's gain.
 *
 * @example
 * ```ts
 * const c: PortfolioCover = { determinant: "cfir-2009:planning", valence: "barrier", share: 0.6, gain: 30 };
 * ```
 */
export interface PortfolioCover {
  /** The determinant, as its canonical qualified id. */
  readonly determinant: string;
  /** Barrier or facilitator. */
  readonly valence: "barrier" | "facilitator";
  /** The pick's share for it, as in match (the sum of its path shares). */
  readonly share: number;
  /** What it adds to the pick's gain: its weight x what is left of its value x share (rounded to 6 decimals). */
  readonly gain: number;
}

/**
 * One strategy of a portfolio, with why it is there.
 *
 * @example
 * ```ts
 * for (const p of portfolio.picks) console.log(p.strategy.name, p.marginalGain, p.covers.map((c) => c.determinant));
 * ```
 */
export interface PortfolioPick {
  /** The strategy's id and published name. */
  readonly strategy: { readonly id: string; readonly name: string };
  /** What it adds given the picks before it (its match score at the values those picks left; 6 decimals). */
  readonly marginalGain: number;
  /** The determinants it reaches, in canonical order. */
  readonly covers: readonly PortfolioCover[];
  /** Whether `include` required it. */
  readonly required: boolean;
  /** Its cost, when `cost` gives one. */
  readonly cost?: number;
}

/**
 * A determinant of the profile that no pick reaches: `no-pick` (it reaches strategies, none of them picked) or
 * `unreached` (it reaches no strategy of the target at all).
 *
 * @example
 * ```ts
 * const u: PortfolioUncovered = { determinant: "cfir-2009:planning", valence: "barrier", reason: "unreached" };
 * ```
 */
export interface PortfolioUncovered {
  readonly determinant: string;
  readonly valence: "barrier" | "facilitator";
  readonly reason: "no-pick" | "unreached";
}

/**
 * The codes a {@link PortfolioWarning} carries: match's, and `uncosted` (picks without a cost while costs are given).
 *
 * @example
 * ```ts
 * const codes: PortfolioWarningCode[] = portfolio.warnings.map((w) => w.code);
 * if (codes.includes("uncosted")) console.warn("some picks have no cost");
 * ```
 */
export type PortfolioWarningCode = MatchWarningCode | "uncosted";

/**
 * Something the reader of a portfolio should know (as {@link MatchWarning}, with portfolio codes).
 *
 * @example
 * ```ts
 * for (const w of portfolio.warnings) console.warn(`${w.code}: ${w.message}`);
 * ```
 */
export interface PortfolioWarning extends Omit<MatchWarning, "code"> {
  readonly code: PortfolioWarningCode;
}

/**
 * The result of {@link Matcher.portfolio}: the picks in order, what stays uncovered, totals, warnings, manifest.
 *
 * @example
 * ```ts
 * const { picks, uncovered, total } = createMatcher().portfolio(profile, { k: 3 });
 * ```
 */
export interface Portfolio {
  /** The picks: required ones first, then the others, each part largest gain first. At most k. */
  readonly picks: readonly PortfolioPick[];
  /** The determinants no pick reaches, in canonical order. */
  readonly uncovered: readonly PortfolioUncovered[];
  /** The sum of the marginal gains: the coverage value of the portfolio (6 decimals). */
  readonly total: number;
  /** The picks' total cost, when `cost` is given (unpriced picks count 0, with an `uncosted` warning). */
  readonly cost?: number;
  /** What the reader should know. */
  readonly warnings: readonly PortfolioWarning[];
  /** What it takes to reproduce the portfolio, with the portfolio options in force. */
  readonly manifest: Omit<MatchManifest, "options"> & { readonly options: ResolvedPortfolioOptions };
}

/** Builds a portfolio with a compiled matcher (what {@link Matcher.portfolio} runs). */
export function portfolioOf(compiled: Compiled, input: unknown, rawOptions: unknown): Portfolio {
  const options = resolvePortfolioOptions(rawOptions, compiled.space);
  const { route, profile, warnings } = prepare(compiled, input, options.target, options.mode);
  const n = route.cols.length;
  const cost = new Float64Array(n).fill(Number.NaN);
  for (const [id, value] of Object.entries(options.cost ?? {})) cost[route.colOf.get(id) as number] = value;
  const base = problemOf(route, profile, options.decay, new Uint8Array(n), cost);
  const { allowed, notes } = admit(route, base.out, {
    mode: options.mode,
    target: options.target,
    ...filters(options),
  });
  for (let c = 0; c < n; c++) {
    base.eligible[c] = allowed[c] === 1 && (options.budget === undefined || !Number.isNaN(cost[c] as number)) ? 1 : 0;
  }
  const required = (options.include ?? []).map((id) => route.colOf.get(id) as number);
  const sequence = portfolioOfRequired(base, required, options.k, options.budget ?? Number.POSITIVE_INFINITY);
  const isRequired = new Set(required);
  const covered = new Uint8Array(profile.entries.length);
  const picks: PortfolioPick[] = sequence.steps.map((step) => {
    const c = step.col;
    const covers: PortfolioCover[] = [];
    profile.entries.forEach((entry, d) => {
      const share = base.share[d * n + c] as number;
      if (base.gate[c] !== 1 || share <= 0) return;
      covered[d] = 1;
      covers.push({
        determinant: entry.determinant.determinant,
        valence: entry.determinant.valence,
        share: round6(share),
        gain: round6((base.base[d] as number) * (step.before[d] as number) * share),
      });
    });
    const item = route.cols[c];
    const price = cost[c] as number;
    return {
      strategy: { id: item?.id as string, name: item?.name as string },
      marginalGain: step.gain,
      covers,
      required: isRequired.has(c),
      ...(Number.isNaN(price) ? {} : { cost: price }),
    };
  });
  const entryOf = new Map(profile.entries.map((e, d) => [e.determinant, d]));
  const unreached = new Set(profile.unreached);
  const uncovered: PortfolioUncovered[] = [];
  for (const d of profile.determinants) {
    const at = entryOf.get(d);
    const reason = unreached.has(d) ? "unreached" : at !== undefined && covered[at] === 0 ? "no-pick" : undefined;
    if (reason) uncovered.push({ determinant: d.determinant, valence: d.valence, reason });
  }
  const ids = picks.map((p) => p.strategy.id);
  const unpriced = options.cost ? ids.filter((id) => options.cost?.[id] === undefined) : [];
  const all: PortfolioWarning[] = [
    ...warnings,
    ...notes(picks.filter((p) => !p.required).map((p) => p.strategy.id)),
    ...authoredNote(
      compiled,
      route,
      profile,
      sequence.steps.map((s) => s.col),
      "pick(s)",
    ),
    ...(unpriced.length === 0
      ? []
      : [
          {
            code: "uncosted" as const,
            message: `No cost is given for ${unpriced.join(", ")}: the portfolio's cost counts ${unpriced.length === 1 ? "it" : "them"} as 0.`,
            strategies: unpriced,
          },
        ]),
  ];
  return deepFreeze({
    picks,
    uncovered,
    total: round6(sequence.total),
    ...(options.cost ? { cost: round6(picks.reduce((sum, p) => sum + (p.cost ?? 0), 0)) } : {}),
    warnings: all,
    manifest: manifestOf(compiled, route, options),
  });
}

/** The match filters a portfolio shares: exclude and minimum feasibility (not include: it means "required" here). */
function filters(options: ResolvedPortfolioOptions): { exclude?: readonly string[]; minFeasibility?: number } {
  return {
    ...(options.exclude === undefined ? {} : { exclude: options.exclude }),
    ...(options.minFeasibility === undefined ? {} : { minFeasibility: options.minFeasibility }),
  };
}
