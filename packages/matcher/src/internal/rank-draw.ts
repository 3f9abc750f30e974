import type { Route } from "./route";
import { powerAbove, type ScoreBuffers } from "./score";

/** Packed keys stay exact integers below this. */
const EXACT = 2 ** 53;

/**
 * The ranking of one draw of a sensitivity analysis over the m strategies of the base ranking, in the order
 * {@link rank} gives (score descending, then level 1 count descending, then id), with the strategies that do not
 * score in the draw after them in id order, as the draw loop places them.
 *
 * Each strategy gets one exact integer key: its score in millionths (negated) times a power of two, plus its level 1
 * count and its id rank below that; a strategy that does not score gets its id rank alone, which sorts after every
 * scoring key. The keys are written in base order and insertion-sorted: draws stay close to the base, so this costs
 * O(m + d) for d discordant pairs, and d is the count of shifts (all keys differ: the id rank is packed in), which
 * gives Kendall's tau without another pass. A draw too far from the base (more shifts than a full sort would cost)
 * is finished by the native sort and its discordant pairs are left for the caller to count (`inversions` -1).
 */
export class DrawRanking {
  /** The draw's order: base indexes (0: the base's first), best first. */
  readonly order: Int32Array;
  /** How many strategies score in the draw (the first `scoring` of `order`). */
  scoring = 0;
  /** Discordant pairs between the base order and the draw's, or -1 when the draw was sorted natively. */
  inversions = 0;
  private readonly keys: Float64Array;
  /** Each base strategy's column, its id rank, and the base's level 1 count and id rank packed as in a key. */
  private readonly cols: Int32Array;
  private readonly ids: Float64Array;
  private readonly ties: Float64Array;
  /** Base index by id rank. */
  private readonly byIdRank: Int32Array;
  private readonly byId: number;
  private readonly levels: number;
  /** One unit of score in a key: `levels x byId`, above every packed level and id. */
  private readonly unit: number;
  /** Shifts the insertion sort may make before it hands over to the native sort. */
  private readonly budget: number;

  /**
   * @param route the route the strategies are columns of.
   * @param base the base ranking's columns, best first.
   * @param maxLevel a bound on any level 1 count in any draw (the number of the profile's determinants).
   * @param level1 the base's level 1 counts by column (copied): {@link fromMicro} ranks with them.
   */
  constructor(route: Route, base: Int32Array, maxLevel: number, level1: Int32Array) {
    const m = base.length;
    this.order = new Int32Array(m);
    this.keys = new Float64Array(m);
    this.cols = Int32Array.from(base);
    this.ids = Float64Array.from(base, (c) => route.idRank[c] as number);
    this.byIdRank = new Int32Array(route.cols.length).fill(-1);
    base.forEach((c, i) => {
      this.byIdRank[route.idRank[c] as number] = i;
    });
    this.byId = powerAbove(route.cols.length);
    this.levels = powerAbove(maxLevel);
    this.unit = this.levels * this.byId;
    this.ties = new Float64Array(m);
    for (let i = 0; i < m; i++) this.ties[i] = this.tie(i, level1[base[i] as number] as number);
    this.budget = 4 * m * Math.max(1, Math.ceil(Math.log2(m + 1)));
  }

  /** The low part of base strategy i's key: `(levels - 1 - level1) x byId + id rank` (more level 1 sorts first). */
  private tie(i: number, level1: number): number {
    return (this.levels - 1 - level1) * this.byId + (this.ids[i] as number);
  }

  /**
   * Ranks a draw from its accumulators (`barrier`, `leverage` and `level1` by column, as {@link scoreInto} leaves
   * them). Returns false, with nothing ranked, when the keys would not be exact (scores too large): rank with
   * {@link rank} instead.
   */
  fromBuffers(out: ScoreBuffers): boolean {
    const { barrier, leverage, level1 } = out;
    const { cols, keys, ids, unit } = this;
    let scoring = 0;
    let most = 0;
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i] as number;
      const b = barrier[c] as number;
      // As finalScore and rank round it: weights and shares are never negative, so half up is half away from zero.
      const micro = b > 0 ? Math.round((b + (leverage[c] as number)) * 1e6) : 0;
      if (micro > 0) {
        scoring++;
        if (micro > most) most = micro;
        keys[i] = this.tie(i, level1[c] as number) - micro * unit;
      } else keys[i] = ids[i] as number;
    }
    return this.finish(scoring, most);
  }

  /**
   * Ranks a draw from each base strategy's score in millionths (`micro[i]`, base order; 0 when it does not score),
   * with the base's level 1 counts (draws that change only weights leave them as they are). Returns false as
   * {@link fromBuffers} does.
   */
  fromMicro(micro: Float64Array): boolean {
    const { keys, ids, ties, unit } = this;
    let scoring = 0;
    let most = 0;
    for (let i = 0; i < keys.length; i++) {
      const s = micro[i] as number;
      if (s > 0) {
        scoring++;
        if (s > most) most = s;
        keys[i] = (ties[i] as number) - s * unit;
      } else keys[i] = ids[i] as number;
    }
    return this.finish(scoring, most);
  }

  private finish(scoring: number, most: number): boolean {
    if ((most + 1) * this.unit >= EXACT) return false;
    this.scoring = scoring;
    const { keys, order, byIdRank, unit, byId } = this;
    const m = keys.length;
    // Insertion sort from the base order, counting the shifts.
    let shifts = 0;
    for (let j = 1; j < m; j++) {
      const x = keys[j] as number;
      let i = j;
      for (; i > 0; i--) {
        const y = keys[i - 1] as number;
        if (y <= x) break;
        keys[i] = y;
      }
      keys[i] = x;
      shifts += j - i;
      if (shifts > this.budget) {
        keys.sort();
        shifts = -1;
        break;
      }
    }
    this.inversions = shifts;
    // Decoded as rankTop decodes (`%` on floats is slow): the low part is the packed level and id, or the id alone.
    const toUnit = 1 / unit; // exact: powers of two
    const toId = 1 / byId;
    for (let p = 0; p < m; p++) {
      const key = keys[p] as number;
      const low = key - Math.floor(key * toUnit) * unit;
      order[p] = byIdRank[low - Math.floor(low * toId) * byId] as number;
    }
    return true;
  }
}
