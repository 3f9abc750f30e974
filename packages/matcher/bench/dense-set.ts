// Shared by the benches: the same seeded data for every run, the 39 CFIR-ERIC barriers and the 73 ERIC strategies.
import { listStrategies } from "@impsci/catalogue";
import { getFramework } from "@impsci/determinants";
import type { LinkSetInput } from "../src/index";

/** mulberry32: a small seeded generator, so every run benches the same data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The 39 barriers of the CFIR-ERIC Matching Tool. */
export const barriers = getFramework("cfir-2009")
  .elements.filter((e) => e.cfirEricBarrier?.value === true)
  .map((e) => e.id);
/** The 73 ERIC strategies. */
export const strategies = listStrategies({ taxonomy: "eric" });
if (barriers.length !== 39 || strategies.length !== 73) throw new Error("expected 39 barriers and 73 strategies");

/** A dense 39 x 73 percent link set: every barrier-strategy pair, with the weight `weightOf` draws. */
export function denseSet(links: LinkSetInput["links"]): LinkSetInput {
  return {
    id: "bench-dense",
    version: "1",
    title: "Dense 39 x 73 percent link set (seeded)",
    from: "cfir-2009",
    to: "eric",
    weightKind: "percent",
    basis: "user",
    links,
  };
}
