import type { Contribution, Recommendation } from "../match-result";
import type { CompiledProfile, ScoringEntry } from "./profile-vector";
import type { PathInfo, Route } from "./route";
import { round6, type ScoreBuffers } from "./score";

/** The contribution of a path for a determinant weight, built once and shared by every result that needs it. */
function contribution(entry: ScoringEntry, path: PathInfo, mode: "weighted" | "cumulative"): Contribution {
  const key = entry.barrier ? entry.weight : -entry.weight - 1;
  if (path.lastKey === key && path.last) return path.last;
  path.built ??= new Map();
  let made = path.built.get(key);
  if (made) {
    path.lastKey = key;
    path.last = made;
    return made;
  }
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
  path.built.set(key, made);
  path.lastKey = key;
  path.last = made;
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

/** Whether contribution a (weight, canonical position) goes after b: larger weights first, then canonical order. */
const after = (wa: number, sa: number, wb: number, sb: number): boolean => wa < wb || (wa === wb && sa > sb);

/**
 * Builds the explained recommendations for the ranked columns: every path of every scoring determinant that
 * reaches a recommended strategy becomes a contribution, largest first (equal ones by determinant id, then path
 * order). Works column by column (CSC), so it touches only the recommended strategies, and keeps each list
 * sorted as it grows (insertion; a comparison sort for long lists). Everything returned is frozen.
 */
export function explain(
  route: Route,
  profile: CompiledProfile,
  order: Int32Array,
  scores: Float64Array,
  out: ScoreBuffers,
  mode: "weighted" | "cumulative",
): Recommendation[] {
  const { entries } = profile;
  const { entryPaths } = route;
  const { colPtr, pairEntry, pairPath, entryRow, maxPaths } = route.columns;
  const sorted = mode === "cumulative"; // the column index already lists cumulative contributions in order
  // The profile's entries per row (an element may be both a barrier and a facilitator: a short chain).
  const first = new Int32Array(route.rows.length).fill(-1);
  const next = new Int32Array(entries.length).fill(-1);
  for (let e = entries.length - 1; e >= 0; e--) {
    const row = (entries[e] as ScoringEntry).row;
    next[e] = first[row] as number;
    first[row] = e;
  }
  const recommendations: Recommendation[] = new Array(order.length);
  for (let index = 0; index < order.length; index++) {
    const c = order[index] as number;
    const made: Contribution[] = [];
    const weights: number[] = [];
    const seqs: number[] = [];
    for (let q = colPtr[c] as number; q < (colPtr[c + 1] as number); q++) {
      const k = pairEntry[q] as number;
      const j = pairPath[q] as number;
      const path = (entryPaths[k] as readonly PathInfo[])[j] as PathInfo;
      for (let e = first[entryRow[k] as number] as number; e >= 0; e = next[e] as number) {
        const item = contribution(entries[e] as ScoringEntry, path, mode);
        if (sorted) {
          made.push(item);
          continue;
        }
        const w = item.weight;
        const seq = e * maxPaths + j;
        let i = made.length;
        made.push(item);
        weights.push(w);
        seqs.push(seq);
        if (i > 64) continue; // long lists are sorted once below
        while (i > 0 && after(weights[i - 1] as number, seqs[i - 1] as number, w, seq)) {
          made[i] = made[i - 1] as Contribution;
          weights[i] = weights[i - 1] as number;
          seqs[i] = seqs[i - 1] as number;
          i--;
        }
        made[i] = item;
        weights[i] = w;
        seqs[i] = seq;
      }
    }
    let contributions = made;
    if (!sorted && made.length > 65) {
      const at = made.map((_, i) => i);
      at.sort((a, b) => (weights[b] as number) - (weights[a] as number) || (seqs[a] as number) - (seqs[b] as number));
      contributions = at.map((i) => made[i] as Contribution);
    }
    recommendations[index] = Object.freeze({
      rank: index + 1,
      strategy: strategyRef(route, c),
      score: scores[c] as number,
      level1: out.level1[c] as number,
      level2: out.level2[c] as number,
      contributions: Object.freeze(contributions),
    });
  }
  return recommendations;
}
