import { lookupElement } from "../frameworks";
import type { ProfileIssueCode } from "../validate-profile";
import type { SchemaIssueCode } from "../validation";

/** Codes of the problems found beyond the schema, shared by the JSON and CSV readers of a profile. */
export type DeterminantCheckCode = Exclude<ProfileIssueCode, SchemaIssueCode>;

/** Codes of the warnings found on determinants. */
export type DeterminantWarningCode = "unrated-determinant" | "neutral-strength";

/**
 * One finding on the determinant at `index` (-1: on the profile as a whole, its message then reads on its own);
 * `field` is the field (CSV: column) it is about.
 */
export interface Finding {
  readonly index: number;
  readonly field: "determinant" | "strength" | undefined;
  readonly severity: "error" | "warning";
  readonly code: DeterminantCheckCode | DeterminantWarningCode;
  /** What is wrong, without saying where (the caller puts the place in front). */
  readonly message: string;
}

/** What the checks need of one determinant: fields of the wrong type are read as absent. */
export interface DeterminantFacts {
  readonly determinant?: unknown;
  readonly valence?: unknown;
  readonly strength?: unknown;
  readonly importance?: unknown;
  readonly changeability?: unknown;
}

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

/**
 * Checks what a schema cannot: every reference resolves to one element, no element is listed twice with the same
 * valence, and a CFIR strength agrees in sign with the valence; warns about unrated determinants.
 *
 * @param items - The determinants, as given (any may be malformed: only well-typed fields are checked).
 * @param locate - How to name the place of the determinant at an index in a message (`determinants.2`, `row 4`).
 * @returns The findings in item order, and the qualified id each resolvable reference names.
 */
export function checkDeterminants(
  items: readonly unknown[],
  locate: (index: number) => string,
): { findings: Finding[]; ids: (string | undefined)[] } {
  const findings: Finding[] = [];
  const ids: (string | undefined)[] = [];
  const seen = new Map<string, number>();
  const unrated: Finding[] = [];
  let objects = 0;
  items.forEach((raw, index) => {
    const item: DeterminantFacts = raw !== null && typeof raw === "object" ? raw : {};
    const valence = item.valence === "barrier" || item.valence === "facilitator" ? item.valence : undefined;
    let id: string | undefined;
    if (typeof item.determinant === "string" && item.determinant.trim() !== "") {
      const found = lookupElement(item.determinant);
      if (found.ok) id = found.item.id;
      else {
        const code = found.code === "unknown-scheme" ? "unknown-framework" : found.code;
        findings.push({ index, field: "determinant", severity: "error", code, message: found.message });
      }
    }
    ids.push(id);
    if (id !== undefined && valence !== undefined) {
      const first = seen.get(`${id} ${valence}`);
      if (first === undefined) seen.set(`${id} ${valence}`, index);
      else {
        findings.push({
          index,
          field: "determinant",
          severity: "error",
          code: "duplicate-determinant",
          message: `${id} is already listed as a ${valence} at ${locate(first)}: merge the two into one.`,
        });
      }
    }
    const strength = item.strength;
    if (typeof strength === "number" && Number.isInteger(strength) && valence !== undefined) {
      if ((valence === "barrier" && strength > 0) || (valence === "facilitator" && strength < 0)) {
        findings.push({
          index,
          field: "strength",
          severity: "error",
          code: "strength-contradicts-valence",
          message: `strength ${signed(strength)} contradicts the valence "${valence}": a barrier's strength is -2 to 0, a facilitator's 0 to +2. Correct one of the two.`,
        });
      } else if (strength === 0) {
        findings.push({
          index,
          field: "strength",
          severity: "warning",
          code: "neutral-strength",
          message: `strength 0 means neutral (neither barrier nor facilitator), but the valence says "${valence}". Check the rating.`,
        });
      }
    }
    if (raw !== null && typeof raw === "object") {
      objects++;
      const missing = [
        typeof item.importance === "number" ? undefined : "importance",
        typeof item.changeability === "number" ? undefined : "changeability",
      ].filter((field) => field !== undefined);
      if (missing.length > 0) {
        unrated.push({
          index,
          field: undefined,
          severity: "warning",
          code: "unrated-determinant",
          message: `no ${missing.join(" or ")} rating: prioritise() ranks it after every determinant rated on both.`,
        });
      }
    }
  });
  if (objects > 0 && unrated.length === objects) {
    // None is rated: one warning says it better than one per determinant.
    findings.push({
      index: -1,
      field: undefined,
      severity: "warning",
      code: "unrated-determinant",
      message:
        "No determinant has both an importance and a changeability rating: prioritise() keeps them in the order given.",
    });
  } else findings.push(...unrated);
  return { findings, ids };
}
