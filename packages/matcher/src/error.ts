import type { ValidationIssue } from "@impsci/determinants";

/**
 * The codes a {@link MatcherError} carries.
 *
 * @example
 * ```ts
 * if (isMatcherError(error)) {
 *   const code: MatcherErrorCode = error.code; // e.g. "invalid-profile"
 * }
 * ```
 */
export type MatcherErrorCode =
  | "unknown-link-set"
  | "invalid-link-set"
  | "conflicting-link-sets"
  | "invalid-profile"
  | "invalid-options"
  | "unknown-target";

/**
 * The one error class `@impsci/matcher` throws, for operational failures: an unknown link set, a profile or
 * options that do not validate, a target no link set reaches. Link-set CSV parsing never throws: it returns issues.
 *
 * @example
 * ```ts
 * try {
 *   createMatcher().match({ determinants: [] }, { top: 0 });
 * } catch (error) {
 *   if (isMatcherError(error)) console.error(error.code, error.message, error.issues);
 * }
 * ```
 */
export class MatcherError extends Error {
  override readonly name = "MatcherError";
  /** Stable machine-readable code. */
  readonly code: MatcherErrorCode;
  /** For `invalid-profile`, `invalid-options` and `invalid-link-set`: every problem found, with its path. */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param code - The error code.
   * @param message - A plain message that says what to do.
   * @param options - `issues` behind the error, and `cause`, where another error led to this one.
   */
  constructor(
    code: MatcherErrorCode,
    message: string,
    options?: { issues?: readonly ValidationIssue[]; cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.issues = Object.freeze([...(options?.issues ?? [])]);
  }
}

/**
 * Whether a value is a {@link MatcherError}, also when it comes from another installed copy of the package.
 *
 * @param error - Anything caught.
 * @returns `true` for a `MatcherError`.
 * @example
 * ```ts
 * if (isMatcherError(error) && error.code === "invalid-profile") console.error(error.issues);
 * ```
 */
export function isMatcherError(error: unknown): error is MatcherError {
  return error instanceof MatcherError || (error instanceof Error && error.name === "MatcherError" && "code" in error);
}
