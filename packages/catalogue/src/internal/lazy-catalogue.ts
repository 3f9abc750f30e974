import type { Catalogue } from "../catalogue";

/** A catalogue built on first use: importing the package stays cheap until a lookup or search needs the data. */
export function lazyCatalogue(build: () => Catalogue): Catalogue {
  let built: Catalogue | undefined;
  const get = (): Catalogue => {
    built ??= build();
    return built;
  };
  return Object.freeze({
    listTaxonomies: () => get().listTaxonomies(),
    getTaxonomy: (id: string) => get().getTaxonomy(id),
    findTaxonomy: (id: string) => get().findTaxonomy(id),
    listStrategies: (...args: Parameters<Catalogue["listStrategies"]>) => get().listStrategies(...args),
    getStrategy: (ref: string) => get().getStrategy(ref),
    findStrategy: (ref: string) => get().findStrategy(ref),
    lookupStrategy: (ref: string) => get().lookupStrategy(ref),
    listGroups: (taxonomy: string) => get().listGroups(taxonomy),
    getGroup: (ref: string) => get().getGroup(ref),
    searchStrategies: (...args: Parameters<Catalogue["searchStrategies"]>) => get().searchStrategies(...args),
  });
}
