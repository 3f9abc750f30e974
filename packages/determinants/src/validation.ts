import type * as z from "zod";

/**
 * One path segment: an object key or an array index.
 *
 * @example
 * ```ts
 * const path: PathSegment[] = ["determinants", 2, "importance"];
 * ```
 */
export type PathSegment = string | number;

/**
 * A problem found while validating input: a stable `code`, where it is (`path`), and a plain message.
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = { code: "unknown-reference", path: ["determinants", 0, "determinant"], message: "..." };
 * ```
 */
export interface ValidationIssue<C extends string = string> {
  /** Stable machine-readable code, e.g. `unknown-reference`. */
  readonly code: C;
  /** Where the problem is: object keys and array indexes from the root of the input. */
  readonly path: readonly PathSegment[];
  /** What is wrong and what to do, in plain words. */
  readonly message: string;
  /** Tabular input (CSV) only: the line of the file where the row starts, the header being line 1. */
  readonly row?: number;
  /** Tabular input (CSV) only: the column's name as the header spells it. */
  readonly column?: string;
  /** Tabular input (CSV) only: the offending cell's text, as written. */
  readonly value?: string;
}

/**
 * The result of a validation: never thrown, always returned (the shape of zod's `safeParse`, plus warnings).
 *
 * @example
 * ```ts
 * const result = validateProfile(input);
 * if (!result.success) for (const issue of result.issues) console.error(issue.path.join("."), issue.message);
 * ```
 */
export type ValidationResult<T, C extends string = string> =
  | { readonly success: true; readonly data: T; readonly warnings: readonly ValidationIssue[] }
  | {
      readonly success: false;
      readonly issues: readonly ValidationIssue<C>[];
      readonly warnings: readonly ValidationIssue[];
    };

/**
 * The codes {@link zodIssues} gives to schema problems.
 *
 * @example
 * ```ts
 * const result = validateProfile({ determinants: [{ determinant: "tdf-v2:knowledge", valence: "barrier", importance: 7 }] });
 * const tooBig: SchemaIssueCode = "too-big";
 * !result.success && result.issues[0]?.code === tooBig; // true: importance 7 is above the 1-5 scale
 * ```
 */
export type SchemaIssueCode =
  | "missing-field"
  | "invalid-type"
  | "invalid-value"
  | "unknown-field"
  | "too-small"
  | "too-big"
  | "invalid-format"
  | "invalid-input";

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value === "string"
    ? `the text ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`
    : typeof value;
}

function at(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = Object.hasOwn(value, key) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return value;
}

/**
 * Turns a zod error into plain {@link ValidationIssue}s, with codes a program can switch on and messages a
 * practitioner can act on.
 *
 * @param error - The error from a failed `safeParse`.
 * @param input - The input that was parsed, to name the offending values.
 * @param prefix - Path segments to put in front of every issue's path.
 * @returns One issue per zod issue, in zod's order.
 * @example
 * ```ts
 * const parsed = DeterminantProfileSchema.safeParse(input);
 * if (!parsed.success) console.log(zodIssues(parsed.error, input));
 * ```
 */
export function zodIssues(
  error: z.ZodError,
  input: unknown,
  prefix: readonly PathSegment[] = [],
): ValidationIssue<SchemaIssueCode>[] {
  const issues: ValidationIssue<SchemaIssueCode>[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment))];
    const where = path.length > 0 ? path.join(".") : "the input";
    const value = at(input, issue.path);
    switch (issue.code) {
      case "invalid_type":
        if (value === undefined) {
          issues.push({ code: "missing-field", path, message: `${where} is required but missing: add it.` });
        } else {
          issues.push({
            code: "invalid-type",
            path,
            message: `${where} must be ${issue.expected === "array" ? "a list" : `${/^[aeiou]/.test(issue.expected) ? "an" : "a"} ${issue.expected}`}, not ${describeValue(value)}.`,
          });
        }
        break;
      case "unrecognized_keys":
        for (const key of issue.keys) {
          issues.push({
            code: "unknown-field",
            path: [...path, key],
            message: `${[...path, key].join(".")} is not a known field: remove it or check its spelling.`,
          });
        }
        break;
      case "invalid_value":
        issues.push({
          code: "invalid-value",
          path,
          message: `${where} is ${value === undefined ? "missing" : describeValue(value)}; use one of: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.`,
        });
        break;
      case "too_small":
        issues.push({
          code: "too-small",
          path,
          message: `${where} is ${describeValue(value)}: ${issue.message.replace(/^Too small: expected /, "expected ")}.`,
        });
        break;
      case "too_big":
        issues.push({
          code: "too-big",
          path,
          message: `${where} is ${describeValue(value)}: ${issue.message.replace(/^Too big: expected /, "expected ")}.`,
        });
        break;
      case "invalid_format":
        issues.push({
          code: "invalid-format",
          path,
          message: `${where} is not in the expected format (${issue.format}).`,
        });
        break;
      default:
        issues.push({ code: "invalid-input", path, message: `${where}: ${issue.message}.` });
    }
  }
  return issues;
}
