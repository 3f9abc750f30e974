import { builtinCatalogue } from "./builtin-catalogue";
import type { Catalogue } from "./catalogue";
import type { Group, Taxonomy } from "./strategy";

/**
 * The taxonomies of a catalogue (by default the built-in one), in catalogue order.
 *
 * @param catalogue - Where to look; the built-in catalogue when omitted.
 * @returns The taxonomies (frozen), each with its citation, licence, coverage, groups and strategies.
 * @example
 * ```ts
 * listTaxonomies().map((t) => t.id); // ["eric", "bcw", "bcw-policy", "bct-v1"]
 * ```
 */
export function listTaxonomies(catalogue: Catalogue = builtinCatalogue): readonly Taxonomy[] {
  return catalogue.listTaxonomies();
}

/**
 * One taxonomy of a catalogue (by default the built-in one), by id (case-insensitive).
 *
 * @param id - The taxonomy id, e.g. `eric`.
 * @param catalogue - Where to look; the built-in catalogue when omitted.
 * @returns The taxonomy (frozen).
 * @throws {@link CatalogueError} `unknown-taxonomy`, naming the known ids.
 * @example
 * ```ts
 * getTaxonomy("eric").coverage.counts; // strategies 73/73, importance ratings 40/73, ...
 * ```
 */
export function getTaxonomy(id: string, catalogue: Catalogue = builtinCatalogue): Taxonomy {
  return catalogue.getTaxonomy(id);
}

/**
 * The groups of a taxonomy: the ERIC clusters (Waltz 2015), the BCT groups; none for the Behaviour Change Wheel.
 *
 * @param taxonomy - The taxonomy id, e.g. `eric`.
 * @param catalogue - Where to look; the built-in catalogue when omitted.
 * @returns The groups in published order (frozen).
 * @throws {@link CatalogueError} `unknown-taxonomy`.
 * @example
 * ```ts
 * listGroups("eric").map((g) => g.size); // [10, 4, 4, 17, 11, 5, 5, 9, 8]
 * ```
 */
export function listGroups(taxonomy: string, catalogue: Catalogue = builtinCatalogue): readonly Group[] {
  return catalogue.listGroups(taxonomy);
}

/**
 * The group a reference names: its id (`eric-cluster:engage-consumers`) or `scheme:` followed by its name.
 *
 * @param ref - E.g. `eric-cluster:Train and educate stakeholders`.
 * @param catalogue - Where to look; the built-in catalogue when omitted.
 * @returns The group (frozen).
 * @throws {@link CatalogueError} `unknown-group`, with the closest candidates.
 * @example
 * ```ts
 * getGroup(getStrategy("eric:5").group ?? "").name; // "Use evaluative and iterative strategies"
 * ```
 */
export function getGroup(ref: string, catalogue: Catalogue = builtinCatalogue): Group {
  return catalogue.getGroup(ref);
}
