import type { Contribution, Recommendation } from "../match-result";
import { contribution, explainerOf, keyOf, slotOf } from "./contribution-cache";
import { orderContributions } from "./order-contributions";
import type { CompiledProfile, ScoringEntry } from "./profile-vector";
import type { Route } from "./route";
import { routeIndex } from "./route-index";
import { powerAbove, type ScoreBuffers } from "./score";
import { sortNumbers } from "./sort-numbers";

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

/** A contribution weight above this (in millionths) does not fit the packed sort key: compare instead. */
const MAX_MICRO = 2 ** 30;

/** Clears a scratch slot (so no table is kept alive by the scratch). */
const EMPTY: (Contribution | undefined)[] = [];

type Slot = (Contribution | undefined)[];

/** Scratch, grown as needed (explanations are built synchronously, one call at a time). */
const scratch = {
  /** Per profile entry: the next entry of the same row (-1: none), where its row starts in the (row, column) table, its contributions. */
  next: new Int32Array(64),
  cell: new Int32Array(64),
  slot: [] as Slot[],
  /** A column's contributing paths: packed keys, then the pair and entry of each. */
  keys: new Float64Array(256),
  pair: new Int32Array(256),
  entry: new Int32Array(256),
  /** Weighted order: the pair of each canonical position (entry x most paths + path). */
  pairAt: new Int32Array(256),
  buffer: [] as (Contribution | undefined)[],
  /** A column's positions taken (a bit each) and the entry at each, for {@link byPosition}. */
  mask: new Int32Array(8),
  entryAt: new Int32Array(256),
};

/** Columns up to this long are put in order by a bit per position (see {@link byPosition}). */
const MAX_MASKED = 256;

/**
 * A column's contributing (pair, entry) when the profile is small beside the column, each entry having at most one
 * path there and each row one entry: every entry's position in the column marked by a bit, then the bits read in
 * order, which is the column's (cumulative) order, with no comparison. Returns how many were found, or -1 when an
 * entry has several paths there (the caller then looks them up one by one).
 */
function byPosition(pairAt: Int32Array, c: number, start: number, end: number, count: number): number {
  room(count);
  const { cell, mask, entryAt, pair, entry } = scratch;
  const words = (end - start + 31) >>> 5;
  mask.fill(0, 0, words);
  for (let e = 0; e < count; e++) {
    const q = pairAt[(cell[e] as number) + c] as number;
    if (q === -1) continue;
    if (q === -2) return -1;
    const at = q - start;
    mask[at >>> 5] = (mask[at >>> 5] as number) | (1 << (at & 31));
    entryAt[at] = e;
  }
  let found = 0;
  for (let w = 0; w < words; w++) {
    let bits = mask[w] as number;
    while (bits !== 0) {
      const low = bits & -bits;
      bits ^= low;
      const at = (w << 5) + 31 - Math.clz32(low);
      pair[found] = start + at;
      entry[found++] = entryAt[at] as number;
    }
  }
  return found;
}

function room(size: number): void {
  if (scratch.keys.length >= size) return;
  scratch.keys = new Float64Array(size * 2);
  scratch.pair = new Int32Array(size * 2);
  scratch.entry = new Int32Array(size * 2);
}

/**
 * Builds the explained recommendations for the ranked columns: every path of every scoring determinant that
 * reaches a recommended strategy becomes a contribution, largest first (equal ones by determinant id, then path
 * order). Works column by column (CSC), so it touches only the recommended strategies: a small profile looks its
 * cells up in the (row, column) table, a large one walks the column. The column index lists cumulative contributions
 * in order already; weighted ones are ordered by a packed key (weight, then canonical position) computed from typed
 * arrays, before any contribution object is read. Everything returned is frozen.
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
  const { at, pairAt, pathStart, pairQ } = routeIndex(route);
  const n = route.cols.length;
  const { first, row, share } = x;
  const weighted = mode === "weighted";
  const count = entries.length;
  if (scratch.next.length < count) {
    scratch.next = new Int32Array(count * 2);
    scratch.cell = new Int32Array(count * 2);
  }
  const { next, cell, slot } = scratch;
  // The profile's entries per row (an element may be both a barrier and a facilitator: a short chain).
  let perRow = 1;
  for (let e = count - 1; e >= 0; e--) {
    const entry = entries[e] as ScoringEntry;
    const after = first[entry.row] as number;
    if (after >= 0) perRow = 2;
    next[e] = after;
    first[entry.row] = e;
    slot[e] = slotOf(x, keyOf(entry));
    cell[e] = entry.row * n;
  }
  const span = count * maxPaths;
  if (weighted && scratch.pairAt.length < span) scratch.pairAt = new Int32Array(span * 2);
  const byEntry = powerAbove(count);
  const inverseEntry = 1 / byEntry; // exact: a power of two
  const bySpan = powerAbove(span);
  const inverseSpan = 1 / bySpan;
  const fits = bySpan * MAX_MICRO < 2 ** 53;
  const recommendations: Recommendation[] = new Array(ranked.length);
  for (let place = 0; place < ranked.length; place++) {
    const c = ranked[place] as number;
    const start = colPtr[c] as number;
    const end = colPtr[c + 1] as number;
    // 1. The column's contributing (pair, entry), in cumulative order (column position, then entry).
    let found = 0;
    const masked =
      pairAt !== undefined && perRow === 1 && count * 2 < end - start && end - start <= MAX_MASKED
        ? byPosition(pairAt, c, start, end, count)
        : -1;
    if (masked >= 0) {
      found = masked;
    } else if (at !== undefined && count * 2 < end - start) {
      room(found + count * maxPaths);
      const { keys } = scratch;
      for (let e = 0; e < count; e++) {
        const k = at[(cell[e] as number) + c] as number;
        if (k < 0) continue;
        const to = pathStart[k + 1] as number;
        for (let p = pathStart[k] as number; p < to; p++) {
          const key = (pairQ[p] as number) * byEntry + e;
          let i = found++;
          while (i > 0 && (keys[i - 1] as number) > key) {
            keys[i] = keys[i - 1] as number;
            i--;
          }
          keys[i] = key;
        }
      }
      const { keys: sorted, pair, entry } = scratch;
      for (let i = 0; i < found; i++) {
        const key = sorted[i] as number;
        const q = Math.floor(key * inverseEntry);
        pair[i] = q;
        entry[i] = key - q * byEntry;
      }
    } else {
      room((end - start) * perRow);
      const { pair, entry } = scratch;
      for (let q = start; q < end; q++) {
        for (let e = first[row[q] as number] as number; e >= 0; e = next[e] as number) {
          pair[found] = q;
          entry[found++] = e;
        }
      }
    }
    const { pair, entry } = scratch;
    // 2. Weighted: ordered by weight (as the contribution rounds it), then canonical position (entry, path).
    let ordered = !weighted;
    if (weighted && fits) {
      const { keys, pairAt } = scratch;
      ordered = true;
      for (let i = 0; i < found; i++) {
        const q = pair[i] as number;
        const e = entry[i] as number;
        const v = (entries[e] as ScoringEntry).weight * (share[q] as number);
        const micro = v < 0 ? -Math.round(-v * 1e6) : Math.round(v * 1e6);
        if (micro >= MAX_MICRO || micro <= -MAX_MICRO) {
          ordered = false;
          break;
        }
        const seq = e * maxPaths + (pairPath[q] as number);
        keys[i] = (MAX_MICRO - micro) * bySpan + seq;
        pairAt[seq] = q;
      }
      if (ordered) {
        sortNumbers(keys, found);
        for (let i = 0; i < found; i++) {
          const key = keys[i] as number;
          const seq = key - Math.floor(key * inverseSpan) * bySpan;
          const q = pairAt[seq] as number;
          pair[i] = q;
          entry[i] = Math.floor(seq / maxPaths);
        }
      }
    }
    // 3. The contributions, shared and frozen once (see contribution-cache).
    if (scratch.buffer.length < found) scratch.buffer = new Array(found * 2).fill(undefined);
    const { buffer } = scratch;
    for (let i = 0; i < found; i++) {
      const q = pair[i] as number;
      const e = entry[i] as number;
      const cached = slot[e] as Slot;
      buffer[i] = cached[q] ?? contribution(x, cached, q, entries[e] as ScoringEntry, mode);
    }
    // A packed copy: V8 freezes it faster than an array made with a length.
    const made = buffer.slice(0, found) as Contribution[];
    if (!ordered) {
      // Weights too large to pack: compared instead.
      const seqs = new Float64Array(found);
      for (let i = 0; i < found; i++) {
        seqs[i] = (entry[i] as number) * maxPaths + (pairPath[pair[i] as number] as number);
      }
      orderContributions(made, seqs, span);
    }
    recommendations[place] = Object.freeze({
      rank: place + 1,
      strategy: refs[c] as { readonly id: string; readonly name: string },
      score: scores[c] as number,
      level1: out.level1[c] as number,
      level2: out.level2[c] as number,
      contributions: Object.freeze(made),
    });
  }
  for (let e = 0; e < count; e++) {
    first[(entries[e] as ScoringEntry).row] = -1;
    slot[e] = EMPTY;
  }
  return recommendations;
}
