// The speed of `sensitivity`: 10,000 draws over a 39-barrier profile and a dense 39 x 73 link set (generated with a
// seeded generator), beside a floor in the same run: a minimal typed-array loop doing the same arithmetic per draw
// (the same seeded draws, the scores as one dense matrix-vector product, a native sort of packed keys, the rank
// histogram, top-k counts and Kendall's tau with a Fenwick tree), with no validation, no route and no result to build.
// Run: pnpm exec vitest bench --project matcher --run bench/sensitivity.bench.ts   (results: docs/performance.md)
import { listStrategies } from "@impsci/catalogue";
import { getFramework } from "@impsci/determinants";
import { bench, describe } from "vitest";
import { createMatcher, type LinkSetInput } from "../src/index";
import { gammaConstants, Random } from "../src/internal/prng";

const DRAWS = 10_000;
const K = 10;

/** mulberry32: a small seeded generator for the data, so every run benches the same link set and profile. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(20190415);
const barriers = getFramework("cfir-2009")
  .elements.filter((e) => e.cfirEricBarrier?.value === true)
  .map((e) => e.id);
const strategies = listStrategies({ taxonomy: "eric" });
if (barriers.length !== 39 || strategies.length !== 73) throw new Error("expected 39 barriers and 73 strategies");

// Dense: every barrier-strategy pair is a link, endorsed by `count` of n = 25 experts (weight = count / 25 as a percent).
const N = 25;
const counts = barriers.map(() => strategies.map(() => Math.floor(random() * (N + 1))));
const dense: LinkSetInput = {
  id: "bench-dense",
  version: "1",
  title: "Dense 39 x 73 percent link set with counts (seeded)",
  from: "cfir-2009",
  to: "eric",
  weightKind: "percent",
  basis: "user",
  links: barriers.flatMap((from, b) =>
    strategies.map((s, c) => {
      const count = counts[b]?.[c] as number;
      return { from, to: s.id, weight: (100 * count) / N, count, n: N };
    }),
  ),
};
const profile = {
  determinants: barriers.map((determinant) => ({
    determinant,
    valence: "barrier" as const,
    importance: 1 + Math.floor(random() * 5),
    changeability: 1 + Math.floor(random() * 5),
  })),
};
const matcher = createMatcher({ linkSets: [dense] });

// The floor's data: the shares as a dense row-major matrix, the weights as the priorities, ids as ranks.
const D = barriers.length;
const S = strategies.length;
const share = new Float64Array(D * S);
const alpha = new Float64Array(D * S);
const beta = new Float64Array(D * S);
counts.forEach((row, b) => {
  row.forEach((count, c) => {
    share[b * S + c] = count / N;
    alpha[b * S + c] = count + 1;
    beta[b * S + c] = N - count + 1;
  });
});
const priority = Float64Array.from(profile.determinants, (d) => d.importance * d.changeability);
const [dA, cA] = [
  Float64Array.from(alpha, (a) => gammaConstants(a)[0]),
  Float64Array.from(alpha, (a) => gammaConstants(a)[1]),
];
const [dB, cB] = [
  Float64Array.from(beta, (b) => gammaConstants(b)[0]),
  Float64Array.from(beta, (b) => gammaConstants(b)[1]),
];
const [jitterD, jitterC] = gammaConstants(1 / 0.09);

/** The floor: per draw, the weights or shares drawn, scores, a sort, the rank histogram, top-k counts and tau. */
function floor(method: "weights" | "resample"): number {
  const rng = Random.seeded(1);
  const w = new Float64Array(D);
  const drawn = new Float64Array(D * S);
  const scores = new Float64Array(S);
  const keys = new Float64Array(S);
  const pos = new Int32Array(S);
  const base = new Int32Array(S);
  const hist = new Int32Array(S * S);
  const top = new Int32Array(S);
  const a = new Int32Array(S);
  const tree = new Int32Array(S + 1);
  const rankOnce = (m: Float64Array, weights: Float64Array, out: Int32Array) => {
    scores.fill(0);
    for (let d = 0; d < D; d++) {
      const wd = weights[d] as number;
      for (let c = 0; c < S; c++) scores[c] = (scores[c] as number) + wd * (m[d * S + c] as number);
    }
    // Packed key: descending score in micro-units, then column (ids are in column order here).
    for (let c = 0; c < S; c++) keys[c] = (1e9 - Math.round((scores[c] as number) * 1e6)) * 128 + c;
    keys.sort();
    for (let i = 0; i < S; i++) {
      const key = keys[i] as number;
      out[key - Math.floor(key / 128) * 128] = i;
    }
  };
  rankOnce(share, priority, base);
  let tauSum = 0;
  for (let draw = 0; draw < DRAWS; draw++) {
    if (method === "weights") {
      for (let d = 0; d < D; d++) w[d] = (priority[d] as number) * 0.09 * rng.gamma(jitterD, jitterC);
      rankOnce(share, w, pos);
    } else {
      for (let e = 0; e < D * S; e++) {
        const x = rng.gamma(dA[e] as number, cA[e] as number);
        const y = rng.gamma(dB[e] as number, cB[e] as number);
        drawn[e] = x / (x + y);
      }
      rankOnce(drawn, priority, pos);
    }
    for (let c = 0; c < S; c++) {
      const p = pos[c] as number;
      hist[c * S + p] = (hist[c * S + p] as number) + 1;
      if (p < K) top[c] = (top[c] as number) + 1;
    }
    // Kendall's tau: inversions of the draw's positions listed in base order, with a Fenwick tree.
    for (let c = 0; c < S; c++) a[base[c] as number] = pos[c] as number;
    tree.fill(0);
    let inv = 0;
    for (let i = S - 1; i >= 0; i--) {
      const p = a[i] as number;
      for (let j = p; j > 0; j -= j & -j) inv += tree[j] as number;
      for (let j = p + 1; j <= S; j += j & -j) tree[j] = (tree[j] as number) + 1;
    }
    tauSum += 1 - (4 * inv) / (S * (S - 1));
  }
  return tauSum + (top[0] as number);
}

/**
 * What any redraw of every endorsement costs at the least, without scoring or ranking: 10,000 x 2,847 outputs of the
 * generator (each Beta draw needs at least one), and the same with a read of a precomputed table per output (an
 * inverse-CDF sampler: one uniform picks one of 1,024 stored quantiles of the link's Beta, an approximation `resample`
 * does not make; the table holds placeholder values, as only the cost is measured).
 */
function generatorAlone(withTable: boolean): number {
  const rng = Random.seeded(1);
  const table = Float64Array.from({ length: (N + 1) * 1024 }, (_, i) => (i % 1024) / 1024);
  const start = Int32Array.from(counts.flat(), (count) => count * 1024);
  const drawn = new Float64Array(D * S);
  let x = 0;
  for (let draw = 0; draw < DRAWS; draw++) {
    if (withTable) {
      for (let e = 0; e < D * S; e++) drawn[e] = table[(start[e] as number) + (rng.nextUint32() >>> 22)] as number;
    } else {
      for (let e = 0; e < D * S; e++) x ^= rng.nextUint32();
    }
  }
  return x + (drawn[0] as number);
}

const options = { time: 3000, iterations: 10, warmupIterations: 2 };

describe("sensitivity: 10,000 draws, 39 barriers x 73 strategies (dense)", () => {
  bench(
    "sensitivity, weights (10,000 draws)",
    () => {
      matcher.sensitivity(profile, { method: "weights", draws: DRAWS, seed: 1, k: K });
    },
    options,
  );
  bench(
    "floor, weights (typed-array loop)",
    () => {
      floor("weights");
    },
    options,
  );
  bench(
    "sensitivity, resample (10,000 draws, 2,847 Beta draws each)",
    () => {
      matcher.sensitivity(profile, { method: "resample", draws: DRAWS, seed: 1, k: K });
    },
    options,
  );
  bench(
    "floor, resample (typed-array loop)",
    () => {
      floor("resample");
    },
    options,
  );
  bench(
    "the generator alone, one output per endorsement (28.5 million)",
    () => {
      generatorAlone(false);
    },
    options,
  );
  bench(
    "the generator and a table read per endorsement (an inverse-CDF sampler's least)",
    () => {
      generatorAlone(true);
    },
    options,
  );
  bench(
    "sensitivity, leave-one-out (39 draws)",
    () => {
      matcher.sensitivity(profile, { method: "leave-one-out", k: K });
    },
    options,
  );
});
