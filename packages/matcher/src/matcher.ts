import type { Catalogue } from "@impsci/catalogue";
import { builtinCatalogue } from "@impsci/catalogue";
import type { DeterminantProfileInput } from "@impsci/determinants";
import { MatcherError } from "./error";
import { type Compiled, compile } from "./internal/compiled";
import { spaceOf } from "./internal/default-space";
import { optionsOf } from "./internal/fast-options";
import { createEngine, runMatch } from "./internal/run";
import type { LinkSet, LinkSetInput } from "./link-set";
import { getLinkSet, listLinkSets } from "./link-sets";
import { type MatchManyOptions, type MatchManyRecord, matchManyOf } from "./match-many";
import type { MatchOptions } from "./match-options";
import type { MatchResult } from "./match-result";
import { type Portfolio, portfolioOf } from "./portfolio";
import type { PortfolioOptions } from "./portfolio-options";
import { type SensitivityResult, sensitivityOf } from "./sensitivity";
import type { SensitivityOptions } from "./sensitivity-options";

/**
 * What {@link createMatcher} takes.
 *
 * @example
 * ```ts
 * const config: MatcherConfig = { linkSets: ["tdf-com-b", "com-b-bcw-2011", "bcw-eric"] };
 * const matcher = createMatcher(config);
 * ```
 */
export interface MatcherConfig {
  /** The link sets to match through: built-in ids and/or link sets (e.g. from {@link parseLinkSetCsv}). Default: every built-in set. */
  readonly linkSets?: readonly (string | LinkSet | LinkSetInput)[];
  /** The strategy catalogue (default: the built-in catalogue). */
  readonly catalogue?: Catalogue;
}

/**
 * A compiled matcher: recommends strategies for determinant profiles through its link sets.
 *
 * @example
 * ```ts
 * const matcher = createMatcher();
 * const { recommendations } = matcher.match({ determinants: [{ determinant: "tdf-v2:knowledge", valence: "barrier" }] });
 * ```
 */
export interface Matcher {
  /**
   * Recommends strategies for a profile, each with the paths and links that justify it.
   *
   * @param profile - A determinant profile (`{ determinants: [{ determinant, valence, ... }] }`), validated with `validateProfile`.
   * @param options - Mode, top, target, include / exclude, minimum feasibility (see {@link MatchOptionsSchema}).
   * @returns Recommendations, warnings and a manifest, frozen.
   * @throws {@link MatcherError} `invalid-profile` or `invalid-options`, with every issue.
   */
  match(profile: DeterminantProfileInput, options?: MatchOptions): MatchResult;
  /**
   * Matches many profiles (sites) in one streaming pass: takes any iterable or async iterable and yields one record
   * per profile, in input order, as the caller asks for it, holding neither the profiles nor the results. A profile
   * that does not validate yields an error record and the run goes on.
   *
   * @param profiles - An array, a generator, or an async iterable (e.g. parsed JSON lines), each profile ideally
   *   with an `id` (a site code) that its record repeats.
   * @param options - As for {@link Matcher.match}, but `top` defaults to 10 (`"all"`: every strategy that scores);
   *   see {@link MatchManyOptionsSchema}.
   * @returns An async generator of `{ index, id?, ok: true, result }` or `{ index, id?, ok: false, error: { code,
   *   message, issues } }`; each `result` is what `match(profile, options)` returns.
   * @throws {@link MatcherError} `invalid-options` at once, for bad options or a source that is not iterable.
   *   Whatever the source throws ends the run with that error.
   */
  matchMany(
    profiles: Iterable<DeterminantProfileInput> | AsyncIterable<DeterminantProfileInput>,
    options?: MatchManyOptions,
  ): AsyncGenerator<MatchManyRecord, void, undefined>;
  /**
   * Picks at most k strategies that together cover the profile: greedy, with diminishing returns (a determinant a
   * pick reaches counts less for the next pick), required (`include`) and excluded strategies honoured, and an
   * optional cost per strategy with a budget. Each pick says what it adds and which determinants it reaches.
   *
   * @param profile - A determinant profile, as for {@link Matcher.match}.
   * @param options - `k` (required), `mode`, `target`, `include` (required strategies), `exclude`, `minFeasibility`,
   *   `cost`, `budget`, `decay` (see {@link PortfolioOptionsSchema}).
   * @returns The picks, the determinants left uncovered, the total, warnings and a manifest, frozen.
   * @throws {@link MatcherError} `invalid-profile` or `invalid-options`, with every issue.
   */
  portfolio(profile: DeterminantProfileInput, options: PortfolioOptions): Portfolio;
  /**
   * Tests how stable the ranking is: seeded draws of the endorsements (`resample`) or of the determinant weights
   * (`weights`), or each determinant left out in turn (`leave-one-out`), each ranked as match ranks.
   *
   * @param profile - A determinant profile, as for {@link Matcher.match}.
   * @param options - `method` and `k` (required), `draws` and `seed` (required for resample and weights), `mode`,
   *   `target`, `spread`, `assumedN`, `onProgress` (see {@link SensitivityOptionsSchema}).
   * @returns Per strategy of the base ranking: the share of draws in the top k, median rank and 5th-95th
   *   percentile ranks; overall: mean Kendall's tau and mean top-k overlap with the base ranking. Frozen.
   * @throws {@link MatcherError} `invalid-profile` or `invalid-options`, with every issue.
   */
  sensitivity(profile: DeterminantProfileInput, options: SensitivityOptions): SensitivityResult;
  /** The link sets the matcher holds, canonical and frozen, by id. */
  readonly linkSets: readonly LinkSet[];
}

// The compiled form behind each matcher, for the package's own later consumers (portfolio, sensitivity, matchMany).
const internals = new WeakMap<Matcher, Compiled>();

/** The compiled form behind a matcher (internal). */
export function compiledOf(matcher: Matcher): Compiled | undefined {
  return internals.get(matcher);
}

/**
 * Creates a matcher over link sets, compiling them once (cached per combination and catalogue).
 *
 * @param config - `linkSets` (ids of built-in sets and/or link set objects; default every built-in set) and
 *   `catalogue` (default the built-in catalogue).
 * @returns A {@link Matcher}.
 * @throws {@link MatcherError} `unknown-link-set`, `invalid-link-set` (every issue listed) or `conflicting-link-sets`
 *   (two sets with one id, or two sets between the same two schemes: pass one).
 * @example
 * ```ts
 * const matcher = createMatcher({ linkSets: ["cfir-eric-2019"] });
 * matcher.match({ determinants: [{ determinant: "cfir-2009:reflecting-and-evaluating", valence: "barrier" }] }, { mode: "cumulative", top: 2 })
 *   .recommendations.map((r) => `${r.strategy.name} ${r.score}`);
 * // ["Develop and implement tools for quality monitoring 60", "Audit and provide feedback 56"]
 * ```
 */
export function createMatcher(config: MatcherConfig = {}): Matcher {
  if (config === null || typeof config !== "object") {
    throw new MatcherError("invalid-options", "createMatcher takes an object: { linkSets?, catalogue? }.");
  }
  const space = spaceOf(config.catalogue ?? builtinCatalogue);
  const inputs = (config.linkSets ?? listLinkSets()).map((entry) =>
    typeof entry === "string" ? getLinkSet(entry) : entry,
  );
  const compiled = compile(space, inputs);
  const engine = createEngine(compiled);
  const matcher: Matcher = Object.freeze({
    linkSets: Object.freeze(compiled.sets.map((s) => s.set)),
    portfolio: (profile: DeterminantProfileInput, options: PortfolioOptions) => portfolioOf(compiled, profile, options),
    sensitivity: (profile: DeterminantProfileInput, options: SensitivityOptions) =>
      sensitivityOf(compiled, profile, options),
    match(profile: DeterminantProfileInput, options?: MatchOptions): MatchResult {
      return runMatch(engine, profile, optionsOf(options, space));
    },
    matchMany: (
      profiles: Iterable<DeterminantProfileInput> | AsyncIterable<DeterminantProfileInput>,
      options?: MatchManyOptions,
    ) => matchManyOf(engine, space, profiles, options),
  });
  internals.set(matcher, compiled);
  return matcher;
}
