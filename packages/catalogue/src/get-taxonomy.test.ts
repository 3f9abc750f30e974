import { describe, expect, it } from "vitest";
import { CatalogueError } from "./error";
import { getGroup, getTaxonomy, listGroups, listTaxonomies } from "./get-taxonomy";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof CatalogueError ? `${error.code}: ${error.message}` : String(error);
  }
  return undefined;
}

describe("taxonomies", () => {
  it("lists the built-in taxonomies and finds one by id, in any case", () => {
    expect(listTaxonomies().map((t) => t.id)).toEqual(["eric", "bcw", "bcw-policy", "bct-v1"]);
    expect(getTaxonomy("ERIC").name).toBe("Expert Recommendations for Implementing Change (ERIC)");
    expect(getTaxonomy(" bcw-policy ").strategies).toHaveLength(7);
  });

  it("throws unknown-taxonomy naming the known ids", () => {
    expect(codeOf(() => getTaxonomy("erc"))).toBe(
      'unknown-taxonomy: Unknown taxonomy "erc": use one of eric, bcw, bcw-policy, bct-v1.',
    );
    expect(codeOf(() => listGroups("tdf-v2"))).toMatch(/^unknown-taxonomy/);
  });
});

describe("groups", () => {
  it("lists each taxonomy's groups in published order", () => {
    expect(listGroups("eric").map((g) => g.size)).toEqual([10, 4, 4, 17, 11, 5, 5, 9, 8]);
    expect(listGroups("bct-v1")).toHaveLength(16);
    expect(listGroups("bcw")).toEqual([]);
  });

  it("finds a group by id or by scheme and name", () => {
    expect(getGroup("eric-cluster:engage-consumers").name).toBe("Engage consumers");
    expect(getGroup("eric-cluster:Train & educate stakeholders").id).toBe(
      "eric-cluster:train-and-educate-stakeholders",
    );
  });

  it("throws unknown-group with the closest candidates", () => {
    expect(codeOf(() => getGroup("eric-cluster:engage consumer"))).toMatch(
      /^unknown-group: .*Did you mean eric-cluster:engage-consumers/,
    );
    expect(codeOf(() => getGroup("engage-consumers"))).toMatch(/^unknown-group: .*scheme:key/);
    expect(codeOf(() => getGroup("eric:engage-consumers"))).toMatch(/^unknown-group: Unknown group scheme "eric"/);
  });
});
