/**
 * What a run of draws accumulates about the ranking of m strategies (numbered by their base rank, 0 first), with
 * nothing allocated per draw: a histogram of each strategy's rank, its top-k count, and the sums of Kendall's tau
 * and of the top-k overlap between the base ranking and each draw.
 */
export class RankStats {
  /** Each strategy's position in the current draw (0 first): the caller fills it, then calls {@link record}. */
  readonly pos: Int32Array;
  /** `hist[i * m + r]`: how many draws ranked strategy i at position r. */
  readonly hist: Int32Array;
  /** How many draws had strategy i in their top k. */
  readonly top: Int32Array;
  tauSum = 0;
  overlapSum = 0;
  draws = 0;
  /** Scratch: a Fenwick tree over positions 1..m. */
  private readonly tree: Int32Array;

  constructor(
    readonly m: number,
    readonly k: number,
  ) {
    this.pos = new Int32Array(m);
    this.hist = new Int32Array(m * m);
    this.top = new Int32Array(m);
    this.tree = new Int32Array(m + 1);
  }

  /**
   * Records the draw in `pos`, where `scoring` strategies score above 0 (the others rank after them and are never
   * in the top k). Returns Kendall's tau of the draw against the base ranking, and leaves its top-k overlap in
   * {@link lastOverlap}. `inversions`, the draw's discordant pairs with the base order when the caller has counted
   * them (the shifts of an insertion sort from the base order), spares the count; else (absent or negative) they
   * are counted here.
   */
  record(scoring: number, inversions = -1): number {
    const { m, pos, hist, top } = this;
    const cut = Math.min(this.k, scoring);
    const baseTop = Math.min(this.k, m);
    let shared = 0;
    for (let i = 0; i < m; i++) {
      const p = pos[i] as number;
      hist[i * m + p] = (hist[i * m + p] as number) + 1;
      if (p < cut) {
        top[i] = (top[i] as number) + 1;
        if (i < baseTop) shared++;
      }
    }
    const tau = m < 2 ? 1 : 1 - (4 * (inversions >= 0 ? inversions : this.inversions())) / (m * (m - 1));
    this.lastOverlap = baseTop === 0 ? 1 : shared / baseTop;
    this.tauSum += tau;
    this.overlapSum += this.lastOverlap;
    this.draws++;
    return tau;
  }

  /** The top-k overlap of the last draw recorded: the share of the base top k still in the draw's top k. */
  lastOverlap = 1;

  /**
   * Discordant pairs between the base order and `pos` (the inversions of `pos`): from the last strategy to the first,
   * how many of those after it rank before it, counted with a Fenwick tree over positions. O(m log m), no branches
   * that depend on the data beyond the loop bounds.
   */
  private inversions(): number {
    const { m, pos } = this;
    const tree = this.tree;
    tree.fill(0);
    let count = 0;
    for (let i = m - 1; i >= 0; i--) {
      const p = pos[i] as number;
      for (let j = p; j > 0; j -= j & -j) count += tree[j] as number;
      for (let j = p + 1; j <= m; j += j & -j) tree[j] = (tree[j] as number) + 1;
    }
    return count;
  }

  /**
   * Strategy i's rank (1 first) at a percentile p (0-100), by the nearest-rank rule: the smallest rank r such that
   * at least ceil(p x draws / 100) draws (at least one) ranked it r or better.
   */
  percentile(i: number, p: number): number {
    const need = Math.max(1, Math.ceil((p * this.draws) / 100));
    let seen = 0;
    for (let r = 0; r < this.m; r++) {
      seen += this.hist[i * this.m + r] as number;
      if (seen >= need) return r + 1;
    }
    return this.m;
  }
}
