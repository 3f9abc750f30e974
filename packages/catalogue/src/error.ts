import type { ValidationIssue } from "@impsci/determinants";

/**
 * The codes a {@link CatalogueError} carries.
 *
 * @example
 * ```ts
 * try {
 *   getStrategy("eric:no-such-strategy");
 * } catch (error) {
 *   const code: CatalogueErrorCode | undefined = isCatalogueError(error) ? error.code : undefined; // "unknown-strategy"
 * }
 * ```
 */
export type CatalogueErrorCode =
  | "unknown-taxonomy"
  | "unknown-strategy"
  | "ambiguous-strategy"
  | "invalid-reference"
  | "unknown-group"
  | "invalid-catalogue";

/**
 * The one error class `@impsci/catalogue` throws, for operational failures (a lookup of something that
 * does not exist). Validation never throws: it returns issues.
 *
 * @example
 * ```ts
 * try {
 *   getStrategy("eric:no-such-strategy");
 * } catch (error) {
 *   if (isCatalogueError(error)) console.error(error.code, error.message);
 * }
 * ```
 */
export class CatalogueError extends Error {
  override readonly name = "CatalogueError";
  /** Stable machine-readable code. */
  readonly code: CatalogueErrorCode;
  /** `invalid-catalogue` only: every problem found, each with a code, a path and a message. */
  readonly issues?: readonly ValidationIssue[];

  /**
   * @param code - The error code.
   * @param message - A plain message that says what to do.
   * @param options - `cause`, where another error led to this one; `issues`, for `invalid-catalogue`.
   */
  constructor(
    code: CatalogueErrorCode,
    message: string,
    options?: { cause?: unknown; issues?: readonly ValidationIssue[] },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options?.issues) this.issues = options.issues;
  }
}

/**
 * Whether a value is a {@link CatalogueError}, also when it comes from another installed copy of the package.
 *
 * @param error - Anything caught.
 * @returns `true` for a `CatalogueError`.
 * @example
 * ```ts
 * if (isCatalogueError(error) && error.code === "unknown-strategy") { ... }
 * ```
 */
export function isCatalogueError(error: unknown): error is CatalogueError {
  return (
    error instanceof CatalogueError || (error instanceof Error && error.name === "CatalogueError" && "code" in error)
  );
}
