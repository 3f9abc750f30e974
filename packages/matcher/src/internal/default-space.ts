import type { Catalogue } from "@impsci/catalogue";
import {
  type Element,
  listFrameworks,
  lookupElement,
  type Referable,
  type RefLookup,
  splitRef,
} from "@impsci/determinants";
import { contentHash } from "./canonical";
import type { Space, SpaceItem } from "./space";

const spaces = new WeakMap<Catalogue, Space>();

/** The space of the built-in frameworks and a catalogue's taxonomies, built once per catalogue. */
export function spaceOf(catalogue: Catalogue): Space {
  let space = spaces.get(catalogue);
  if (!space) {
    space = createSpace(catalogue);
    spaces.set(catalogue, space);
  }
  return space;
}

function fromElement(element: Element): SpaceItem {
  return {
    id: element.id,
    key: element.key,
    name: element.name,
    codes: element.codes,
    aliases: element.aliases,
    scheme: element.framework,
    parent: element.parent,
  };
}

function createSpace(catalogue: Catalogue): Space {
  const frameworks = listFrameworks();
  const frameworkIds = new Set(frameworks.map((f) => f.id));
  const taxonomyIds = catalogue
    .listTaxonomies()
    .map((t) => t.id)
    .filter((id) => !frameworkIds.has(id));
  const taxonomySet = new Set(taxonomyIds);
  const itemsByScheme = new Map<string, SpaceItem[]>();
  const byId = new Map<string, SpaceItem>();
  const children = new Map<string, string[]>();
  for (const framework of frameworks) {
    const items = framework.elements.map(fromElement);
    itemsByScheme.set(framework.id, items);
    for (const item of items) {
      byId.set(item.id, item);
      if (item.parent) children.set(item.parent, [...(children.get(item.parent) ?? []), item.id]);
    }
  }
  for (const taxonomy of taxonomyIds) {
    const items: SpaceItem[] = catalogue.listStrategies({ taxonomy }).map((s) => ({
      id: s.id,
      key: s.key,
      name: s.name,
      codes: s.codes,
      aliases: s.aliases,
      scheme: s.taxonomy,
      feasibility: s.feasibility,
    }));
    itemsByScheme.set(taxonomy, items);
    for (const item of items) byId.set(item.id, item);
  }
  const schemes = [...frameworkIds, ...taxonomyIds];
  const hashes = new Map<string, string>();
  return {
    kind: (scheme) => (frameworkIds.has(scheme) ? "framework" : taxonomySet.has(scheme) ? "taxonomy" : undefined),
    lookup(text): RefLookup<Referable> {
      const scheme = typeof text === "string" ? splitRef(text)?.scheme : undefined;
      if (scheme !== undefined && taxonomySet.has(scheme)) return catalogue.lookupStrategy(text);
      if (scheme === undefined || frameworkIds.has(scheme)) return lookupElement(text);
      return {
        ok: false,
        code: "unknown-scheme",
        message: `Unknown scheme "${scheme}" in "${text}": use a framework or taxonomy, one of ${schemes.join(", ")}.`,
        candidates: [],
      };
    },
    item: (id) => byId.get(id),
    items: (scheme) => itemsByScheme.get(scheme) ?? [],
    children: (id) => children.get(id) ?? [],
    schemes: () => schemes,
    taxonomyHash(taxonomy) {
      let hash = hashes.get(taxonomy);
      if (hash === undefined) {
        hash = contentHash(catalogue.listStrategies({ taxonomy }));
        hashes.set(taxonomy, hash);
      }
      return hash;
    },
  };
}
