import type { Determinant } from "./determinant";
import { deepFreeze } from "./internal/deep-freeze";

/**
 * The quadrants of the importance x changeability grid, in the order {@link prioritise} ranks them, then
 * `unrated` for determinants missing either rating.
 *
 * The order follows the priority matrix Implementation Mapping takes from PRECEDE-PROCEED: act first on what is
 * both important and changeable; next on what is important but hard to change (it matters, so it needs stronger
 * or longer-term strategies); then on what is changeable but less important (quick, small gains); last on what is
 * neither.
 *
 * @example
 * ```ts
 * PRIORITY_QUADRANTS[0]; // "high-importance-high-changeability"
 * PRIORITY_QUADRANTS.at(-1); // "unrated"
 * ```
 */
export const PRIORITY_QUADRANTS = [
  "high-importance-high-changeability",
  "high-importance-low-changeability",
  "low-importance-high-changeability",
  "low-importance-low-changeability",
  "unrated",
] as const;

/**
 * A quadrant of the importance x changeability grid, or `unrated`.
 *
 * @example
 * ```ts
 * const quadrant: PriorityQuadrant = "high-importance-low-changeability";
 * prioritise(exampleProfile).filter((entry) => entry.quadrant === quadrant);
 * ```
 */
export type PriorityQuadrant = (typeof PRIORITY_QUADRANTS)[number];

/**
 * The rating (on the 1-5 scales) from which importance or changeability counts as high: 4 and 5 are high, 1-3 low.
 *
 * @example
 * ```ts
 * const isHigh = (rating: number) => rating >= HIGH_RATING;
 * isHigh(4); // true
 * ```
 */
export const HIGH_RATING = 4;

/**
 * One determinant with its place in the priority order.
 *
 * @example
 * ```ts
 * const result = validateProfile(exampleProfile);
 * if (result.success) {
 *   const ranked: readonly PrioritisedDeterminant[] = prioritise(result.data);
 *   ranked[0]?.quadrant; // "high-importance-high-changeability"
 * }
 * ```
 */
export interface PrioritisedDeterminant {
  /** 1-based position in the priority order. */
  readonly rank: number;
  /** Position of the determinant in the input list (0-based). */
  readonly index: number;
  /** importance x changeability (1-25), absent when either rating is missing. */
  readonly score?: number;
  /** The quadrant that placed it. */
  readonly quadrant: PriorityQuadrant;
  /** A copy of the determinant. */
  readonly determinant: Determinant;
}

const rating = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5 ? value : undefined;

const copy = (determinant: Determinant): Determinant =>
  determinant.populations === undefined
    ? { ...determinant }
    : { ...determinant, populations: [...determinant.populations] };

function quadrantOf(importance: number | undefined, changeability: number | undefined): PriorityQuadrant {
  if (importance === undefined || changeability === undefined) return "unrated";
  const level = (value: number) => (value >= HIGH_RATING ? "high" : "low");
  return `${level(importance)}-importance-${level(changeability)}-changeability`;
}

/**
 * Orders a profile's determinants by priority: importance x changeability, the high-importance / high-changeability
 * quadrant first (Implementation Mapping practice), then high importance / low changeability, low importance /
 * high changeability, low / low, and last the determinants missing either rating. "High" means a rating of
 * {@link HIGH_RATING} or more on the 1-5 scale. Within a quadrant the higher score comes first; ties keep the
 * input order. Barriers and facilitators are ranked alike. A rating that is not a whole number from 1 to 5 counts
 * as missing.
 *
 * @param profile - A profile (or anything with `determinants`), e.g. the data of `validateProfile`.
 * @returns A new list, frozen, one entry per determinant with its rank, score and quadrant; the input is not touched.
 * @example
 * ```ts
 * prioritise({
 *   determinants: [
 *     { determinant: "tdf-v2:knowledge", valence: "barrier", importance: 5, changeability: 2 },
 *     { determinant: "tdf-v2:skills", valence: "barrier", importance: 4, changeability: 4 },
 *     { determinant: "tdf-v2:goals", valence: "barrier" },
 *   ],
 * }).map((p) => [p.determinant.determinant, p.quadrant]);
 * // [["tdf-v2:skills", "high-importance-high-changeability"],
 * //  ["tdf-v2:knowledge", "high-importance-low-changeability"], ["tdf-v2:goals", "unrated"]]
 * ```
 */
export function prioritise(profile: {
  readonly determinants: readonly Determinant[];
}): readonly PrioritisedDeterminant[] {
  const scored = profile.determinants.map((determinant, index) => {
    const importance = rating(determinant.importance);
    const changeability = rating(determinant.changeability);
    const quadrant = quadrantOf(importance, changeability);
    const score = importance !== undefined && changeability !== undefined ? importance * changeability : undefined;
    return { index, quadrant, score, determinant: copy(determinant) };
  });
  const order = (quadrant: PriorityQuadrant) => PRIORITY_QUADRANTS.indexOf(quadrant);
  scored.sort((a, b) => order(a.quadrant) - order(b.quadrant) || (b.score ?? 0) - (a.score ?? 0) || a.index - b.index);
  return deepFreeze(
    scored.map(({ score, ...entry }, position) => ({
      rank: position + 1,
      ...entry,
      ...(score === undefined ? {} : { score }),
    })),
  ) as readonly PrioritisedDeterminant[];
}
