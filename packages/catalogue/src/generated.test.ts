// Generated JSON and JSON Schema for people outside TypeScript: `pnpm run generate` rewrites them, and this test
// fails when they drift from the TypeScript source, or when a dataset stops validating against its schema.
import { describe, expect, it } from "vitest";
import { ajvErrors, expectJsonFile, jsonSchemaOf } from "../../../scripts/test-utils/generated";
import { CatalogueExtensionSchema } from "./extend-catalogue";
import { listTaxonomies } from "./get-taxonomy";
import { StrategySchema, TaxonomySchema } from "./strategy";

const schemaId = (name: string) => `@impsci/catalogue/json/schema/${name}.schema.json`;

const schemas = {
  strategy: jsonSchemaOf(StrategySchema, schemaId("strategy")),
  taxonomy: jsonSchemaOf(TaxonomySchema, schemaId("taxonomy")),
  "catalogue-extension": jsonSchemaOf(CatalogueExtensionSchema, schemaId("catalogue-extension"), "input"),
};

describe("generated JSON Schema", () => {
  for (const [name, schema] of Object.entries(schemas)) {
    it(`json/schema/${name}.schema.json is up to date`, async () => {
      await expectJsonFile(schema, `../json/schema/${name}.schema.json`);
    });
  }

  it("the strategy schema accepts a built-in strategy and rejects a record without a citation", () => {
    const [first] = listTaxonomies()[0]?.strategies ?? [];
    expect(ajvErrors(schemas.strategy, first)).toEqual([]);
    const { citation: _, ...uncited } = first ?? {};
    expect(ajvErrors(schemas.strategy, uncited)).toEqual(["/ must have required property 'citation'"]);
  });

  it("the extension schema accepts what a team writes, defaults left out, and rejects an unknown field", () => {
    const citation = { authors: "QI team", year: 2025, title: "Playbook", source: "Internal document" };
    const extension = {
      taxonomies: [{ id: "ours", name: "Ours", citation }],
      strategies: [{ taxonomy: "ours", name: "Weekly huddle", definition: "A short weekly meeting." }],
    };
    expect(ajvErrors(schemas["catalogue-extension"], extension)).toEqual([]);
    expect(
      ajvErrors(schemas["catalogue-extension"], { strategies: [{ ...extension.strategies[0], colour: "red" }] }),
    ).toEqual(["/strategies/0 must NOT have additional properties"]);
  });
});

describe("generated dataset JSON", () => {
  it("covers the four built-in taxonomies", () => {
    expect(listTaxonomies().map((t) => t.id)).toEqual(["eric", "bcw", "bcw-policy", "bct-v1"]);
  });

  for (const taxonomy of listTaxonomies()) {
    it(`json/${taxonomy.id}.json is up to date and valid against taxonomy.schema.json`, async () => {
      expect(ajvErrors(schemas.taxonomy, taxonomy)).toEqual([]);
      await expectJsonFile(taxonomy, `../json/${taxonomy.id}.json`);
    });
  }
});
