import { slugify } from "@impsci/determinants";
import type { MatchField, StrategyHit } from "../search-strategies";
import type { Strategy } from "../strategy";

// Token-based ranking of strategies for a free-text query. Text is folded the way references are (case, accents and
// punctuation dropped, `&` read as `and`), then split into words; a query word matches a word of a field when they
// are equal up to a plural `s`, when the query word starts it (typing in progress), or when both share a long stem
// ("training" / "train", "educational" / "education").

const STOP_WORDS = new Set(["a", "an", "and", "the", "of", "to", "for", "in", "on", "or", "with", "by", "at", "from"]);

/** The weight of a hit on each field: a name hit ranks above an alias hit, above a plain-label hit, above a definition hit. */
const WEIGHTS: Record<MatchField, number> = { name: 4, alias: 3, plainLabel: 2, definition: 1 };
const FIELDS: readonly MatchField[] = ["name", "alias", "plainLabel", "definition"];
const PHRASE_BONUS = 1;
const SPREAD_BONUS = 0.05;
const FOCUS_BONUS = 0.3;
const MAX_RAW = WEIGHTS.name + PHRASE_BONUS + FOCUS_BONUS + SPREAD_BONUS * FIELDS.length;

/** The words of a text, folded. */
function words(text: string): string[] {
  return slugify(text).split("-").filter(Boolean);
}

/** A query ready to match: its meaningful words and its folded phrase. */
export interface Query {
  readonly words: readonly string[];
  readonly phrase: string;
}

/** Prepares a query; `undefined` when it holds no word at all. */
export function prepareQuery(text: string): Query | undefined {
  const all = words(text);
  if (all.length === 0) return undefined;
  const meaningful = all.filter((word) => !STOP_WORDS.has(word));
  return { words: [...new Set(meaningful.length > 0 ? meaningful : all)], phrase: phraseOf(all) };
}

function stem(word: string): string {
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

function wordScore(query: string, field: string): number {
  const q = stem(query);
  const f = stem(field);
  if (q === f) return 1;
  if (q.length >= 4 && f.startsWith(q)) return 0.8;
  let common = 0;
  while (common < q.length && common < f.length && q[common] === f[common]) common++;
  return common >= 5 && common >= 0.75 * Math.min(q.length, f.length) ? 0.7 : 0;
}

/** How much of the query one text covers: 0 (no word) to 1 (every word matched exactly). */
function coverage(query: Query, text: IndexedText): number {
  let total = 0;
  for (const q of query.words) {
    let best = 0;
    for (const f of text.words) best = Math.max(best, wordScore(q, f));
    total += best;
  }
  return total / query.words.length;
}

/** How much of a text's meaningful words the query matches: 0 to 1. */
function focus(query: Query, text: IndexedText): number {
  const meaningful = text.words.filter((word) => !STOP_WORDS.has(word));
  if (meaningful.length === 0) return 0;
  const matched = meaningful.filter((f) => query.words.some((q) => wordScore(q, f) > 0)).length;
  return matched / meaningful.length;
}

interface IndexedText {
  readonly words: readonly string[];
  readonly phrase: string;
}

function indexText(text: string): IndexedText {
  const w = words(text);
  return { words: w, phrase: phraseOf(w) };
}

/** The words joined with spaces, each up to its plural `s`, padded so that a search finds whole words only. */
function phraseOf(all: readonly string[]): string {
  return ` ${all.map(stem).join(" ")} `;
}

/** A strategy with its fields split into words once, for repeated searches. */
export interface IndexedStrategy {
  readonly strategy: Strategy;
  readonly name: IndexedText;
  readonly aliases: readonly IndexedText[];
  readonly plainLabel: IndexedText;
  readonly definition: IndexedText;
}

/** Splits a strategy's searchable fields into words. */
export function indexStrategy(strategy: Strategy): IndexedStrategy {
  return {
    strategy,
    name: indexText(strategy.name),
    aliases: strategy.aliases.map(indexText),
    plainLabel: indexText(strategy.plainLabel),
    definition: indexText(strategy.definition),
  };
}

/** Scores one strategy against a query; `undefined` when no word matches anywhere. */
export function scoreStrategy(query: Query, item: IndexedStrategy): StrategyHit | undefined {
  const cover: Record<MatchField, number> = {
    name: coverage(query, item.name),
    alias: Math.max(0, ...item.aliases.map((alias) => coverage(query, alias))),
    plainLabel: coverage(query, item.plainLabel),
    definition: coverage(query, item.definition),
  };
  const matchedOn = FIELDS.filter((field) => cover[field] > 0);
  if (matchedOn.length === 0) return undefined;
  let raw = Math.max(...FIELDS.map((field) => WEIGHTS[field] * cover[field]));
  if (item.name.phrase.includes(query.phrase)) raw += PHRASE_BONUS;
  else if (item.aliases.some((alias) => alias.phrase.includes(query.phrase))) raw += PHRASE_BONUS * 0.75;
  for (const field of FIELDS) raw += SPREAD_BONUS * cover[field];
  // Among names that hold the query, the one the query covers best (the most focused) comes first.
  raw += FOCUS_BONUS * focus(query, item.name);
  return { strategy: item.strategy, score: Math.round((raw / MAX_RAW) * 1e6) / 1e6, matchedOn };
}

/** Whether every word of the query matches somewhere in the strategy (name, aliases, plain label or definition). */
export function matchesAllWords(query: Query, item: IndexedStrategy): boolean {
  const texts = [item.name, ...item.aliases, item.plainLabel, item.definition];
  return query.words.every((q) => texts.some((text) => text.words.some((f) => wordScore(q, f) > 0)));
}
