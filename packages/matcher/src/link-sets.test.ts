import { getCrosswalk } from "@impsci/determinants";
import { describe, expect, it } from "vitest";
import { isMatcherError } from "./error";
import { LinkSetSchema } from "./link-set";
import { findLinkSet, getLinkSet, listLinkSets } from "./link-sets";

describe("built-in link sets", () => {
  it("lists the CFIR-ERIC route and the three sets of the StrategEase route, frozen", () => {
    expect(listLinkSets().map((s) => [s.id, s.from, s.to, s.weightKind, s.basis])).toEqual([
      ["cfir-eric-2019", "cfir-2009", "eric", "percent", "expert-survey"],
      ["tdf-com-b", "tdf-v2", "com-b", "binary", "theory"],
      ["com-b-bcw-2011", "com-b", "bcw", "binary", "theory"],
      ["bcw-eric", "bcw", "eric", "binary", "authored"],
    ]);
    for (const set of listLinkSets()) {
      expect(LinkSetSchema.parse(set)).toEqual(set);
      expect(Object.isFrozen(set)).toBe(true);
      expect(Object.isFrozen(set.links[0])).toBe(true);
    }
  });

  it("builds tdf-com-b from the determinants crosswalk: 17 binary links, cited like it", () => {
    const crosswalk = getCrosswalk("tdf-v2-com-b.bcw-guide-2014");
    const set = getLinkSet("tdf-com-b");
    expect(set.links).toHaveLength(17);
    expect(set.links.map((l) => [l.from, l.to, l.weight])).toEqual(crosswalk.links.map((l) => [l.from, l.to, 1]));
    expect(set.citation).toEqual(crosswalk.citation);
    expect(set.coverage).toEqual(crosswalk.coverage);
    expect(set.note).toContain("tdf-v2-com-b.bcw-guide-2014");
  });

  it("getLinkSet throws unknown-link-set; findLinkSet returns undefined; ids are case-insensitive", () => {
    expect(getLinkSet(" BCW-ERIC ").id).toBe("bcw-eric");
    expect(findLinkSet("cfir-eric-2022")).toBeUndefined();
    expect(findLinkSet(42 as never)).toBeUndefined();
    try {
      getLinkSet("cfir-eric-2022");
      expect.unreachable();
    } catch (error) {
      expect(isMatcherError(error) && error.code).toBe("unknown-link-set");
      expect((error as Error).message).toBe(
        'Unknown link set "cfir-eric-2022": use one of cfir-eric-2019, tdf-com-b, com-b-bcw-2011, bcw-eric.',
      );
    }
  });

  it("isMatcherError also accepts an error of another installed copy, by name and code", () => {
    const foreign = Object.assign(new Error("x"), { name: "MatcherError", code: "unknown-link-set" });
    expect(isMatcherError(foreign)).toBe(true);
    expect(isMatcherError(new Error("x"))).toBe(false);
    expect(isMatcherError("MatcherError")).toBe(false);
  });
});
