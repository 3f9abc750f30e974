import type { ValidationIssue } from "@impsci/determinants";
import { type Link, type LinkSet, LinkSetSchema } from "../link-set";
import { contentHash } from "./canonical";
import { linkSetCitation, resolveIn, weightProblem, weightScale } from "./checks";
import { deepFreeze } from "./deep-freeze";
import type { Space } from "./space";

/** One outgoing link of a compiled set. */
export interface CompiledLink {
  /** Canonical id of the target. */
  readonly to: string;
  /** The weight on a 0-1 scale. */
  readonly share: number;
  /** The link as the set holds it (canonical ids). */
  readonly link: Link;
}

/** A link set checked against the schemes it names, with canonical ids and an adjacency list. */
export interface CompiledSet {
  /** The set, frozen, with canonical ids. */
  readonly set: LinkSet;
  /** `sha256:` + SHA-256 of the set's canonical JSON. */
  readonly hash: string;
  /** The set's citation on one line. */
  readonly citation: string;
  /** Outgoing links by canonical `from` id, in the set's order. */
  readonly out: ReadonlyMap<string, readonly CompiledLink[]>;
}

/**
 * Checks a link set (its schema, its schemes, every reference, weight and count, duplicates) and compiles it.
 * Every problem is returned at once; nothing is thrown.
 */
export function compileSet(
  input: unknown,
  space: Space,
): { ok: true; compiled: CompiledSet } | { ok: false; id: string; issues: ValidationIssue[] } {
  const parsed = LinkSetSchema.safeParse(input);
  const rawId = (input as { id?: unknown } | null)?.id;
  const id = typeof rawId === "string" ? rawId : "(no id)";
  if (!parsed.success) {
    return {
      ok: false,
      id,
      issues: parsed.error.issues.map((issue) => ({
        code: "invalid-link-set",
        path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
        message: `${issue.path.join(".") || "the link set"}: ${issue.message}`,
      })),
    };
  }
  const set = parsed.data;
  const issues: ValidationIssue[] = [];
  for (const side of ["from", "to"] as const) {
    if (space.kind(set[side]) === undefined) {
      issues.push({
        code: "unknown-scheme",
        path: [side],
        message: `Link set ${set.id}: "${set[side]}" is neither a framework nor a taxonomy of the catalogue; use one of ${space.schemes().join(", ")}.`,
      });
    }
  }
  if (issues.length > 0) return { ok: false, id: set.id, issues };
  const scale = weightScale(set.weightKind);
  const links: Link[] = [];
  const seen = new Map<string, number>();
  // References repeat (a matrix names each element once per cell): resolve each text once.
  const memo = new Map<string, ReturnType<typeof resolveIn>>();
  const resolve = (scheme: string, text: string) => {
    const key = `${scheme}\u0000${text}`;
    let found = memo.get(key);
    if (!found) {
      found = resolveIn(space, scheme, text);
      memo.set(key, found);
    }
    return found;
  };
  set.links.forEach((link, index) => {
    const from = resolve(set.from, link.from);
    const to = resolve(set.to, link.to);
    if (!from.ok) issues.push({ code: from.code, path: ["links", index, "from"], message: from.message });
    if (!to.ok) issues.push({ code: to.code, path: ["links", index, "to"], message: to.message });
    const weight = weightProblem(set.weightKind, link.weight);
    if (weight) {
      issues.push({
        code: "invalid-weight",
        path: ["links", index, "weight"],
        message: `Weight ${link.weight} ${weight}.`,
      });
    }
    if (link.count !== undefined && link.n !== undefined && link.count > link.n) {
      issues.push({
        code: "count-above-n",
        path: ["links", index, "count"],
        message: `Count ${link.count} is more than n ${link.n}.`,
      });
    }
    if (!from.ok || !to.ok) return;
    const key = `${from.id}\u0000${to.id}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({
        code: "duplicate-link",
        path: ["links", index],
        message: `The link ${from.id} -> ${to.id} is listed twice (links ${first} and ${index}): keep one.`,
      });
      return;
    }
    seen.set(key, index);
    links.push({ ...link, from: from.id, to: to.id });
  });
  if (issues.length > 0) return { ok: false, id: set.id, issues };
  const canonical = deepFreeze({ ...set, links });
  const out = new Map<string, CompiledLink[]>();
  for (const link of canonical.links) {
    const list = out.get(link.from) ?? [];
    list.push({ to: link.to, share: link.weight / scale, link });
    out.set(link.from, list);
  }
  return {
    ok: true,
    compiled: { set: canonical, hash: contentHash(canonical), citation: linkSetCitation(canonical), out },
  };
}
