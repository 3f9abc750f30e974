/**
 * The codes a {@link DeterminantsError} carries.
 *
 * @example
 * ```ts
 * try {
 *   getFramework("tdf-v3");
 * } catch (error) {
 *   if (isDeterminantsError(error)) {
 *     const code: DeterminantsErrorCode = error.code; // "unknown-framework"
 *   }
 * }
 * ```
 */
export type DeterminantsErrorCode =
  | "unknown-framework"
  | "unknown-crosswalk"
  | "unknown-reference"
  | "ambiguous-reference"
  | "invalid-reference";

/**
 * The one error class `@impsci/determinants` throws, for operational failures (a lookup of something that
 * does not exist). Validation never throws: it returns issues.
 *
 * @example
 * ```ts
 * try {
 *   getFramework("tdf-v3");
 * } catch (error) {
 *   if (isDeterminantsError(error)) console.error(error.code, error.message);
 * }
 * ```
 */
export class DeterminantsError extends Error {
  override readonly name = "DeterminantsError";
  /** Stable machine-readable code. */
  readonly code: DeterminantsErrorCode;

  /**
   * @param code - The error code.
   * @param message - A plain message that says what to do.
   * @param options - `cause`, where another error led to this one.
   */
  constructor(code: DeterminantsErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/**
 * Whether a value is a {@link DeterminantsError}, also when it comes from another installed copy of the package.
 *
 * @param error - Anything caught.
 * @returns `true` for a `DeterminantsError`.
 * @example
 * ```ts
 * if (isDeterminantsError(error) && error.code === "unknown-reference") { ... }
 * ```
 */
export function isDeterminantsError(error: unknown): error is DeterminantsError {
  return (
    error instanceof DeterminantsError ||
    (error instanceof Error && error.name === "DeterminantsError" && "code" in error)
  );
}
