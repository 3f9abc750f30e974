// Generated JSON and JSON Schema for people outside TypeScript: `pnpm run generate` rewrites them, and this test
// fails when they drift from the TypeScript source, or when a built-in link set stops validating against its schema.
import { describe, expect, it } from "vitest";
import { ajvErrors, expectJsonFile, jsonSchemaOf } from "../../../scripts/test-utils/generated";
import { LinkSetSchema } from "./link-set";
import { listLinkSets } from "./link-sets";
import { MatchOptionsSchema } from "./match-options";

const schemaId = (name: string) => `@impsci/matcher/json/schema/${name}.schema.json`;

const schemas = {
  "link-set": jsonSchemaOf(LinkSetSchema, schemaId("link-set"), "input"),
  "match-options": jsonSchemaOf(MatchOptionsSchema, schemaId("match-options"), "input"),
};

describe("generated JSON Schema", () => {
  for (const [name, schema] of Object.entries(schemas)) {
    it(`json/schema/${name}.schema.json is up to date`, async () => {
      await expectJsonFile(schema, `../json/schema/${name}.schema.json`);
    });
  }

  it("the options schema accepts valid options and rejects unknown fields", () => {
    expect(ajvErrors(schemas["match-options"], { mode: "cumulative", top: 10, minFeasibility: 3 })).toEqual([]);
    expect(ajvErrors(schemas["match-options"], { mode: "best" })).not.toEqual([]);
    expect(ajvErrors(schemas["match-options"], { topN: 1 })).not.toEqual([]);
  });
});

describe("generated link-set JSON", () => {
  it("covers the four built-in link sets", () => {
    expect(listLinkSets().map((s) => s.id)).toEqual(["cfir-eric-2019", "tdf-com-b", "com-b-bcw-2011", "bcw-eric"]);
  });

  for (const set of listLinkSets()) {
    it(`json/${set.id}.json is up to date and valid against link-set.schema.json`, async () => {
      expect(ajvErrors(schemas["link-set"], set)).toEqual([]);
      await expectJsonFile(set, `../json/${set.id}.json`);
    });
  }
});
