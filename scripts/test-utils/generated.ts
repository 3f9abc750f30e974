// Shared by every package's drift tests: generated JSON and JSON Schema files must equal what the
// TypeScript source produces (`pnpm run generate` rewrites them), and the JSON must validate against its schema.
import { Ajv2020 } from "ajv/dist/2020.js";
import { expect } from "vitest";
import * as z from "zod";

/** Serialises a value the way every generated file is written: two-space JSON and a final newline. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Fails when the file at `path` (relative to the test file) differs from `value` serialised. */
export async function expectJsonFile(value: unknown, path: string): Promise<void> {
  await expect(toJsonText(value)).toMatchFileSnapshot(path);
}

/** The JSON Schema (draft 2020-12) of a zod schema; `io: "input"` for what a user writes. */
export function jsonSchemaOf(
  schema: z.ZodType,
  id: string,
  io: "input" | "output" = "output",
): Record<string, unknown> {
  return { $id: id, ...z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) };
}

/** The ajv errors of `data` against `schema`, as readable strings (empty when valid). */
export function ajvErrors(schema: Record<string, unknown>, data: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}
