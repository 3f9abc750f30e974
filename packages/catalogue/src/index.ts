export type { BuiltinStrategyId } from "./builtin-catalogue";
export { bctV1, bcw, bcwPolicy, builtinCatalogue, eric } from "./builtin-catalogue";
export type { Catalogue, CatalogueIssueCode, StrategyFilter } from "./catalogue";
export { createCatalogue, validateCatalogue } from "./catalogue";
export type { CatalogueErrorCode } from "./error";
export { CatalogueError, isCatalogueError } from "./error";
export type { CatalogueExtension, CatalogueExtensionInput } from "./extend-catalogue";
export {
  CatalogueExtensionSchema,
  CustomGroupSchema,
  CustomStrategySchema,
  CustomTaxonomySchema,
  extendCatalogue,
} from "./extend-catalogue";
export { findStrategy, getStrategy, lookupStrategy } from "./get-strategy";
export { getGroup, getTaxonomy, listGroups, listTaxonomies } from "./get-taxonomy";
export { listStrategies } from "./list-strategies";
export type { MatchField, SearchOptions, StrategyHit } from "./search-strategies";
export { searchStrategies } from "./search-strategies";
export type { Group, GroupInput, Strategy, StrategyInput, Taxonomy, TaxonomyInput } from "./strategy";
export { defineTaxonomy, GroupSchema, StrategySchema, TaxonomySchema } from "./strategy";
