import { describe, expect, it } from "vitest";
import type { Determinant } from "./determinant";
import { HIGH_RATING, PRIORITY_QUADRANTS, prioritise } from "./prioritise";

const d = (determinant: string, importance?: number, changeability?: number): Determinant => ({
  determinant,
  valence: "barrier",
  ...(importance === undefined ? {} : { importance }),
  ...(changeability === undefined ? {} : { changeability }),
});

describe("prioritise", () => {
  it("puts the high-importance, high-changeability quadrant first, then the documented quadrant order", () => {
    const profile = {
      determinants: [
        d("low-low", 3, 3), // score 9
        d("unrated"),
        d("low-high", 2, 5), // score 10
        d("high-low", 5, 1), // score 5
        d("high-high", 4, 4), // score 16
        d("half-rated", 5),
      ],
    };
    expect(prioritise(profile).map((p) => [p.rank, p.determinant.determinant, p.quadrant, p.score, p.index])).toEqual([
      [1, "high-high", "high-importance-high-changeability", 16, 4],
      [2, "high-low", "high-importance-low-changeability", 5, 3],
      [3, "low-high", "low-importance-high-changeability", 10, 2],
      [4, "low-low", "low-importance-low-changeability", 9, 0],
      [5, "unrated", "unrated", undefined, 1],
      [6, "half-rated", "unrated", undefined, 5],
    ]);
  });

  it("orders by importance x changeability within a quadrant, ties in input order", () => {
    const profile = { determinants: [d("a", 4, 5), d("b", 5, 5), d("c", 5, 4), d("d", 4, 4), d("e", 5, 4)] };
    expect(prioritise(profile).map((p) => [p.determinant.determinant, p.score])).toEqual([
      ["b", 25],
      ["a", 20],
      ["c", 20],
      ["e", 20],
      ["d", 16],
    ]);
  });

  it("counts 4 and 5 as high, 1 to 3 as low", () => {
    expect(HIGH_RATING).toBe(4);
    expect(prioritise({ determinants: [d("x", 3, 4)] })[0]?.quadrant).toBe("low-importance-high-changeability");
    expect(prioritise({ determinants: [d("x", 4, 3)] })[0]?.quadrant).toBe("high-importance-low-changeability");
    expect(PRIORITY_QUADRANTS.at(-1)).toBe("unrated");
  });

  it("treats a rating that is not a whole number from 1 to 5 as missing", () => {
    const odd = { determinants: [d("nan", Number.NaN, 5), d("big", 9, 5), d("half", 4.5, 5), d("ok", 1, 1)] };
    expect(prioritise(odd).map((p) => [p.determinant.determinant, p.quadrant])).toEqual([
      ["ok", "low-importance-low-changeability"],
      ["nan", "unrated"],
      ["big", "unrated"],
      ["half", "unrated"],
    ]);
  });

  it("returns new frozen objects and leaves the input as it was", () => {
    const first = { ...d("a", 5, 5), populations: ["rural"] };
    const input = { determinants: [d("b", 1, 1), first] };
    const before = structuredClone(input);
    const result = prioritise(input);
    expect(input).toEqual(before);
    expect(result[0]?.determinant).toEqual(first);
    expect(result[0]?.determinant).not.toBe(first);
    expect(result[0]?.determinant.populations).not.toBe(first.populations);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result[0]?.determinant.populations)).toBe(true);
    expect(Object.isFrozen(first)).toBe(false);
  });

  it("returns an empty list for an empty profile", () => {
    expect(prioritise({ determinants: [] })).toEqual([]);
  });
});
