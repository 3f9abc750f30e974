/**
 * The codes a {@link CliError} carries; each maps to an exit code (see {@link exitCodeOf}).
 *
 * @example
 * ```ts
 * const code: CliErrorCode = "bad-input";
 * exitCodeOf(new CliError(code, "profile.csv has 2 problems")); // 1
 * ```
 */
export type CliErrorCode = "usage" | "bad-input" | "input-too-large" | "file-not-found" | "output-failed" | "internal";

/**
 * The one error class of `@impsci/cli`: a problem the command reports in one plain message (and, for bad
 * input, every problem found, one per line in `details`).
 *
 * @example
 * ```ts
 * throw new CliError("bad-input", "profile.csv has 2 problems", ["Row 3, column \"valence\": ..."]);
 * ```
 */
export class CliError extends Error {
  override readonly name = "CliError";
  /** Stable machine-readable code. */
  readonly code: CliErrorCode;
  /** One line per problem, printed under the message. */
  readonly details: readonly string[];

  /**
   * @param code - The error code.
   * @param message - What went wrong and what to do.
   * @param details - One line per problem found.
   * @param options - `cause`, where another error led to this one.
   */
  constructor(code: CliErrorCode, message: string, details: readonly string[] = [], options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.details = details;
  }
}

/**
 * Whether a value is a {@link CliError}, also when it comes from another installed copy of the package.
 *
 * @param error - Anything caught.
 * @returns `true` for a `CliError`.
 * @example
 * ```ts
 * if (isCliError(error)) process.exitCode = exitCodeOf(error);
 * ```
 */
export function isCliError(error: unknown): error is CliError {
  return error instanceof CliError || (error instanceof Error && error.name === "CliError" && "code" in error);
}

/**
 * The exit code for an error: 1 for bad input or usage, 2 for an internal fault.
 *
 * @param error - Anything caught.
 * @returns 1 or 2.
 * @example
 * ```ts
 * exitCodeOf(new CliError("usage", "unknown option")); // 1
 * ```
 */
export function exitCodeOf(error: unknown): 1 | 2 {
  return isCliError(error) && error.code !== "internal" ? 1 : 2;
}
