import { describe, expect, it } from "vitest";
import { describeUnresolved, foldName, lookupRef, type Referable, SchemeIndex, slugify, splitRef } from "./reference";

const item = (key: string, name: string, extra: Partial<Referable> = {}): Referable => ({
  id: `eric:${key}`,
  key,
  name,
  aliases: [],
  ...extra,
});

const eric = new SchemeIndex("eric", [
  item("promote-adaptability", "Promote adaptability", { codes: ["56"] }),
  item("use-train-the-trainer-strategies", "Use train-the-trainer strategies", {
    codes: ["69"],
    aliases: ["Use train the trainer strategies"],
  }),
  item("use-an-implementation-advisor", "Use an implementation advisor", {
    aliases: ["Use an implementation adviser"],
  }),
  item("audit-and-provide-feedback", "Audit and provide feedback", { codes: ["5"] }),
  item("identity.a", "Identity"),
  item("identity.b", "Identity"),
]);

describe("slugify", () => {
  it("makes the kebab-case key of a published name", () => {
    expect(slugify("Evidence Strength & Quality")).toBe("evidence-strength-and-quality");
    expect(slugify("Social/Professional Role and Identity")).toBe("social-professional-role-and-identity");
    expect(slugify("Memory, Attention and Decision Processes")).toBe("memory-attention-and-decision-processes");
    expect(slugify("  Café (über) ")).toBe("cafe-uber");
  });
});

describe("foldName", () => {
  it("folds case, punctuation and spaces, reading & as and", () => {
    expect(foldName("Use train-the-trainer strategies")).toBe(foldName("use TRAIN the trainer  strategies"));
    expect(foldName("Goals & Feedback")).toBe(foldName("goals and feedback"));
    expect(foldName("Promote adaptability")).not.toBe(foldName("Promote adaptabilty"));
  });
});

describe("splitRef", () => {
  it("splits at the first colon, lower-casing the scheme and trimming", () => {
    expect(splitRef("eric:Promote adaptability")).toEqual({ scheme: "eric", key: "Promote adaptability" });
    expect(splitRef("  TDF-V2 : 12 ")).toEqual({ scheme: "tdf-v2", key: "12" });
    expect(splitRef("bct-v1:1.1")).toEqual({ scheme: "bct-v1", key: "1.1" });
    expect(splitRef("a:b:c")).toEqual({ scheme: "a", key: "b:c" });
  });

  it("returns undefined without a scheme or without a key", () => {
    expect(splitRef("knowledge")).toBeUndefined();
    expect(splitRef("eric:")).toBeUndefined();
    expect(splitRef(":knowledge")).toBeUndefined();
    expect(splitRef("1eric:x")).toBeUndefined();
  });
});

describe("SchemeIndex.resolve", () => {
  it("matches the exact key, then a key in other case or punctuation", () => {
    expect(eric.resolve("promote-adaptability")).toMatchObject({ ok: true, matchedBy: "key" });
    expect(eric.resolve(" Promote_Adaptability ")).toMatchObject({
      ok: true,
      matchedBy: "key",
      item: { key: "promote-adaptability" },
    });
  });

  it("matches a published code", () => {
    expect(eric.resolve("56")).toMatchObject({ ok: true, matchedBy: "code", item: { key: "promote-adaptability" } });
  });

  it("matches names and aliases folded", () => {
    expect(eric.resolve("Use train the trainer strategies")).toMatchObject({
      ok: true,
      item: { key: "use-train-the-trainer-strategies" },
    });
    expect(eric.resolve("use an implementation ADVISER")).toMatchObject({
      ok: true,
      matchedBy: "name",
      item: { key: "use-an-implementation-advisor" },
    });
    expect(eric.resolve("Audit & provide feedback")).toMatchObject({
      ok: true,
      item: { key: "audit-and-provide-feedback" },
    });
  });

  it("keeps dots in keys apart: 1.1, 11 and 11.1 are three keys", () => {
    const bct = new SchemeIndex("bct-v1", [
      { id: "bct-v1:1.1", key: "1.1", name: "Goal setting (behavior)", aliases: [] },
      { id: "bct-v1:11", key: "11", name: "Regulation", aliases: [] },
      { id: "bct-v1:11.1", key: "11.1", name: "Pharmacological support", aliases: [] },
    ]);
    expect(bct.resolve("1.1")).toMatchObject({ ok: true, item: { key: "1.1" } });
    expect(bct.resolve("11")).toMatchObject({ ok: true, item: { key: "11" } });
    expect(bct.resolve(" 11.1 ")).toMatchObject({ ok: true, item: { key: "11.1" } });
  });

  it("reports a name shared by two items as ambiguous, with both", () => {
    const result = eric.resolve("identity");
    expect(result).toMatchObject({ ok: false, reason: "ambiguous" });
    expect(!result.ok && result.candidates.map((c) => c.key)).toEqual(["identity.a", "identity.b"]);
  });

  it("reports an unknown text with its closest items, or none when nothing is near", () => {
    const near = eric.resolve("Promot adaptabilty");
    expect(!near.ok && near.reason).toBe("unknown");
    expect(!near.ok && near.candidates.map((c) => c.key)).toEqual(["promote-adaptability"]);
    const far = eric.resolve("zzzzzzzzzz");
    expect(!far.ok && far.candidates).toEqual([]);
  });
});

describe("SchemeIndex.closest", () => {
  it("ranks by edit distance and containment, nearest first, within a limit", () => {
    expect(eric.closest("trainer", 3).map((c) => c.key)).toContain("use-train-the-trainer-strategies");
    expect(eric.closest("feedback").map((c) => c.key)).toEqual(["audit-and-provide-feedback"]);
    expect(eric.closest("", 3)).toEqual([]);
    expect(eric.closest("identity", 1)).toHaveLength(1);
  });

  it("exposes its items in dataset order", () => {
    expect(eric.items.map((i) => i.key)[0]).toBe("promote-adaptability");
    expect(eric.items).toHaveLength(6);
  });
});

describe("describeUnresolved", () => {
  it("words unknown, near-miss and ambiguous references", () => {
    const unknown = eric.resolve("Promot adaptabilty");
    if (!unknown.ok) {
      expect(describeUnresolved("eric", "Promot adaptabilty", unknown)).toBe(
        'Unknown eric reference "Promot adaptabilty". Did you mean eric:promote-adaptability (Promote adaptability)?',
      );
    }
    const none = eric.resolve("zzzzzzzzzz");
    if (!none.ok) {
      expect(describeUnresolved("eric", "zzzzzzzzzz", none)).toBe(
        'Unknown eric reference "zzzzzzzzzz": no key, code, name or alias matches. List the scheme\'s elements to find the right one.',
      );
    }
    const ambiguous = eric.resolve("Identity");
    if (!ambiguous.ok) {
      expect(describeUnresolved("eric", "Identity", ambiguous)).toBe(
        'The eric reference "Identity" is ambiguous: it names eric:identity.a (Identity), eric:identity.b (Identity). Use the full key.',
      );
    }
    expect([unknown.ok, none.ok, ambiguous.ok]).toEqual([false, false, false]);
  });
});

describe("lookupRef", () => {
  const indexes = new Map([["eric", eric]]);

  it("finds an item by a full reference", () => {
    expect(lookupRef("eric:56", indexes, "taxonomy")).toEqual({ ok: true, item: eric.items[0] });
  });

  it("returns each failure with its code and a plain message, never throwing", () => {
    expect(lookupRef("promote adaptability", indexes, "taxonomy")).toEqual({
      ok: false,
      code: "invalid-reference",
      message:
        '"promote adaptability" is not a reference: write it as scheme:key, e.g. eric:some-key (known taxonomys: eric).',
      candidates: [],
    });
    expect(lookupRef("bcw:education", indexes, "taxonomy")).toMatchObject({
      ok: false,
      code: "unknown-scheme",
      message: 'Unknown taxonomy "bcw" in "bcw:education": use one of eric.',
    });
    expect(lookupRef("eric:Promot adaptabilty", indexes, "taxonomy")).toMatchObject({
      ok: false,
      code: "unknown-reference",
      candidates: [eric.items[0]],
    });
    expect(lookupRef("eric:identity", indexes, "taxonomy")).toMatchObject({ ok: false, code: "ambiguous-reference" });
  });
});
