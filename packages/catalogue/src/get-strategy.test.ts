import { describe, expect, it } from "vitest";
import { createCatalogue } from "./catalogue";
import { CatalogueError, type CatalogueErrorCode } from "./error";
import { findStrategy, getStrategy, lookupStrategy } from "./get-strategy";
import { getTaxonomy } from "./get-taxonomy";

function thrown(fn: () => unknown): CatalogueError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CatalogueError) return error;
    throw error;
  }
  throw new Error("expected a CatalogueError");
}

describe("getStrategy", () => {
  it.each([
    ["eric:audit-and-provide-feedback", "by key"],
    ["eric:5", "by Powell number"],
    ["eric:Audit and provide feedback", "by name"],
    ["ERIC: audit & provide feedback ", "folded: case, spaces, & read as and"],
    ["eric:AUDIT-AND-PROVIDE-FEEDBACK", "by key in another case"],
  ])("resolves %s (%s)", (ref) => {
    expect(getStrategy(ref).id).toBe("eric:audit-and-provide-feedback");
  });

  it("resolves numbers, aliases and other taxonomies' codes", () => {
    expect(getStrategy("eric:56").name).toBe("Purposely reexamine the implementation");
    expect(getStrategy("eric:Use an implementation adviser").id).toBe("eric:use-an-implementation-advisor");
    expect(getStrategy("eric:use train the trainer strategies").number).toBe(71);
    expect(getStrategy("bcw:IF7").id).toBe("bcw:environmental-restructuring");
    expect(getStrategy("bcw-policy:PC3").name).toBe("Fiscal measures");
    expect(getStrategy("bct-v1:1.1").taxonomy).toBe("bct-v1");
  });

  it.each<[string, CatalogueErrorCode, RegExp]>([
    [
      "audit and provide feedback",
      "invalid-reference",
      /no taxonomy prefix.*Did you mean eric:audit-and-provide-feedback/,
    ],
    ["", "invalid-reference", /not a reference/],
    ["erik:5", "unknown-taxonomy", /Unknown taxonomy "erik".*eric, bcw, bcw-policy, bct-v1/],
    ["eric:Promot adaptabilty", "unknown-strategy", /Did you mean eric:promote-adaptability \(Promote adaptability\)/],
    ["eric:74", "unknown-strategy", /Unknown eric reference "74"/],
    ["eric:zzzzzzzz", "unknown-strategy", /no key, code, name or alias matches/],
  ])("throws for %j with code %s and the closest candidates", (ref, code, message) => {
    const error = thrown(() => getStrategy(ref));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it("looks in the catalogue it is given", () => {
    const bcwOnly = createCatalogue([getTaxonomy("bcw")]);
    expect(getStrategy("bcw:education", bcwOnly).id).toBe("bcw:education");
    expect(thrown(() => getStrategy("eric:5", bcwOnly)).code).toBe("unknown-taxonomy");
  });
});

describe("findStrategy", () => {
  it("returns the strategy, or undefined where getStrategy would throw", () => {
    expect(findStrategy("eric:35")?.name).toBe("Identify and prepare champions");
    for (const ref of ["audit", "erik:5", "eric:Promot adaptabilty", "eric:"])
      expect(findStrategy(ref)).toBeUndefined();
  });
});

describe("lookupStrategy", () => {
  it("returns the strategy or a code, a message and candidates, without throwing", () => {
    const ok = lookupStrategy("eric:Change record system");
    expect(ok.ok && ok.item.id).toBe("eric:change-record-systems");
    const miss = lookupStrategy("eric:Promot adaptabilty");
    expect(miss.ok).toBe(false);
    if (!miss.ok) {
      expect(miss.code).toBe("unknown-reference");
      expect(miss.candidates.map((c) => c.id)).toEqual(["eric:promote-adaptability"]);
    }
    const bare = lookupStrategy("Identify and prepare champions");
    expect(bare).toMatchObject({ ok: false, code: "invalid-reference" });
    if (!bare.ok) expect(bare.candidates.map((c) => c.id)).toEqual(["eric:identify-and-prepare-champions"]);
    expect(lookupStrategy("nope:x")).toMatchObject({ ok: false, code: "unknown-scheme", candidates: [] });
    expect(lookupStrategy(undefined as unknown as string)).toMatchObject({ ok: false, code: "invalid-reference" });
  });
});
