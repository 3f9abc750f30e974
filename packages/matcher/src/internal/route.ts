import type { Evidence } from "../link-set";
import type { PathStep } from "../match-result";
import { type ColumnIndex, columnIndex } from "./column-index";
import type { CompiledSet } from "./compile-set";
import { expand, pathInfo, walk } from "./paths";
import { type SchemeRoute, schemeRoutes } from "./scheme-routes";
import type { Space, SpaceItem } from "./space";

/** One path from a row element to a target strategy, explained once at compile time. */
export interface PathInfo {
  /** Ids from the element to the strategy. */
  readonly path: readonly string[];
  /** Each hop. */
  readonly steps: readonly PathStep[];
  /** Product of the hops' shares. */
  readonly share: number;
  /** The link set of the last link. */
  readonly linkSet: string;
  /** Citations of the sets along the path. */
  readonly citation: string;
  /** Evidence state of the last link. */
  readonly evidence: Evidence | undefined;
  /** Ids of the `authored` link sets along the path. */
  readonly authored: readonly string[];
}

/** How a row element reaches the target, for warnings. */
export interface RowInfo {
  /** The element's canonical id. */
  readonly id: string;
  /** The chain of link sets its scheme uses. */
  readonly route: SchemeRoute;
  /** `own`: it has links in the first set; `parent` / `child`: it reached through its hierarchy; `none`: it reaches nothing. */
  readonly reach: "own" | "parent" | "child" | "none";
  /** The elements it went through when `reach` is `parent` or `child`. */
  readonly through: readonly string[];
}

/**
 * The compiled form for one target taxonomy: every framework element that can reach the target (rows) against
 * the target's strategies (columns), as a CSR matrix of summed path shares on typed arrays, with the paths
 * behind each entry kept aside for explanations. The scoring core reads only the typed arrays.
 */
export interface Route {
  readonly target: string;
  /** The target's strategies, in published order (column order). */
  readonly cols: readonly SpaceItem[];
  readonly colOf: ReadonlyMap<string, number>;
  /** For each column, the position of its id in ascending id order (the last tie-breaker). */
  readonly idRank: Int32Array;
  /** The columns in ascending id order (the inverse of `idRank`). */
  readonly idOrder: Int32Array;
  readonly rowOf: ReadonlyMap<string, number>;
  readonly rows: readonly RowInfo[];
  readonly rowPtr: Int32Array;
  readonly col: Int32Array;
  readonly share: Float64Array;
  /** The paths behind each stored entry (same index as `col` and `share`). */
  readonly entryPaths: readonly (readonly PathInfo[])[];
  /** The paths by column, in cumulative explanation order (see {@link ColumnIndex}). */
  readonly columns: ColumnIndex;
  /** The chain each scheme uses. */
  readonly schemes: ReadonlyMap<string, SchemeRoute>;
}

/** Compiles the route matrix for a target from the compiled link sets. */
export function buildRoute(space: Space, sets: readonly CompiledSet[], target: string): Route {
  const schemes = schemeRoutes(sets, target);
  const byId = new Map(sets.map((s) => [s.set.id, s]));
  const citations = new Map<string, { citation: string; authored: readonly string[] }>();
  const cols = space.items(target);
  const colOf = new Map(cols.map((item, index) => [item.id, index]));
  const idOrder = Int32Array.from(cols.keys()).sort((a, b) =>
    (cols[a]?.id ?? "") < (cols[b]?.id ?? "") ? -1 : (cols[a]?.id ?? "") > (cols[b]?.id ?? "") ? 1 : 0,
  );
  const idRank = new Int32Array(cols.length);
  idOrder.forEach((col, position) => {
    idRank[col] = position;
  });
  const rows: RowInfo[] = [];
  const rowPtr: number[] = [0];
  const colIdx: number[] = [];
  const shares: number[] = [];
  const entryPaths: PathInfo[][] = [];
  for (const scheme of space.schemes()) {
    const route = schemes.get(scheme);
    if (!route || space.kind(scheme) !== "framework") continue;
    for (const item of space.items(scheme)) {
      const first = route.sets[0];
      const reach = first ? expand(space, first, item.id) : { via: "none" as const, nodes: [] };
      const found = new Map<number, PathInfo[]>();
      walk(space, route.sets, 0, { node: item.id, steps: [], share: 1 }, (end) => {
        const col = colOf.get(end.node);
        if (col === undefined) return;
        const list = found.get(col) ?? [];
        list.push(pathInfo(item.id, end, byId, citations));
        found.set(col, list);
      });
      rows.push({
        id: item.id,
        route,
        reach: reach.via,
        through: reach.via === "own" ? [] : reach.nodes.map((n) => n.node),
      });
      for (const col of [...found.keys()].sort((a, b) => a - b)) {
        const paths = found.get(col) ?? [];
        colIdx.push(col);
        shares.push(paths.reduce((sum, p) => sum + p.share, 0));
        entryPaths.push(paths);
      }
      rowPtr.push(colIdx.length);
    }
  }
  return {
    target,
    cols,
    colOf,
    idRank,
    idOrder,
    rowOf: new Map(rows.map((row, index) => [row.id, index])),
    rows,
    rowPtr: Int32Array.from(rowPtr),
    col: Int32Array.from(colIdx),
    share: Float64Array.from(shares),
    entryPaths,
    columns: columnIndex(
      rows.map((row) => row.id),
      rowPtr,
      colIdx,
      entryPaths,
      cols.length,
    ),
    schemes,
  };
}
