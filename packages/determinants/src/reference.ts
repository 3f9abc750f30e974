import { distance } from "fastest-levenshtein";

/**
 * Anything a user can name with a reference: an element of a framework or a strategy of a taxonomy.
 *
 * @example
 * ```ts
 * const item: Referable = { id: "eric:promote-adaptability", key: "promote-adaptability", name: "Promote adaptability", codes: ["56"], aliases: [] };
 * ```
 */
export interface Referable {
  /** The qualified id, `scheme:key`. */
  readonly id: string;
  /** The key: the kebab-case slug of the published name (or the published code, for BCTs). */
  readonly key: string;
  /** The published name, verbatim. */
  readonly name: string;
  /** Published numbers and codes that name it (ERIC `56`, TDF `12`, CFIR `II.A`). */
  readonly codes?: readonly string[] | undefined;
  /** Other spellings met in cited sources, and old keys. */
  readonly aliases: readonly string[];
}

/**
 * The kebab-case slug of a published name: the rule every key follows.
 *
 * @param name - A published name.
 * @returns Lower case, `&` read as `and`, accents dropped, runs of anything else turned into one `-`.
 * @example
 * ```ts
 * slugify("Evidence Strength & Quality"); // "evidence-strength-and-quality"
 * ```
 */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Folds a name for comparison: case, accents, whitespace and punctuation dropped, `&` read as `and`.
 *
 * @param text - A name, alias or key as a user typed it.
 * @returns The folded form; two spellings that differ only in case or punctuation fold to the same text.
 * @example
 * ```ts
 * foldName("Use train-the-trainer strategies") === foldName("Use train the trainer strategies"); // true
 * ```
 */
export function foldName(text: string): string {
  return slugify(text).replace(/-/g, "");
}

/**
 * A reference split into its scheme and key part.
 *
 * @example
 * ```ts
 * const split: SplitRef | undefined = splitRef("TDF-v2: Knowledge"); // { scheme: "tdf-v2", key: "Knowledge" }
 * ```
 */
export interface SplitRef {
  /** The scheme, e.g. `eric` or `tdf-v2`, lower case. */
  readonly scheme: string;
  /** The rest, as typed (trimmed): a key, a code, a name or an alias. */
  readonly key: string;
}

/**
 * Splits `scheme:key` at its first colon.
 *
 * @param text - A reference as typed, e.g. `eric:Promote adaptability`.
 * @returns The scheme (lower case) and the key text, or `undefined` when there is no `scheme:` prefix.
 * @example
 * ```ts
 * splitRef("eric:Promote adaptability"); // { scheme: "eric", key: "Promote adaptability" }
 * ```
 */
export function splitRef(text: string): SplitRef | undefined {
  const match = /^\s*([A-Za-z][A-Za-z0-9.-]*)\s*:\s*(.*?)\s*$/s.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  return { scheme: match[1].toLowerCase(), key: match[2] };
}

/**
 * How a reference resolved in one scheme.
 *
 * @example
 * ```ts
 * const index = new SchemeIndex("tdf-v2", getFramework("tdf-v2").elements);
 * const resolution: Resolution<Element> = index.resolve("1");
 * if (resolution.ok) resolution.matchedBy; // "code" (TDF domain 1, Knowledge)
 * ```
 */
export type Resolution<T extends Referable> =
  | { readonly ok: true; readonly item: T; readonly matchedBy: "key" | "code" | "name" }
  | { readonly ok: false; readonly reason: "unknown" | "ambiguous"; readonly candidates: readonly T[] };

/**
 * An index over the items of one scheme that resolves references by the identifier rules: exact key (also
 * folded: keys are unique), then published number or code, then name or alias folded ({@link foldName}). Never guesses: an unknown or
 * ambiguous text returns the closest candidates instead.
 *
 * @example
 * ```ts
 * const index = new SchemeIndex("eric", strategies);
 * const found = index.resolve("Promote Adaptability");
 * if (found.ok) console.log(found.item.id); // "eric:promote-adaptability"
 * ```
 */
export class SchemeIndex<T extends Referable> {
  readonly #byKey = new Map<string, T>();
  readonly #byFoldedKey = new Map<string, T>();
  readonly #byCode = new Map<string, T[]>();
  readonly #byName = new Map<string, T[]>();
  readonly #items: readonly T[];

  /**
   * @param scheme - The scheme the items belong to, e.g. `eric`.
   * @param items - The items; keys must be unique.
   */
  constructor(
    readonly scheme: string,
    items: readonly T[],
  ) {
    this.#items = items;
    for (const item of items) {
      this.#byKey.set(item.key, item);
      this.#byFoldedKey.set(foldKey(item.key), item);
      for (const code of item.codes ?? []) pushTo(this.#byCode, code.trim().toLowerCase(), item);
      for (const name of new Set([item.name, ...item.aliases].map(foldName))) pushTo(this.#byName, name, item);
    }
  }

  /**
   * Resolves the key part of a reference.
   *
   * @param text - A key, a published code, a name or an alias.
   * @returns The item and how it matched, or why it did not, with the closest candidates.
   */
  resolve(text: string): Resolution<T> {
    const trimmed = text.trim();
    const exact = this.#byKey.get(trimmed);
    if (exact) return { ok: true, item: exact, matchedBy: "key" };
    // Keys are unique, so a key typed in another case or with other punctuation is never ambiguous.
    const folded = this.#byFoldedKey.get(foldKey(trimmed));
    if (folded) return { ok: true, item: folded, matchedBy: "key" };
    for (const [matchedBy, map, probe] of [
      ["code", this.#byCode, trimmed.toLowerCase()],
      ["name", this.#byName, foldName(trimmed)],
    ] as const) {
      const hits = map.get(probe);
      if (hits && hits.length === 1 && hits[0]) return { ok: true, item: hits[0], matchedBy };
      if (hits && hits.length > 1) return { ok: false, reason: "ambiguous", candidates: hits };
    }
    return { ok: false, reason: "unknown", candidates: this.closest(trimmed) };
  }

  /**
   * The items whose key, name or alias is nearest to a text (edit distance on folded forms, and containment).
   *
   * @param text - What the user typed.
   * @param limit - How many to return at most.
   * @returns Up to `limit` items, nearest first, none that is far off.
   */
  closest(text: string, limit = 3): T[] {
    const probe = foldName(text);
    if (probe === "") return [];
    const scored: { item: T; score: number; order: number }[] = [];
    this.#items.forEach((item, order) => {
      let best = Number.POSITIVE_INFINITY;
      for (const name of [item.name, item.key, ...item.aliases]) {
        const folded = foldName(name);
        const longer = Math.max(probe.length, folded.length, 1);
        const gap = Math.abs(folded.length - probe.length);
        // The edit distance is at least the gap in length: past the cut-off it is not computed (a pasted paragraph
        // would otherwise cost time in proportion to its length, for every item).
        const d =
          folded.includes(probe) || probe.includes(folded)
            ? gap * 0.1
            : gap / longer > CLOSE
              ? Number.POSITIVE_INFINITY
              : distance(probe, folded);
        best = Math.min(best, d / longer);
      }
      if (best <= CLOSE) scored.push({ item, score: best, order });
    });
    scored.sort((a, b) => a.score - b.score || a.order - b.order);
    return scored.slice(0, limit).map((entry) => entry.item);
  }

  /** All items, in their dataset order. */
  get items(): readonly T[] {
    return this.#items;
  }
}

/** How far (edit distance over length, on folded forms) a candidate may be from the text and still be offered. */
const CLOSE = 0.45;

/** A key typed in another case or with spaces for hyphens; dots and digits stay as they are (`11` is not `1.1`). */
function foldKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [item]);
  else if (!list.includes(item)) list.push(item);
}

/**
 * A plain sentence for a reference that did not resolve, naming the value, the scheme and the closest
 * candidates.
 *
 * @param scheme - The scheme the reference named.
 * @param text - The key part as typed.
 * @param resolution - The failed resolution.
 * @returns E.g. `Unknown eric reference "Promot adaptabilty". Did you mean eric:promote-adaptability (Promote adaptability)?`
 * @example
 * ```ts
 * const r = index.resolve("Promot adaptabilty");
 * if (!r.ok) console.error(describeUnresolved("eric", "Promot adaptabilty", r));
 * ```
 */
export function describeUnresolved<T extends Referable>(
  scheme: string,
  text: string,
  resolution: Extract<Resolution<T>, { ok: false }>,
): string {
  const list = resolution.candidates.map((c) => `${c.id} (${c.name})`).join(", ");
  if (resolution.reason === "ambiguous") {
    return `The ${scheme} reference "${text}" is ambiguous: it names ${list}. Use the full key.`;
  }
  return list === ""
    ? `Unknown ${scheme} reference "${text}": no key, code, name or alias matches. List the scheme's elements to find the right one.`
    : `Unknown ${scheme} reference "${text}". Did you mean ${list}?`;
}

/**
 * Why a reference did not resolve.
 *
 * @example
 * ```ts
 * const found = lookupElement("tdf-v3:knowledge");
 * if (!found.ok) {
 *   const code: RefErrorCode = found.code; // "unknown-scheme"
 * }
 * ```
 */
export type RefErrorCode = "invalid-reference" | "unknown-scheme" | "unknown-reference" | "ambiguous-reference";

/**
 * The non-throwing result of looking up a full `scheme:key` reference across several schemes.
 *
 * @example
 * ```ts
 * const found: RefLookup<Element> = lookupElement("com-b:C-Ps");
 * if (found.ok) found.item.id; // "com-b:psychological-capability"
 * ```
 */
export type RefLookup<T extends Referable> =
  | { readonly ok: true; readonly item: T }
  | { readonly ok: false; readonly code: RefErrorCode; readonly message: string; readonly candidates: readonly T[] };

/**
 * Looks up a full reference (`scheme:key`) in a set of scheme indexes, following the identifier rules; never
 * throws. The one place where a typed reference becomes an item, shared by frameworks, catalogues and link sets.
 *
 * @param text - The reference as typed, e.g. `tdf-v2:Knowledge` or `eric:56`.
 * @param indexes - One index per scheme, keyed by scheme id.
 * @param what - What the schemes hold, for messages (`framework`, `taxonomy`).
 * @returns The item, or a code, a plain message naming the value and the closest candidates.
 * @example
 * ```ts
 * const found = lookupRef("eric:Promote adaptability", new Map([["eric", ericIndex]]), "taxonomy");
 * if (!found.ok) console.error(found.message);
 * ```
 */
export function lookupRef<T extends Referable>(
  text: string,
  indexes: ReadonlyMap<string, SchemeIndex<T>>,
  what: string,
): RefLookup<T> {
  const known = [...indexes.keys()].join(", ");
  const split = splitRef(text);
  if (!split) {
    return {
      ok: false,
      code: "invalid-reference",
      message: `"${text}" is not a reference: write it as scheme:key, e.g. ${[...indexes.keys()][0] ?? "eric"}:some-key (known ${what}s: ${known}).`,
      candidates: [],
    };
  }
  const index = indexes.get(split.scheme);
  if (!index) {
    return {
      ok: false,
      code: "unknown-scheme",
      message: `Unknown ${what} "${split.scheme}" in "${text}": use one of ${known}.`,
      candidates: [],
    };
  }
  const resolution = index.resolve(split.key);
  if (resolution.ok) return { ok: true, item: resolution.item };
  return {
    ok: false,
    code: resolution.reason === "ambiguous" ? "ambiguous-reference" : "unknown-reference",
    message: describeUnresolved(split.scheme, split.key, resolution),
    candidates: resolution.candidates,
  };
}
