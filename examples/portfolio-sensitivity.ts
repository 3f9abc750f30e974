// Beyond a ranked list: which few strategies together cover the profile (a portfolio), and how far to trust the
// order of the ranking (sensitivity analysis: seeded resampling of the experts' endorsements, and leaving each
// determinant out in turn).
//
// Run: pnpm exec tsx --conditions=@impsci/source examples/portfolio-sensitivity.ts
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseProfileCsv } from "@impsci/determinants";
import { createMatcher } from "@impsci/matcher";

/** Runs the example: prints what it finds. */
export function main(): void {
  const read = parseProfileCsv(readFileSync(new URL("fixtures/clinic-profile.csv", import.meta.url), "utf8"));
  if (!read.success) throw new Error(read.issues.map((issue) => issue.message).join("\n"));
  const profile = read.data;
  const matcher = createMatcher();

  // 1. Three strategies that together cover the profile: each pick's marginal gain counts what the earlier picks
  //    left of each determinant (diminishing returns), and says which determinants it reaches.
  const portfolio = matcher.portfolio(profile, { k: 3 });
  for (const pick of portfolio.picks) {
    console.log(`${pick.strategy.name}: +${pick.marginalGain} (${pick.covers.map((c) => c.determinant).join(", ")})`);
  }
  for (const u of portfolio.uncovered) console.log(`uncovered: ${u.determinant} (${u.reason})`);

  // 2. How stable is the CFIR-ERIC order for Reflecting & Evaluating? Each endorsement (k of n experts) is redrawn
  //    from its posterior, 2,000 times, with a fixed seed: the same seed gives the same numbers on every machine.
  const barrier = {
    determinants: [{ determinant: "cfir-2009:reflecting-and-evaluating", valence: "barrier" as const }],
  };
  const stability = createMatcher({ linkSets: ["cfir-eric-2019"] }).sensitivity(barrier, {
    method: "resample",
    mode: "cumulative",
    draws: 2000,
    seed: 42,
    k: 3,
  });
  for (const s of stability.strategies.slice(0, 5)) {
    const [low, high] = s.rankInterval;
    console.log(
      `${s.baseRank}. ${s.strategy.name}: in the top 3 in ${(s.pTopK * 100).toFixed(1)} % of draws, ranks ${low}-${high}`,
    );
  }
  console.log(`mean top-3 overlap with the base ranking: ${stability.meanTopKOverlap}`);

  // 3. Leave each determinant out in turn: which ones hold the top 3 in place?
  const loo = matcher.sensitivity(profile, { method: "leave-one-out", k: 3 });
  for (const o of loo.omitted ?? []) {
    console.log(`without ${o.determinant}: ${Math.round(o.topKOverlap * 3)} of the top 3 stay`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
