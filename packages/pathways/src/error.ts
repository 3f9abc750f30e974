import type { ValidationIssue } from "@impsci/determinants";

/**
 * The codes a {@link PathwaysError} carries.
 *
 * @example
 * ```ts
 * try {
 *   getPathway("strategy-ease");
 * } catch (error) {
 *   const code: PathwaysErrorCode | undefined = isPathwaysError(error) ? error.code : undefined; // "unknown-pathway"
 * }
 * ```
 */
export type PathwaysErrorCode = "unknown-pathway" | "invalid-plan" | "invalid-pathway";

/**
 * The one error class `@impsci/pathways` throws, for operational failures (a pathway that does not exist,
 * a plan too broken to work on). Validation never throws: it returns issues.
 *
 * @example
 * ```ts
 * try {
 *   getPathway("strategy-ease");
 * } catch (error) {
 *   if (isPathwaysError(error)) console.error(error.code, error.message);
 * }
 * ```
 */
export class PathwaysError extends Error {
  override readonly name = "PathwaysError";
  /** Stable machine-readable code. */
  readonly code: PathwaysErrorCode;
  /** For `invalid-plan`: every issue validation found, with its code and path. */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param code - The error code.
   * @param message - A plain message that says what to do.
   * @param options - `cause`, where another error led to this one; `issues`, the validation issues behind it.
   */
  constructor(
    code: PathwaysErrorCode,
    message: string,
    options?: { cause?: unknown; issues?: readonly ValidationIssue[] },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.issues = options?.issues ?? [];
  }
}

/**
 * Whether a value is a {@link PathwaysError}, also when it comes from another installed copy of the package.
 *
 * @param error - Anything caught.
 * @returns `true` for a `PathwaysError`.
 * @example
 * ```ts
 * if (isPathwaysError(error) && error.code === "unknown-pathway") { ... }
 * ```
 */
export function isPathwaysError(error: unknown): error is PathwaysError {
  return (
    error instanceof PathwaysError || (error instanceof Error && error.name === "PathwaysError" && "code" in error)
  );
}
