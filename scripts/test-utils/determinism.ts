// Shared by the packages' determinism tests: runs a workload module (one that exports `run(): string`) in fresh Node
// processes with the time zone and the locale changed, so a test can compare the bytes each process printed with
// the bytes the test's own process computes.
import { spawn } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Environments far from each other: time zones 24 hours apart, locales with other digits, cases and separators. */
export const ENVIRONMENTS: readonly Readonly<Record<string, string>>[] = [
  { TZ: "Pacific/Kiritimati", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8" },
  { TZ: "America/St_Johns", LANG: "de_DE.UTF-8", LC_ALL: "ar_EG.UTF-8" },
];

/** What a child process printed: the environment it saw, and the workload's output. */
export interface ChildRun {
  /** The time zone, default locale and a few locale-dependent renderings, as the child saw them. */
  readonly seen: { readonly timeZone: string; readonly locale: string; readonly sample: string };
  /** The workload's output, byte for byte. */
  readonly output: string;
}

/**
 * Runs `run()` of the workload module at `modulePath` (an absolute path to a `.ts` file) in a new Node process
 * with `env` (plus PATH), resolving the packages from source; returns what it printed.
 */
export function runInChild(modulePath: string, env: Readonly<Record<string, string>>): Promise<ChildRun> {
  const script = `
    import { run } from ${JSON.stringify(pathToFileURL(modulePath).href)};
    const output = await run();
    const { timeZone, locale } = Intl.DateTimeFormat().resolvedOptions();
    const sample = [(1234.5).toLocaleString(), new Date(0).toString(), ["b", "a", "ä", "z"].sort((a, b) => a.localeCompare(b)).join("")].join(" | ");
    process.stdout.write(JSON.stringify({ seen: { timeZone, locale, sample }, output }));
  `;
  const args = ["--conditions=@impsci/source", "--import", "tsx", "--input-type=module", "--eval", script];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`the child exited with ${code}: ${Buffer.concat(err).toString("utf8")}`));
      else resolve(JSON.parse(Buffer.concat(out).toString("utf8")) as ChildRun);
    });
  });
}

/** Runs the workload in one child process per environment of {@link ENVIRONMENTS}, in parallel. */
export function runEverywhere(modulePath: string): Promise<ChildRun[]> {
  return Promise.all(ENVIRONMENTS.map((env) => runInChild(modulePath, env)));
}
