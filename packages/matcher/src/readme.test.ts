// The README's examples, run as they are written: their printed output must stay what the README shows.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createMatcher } from "./matcher";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** The `text` block printed after the code block that contains `marker`. */
function shownOutput(marker: string): string {
  const at = readme.indexOf(marker);
  expect(at).toBeGreaterThan(-1);
  const block = /```text\n([\s\S]*?)```/.exec(readme.slice(at));
  return block?.[1] ?? "";
}

function capture(run: (log: (...parts: unknown[]) => void) => void): string {
  const lines: string[] = [];
  run((...parts) => {
    lines.push(
      parts
        .map((p) => (typeof p === "string" ? p : `[ ${(p as string[]).map((s) => `'${s}'`).join(", ")} ]`))
        .join(" "),
    );
  });
  return `${lines.join("\n")}\n`;
}

describe("README examples", () => {
  it("the StrategEase route prints what the README shows", () => {
    const printed = capture((log) => {
      const matcher = createMatcher(); // every built-in link set, compiled once
      const result = matcher.match(
        {
          determinants: [
            { determinant: "tdf-v2:knowledge", valence: "barrier", importance: 5, changeability: 4 },
            { determinant: "tdf-v2:social-influences", valence: "barrier", importance: 3, changeability: 3 },
          ],
        },
        { top: 3 },
      );
      for (const r of result.recommendations) {
        log(`${r.rank}. ${r.strategy.name} (${r.score})`);
        for (const c of r.contributions) log(`   ${c.path.join(" > ")}: +${c.weight}`);
      }
      log(result.warnings.map((w) => w.code));
    });
    expect(printed).toBe(shownOutput('{ determinant: "tdf-v2:social-influences"'));
  });

  it("the CFIR-ERIC route prints what the README shows", () => {
    const printed = capture((log) => {
      const result = createMatcher({ linkSets: ["cfir-eric-2019"] }).match(
        {
          determinants: [
            { determinant: "cfir-2009:Reflecting & Evaluating", valence: "barrier" },
            { determinant: "cfir-2009:Planning", valence: "barrier" },
          ],
        },
        { mode: "cumulative", top: 4 },
      );
      for (const r of result.recommendations) {
        log(`${r.rank}. ${r.strategy.name}: ${r.score} % (level 1: ${r.level1}, level 2: ${r.level2})`);
      }
      log(result.warnings.map((w) => w.code));
    });
    expect(printed).toBe(shownOutput('{ determinant: "cfir-2009:Planning"'));
  });

  it("the README's code is the code this test runs", () => {
    for (const line of [
      "const matcher = createMatcher(); // every built-in link set, compiled once",
      '      { determinant: "tdf-v2:knowledge", valence: "barrier", importance: 5, changeability: 4 },',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the README's code, verbatim
      '  for (const c of r.contributions) console.log(`   ${c.path.join(" > ")}: +${c.weight}`);',
      'const result = createMatcher({ linkSets: ["cfir-eric-2019"] }).match(',
      '  { mode: "cumulative", top: 4 },',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the README's code, verbatim
      "  console.log(`${r.rank}. ${r.strategy.name}: ${r.score} % (level 1: ${r.level1}, level 2: ${r.level2})`);",
    ]) {
      expect(readme).toContain(line);
    }
  });
});
