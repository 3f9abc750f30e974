// Same input, same bytes: each command runs as separate processes of the built bin, in this process's environment and
// under other time zones and locales (scripts/test-utils/determinism.ts's ENVIRONMENTS), and prints the same bytes.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ENVIRONMENTS } from "../../../scripts/test-utils/determinism";
import { FIXTURES, runCli } from "./run-cli";

const COMMANDS: readonly (readonly string[])[] = [
  ["match", "--example", "--format", "json"],
  ["match", "--determinants", "profile.csv", "--explain", "--format", "table"],
  ["portfolio", "--example", "--k", "3", "--format", "json"],
  ["sensitivity", "--example", "--k", "5", "--draws", "200", "--seed", "42", "--format", "json"],
  ["sensitivity", "--example", "--method", "weights", "--k", "5", "--draws", "100", "--seed", "7", "--format", "csv"],
  ["batch", "--profiles", "sites.ndjson", "--top", "3"],
  ["batch", "--profiles", "sites.csv", "--top", "2"],
  ["plan", "report", "plan.json"],
  ["plan", "report", "plan.json", "--format", "json"],
  ["plan", "report", "plan.json", "--logic-model", "--format", "csv"],
  ["catalogue", "list", "--format", "csv"],
];

/** What a child process sees of its environment: time zone, locale, and renderings that depend on them. */
function seen(env: Readonly<Record<string, string>>): string {
  const script =
    "const o = Intl.DateTimeFormat().resolvedOptions(); process.stdout.write([o.timeZone, o.locale, (1234.5).toLocaleString(), new Date(0).toString(), ['b', 'a', 'ä', 'z'].sort((a, b) => a.localeCompare(b)).join('')].join(' | '))";
  return spawnSync(process.execPath, ["-e", script], { env: { ...process.env, ...env }, encoding: "utf8" }).stdout;
}

describe("determinism across processes, time zones and locales", () => {
  it("the environments differ where a careless program would show it", () => {
    const views = [seen({}), ...ENVIRONMENTS.map(seen)];
    expect(new Set(views).size).toBe(views.length);
    ENVIRONMENTS.forEach((env, i) => {
      expect(views[i + 1]?.startsWith(`${env.TZ} | `)).toBe(true);
    });
  });

  it.each(COMMANDS.map((args) => [args.join(" "), args]))(
    "impsci %s prints the same bytes everywhere",
    (_, args) => {
      const here = runCli(args, { cwd: FIXTURES });
      expect(here.status, here.stderr).toBe(0);
      expect(here.stdout.length).toBeGreaterThan(100);
      // Another process in the same environment, then one in each other environment.
      for (const env of [{}, ...ENVIRONMENTS]) {
        const there = runCli(args, { cwd: FIXTURES, env: { ...env } });
        expect(there.status).toBe(0);
        expect(there.stdout).toBe(here.stdout);
        expect(there.stderr).toBe(here.stderr);
      }
    },
    60_000,
  );
});
