import { builtinCatalogue } from "@impsci/catalogue";
import type { StrategyLookup } from "../validate-plan";

/** The built-in catalogue, unless the caller brings its own (e.g. one extended with the team's strategies). */
export const strategiesOf = (catalogue: StrategyLookup | undefined): StrategyLookup => catalogue ?? builtinCatalogue;
