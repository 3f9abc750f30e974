// The README's example, run as written: its import line is swapped for this package's exports, its console.log
// calls are captured, and each `// value` comment after a console.log must equal what that line printed.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as pathways from "./index";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const example = /## Example\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
const imported = ["createPlan", "planProgress", "renderPlanMarkdown", "validatePlan"];

describe("README example", () => {
  it("imports only what the package exports", () => {
    const names = /import \{([^}]*)\} from "@impsci\/pathways";/
      .exec(example)?.[1]
      ?.split(",")
      .map((n) => n.trim());
    expect(names).toEqual(imported);
    for (const name of names ?? []) expect(pathways).toHaveProperty(name);
  });

  it("runs and prints what its comments say", () => {
    const printed: unknown[] = [];
    const body = example.replace(/^import .*$/m, `const { ${imported.join(", ")} } = lib;`);
    new Function("lib", "console", body)(pathways, { log: (value: unknown) => printed.push(value) });
    const promised = [...example.matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((m) => JSON.parse(m[1] ?? ""));
    expect(promised).toHaveLength(6);
    expect(printed).toEqual(promised);
  });

  it("names the pathways the package ships, with their step counts", () => {
    for (const p of pathways.listPathways()) {
      expect(readme).toMatch(new RegExp(`\\| \`${p.id}\` +\\| [^|]+\\| ${p.steps.length}`));
    }
  });
});
