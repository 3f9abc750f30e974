// Generated JSON and JSON Schema for people outside TypeScript: `pnpm run generate` rewrites them, and this test
// fails when they drift from the TypeScript source, or when a dataset stops validating against its schema.
import { describe, expect, it } from "vitest";
import { ajvErrors, expectJsonFile, jsonSchemaOf } from "../../../scripts/test-utils/generated";
import { listCrosswalks } from "./crosswalks";
import { DeterminantProfileSchema } from "./determinant";
import { CrosswalkSchema, FrameworkSchema } from "./framework";
import { listFrameworks } from "./frameworks";

const schemaId = (name: string) => `@impsci/determinants/json/schema/${name}.schema.json`;

const schemas = {
  "determinant-profile": jsonSchemaOf(DeterminantProfileSchema, schemaId("determinant-profile"), "input"),
  framework: jsonSchemaOf(FrameworkSchema, schemaId("framework")),
  crosswalk: jsonSchemaOf(CrosswalkSchema, schemaId("crosswalk")),
};

describe("generated JSON Schema", () => {
  for (const [name, schema] of Object.entries(schemas)) {
    it(`json/schema/${name}.schema.json is up to date`, async () => {
      await expectJsonFile(schema, `../json/schema/${name}.schema.json`);
    });
  }

  it("the profile schema accepts a valid profile and rejects a bad one", () => {
    const profile = {
      id: "clinic-a",
      determinants: [{ determinant: "tdf-v2:knowledge", valence: "barrier", importance: 5, changeability: 4 }],
    };
    expect(ajvErrors(schemas["determinant-profile"], profile)).toEqual([]);
    expect(
      ajvErrors(schemas["determinant-profile"], { determinants: [{ determinant: "x", valence: "maybe" }] }),
    ).not.toEqual([]);
  });
});

describe("generated dataset JSON", () => {
  it("covers the four frameworks and every crosswalk", () => {
    expect(listFrameworks().map((f) => f.id)).toEqual(["com-b", "tdf-v2", "cfir-2009", "cfir-2022"]);
    expect(listCrosswalks().map((c) => c.id)).toEqual(["tdf-v2-com-b.bcw-guide-2014"]);
  });

  for (const framework of listFrameworks()) {
    it(`json/${framework.id}.json is up to date and valid against framework.schema.json`, async () => {
      expect(ajvErrors(schemas.framework, framework)).toEqual([]);
      await expectJsonFile(framework, `../json/${framework.id}.json`);
    });
  }

  for (const crosswalk of listCrosswalks()) {
    it(`json/${crosswalk.id}.json is up to date and valid against crosswalk.schema.json`, async () => {
      expect(ajvErrors(schemas.crosswalk, crosswalk)).toEqual([]);
      await expectJsonFile(crosswalk, `../json/${crosswalk.id}.json`);
    });
  }
});
