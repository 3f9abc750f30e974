import { describe, expect, it } from "vitest";
import { migratePlan } from "./migrate-plan";
import { completePlan } from "./plan.fixture";
import { brief } from "./test-helpers.fixture";

const issuesOf = (input: unknown) => {
  const result = migratePlan(input);
  return result.success ? [] : brief(result.issues);
};

describe("migratePlan", () => {
  it("upgrades a version 0 plan (pathwayId) to version 1 (pathway), saying what changed", () => {
    const { pathway, schemaVersion: _v, ...rest } = structuredClone(completePlan);
    const v0 = { ...rest, schemaVersion: 0, pathwayId: pathway };
    const before = structuredClone(v0);
    const result = migratePlan(v0);
    expect(v0).toEqual(before);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.schemaVersion).toBe(1);
    expect(result.data.pathway).toBe("strategease");
    expect(result.data).not.toHaveProperty("pathwayId");
    expect(result.warnings).toEqual([
      {
        code: "migrated",
        path: ["schemaVersion"],
        message: "Migrated from schemaVersion 0 to 1: renamed pathwayId to pathway.",
      },
    ]);
  });

  it("reads a document without schemaVersion as version 0", () => {
    const result = migratePlan({ title: "T", pathwayId: "epis" });
    expect(result.success && result.data.pathway).toBe("epis");
  });

  it("leaves a current plan as it is, with no migration warning", () => {
    const result = migratePlan(completePlan);
    expect(result.success).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it("refuses a newer version with a coded message that says what to do, changing nothing", () => {
    const result = migratePlan({ ...completePlan, schemaVersion: 2 });
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: "unsupported-schema-version",
          path: ["schemaVersion"],
          message:
            "This plan is schemaVersion 2, written by a newer release; this release of @impsci/pathways reads up to 1. Upgrade @impsci/pathways to open it; nothing was changed.",
        },
      ],
      warnings: [],
    });
  });

  it("rejects a schemaVersion that is not a whole number, and input that is not an object", () => {
    expect(issuesOf({ schemaVersion: "1" })).toEqual([{ code: "invalid-schema-version", path: ["schemaVersion"] }]);
    expect(issuesOf({ schemaVersion: -1 })).toEqual([{ code: "invalid-schema-version", path: ["schemaVersion"] }]);
    for (const input of [null, [], "plan", 3]) {
      expect(issuesOf(input)).toEqual([{ code: "not-a-plan", path: [] }]);
    }
  });

  it("reports what is still wrong after migrating, with the migration warning kept", () => {
    const result = migratePlan({ schemaVersion: 0, title: "T", pathwayId: "nope" });
    expect(!result.success && brief(result.issues)).toEqual([{ code: "unknown-pathway", path: ["pathway"] }]);
    expect(result.warnings[0]?.code).toBe("migrated");
  });
});
