import { describe, expect, expectTypeOf, it } from "vitest";
import { cfir2009 } from "./data/cfir-2009";
import { cfir2022 } from "./data/cfir-2022";
import { comB } from "./data/com-b";
import { tdfV2 } from "./data/tdf-v2";
import { DeterminantsError, isDeterminantsError } from "./error";
import type { Element, Framework } from "./framework";
import {
  type ElementId,
  type FrameworkId,
  findElement,
  findFramework,
  getElement,
  getFramework,
  listFrameworks,
  lookupElement,
  resolveRef,
} from "./frameworks";
import { foldName } from "./reference";

function thrown(action: () => unknown): DeterminantsError {
  try {
    action();
  } catch (error) {
    if (isDeterminantsError(error)) return error;
    throw error;
  }
  throw new Error("expected a DeterminantsError, nothing was thrown");
}

describe("listFrameworks", () => {
  it("lists com-b, tdf-v2, cfir-2009 and cfir-2022, in that order", () => {
    expect(listFrameworks().map((f) => f.id)).toEqual(["com-b", "tdf-v2", "cfir-2009", "cfir-2022"]);
  });

  it("returns the same frozen objects on every call", () => {
    const first = listFrameworks()[0] as Framework;
    expect(listFrameworks()[0]).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.elements)).toBe(true);
    expect(Object.isFrozen(first.elements[0]?.citation)).toBe(true);
    expect(() => {
      first.elements.push(first.elements[0] as Element);
    }).toThrow(TypeError);
  });

  it("freezes the exported raw datasets too, so the registry's source cannot be changed", () => {
    for (const data of [comB, tdfV2, cfir2009, cfir2022]) {
      expect(Object.isFrozen(data)).toBe(true);
      expect(Object.isFrozen(data.elements[0]?.citation)).toBe(true);
    }
  });

  it("holds unique qualified ids across every framework, each `framework:key`", () => {
    const ids = listFrameworks().flatMap((f) => f.elements.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of listFrameworks()) {
      for (const e of f.elements) {
        expect(e.id).toBe(`${f.id}:${e.key}`);
        expect(e.framework).toBe(f.id);
        if (e.parent !== undefined) expect(getElement(e.parent).framework).toBe(f.id);
      }
    }
  });

  it("resolves every element by its id, and by its name unless another element's key or name is the same", () => {
    for (const f of listFrameworks()) {
      for (const e of f.elements) {
        expect(getElement(e.id)).toBe(e);
        expect(getElement(`${f.id}:${e.key}`)).toBe(e);
        const byName = lookupElement(`${f.id}:${e.name}`);
        if (!byName.ok) expect(byName.candidates).toContain(e);
        else if (byName.item !== e) expect(foldName(byName.item.key)).toBe(foldName(e.name));
      }
    }
  });

  it("resolves every published code to its one element", () => {
    for (const f of listFrameworks()) {
      for (const e of f.elements) for (const code of e.codes) expect(getElement(`${f.id}:${code}`)).toBe(e);
    }
  });
});

describe("getFramework / findFramework", () => {
  it("gets a framework by id, ignoring case and spaces", () => {
    expect(getFramework("tdf-v2").name).toBe("Theoretical Domains Framework");
    expect(getFramework(" COM-B ").id).toBe("com-b");
    expect(findFramework("cfir-2022")?.id).toBe("cfir-2022");
  });

  it("throws unknown-framework naming the known ids, where find returns undefined", () => {
    const error = thrown(() => getFramework("tdf-v3"));
    expect(error).toBeInstanceOf(DeterminantsError);
    expect(error.code).toBe("unknown-framework");
    expect(error.message).toBe('Unknown framework "tdf-v3": use one of com-b, tdf-v2, cfir-2009, cfir-2022.');
    expect(findFramework("tdf-v3")).toBeUndefined();
  });
});

describe("resolveRef / getElement / findElement / lookupElement", () => {
  it("resolves keys, codes, names and aliases by the identifier rules", () => {
    expect(resolveRef("tdf-v2:knowledge").id).toBe("tdf-v2:knowledge");
    expect(resolveRef("tdf-v2:Social influences").id).toBe("tdf-v2:social-influences");
    expect(resolveRef("tdf-v2:Emotions").id).toBe("tdf-v2:emotion");
    expect(resolveRef("com-b:C-Ps").id).toBe("com-b:psychological-capability");
    expect(resolveRef("com-b:c-ps").id).toBe("com-b:psychological-capability");
    expect(resolveRef("tdf-v2:Memory, attention & decision processes").id).toBe(
      "tdf-v2:memory-attention-and-decision-processes",
    );
    expect(resolveRef("  tdf-v2 : skills.skills ").id).toBe("tdf-v2:skills.skills");
    expect(resolveRef("TDF-V2:13").id).toBe("tdf-v2:emotion");
    expect(resolveRef("cfir-2009:planning").id).toBe("cfir-2009:planning");
  });

  it("throws unknown-reference naming the value, the framework and the closest elements", () => {
    const error = thrown(() => resolveRef("tdf-v2:knowlege"));
    expect(error.code).toBe("unknown-reference");
    expect(error.message).toBe('Unknown tdf-v2 reference "knowlege". Did you mean tdf-v2:knowledge (Knowledge)?');
    expect(thrown(() => getElement("com-b:nothing-like-it")).code).toBe("unknown-reference");
  });

  it("throws ambiguous-reference listing every element a name could mean", () => {
    const error = thrown(() => resolveRef("tdf-v2:Identity"));
    expect(error.code).toBe("ambiguous-reference");
    expect(error.message).toBe(
      'The tdf-v2 reference "Identity" is ambiguous: it names tdf-v2:social-professional-role-and-identity.identity (Identity), tdf-v2:optimism.identity (Identity). Use the full key.',
    );
    // A name shared by a domain and its construct resolves to the domain, whose key it is.
    expect(resolveRef("tdf-v2:Skills").id).toBe("tdf-v2:skills");
    expect(resolveRef("tdf-v2:12").id).toBe("tdf-v2:social-influences");
  });

  it("throws invalid-reference for text without a framework prefix, and unknown-framework for an unknown one", () => {
    const invalid = thrown(() => resolveRef("knowledge"));
    expect(invalid.code).toBe("invalid-reference");
    expect(invalid.message).toContain('"knowledge" is not a reference');
    const unknown = thrown(() => resolveRef("tdf:knowledge"));
    expect(unknown.code).toBe("unknown-framework");
    expect(unknown.message).toBe(
      'Unknown framework "tdf" in "tdf:knowledge": use one of com-b, tdf-v2, cfir-2009, cfir-2022.',
    );
  });

  it("lookupElement never throws and says why a reference did not resolve", () => {
    expect(lookupElement("com-b:motivation")).toMatchObject({ ok: true, item: { id: "com-b:motivation" } });
    const miss = lookupElement("tdf-v2:Identity");
    expect(miss.ok).toBe(false);
    if (!miss.ok) {
      expect(miss.code).toBe("ambiguous-reference");
      expect(miss.candidates.map((c) => c.id)).toEqual([
        "tdf-v2:social-professional-role-and-identity.identity",
        "tdf-v2:optimism.identity",
      ]);
    }
    expect(lookupElement(42 as unknown as string)).toMatchObject({ ok: false, code: "invalid-reference" });
    expect(lookupElement("")).toMatchObject({ ok: false, code: "invalid-reference" });
  });

  it("findElement returns undefined for unknown and ambiguous references alike", () => {
    expect(findElement("com-b:automatic-motivation")?.bcioId).toBe("BCIO:006134");
    expect(findElement("tdf-v2:knowlege")).toBeUndefined();
    expect(findElement("tdf-v2:Identity")).toBeUndefined();
    expect(findElement("nonsense")).toBeUndefined();
  });

  it("types the built-in ids as literal unions, still accepting any string", () => {
    expectTypeOf<FrameworkId>().toEqualTypeOf<"com-b" | "tdf-v2" | "cfir-2009" | "cfir-2022">();
    expectTypeOf<"tdf-v2:skills.skills">().toExtend<ElementId>();
    expectTypeOf<"com-b:psychological-capability">().toExtend<ElementId>();
    expectTypeOf<"tdf-v2:nope">().not.toExtend<ElementId>();
    expectTypeOf(getElement).parameter(0).toExtend<string>();
    expectTypeOf(getElement).returns.toEqualTypeOf<Element>();
  });
});
