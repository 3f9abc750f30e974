import type { PathInfo } from "./route";
import { round6 } from "./score";

/**
 * The paths of a route matrix by column (CSC at path level), each column's paths in the order a cumulative-mode
 * explanation lists them: weight (round6(100 x share)) descending, then the row element's id, then path order. A
 * cumulative explanation is then a filtered walk, with nothing to sort.
 */
export interface ColumnIndex {
  /** For column c, its paths are `pairEntry[colPtr[c]..colPtr[c + 1])` (entry index) with `pairPath` (path index). */
  readonly colPtr: Int32Array;
  readonly pairEntry: Int32Array;
  readonly pairPath: Int32Array;
  /** The row of each entry. */
  readonly entryRow: Int32Array;
  /** The most paths any entry has. */
  readonly maxPaths: number;
}

/** Builds the column index of a CSR route matrix. */
export function columnIndex(
  rowIds: readonly string[],
  rowPtr: readonly number[],
  col: readonly number[],
  entryPaths: readonly (readonly PathInfo[])[],
  columns: number,
): ColumnIndex {
  const entryRow = new Int32Array(col.length);
  for (let r = 0; r < rowIds.length; r++) entryRow.fill(r, rowPtr[r], rowPtr[r + 1]);
  const byColumn: { k: number; j: number; w: number; id: string }[][] = Array.from({ length: columns }, () => []);
  col.forEach((c, k) => {
    (entryPaths[k] ?? []).forEach((path, j) => {
      byColumn[c]?.push({ k, j, w: round6(100 * path.share), id: rowIds[entryRow[k] as number] as string });
    });
  });
  const colPtr = new Int32Array(columns + 1);
  const pairs = byColumn.flatMap((list, c) => {
    colPtr[c + 1] = (colPtr[c] as number) + list.length;
    return list.sort((a, b) => b.w - a.w || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || a.j - b.j);
  });
  return {
    colPtr,
    pairEntry: Int32Array.from(pairs, (p) => p.k),
    pairPath: Int32Array.from(pairs, (p) => p.j),
    entryRow,
    maxPaths: entryPaths.reduce((max, paths) => Math.max(max, paths.length), 1),
  };
}
