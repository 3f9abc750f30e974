// The README's example is run here as written, so it cannot rot: its code block is executed against this package's
// source, and what it prints must equal the output block printed under it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as determinants from "./index";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const blocks = (lang: string) =>
  [...readme.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, "g"))].map((m) => m[1] ?? "");

describe("README", () => {
  it("prints what it says it prints", () => {
    const [code] = blocks("ts");
    const [expected] = blocks("text");
    expect(code).toContain('from "@impsci/determinants";');
    // Plain JavaScript apart from the import, which becomes a destructuring of this package's exports.
    const body = (code ?? "").replace(/import \{([^}]+)\} from "@impsci\/determinants";/, "const {$1} = lib;");
    const printed: string[] = [];
    const capture = {
      log: (...args: unknown[]) => printed.push(args.join(" ")),
      error: (...args: unknown[]) => printed.push(`error: ${args.join(" ")}`),
    };
    new Function("lib", "console", body)(determinants, capture);
    expect(printed.join("\n")).toBe((expected ?? "").trimEnd());
  });

  it("quotes messages the package really gives", () => {
    const bad = determinants.parseProfileCsv(
      "determinant,valence,importance\ntdf-v2:Knowlege,barrier,\ntdf-v2:skills,barrier,7\n",
    );
    const messages = bad.success ? [] : bad.issues.map((i) => i.message);
    expect(messages).toEqual([
      'Row 2, column "determinant": Unknown tdf-v2 reference "Knowlege". Did you mean tdf-v2:knowledge (Knowledge)?',
      'Row 3, column "importance": "7" is not a whole number from 1 to 5.',
    ]);
    for (const message of messages) expect(readme.replace(/\n/g, " ")).toContain(message.replace(/Row \d/, ""));
  });

  it("documents every reference form it shows", () => {
    for (const ref of [
      "tdf-v2:social-influences",
      "tdf-v2:skills.skills",
      "tdf-v2:12",
      "com-b:C-Ps",
      "cfir-2009:II.A",
      "tdf-v2:Emotions",
    ]) {
      expect(readme).toContain(ref);
      expect(determinants.lookupElement(ref).ok).toBe(true);
    }
  });
});
