// The speed and memory of `matchMany`: 100,000 profiles of 10 barriers each (drawn with a seeded generator and made
// one at a time, as lines of a file would be parsed) over a dense 39 x 73 percent link set, beside baselines in the
// same run: `match` called in a loop, the same loop keeping every result (what `profiles.map(match)` does), and a
// floor (the scores of each profile as one dense typed-array loop, no validation, no ranking, no explanation).
// Resident memory (RSS) is read before and after each run, and every 10,000 profiles; the growth is printed at the
// end. Run: pnpm exec vitest bench --project matcher --run bench/match-many.bench.ts   (results: docs/performance.md)
import type { DeterminantProfileInput } from "@impsci/determinants";
import { afterAll, bench, describe } from "vitest";
import { createMatcher } from "../src/index";
import { barriers, denseSet, mulberry32, strategies } from "./dense-set";
import { leastMatch } from "./least-match";

const PROFILES = 100_000;
const PER_PROFILE = 10;

const random = mulberry32(20190415);
const links = barriers.flatMap((from) =>
  strategies.map((s) => ({ from, to: s.id, weight: Math.floor(random() * 101) })),
);
const dense = denseSet(links);
const matcher = createMatcher({ linkSets: [dense] });

/** The profiles, made one at a time: site i has 10 distinct barriers, each rated, all drawn from seed i. */
function* sites(count = PROFILES): Generator<DeterminantProfileInput> {
  for (let i = 0; i < count; i++) {
    const draw = mulberry32(i + 1);
    const start = Math.floor(draw() * barriers.length);
    const step = 1 + Math.floor(draw() * 3); // 1-3: 10 distinct barriers of 39
    const determinants = [];
    for (let j = 0; j < PER_PROFILE; j++) {
      determinants.push({
        determinant: barriers[(start + j * step) % barriers.length] as string,
        valence: "barrier" as const,
        importance: 1 + Math.floor(draw() * 5),
        changeability: 1 + Math.floor(draw() * 5),
      });
    }
    yield { id: `site-${i}`, determinants };
  }
}

async function* sitesAsync(count = PROFILES): AsyncGenerator<DeterminantProfileInput> {
  yield* sites(count);
}

/** Resident memory over one run: growth at the end and at the highest sample, in MB, per benchmark. */
const memory = new Map<string, { runs: number; ms: number[]; end: number[]; peak: number[] }>();
function measured<T>(name: string, run: (sample: () => void) => T): T {
  const before = process.memoryUsage().rss;
  let peak = before;
  const started = performance.now();
  const value = run(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  });
  const after = process.memoryUsage().rss;
  const entry = memory.get(name) ?? { runs: 0, ms: [], end: [], peak: [] };
  entry.runs++;
  entry.ms.push(performance.now() - started);
  entry.end.push((after - before) / 1e6);
  entry.peak.push((Math.max(peak, after) - before) / 1e6);
  memory.set(name, entry);
  return value;
}
async function measuredAsync(name: string, run: (sample: () => void) => Promise<void>): Promise<void> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const started = performance.now();
  await run(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  });
  const after = process.memoryUsage().rss;
  const entry = memory.get(name) ?? { runs: 0, ms: [], end: [], peak: [] };
  entry.runs++;
  entry.ms.push(performance.now() - started);
  entry.end.push((after - before) / 1e6);
  entry.peak.push((Math.max(peak, after) - before) / 1e6);
  memory.set(name, entry);
}

let checksum = 0;
async function streamed(
  name: string,
  source: () => Iterable<DeterminantProfileInput> | AsyncIterable<DeterminantProfileInput>,
  top = 10,
) {
  await measuredAsync(name, async (sample) => {
    let n = 0;
    for await (const record of matcher.matchMany(source(), { mode: "cumulative", top })) {
      if (!record.ok) throw new Error(record.error.message);
      checksum += record.result.recommendations[0]?.score ?? 0;
      if (++n % 10_000 === 0) sample();
    }
    if (n !== PROFILES) throw new Error(`expected ${PROFILES} records, got ${n}`);
  });
}

// The floor: each profile's scores as one dense typed-array loop (rows of a 39 x 73 matrix), nothing else.
const matrix = new Float64Array(barriers.length * strategies.length);
links.forEach((link, i) => {
  matrix[i] = link.weight;
});
const rowOf = new Map(barriers.map((id, i) => [id, i]));
const acc = new Float64Array(strategies.length);

// The lower bound: the least code returning the same records (see least-match.ts), checked on the first 2,000.
const allBarriers = {
  determinants: barriers.map((determinant) => ({ determinant, valence: "barrier" as const, importance: 3 })),
};
const firstRecord = await matcher.matchMany([{ id: "site-0", ...allBarriers }], { mode: "cumulative" }).next();
if (firstRecord.done || !firstRecord.value.ok) throw new Error("no first record");
const least = leastMatch(
  matcher.match(allBarriers, { mode: "cumulative" }),
  firstRecord.value.result,
  barriers,
  strategies.map((s) => s.id),
  links.map((link) => link.weight),
  "cumulative",
  "priority-ignored",
);
function leastRecord(site: DeterminantProfileInput, index: number) {
  return Object.freeze({ index, id: site.id, ok: true as const, result: least(site) });
}
{
  let index = 0;
  const expected = matcher.matchMany(sites(2000), { mode: "cumulative", top: 10 });
  for (const site of sites(2000)) {
    const record = await expected.next();
    if (JSON.stringify(leastRecord(site, index++)) !== JSON.stringify(record.value)) {
      throw new Error(`the lower bound does not return matchMany's record for site-${index - 1}`);
    }
  }
}

const options = { time: 0, iterations: 5, warmupIterations: 1, warmupTime: 0 };

describe(`${PROFILES.toLocaleString("en")} profiles of ${PER_PROFILE} barriers, 39 x 73 dense set, cumulative, top 10`, () => {
  bench(
    "matchMany over a generator",
    async () => {
      await streamed("matchMany over a generator", () => sites());
    },
    options,
  );
  bench(
    "matchMany over an async generator",
    async () => {
      await streamed("matchMany over an async generator", () => sitesAsync());
    },
    options,
  );
  bench(
    "matchMany over a generator, top 3",
    async () => {
      await streamed("matchMany over a generator, top 3", () => sites(), 3);
    },
    options,
  );
  bench(
    "baseline: match in a loop (results dropped)",
    () => {
      measured("baseline: match in a loop (results dropped)", (sample) => {
        let n = 0;
        for (const site of sites()) {
          checksum += matcher.match(site, { mode: "cumulative", top: 10 }).recommendations[0]?.score ?? 0;
          if (++n % 10_000 === 0) sample();
        }
      });
    },
    options,
  );
  bench(
    "baseline: every result kept (profiles.map(match))",
    () => {
      const kept = measured("baseline: every result kept (profiles.map(match))", (sample) => {
        const all = [];
        for (const site of sites()) {
          all.push(matcher.match(site, { mode: "cumulative", top: 10 }));
          if (all.length % 10_000 === 0) sample();
        }
        return all;
      });
      checksum += kept.length;
    },
    options,
  );
  bench(
    "lower bound: the least code returning the same records (results dropped)",
    () => {
      measured("lower bound: the least code returning the same records (results dropped)", (sample) => {
        let n = 0;
        for (const site of sites()) {
          checksum += leastRecord(site, n).result.recommendations[0]?.score ?? 0;
          if (++n % 10_000 === 0) sample();
        }
      });
    },
    options,
  );
  bench(
    "the profiles alone (made by the generator, not matched)",
    () => {
      for (const site of sites()) checksum += site.determinants.length;
    },
    options,
  );
  bench(
    "floor (typed-array loop per profile, scores only)",
    () => {
      for (const site of sites()) {
        acc.fill(0);
        for (const d of site.determinants) {
          const base = (rowOf.get(d.determinant) as number) * 73;
          for (let c = 0; c < 73; c++) acc[c] = (acc[c] as number) + (matrix[base + c] as number);
        }
        checksum += acc[0] as number;
      }
    },
    options,
  );
});

afterAll(() => {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const lines = [...memory].map(
    ([name, m]) =>
      `${name}: ${m.runs} runs, median ${median(m.ms).toFixed(0)} ms (${Math.round((PROFILES / median(m.ms)) * 1000).toLocaleString("en")} profiles/s); RSS growth at the end: median ${median(m.end).toFixed(1)} MB, max ${Math.max(...m.end).toFixed(1)} MB; at the highest sample: max ${Math.max(...m.peak).toFixed(1)} MB`,
  );
  console.log(`\nResident memory (RSS) over each run (checksum ${checksum}):\n${lines.join("\n")}\n`);
});
