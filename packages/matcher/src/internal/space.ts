import type { Referable, RefLookup } from "@impsci/determinants";

/** An element of a framework or a strategy of a taxonomy, as the engine sees it. */
export interface SpaceItem extends Referable {
  /** The scheme: a framework id or a taxonomy id. */
  readonly scheme: string;
  /** Frameworks only: the parent element's id. */
  readonly parent?: string | undefined;
  /** Taxonomies only: the published mean feasibility (1-5), where published. */
  readonly feasibility?: number | undefined;
}

/**
 * Everything the engine knows about the schemes a link set may name: the determinant frameworks of
 * `@impsci/determinants` and the taxonomies of a catalogue. The one place the engine reads those packages.
 */
export interface Space {
  /** Whether a scheme is a framework, a taxonomy of the catalogue, or unknown. */
  kind(scheme: string): "framework" | "taxonomy" | undefined;
  /** Resolves a full reference (`scheme:key`) by the identifier rules, in frameworks and taxonomies alike. */
  lookup(text: string): RefLookup<Referable>;
  /** The item with this canonical id. */
  item(id: string): SpaceItem | undefined;
  /** The items of a scheme, in published order. */
  items(scheme: string): readonly SpaceItem[];
  /** The direct children of a framework element, in published order. */
  children(id: string): readonly string[];
  /** The scheme ids: every framework, then every taxonomy. */
  schemes(): readonly string[];
  /** A content hash of a taxonomy's strategies (for manifests). */
  taxonomyHash(taxonomy: string): string;
}
