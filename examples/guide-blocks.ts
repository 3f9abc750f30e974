// Test helpers for the guides in docs/: every code block in a guide is marked with the example it comes from, and
// the tests check that it still does, so documented code and output cannot rot.
//
//   <!-- example: examples/match-strategease.ts -->   the next code block is lines of that file, verbatim
//   <!-- output: examples/match-strategease.ts -->    the next code block is lines that example prints, verbatim
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

/** The repository root. */
export const root = fileURLToPath(new URL("..", import.meta.url));

/** The guides whose code blocks come from examples/. */
export const GUIDES = ["docs/getting-started.md", "docs/researchers.md", "docs/embedding.md", "docs/own-link-set.md"];

/** A fenced code block of a guide, with the marker above it. */
export interface GuideBlock {
  readonly guide: string;
  /** The line of the opening fence (1-based). */
  readonly line: number;
  readonly lang: string;
  /** `example`: code from a file; `output`: what an example prints; undefined: no marker. */
  readonly kind: "example" | "output" | undefined;
  /** The file the marker names, relative to the repository root. */
  readonly source: string | undefined;
  /** The block's content, without the fences and without a final line break. */
  readonly text: string;
}

const MARKER = /^<!-- (example|output): (\S+) -->$/;

/** Every fenced code block of the guides. */
export function guideBlocks(guides: readonly string[] = GUIDES): GuideBlock[] {
  const blocks: GuideBlock[] = [];
  for (const guide of guides) {
    const lines = readFileSync(`${root}${guide}`, "utf8").split("\n");
    for (let i = 0; i < lines.length; i++) {
      const open = /^```(\S*)$/.exec(lines[i] as string);
      if (!open) continue;
      const end = lines.indexOf("```", i + 1);
      if (end === -1) throw new Error(`${guide}:${i + 1}: a code block is not closed`);
      let before = i - 1;
      while (before >= 0 && (lines[before] as string).trim() === "") before--;
      const marker = before >= 0 ? MARKER.exec(lines[before] as string) : null;
      blocks.push({
        guide,
        line: i + 1,
        lang: open[1] ?? "",
        kind: marker ? (marker[1] as "example" | "output") : undefined,
        source: marker?.[2],
        text: lines.slice(i + 1, end).join("\n"),
      });
      i = end;
    }
  }
  return blocks;
}

/** Whether `block` is a run of whole lines of `text`. */
export function holdsLines(text: string, block: string): boolean {
  return `\n${text}\n`.includes(`\n${block}\n`);
}

/** The output blocks the guides show for an example (e.g. `examples/match-strategease.ts`). */
export function shownOutputs(source: string): GuideBlock[] {
  return guideBlocks().filter((b) => b.kind === "output" && b.source === source);
}

/** What a run of an example left. */
export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The command from source, for scripts that take it in IMPSCI (faster than going through pnpm). */
export const IMPSCI_FROM_SOURCE = "node_modules/.bin/tsx --conditions=@impsci/source packages/cli/src/bin.ts";

/** Runs an example from the repository root the way its header says: tsx, bash or python3. */
export function runExample(source: string, env: Record<string, string> = {}): Run {
  const [command, args] = source.endsWith(".ts")
    ? ["node_modules/.bin/tsx", ["--conditions=@impsci/source", source]]
    : source.endsWith(".sh")
      ? ["bash", [source]]
      : ["python3", [source]];
  const run = spawnSync(command, args, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs the impsci command from source with these arguments. */
export function runCli(args: readonly string[], input?: string): Run {
  const [command, ...rest] = IMPSCI_FROM_SOURCE.split(" ");
  const run = spawnSync(command as string, [...rest, ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
    ...(input === undefined ? {} : { input }),
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The lines printed under a `== N.` heading, up to the next heading. */
export function section(stdout: string, n: number): string[] {
  const lines = stdout.trimEnd().split("\n");
  const start = lines.findIndex((line) => line.startsWith(`== ${n}.`));
  const next = lines.findIndex((line, i) => i > start && line.startsWith("== "));
  expect(start).toBeGreaterThan(-1);
  return lines.slice(start + 1, next === -1 ? undefined : next);
}
