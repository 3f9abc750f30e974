import { type DeterminantProfile, DeterminantProfileSchema } from "./determinant";
import { checkDeterminants, type Finding } from "./internal/check-determinants";
import {
  type PathSegment,
  type SchemaIssueCode,
  type ValidationIssue,
  type ValidationResult,
  zodIssues,
} from "./validation";

/**
 * The codes of the issues {@link validateProfile} (and `parseProfileCsv`) report: the schema's, then a reference
 * that does not resolve (`invalid-reference`: no `framework:` prefix; `unknown-framework`; `unknown-reference`;
 * `ambiguous-reference`), the same element listed twice with the same valence (`duplicate-determinant`), and a
 * strength whose sign contradicts the valence (`strength-contradicts-valence`).
 *
 * @example
 * ```ts
 * const result = validateProfile({ determinants: [{ determinant: "knowledge", valence: "barrier" }] });
 * const codes: ProfileIssueCode[] = result.success ? [] : result.issues.map((issue) => issue.code);
 * // ["invalid-reference"]: no framework: prefix
 * ```
 */
export type ProfileIssueCode =
  | SchemaIssueCode
  | "invalid-reference"
  | "unknown-framework"
  | "unknown-reference"
  | "ambiguous-reference"
  | "duplicate-determinant"
  | "strength-contradicts-valence";

/**
 * The codes of the warnings on a profile: `unrated-determinant` (no importance or changeability: prioritised last),
 * `neutral-strength` (strength 0 with a valence), `empty-profile` (no determinants).
 *
 * @example
 * ```ts
 * const result = validateProfile({ determinants: [] });
 * result.warnings[0]?.code; // "empty-profile"
 * ```
 */
export type ProfileWarningCode = "unrated-determinant" | "neutral-strength" | "empty-profile";

const pathOf = (finding: Finding): PathSegment[] =>
  finding.index < 0
    ? ["determinants"]
    : finding.field === undefined
      ? ["determinants", finding.index]
      : ["determinants", finding.index, finding.field];

const indexOf = (issue: ValidationIssue): number =>
  issue.path[0] === "determinants" && typeof issue.path[1] === "number" ? issue.path[1] : -1;

/** Orders issues by the determinant they are about (profile-level ones first), keeping their order otherwise. */
const byDeterminant = <I extends ValidationIssue>(issues: I[]): I[] =>
  issues.length < 2
    ? issues
    : issues
        .map((issue, order) => ({ issue, order }))
        .sort((a, b) => indexOf(a.issue) - indexOf(b.issue) || a.order - b.order)
        .map((entry) => entry.issue);

/**
 * Validates a determinant profile (JSON as a user wrote it); never throws. Beyond the schema (valence, strength
 * -2..+2, importance and changeability 1-5, level, ...) it checks that every reference names exactly one framework
 * element, that no element is listed twice with the same valence, and that a strength agrees in sign with the
 * valence. Every problem is reported at once.
 *
 * @param input - Anything: parsed JSON, a form's output.
 * @returns `{ success: true, data, warnings }` with each `determinant` rewritten to the element's qualified id
 *   (`tdf-v2:Knowledge` becomes `tdf-v2:knowledge`), data frozen; or `{ success: false, issues, warnings }`, each
 *   issue with a code, a path such as `["determinants", 2, "determinant"]` and a message naming the value and the
 *   closest elements. Warnings flag what will not fail but may surprise (e.g. unrated determinants are prioritised
 *   last).
 * @example
 * ```ts
 * const result = validateProfile({ determinants: [{ determinant: "tdf-v2:Knowlege", valence: "barrier" }] });
 * if (!result.success) result.issues[0]?.message;
 * // 'determinants.0.determinant: Unknown tdf-v2 reference "Knowlege". Did you mean tdf-v2:knowledge (Knowledge)?'
 * ```
 */
export function validateProfile(input: unknown): ValidationResult<DeterminantProfile, ProfileIssueCode> {
  try {
    return check(input);
  } catch (error) {
    // Only input that fights back (a throwing getter, a revoked proxy) gets here.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      success: false,
      issues: [{ code: "invalid-input", path: [], message: `The profile could not be read: ${reason}.` }],
      warnings: [],
    };
  }
}

function check(input: unknown): ValidationResult<DeterminantProfile, ProfileIssueCode> {
  const parsed = DeterminantProfileSchema.safeParse(input);
  const issues: ValidationIssue<ProfileIssueCode>[] = parsed.success ? [] : zodIssues(parsed.error, input);
  const warnings: ValidationIssue[] = [];
  const raw =
    input !== null && typeof input === "object" && Array.isArray((input as { determinants?: unknown }).determinants)
      ? ((input as { determinants: unknown[] }).determinants as readonly unknown[])
      : undefined;
  const { findings, ids } = checkDeterminants(raw ?? [], (index) => `determinants.${index}`);
  for (const finding of findings) {
    const path = pathOf(finding);
    const message = finding.index < 0 ? finding.message : `${path.join(".")}: ${finding.message}`;
    const issue = { code: finding.code, path, message };
    if (finding.severity === "warning") warnings.push(issue);
    else issues.push(issue as ValidationIssue<ProfileIssueCode>);
  }
  if (raw !== undefined && raw.length === 0) {
    warnings.unshift({
      code: "empty-profile",
      path: ["determinants"],
      message: "The profile lists no determinants: there is nothing to prioritise or match.",
    });
  }
  if (!parsed.success || issues.length > 0) {
    return { success: false, issues: byDeterminant(issues), warnings: byDeterminant(warnings) };
  }
  const determinants = parsed.data.determinants.map((determinant, index) => {
    // Object.assign, not a spread: V8 freezes the copy several times faster (same keys, same order).
    const copy = Object.assign({}, determinant);
    copy.determinant = ids[index] ?? determinant.determinant;
    if (copy.populations !== undefined) Object.freeze(copy.populations);
    return Object.freeze(copy);
  });
  // Frozen level by level (the same as a deep freeze: a determinant holds no other object), without walking it again.
  const data = Object.assign({}, parsed.data);
  data.determinants = Object.freeze(determinants) as DeterminantProfile["determinants"];
  Object.freeze(data);
  return { success: true, data, warnings: byDeterminant(warnings) };
}
