// A team's own strategies in the matcher: extend the built-in catalogue with a playbook of local strategies, link
// the COM-B subcomponents to them in a link set of your own, and match TDF-coded barriers through the built-in
// TDF -> COM-B links to the playbook (options.target names the taxonomy to recommend from).
//
// Run: pnpm exec tsx --conditions=@impsci/source examples/custom-catalogue.ts
// The playbook and its links are a made-up team's own judgement, not published evidence.
import { pathToFileURL } from "node:url";
import { builtinCatalogue, extendCatalogue } from "@impsci/catalogue";
import { createMatcher, type LinkSetInput } from "@impsci/matcher";

const citation = {
  authors: "Ward 7 practice development team",
  year: 2025,
  title: "Ward playbook",
  source: "Internal",
};

/** Runs the example: prints what it finds. */
export function main(): void {
  // 1. extendCatalogue validates and never throws: the new catalogue, or every problem with its path.
  const extended = extendCatalogue(builtinCatalogue, {
    taxonomies: [{ id: "ward-playbook", name: "Ward 7 playbook", citation }],
    strategies: [
      { taxonomy: "ward-playbook", name: "Five-minute huddle", definition: "A daily stand-up on one practice point." },
      {
        taxonomy: "ward-playbook",
        name: "Buddy shifts",
        definition: "New staff work their first shifts beside a colleague.",
      },
      { taxonomy: "ward-playbook", name: "Restock rota", definition: "A named person checks supplies twice a shift." },
    ],
  });
  if (!extended.success) throw new Error(extended.issues.map((issue) => issue.message).join("\n"));
  const catalogue = extended.data;
  console.log(
    `${catalogue.getStrategy("ward-playbook:Buddy shifts").id}, custom: ${catalogue.getStrategy("ward-playbook:buddy-shifts").custom}`,
  );

  // 2. A link set of your own, as a plain object (validated by createMatcher): COM-B -> the playbook.
  const playbookLinks: LinkSetInput = {
    id: "com-b-ward-playbook",
    version: "1",
    title: "COM-B subcomponents to the ward playbook (the team's judgement)",
    from: "com-b",
    to: "ward-playbook",
    weightKind: "binary",
    basis: "user",
    links: [
      { from: "com-b:psychological-capability", to: "ward-playbook:five-minute-huddle", weight: 1 },
      { from: "com-b:psychological-capability", to: "ward-playbook:buddy-shifts", weight: 1 },
      { from: "com-b:social-opportunity", to: "ward-playbook:buddy-shifts", weight: 1 },
      { from: "com-b:physical-opportunity", to: "ward-playbook:restock-rota", weight: 1 },
    ],
  };

  // 3. The matcher over that catalogue: TDF -> COM-B (built in) -> the playbook (yours).
  const matcher = createMatcher({ catalogue, linkSets: ["tdf-com-b", playbookLinks] });
  const result = matcher.match(
    {
      determinants: [
        { determinant: "tdf-v2:knowledge", valence: "barrier", importance: 5, changeability: 4 },
        {
          determinant: "tdf-v2:environmental-context-and-resources",
          valence: "barrier",
          importance: 4,
          changeability: 2,
        },
      ],
    },
    { target: "ward-playbook" },
  );
  for (const r of result.recommendations) {
    console.log(`${r.rank}. ${r.strategy.name}: ${r.score} via ${r.contributions.map((c) => c.path[1]).join(", ")}`);
  }

  // 4. A strategy added to ERIC itself needs its own citation: the issue says so, with its path.
  const missing = extendCatalogue(builtinCatalogue, {
    strategies: [
      { taxonomy: "eric", name: "Five-minute huddle", definition: "A daily stand-up on one practice point." },
    ],
  });
  if (!missing.success) for (const issue of missing.issues) console.log(`${issue.code} at ${issue.path.join(".")}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
