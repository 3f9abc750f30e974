import { getCrosswalk } from "@impsci/determinants";
import { bcwEric } from "./data/bcw-eric";
import { cfirEric2019 } from "./data/cfir-eric-2019";
import { comBBcw2011 } from "./data/com-b-bcw-2011";
import { TDF_COM_B_CROSSWALK, tdfComBFrom } from "./data/tdf-com-b";
import { MatcherError } from "./error";
import { deepFreeze } from "./internal/deep-freeze";
import { type LinkSet, LinkSetSchema } from "./link-set";

/**
 * The id of a built-in link set.
 *
 * @example
 * ```ts
 * const id: LinkSetId = "cfir-eric-2019";
 * getLinkSet(id).basis; // "expert-survey"
 * ```
 */
export type LinkSetId = "cfir-eric-2019" | "tdf-com-b" | "com-b-bcw-2011" | "bcw-eric";

const ORDER: readonly LinkSetId[] = ["cfir-eric-2019", "tdf-com-b", "com-b-bcw-2011", "bcw-eric"];

let builtins: ReadonlyMap<string, LinkSet> | undefined;

function all(): ReadonlyMap<string, LinkSet> {
  builtins ??= new Map(
    [cfirEric2019, tdfComBFrom(getCrosswalk(TDF_COM_B_CROSSWALK)), comBBcw2011, bcwEric].map((input) => {
      const set = deepFreeze(LinkSetSchema.parse(input));
      return [set.id, set] as const;
    }),
  );
  return builtins;
}

/**
 * Lists the built-in link sets: `cfir-eric-2019` (the CFIR-ERIC route, expert survey), then `tdf-com-b`,
 * `com-b-bcw-2011` (theory) and `bcw-eric` (authored by this project), which together make the StrategEase route
 * `tdf-v2 -> com-b -> bcw -> eric`.
 *
 * @returns The sets, parsed and frozen, in that order.
 * @example
 * ```ts
 * listLinkSets().map((s) => `${s.id}: ${s.from} -> ${s.to} (${s.basis})`);
 * // ["cfir-eric-2019: cfir-2009 -> eric (expert-survey)", "tdf-com-b: tdf-v2 -> com-b (theory)", ...]
 * ```
 */
export function listLinkSets(): readonly LinkSet[] {
  const sets = all();
  return ORDER.map((id) => sets.get(id) as LinkSet);
}

/**
 * Finds a built-in link set by id.
 *
 * @param id - A link set id, e.g. `bcw-eric`.
 * @returns The set, frozen, or `undefined` when there is none with that id.
 * @example
 * ```ts
 * findLinkSet("cfir-eric-2022"); // undefined
 * ```
 */
export function findLinkSet(id: string): LinkSet | undefined {
  return typeof id === "string" ? all().get(id.trim().toLowerCase()) : undefined;
}

/**
 * Gets a built-in link set by id.
 *
 * @param id - A link set id: `cfir-eric-2019`, `tdf-com-b`, `com-b-bcw-2011` or `bcw-eric`.
 * @returns The set, frozen.
 * @throws {@link MatcherError} with code `unknown-link-set`, naming the known ids.
 * @example
 * ```ts
 * getLinkSet("com-b-bcw-2011").links.length; // 21
 * ```
 */
export function getLinkSet(id: LinkSetId | (string & {})): LinkSet {
  const set = findLinkSet(id);
  if (set) return set;
  throw new MatcherError("unknown-link-set", `Unknown link set "${String(id)}": use one of ${ORDER.join(", ")}.`);
}
