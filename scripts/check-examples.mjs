#!/usr/bin/env node
// Every export of every package carries JSDoc with an @example (the house style): reads the JSON model TypeDoc
// writes next to the HTML (docs/api/api.json, from `pnpm run docs`) and lists each export without one.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const model = JSON.parse(readFileSync(join(root, "docs", "api", "api.json"), "utf8"));

const hasExample = (node) =>
  (node.comment?.blockTags ?? []).some((tag) => tag.tag === "@example") || (node.signatures ?? []).some(hasExample);

const missing = [];
for (const pkg of model.children ?? []) {
  for (const declaration of pkg.children ?? []) {
    if (!hasExample(declaration)) missing.push(`${pkg.name}: ${declaration.name}`);
  }
}
for (const line of missing) console.log(`no @example: ${line}`);
console.log(missing.length === 0 ? "every export has an @example" : `${missing.length} export(s) without an @example`);
process.exit(missing.length === 0 ? 0 : 1);
