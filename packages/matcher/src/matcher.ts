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
import type { MatchOptions } from "./match-options";
import type { MatchResult } from "./match-result";

/** What {@link createMatcher} takes. */
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
    match(profile: DeterminantProfileInput, options?: MatchOptions): MatchResult {
      return runMatch(engine, profile, optionsOf(options, space));
    },
  });
  internals.set(matcher, compiled);
  return matcher;
}
