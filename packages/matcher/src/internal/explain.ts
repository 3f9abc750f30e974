import type { Contribution, Recommendation } from "../match-result";
import { contribution, type Explainer, explainerOf, keyOf } from "./contribution-cache";
import { orderContributions } from "./order-contributions";
import type { CompiledProfile, ScoringEntry } from "./profile-vector";
import type { Route } from "./route";
import { type RouteIndex, routeIndex } from "./route-index";
import type { ScoreBuffers } from "./score";

// Strategy references per route column, built once.
const strategyRefs = new WeakMap<Route, readonly { readonly id: string; readonly name: string }[]>();

function strategyRefsOf(route: Route): readonly { readonly id: string; readonly name: string }[] {
  let refs = strategyRefs.get(route);
  if (!refs) {
    refs = route.cols.map((item) => Object.freeze({ id: item.id, name: item.name }));
    strategyRefs.set(route, refs);
  }
  return refs;
}

// Scratch, grown as needed (explanations are built synchronously, one call at a time).
let nextOf = new Int32Array(64);
let keyOf64 = new Float64Array(64);
let cellOf = new Int32Array(64);
let seqs = new Float64Array(256);
let buffer: (Contribution | undefined)[] = [];
// A column's looked-up paths: position in the column and entry.
let atQ = new Int32Array(64);
let atE = new Int32Array(64);

/**
 * A column's contributions when the profile is small beside the column: each entry's cell looked up, and its paths
 * put in the order a walk down the column gives (column-index position, then entry); `seqs` receives their canonical
 * positions for {@link order}.
 */
function looked(
  x: Explainer,
  index: RouteIndex,
  c: number,
  entries: readonly ScoringEntry[],
  entryKey: Float64Array,
  mode: "weighted" | "cumulative",
  pairPath: Int32Array,
  maxPaths: number,
): Contribution[] {
  const { pathStart, pairQ } = index;
  const table = index.at as Int32Array;
  const cells = cellOf;
  const count = entries.length;
  const weighted = mode === "weighted";
  let found = 0;
  for (let e = 0; e < count; e++) {
    const k = table[(cells[e] as number) + c] as number;
    if (k < 0) continue;
    const to = pathStart[k + 1] as number;
    for (let p = pathStart[k] as number; p < to; p++) {
      if (atQ.length <= found) growPairs(found);
      const q = pairQ[p] as number;
      // Kept in the walk's order as they come: by position in the column (entries come in order already).
      let i = found++;
      if (!weighted) {
        while (i > 0 && (atQ[i - 1] as number) > q) {
          atQ[i] = atQ[i - 1] as number;
          atE[i] = atE[i - 1] as number;
          i--;
        }
      }
      atQ[i] = q;
      atE[i] = e;
    }
  }
  if (seqs.length < found) seqs = new Float64Array(found * 2);
  if (buffer.length < found) buffer = new Array(found * 2).fill(undefined);
  const { lastKey, last } = x;
  for (let i = 0; i < found; i++) {
    const q = atQ[i] as number;
    const e = atE[i] as number;
    const key = entryKey[e] as number;
    buffer[i] =
      lastKey[q] === key ? (last[q] as Contribution) : contribution(x, q, entries[e] as ScoringEntry, key, mode);
    if (weighted) seqs[i] = e * maxPaths + (pairPath[q] as number);
  }
  // A packed copy: V8 freezes it faster than an array made with a length.
  return buffer.slice(0, found) as Contribution[];
}

function growPairs(size: number): void {
  const q = new Int32Array(size * 2 + 16);
  const e = new Int32Array(size * 2 + 16);
  q.set(atQ);
  e.set(atE);
  atQ = q;
  atE = e;
}

/**
 * Builds the explained recommendations for the ranked columns: every path of every scoring determinant that
 * reaches a recommended strategy becomes a contribution, largest first (equal ones by determinant id, then path
 * order). Works column by column (CSC), so it touches only the recommended strategies; the column index already
 * lists cumulative contributions in order, weighted ones are sorted once per strategy. Everything returned is frozen.
 */
export function explain(
  route: Route,
  profile: CompiledProfile,
  ranked: Int32Array,
  scores: Float64Array,
  out: ScoreBuffers,
  mode: "weighted" | "cumulative",
): Recommendation[] {
  const { entries } = profile;
  const { colPtr, pairPath, maxPaths } = route.columns;
  const x = explainerOf(route);
  const refs = strategyRefsOf(route);
  const index = routeIndex(route);
  const n = route.cols.length;
  const { first, row, lastKey, last } = x;
  const weighted = mode === "weighted";
  // The profile's entries per row (an element may be both a barrier and a facilitator: a short chain).
  if (nextOf.length < entries.length) {
    nextOf = new Int32Array(entries.length * 2);
    keyOf64 = new Float64Array(entries.length * 2);
    cellOf = new Int32Array(entries.length * 2);
  }
  const next = nextOf;
  const entryKey = keyOf64;
  let perRow = 1; // the most entries a row has: 2 when an element is both a barrier and a facilitator
  for (let e = entries.length - 1; e >= 0; e--) {
    const entry = entries[e] as ScoringEntry;
    const after = first[entry.row] as number;
    if (after >= 0) perRow = 2;
    next[e] = after;
    first[entry.row] = e;
    entryKey[e] = keyOf(entry);
    cellOf[e] = entry.row * n; // where the entry's row starts in the (row, column) table
  }
  const span = entries.length * maxPaths;
  const recommendations: Recommendation[] = new Array(ranked.length);
  for (let place = 0; place < ranked.length; place++) {
    const c = ranked[place] as number;
    const start = colPtr[c] as number;
    const end = colPtr[c + 1] as number;
    let made: Contribution[];
    if (index.at !== undefined && entries.length * 2 < end - start) {
      made = looked(x, index, c, entries, entryKey, mode, pairPath, maxPaths);
    } else {
      // Walk the column: its paths in cumulative order, each with the profile's entries at its row.
      const most = (end - start) * perRow;
      if (buffer.length < most) buffer = new Array(most * 2).fill(undefined);
      if (weighted && seqs.length < most) seqs = new Float64Array(most * 2);
      let i = 0;
      for (let q = start; q < end; q++) {
        for (let e = first[row[q] as number] as number; e >= 0; e = next[e] as number) {
          const key = entryKey[e] as number;
          buffer[i] =
            lastKey[q] === key ? (last[q] as Contribution) : contribution(x, q, entries[e] as ScoringEntry, key, mode);
          if (weighted) seqs[i] = e * maxPaths + (pairPath[q] as number);
          i++;
        }
      }
      made = buffer.slice(0, i) as Contribution[];
    }
    if (weighted) orderContributions(made, seqs, span);
    recommendations[place] = Object.freeze({
      rank: place + 1,
      strategy: refs[c] as { readonly id: string; readonly name: string },
      score: scores[c] as number,
      level1: out.level1[c] as number,
      level2: out.level2[c] as number,
      contributions: Object.freeze(made),
    });
  }
  for (let e = 0; e < entries.length; e++) first[(entries[e] as ScoringEntry).row] = -1;
  return recommendations;
}
