import { builtinCatalogue } from "./builtin-catalogue";
import type { Catalogue } from "./catalogue";
import type { Strategy } from "./strategy";

/**
 * The fields a search hit can match on, from the strongest to the weakest.
 *
 * @example
 * ```ts
 * const fields: readonly MatchField[] = searchStrategies("champion")[0]?.matchedOn ?? [];
 * fields.includes("name"); // true
 * ```
 */
export type MatchField = "name" | "alias" | "plainLabel" | "definition";

/**
 * One search result: the strategy, how well it matched (0-1, higher is better) and on which fields.
 *
 * @example
 * ```ts
 * const [hit] = searchStrategies("audit feedback");
 * hit?.matchedOn; // ["name", "plainLabel", "definition"]
 * ```
 */
export interface StrategyHit {
  /** The strategy found. */
  readonly strategy: Strategy;
  /** How well it matched, from 0 (barely) to 1 (the query is the name): name hits rank above alias, plain-label and definition hits. */
  readonly score: number;
  /** The fields that matched at least one word of the query, strongest first. */
  readonly matchedOn: readonly MatchField[];
}

/**
 * Options of {@link searchStrategies}.
 *
 * @example
 * ```ts
 * searchStrategies("training", { taxonomy: "eric", limit: 5 });
 * ```
 */
export interface SearchOptions {
  /** Only strategies of this taxonomy (id, e.g. `eric`); an unknown id throws `unknown-taxonomy`. */
  readonly taxonomy?: string | undefined;
  /** At most this many hits (default 10); `Infinity` for all, 0 or less for none. */
  readonly limit?: number | undefined;
}

/**
 * Searches the strategies of a catalogue (by default the built-in one) for free text, as a practitioner types it.
 * Matching is by word, folded like references (case, accents and punctuation ignored, `&` read as `and`), tolerant
 * of plurals and word endings; hits on the name rank above hits on an alias, above the plain label, above the
 * definition. Never throws on any query text.
 *
 * @param query - What the user typed, e.g. `champion` or `audit feedback`.
 * @param options - `taxonomy` to search one taxonomy, `limit` on the number of hits (default 10).
 * @param catalogue - The catalogue to search; the built-in one when omitted.
 * @returns The hits, best first; ties keep the catalogue's order.
 * @example
 * ```ts
 * searchStrategies("champion")[0]?.strategy.name; // "Identify and prepare champions"
 * searchStrategies("audit feedback")[0]?.strategy.id; // "eric:audit-and-provide-feedback"
 * ```
 */
export function searchStrategies(
  query: string,
  options?: SearchOptions,
  catalogue: Catalogue = builtinCatalogue,
): readonly StrategyHit[] {
  return catalogue.searchStrategies(query, options);
}
