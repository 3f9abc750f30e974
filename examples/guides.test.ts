// The guides in docs/ show only code that CI runs: every code block is marked with the example it is copied from
// (and must still be a run of that file's lines), or with the example whose output it shows (checked by that
// example's own test, which must exist).
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GUIDES, guideBlocks, holdsLines, root } from "./guide-blocks";

const blocks = guideBlocks();
const read = (path: string) => readFileSync(`${root}${path}`, "utf8").replace(/^\uFEFF/, "");

describe("the guides", () => {
  it.each(GUIDES)("%s exists and has marked code blocks", (guide) => {
    expect(blocks.filter((b) => b.guide === guide).length).toBeGreaterThan(2);
  });

  it("every code block says which example it comes from", () => {
    const unmarked = blocks.filter((b) => b.kind === undefined).map((b) => `${b.guide}:${b.line}`);
    expect(unmarked).toEqual([]);
  });

  it("every marker names a file in examples/", () => {
    for (const block of blocks) {
      expect(block.source, `${block.guide}:${block.line}`).toMatch(/^examples\//);
      expect(existsSync(`${root}${block.source}`), `${block.guide}:${block.line}: ${block.source}`).toBe(true);
    }
  });

  it("every example block is a run of whole lines of its file, as the file is now", () => {
    for (const block of blocks.filter((b) => b.kind === "example")) {
      expect(block.text.trim(), `${block.guide}:${block.line}`).not.toBe("");
      expect(holdsLines(read(block.source as string), block.text), `${block.guide}:${block.line}`).toBe(true);
    }
  });

  it("every example whose output a guide shows has a test that checks it", () => {
    const sources = new Set(blocks.filter((b) => b.kind === "output").map((b) => b.source as string));
    expect(sources.size).toBeGreaterThan(5);
    for (const source of sources) {
      const test = source.replace(/\.[a-z]+$/i, ".test.ts");
      expect(existsSync(`${root}${test}`), test).toBe(true);
      expect(read(test), test).toContain(`const SOURCE = "${source}";`);
      expect(read(test), test).toContain("shownOutputs(SOURCE)");
    }
  });

  it("the guides link to files that exist, and to headings those files have", () => {
    // GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens.
    const anchors = (markdown: string) =>
      [...markdown.matchAll(/^#+ (.+)$/gm)].map(([, heading]) =>
        (heading as string)
          .toLowerCase()
          .replace(/[^a-z0-9 _-]/g, "")
          .replace(/ /g, "-"),
      );
    for (const guide of GUIDES) {
      for (const [, target = "", anchor] of read(guide).matchAll(/\]\(([^)#]*)(?:#([^)]*))?\)/g)) {
        if (/^[a-z]+:/.test(target)) continue;
        const path = target === "" ? `${root}${guide}` : new URL(target, `file://${root}${guide}`).pathname;
        expect(existsSync(path), `${guide}: ${target}`).toBe(true);
        if (anchor) expect(anchors(readFileSync(path, "utf8")), `${guide}: ${target}#${anchor}`).toContain(anchor);
      }
    }
  });
});
