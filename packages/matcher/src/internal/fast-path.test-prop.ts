// The fast path of a match against the full one it stands in for: the structural pre-check and remembered
// references against validateProfile + compileProfile, the ranking with level counts where needed against
// scoreInto + rank, and the explanation against a plain reference built from the route's paths.

import { listStrategies } from "@impsci/catalogue";
import { type DeterminantProfile, getFramework, listFrameworks, validateProfile } from "@impsci/determinants";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Contribution } from "../match-result";
import { compiledOf, createMatcher } from "../matcher";
import type { Compiled } from "./compiled";
import { explain } from "./explain";
import { fastProfile } from "./fast-profile";
import { type CompiledProfile, compileProfile } from "./profile-vector";
import { accumulate, rankTop } from "./rank-top";
import type { Route } from "./route";
import { rank, round6, scoreBuffers, scoreInto } from "./score";

const compiledFor = (matcher: ReturnType<typeof createMatcher>): Compiled => {
  const compiled = compiledOf(matcher);
  if (!compiled) throw new Error("no compiled form");
  return compiled;
};

// A dense 39 x 73 percent set (every barrier-strategy pair), so that the column walks and the cell lookups both run.
const barriers = getFramework("cfir-2009")
  .elements.filter((e) => e.cfirEricBarrier?.value === true)
  .map((e) => e.id);
const dense = createMatcher({
  linkSets: [
    {
      id: "dense",
      version: "1",
      title: "Dense",
      from: "cfir-2009",
      to: "eric",
      weightKind: "percent",
      basis: "user",
      links: barriers.flatMap((from, i) =>
        listStrategies({ taxonomy: "eric" }).map((s, j) => ({ from, to: s.id, weight: (i * 37 + j * 11) % 101 })),
      ),
    },
  ],
});
const routes: readonly Route[] = [compiledFor(createMatcher()).route("eric"), compiledFor(dense).route("eric")];

const elements = listFrameworks().flatMap((f) => f.elements);
/** Every way to name an element (id, name in other cases, codes, aliases), some typos and odd values. */
const references = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...elements.map((e) => e.id)) },
  { weight: 4, arbitrary: fc.constantFrom(...barriers) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(...elements)
      .chain((e) =>
        fc.constantFrom(
          `${e.framework}:${e.name}`,
          `${e.framework}:${e.name.toUpperCase()}`,
          ...e.aliases.map((a) => `${e.framework}:${a}`),
          ...(e.codes ?? []).map((c) => `${e.framework}:${c}`),
        ),
      ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>("tdf-v2:knowlege", "tdf-v2:Identity", "nope:x", "", "  ", "knowledge", 5, null),
  },
);
const odd = <T>(valid: fc.Arbitrary<T>, ...others: unknown[]) =>
  fc.oneof(
    { weight: 60, arbitrary: valid as fc.Arbitrary<unknown> },
    { weight: 1, arbitrary: fc.constantFrom(...others) },
  );
const rating = fc.option(odd(fc.integer({ min: 1, max: 5 }), 0, 6, 2.5, "3", Number.NaN), { nil: undefined });
const determinant = fc
  .record(
    {
      determinant: references,
      valence: odd(fc.constantFrom("barrier", "facilitator"), "obstacle", undefined),
      // A magnitude, given the valence's sign below (a zero or a wrong sign now and then).
      strength: fc.option(odd(fc.integer({ min: 1, max: 2 }), 0, -1, 3, 0.5, "1"), { nil: undefined }),
      importance: rating,
      changeability: rating,
      level: odd(fc.constantFrom("team", "system", undefined), "planet"),
      populations: odd(fc.constantFrom(undefined, ["older adults"], []), [""], "x", [1]),
      note: odd(fc.constantFrom(undefined, "a note"), 5),
      extra: fc.constantFrom(undefined, undefined, undefined, undefined, undefined, undefined, undefined, 1),
    },
    { requiredKeys: ["determinant", "valence"] },
  )
  // An unknown field is an error even when undefined: keep it only when it is set.
  .map(({ extra, ...d }) => {
    const signed = typeof d.strength === "number" && d.valence === "barrier" ? { ...d, strength: -d.strength } : d;
    return extra === undefined ? signed : { ...signed, extra };
  });
const profile = fc
  .record(
    {
      id: odd(fc.constantFrom("site-1", undefined), "", 3),
      title: fc.constantFrom("A site", undefined),
      determinants: fc.oneof(
        { weight: 30, arbitrary: fc.array(determinant, { maxLength: 10 }) },
        { weight: 1, arbitrary: fc.constantFrom<unknown>("none", null, [null], ["x"]) },
      ),
      bogus: fc.constantFrom(undefined, undefined, undefined, undefined, undefined, undefined, true),
    },
    { requiredKeys: ["determinants"] },
  )
  .map(({ bogus, ...p }) => (bogus === undefined ? p : { ...p, bogus }));
const mode = fc.constantFrom("weighted" as const, "cumulative" as const);

/** What the engine reads of a compiled profile, as plain data. */
const seen = (p: CompiledProfile) => ({
  entries: p.entries.map((e) => [e.determinant.determinant, e.determinant.valence, e.row, e.weight, e.barrier]),
  priorities: p.entries.map((e) => [e.determinant.importance, e.determinant.changeability, e.determinant.strength]),
  unreached: p.unreached.map((d) => [d.determinant, d.valence]),
  ignored: p.ignored.map((d) => [d.determinant, d.valence]),
  vector: [
    [...p.vector.rows.subarray(0, p.vector.length)],
    [...p.vector.weights.subarray(0, p.vector.length)],
    [...p.vector.barrier.subarray(0, p.vector.length)],
  ],
});

describe("the fast validation path", () => {
  it("accepts only what validateProfile accepts without a warning a match passes on, and compiles it the same", () => {
    let fast = 0;
    fc.assert(
      fc.property(profile, mode, fc.constantFrom(...routes), (input, m, route) => {
        const quick = fastProfile(input, route, m);
        const validated = validateProfile(input);
        if (!quick) return;
        fast++;
        expect(validated.success).toBe(true);
        if (!validated.success) return;
        expect(validated.warnings.filter((w) => w.code !== "unrated-determinant")).toEqual([]);
        expect(seen(quick)).toEqual(seen(compileProfile(validated.data, route, m)));
      }),
      { numRuns: 500 },
    );
    expect(fast).toBeGreaterThan(50); // the fast path did run
  });

  it("takes every plainly valid profile (no strength 0, no element twice with one valence)", () => {
    const valid = fc
      .uniqueArray(
        fc.record({
          determinant: fc.constantFrom(...elements.map((e) => e.id)),
          valence: fc.constantFrom("barrier" as const, "facilitator" as const),
          importance: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
          strength: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
        }),
        { selector: (d) => `${d.determinant} ${d.valence}`, minLength: 1, maxLength: 20 },
      )
      .map((ds) =>
        ds.map(({ strength, importance, ...d }) => ({
          ...d,
          ...(importance === undefined ? {} : { importance }),
          ...(strength === undefined ? {} : { strength: d.valence === "barrier" ? -strength : strength }),
        })),
      );
    fc.assert(
      fc.property(valid, mode, fc.constantFrom(...routes), (determinants, m, route) => {
        expect(fastProfile({ id: "s", determinants }, route, m)).toBeDefined();
      }),
    );
  });
});

/** A profile compiled the full way, for the checks below. */
const compiledProfile = fc
  .tuple(profile, mode, fc.constantFrom(...routes))
  .map(([input, m, route]) => {
    const validated = validateProfile(input);
    return validated.success
      ? { profile: compileProfile(validated.data as DeterminantProfile, route, m), m, route }
      : undefined;
  })
  .filter((x): x is { profile: CompiledProfile; m: "weighted" | "cumulative"; route: Route } => x !== undefined);

/** Large profiles on the dense set (20 to 39 barriers and some facilitators): the column walks. */
const large = fc
  .tuple(
    fc.shuffledSubarray(barriers, { minLength: 20 }),
    fc.array(fc.constantFrom(...barriers), { maxLength: 5 }),
    fc.infiniteStream(fc.integer({ min: 1, max: 5 })),
    mode,
  )
  .map(([chosen, helping, ratings, m]) => {
    const determinants = [
      ...chosen.map((determinant) => ({ determinant, valence: "barrier" as const, importance: ratings.next().value })),
      ...[...new Set(helping)].map((determinant) => ({ determinant, valence: "facilitator" as const })),
    ];
    const route = routes[1] as Route;
    const validated = validateProfile({ determinants });
    if (!validated.success) throw new Error("a valid profile");
    return { profile: compileProfile(validated.data as DeterminantProfile, route, m), m, route };
  });
const anyProfile = fc.oneof(compiledProfile, large);

describe("ranking with level counts only where they break ties", () => {
  it("gives the first `top` of scoreInto + rank, with the same scores and level counts", () => {
    fc.assert(
      fc.property(
        anyProfile,
        fc.option(fc.integer({ min: 1, max: 80 }), { nil: undefined }),
        fc.integer({ min: 0, max: 9 }),
        ({ profile: p, route }, top, drop) => {
          const n = route.cols.length;
          // Some strategies not admitted (as include / exclude / minFeasibility do).
          const allowed = Uint8Array.from({ length: n }, (_, c) => (drop > 0 && c % (drop + 2) === 0 ? 0 : 1));
          const full = scoreBuffers(route);
          scoreInto(route, p.vector, full);
          const expected = [...rank(route, full, allowed, full.scores)].slice(0, top);
          const fast = scoreBuffers(route);
          accumulate(route, p.vector, fast);
          const got = [...rankTop(route, p.vector, fast, allowed, top)];
          expect(got).toEqual(expected);
          for (const c of got) {
            expect([fast.scores[c], fast.level1[c], fast.level2[c]]).toEqual([
              full.scores[c],
              full.level1[c],
              full.level2[c],
            ]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** The explanation of one strategy as the specification states it, the plain way: every path of every entry. */
function reference(route: Route, p: CompiledProfile, c: number, m: "weighted" | "cumulative"): unknown[] {
  const items: { contribution: Contribution; weight: number; id: string; e: number; j: number }[] = [];
  p.entries.forEach((entry, e) => {
    for (let k = route.rowPtr[entry.row] as number; k < (route.rowPtr[entry.row + 1] as number); k++) {
      if (route.col[k] !== c) continue;
      (route.entryPaths[k] ?? []).forEach((path, j) => {
        const weight = round6(m === "cumulative" ? 100 * path.share : entry.weight * path.share);
        const contribution: Contribution = {
          determinant: entry.determinant.determinant,
          valence: entry.determinant.valence,
          path: path.path,
          steps: path.steps,
          weight,
          ...(path.evidence === undefined ? {} : { evidence: path.evidence }),
          linkSet: path.linkSet,
          citation: path.citation,
        };
        items.push({ contribution, weight, id: entry.determinant.determinant, e, j });
      });
    }
  });
  // Largest first; equal ones in canonical order: by determinant (the entries' order), then path order.
  items.sort((a, b) => b.weight - a.weight || a.e - b.e || a.j - b.j);
  return items.map((item) => item.contribution);
}

describe("explanations", () => {
  it("list every path of every scoring determinant, largest first, equal ones by determinant then path", () => {
    fc.assert(
      fc.property(anyProfile, fc.integer({ min: 1, max: 15 }), ({ profile: p, m, route }, top) => {
        const out = scoreBuffers(route);
        accumulate(route, p.vector, out);
        const order = rankTop(route, p.vector, out, new Uint8Array(route.cols.length).fill(1), top);
        const recommendations = explain(route, p, order, out.scores, out, m);
        recommendations.forEach((r, i) => {
          const c = order[i] as number;
          expect(r.strategy.id).toBe(route.cols[c]?.id);
          expect(JSON.stringify(r.contributions)).toBe(JSON.stringify(reference(route, p, c, m)));
          expect(Object.isFrozen(r) && Object.isFrozen(r.contributions)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
