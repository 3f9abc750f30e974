// Rewrites the generated provenance table in README.md and docs/data-provenance.md from the datasets'
// metadata: `pnpm run docs:sync`. scripts/provenance.test.ts fails when they are out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { withTable } from "./provenance";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
for (const file of ["README.md", "docs/data-provenance.md"]) {
  const path = join(root, file);
  const before = readFileSync(path, "utf8");
  const after = withTable(before);
  if (after !== before) {
    writeFileSync(path, after);
    console.log(`updated ${file}`);
  }
}
