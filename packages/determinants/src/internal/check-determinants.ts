import type { Element } from "../framework";
import { lookupElement } from "../frameworks";
import type { ProfileIssueCode } from "../validate-profile";
import type { SchemaIssueCode } from "../validation";

/** Codes of the problems found beyond the schema, shared by the JSON and CSV readers of a profile. */
type DeterminantCheckCode = Exclude<ProfileIssueCode, SchemaIssueCode>;

/** Codes of the warnings found on determinants. */
type DeterminantWarningCode = "unrated-determinant" | "neutral-strength";

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
interface DeterminantFacts {
  readonly determinant?: unknown;
  readonly valence?: unknown;
  readonly strength?: unknown;
  readonly importance?: unknown;
  readonly changeability?: unknown;
}

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

/** How many resolved references {@link resolveElement} remembers (the oldest is forgotten first). */
const MAX_REMEMBERED = 4096;
const remembered = new Map<string, Element>();

/**
 * `lookupElement`, remembering the references that resolve: the built-in frameworks never change, and profiles
 * name the same few elements over and over. Failures are not remembered (their messages are built each time).
 */
function resolveElement(text: string): ReturnType<typeof lookupElement> {
  const known = remembered.get(text);
  if (known !== undefined) return { ok: true, item: known };
  const found = lookupElement(text);
  if (found.ok) {
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
    remembered.set(text, found.item);
  }
  return found;
}

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
  // Where each element was first listed, per valence.
  const seen = { barrier: new Map<string, number>(), facilitator: new Map<string, number>() };
  const unrated: Finding[] = [];
  let objects = 0;
  items.forEach((raw, index) => {
    const item: DeterminantFacts = raw !== null && typeof raw === "object" ? raw : {};
    const valence = item.valence === "barrier" || item.valence === "facilitator" ? item.valence : undefined;
    let id: string | undefined;
    if (typeof item.determinant === "string" && item.determinant.trim() !== "") {
      const found = resolveElement(item.determinant);
      if (found.ok) id = found.item.id;
      else {
        const code = found.code === "unknown-scheme" ? "unknown-framework" : found.code;
        findings.push({ index, field: "determinant", severity: "error", code, message: found.message });
      }
    }
    ids.push(id);
    if (id !== undefined && valence !== undefined) {
      const first = seen[valence].get(id);
      if (first === undefined) seen[valence].set(id, index);
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
      const importance = typeof item.importance === "number";
      const changeability = typeof item.changeability === "number";
      if (!importance || !changeability) {
        const missing = importance ? "changeability" : changeability ? "importance" : "importance or changeability";
        unrated.push({
          index,
          field: undefined,
          severity: "warning",
          code: "unrated-determinant",
          message: `no ${missing} rating: prioritise() ranks it after every determinant rated on both.`,
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
