import { builtinCatalogue } from "./builtin-catalogue";
import type { Catalogue, StrategyFilter } from "./catalogue";
import type { Strategy } from "./strategy";

/**
 * The strategies of a catalogue (by default the built-in one), in catalogue order, optionally filtered by taxonomy,
 * group and free text.
 *
 * @param filter - `taxonomy` (id), `group` (reference) and `text` (every word must match); all that are given must hold.
 * @param catalogue - Where to look; the built-in catalogue when omitted.
 * @returns The strategies (a frozen array).
 * @throws {@link CatalogueError} `unknown-taxonomy` or `unknown-group` for a filter that names nothing.
 * @example
 * ```ts
 * listStrategies({ taxonomy: "eric" }).length; // 73
 * listStrategies({ group: "eric-cluster:engage-consumers" }).map((s) => s.number); // [37, 39, 41, 50, 69]
 * ```
 */
export function listStrategies(filter?: StrategyFilter, catalogue: Catalogue = builtinCatalogue): readonly Strategy[] {
  return catalogue.listStrategies(filter);
}
