import { describe, expect, it } from "vitest";
import { validateProfile } from "../validate-profile";
import { exampleProfile } from "./example-profile";

describe("exampleProfile", () => {
  it("is a valid profile, every reference canonical", () => {
    const result = validateProfile(exampleProfile);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.determinants.map((d) => d.determinant)).toEqual(
      exampleProfile.determinants.map((d) => d.determinant),
    );
  });

  it("mixes TDF- and CFIR-coded barriers and facilitators, as the quick start promises", () => {
    const kinds = new Set(exampleProfile.determinants.map((d) => `${d.determinant.split(":")[0]} ${d.valence}`));
    expect([...kinds].sort()).toEqual([
      "cfir-2009 barrier",
      "cfir-2009 facilitator",
      "tdf-v2 barrier",
      "tdf-v2 facilitator",
    ]);
  });

  it("rates every determinant, so prioritisation and weighted matching use the team's judgements", () => {
    for (const d of exampleProfile.determinants) {
      expect(d.importance).toBeGreaterThanOrEqual(1);
      expect(d.changeability).toBeGreaterThanOrEqual(1);
    }
  });
});
