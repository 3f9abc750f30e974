import { describe, expect, expectTypeOf, it } from "vitest";
import {
  CrosswalkSchema,
  defineCrosswalk,
  defineFramework,
  type Element,
  ElementKindSchema,
  ElementSchema,
  FrameworkSchema,
} from "./framework";

const citation = { authors: "A", year: 2020, title: "T", source: "S" };
const demo = defineFramework({
  id: "demo",
  name: "Demo",
  version: "1",
  citation,
  citations: [citation],
  licence: "CC BY 4.0",
  coverage: { status: "complete", counts: [{ unit: "domains", included: 1, published: 1 }] },
  elements: [
    {
      id: "demo:alpha",
      key: "alpha",
      framework: "demo",
      name: "Alpha",
      kind: "domain",
      codes: ["1"],
      aliases: [],
      definition: "The first.",
      plainLabel: "First",
      citation,
      licence: "CC BY 4.0",
      verification: "verified",
    },
  ],
});
const element = demo.elements[0];

describe("ElementSchema", () => {
  it("accepts an element with optional parent, number, BCIO id and CFIR-ERIC flag", () => {
    expect(ElementSchema.parse(element)).toEqual(element);
    const full = {
      ...element,
      id: "demo:alpha.beta",
      key: "alpha.beta",
      kind: "construct",
      parent: "demo:alpha",
      number: 12,
      bcioId: "BCIO:000001",
      cfirEricBarrier: { value: true, verification: "inferred" },
      note: "n",
    };
    expect(ElementSchema.parse(full)).toEqual(full);
  });

  it("rejects an id that is not framework:key in lower case, an unknown kind, and a missing citation", () => {
    expect(ElementSchema.safeParse({ ...element, id: "Demo:Alpha" }).success).toBe(false);
    expect(ElementSchema.safeParse({ ...element, id: "alpha" }).success).toBe(false);
    expect(ElementSchema.safeParse({ ...element, kind: "factor" }).success).toBe(false);
    const { citation: _, ...uncited } = element;
    expect(ElementSchema.safeParse(uncited).success).toBe(false);
    expect(ElementSchema.safeParse({ ...element, number: 0 }).success).toBe(false);
  });

  it("knows the six kinds", () => {
    expect(ElementKindSchema.options).toEqual([
      "component",
      "subcomponent",
      "domain",
      "subdomain",
      "construct",
      "subconstruct",
    ]);
  });
});

describe("FrameworkSchema and defineFramework", () => {
  it("parses a framework and keeps its ids as literal types", () => {
    expect(FrameworkSchema.parse(demo).elements).toHaveLength(1);
    expectTypeOf(demo.elements[0].id).toEqualTypeOf<"demo:alpha">();
    expectTypeOf(FrameworkSchema.parse(demo).elements[0]).toEqualTypeOf<Element | undefined>();
  });

  it("rejects a framework id with a colon or capitals", () => {
    expect(FrameworkSchema.safeParse({ ...demo, id: "demo:x" }).success).toBe(false);
    expect(FrameworkSchema.safeParse({ ...demo, id: "Demo" }).success).toBe(false);
  });
});

describe("CrosswalkSchema and defineCrosswalk", () => {
  const crosswalk = defineCrosswalk({
    id: "demo-other.v1",
    from: "demo",
    to: "other",
    variant: "v1",
    title: "Demo to other",
    version: "1",
    citation,
    licence: "CC BY 4.0",
    coverage: { status: "complete", counts: [{ unit: "links", included: 1, published: 1 }] },
    links: [{ from: "demo:alpha", to: "other:beta" }],
  });

  it("parses a crosswalk, with or without verification and note", () => {
    expect(CrosswalkSchema.parse(crosswalk)).toEqual(crosswalk);
    expect(CrosswalkSchema.parse({ ...crosswalk, verification: "unverified", note: "n" }).verification).toBe(
      "unverified",
    );
    expectTypeOf(crosswalk.id).toEqualTypeOf<"demo-other.v1">();
  });

  it("rejects an id with capitals or a colon, and unknown link fields", () => {
    expect(CrosswalkSchema.safeParse({ ...crosswalk, id: "Demo:v1" }).success).toBe(false);
    expect(
      CrosswalkSchema.safeParse({ ...crosswalk, links: [{ from: "demo:alpha", to: "other:beta", weight: 1 }] }).success,
    ).toBe(false);
  });
});
