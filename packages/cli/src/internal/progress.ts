import type { CliIO } from "./io";

/** A progress reporter: a bar on standard error when it is a terminal, silent otherwise. */
export interface Progress {
  update(done: number, total?: number): void;
  finish(): void;
}

/** Makes a progress bar for a long run, drawn at most every 100 ms, on a terminal only. */
export function createProgress(io: CliIO, label: string, enabled = io.stderr.isTTY === true): Progress {
  if (!enabled) return { update() {}, finish() {} };
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 100 && done !== total) return;
      last = now;
      drawn = true;
      if (total && total > 0) {
        const width = 30;
        const filled = Math.round((done / total) * width);
        io.stderr.write(`\r${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total}`);
      } else {
        io.stderr.write(`\r${label} ${done}`);
      }
    },
    finish() {
      if (drawn) io.stderr.write("\n");
    },
  };
}
