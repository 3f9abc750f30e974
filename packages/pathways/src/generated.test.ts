// Generated JSON and JSON Schema for people outside TypeScript: `pnpm run generate` rewrites them, and this test
// fails when they drift from the TypeScript source, or when a pathway stops validating against its schema.
import { describe, expect, it } from "vitest";
import { ajvErrors, expectJsonFile, jsonSchemaOf } from "../../../scripts/test-utils/generated";
import { listPathways } from "./list-pathways";
import { PathwaySchema } from "./pathway";
import { PlanSchema } from "./plan";
import { completePlan } from "./plan.fixture";

const schemaId = (name: string) => `@impsci/pathways/json/schema/${name}.schema.json`;

const schemas = {
  plan: jsonSchemaOf(PlanSchema, schemaId("plan"), "input"),
  pathway: jsonSchemaOf(PathwaySchema, schemaId("pathway")),
};

describe("generated JSON Schema", () => {
  for (const [name, schema] of Object.entries(schemas)) {
    it(`json/schema/${name}.schema.json is up to date`, async () => {
      await expectJsonFile(schema, `../json/schema/${name}.schema.json`);
    });
  }

  it("the plan schema accepts what a team writes: the complete plan, and a minimal one", () => {
    expect(ajvErrors(schemas.plan, completePlan)).toEqual([]);
    expect(ajvErrors(schemas.plan, { schemaVersion: 1, title: "T", pathway: "epis" })).toEqual([]);
  });

  it("the plan schema rejects an unknown field, a wrong type and another schema version", () => {
    expect(ajvErrors(schemas.plan, { ...completePlan, colour: "red" })).toEqual([
      "/ must NOT have additional properties",
    ]);
    expect(ajvErrors(schemas.plan, { ...completePlan, consulted: "everyone" })).toEqual(["/consulted must be array"]);
    expect(ajvErrors(schemas.plan, { ...completePlan, schemaVersion: 2 })).toEqual([
      "/schemaVersion must be equal to constant",
    ]);
  });
});

describe("generated pathway JSON", () => {
  it("covers the five built-in pathways", () => {
    expect(listPathways().map((p) => p.id)).toEqual([
      "strategease",
      "implementation-spread-scale",
      "bcw",
      "implementation-mapping",
      "epis",
    ]);
  });

  for (const pathway of listPathways()) {
    it(`json/${pathway.id}.json is up to date and valid against pathway.schema.json`, async () => {
      expect(ajvErrors(schemas.pathway, pathway)).toEqual([]);
      await expectJsonFile(pathway, `../json/${pathway.id}.json`);
    });
  }

  it("the pathway schema rejects a step without completion rules", () => {
    const [first] = listPathways();
    const broken = { ...first, steps: [{ ...first?.steps[0], completion: [] }] };
    expect(ajvErrors(schemas.pathway, broken)).toEqual(["/steps/0/completion must NOT have fewer than 1 items"]);
  });
});
