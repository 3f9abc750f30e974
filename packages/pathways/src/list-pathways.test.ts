import { describe, expect, expectTypeOf, it } from "vitest";
import { strategeasePathway } from "./data/strategease";
import { isPathwaysError } from "./error";
import { type BuiltinPathwayId, findPathway, getPathway, listPathways } from "./list-pathways";
import { validatePathway } from "./validate-pathway";

describe("listPathways", () => {
  it("lists the five built-in pathways in a fixed order", () => {
    expect(listPathways().map((p) => p.id)).toEqual([
      "strategease",
      "implementation-spread-scale",
      "bcw",
      "implementation-mapping",
      "epis",
    ]);
  });

  it("filters by shape: one roadmap, four linear", () => {
    expect(listPathways({ shape: "roadmap" }).map((p) => p.id)).toEqual(["implementation-spread-scale"]);
    expect(listPathways({ shape: "linear" })).toHaveLength(4);
  });

  it.each(listPathways().map((p) => [p.id, p] as const))(
    "%s validates with no issue and no warning",
    (_id, pathway) => {
      const result = validatePathway(pathway);
      expect(result.success ? [] : result.issues).toEqual([]);
      expect(result.warnings).toEqual([]);
    },
  );

  it("cites every pathway, with its primary citation first among its citations", () => {
    for (const p of listPathways()) {
      expect(p.citations[0]).toEqual(p.citation);
      expect(p.citation.authors.length).toBeGreaterThan(0);
    }
  });

  it("says so on every step the project models beyond its source", () => {
    const modelled = listPathways().flatMap((p) => p.steps.filter((s) => s.basis === "modelled"));
    expect(modelled.length).toBeGreaterThan(0);
    for (const step of modelled) expect(step.note).toMatch(/project's modelling/);
  });

  it("returns frozen data", () => {
    const [first] = listPathways();
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first?.steps[0]?.completion)).toBe(true);
    expect(Object.isFrozen(strategeasePathway.steps[0])).toBe(true);
  });
});

describe("the built-in pathways", () => {
  it("strategease: six steps in one order, from scope to evaluation", () => {
    const p = getPathway("strategease");
    expect(p.shape).toBe("linear");
    expect(p.citation).toMatchObject({ authors: "Moore JE, Khan S", year: 2023 });
    expect(p.steps.map((s) => s.id)).toEqual([
      "scope",
      "determinants-and-mechanisms",
      "purposes-of-change",
      "select-strategies",
      "tailor-and-specify",
      "plan-evaluation",
    ]);
  });

  it("implementation-spread-scale: a roadmap of nine steps, three entry points, every step modelled", () => {
    const p = getPathway("implementation-spread-scale");
    expect(p.shape).toBe("roadmap");
    expect(p.steps.map((s) => s.title)).toEqual([
      "Build the implementation team",
      "Assess readiness and context",
      "Plan",
      "Build capacity",
      "Monitor and evaluate",
      "Adapt",
      "Spread",
      "Scale",
      "Sustain",
    ]);
    expect(p.steps.filter((s) => s.entryPoint).map((s) => s.id)).toEqual([
      "build-team",
      "assess-readiness",
      "monitor-and-evaluate",
    ]);
    expect(p.steps.every((s) => s.basis === "modelled" && (s.next ?? []).length > 0)).toBe(true);
  });

  it("bcw: the guide's 8 steps in 3 stages (4, 2, 2)", () => {
    const p = getPathway("bcw");
    expect(p.citation).toMatchObject({ authors: "Michie S, Atkins L, West R", year: 2014 });
    expect(p.steps.map((s) => s.title)).toEqual([
      "Define the problem in behavioural terms",
      "Select target behaviour",
      "Specify the target behaviour",
      "Identify what needs to change",
      "Identify intervention functions",
      "Identify policy categories",
      "Identify behaviour change techniques",
      "Identify mode of delivery",
    ]);
    const stages = p.steps.map((s) => s.stage);
    expect([...new Set(stages)]).toEqual([
      "Understand the behaviour",
      "Identify intervention options",
      "Identify content and implementation options",
    ]);
    expect(stages.filter((s) => s === "Understand the behaviour")).toHaveLength(4);
    expect(stages.filter((s) => s === "Identify intervention options")).toHaveLength(2);
    expect(stages.filter((s) => s === "Identify content and implementation options")).toHaveLength(2);
  });

  it("implementation-mapping: 5 tasks, cited to Fernandez et al. 2019", () => {
    const p = getPathway("implementation-mapping");
    expect(p.citation).toMatchObject({
      year: 2019,
      doi: "10.3389/fpubh.2019.00158",
      source: "Frontiers in Public Health 7:158",
    });
    expect(p.steps).toHaveLength(5);
    expect(p.steps.at(-1)?.title).toBe("Evaluate implementation outcomes");
  });

  it("epis: the four phases, cited to Aarons et al. 2011 and Moullin et al. 2019", () => {
    const p = getPathway("epis");
    expect(p.steps.map((s) => s.title)).toEqual(["Exploration", "Preparation", "Implementation", "Sustainment"]);
    expect(p.citations.map((c) => c.doi)).toEqual(["10.1007/s10488-010-0327-7", "10.1186/s13012-018-0842-6"]);
  });
});

describe("getPathway / findPathway", () => {
  it("finds by id", () => {
    expect(findPathway("epis")?.id).toBe("epis");
    expect(getPathway("bcw").steps).toHaveLength(8);
  });

  it("findPathway returns undefined for an unknown id", () => {
    expect(findPathway("strategy-ease")).toBeUndefined();
  });

  it("getPathway throws unknown-pathway naming the closest id and every built-in one", () => {
    let caught: unknown;
    try {
      getPathway("strategy-ease");
    } catch (error) {
      caught = error;
    }
    expect(isPathwaysError(caught) && caught.code).toBe("unknown-pathway");
    expect((caught as Error).message).toBe(
      'Unknown pathway "strategy-ease": did you mean strategease? The built-in pathways are strategease, implementation-spread-scale, bcw, implementation-mapping, epis.',
    );
  });
});

describe("types", () => {
  it("BuiltinPathwayId is the union of the built-in ids, and getPathway still takes any string", () => {
    expectTypeOf<BuiltinPathwayId>().toEqualTypeOf<
      "strategease" | "implementation-spread-scale" | "bcw" | "implementation-mapping" | "epis"
    >();
    expectTypeOf(getPathway).parameter(0).toExtend<string>();
    expect(listPathways().map((p) => p.id)).toHaveLength(5);
  });
});
