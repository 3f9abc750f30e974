import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { DeterminantProfileInput } from "@impsci/determinants";
import { describe, expect, it } from "vitest";
import { isMatcherError, MatcherError } from "./error";
import type { MatchManyRecord } from "./match-many";
import { createMatcher } from "./matcher";

const matcher = createMatcher();

/** Sites with profiles through both routes (TDF via COM-B and BCW; CFIR 2009 via CFIR-ERIC). */
const sites: DeterminantProfileInput[] = [
  {
    id: "site-a",
    determinants: [
      { determinant: "tdf-v2:knowledge", valence: "barrier", importance: 5, changeability: 4 },
      { determinant: "tdf-v2:social-influences", valence: "barrier", importance: 3, changeability: 3 },
    ],
  },
  { id: "site-b", determinants: [{ determinant: "cfir-2009:Reflecting & Evaluating", valence: "barrier" }] },
  {
    id: "site-c",
    determinants: [
      { determinant: "com-b:physical-opportunity", valence: "barrier", strength: -2 },
      { determinant: "tdf-v2:skills", valence: "facilitator", importance: 4, changeability: 2 },
    ],
  },
];

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

/** A generator that counts how many profiles were pulled from it, and whether it was closed. */
function counted(profiles: readonly unknown[]) {
  const state = { pulls: 0, closed: false };
  function* source() {
    try {
      for (const profile of profiles) {
        state.pulls++;
        yield profile as DeterminantProfileInput;
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, source: source() };
}

describe("matchMany: one record per profile, in input order", () => {
  it("yields, in order, each profile's index, id and exactly what match returns (top 10 by default)", async () => {
    const records = await collect(matcher.matchMany(sites));
    expect(records.map((r) => [r.index, r.id, r.ok])).toEqual([
      [0, "site-a", true],
      [1, "site-b", true],
      [2, "site-c", true],
    ]);
    records.forEach((record, i) => {
      if (!record.ok) throw new Error("expected a result");
      expect(JSON.stringify(record.result)).toBe(JSON.stringify(matcher.match(sites[i] as never, { top: 10 })));
      expect(record.result.manifest.options.top).toBe(10);
    });
    const first = records[1];
    expect(first?.ok && first.result.recommendations.map((r) => r.strategy.id).slice(0, 2)).toEqual([
      "eric:develop-and-implement-tools-for-quality-monitoring",
      "eric:audit-and-provide-feedback",
    ]);
    expect(records.every((r) => Object.isFrozen(r))).toBe(true);
  });

  it("passes the match options on; top: 'all' gives every strategy that scores, like match without top", async () => {
    const [cumulative] = await collect(
      matcher.matchMany([sites[1] as DeterminantProfileInput], { mode: "cumulative", top: 3 }),
    );
    expect(cumulative?.ok && cumulative.result).toEqual(
      matcher.match(sites[1] as never, { mode: "cumulative", top: 3 }),
    );
    const [all] = await collect(
      matcher.matchMany([sites[1] as DeterminantProfileInput], { mode: "cumulative", top: "all" }),
    );
    expect(all?.ok && JSON.stringify(all.result)).toBe(
      JSON.stringify(matcher.match(sites[1] as never, { mode: "cumulative" })),
    );
    expect(all?.ok && all.result.recommendations).toHaveLength(39);
  });

  it("takes an array, a generator and an async generator alike", async () => {
    async function* slowly() {
      for (const site of sites) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        yield site;
      }
    }
    const fromArray = JSON.stringify(await collect(matcher.matchMany(sites)));
    expect(JSON.stringify(await collect(matcher.matchMany(counted(sites).source)))).toBe(fromArray);
    expect(JSON.stringify(await collect(matcher.matchMany(slowly())))).toBe(fromArray);
  });
});

describe("matchMany: a bad profile is a record, and the run goes on", () => {
  it("yields an error record with the index, the id, the code and every issue, then the next profiles", async () => {
    const input: unknown[] = [
      sites[0],
      { id: "site-typo", determinants: [{ determinant: "tdf-v2:Knowlege", valence: "barrier" }] },
      "not a profile",
      { id: 7, determinants: [{ determinant: "tdf-v2:knowledge", valence: "obstacle", importance: 9 }] },
      sites[1],
    ];
    const records = await collect(matcher.matchMany(input as DeterminantProfileInput[]));
    expect(records.map((r) => [r.index, r.id, r.ok])).toEqual([
      [0, "site-a", true],
      [1, "site-typo", false],
      [2, undefined, false],
      [3, undefined, false],
      [4, "site-b", true],
    ]);
    const typo = records[1] as Extract<MatchManyRecord, { ok: false }>;
    expect(typo.error.code).toBe("invalid-profile");
    expect(typo.error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown-reference", ["determinants", 0, "determinant"]],
    ]);
    expect(typo.error.issues[0]?.message).toContain("Did you mean tdf-v2:knowledge (Knowledge)?");
    // The same message match throws.
    let thrown: unknown;
    try {
      matcher.match(input[1] as never);
    } catch (error) {
      thrown = error;
    }
    expect(isMatcherError(thrown) && thrown.message).toBe(typo.error.message);
    expect("id" in (records[2] as object)).toBe(false);
    const bad = records[3] as Extract<MatchManyRecord, { ok: false }>;
    expect(bad.error.issues.map((issue) => issue.code).sort()).toEqual(["invalid-type", "invalid-value", "too-big"]);
  });

  it("rejects bad options and a source that is not iterable at once, before reading any profile", () => {
    const { state, source } = counted(sites);
    const attempt = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const badTop = attempt(() => matcher.matchMany(source, { top: 0 }));
    expect(badTop).toBeInstanceOf(MatcherError);
    expect((badTop as MatcherError).code).toBe("invalid-options");
    expect((badTop as MatcherError).issues.map((i) => [i.code, i.path])).toEqual([["too-small", ["options", "top"]]]);
    const unknown = attempt(() => matcher.matchMany(sites, { topN: 3 } as never)) as MatcherError;
    expect(unknown.issues.map((i) => [i.code, i.path])).toEqual([["unknown-field", ["options", "topN"]]]);
    const include = attempt(() => matcher.matchMany(sites, { include: ["eric:no-such-strategy"] })) as MatcherError;
    expect(include.issues.map((i) => i.code)).toEqual(["unknown-reference"]);
    for (const notIterable of [null, 42, "site-a", { determinants: [] }]) {
      const error = attempt(() => matcher.matchMany(notIterable as never)) as MatcherError;
      expect(error.code).toBe("invalid-options");
      expect(error.message).toContain("iterable");
    }
    expect(state.pulls).toBe(0);
  });

  it("ends with the source's own error when the source fails, after the records before it", async () => {
    function* failing() {
      yield sites[0] as DeterminantProfileInput;
      throw new Error("the file ended in the middle of a line");
    }
    const seen: MatchManyRecord[] = [];
    await expect(
      (async () => {
        for await (const record of matcher.matchMany(failing())) seen.push(record);
      })(),
    ).rejects.toThrow("the file ended in the middle of a line");
    expect(seen.map((r) => r.index)).toEqual([0]);
  });
});

describe("matchMany: streaming, not holding", () => {
  it("pulls a profile only when the caller asks for its record (never ahead)", async () => {
    const { state, source } = counted([...sites, ...sites, ...sites]);
    const run = matcher.matchMany(source);
    expect(state.pulls).toBe(0);
    for (let k = 1; k <= 4; k++) {
      const next = await run.next();
      expect(next.done).toBe(false);
      expect(next.value?.index).toBe(k - 1);
      expect(state.pulls).toBe(k);
    }
  });

  it("closes the source when the caller stops early, and runs over a source that never ends", async () => {
    const { state, source } = counted(sites);
    for await (const record of matcher.matchMany(source)) if (record.index === 1) break;
    expect(state).toEqual({ pulls: 2, closed: true });

    let made = 0;
    function* forever() {
      for (;;) yield sites[made++ % sites.length] as DeterminantProfileInput;
    }
    let last = -1;
    for await (const record of matcher.matchMany(forever(), { top: 1 })) {
      last = record.index;
      if (record.index === 2_999) break;
    }
    expect([last, made]).toEqual([2_999, 3_000]);
  });

  it("keeps neither the profiles nor the results it has yielded", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const profiles: WeakRef<object>[] = [];
    const results: WeakRef<object>[] = [];
    function* fresh() {
      for (let i = 0; i < 2_000; i++) {
        // A new object per profile, held by nobody but the run.
        const profile = { id: `site-${i}`, determinants: structuredClone(sites[i % sites.length]?.determinants) };
        if (i < 100) profiles.push(new WeakRef(profile));
        yield profile as DeterminantProfileInput;
      }
    }
    let count = 0;
    for await (const record of matcher.matchMany(fresh())) {
      if (record.ok && record.index < 100) results.push(new WeakRef(record.result));
      count++;
    }
    expect(count).toBe(2_000);
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    expect(profiles.filter((ref) => ref.deref() !== undefined)).toHaveLength(0);
    expect(results.filter((ref) => ref.deref() !== undefined)).toHaveLength(0);
  });
});

describe("the README's matchMany example", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const section = readme.slice(readme.indexOf("## Many sites in one pass: matchMany"));

  it("prints what the README shows", async () => {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const records = createMatcher().matchMany(
      [
        {
          id: "clinic-a",
          determinants: [{ determinant: "tdf-v2:knowledge", valence: "barrier", importance: 5, changeability: 4 }],
        },
        { id: "clinic-b", determinants: [{ determinant: "tdf-v2:knowlege", valence: "barrier" }] },
        {
          id: "clinic-c",
          determinants: [
            { determinant: "tdf-v2:social-influences", valence: "barrier" },
            { determinant: "tdf-v2:skills", valence: "facilitator" },
          ],
        },
      ],
      { top: 2 },
    );
    for await (const record of records) {
      if (record.ok) {
        const names = record.result.recommendations.map((r) => `${r.strategy.name} (${r.score})`);
        log(`${record.index} ${record.id}: ${names.join("; ")}`);
      } else {
        log(`${record.index} ${record.id}: ${record.error.code}: ${record.error.issues[0]?.message}`);
      }
    }
    expect(`${lines.join("\n")}\n`).toBe(/```text\n([\s\S]*?)```/.exec(section)?.[1]);
  });

  it("shows the code this test runs", () => {
    for (const line of [
      "const records = createMatcher().matchMany(",
      '    { id: "clinic-b", determinants: [{ determinant: "tdf-v2:knowlege", valence: "barrier" }] },',
      "  { top: 2 },",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the README's code, verbatim
      "    const names = record.result.recommendations.map((r) => `${r.strategy.name} (${r.score})`);",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the README's code, verbatim
      "    console.log(`${record.index} ${record.id}: ${record.error.code}: ${record.error.issues[0]?.message}`);",
    ]) {
      expect(section).toContain(line);
    }
  });
});
