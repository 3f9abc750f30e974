import { listStrategies } from "@impsci/catalogue";
import { getFramework } from "@impsci/determinants";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Random } from "./internal/prng";
import type { LinkSetInput } from "./link-set";
import { createMatcher } from "./matcher";

const eric = listStrategies({ taxonomy: "eric" }).map((s) => s.id);

// A sparse percent link set between 12 CFIR barriers and 24 ERIC strategies, generated once from a seed: shares
// of every size, so greedy choices depend on what earlier picks covered (the case the include guarantee is for).
const barriers = getFramework("cfir-2009")
  .elements.filter((e) => e.cfirEricBarrier?.value === true)
  .slice(0, 12)
  .map((e) => e.id);
const strategies = eric.slice(0, 24);
const random = Random.seeded(4);
const sparse: LinkSetInput = {
  id: "sparse",
  version: "1",
  title: "Sparse generated set",
  from: "cfir-2009",
  to: "eric",
  weightKind: "percent",
  basis: "user",
  links: barriers.flatMap((from) =>
    strategies
      .filter(() => random.uniform() < 0.3)
      .map((to) => ({ from, to, weight: 1 + Math.floor(random.uniform() * 100) })),
  ),
};

type Example = [
  {
    determinants: {
      determinant: string;
      valence: "barrier" | "facilitator";
      importance: number;
      changeability: number;
    }[];
  },
  "weighted" | "cumulative",
  number,
  string[],
  string,
  number,
];

const worlds = [
  {
    name: "a generated sparse percent set",
    matcher: createMatcher({ linkSets: [sparse] }),
    elements: barriers,
    strategies,
    counterexample: [
      {
        determinants: [
          { determinant: "cfir-2009:cosmopolitanism", valence: "barrier", importance: 1, changeability: 1 },
          {
            determinant: "cfir-2009:evidence-strength-and-quality",
            valence: "barrier",
            importance: 1,
            changeability: 4,
          },
          { determinant: "cfir-2009:complexity", valence: "barrier", importance: 1, changeability: 2 },
          {
            determinant: "cfir-2009:design-quality-and-packaging",
            valence: "barrier",
            importance: 1,
            changeability: 1,
          },
        ],
      },
      "weighted",
      0,
      [],
      "eric:create-or-change-credentialing-and-or-licensure-standards",
      2,
    ] as Example,
  },
  {
    name: "the built-in sets (StrategEase route, CFIR-ERIC)",
    matcher: createMatcher(),
    elements: ["com-b", "tdf-v2"].flatMap((id) => getFramework(id).elements.map((e) => e.id)),
    strategies: eric,
    counterexample: [
      {
        determinants: [
          { determinant: "com-b:capability", valence: "barrier", importance: 1, changeability: 1 },
          {
            determinant: "tdf-v2:beliefs-about-capabilities.beliefs",
            valence: "barrier",
            importance: 1,
            changeability: 1,
          },
          { determinant: "tdf-v2:behavioural-regulation", valence: "barrier", importance: 1, changeability: 1 },
        ],
      },
      "weighted",
      0,
      ["eric:access-new-funding"],
      "eric:involve-patients-consumers-and-family-members",
      2,
    ] as Example,
  },
];

const profileOf = (elements: readonly string[]) =>
  fc
    .uniqueArray(
      fc.record({
        determinant: fc.constantFrom(...elements),
        valence: fc.constantFrom("barrier" as const, "barrier" as const, "facilitator" as const),
        importance: fc.integer({ min: 1, max: 5 }),
        changeability: fc.integer({ min: 1, max: 5 }),
      }),
      { selector: (d) => `${d.determinant}|${d.valence}`, minLength: 1, maxLength: 8 },
    )
    .map((determinants) => ({ determinants }));

for (const world of worlds) {
  const { matcher } = world;
  const profile = profileOf(world.elements);
  const strategy = fc.constantFrom(...world.strategies);
  const mode = fc.constantFrom("weighted" as const, "cumulative" as const);
  const decay = fc.constantFrom(0, 0.25, 0.5, 0.9, 1);

  describe(`properties of portfolio, over ${world.name}`, () => {
    it("k = 1 picks match's top-ranked strategy in the same mode, with the same exclusions and feasibility", () => {
      fc.assert(
        fc.property(
          profile,
          mode,
          fc.uniqueArray(strategy, { maxLength: 3 }),
          fc.option(fc.constantFrom(2, 3.5, 4), { nil: undefined }),
          (p, m, exclude, minFeasibility) => {
            const filters = { exclude, ...(minFeasibility === undefined ? {} : { minFeasibility }) };
            const top = matcher.match(p, { mode: m, ...filters }).recommendations[0];
            const picks = matcher.portfolio(p, { k: 1, mode: m, ...filters }).picks;
            expect(picks.map((x) => [x.strategy.id, x.marginalGain])).toEqual(
              top ? [[top.strategy.id, top.score]] : [],
            );
          },
        ),
      );
    });

    it("adding a strategy to include (with one more pick) never makes coverage worse", () => {
      fc.assert(
        fc.property(
          profile,
          mode,
          decay,
          fc.uniqueArray(strategy, { maxLength: 3 }),
          strategy,
          fc.integer({ min: 0, max: 3 }),
          (p, m, d, include, added, extra) => {
            fc.pre(!include.includes(added));
            const k = include.length + extra + (include.length + extra === 0 ? 1 : 0);
            const before = matcher.portfolio(p, { k, mode: m, decay: d, include });
            const after = matcher.portfolio(p, { k: k + 1, mode: m, decay: d, include: [...include, added] });
            expect(after.total).toBeGreaterThanOrEqual(before.total - 1e-6);
          },
        ),
        // 1000 runs, and the counterexample fast-check found for plain greedy (without the guarantee) in this world.
        { numRuns: 1000, examples: [world.counterexample] },
      );
    });

    it("keeps every required strategy, never an excluded one, at most k picks, within the budget", () => {
      fc.assert(
        fc.property(
          profile,
          fc.uniqueArray(strategy, { maxLength: 6 }),
          fc.integer({ min: 1, max: 6 }),
          fc.integer({ min: 0, max: 12 }),
          (p, listed, k, budget) => {
            const include = listed.slice(0, Math.min(1, k));
            const exclude = listed.slice(Math.min(1, k), 3);
            const cost = Object.fromEntries(world.strategies.map((id, i) => [id, i % 4]));
            fc.pre(include.reduce((sum, id) => sum + (cost[id] ?? 0), 0) <= budget);
            const result = matcher.portfolio(p, { k, include, exclude, cost, budget });
            const ids = result.picks.map((x) => x.strategy.id);
            expect(ids.length).toBeLessThanOrEqual(k);
            expect(new Set(ids).size).toBe(ids.length);
            for (const id of include) expect(ids).toContain(id);
            for (const id of exclude) expect(ids).not.toContain(id);
            expect(result.cost).toBeLessThanOrEqual(budget);
            expect(result.picks.filter((x) => x.required).map((x) => x.strategy.id)).toEqual(
              ids.slice(0, include.length),
            );
          },
        ),
      );
    });

    it("the order of the determinants does not change the portfolio, byte for byte", () => {
      fc.assert(
        fc.property(profile, mode, (p, m) => {
          const reversed = { determinants: [...p.determinants].reverse() };
          expect(JSON.stringify(matcher.portfolio(reversed, { k: 3, mode: m }))).toBe(
            JSON.stringify(matcher.portfolio(p, { k: 3, mode: m })),
          );
        }),
      );
    });
  });
}
