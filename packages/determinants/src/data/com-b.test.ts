import { describe, expect, it } from "vitest";
import { FrameworkSchema } from "../framework";
import { comB } from "./com-b";

// Expected facts copied from the published COM-B lists (Michie 2011; BCIO): a dropped, renamed or re-coded record
// fails here. Tests never read the reference folder.

const COMPONENTS = ["Capability", "Opportunity", "Motivation"];

/** [code, name, component, BCIO id], in published order. */
const SUBCOMPONENTS = [
  ["C-Ph", "Physical capability", "Capability", "BCIO:006009"],
  ["C-Ps", "Psychological capability", "Capability", "BCIO:037029"],
  ["O-Ph", "Physical opportunity", "Opportunity", "BCIO:006089"],
  ["O-So", "Social opportunity", "Opportunity", "BCIO:006090"],
  ["M-Re", "Reflective motivation", "Motivation", "BCIO:037031"],
  ["M-Au", "Automatic motivation", "Motivation", "BCIO:006134"],
] as const;

const framework = FrameworkSchema.parse(comB);
const components = framework.elements.filter((e) => e.kind === "component");
const subcomponents = framework.elements.filter((e) => e.kind === "subcomponent");

describe("comB", () => {
  it("parses with the framework schema", () => {
    expect(FrameworkSchema.safeParse(comB).success).toBe(true);
  });

  it("has the 3 components and 6 subcomponents, and nothing else", () => {
    expect(components).toHaveLength(3);
    expect(subcomponents).toHaveLength(6);
    expect(framework.elements).toHaveLength(9);
    expect(framework.coverage).toEqual({
      status: "complete",
      counts: [
        { unit: "components", included: 3, published: 3 },
        { unit: "subcomponents", included: 6, published: 6 },
      ],
    });
  });

  it("carries the published names verbatim", () => {
    expect(components.map((e) => e.name)).toEqual(COMPONENTS);
    expect(subcomponents.map((e) => e.name)).toEqual(SUBCOMPONENTS.map(([, name]) => name));
  });

  it("gives each subcomponent its published code, its component as parent and its BCIO id", () => {
    expect(
      subcomponents.map((e) => [e.codes, e.name, framework.elements.find((p) => p.id === e.parent)?.name, e.bcioId]),
    ).toEqual(SUBCOMPONENTS.map(([code, name, component, bcio]) => [[code], name, component, bcio]));
    for (const component of components) expect(component.parent).toBeUndefined();
  });

  it("keeps its ids stable", () => {
    expect(framework.elements.map((e) => e.id)).toEqual([
      "com-b:capability",
      "com-b:opportunity",
      "com-b:motivation",
      "com-b:physical-capability",
      "com-b:psychological-capability",
      "com-b:physical-opportunity",
      "com-b:social-opportunity",
      "com-b:reflective-motivation",
      "com-b:automatic-motivation",
    ]);
    for (const e of framework.elements) expect(e.id).toBe(`com-b:${e.key}`);
  });

  it("cites, licenses and states the verification of every element", () => {
    for (const e of framework.elements) {
      expect(e.citation.doi).toBe("10.1186/1748-5908-6-42");
      expect(e.licence).toBe("CC BY 2.0");
      expect(e.verification).toBe("verified");
      expect(e.definition.length).toBeGreaterThan(20);
      expect(e.plainLabel).not.toBe(e.name);
      expect(e.framework).toBe("com-b");
    }
  });
});
