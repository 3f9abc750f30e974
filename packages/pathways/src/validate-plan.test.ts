import { builtinCatalogue, extendCatalogue } from "@impsci/catalogue";
import { describe, expect, it } from "vitest";
import { getPathway } from "./list-pathways";
import { completePlan } from "./plan.fixture";
import { brief, mutablePlan, planWith } from "./test-helpers.fixture";
import { validatePlan } from "./validate-plan";

const issuesOf = (input: unknown) => {
  const result = validatePlan(input);
  return result.success ? [] : brief(result.issues);
};

describe("validatePlan: a complete plan", () => {
  it("validates with no issue and no warning", () => {
    const result = validatePlan(completePlan);
    expect(result.success ? [] : result.issues).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("rewrites every reference to its qualified id, in a frozen copy, leaving the input untouched", () => {
    const input = mutablePlan();
    const before = structuredClone(input);
    const result = validatePlan(input);
    expect(input).toEqual(before);
    if (!result.success) throw new Error("expected success");
    expect(result.data.determinants[0]?.determinant).toBe("tdf-v2:knowledge");
    expect(result.data.strategies[0]?.strategy).toBe("eric:conduct-educational-meetings");
    expect(Object.isFrozen(result.data.strategies[0]?.specification)).toBe(true);
  });

  it("fills in every list a plan may leave out", () => {
    const result = validatePlan({ schemaVersion: 1, title: "T", pathway: "epis" });
    expect(result.success && result.data).toMatchObject({
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
});

describe("validatePlan: schema problems", () => {
  it("unknown fields, wrong types and missing fields give coded issues with paths", () => {
    expect(
      issuesOf(
        planWith((p) => {
          p.colour = "blue";
          p.title = 7 as unknown as string;
          delete (p.consulted[0] as { role?: string }).role;
        }),
      ),
    ).toEqual([
      { code: "invalid-type", path: ["title"] },
      { code: "missing-field", path: ["consulted", 0, "role"] },
      { code: "unknown-field", path: ["colour"] },
    ]);
  });

  it("reports unknown fields together with the plan's other problems", () => {
    expect(
      issuesOf(
        planWith((p) => {
          (p.strategies[0] as Record<string, unknown>).dosage = "weekly";
          p.strategies[0]?.addresses.push("skills");
        }),
      ),
    ).toEqual([
      { code: "unknown-field", path: ["strategies", 0, "dosage"] },
      { code: "dangling-determinant", path: ["strategies", 0, "addresses", 1] },
    ]);
  });

  it("an invalid value names the allowed ones", () => {
    const result = validatePlan(planWith((p) => ((p.outcomes[0] as { outcome: string }).outcome = "reach")));
    expect(!result.success && brief(result.issues)).toEqual([
      { code: "invalid-value", path: ["outcomes", 0, "outcome"] },
    ]);
    expect(!result.success && result.issues[0]?.message).toContain('"penetration"');
  });

  it("never throws on input that is not a plan", () => {
    for (const input of [undefined, null, 0, "plan", [], { schemaVersion: "1" }]) {
      expect(validatePlan(input).success).toBe(false);
    }
  });

  it("never throws on input that fights back", () => {
    const hostile = Object.defineProperty({ schemaVersion: 1, title: "T", pathway: "epis" }, "determinants", {
      enumerable: true,
      get() {
        throw new Error("no");
      },
    });
    const result = validatePlan(hostile);
    expect(!result.success && brief(result.issues)).toEqual([{ code: "invalid-input", path: [] }]);
  });
});

describe("validatePlan: versions and pathway", () => {
  it("outdated-schema-version: an older plan must be migrated first", () => {
    const result = validatePlan({ schemaVersion: 0, title: "T", pathwayId: "epis" });
    expect(!result.success && brief(result.issues)).toEqual([
      { code: "outdated-schema-version", path: ["schemaVersion"] },
    ]);
    expect(!result.success && result.issues[0]?.message).toContain("migratePlan");
  });

  it("unsupported-schema-version: a newer plan is refused with a message that says what to do", () => {
    const result = validatePlan({ schemaVersion: 2, title: "T", pathway: "epis" });
    expect(!result.success && result.issues[0]).toEqual({
      code: "unsupported-schema-version",
      path: ["schemaVersion"],
      message:
        "This plan is schemaVersion 2, newer than this release of @impsci/pathways reads (1): upgrade @impsci/pathways to open it.",
    });
  });

  it("unknown-pathway, naming the closest", () => {
    const result = validatePlan(planWith((p) => (p.pathway = "strategyease")));
    expect(!result.success && brief(result.issues)).toEqual([{ code: "unknown-pathway", path: ["pathway"] }]);
    expect(!result.success && result.issues[0]?.message).toContain("did you mean strategease?");
  });

  it("accepts a plan on a pathway the caller brings", () => {
    const custom = { ...getPathway("epis"), id: "our-epis" };
    const plan = {
      schemaVersion: 1,
      title: "T",
      pathway: "our-epis",
      checkpoints: [{ step: "sustainment", status: "complete" }],
    };
    expect(validatePlan(plan).success).toBe(false);
    expect(validatePlan(plan, { pathway: custom }).success).toBe(true);
  });

  it("unknown-step: a checkpoint for a step the pathway does not have", () => {
    expect(issuesOf(planWith((p) => p.checkpoints.push({ step: "sustainment", status: "complete" })))).toEqual([
      { code: "unknown-step", path: ["checkpoints", 1, "step"] },
    ]);
  });
});

describe("validatePlan: references", () => {
  it("determinant references resolve by the identifier rules; an unknown one names the closest element", () => {
    const result = validatePlan(
      planWith((p) => (p.determinants[0] = { ...p.determinants[0], determinant: "tdf-v2:knowlege" })),
    );
    expect(!result.success && brief(result.issues)).toEqual([
      { code: "unknown-reference", path: ["determinants", 0, "determinant"] },
    ]);
    expect(!result.success && result.issues[0]?.message).toContain("tdf-v2:knowledge (Knowledge)");
  });

  it("strategy, mechanism element and function references resolve too", () => {
    expect(
      issuesOf(
        planWith((p) => {
          (p.strategies[0] as { strategy: string }).strategy = "eric:conduct educational meetingz";
          (p.mechanisms[0] as { elements: string[] }).elements = ["com-b:psychological capability", "com-x:capability"];
          (p.mechanisms[0] as { functions: string[] }).functions = ["bcw:educate", "eric:facilitation"];
        }),
      ),
    ).toEqual([
      { code: "unknown-scheme", path: ["mechanisms", 0, "elements", 1] },
      { code: "unknown-reference", path: ["mechanisms", 0, "functions", 0] },
      { code: "not-an-intervention-function", path: ["mechanisms", 0, "functions", 1] },
      { code: "unknown-reference", path: ["strategies", 0, "strategy"] },
    ]);
  });

  it("resolves strategies in a catalogue the caller brings", () => {
    const citation = { authors: "Ward 7 team", year: 2026, title: "Ward playbook", source: "Internal document" };
    const extended = extendCatalogue(builtinCatalogue, {
      taxonomies: [{ id: "ward-playbook", name: "Ward playbook", citation }],
      strategies: [{ taxonomy: "ward-playbook", name: "Falls huddles", definition: "Short huddles on falls." }],
    });
    if (!extended.success) throw new Error("the extension should be valid");
    const plan = planWith((p) => {
      (p.strategies[0] as { strategy: string }).strategy = "ward-playbook:Falls huddles";
    });
    expect(issuesOf(plan)).toEqual([{ code: "unknown-scheme", path: ["strategies", 0, "strategy"] }]);
    const result = validatePlan(plan, { catalogue: extended.data });
    expect(result.success && result.data.strategies[0]?.strategy).toBe("ward-playbook:falls-huddles");
  });

  it("dangling references inside the plan are coded issues with paths", () => {
    expect(
      issuesOf(
        planWith((p) => {
          p.strategies[0]?.addresses.push("skills");
          p.strategies[1]?.mechanisms.push("motivation");
          (p.mechanisms[0] as { determinants: string[] }).determinants.push("beliefs");
          (p.outcomes[0] as { strategies: string[] }).strategies.push("audit");
          (p.deferrals[0] as { determinant: string }).determinant = "funding";
          (p.modifications[0] as { strategy: string }).strategy = "huddles";
        }),
      ),
    ).toEqual([
      { code: "dangling-determinant", path: ["mechanisms", 0, "determinants", 1] },
      { code: "dangling-determinant", path: ["strategies", 0, "addresses", 1] },
      { code: "dangling-mechanism", path: ["strategies", 1, "mechanisms", 1] },
      { code: "dangling-strategy", path: ["outcomes", 0, "strategies", 1] },
      { code: "dangling-determinant", path: ["deferrals", 0, "determinant"] },
      { code: "dangling-strategy", path: ["modifications", 0, "strategy"] },
    ]);
  });

  it("a dangling reference names what the plan does hold", () => {
    const result = validatePlan(planWith((p) => p.strategies[0]?.addresses.push("skills")));
    expect(!result.success && result.issues[0]?.message).toBe(
      'strategies.0.addresses.1: the plan holds no determinant with id "skills" (its determinants are "knowledge", "time", "peers", "cost").',
    );
  });

  it("duplicate-id: ids are unique within determinants, mechanisms, strategies and outcomes", () => {
    expect(
      issuesOf(
        planWith((p) => {
          (p.strategies[1] as { id: string }).id = "teach";
          (p.outcomes[1] as { id: string }).id = "reach";
        }),
      ),
    ).toEqual([
      { code: "duplicate-id", path: ["strategies", 1, "id"] },
      { code: "duplicate-id", path: ["outcomes", 1, "id"] },
      // Renaming strategy "record" leaves the outcome that named it dangling.
      { code: "dangling-strategy", path: ["outcomes", 0, "strategies", 0] },
    ]);
  });

  it("the determinant model's own checks apply (strength against valence, the same element twice)", () => {
    expect(
      issuesOf(
        planWith((p) => {
          p.determinants[0] = { ...p.determinants[0], strength: 2 };
          p.determinants.push({
            id: "knowledge-2",
            determinant: "tdf-v2:knowledge",
            valence: "barrier",
            importance: 1,
            changeability: 1,
          });
        }),
      ).map((i) => i.path),
    ).toEqual([
      ["determinants", 0, "strength"],
      ["determinants", 4, "determinant"],
    ]);
  });

  it("empty-outcome: an outcome with neither an anticipated nor an actual value", () => {
    expect(issuesOf(planWith((p) => delete p.outcomes[1]?.anticipated))).toEqual([
      { code: "empty-outcome", path: ["outcomes", 1] },
    ]);
  });
});
