import type { Contribution } from "../match-result";
import type { ScoringEntry } from "./profile-vector";
import type { PathInfo, Route } from "./route";
import { round6 } from "./score";

/** Weights that are integers in [-SMALL, SMALL) find their slot by index. */
const SMALL = 128;

/** At most this many cached contributions per route (slots x pairs): past it, contributions are built anew. */
const MAX_CACHED = 1 << 21;

/**
 * What explanations need of a route, flat by pair (one pair: one path of one stored entry, in the column index's
 * order), built once per route: the path, its row, and the contributions already built. Contributions are kept by
 * the determinant's weight per unit of share (negative and less one for a facilitator), one table per weight (a
 * slot) indexed by pair: the weights a profile can give are few (importance, changeability and strength are small
 * integers), so repeated matches reuse the same frozen objects with one array read instead of allocating them again.
 */
export interface Explainer {
  readonly info: readonly PathInfo[];
  readonly row: Int32Array;
  /** Each pair's path share. */
  readonly share: Float64Array;
  /** The slot of each weight seen so far; small integer weights also by `key + SMALL` (the common case, no hashing). */
  readonly slots: Map<number, (Contribution | undefined)[]>;
  readonly small: ((Contribution | undefined)[] | undefined)[];
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
    share: Float64Array.from(info, (path) => path.share),
    slots: new Map(),
    small: new Array(2 * SMALL).fill(undefined),
    first: new Int32Array(route.rows.length).fill(-1),
  };
  explainers.set(route, found);
  return found;
}

/** The cache key of a determinant's contributions: its weight per unit of share, negative and less one for a facilitator. */
export const keyOf = (entry: ScoringEntry): number => (entry.barrier ? entry.weight : -entry.weight - 1);

/**
 * The table of contributions (by pair) for a determinant's key ({@link keyOf}), made on first use; a fresh, unshared
 * table when the route already holds as many tables as its budget allows (its contributions are then built anew).
 */
export function slotOf(x: Explainer, key: number): (Contribution | undefined)[] {
  const small = Number.isInteger(key) && key >= -SMALL && key < SMALL;
  let slot = small ? x.small[key + SMALL] : x.slots.get(key);
  if (slot === undefined) {
    slot = new Array<Contribution | undefined>(x.info.length).fill(undefined);
    if ((x.slots.size + 1) * x.info.length <= MAX_CACHED) {
      x.slots.set(key, slot);
      if (small) x.small[key + SMALL] = slot;
    }
  }
  return slot;
}

/** The contribution of pair `q` for a determinant whose slot ({@link slotOf}) is `slot`, built once and shared by every result that needs it. */
export function contribution(
  x: Explainer,
  slot: (Contribution | undefined)[],
  q: number,
  entry: ScoringEntry,
  mode: "weighted" | "cumulative",
): Contribution {
  const cached = slot[q];
  if (cached !== undefined) return cached;
  const path = x.info[q] as PathInfo;
  const determinant = entry.determinant.determinant;
  const valence = entry.determinant.valence;
  const weight = round6(mode === "cumulative" ? 100 * path.share : entry.weight * path.share);
  const made = Object.freeze(
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
  slot[q] = made;
  return made;
}
