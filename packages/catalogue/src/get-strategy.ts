import type { RefLookup } from "@impsci/determinants";
import { builtinCatalogue } from "./builtin-catalogue";
import type { Catalogue } from "./catalogue";
import type { Strategy } from "./strategy";

/**
 * The strategy a reference names. A reference is `taxonomy:key`, where the key part may also be the published
 * number or code, the name or any alias, compared case-insensitively with punctuation folded and `&` read as `and`.
 *
 * @param ref - E.g. `eric:audit-and-provide-feedback`, `eric:5`, `eric:Use an implementation adviser`, `bcw:IF1`.
 * @param catalogue - Where to look; the built-in catalogue when omitted.
 * @returns The strategy (frozen).
 * @throws {@link CatalogueError} `invalid-reference` (no `taxonomy:` prefix), `unknown-taxonomy`,
 *   `unknown-strategy` or `ambiguous-strategy`, with the closest candidates in the message.
 * @example
 * ```ts
 * getStrategy("eric:56").name; // "Purposely reexamine the implementation"
 * getStrategy("eric:Use an implementation adviser").id; // "eric:use-an-implementation-advisor"
 * ```
 */
export function getStrategy(ref: string, catalogue: Catalogue = builtinCatalogue): Strategy {
  return catalogue.getStrategy(ref);
}

/**
 * The strategy a reference names, or `undefined` when it names none (or several): {@link getStrategy} without the throw.
 *
 * @param ref - A reference, as for {@link getStrategy}.
 * @param catalogue - Where to look; the built-in catalogue when omitted.
 * @returns The strategy, or `undefined`.
 * @example
 * ```ts
 * findStrategy("eric:no-such-strategy"); // undefined
 * ```
 */
export function findStrategy(ref: string, catalogue: Catalogue = builtinCatalogue): Strategy | undefined {
  return catalogue.findStrategy(ref);
}

/**
 * Resolves a reference without ever throwing, for code that collects every problem of an input before reporting
 * (link-set imports, plans): the strategy, or a code, a plain message and the closest candidates.
 *
 * @param ref - A reference, as for {@link getStrategy}; any text is accepted.
 * @param catalogue - Where to look; the built-in catalogue when omitted.
 * @returns `{ ok: true, item }` or `{ ok: false, code, message, candidates }`.
 * @example
 * ```ts
 * const found = lookupStrategy("eric:Promot adaptabilty");
 * if (!found.ok) console.log(found.message); // Unknown eric reference "Promot adaptabilty". Did you mean eric:promote-adaptability (Promote adaptability)?
 * ```
 */
export function lookupStrategy(ref: string, catalogue: Catalogue = builtinCatalogue): RefLookup<Strategy> {
  return catalogue.lookupStrategy(ref);
}
