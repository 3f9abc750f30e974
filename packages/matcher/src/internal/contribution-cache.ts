import type { Contribution } from "../match-result";
import type { ScoringEntry } from "./profile-vector";
import type { PathInfo, Route } from "./route";
import { round6 } from "./score";

/**
 * What explanations need of a route, flat by pair (one pair: one path of one stored entry, in the column index's
 * order), built once per route: the path, its row, and the contributions already built for it. Contributions are
 * kept by the determinant's weight per unit of share (negative and less one for a facilitator): the weights a
 * profile can give are few (importance, changeability and strength are small integers), so repeated matches reuse
 * the same frozen objects instead of allocating them again.
 */
export interface Explainer {
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

/** The {@link Explainer} of a route (built on first use, then cached). */
export function explainerOf(route: Route): Explainer {
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
export const keyOf = (entry: ScoringEntry): number => (entry.barrier ? entry.weight : -entry.weight - 1);

/** The contribution of pair `q` for a determinant (`key`: {@link keyOf}), built once and shared by every result that needs it. */
export function contribution(
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
