// Getting started, the CFIR-ERIC route: barriers coded with CFIR 2009 reach ERIC strategies through expert
// endorsements (cfir-2009 -> eric), scored as the CFIR-ERIC Matching Tool scores them (mode "cumulative": the sum of
// the endorsement percentages, with Level 1 and Level 2 counts). The profile is read from a CSV file.
//
// Run: pnpm exec tsx --conditions=@impsci/source examples/match-cfir-eric.ts
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseProfileCsv } from "@impsci/determinants";
import { createMatcher, getLinkSet, listLinkSets } from "@impsci/matcher";

/** Runs the example: prints what it finds. */
export function main(): void {
  // 1. A profile from CSV: columns determinant,valence and optionally strength, importance, changeability, ...
  const csv = readFileSync(new URL("fixtures/cfir-barriers.csv", import.meta.url), "utf8");
  const read = parseProfileCsv(csv, { id: "clinic-a" });
  if (!read.success) {
    for (const issue of read.issues) console.log(`Row ${issue.row}, column ${issue.column}: ${issue.message}`);
    return;
  }

  // 2. Only the CFIR-ERIC link set, scored the Matching Tool's way.
  const matcher = createMatcher({ linkSets: ["cfir-eric-2019"] });
  const result = matcher.match(read.data, { mode: "cumulative", top: 5 });
  for (const r of result.recommendations) {
    console.log(`${r.rank}. ${r.strategy.name}: ${r.score} % (level 1: ${r.level1}, level 2: ${r.level2})`);
  }

  // 3. Coverage, said plainly: the built-in set holds the one barrier whose endorsements are published openly.
  const set = getLinkSet("cfir-eric-2019");
  const [barriers] = set.coverage?.counts ?? [];
  console.log(`${set.id}: ${set.coverage?.status}, ${barriers?.included} of ${barriers?.published} ${barriers?.unit}`);
  for (const w of result.warnings.filter((w) => w.code === "not-covered")) {
    console.log(`not covered: ${w.determinants?.join(", ")}`);
  }

  // 4. Every built-in link set says what it rests on and how complete it is.
  for (const s of listLinkSets()) console.log(`${s.id} (${s.from} -> ${s.to}): ${s.basis}, ${s.coverage?.status}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
