import type { Contribution, Recommendation } from "../match-result";
import type { CompiledProfile, ScoringEntry } from "./profile-vector";
import type { PathInfo, Route } from "./route";
import { type RouteIndex, routeIndex } from "./route-index";
import { powerAbove, round6, type ScoreBuffers } from "./score";
import { sortNumbers } from "./sort-numbers";

/**
 * What explanations need of a route, flat by pair (one pair: one path of one stored entry, in the column index's
 * order), built once per route: the path, its row, and the contributions already built for it. Contributions are
 * kept by the determinant's weight per unit of share (negative and less one for a facilitator): the weights a
 * profile can give are few (importance, changeability and strength are small integers), so repeated matches reuse
 * the same frozen objects instead of allocating them again.
 */
interface Explainer {
  readonly info: readonly PathInfo[];
  readonly row: Int32Array;
  /** The key and the contribution built or used last, per pair (the common case: the same weight again). */
  readonly lastKey: Float64Array;
  readonly last: (Contribution | undefined)[];
  /** Every other contribution built, per pair. */
  readonly more: (Map<number, Contribution> | undefined)[];
  /** Scratch: the first profile entry of each row (-1: none), reset after each call. */
  readonly first: Int32Array;
}

const explainers = new WeakMap<Route, Explainer>();

function explainerOf(route: Route): Explainer {
  let found = explainers.get(route);
  if (found) return found;
  const { pairEntry, pairPath, entryRow } = route.columns;
  const pairs = pairEntry.length;
  const info: PathInfo[] = new Array(pairs);
  const row = new Int32Array(pairs);
  for (let q = 0; q < pairs; q++) {
    const k = pairEntry[q] as number;
    info[q] = (route.entryPaths[k] as readonly PathInfo[])[pairPath[q] as number] as PathInfo;
    row[q] = entryRow[k] as number;
  }
  found = {
    info,
    row,
    lastKey: new Float64Array(pairs).fill(Number.NaN),
    last: new Array(pairs).fill(undefined),
    more: new Array(pairs).fill(undefined),
    first: new Int32Array(route.rows.length).fill(-1),
  };
  explainers.set(route, found);
  return found;
}

/** The cache key of a determinant's contributions: its weight per unit of share, negative and less one for a facilitator. */
const keyOf = (entry: ScoringEntry): number => (entry.barrier ? entry.weight : -entry.weight - 1);

/** The contribution of pair `q` for a determinant (`key`: {@link keyOf}), built once and shared by every result that needs it. */
function contribution(
  x: Explainer,
  q: number,
  entry: ScoringEntry,
  key: number,
  mode: "weighted" | "cumulative",
): Contribution {
  let made = x.more[q]?.get(key);
  if (!made) {
    const path = x.info[q] as PathInfo;
    const determinant = entry.determinant.determinant;
    const valence = entry.determinant.valence;
    const weight = round6(mode === "cumulative" ? 100 * path.share : entry.weight * path.share);
    made = Object.freeze(
      path.evidence === undefined
        ? {
            determinant,
            valence,
            path: path.path,
            steps: path.steps,
            weight,
            linkSet: path.linkSet,
            citation: path.citation,
          }
        : {
            determinant,
            valence,
            path: path.path,
            steps: path.steps,
            weight,
            evidence: path.evidence,
            linkSet: path.linkSet,
            citation: path.citation,
          },
    );
    let more = x.more[q];
    if (!more) {
      more = new Map();
      x.more[q] = more;
    }
    more.set(key, made);
  }
  x.lastKey[q] = key;
  x.last[q] = made;
  return made;
}

// Strategy references per route column, built once.
const strategyRefs = new WeakMap<Route, readonly { readonly id: string; readonly name: string }[]>();

function strategyRef(route: Route, col: number): { readonly id: string; readonly name: string } {
  let refs = strategyRefs.get(route);
  if (!refs) {
    refs = route.cols.map((item) => Object.freeze({ id: item.id, name: item.name }));
    strategyRefs.set(route, refs);
  }
  return refs[col] as { readonly id: string; readonly name: string };
}

/** A contribution weight above this (in millionths) does not fit the packed sort key: compare instead. */
const MAX_MICRO = 2 ** 30;

// Scratch, grown as needed (explanations are built synchronously, one call at a time).
let nextOf = new Int32Array(64);
let keyOf64 = new Float64Array(64);
let seqs = new Float64Array(256);
let keys = new Float64Array(256);
let bySeq: (Contribution | undefined)[] = [];
let buffer: (Contribution | undefined)[] = [];
// A column's looked-up paths: position in the column and entry.
let atQ = new Int32Array(64);
let atE = new Int32Array(64);

/**
 * Orders a weighted recommendation's contributions in place: larger weights first, equal ones in canonical order
 * (by determinant, then path order), `seqs[i]` being the canonical position of `made[i]` (below `span`). Packs weight
 * and position into one exact number per contribution and sorts them natively; compares instead when they would
 * not fit in 53 bits.
 */
function order(made: Contribution[], span: number): void {
  const count = made.length;
  if (count < 2) return;
  const bySpan = powerAbove(span);
  const inverse = 1 / bySpan; // exact: a power of two
  let fits = bySpan * MAX_MICRO < 2 ** 53;
  if (fits) {
    if (keys.length < count) keys = new Float64Array(count * 2);
    for (let i = 0; i < count; i++) {
      const item = made[i] as Contribution;
      const micro = Math.round(item.weight * 1e6);
      if (micro >= MAX_MICRO) {
        fits = false;
        break;
      }
      const seq = seqs[i] as number;
      keys[i] = (MAX_MICRO - micro) * bySpan + seq;
      bySeq[seq] = item;
    }
  }
  if (!fits) {
    const at = made.map((_, i) => i);
    const copy = made.slice();
    at.sort(
      (a, b) =>
        (copy[b] as Contribution).weight - (copy[a] as Contribution).weight ||
        (seqs[a] as number) - (seqs[b] as number),
    );
    for (let i = 0; i < count; i++) made[i] = copy[at[i] as number] as Contribution;
    bySeq.fill(undefined);
    return;
  }
  sortNumbers(keys, count);
  for (let i = 0; i < count; i++) {
    const key = keys[i] as number;
    const seq = key - Math.floor(key * inverse) * bySpan;
    made[i] = bySeq[seq] as Contribution;
    bySeq[seq] = undefined;
  }
}

/**
 * A column's contributions when the profile is small beside the column: each entry's cell looked up, and its paths
 * put in the order a walk down the column gives (column-index position, then entry); `seqs` receives their canonical
 * positions for {@link order}.
 */
function looked(
  x: Explainer,
  index: RouteIndex,
  n: number,
  c: number,
  entries: readonly ScoringEntry[],
  entryKey: Float64Array,
  mode: "weighted" | "cumulative",
  pairPath: Int32Array,
  maxPaths: number,
): Contribution[] {
  const { pathStart, pairQ } = index;
  const table = index.at as Int32Array;
  const count = entries.length;
  let found = 0;
  for (let e = 0; e < count; e++) {
    const k = table[(entries[e] as ScoringEntry).row * n + c] as number;
    if (k < 0) continue;
    const to = pathStart[k + 1] as number;
    for (let p = pathStart[k] as number; p < to; p++) {
      if (atQ.length <= found) growPairs(found);
      const q = pairQ[p] as number;
      // Kept in the walk's order as they come: by position in the column (entries come in order already).
      let i = found++;
      if (mode === "cumulative") {
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
  const made: Contribution[] = new Array(found);
  if (seqs.length < found) seqs = new Float64Array(found * 2);
  const { lastKey, last } = x;
  for (let i = 0; i < found; i++) {
    const q = atQ[i] as number;
    const e = atE[i] as number;
    const key = entryKey[e] as number;
    made[i] =
      lastKey[q] === key ? (last[q] as Contribution) : contribution(x, q, entries[e] as ScoringEntry, key, mode);
    seqs[i] = e * maxPaths + (pairPath[q] as number);
  }
  return made;
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
  const index = routeIndex(route);
  const n = route.cols.length;
  const { first, row, lastKey, last } = x;
  const weighted = mode === "weighted";
  // The profile's entries per row (an element may be both a barrier and a facilitator: a short chain).
  if (nextOf.length < entries.length) {
    nextOf = new Int32Array(entries.length * 2);
    keyOf64 = new Float64Array(entries.length * 2);
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
  }
  const span = entries.length * maxPaths;
  if (weighted && bySeq.length < span) bySeq = new Array(span).fill(undefined);
  const recommendations: Recommendation[] = new Array(ranked.length);
  for (let place = 0; place < ranked.length; place++) {
    const c = ranked[place] as number;
    const start = colPtr[c] as number;
    const end = colPtr[c + 1] as number;
    let made: Contribution[];
    if (index.at !== undefined && entries.length * 2 < end - start) {
      made = looked(x, index, n, c, entries, entryKey, mode, pairPath, maxPaths);
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
    if (weighted) order(made, span);
    recommendations[place] = Object.freeze({
      rank: place + 1,
      strategy: strategyRef(route, c),
      score: scores[c] as number,
      level1: out.level1[c] as number,
      level2: out.level2[c] as number,
      contributions: Object.freeze(made),
    });
  }
  for (let e = 0; e < entries.length; e++) first[(entries[e] as ScoringEntry).row] = -1;
  return recommendations;
}
