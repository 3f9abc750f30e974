import { type Citation, splitRef } from "@impsci/determinants";
import type { LinkSet, WeightKind } from "../link-set";
import type { Space } from "./space";

/** The scale a weight kind is read on: a link's share is its weight divided by this. */
export function weightScale(kind: WeightKind): number {
  return kind === "percent" ? 100 : 1;
}

/** What is wrong with a weight for a weight kind, or `undefined` when it is fine. */
export function weightProblem(kind: WeightKind, weight: number): string | undefined {
  if (!Number.isFinite(weight)) return "is not a number";
  if (kind === "binary") return weight === 0 || weight === 1 ? undefined : "must be 0 or 1 (weight kind binary)";
  if (kind === "probability")
    return weight >= 0 && weight <= 1 ? undefined : "must be 0 to 1 (weight kind probability)";
  return weight >= 0 && weight <= 100 ? undefined : "must be 0 to 100 (weight kind percent)";
}

/** The outcome of resolving a reference within one scheme. */
export type SchemeResolution =
  | { readonly ok: true; readonly id: string }
  | {
      readonly ok: false;
      readonly code: "unknown-reference" | "ambiguous-reference" | "scheme-mismatch" | "invalid-reference";
      readonly message: string;
    };

/**
 * Resolves a reference that must name an item of `scheme`: a full `scheme:key`, or (when the scheme is known) a
 * bare key, code, name or alias of that scheme, by the identifier rules. Never guesses.
 */
export function resolveIn(space: Space, scheme: string, text: string): SchemeResolution {
  const split = splitRef(text);
  const trimmed = text.trim();
  let full: string;
  if (split && split.scheme === scheme) full = trimmed;
  else if (split && space.kind(split.scheme) !== undefined) {
    return {
      ok: false,
      code: "scheme-mismatch",
      message: `"${trimmed}" names the scheme ${split.scheme}, but this side of the link set is ${scheme}.`,
    };
  } else if (trimmed === "") {
    return { ok: false, code: "invalid-reference", message: `An empty reference: write a ${scheme} reference.` };
  } else full = `${scheme}:${trimmed}`;
  const found = space.lookup(full);
  if (found.ok) return { ok: true, id: found.item.id };
  if (found.code === "unknown-reference" || found.code === "ambiguous-reference") {
    return { ok: false, code: found.code, message: found.message };
  }
  return { ok: false, code: "invalid-reference", message: found.message };
}

/** A citation on one line: authors (year), title, source, DOI, locator. */
function citationText(citation: Citation): string {
  const parts = [`${citation.authors} (${citation.year})`, citation.title, citation.source];
  if (citation.doi) parts.push(`doi:${citation.doi}`);
  else if (citation.url) parts.push(citation.url);
  if (citation.locator) parts.push(citation.locator);
  return parts.join(", ");
}

/** How a link set is cited in explanations: its citation, or what the user called it. */
export function linkSetCitation(set: LinkSet): string {
  return set.citation ? citationText(set.citation) : `User link set "${set.id}" (${set.title}), version ${set.version}`;
}
