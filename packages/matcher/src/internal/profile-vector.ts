import type { Determinant, DeterminantProfile } from "@impsci/determinants";
import { LEVERAGE, priority } from "./priority";
import type { Route } from "./route";
import type { ProfileVector } from "./score";

/** One determinant of a profile that scores, with its row and its weight per unit of share. */
export interface ScoringEntry {
  readonly determinant: Determinant;
  readonly row: number;
  readonly weight: number;
  readonly barrier: boolean;
}

/** A profile compiled against a route: the typed vector for the core, and what the explanation needs. */
export interface CompiledProfile {
  readonly vector: ProfileVector;
  /** The scoring determinants, in canonical order (same order as the vector). */
  readonly entries: readonly ScoringEntry[];
  /** Every determinant, in canonical order. */
  readonly determinants: readonly Determinant[];
  /** Determinants that reach no strategy of the target. */
  readonly unreached: readonly Determinant[];
  /** Facilitators left out (cumulative mode). */
  readonly ignored: readonly Determinant[];
}

/** Canonical order: by element id, barriers before facilitators (a profile holds each pair once). */
function byDeterminant(a: Determinant, b: Determinant): number {
  if (a.determinant !== b.determinant) return a.determinant < b.determinant ? -1 : 1;
  return a.valence === b.valence ? 0 : a.valence === "barrier" ? -1 : 1;
}

/**
 * Compiles a validated profile against a route. Determinants are taken in canonical order, so the sums the core
 * makes (and so the scores, to the last bit) do not depend on the order the profile lists them in.
 */
export function compileProfile(
  profile: DeterminantProfile,
  route: Route,
  mode: "weighted" | "cumulative",
): CompiledProfile {
  const determinants = [...profile.determinants].sort(byDeterminant);
  const entries: ScoringEntry[] = [];
  const unreached: Determinant[] = [];
  const ignored: Determinant[] = [];
  for (const determinant of determinants) {
    const row = route.rowOf.get(determinant.determinant);
    const barrier = determinant.valence === "barrier";
    if (row === undefined || route.rowPtr[row] === route.rowPtr[row + 1]) {
      unreached.push(determinant);
      continue;
    }
    if (mode === "cumulative" && !barrier) {
      ignored.push(determinant);
      continue;
    }
    const weight = mode === "cumulative" ? 100 : priority(determinant) * (barrier ? 1 : LEVERAGE);
    entries.push({ determinant, row, weight, barrier });
  }
  const length = entries.length;
  const rows = new Int32Array(length);
  const weights = new Float64Array(length);
  const barriers = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const entry = entries[i] as ScoringEntry;
    rows[i] = entry.row;
    weights[i] = entry.weight;
    barriers[i] = entry.barrier ? 1 : 0;
  }
  return {
    vector: { rows, weights, barrier: barriers, length },
    entries,
    determinants,
    unreached,
    ignored,
  };
}
