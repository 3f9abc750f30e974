import { lookupRef, type RefLookup, SchemeIndex } from "@impsci/determinants";
import type { Catalogue, StrategyFilter } from "../catalogue";
import { CatalogueError, type CatalogueErrorCode } from "../error";
import type { SearchOptions, StrategyHit } from "../search-strategies";
import type { Group, Strategy, Taxonomy } from "../strategy";
import { deepFreeze } from "./deep-freeze";
import { type IndexedStrategy, indexStrategy, matchesAllWords, prepareQuery, scoreStrategy } from "./search";

const DEFAULT_LIMIT = 10;

/** A group, shaped so the shared reference rules can resolve it. */
interface GroupRef {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly codes: readonly string[];
  readonly aliases: readonly string[];
  readonly group: Group;
}

const ERROR_CODES: Record<Exclude<RefLookup<Strategy>, { ok: true }>["code"], CatalogueErrorCode> = {
  "invalid-reference": "invalid-reference",
  "unknown-scheme": "unknown-taxonomy",
  "unknown-reference": "unknown-strategy",
  "ambiguous-reference": "ambiguous-strategy",
};

/**
 * Builds the catalogue object over taxonomies that have been validated already (fresh copies or frozen values:
 * they are deep-frozen here). Indexes are built once; search words on first search.
 */
export function buildCatalogue(input: readonly Taxonomy[]): Catalogue {
  const taxonomies: readonly Taxonomy[] = deepFreeze([...input]);
  const byId = new Map(taxonomies.map((t) => [t.id, t]));
  const strategyIndexes = new Map(taxonomies.map((t) => [t.id, new SchemeIndex(t.id, t.strategies)]));
  const allStrategies: readonly Strategy[] = Object.freeze(taxonomies.flatMap((t) => t.strategies));
  const groupRefs = new Map<string, GroupRef[]>();
  for (const group of taxonomies.flatMap((t) => t.groups)) {
    const scheme = group.id.slice(0, group.id.indexOf(":"));
    const list = groupRefs.get(scheme) ?? [];
    list.push({ id: group.id, key: group.key, name: group.name, codes: group.codes, aliases: [], group });
    groupRefs.set(scheme, list);
  }
  const groupIndexes = new Map([...groupRefs].map(([scheme, refs]) => [scheme, new SchemeIndex(scheme, refs)]));
  let searchIndex: readonly IndexedStrategy[] | undefined;
  const indexed = (): readonly IndexedStrategy[] => {
    searchIndex ??= allStrategies.map(indexStrategy);
    return searchIndex;
  };
  const known = taxonomies.map((t) => t.id).join(", ");

  const findTaxonomy = (id: string): Taxonomy | undefined =>
    typeof id === "string" ? byId.get(id.trim().toLowerCase()) : undefined;

  const getTaxonomy = (id: string): Taxonomy => {
    const taxonomy = findTaxonomy(id);
    if (taxonomy) return taxonomy;
    throw new CatalogueError("unknown-taxonomy", `Unknown taxonomy "${String(id)}": use one of ${known}.`);
  };

  const lookupStrategy = (ref: string): RefLookup<Strategy> => {
    if (typeof ref !== "string") {
      return {
        ok: false,
        code: "invalid-reference",
        message: `A reference must be text, not ${typeof ref}.`,
        candidates: [],
      };
    }
    const found = lookupRef(ref, strategyIndexes, "taxonomy");
    return found.ok || found.code !== "invalid-reference" ? found : withoutScheme(ref, found);
  };

  // A reference typed without its `taxonomy:` prefix: never resolved silently, but the message names what it
  // would have meant.
  const withoutScheme = (ref: string, failed: Exclude<RefLookup<Strategy>, { ok: true }>): RefLookup<Strategy> => {
    const exact: Strategy[] = [];
    const near: Strategy[] = [];
    for (const index of strategyIndexes.values()) {
      const resolution = index.resolve(ref);
      if (resolution.ok) exact.push(resolution.item);
      else near.push(...resolution.candidates.slice(0, 1));
    }
    const candidates = (exact.length > 0 ? exact : near).slice(0, 3);
    if (candidates.length === 0) return failed;
    const list = candidates.map((s) => `${s.id} (${s.name})`).join(", ");
    return {
      ok: false,
      code: "invalid-reference",
      message: `"${ref}" has no taxonomy prefix: write it as taxonomy:key. Did you mean ${list}?`,
      candidates,
    };
  };

  const getStrategy = (ref: string): Strategy => {
    const found = lookupStrategy(ref);
    if (found.ok) return found.item;
    throw new CatalogueError(ERROR_CODES[found.code], found.message);
  };

  const getGroup = (ref: string): Group => {
    const text = String(ref);
    const exact = [...groupIndexes.values()].flatMap((index) => index.items).find((g) => g.id === text.trim());
    if (exact) return exact.group;
    const found = lookupRef(text, groupIndexes, "group scheme");
    if (found.ok) return found.item.group;
    throw new CatalogueError("unknown-group", found.message);
  };

  const listStrategies = (filter: StrategyFilter = {}): readonly Strategy[] => {
    let list = filter.taxonomy === undefined ? allStrategies : getTaxonomy(filter.taxonomy).strategies;
    if (filter.group !== undefined) {
      const group = getGroup(filter.group);
      list = list.filter((s) => s.group === group.id);
    }
    if (filter.text !== undefined) {
      const query = prepareQuery(filter.text);
      if (query) {
        const keep = new Set(
          indexed()
            .filter((item) => matchesAllWords(query, item))
            .map((item) => item.strategy),
        );
        list = list.filter((s) => keep.has(s));
      }
    }
    return list === allStrategies ? list : Object.freeze([...list]);
  };

  const searchStrategies = (query: string, options: SearchOptions = {}): readonly StrategyHit[] => {
    const taxonomy = options.taxonomy === undefined ? undefined : getTaxonomy(options.taxonomy).id;
    const limit = options.limit ?? DEFAULT_LIMIT;
    const prepared = typeof query === "string" ? prepareQuery(query) : undefined;
    if (!prepared || !(limit > 0)) return Object.freeze([]);
    const hits: StrategyHit[] = [];
    for (const item of indexed()) {
      if (taxonomy !== undefined && item.strategy.taxonomy !== taxonomy) continue;
      const hit = scoreStrategy(prepared, item);
      if (hit) hits.push(hit);
    }
    // Array.prototype.sort is stable: equal scores keep the catalogue's order.
    hits.sort((a, b) => b.score - a.score);
    return deepFreeze(hits.slice(0, limit));
  };

  return Object.freeze({
    listTaxonomies: () => taxonomies,
    getTaxonomy,
    findTaxonomy,
    listStrategies,
    getStrategy,
    findStrategy: (ref: string) => {
      const found = lookupStrategy(ref);
      return found.ok ? found.item : undefined;
    },
    lookupStrategy,
    listGroups: (taxonomy: string) => getTaxonomy(taxonomy).groups,
    getGroup,
    searchStrategies,
  });
}
