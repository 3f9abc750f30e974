import { describe, expect, it } from "vitest";
import { getPathway } from "./list-pathways";
import type { PathwayInput } from "./pathway";
import { validatePathway } from "./validate-pathway";

/** A mutable copy of a built-in pathway, changed by `edit`. */
type Editable = Omit<PathwayInput, "steps"> & { steps: Record<string, unknown>[] };

function edited(id: string, edit: (p: Editable) => void): unknown {
  const copy = structuredClone(getPathway(id)) as unknown as Editable;
  edit(copy);
  return copy;
}

const issuesOf = (input: unknown) => {
  const result = validatePathway(input);
  return result.success ? [] : result.issues.map(({ code, path }) => ({ code, path }));
};

describe("validatePathway", () => {
  it("returns the pathway, frozen", () => {
    const result = validatePathway(structuredClone(getPathway("bcw")));
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.steps).toHaveLength(8);
      expect(Object.isFrozen(result.data)).toBe(true);
    }
  });

  it("reports schema problems with codes and paths: unknown field, wrong type, missing field", () => {
    const input = edited("epis", (p) => {
      (p as Record<string, unknown>).colour = "blue";
      (p.steps[0] as Record<string, unknown>).title = 3;
      delete (p.steps[1] as Record<string, unknown>).purpose;
    });
    expect(issuesOf(input)).toEqual([
      { code: "invalid-type", path: ["steps", 0, "title"] },
      { code: "missing-field", path: ["steps", 1, "purpose"] },
      { code: "unknown-field", path: ["colour"] },
    ]);
  });

  it("duplicate-step: two steps with one id", () => {
    const input = edited("epis", (p) => {
      (p.steps[1] as { id: string }).id = "exploration";
    });
    expect(issuesOf(input)).toContainEqual({ code: "duplicate-step", path: ["steps", 1, "id"] });
  });

  it("unknown-plan-field: in needs, produces and completion rules, with the closest field named", () => {
    const input = edited("epis", (p) => {
      (p.steps[0] as { produces: string[] }).produces = ["determinant"];
      (p.steps[1] as { needs: string[] }).needs = ["nope"];
      (p.steps[1] as { completion: unknown[] }).completion = [{ kind: "field", field: "strategies.specifed" }];
    });
    const result = validatePathway(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "unknown-plan-field", path: ["steps", 0, "produces", 0] },
      { code: "unknown-plan-field", path: ["steps", 1, "needs", 0] },
      { code: "unknown-plan-field", path: ["steps", 1, "completion", 0, "field"] },
    ]);
    expect(result.issues[0]?.message).toContain("did you mean determinants");
    expect(result.issues[2]?.message).toContain("strategies.specified");
  });

  it("unknown-step: a roadmap suggesting a step that does not exist, or itself", () => {
    const input = edited("implementation-spread-scale", (p) => {
      (p.steps[0] as { next: string[] }).next = ["asses-readiness", "build-team"];
    });
    expect(issuesOf(input)).toEqual([
      { code: "unknown-step", path: ["steps", 0, "next", 0] },
      { code: "unknown-step", path: ["steps", 0, "next", 1] },
    ]);
  });

  it("linear-branching: a linear pathway has one order, so no entry points or next steps", () => {
    const input = edited("epis", (p) => {
      (p.steps[2] as { next: string[] }).next = ["exploration"];
      (p.steps[3] as { entryPoint: boolean }).entryPoint = true;
    });
    expect(issuesOf(input)).toEqual([
      { code: "linear-branching", path: ["steps", 2, "next"] },
      { code: "linear-branching", path: ["steps", 3, "entryPoint"] },
    ]);
  });

  it("order-conflict: a linear step needing what only a later step produces", () => {
    const input = edited("epis", (p) => {
      p.steps = [p.steps[1] ?? {}, p.steps[0] ?? {}, ...p.steps.slice(2)];
    });
    expect(issuesOf(input)).toEqual([{ code: "order-conflict", path: ["steps", 0, "needs", 0] }]);
  });

  it("split-stage: the steps of a stage must follow one another", () => {
    const input = edited("bcw", (p) => {
      (p.steps[6] as { stage: string }).stage = "Understand the behaviour";
    });
    expect(issuesOf(input)).toEqual([{ code: "split-stage", path: ["steps", 6, "stage"] }]);
  });

  it("no-entry-point: a roadmap needs somewhere to start", () => {
    const input = edited("implementation-spread-scale", (p) => {
      for (const step of p.steps) delete step.entryPoint;
    });
    expect(issuesOf(input)).toEqual([{ code: "no-entry-point", path: ["steps"] }]);
  });

  it("missing-note: a modelled step must say what it models", () => {
    const input = edited("implementation-spread-scale", (p) => {
      delete p.steps[4]?.note;
    });
    expect(issuesOf(input)).toEqual([{ code: "missing-note", path: ["steps", 4, "note"] }]);
  });

  it("warns (unreachable-step) about a roadmap step no entry point leads to", () => {
    const input = edited("implementation-spread-scale", (p) => {
      for (const step of p.steps) step.next = (step.next as string[]).filter((n) => n !== "scale");
    });
    const result = validatePathway(input);
    expect(result.success).toBe(true);
    expect(result.warnings.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "unreachable-step", path: ["steps", 7] },
    ]);
  });

  it("never throws on input that fights back", () => {
    const hostile = Object.defineProperty({}, "steps", {
      enumerable: true,
      get() {
        throw new Error("no");
      },
    });
    const result = validatePathway(hostile);
    expect(result.success ? [] : result.issues.map((i) => i.code)).toEqual(["invalid-input"]);
  });

  it("never throws on input that is not a pathway", () => {
    for (const input of [undefined, null, 42, "bcw", [], { steps: "none" }]) {
      const result = validatePathway(input);
      expect(result.success).toBe(false);
    }
  });
});
