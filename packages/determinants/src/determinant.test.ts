import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type Determinant,
  type DeterminantInput,
  DeterminantProfileSchema,
  DeterminantSchema,
  LevelSchema,
} from "./determinant";

const base = { determinant: "tdf-v2:knowledge", valence: "barrier" } as const;

describe("DeterminantSchema", () => {
  it("accepts a reference and a valence, with every optional field", () => {
    const full = {
      ...base,
      strength: -2,
      importance: 5,
      changeability: 1,
      level: "system",
      populations: ["rural"],
      reportedBy: "manager",
      note: "n",
    };
    expect(DeterminantSchema.parse(full)).toEqual(full);
  });

  it("holds strength to -2..+2 and importance and changeability to whole numbers 1-5", () => {
    for (const bad of [
      { strength: 3 },
      { strength: -2.5 },
      { importance: 0 },
      { importance: 6 },
      { changeability: 2.5 },
      { changeability: Number.NaN },
      { importance: Number.POSITIVE_INFINITY },
    ]) {
      expect(DeterminantSchema.safeParse({ ...base, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("rejects an empty reference, an unknown valence, level or field, and empty population names", () => {
    expect(DeterminantSchema.safeParse({ ...base, determinant: "" }).success).toBe(false);
    expect(DeterminantSchema.safeParse({ ...base, valence: "neutral" }).success).toBe(false);
    expect(DeterminantSchema.safeParse({ ...base, level: "ward" }).success).toBe(false);
    expect(DeterminantSchema.safeParse({ ...base, weight: 1 }).success).toBe(false);
    expect(DeterminantSchema.safeParse({ ...base, populations: [""] }).success).toBe(false);
  });

  it("knows the five levels", () => {
    expect(LevelSchema.options).toEqual(["individual", "team", "organisation", "community", "system"]);
  });

  it("types the valence as a literal union, the same in input and output", () => {
    expectTypeOf<Determinant["valence"]>().toEqualTypeOf<"barrier" | "facilitator">();
    expectTypeOf<DeterminantInput["importance"]>().toEqualTypeOf<number | undefined>();
  });
});

describe("DeterminantProfileSchema", () => {
  it("accepts a profile with an optional id and title", () => {
    expect(DeterminantProfileSchema.parse({ determinants: [base] })).toEqual({ determinants: [base] });
    expect(DeterminantProfileSchema.safeParse({ id: "", determinants: [] }).success).toBe(false);
    expect(DeterminantProfileSchema.safeParse({ determinants: [], site: "a" }).success).toBe(false);
  });
});
