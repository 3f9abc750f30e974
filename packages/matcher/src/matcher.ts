import type { Catalogue } from "@impsci/catalogue";
import { builtinCatalogue } from "@impsci/catalogue";
import { type DeterminantProfileInput, type ProfileWarningCode, validateProfile } from "@impsci/determinants";
import { MatcherError } from "./error";
import { admit } from "./internal/admit";
import { type Compiled, compile } from "./internal/compiled";
import { deepFreeze } from "./internal/deep-freeze";
import { spaceOf } from "./internal/default-space";
import { explain } from "./internal/explain";
import { compileProfile } from "./internal/profile-vector";
import type { Route } from "./internal/route";
import { rank, type ScoreBuffers, scoreBuffers, scoreInto } from "./internal/score";
import { authoredWarnings, determinantWarnings } from "./internal/warnings";
import type { LinkSet, LinkSetInput } from "./link-set";
import { getLinkSet, listLinkSets } from "./link-sets";
import { type MatchOptions, resolveOptions } from "./match-options";
import type { MatchResult, MatchWarning, ResolvedMatchOptions } from "./match-result";
import { VERSION } from "./version";

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
  const buffers = new Map<string, ScoreBuffers>();
  const matcher: Matcher = Object.freeze({
    linkSets: Object.freeze(compiled.sets.map((s) => s.set)),
    match(profile: DeterminantProfileInput, options?: MatchOptions): MatchResult {
      const resolved = resolveOptions(options, space);
      const route = compiled.route(resolved.target);
      let out = buffers.get(resolved.target);
      if (!out) {
        out = scoreBuffers(route);
        buffers.set(resolved.target, out);
      }
      return run(compiled, route, out, profile, resolved);
    },
  });
  internals.set(matcher, compiled);
  return matcher;
}

function run(
  compiled: Compiled,
  route: Route,
  out: ScoreBuffers,
  input: unknown,
  options: ResolvedMatchOptions,
): MatchResult {
  const validated = validateProfile(input);
  if (!validated.success) {
    const lines = validated.issues.map((issue) => `- ${issue.message}`).join("\n");
    throw new MatcherError("invalid-profile", `The profile is not valid:\n${lines}`, { issues: validated.issues });
  }
  const profile = compileProfile(validated.data, route, options.mode);
  scoreInto(route, profile.vector, out);
  const { allowed, notes } = admit(route, out, options);
  const scores = out.scores;
  const ranked = rank(route, out, allowed, scores);
  const order = options.top === undefined ? ranked : ranked.subarray(0, options.top);
  const recommendations = explain(route, profile, order, scores, out, options.mode);
  const warnings: MatchWarning[] = [
    ...validated.warnings
      .filter((w) => w.code !== "unrated-determinant")
      .map((w) => {
        const at = w.path[0] === "determinants" && typeof w.path[1] === "number" ? w.path[1] : -1;
        const id = validated.data.determinants[at]?.determinant;
        return deepFreeze({
          code: w.code as ProfileWarningCode,
          message: w.message,
          ...(id === undefined ? {} : { determinants: [id] }),
        });
      }),
    ...determinantWarnings(compiled.space, route, profile, options),
    ...notes(recommendations.map((r) => r.strategy.id)),
    ...authoredWarnings(compiled.sets, recommendations),
  ];
  return deepFreeze({
    recommendations: Object.freeze(recommendations),
    warnings,
    manifest: {
      package: "@impsci/matcher" as const,
      version: VERSION,
      target: { taxonomy: route.target, hash: compiled.space.taxonomyHash(route.target) },
      linkSets: compiled.manifest,
      options,
    },
  });
}
