import { describe, expect, it } from "vitest";
import { CrosswalkSchema, FrameworkSchema } from "../framework";
import { comB } from "./com-b";
import { tdfV2 } from "./tdf-v2";
import { tdfV2ComBBcwGuide2014 } from "./tdf-v2-com-b";

// The 17 links of the Behaviour Change Wheel guide's TDF -> COM-B table, copied from the published mapping:
// [TDF domain name, COM-B short code], in published order.
const LINKS = [
  ["Knowledge", "C-Ps"],
  ["Skills", "C-Ps"],
  ["Memory, Attention and Decision Processes", "C-Ps"],
  ["Behavioural Regulation", "C-Ps"],
  ["Skills", "C-Ph"],
  ["Social Influences", "O-So"],
  ["Environmental Context and Resources", "O-Ph"],
  ["Social/Professional Role and Identity", "M-Re"],
  ["Beliefs about Capabilities", "M-Re"],
  ["Optimism", "M-Re"],
  ["Beliefs about Consequences", "M-Re"],
  ["Intentions", "M-Re"],
  ["Goals", "M-Re"],
  ["Social/Professional Role and Identity", "M-Au"],
  ["Optimism", "M-Au"],
  ["Reinforcement", "M-Au"],
  ["Emotion", "M-Au"],
] as const;

const crosswalk = CrosswalkSchema.parse(tdfV2ComBBcwGuide2014);
const tdf = FrameworkSchema.parse(tdfV2).elements;
const comb = FrameworkSchema.parse(comB).elements;

describe("tdfV2ComBBcwGuide2014", () => {
  it("is the named, cited bcw-guide-2014 variant of tdf-v2 -> com-b", () => {
    expect(crosswalk).toMatchObject({
      id: "tdf-v2-com-b.bcw-guide-2014",
      from: "tdf-v2",
      to: "com-b",
      variant: "bcw-guide-2014",
      citation: { authors: "Michie S, Atkins L, West R", year: 2014 },
      coverage: { status: "complete", counts: [{ unit: "links", included: 17, published: 17 }] },
    });
    expect(crosswalk.id).toBe(`${crosswalk.from}-${crosswalk.to}.${crosswalk.variant}`);
  });

  it("holds the 17 published links, each resolving to a TDF domain and a COM-B subcomponent", () => {
    expect(crosswalk.links).toHaveLength(17);
    const named = crosswalk.links.map((link) => {
      const from = tdf.find((e) => e.id === link.from);
      const to = comb.find((e) => e.id === link.to);
      expect(from?.kind).toBe("domain");
      expect(to?.kind).toBe("subcomponent");
      return [from?.name, to?.codes[0]];
    });
    expect(named).toEqual(LINKS.map(([domain, code]) => [domain, code]));
  });

  it("has no duplicate link and maps every one of the 14 domains", () => {
    expect(new Set(crosswalk.links.map((l) => `${l.from}>${l.to}`)).size).toBe(17);
    const reached = new Set(crosswalk.links.map((l) => l.from));
    expect(tdf.filter((e) => e.kind === "domain" && !reached.has(e.id)).map((e) => e.name)).toEqual([]);
  });
});
