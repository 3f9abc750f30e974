import { describe, expect, it } from "vitest";
import { findCrosswalk, getCrosswalk, listCrosswalks } from "./crosswalks";
import { isDeterminantsError } from "./error";
import { getElement } from "./frameworks";

describe("crosswalks", () => {
  it("lists the built-in crosswalks, filtered by from, to and variant", () => {
    expect(listCrosswalks().map((c) => c.id)).toEqual(["tdf-v2-com-b.bcw-guide-2014"]);
    expect(listCrosswalks({ from: "tdf-v2", to: "com-b" }).map((c) => c.variant)).toEqual(["bcw-guide-2014"]);
    expect(listCrosswalks({ from: "com-b" })).toEqual([]);
    expect(listCrosswalks({ variant: "another" })).toEqual([]);
  });

  it("gets a crosswalk by id, frozen, every link resolving to an element of its frameworks", () => {
    const crosswalk = getCrosswalk("tdf-v2-com-b.bcw-guide-2014");
    expect(findCrosswalk("tdf-v2-com-b.bcw-guide-2014")).toBe(crosswalk);
    expect(Object.isFrozen(crosswalk.links[0])).toBe(true);
    for (const c of listCrosswalks()) {
      for (const link of c.links) {
        expect(getElement(link.from).framework).toBe(c.from);
        expect(getElement(link.to).framework).toBe(c.to);
        expect(getElement(link.from).id).toBe(link.from);
        expect(getElement(link.to).id).toBe(link.to);
      }
    }
  });

  it("throws unknown-crosswalk naming the known ids", () => {
    expect(findCrosswalk("tdf-v2-com-b.other")).toBeUndefined();
    try {
      getCrosswalk("tdf-v2-com-b.other");
      expect.unreachable();
    } catch (error) {
      expect(isDeterminantsError(error) && error.code).toBe("unknown-crosswalk");
      expect((error as Error).message).toBe(
        'Unknown crosswalk "tdf-v2-com-b.other": use one of tdf-v2-com-b.bcw-guide-2014.',
      );
    }
  });
});
