// Many sites in one streaming pass: matchMany takes any iterable or async iterable of profiles (here an async
// generator, as when reading them from a file or a database) and yields one record per profile, in input order,
// without holding them all in memory. A profile that does not validate gets an error record; the run goes on.
//
// Run: pnpm exec tsx --conditions=@impsci/source examples/match-many.ts
import { pathToFileURL } from "node:url";
import type { DeterminantProfileInput } from "@impsci/determinants";
import { createMatcher } from "@impsci/matcher";

/** The sites' profiles, one at a time (the third has a misspelt reference). */
async function* sites(): AsyncGenerator<DeterminantProfileInput> {
  yield { id: "north-clinic", determinants: [{ determinant: "tdf-v2:knowledge", valence: "barrier" }] };
  yield {
    id: "harbour-practice",
    determinants: [{ determinant: "cfir-2009:reflecting-and-evaluating", valence: "barrier", importance: 5 }],
  };
  yield { id: "valley-surgery", determinants: [{ determinant: "tdf-v2:Knowlege", valence: "barrier" }] };
  yield { id: "hill-street", determinants: [{ determinant: "tdf-v2:11", valence: "barrier" }] };
}

/** Runs the example: prints what it finds. */
export async function main(): Promise<void> {
  const matcher = createMatcher();
  for await (const record of matcher.matchMany(sites(), { top: 2 })) {
    if (record.ok) {
      console.log(
        `${record.index} ${record.id}: ${record.result.recommendations.map((r) => r.strategy.id).join(", ")}`,
      );
    } else {
      console.log(`${record.index} ${record.id}: ${record.error.code}, ${record.error.issues[0]?.message}`);
    }
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
