export type { CatalogueErrorCode } from "./error";
export { CatalogueError, isCatalogueError } from "./error";
export type { Group, GroupInput, Strategy, StrategyInput, Taxonomy, TaxonomyInput } from "./strategy";
export { defineTaxonomy, GroupSchema, StrategySchema, TaxonomySchema } from "./strategy";
