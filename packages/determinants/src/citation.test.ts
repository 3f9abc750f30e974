import { describe, expect, it } from "vitest";
import { CitationSchema, CoverageSchema, VerificationSchema } from "./citation";

describe("CitationSchema", () => {
  it("accepts a full citation and one with only what is required", () => {
    const full = {
      authors: "Cane J, O'Connor D, Michie S",
      year: 2012,
      title: "Validation of the theoretical domains framework",
      source: "Implementation Science 7:37",
      doi: "10.1186/1748-5908-7-37",
      locator: "Table 1",
      licence: "CC BY 2.0",
    };
    expect(CitationSchema.parse(full)).toEqual(full);
    expect(CitationSchema.safeParse({ authors: "A", year: 2020, title: "T", source: "S" }).success).toBe(true);
  });

  it("rejects missing authors, a fractional year and unknown fields", () => {
    expect(CitationSchema.safeParse({ year: 2020, title: "T", source: "S" }).success).toBe(false);
    expect(CitationSchema.safeParse({ authors: "A", year: 2020.5, title: "T", source: "S" }).success).toBe(false);
    expect(CitationSchema.safeParse({ authors: "A", year: 2020, title: "T", source: "S", pages: "1" }).success).toBe(
      false,
    );
  });
});

describe("VerificationSchema", () => {
  it("knows verified, inferred and unverified only", () => {
    expect(VerificationSchema.options).toEqual(["verified", "inferred", "unverified"]);
    expect(VerificationSchema.safeParse("checked").success).toBe(false);
  });
});

describe("CoverageSchema", () => {
  it("accepts counts of what is held against what is published, and rejects negative counts", () => {
    const partial = { status: "partial", counts: [{ unit: "constructs", included: 37, published: 84 }], note: "n" };
    expect(CoverageSchema.parse(partial)).toEqual(partial);
    expect(
      CoverageSchema.safeParse({ status: "partial", counts: [{ unit: "x", included: -1, published: 1 }] }).success,
    ).toBe(false);
    expect(CoverageSchema.safeParse({ status: "most", counts: [] }).success).toBe(false);
  });
});
