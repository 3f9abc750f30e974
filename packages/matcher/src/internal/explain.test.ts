import { listStrategies } from "@impsci/catalogue";
import { getFramework } from "@impsci/determinants";
import { describe, expect, it } from "vitest";
import type { LinkSetInput } from "../link-set";
import { createMatcher } from "../matcher";
import { round6 } from "./score";

/** A seeded generator (mulberry32), so the link set and the profiles are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seeded(2022);
const elements = getFramework("cfir-2022").elements.map((e) => e.id);
const strategies = listStrategies({ taxonomy: "eric" }).map((s) => s.id);
// Every CFIR 2022 element linked to about 60 % of the strategies (and at least one), each with a percent 1-100.
const links = elements.flatMap((from, i) =>
  strategies.flatMap((to, j) =>
    j === i % strategies.length || random() < 0.6 ? [{ from, to, weight: 1 + Math.floor(random() * 100) }] : [],
  ),
);
const set: LinkSetInput = {
  id: "explain-test",
  version: "1",
  title: "Seeded CFIR 2022 to ERIC percents",
  from: "cfir-2022",
  to: "eric",
  weightKind: "percent",
  basis: "user",
  links,
};
const percent = new Map(links.map((l) => [`${l.from}|${l.to}`, l.weight]));
const matcher = createMatcher({ linkSets: [set] });

interface Rated {
  determinant: string;
  valence: "barrier" | "facilitator";
  importance: number;
  changeability: number;
}

/** What each contribution must be, worked out from the links: [determinant, valence, weight], largest first. */
function expected(profile: readonly Rated[], strategy: string, mode: "cumulative" | "weighted") {
  const canonical = [...profile].sort((a, b) =>
    a.determinant !== b.determinant
      ? a.determinant < b.determinant
        ? -1
        : 1
      : a.valence === b.valence
        ? 0
        : a.valence === "barrier"
          ? -1
          : 1,
  );
  return canonical
    .filter((d) => mode === "weighted" || d.valence === "barrier")
    .flatMap((d) => {
      const p = percent.get(`${d.determinant}|${strategy}`);
      if (p === undefined) return [];
      const priority = d.importance * d.changeability * (d.valence === "barrier" ? 1 : 0.5);
      return [[d.determinant, d.valence, round6(mode === "cumulative" ? p : (priority * p) / 100)] as const];
    })
    .map((item, order) => ({ item, order }))
    .sort((a, b) => b.item[2] - a.item[2] || a.order - b.order)
    .map(({ item }) => item);
}

function profileOf(ids: readonly string[], facilitators: readonly string[] = []): Rated[] {
  const rate = () => ({ importance: 1 + Math.floor(random() * 5), changeability: 1 + Math.floor(random() * 5) });
  return [
    ...ids.map((determinant) => ({ determinant, valence: "barrier" as const, ...rate() })),
    ...facilitators.map((determinant) => ({ determinant, valence: "facilitator" as const, ...rate() })),
  ];
}

const cases: [string, Rated[]][] = [
  [`every element (${elements.length}) as a barrier`, profileOf(elements)],
  ["five barriers (each looked up in the column)", profileOf(elements.filter((_, i) => i % 13 === 4))],
  [
    "twelve barriers and six facilitators, two elements as both",
    profileOf(
      elements.filter((_, i) => i % 6 === 1),
      elements.filter((_, i) => i % 12 === 1 || i % 12 === 7),
    ),
  ],
];

describe("explanations agree with the links they come from", () => {
  for (const [name, profile] of cases) {
    for (const mode of ["cumulative", "weighted"] as const) {
      it(`${name}, ${mode}: every contribution, its weight and its place`, () => {
        // Listed in reverse, so the canonical order has to be restored.
        const result = matcher.match({ determinants: [...profile].reverse() }, { mode, top: 20 });
        expect(result.recommendations).toHaveLength(20);
        for (const rec of result.recommendations) {
          const got = rec.contributions.map((c) => [c.determinant, c.valence, c.weight] as const);
          expect(got).toEqual(expected(profile, rec.strategy.id, mode));
        }
      });
    }
  }

  it("gives the same bytes however many matches came before it (scratch space grown, caches warm)", () => {
    const [, large] = cases[0] as [string, Rated[]];
    const [, small] = cases[1] as [string, Rated[]];
    const fresh = createMatcher({ linkSets: [{ ...set, id: "explain-test-fresh" }] });
    const first = JSON.stringify(fresh.match({ determinants: small }, { top: 73 }).recommendations);
    fresh.match({ determinants: large }, { top: 73 });
    fresh.match({ determinants: large }, { mode: "cumulative", top: 73 });
    expect(JSON.stringify(fresh.match({ determinants: small }, { top: 73 }).recommendations)).toBe(first);
  });
});
