import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RankStats } from "./rank-stats";

describe("RankStats", () => {
  it("Kendall's tau counts discordant pairs exactly (against the pair-by-pair count)", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 40 })
          .chain((m) => fc.shuffledSubarray([...Array(m).keys()], { minLength: m, maxLength: m })),
        (positions) => {
          const m = positions.length;
          const stats = new RankStats(m, 3);
          stats.pos.set(positions);
          let discordant = 0;
          for (let i = 0; i < m; i++)
            for (let j = i + 1; j < m; j++) if ((positions[i] as number) > (positions[j] as number)) discordant++;
          expect(stats.record(m)).toBe(1 - (4 * discordant) / (m * (m - 1)));
        },
      ),
    );
  });

  it("the same order gives tau 1, the reversed order -1; percentiles follow the nearest-rank rule", () => {
    const stats = new RankStats(4, 2);
    stats.pos.set([0, 1, 2, 3]);
    expect(stats.record(4)).toBe(1);
    expect(stats.lastOverlap).toBe(1);
    stats.pos.set([3, 2, 1, 0]);
    expect(stats.record(4)).toBe(-1);
    expect(stats.lastOverlap).toBe(0);
    // Strategy 0 ranked 1 then 4: the median (ceil(0.5 x 2) = 1st smallest) is 1, the 95th percentile 4.
    expect([stats.percentile(0, 5), stats.percentile(0, 50), stats.percentile(0, 95)]).toEqual([1, 1, 4]);
    expect([stats.top[0], stats.top[3]]).toEqual([1, 1]);
  });

  it("takes the discordant pairs from the caller when it counted them, and counts them itself otherwise", () => {
    const record = (inversions?: number) => {
      const stats = new RankStats(4, 2);
      stats.pos.set([1, 0, 3, 2]); // two discordant pairs: tau = 1 - 4 x 2 / 12 = 1/3
      return inversions === undefined ? stats.record(4) : stats.record(4, inversions);
    };
    expect(record()).toBe(1 - 8 / 12);
    expect(record(-1)).toBe(1 - 8 / 12);
    expect(record(2)).toBe(1 - 8 / 12);
    // A count given is taken as it is, not recounted.
    expect(record(0)).toBe(1);
  });

  it("only strategies that score are in the top k", () => {
    const stats = new RankStats(3, 3);
    stats.pos.set([0, 1, 2]);
    stats.record(1); // only the first scores
    expect(Array.from(stats.top)).toEqual([1, 0, 0]);
    expect(stats.lastOverlap).toBe(1 / 3);
  });
});
