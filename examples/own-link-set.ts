// Loading your own link set, e.g. the complete CFIR-ERIC matrix exported from the Matching Tool's workbook to CSV:
// strategies as rows, barriers as columns, cells such as "60%" (the wide format).
//
// Run: pnpm exec tsx --conditions=@impsci/source examples/own-link-set.ts
//
// fixtures/cfir-eric-reflecting-evaluating.csv holds the published endorsements for one barrier (Reflecting &
// Evaluating; Waltz et al. 2019, Table 1), in the workbook's layout. fixtures/example-barrier-matrix.csv and
// fixtures/example-barrier-matrix-broken.csv have the same layout with MADE-UP numbers: they show how a file is read,
// and say nothing about which strategy suits which barrier.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { createMatcher, getLinkSet, parseLinkSetCsv } from "@impsci/matcher";

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), "utf8");

/** Runs the example: prints what it finds. */
export function main(): void {
  // 1. The workbook's export as it is: bare names, so say which scheme each side is in.
  const published = parseLinkSetCsv(fixture("cfir-eric-reflecting-evaluating.csv"), {
    id: "cfir-eric-export",
    from: "cfir-2009",
    to: "eric",
    weightKind: "percent",
  });
  if (!published.success) throw new Error(published.issues.map((issue) => issue.message).join("\n"));
  const same = published.data.links.every((link) =>
    getLinkSet("cfir-eric-2019").links.some(
      (l) => l.from === link.from && l.to === link.to && l.weight === link.weight,
    ),
  );
  console.log(
    `${published.data.id}: ${published.data.links.length} links, each as in the built-in cfir-eric-2019: ${same}`,
  );

  // 2. A matrix with more barriers (made-up numbers), matched in the Matching Tool's cumulative mode, in place of the
  //    built-in cfir-eric-2019 and beside the StrategEase route's three sets.
  const read = parseLinkSetCsv(fixture("example-barrier-matrix.csv"), {
    id: "example-barrier-matrix",
    from: "cfir-2009",
    to: "eric",
    weightKind: "percent",
    title: "Example barrier matrix (made-up values)",
  });
  if (!read.success) throw new Error(read.issues.map((issue) => issue.message).join("\n"));
  const matcher = createMatcher({ linkSets: [read.data, "tdf-com-b", "com-b-bcw-2011", "bcw-eric"] });
  const result = matcher.match(
    {
      determinants: [
        { determinant: "cfir-2009:Planning", valence: "barrier" },
        { determinant: "cfir-2009:Available Resources", valence: "barrier" },
        { determinant: "cfir-2009:Leadership Engagement", valence: "barrier" },
      ],
    },
    { mode: "cumulative", top: 5 },
  );
  for (const r of result.recommendations) {
    console.log(`${r.rank}. ${r.strategy.name}: ${r.score} % (level 1: ${r.level1}, level 2: ${r.level2})`);
  }
  console.log(`manifest: ${result.manifest.linkSets.map((s) => `${s.id} (${s.basis})`).join(", ")}`);

  // 3. A file with mistakes: every problem at once, each with its row (the header is row 1), column and value.
  const broken = parseLinkSetCsv(fixture("example-barrier-matrix-broken.csv"), {
    id: "broken",
    from: "cfir-2009",
    to: "eric",
    weightKind: "percent",
  });
  if (!broken.success) {
    for (const issue of broken.issues) console.log(`${issue.code}: ${issue.message}`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
