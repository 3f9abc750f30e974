import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { type ChildRun, ENVIRONMENTS, runEverywhere } from "../../../scripts/test-utils/determinism";
import { run } from "../test/determinism-workload";

const workload = fileURLToPath(new URL("../test/determinism-workload.ts", import.meta.url));
const sha = (text: string) => createHash("sha256").update(text).digest("hex");

describe("determinism: same input and seed, same bytes", () => {
  let here = "";
  let children: ChildRun[] = [];
  beforeAll(async () => {
    [here, children] = await Promise.all([run(), runEverywhere(workload)]);
  }, 60_000);

  it("match, portfolio, seeded sensitivity, matchMany and parsed link sets are byte-identical on a second run in the same process", async () => {
    expect(sha(await run())).toBe(sha(here));
    expect(here.length).toBeGreaterThan(10_000);
  });

  it("they are byte-identical in separate processes with TZ and locale changed", () => {
    expect(children.map((child) => child.seen.timeZone)).toEqual(ENVIRONMENTS.map((env) => env.TZ));
    // The children did see other locales (numbers, dates and sorting come out differently there)...
    expect(new Set(children.map((child) => child.seen.sample)).size).toBe(children.length);
    expect(children.map((child) => child.seen.locale)).toEqual(["tr-TR", "ar-EG"]);
    // ...and the library's output did not change by a byte.
    for (const child of children) expect(sha(child.output)).toBe(sha(here));
    for (const child of children) expect(child.output).toBe(here);
  });
});
