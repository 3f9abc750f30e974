// Getting started, the StrategEase route: barriers and facilitators coded with the Theoretical Domains Framework
// reach ERIC strategies through COM-B and the Behaviour Change Wheel's intervention functions
// (tdf-v2 -> com-b -> bcw -> eric). Each recommendation explains itself: which determinant, through which
// mechanism, with which link set, weight and citation.
//
// Run: pnpm exec tsx --conditions=@impsci/source examples/match-strategease.ts
// The ratings below are a team's own judgements, made up for the example: they are not published figures.
import { pathToFileURL } from "node:url";
import { type DeterminantProfileInput, validateProfile } from "@impsci/determinants";
import { createMatcher } from "@impsci/matcher";

export const profile = {
  id: "ward-7-hand-hygiene",
  title: "Hand hygiene before patient contact on ward 7",
  determinants: [
    {
      determinant: "tdf-v2:Knowledge", // a published name: resolves to tdf-v2:knowledge
      valence: "barrier",
      importance: 5,
      changeability: 4,
      note: "Agency staff do not know the five moments",
    },
    {
      determinant: "tdf-v2:11", // a published number: domain 11 is Environmental Context and Resources
      valence: "barrier",
      importance: 4,
      changeability: 2,
      note: "Gel dispensers are empty by the afternoon",
    },
    {
      determinant: "tdf-v2:social-influences", // a key
      valence: "facilitator",
      importance: 3,
      changeability: 4,
      note: "The ward sister reminds people and is listened to",
    },
  ],
} satisfies DeterminantProfileInput;

/** Runs the example: prints what it finds. */
export function main(): void {
  // 1. Validation never throws: it returns the profile with canonical ids, or every problem with its path.
  const checked = validateProfile(profile);
  if (!checked.success) throw new Error(checked.issues.map((issue) => issue.message).join("\n"));
  console.log(`Profile: ${checked.data.determinants.map((d) => d.determinant).join(", ")}`);

  // 2. One matcher over every built-in link set, compiled once; then match as often as you like.
  const matcher = createMatcher();
  const result = matcher.match(checked.data, { top: 3 });

  // 3. Each recommendation: rank, score, and every path that adds to it (the mechanism is on the path).
  for (const r of result.recommendations) {
    console.log(`${r.rank}. ${r.strategy.name} (${r.strategy.id}), score ${r.score}`);
    for (const c of r.contributions) {
      console.log(`   ${c.valence === "barrier" ? "-" : "+"} ${c.path.join(" > ")}: +${c.weight}`);
    }
  }

  // 4. The hops of one path: which link set each comes from, its weight and its note (a rationale or a source).
  const first = result.recommendations[0]?.contributions[0];
  for (const step of first?.steps ?? []) {
    console.log(
      `   hop ${step.from} -> ${step.to}: ${step.linkSet}, weight ${step.weight}${step.note ? `, "${step.note}"` : ""}`,
    );
  }

  // 5. Warnings say what the numbers cannot: defaults used, project-authored links, uncovered determinants.
  for (const w of result.warnings) console.log(`warning ${w.code}: ${w.message}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
