// The README's portfolio and sensitivity examples, run as they are written: their printed output must stay what the
// README shows.
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
      parts.map((p) => (typeof p === "string" ? p : Array.isArray(p) && p.length === 0 ? "[]" : String(p))).join(" "),
    );
  });
  return `${lines.join("\n")}\n`;
}

describe("README: portfolio and sensitivity examples", () => {
  it("the portfolio example prints what the README shows", () => {
    const printed = capture((log) => {
      const portfolio = createMatcher().portfolio(
        {
          determinants: [
            { determinant: "tdf-v2:knowledge", valence: "barrier", importance: 5, changeability: 4 },
            {
              determinant: "tdf-v2:environmental-context-and-resources",
              valence: "barrier",
              importance: 4,
              changeability: 2,
            },
            { determinant: "tdf-v2:social-influences", valence: "barrier", importance: 3, changeability: 3 },
            { determinant: "tdf-v2:emotion", valence: "barrier", importance: 2, changeability: 2 },
          ],
        },
        { k: 3, include: ["eric:Audit and provide feedback"] },
      );
      for (const pick of portfolio.picks) {
        log(`${pick.strategy.name}${pick.required ? " (required)" : ""}: +${pick.marginalGain}`);
        for (const c of pick.covers) log(`   ${c.determinant}: +${c.gain}`);
      }
      log(portfolio.uncovered, portfolio.total);
    });
    expect(printed).toBe(shownOutput('{ k: 3, include: ["eric:Audit and provide feedback"] }'));
  });

  it("the sensitivity example prints what the README shows", () => {
    const printed = capture((log) => {
      const stability = createMatcher({ linkSets: ["cfir-eric-2019"] }).sensitivity(
        { determinants: [{ determinant: "cfir-2009:Reflecting & Evaluating", valence: "barrier" }] },
        { method: "resample", mode: "cumulative", draws: 10000, seed: 2019, k: 4 },
      );
      for (const s of stability.strategies.slice(0, 6)) {
        log(
          `${s.baseRank}. ${s.strategy.name}: top 4 in ${Math.round(s.pTopK * 100)} % of draws, median rank ${s.medianRank} (90 %: ${s.rankInterval.join("-")})`,
        );
      }
      log(`Kendall tau ${stability.meanKendallTau}, top-4 overlap ${stability.meanTopKOverlap}`);
    });
    expect(printed).toBe(shownOutput('{ method: "resample", mode: "cumulative", draws: 10000, seed: 2019, k: 4 }'));
  });

  it("the README's code is the code this test runs", () => {
    for (const line of [
      '  { k: 3, include: ["eric:Audit and provide feedback"] },',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the README's code, verbatim
      '  console.log(`${pick.strategy.name}${pick.required ? " (required)" : ""}: +${pick.marginalGain}`);',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the README's code, verbatim
      "  for (const c of pick.covers) console.log(`   ${c.determinant}: +${c.gain}`);",
      "console.log(portfolio.uncovered, portfolio.total);",
      '  { method: "resample", mode: "cumulative", draws: 10000, seed: 2019, k: 4 },',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the README's code, verbatim
      '    `${s.baseRank}. ${s.strategy.name}: top 4 in ${Math.round(s.pTopK * 100)} % of draws, median rank ${s.medianRank} (90 %: ${s.rankInterval.join("-")})`,',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the README's code, verbatim
      "console.log(`Kendall tau ${stability.meanKendallTau}, top-4 overlap ${stability.meanTopKOverlap}`);",
    ]) {
      expect(readme).toContain(line);
    }
  });
});
