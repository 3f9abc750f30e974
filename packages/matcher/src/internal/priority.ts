import type { Determinant } from "@impsci/determinants";

/** Importance used when a determinant has none: the middle of the 1-5 scale. */
export const DEFAULT_IMPORTANCE = 3;
/** Changeability used when a determinant has none: the middle of the 1-5 scale. */
export const DEFAULT_CHANGEABILITY = 3;
/** Strength (absolute) used when a determinant has none: 1, the weakest non-neutral CFIR rating. */
export const DEFAULT_STRENGTH = 1;
/** What a facilitator's priority is worth, as leverage, against a barrier's. */
export const LEVERAGE = 0.5;

/**
 * A determinant's priority in weighted mode: importance x changeability x |strength| (defaults 3, 3, 1), so
 * 0 to 50; a neutral strength (0) gives 0.
 */
export function priority(d: Determinant): number {
  const strength = d.strength === undefined ? DEFAULT_STRENGTH : Math.abs(d.strength);
  return (d.importance ?? DEFAULT_IMPORTANCE) * (d.changeability ?? DEFAULT_CHANGEABILITY) * strength;
}
