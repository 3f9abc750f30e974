import { describe, expect, it } from "vitest";
import type { CatalogueError } from "./error";
import { listStrategies } from "./list-strategies";

describe("listStrategies", () => {
  it("lists every strategy in catalogue order without a filter", () => {
    const all = listStrategies();
    expect(all).toHaveLength(73 + 9 + 7 + 93);
    expect(all[0]?.id).toBe("eric:access-new-funding");
    expect(all[73]?.id).toBe("bcw:education");
    expect(Object.isFrozen(all)).toBe(true);
  });

  it("filters by taxonomy, group and text, every given field holding", () => {
    expect(listStrategies({ taxonomy: "bcw-policy" }).map((s) => s.codes[0])).toEqual([
      "PC1",
      "PC2",
      "PC3",
      "PC4",
      "PC5",
      "PC6",
      "PC7",
    ]);
    expect(listStrategies({ group: "eric-cluster:engage-consumers" }).map((s) => s.number)).toEqual([
      37, 39, 41, 50, 69,
    ]);
    expect(listStrategies({ group: "eric-cluster:Adapt and tailor to context" }).map((s) => s.number)).toEqual([
      51, 63, 67, 68,
    ]);
    expect(listStrategies({ text: "champion" }).map((s) => s.id)).toEqual(["eric:identify-and-prepare-champions"]);
    expect(listStrategies({ taxonomy: "eric", text: "patients feedback" }).map((s) => s.number)).toContain(46);
    expect(listStrategies({ taxonomy: "eric", group: "eric-cluster:support-clinicians", text: "remind" })).toHaveLength(
      1,
    );
    expect(listStrategies({ taxonomy: "bcw", group: "eric-cluster:engage-consumers" })).toEqual([]);
    expect(listStrategies({ text: "   " })).toHaveLength(182);
  });

  it("throws for a filter that names no taxonomy or group", () => {
    expect(() => listStrategies({ taxonomy: "erik" })).toThrow(
      expect.objectContaining({ code: "unknown-taxonomy" }) as CatalogueError,
    );
    expect(() => listStrategies({ group: "eric-cluster:nope" })).toThrow(
      expect.objectContaining({ code: "unknown-group" }) as CatalogueError,
    );
  });
});
