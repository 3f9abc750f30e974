import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cloneJson,
  expectNoDynamicCode,
  expectNoPollution,
  expectPathsInto,
  expectPlainData,
  expectReached,
  expectWellFormed,
  FUZZ_TIMEOUT,
  fuzz,
  hostileJson,
  hostileText,
  longText,
  nearValid,
  withinTime,
} from "../../../scripts/test-utils/fuzz";
import { builtinCatalogue } from "./builtin-catalogue";
import { validateCatalogue } from "./catalogue";
import { isCatalogueError } from "./error";
import { type CatalogueExtensionInput, extendCatalogue } from "./extend-catalogue";

const citation = {
  authors: "Riverside Clinic QI team",
  year: 2025,
  title: "Implementation playbook",
  source: "Internal document",
};

const playbook: CatalogueExtensionInput = {
  taxonomies: [{ id: "riverside", name: "Riverside playbook", citation }],
  groups: [{ taxonomy: "riverside", name: "Daily routines" }],
  strategies: [
    {
      taxonomy: "riverside",
      name: "Weekly huddle",
      number: 1,
      group: "Daily routines",
      aliases: ["Friday huddle"],
      definition: "A ten-minute stand-up meeting where the team reviews how the change went that week.",
    },
    {
      taxonomy: "eric",
      name: "Peer shadowing rota",
      group: "eric-cluster:train-and-educate-stakeholders",
      definition: "Staff take turns shadowing a colleague who already delivers the new practice.",
      citation,
    },
  ],
};

const builtinCount = builtinCatalogue.listStrategies().length;

const check = (input: unknown) => {
  const before = JSON.stringify(input);
  const result = withinTime(() => extendCatalogue(builtinCatalogue, input as CatalogueExtensionInput));
  expectWellFormed(result);
  if (!result.success) expectPathsInto(result.issues, input);
  expect(JSON.stringify(input)).toBe(before);
  expect(builtinCatalogue.listStrategies()).toHaveLength(builtinCount);
  expectNoPollution();
  return result;
};

/** Calls a lookup that may throw: it returns, or throws a CatalogueError with a code and a message. */
function returnsOrCoded<T>(f: () => T): T | undefined {
  try {
    return withinTime(f);
  } catch (error) {
    if (!isCatalogueError(error)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
    return undefined;
  }
}

describe("extendCatalogue under fuzzing", () => {
  it(
    "arbitrary JSON: coded issues located in the input; the base catalogue never changes",
    () => {
      fuzz(
        fc.property(
          fc.oneof(
            hostileJson,
            hostileJson.map((strategies) => ({ strategies: [strategies] })),
          ),
          (input) => {
            check(input);
          },
        ),
        800,
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "a valid extension with a few mutations: issues point into it; an accepted one gives a catalogue whose new strategies resolve",
    () => {
      let passed = 0;
      const runs = 500;
      fuzz(
        fc.property(nearValid(playbook, 3), (input) => {
          const result = check(input);
          if (!result.success) return;
          passed++;
          const custom = result.data.listStrategies().filter((s) => s.custom);
          expectPlainData(cloneJson(custom));
          for (const strategy of custom) expect(result.data.getStrategy(strategy.id)).toBe(strategy);
          expect(result.data.listStrategies().length).toBe(builtinCount + custom.length);
        }),
        runs,
      );
      expectReached(passed, runs, 20);
    },
    FUZZ_TIMEOUT,
  );
});

describe("validateCatalogue under fuzzing", () => {
  it(
    "a built-in taxonomy with a few mutations, or arbitrary JSON: coded issues located in the input",
    () => {
      const bcw = cloneJson(builtinCatalogue.getTaxonomy("bcw"));
      fuzz(
        fc.property(fc.oneof(nearValid([bcw], 2), hostileJson), (input) => {
          const before = JSON.stringify(input);
          const result = withinTime(() => validateCatalogue(input));
          expectWellFormed(result);
          if (!result.success) expectPathsInto(result.issues, input);
          expect(JSON.stringify(input)).toBe(before);
          expectNoPollution();
        }),
        300,
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe("catalogue lookups under fuzzing", () => {
  it(
    "lookupStrategy, findStrategy, searchStrategies and listStrategies never throw on any text; getStrategy, getGroup and getTaxonomy throw only coded errors",
    () => {
      const text = fc.oneof(hostileText, longText(1000), fc.string({ unit: "binary", maxLength: 40 }));
      fuzz(
        fc.property(text, (ref) => {
          const found = withinTime(() => builtinCatalogue.lookupStrategy(ref));
          expect(builtinCatalogue.findStrategy(ref)).toBe(found.ok ? found.item : undefined);
          if (!found.ok) expect(found.message.length).toBeGreaterThan(0);
          const got = returnsOrCoded(() => builtinCatalogue.getStrategy(ref));
          expect(got).toBe(found.ok ? found.item : undefined);
          returnsOrCoded(() => builtinCatalogue.getGroup(ref));
          returnsOrCoded(() => builtinCatalogue.getTaxonomy(ref));
          builtinCatalogue.findTaxonomy(ref);
          const hits = withinTime(() => builtinCatalogue.searchStrategies(ref, { limit: 5 }));
          expect(hits.length).toBeLessThanOrEqual(5);
          withinTime(() => builtinCatalogue.listStrategies({ text: ref }));
          expectNoPollution();
        }),
        600,
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe("safety", () => {
  it("no source file of @impsci/catalogue evaluates code (eval, new Function)", () => {
    expectNoDynamicCode(fileURLToPath(new URL(".", import.meta.url)));
  });
});
