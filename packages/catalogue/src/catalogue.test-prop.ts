import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinCatalogue } from "./builtin-catalogue";
import { findStrategy, lookupStrategy } from "./get-strategy";
import { listStrategies } from "./list-strategies";
import { searchStrategies } from "./search-strategies";

const all = builtinCatalogue.listStrategies();
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.constantFrom(...all.map((s) => s.name)).map((name) => `eric:${name}`),
  fc.tuple(fc.constantFrom("eric", "bcw", "bcw-policy", "bct-v1", "x"), fc.string()).map(([s, k]) => `${s}:${k}`),
);
const aStrategy = fc.constantFrom(...all);

describe("lookup and search on arbitrary text", () => {
  it("never throw, and a failed lookup always says why", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = lookupStrategy(text);
        if (!found.ok) expect(found.message.length).toBeGreaterThan(0);
        expect(findStrategy(text)).toBe(found.ok ? found.item : undefined);
        const hits = searchStrategies(text, { limit: 5 });
        expect(hits.length).toBeLessThanOrEqual(5);
        for (let i = 1; i < hits.length; i++) expect(hits[i - 1]?.score).toBeGreaterThanOrEqual(hits[i]?.score ?? 0);
        expect(() => listStrategies({ text })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe("every strategy resolves by each of its names", () => {
  it("by id, key, each code, name and alias, in any case", () => {
    fc.assert(
      fc.property(aStrategy, fc.boolean(), (strategy, upper) => {
        const spell = (text: string) => (upper ? text.toUpperCase() : text);
        for (const text of [strategy.key, ...strategy.codes, strategy.name, ...strategy.aliases]) {
          expect(findStrategy(`${strategy.taxonomy}:${spell(text)}`)).toBe(strategy);
        }
        expect(findStrategy(strategy.id)).toBe(strategy);
      }),
    );
  });

  it("a search for a strategy's exact name finds it first", () => {
    fc.assert(
      fc.property(aStrategy, (strategy) => {
        expect(searchStrategies(strategy.name, { taxonomy: strategy.taxonomy })[0]?.strategy).toBe(strategy);
      }),
    );
  });
});
