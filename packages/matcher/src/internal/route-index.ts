import type { Route } from "./route";
import { LEVEL1, LEVEL2 } from "./score";

// The same thresholds as the scoring core (shares compared with a tolerance).
const EPS = 1e-9;
const L1 = LEVEL1 - EPS;
const L2 = LEVEL2 - EPS;

/** A dense (row, column) table is built only up to this many cells (4 bytes each). */
const MAX_CELLS = 1 << 21;

/**
 * Lookups over a route matrix that let a match touch only what a profile names, built once per route:
 * - `at`: the stored entry at (row, column), -1 when there is none (absent for routes too large to tabulate);
 * - `level`: per stored entry, 1 (a share of at least 50 %), 2 (20-49 %) or 0, as the scoring core counts levels;
 * - `levelAt`: the level at (row, column), 0 where there is no entry (absent when `at` is);
 * - `pairAt`: at (row, column), the position in the column index of the entry's one path, -2 when the entry has
 *   several paths, -1 where there is no entry (absent when `at` is);
 * - `pathStart` / `pairQ`: the position, in the column index, of each path of each stored entry
 *   (`pairQ[pathStart[k] + j]` for path `j` of entry `k`);
 * - `colPtr` / `colRow` / `colLevel`: the stored entries column by column (CSC), each with its row and level.
 */
export interface RouteIndex {
  readonly at: Int32Array | undefined;
  readonly level: Uint8Array;
  readonly levelAt: Uint8Array | undefined;
  readonly pairAt: Int32Array | undefined;
  readonly pathStart: Int32Array;
  readonly pairQ: Int32Array;
  readonly colPtr: Int32Array;
  readonly colRow: Int32Array;
  readonly colLevel: Uint8Array;
}

const indexes = new WeakMap<Route, RouteIndex>();

/** The {@link RouteIndex} of a route (built on first use, then cached). */
export function routeIndex(route: Route): RouteIndex {
  let found = indexes.get(route);
  if (found) return found;
  const { rowPtr, col, share, entryPaths } = route;
  const n = route.cols.length;
  const rows = route.rows.length;
  const entries = col.length;
  const level = new Uint8Array(entries);
  for (let k = 0; k < entries; k++) {
    const s = share[k] as number;
    level[k] = s >= L1 ? 1 : s >= L2 ? 2 : 0;
  }
  let at: Int32Array | undefined;
  let levelAt: Uint8Array | undefined;
  if (rows * n <= MAX_CELLS) {
    at = new Int32Array(rows * n).fill(-1);
    levelAt = new Uint8Array(rows * n);
    for (let r = 0; r < rows; r++) {
      for (let k = rowPtr[r] as number; k < (rowPtr[r + 1] as number); k++) {
        at[r * n + (col[k] as number)] = k;
        levelAt[r * n + (col[k] as number)] = level[k] as number;
      }
    }
  }
  const pathStart = new Int32Array(entries + 1);
  for (let k = 0; k < entries; k++) pathStart[k + 1] = (pathStart[k] as number) + (entryPaths[k]?.length ?? 0);
  const pairQ = new Int32Array(pathStart[entries] as number);
  const { pairEntry, pairPath } = route.columns;
  for (let q = 0; q < pairEntry.length; q++) {
    pairQ[(pathStart[pairEntry[q] as number] as number) + (pairPath[q] as number)] = q;
  }
  const colPtr = new Int32Array(n + 1);
  for (let k = 0; k < entries; k++) colPtr[(col[k] as number) + 1] = (colPtr[(col[k] as number) + 1] as number) + 1;
  for (let c = 0; c < n; c++) colPtr[c + 1] = (colPtr[c + 1] as number) + (colPtr[c] as number);
  const fill = colPtr.slice(0, n);
  const colRow = new Int32Array(entries);
  const colLevel = new Uint8Array(entries);
  for (let r = 0; r < rows; r++) {
    for (let k = rowPtr[r] as number; k < (rowPtr[r + 1] as number); k++) {
      const c = col[k] as number;
      const to = fill[c] as number;
      fill[c] = to + 1;
      colRow[to] = r;
      colLevel[to] = level[k] as number;
    }
  }
  let pairAt: Int32Array | undefined;
  if (at !== undefined) {
    pairAt = new Int32Array(rows * n).fill(-1);
    for (let cell = 0; cell < at.length; cell++) {
      const k = at[cell] as number;
      if (k < 0) continue;
      const from = pathStart[k] as number;
      pairAt[cell] = (pathStart[k + 1] as number) - from === 1 ? (pairQ[from] as number) : -2;
    }
  }
  found = { at, level, levelAt, pairAt, pathStart, pairQ, colPtr, colRow, colLevel };
  indexes.set(route, found);
  return found;
}
