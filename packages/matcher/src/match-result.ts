import type { ProfileWarningCode } from "@impsci/determinants";
import type { Evidence } from "./link-set";

/**
 * One hop of a path from a determinant to a strategy: a link of a link set, or a step up to a parent element
 * or down to a child element (when the element itself has no links in the set).
 *
 * @example
 * ```ts
 * const step: PathStep = { from: "tdf-v2:knowledge", to: "com-b:psychological-capability", via: "link", share: 1, linkSet: "tdf-com-b", weight: 1 };
 * ```
 */
export interface PathStep {
  /** Where the hop starts: a qualified id. */
  readonly from: string;
  /** Where the hop ends: a qualified id. */
  readonly to: string;
  /** `link`: a link of a link set; `parent` / `child`: the framework's hierarchy, taken when `from` has no links. */
  readonly via: "link" | "parent" | "child";
  /** The hop's factor, 0-1: the link weight on the set's scale (percent / 100), 1 for a parent, 1/k for one of k children. */
  readonly share: number;
  /** The link set the link belongs to (links only). */
  readonly linkSet?: string;
  /** The link's weight as the set publishes it, e.g. `60` (percent) (links only). */
  readonly weight?: number;
  /** How many respondents endorsed the link, where published. */
  readonly count?: number;
  /** How many respondents were asked, where published. */
  readonly n?: number;
  /** The link's evidence state, where the set declares one. */
  readonly evidence?: Evidence;
  /** The link's note: a rationale (authored sets) or a source locator. */
  readonly note?: string;
}

/**
 * Why a strategy is recommended, one path at a time: which determinant reaches it, through which elements and
 * links, and how much that adds to the score.
 *
 * @example
 * ```ts
 * const c = result.recommendations[0]?.contributions[0];
 * console.log(`${c?.determinant} via ${c?.path.join(" > ")}: +${c?.weight}`);
 * ```
 */
export interface Contribution {
  /** The determinant, as its canonical qualified id. */
  readonly determinant: string;
  /** Whether the determinant is a barrier or a facilitator in the profile. */
  readonly valence: "barrier" | "facilitator";
  /** The ids along the path, from the determinant to the strategy (hierarchy steps included). */
  readonly path: readonly string[];
  /** Each hop of the path, with its link set, weight and evidence. */
  readonly steps: readonly PathStep[];
  /** What this path adds to the strategy's score (rounded to 6 decimals). */
  readonly weight: number;
  /** The evidence state of the last link (the one that reaches the strategy), where declared. */
  readonly evidence?: Evidence;
  /** The link set of the last link. */
  readonly linkSet: string;
  /** The citation of every link set along the path, in path order, separated by `; `. */
  readonly citation: string;
}

/**
 * A recommended strategy with its rank, score, CFIR-ERIC level counts and every contribution.
 *
 * @example
 * ```ts
 * const [first] = createMatcher().match(profile).recommendations;
 * console.log(first?.rank, first?.strategy.name, first?.score);
 * ```
 */
export interface Recommendation {
  /** 1 for the first; ties are broken by score, then level 1 count, then id, so ranks never repeat. */
  readonly rank: number;
  /** The strategy's id and published name. */
  readonly strategy: { readonly id: string; readonly name: string };
  /** The score in the chosen mode (rounded to 6 decimals). */
  readonly score: number;
  /** How many barriers reach the strategy with a share of at least 50 % (CFIR-ERIC Level 1). */
  readonly level1: number;
  /** How many barriers reach it with a share of 20 % up to 50 % (CFIR-ERIC Level 2). */
  readonly level2: number;
  /** Every determinant path that adds to the score, largest first. */
  readonly contributions: readonly Contribution[];
}

/**
 * The codes a {@link MatchWarning} carries, beside the profile warnings of `validateProfile` (`neutral-strength`,
 * `empty-profile`), which are passed on with their own codes.
 *
 * @example
 * ```ts
 * const codes: MatchWarningCode[] = result.warnings.map((w) => w.code);
 * if (codes.includes("unreached-determinant")) console.warn("a determinant reaches no strategy");
 * ```
 */
export type MatchWarningCode =
  | "unreached-determinant"
  | "not-covered"
  | "hierarchy-fallback"
  | "authored-link-set"
  | "facilitators-ignored"
  | "priority-ignored"
  | "default-priority"
  | "neutral-determinant"
  | "missing-rating"
  | "feasibility-filtered"
  | "non-percent-route"
  | "equal-routes"
  | ProfileWarningCode;

/**
 * Something the reader of a result should know: a determinant that reaches nothing, a link set that is only
 * partly published, a project-authored link set, a default that was used.
 *
 * @example
 * ```ts
 * for (const w of result.warnings) console.warn(`${w.code}: ${w.message}`);
 * ```
 */
export interface MatchWarning {
  /** Stable machine-readable code. */
  readonly code: MatchWarningCode;
  /** What happened and what to do, in plain words. */
  readonly message: string;
  /** The determinants concerned, as canonical ids. */
  readonly determinants?: readonly string[];
  /** The strategies concerned. */
  readonly strategies?: readonly string[];
  /** The link set concerned. */
  readonly linkSet?: string;
}

/**
 * A link set as the manifest records it.
 *
 * @example
 * ```ts
 * for (const set of result.manifest.linkSets) console.log(`${set.id}@${set.version} (${set.basis}) ${set.hash}`);
 * ```
 */
export interface ManifestLinkSet {
  /** Link set id. */
  readonly id: string;
  /** Version of its content. */
  readonly version: string;
  /** What it rests on: `expert-survey`, `theory`, `authored` or `user`. */
  readonly basis: string;
  /** `sha256:` and the SHA-256 of the set's canonical JSON (keys sorted, compact). */
  readonly hash: string;
}

/**
 * Everything needed to reproduce a result: the package version, the link sets (with content hashes), the
 * strategy taxonomy and the options in force.
 *
 * @example
 * ```ts
 * const { manifest } = createMatcher().match(profile);
 * console.log(manifest.version, manifest.linkSets.map((s) => `${s.id}@${s.version} ${s.hash}`));
 * ```
 */
export interface MatchManifest {
  /** Always `@impsci/matcher`. */
  readonly package: "@impsci/matcher";
  /** The package version. */
  readonly version: string;
  /** The target taxonomy, with the content hash of the strategies the catalogue holds for it. */
  readonly target: { readonly taxonomy: string; readonly hash: string };
  /** Every link set the matcher holds, by id. */
  readonly linkSets: readonly ManifestLinkSet[];
  /** The options in force, defaults filled in, references canonical. */
  readonly options: ResolvedMatchOptions;
}

/**
 * Match options after validation: defaults filled in, strategy references canonical and sorted.
 *
 * @example
 * ```ts
 * const options: ResolvedMatchOptions = createMatcher().match(profile, { top: 5 }).manifest.options;
 * options.mode; // "weighted" (the default)
 * ```
 */
export interface ResolvedMatchOptions {
  /** The scoring mode. */
  readonly mode: "weighted" | "cumulative";
  /** The target taxonomy. */
  readonly target: string;
  /** How many recommendations at most (absent: every strategy with a positive score). */
  readonly top?: number;
  /** Only these strategies may be recommended. */
  readonly include?: readonly string[];
  /** These strategies are never recommended. */
  readonly exclude?: readonly string[];
  /** Strategies with a published feasibility below this are not recommended. */
  readonly minFeasibility?: number;
}

/**
 * The result of {@link Matcher.match}: ranked, explained recommendations, warnings and a manifest.
 *
 * @example
 * ```ts
 * const { recommendations, warnings, manifest } = createMatcher().match(profile, { top: 5 });
 * ```
 */
export interface MatchResult {
  /** The recommended strategies, best first. */
  readonly recommendations: readonly Recommendation[];
  /** What the reader should know about this result. */
  readonly warnings: readonly MatchWarning[];
  /** What it takes to reproduce the result. */
  readonly manifest: MatchManifest;
}
