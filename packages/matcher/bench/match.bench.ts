// The speed of `match` beside a straightforward plain-object implementation and a minimal typed-array loop (the floor),
// on a 39-barrier profile over a dense 39 x 73 percent link set generated with a seeded generator.
// Run: pnpm exec vitest bench --project matcher --run bench/match.bench.ts   (results: docs/performance.md)
import {
  type DeterminantProfile,
  DeterminantProfileSchema,
  lookupElement,
  validateProfile,
} from "@impsci/determinants";
import { bench, describe } from "vitest";
import { createMatcher } from "../src/index";
import { fastProfile } from "../src/internal/fast-profile";
import { compileProfile } from "../src/internal/profile-vector";
import { accumulate, rankTop } from "../src/internal/rank-top";
import { rank, scoreBuffers, scoreInto } from "../src/internal/score";
import { compiledOf } from "../src/matcher";
import { barriers, denseSet, mulberry32, strategies } from "./dense-set";
import { leastMatch } from "./least-match";

const random = mulberry32(20190415);
const links = barriers.flatMap((from) =>
  strategies.map((s) => ({ from, to: s.id, weight: Math.floor(random() * 101) })),
);
const dense = denseSet(links);
const profile = {
  determinants: barriers.map((determinant) => ({
    determinant,
    valence: "barrier" as const,
    importance: 1 + Math.floor(random() * 5),
    changeability: 1 + Math.floor(random() * 5),
  })),
};

const matcher = createMatcher({ linkSets: [dense] });

// The same 39 barriers with 1,000 different ratings (seeded), cycled: what a run over many sites sees. The single
// profile above hits every cache on every call; these show what varied weights cost.
const varied = Array.from({ length: 1000 }, () => ({
  determinants: profile.determinants.map((d) => ({
    ...d,
    importance: 1 + Math.floor(random() * 5),
    changeability: 1 + Math.floor(random() * 5),
  })),
}));
let next = 0;
const anotherProfile = () => varied[next++ % varied.length] as (typeof varied)[number];

// The scoring core alone, as match runs it (and the original pass with level counts for every strategy).
const compiled = compiledOf(matcher);
if (!compiled) throw new Error("no compiled form");
const route = compiled.route("eric");
const validated = validateProfile(profile);
if (!validated.success) throw new Error("invalid bench profile");
const vector = compileProfile(validated.data as DeterminantProfile, route, "cumulative").vector;
const buffers = scoreBuffers(route);
const allowed = new Uint8Array(route.cols.length).fill(1);
const scores = new Float64Array(route.cols.length);

/**
 * What a typical app would write, doing the job match does: validate the profile (the zod schema), resolve each
 * reference to its element, score by scanning a plain array of `{ from, to, weight }` links (sum, level 1 and level 2
 * counts, a small contribution object per link), sort, and return the best `top` with their contributions.
 * `byBarrier` groups the links by barrier once, as a more careful app would, instead of scanning them all.
 */
const names: Record<string, string> = Object.fromEntries(strategies.map((s) => [s.id, s.name]));
const byBarrier = new Map<string, typeof links>();
for (const link of links) byBarrier.set(link.from, [...(byBarrier.get(link.from) ?? []), link]);
function plainMatch(input: unknown, top: number | undefined, grouped: boolean) {
  const parsed = DeterminantProfileSchema.safeParse(input);
  if (!parsed.success) throw new Error(parsed.error.message);
  const byStrategy: Record<
    string,
    { id: string; name: string; score: number; level1: number; level2: number; contributions: object[] }
  > = {};
  for (const d of parsed.data.determinants) {
    const found = lookupElement(d.determinant);
    if (!found.ok) throw new Error(found.message);
    const id = found.item.id;
    if (d.valence !== "barrier") continue;
    for (const link of grouped ? (byBarrier.get(id) ?? []) : links) {
      if (link.from !== id) continue;
      byStrategy[link.to] ??= {
        id: link.to,
        name: names[link.to] ?? "",
        score: 0,
        level1: 0,
        level2: 0,
        contributions: [],
      };
      const entry = byStrategy[link.to];
      if (!entry) continue;
      entry.score += link.weight;
      if (link.weight >= 50) entry.level1++;
      else if (link.weight >= 20) entry.level2++;
      entry.contributions.push({
        determinant: id,
        path: [id, link.to],
        weight: link.weight,
        linkSet: "bench-dense",
      });
    }
  }
  return Object.values(byStrategy)
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || b.level1 - a.level1 || (a.id < b.id ? -1 : 1))
    .slice(0, top)
    .map((s, i) => ({
      rank: i + 1,
      ...s,
      contributions: s.contributions.sort(
        (a, b) => (b as { weight: number }).weight - (a as { weight: number }).weight,
      ),
    }));
}

// The plain versions rank as match does in cumulative mode (checked here, so the comparison is of the same answer).
const expected = matcher.match(profile, { mode: "cumulative", top: 10 }).recommendations.map((r) => r.strategy.id);
for (const grouped of [false, true]) {
  if (
    plainMatch(profile, 10, grouped)
      .map((s) => s.id)
      .join() !== expected.join()
  ) {
    throw new Error("the plain-object version ranks differently");
  }
}

// The floor: the least a typed-array implementation can do (a dense matrix, one loop, no ranking, no explanation).
const matrix = new Float64Array(barriers.length * strategies.length);
links.forEach((link, i) => {
  matrix[i] = link.weight;
});
const rowsOfProfile = Int32Array.from(profile.determinants, (_, i) => i);
const acc = new Float64Array(strategies.length);
function floor(): Float64Array {
  acc.fill(0);
  for (let d = 0; d < rowsOfProfile.length; d++) {
    const base = (rowsOfProfile[d] as number) * 73;
    for (let c = 0; c < 73; c++) acc[c] = (acc[c] as number) + (matrix[base + c] as number);
  }
  return acc;
}

// The lower bound: the least code returning the same bytes as match (see least-match.ts), checked here.
const least = (["cumulative", "weighted"] as const).map((mode) => {
  const run = leastMatch(
    matcher.match(profile, { mode }),
    matcher.match(profile, { mode, top: 10 }),
    barriers,
    strategies.map((s) => s.id),
    links.map((link) => link.weight),
    mode,
  );
  if (JSON.stringify(run(profile)) !== JSON.stringify(matcher.match(profile, { mode, top: 10 }))) {
    throw new Error(`the lower bound (${mode}) does not return what match returns`);
  }
  return run;
});
const [leastCumulative, leastWeighted] = least as [(typeof least)[0], (typeof least)[0]];

let fresh = 0;
describe("compiling: once per combination, cached", () => {
  bench("createMatcher over sets already compiled (cache hit)", () => {
    createMatcher({ linkSets: [dense] });
  });
  bench("createMatcher over a new 39 x 73 set (validate, resolve, hash, build the route)", () => {
    createMatcher({ linkSets: [{ ...dense, id: `bench-dense-${fresh++}` }] }).match(profile, { top: 1 });
  });
});

describe("39 barriers x 73 strategies", () => {
  bench("match, cumulative, top 10", () => {
    matcher.match(profile, { mode: "cumulative", top: 10 });
  });
  bench("match, weighted, top 10", () => {
    matcher.match(profile, { top: 10 });
  });
  bench("match, weighted, top 10, 1,000 different ratings in turn", () => {
    matcher.match(anotherProfile(), { top: 10 });
  });
  bench("match, cumulative (all 73 explained)", () => {
    matcher.match(profile, { mode: "cumulative" });
  });
  bench("match, weighted (all 73 explained)", () => {
    matcher.match(profile);
  });
  bench("plain objects, top 10 (validate, resolve, scan the links, sort, explain)", () => {
    plainMatch(profile, 10, false);
  });
  bench("plain objects, all (validate, resolve, scan the links, sort, explain)", () => {
    plainMatch(profile, undefined, false);
  });
  bench("plain objects, top 10, links grouped by barrier once", () => {
    plainMatch(profile, 10, true);
  });
  bench("validateProfile alone (the full check, from @impsci/determinants)", () => {
    validateProfile(profile);
  });
  bench("fast path alone (structural check, remembered references, compiled profile)", () => {
    fastProfile(profile, route, "cumulative");
  });
  bench("scoring core as match runs it (accumulate + rankTop, top 10)", () => {
    accumulate(route, vector, buffers);
    rankTop(route, vector, buffers, allowed, 10);
  });
  bench("scoring core with level counts everywhere (scoreInto + rank)", () => {
    scoreInto(route, vector, buffers);
    rank(route, buffers, allowed, scores);
  });
  bench("lower bound, cumulative, top 10 (the least code returning the same bytes)", () => {
    leastCumulative(profile);
  });
  bench("lower bound, weighted, top 10 (the least code returning the same bytes)", () => {
    leastWeighted(profile);
  });
  bench("floor (typed-array loop)", () => {
    floor();
  });
});
