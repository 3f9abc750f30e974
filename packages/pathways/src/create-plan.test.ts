import { describe, expect, it } from "vitest";
import { createPlan } from "./create-plan";
import type { PathwaysError } from "./error";

describe("createPlan", () => {
  it("starts a valid, empty plan at the current schema version", () => {
    expect(createPlan("bcw")).toEqual({
      schemaVersion: 1,
      title: "Implementation plan",
      pathway: "bcw",
      scope: { behaviours: [] },
      consulted: [],
      determinants: [],
      deferrals: [],
      mechanisms: [],
      strategies: [],
      outcomes: [],
      modifications: [],
      checkpoints: [],
    });
  });

  it("takes any part of the plan, rewrites references to qualified ids, and freezes the result", () => {
    const plan = createPlan("strategease", {
      title: "Depression screening",
      determinants: [{ id: "k", determinant: "TDF-v2:Knowledge", valence: "barrier" }],
    });
    expect(plan.title).toBe("Depression screening");
    expect(plan.determinants[0]?.determinant).toBe("tdf-v2:knowledge");
    expect(Object.isFrozen(plan.determinants)).toBe(true);
  });

  it("throws unknown-pathway, naming the closest ids", () => {
    expect(() => createPlan("epi")).toThrowError(
      expect.objectContaining({ code: "unknown-pathway", message: expect.stringContaining("did you mean epis?") }),
    );
  });

  it("throws invalid-plan with every issue for an invalid start", () => {
    let caught: PathwaysError | undefined;
    try {
      createPlan("epis", { strategies: [{ id: "s", strategy: "eric:nothing-like-this", addresses: ["x"] }] });
    } catch (error) {
      caught = error as PathwaysError;
    }
    expect(caught?.code).toBe("invalid-plan");
    expect(caught?.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["unknown-reference", "strategies.0.strategy"],
      ["dangling-determinant", "strategies.0.addresses.0"],
    ]);
  });

  it("keeps the pathway and version it was asked for even if init names others", () => {
    const init = { schemaVersion: 9, pathway: "bcw" } as unknown as Parameters<typeof createPlan>[1];
    const plan = createPlan("epis", init);
    expect([plan.pathway, plan.schemaVersion]).toEqual(["epis", 1]);
  });
});
