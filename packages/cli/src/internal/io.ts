/**
 * Where a command reads and writes: the process by default, buffers in tests.
 *
 * @example
 * ```ts
 * let out = "";
 * const io: CliIO = { stdout: { write: (s: string) => (out += s) }, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd() };
 * await run(["frameworks", "list", "--format", "json"], io);
 * JSON.parse(out);
 * ```
 */
export interface CliIO {
  readonly stdout: { write(chunk: string): unknown; readonly isTTY?: boolean | undefined };
  readonly stderr: { write(chunk: string): unknown; readonly isTTY?: boolean | undefined };
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean | undefined };
  readonly cwd: string;
}

/** The process's own streams. */
export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd() };
}
