import { splitRef, type ValidationIssue } from "@impsci/determinants";
import type * as z from "zod";
import { EvidenceSchema, type Link, type WeightKindSchema } from "../link-set";
import { resolveIn, weightProblem } from "./checks";
import { type Cell, cellIssue, type RawLink } from "./link-set-table";
import type { Space } from "./space";

type Issues = ValidationIssue[];

/** The scheme of one side of a CSV link set: the one given, or the one its references name (all the same). */
export function schemeOf(
  side: "from" | "to",
  given: string | undefined,
  cells: readonly Cell[],
  space: Space,
  issues: Issues,
): string | undefined {
  if (given !== undefined) {
    if (space.kind(given) !== undefined) return given;
    issues.push({
      code: "unknown-scheme",
      path: ["options", side],
      message: `options.${side} "${given}" is neither a framework nor a taxonomy: use one of ${space.schemes().join(", ")}.`,
    });
    return undefined;
  }
  const found = new Map<string, Cell>();
  const seen = new Set<string>();
  let bad = false;
  for (const cell of cells) {
    const where = `${cell.line}|${cell.column}`;
    if (seen.has(where)) continue;
    seen.add(where);
    const scheme = splitRef(cell.text)?.scheme;
    if (scheme === undefined) {
      issues.push(
        cellIssue(
          "missing-scheme",
          cell,
          `write the reference as scheme:key (e.g. eric:audit-and-provide-feedback), or pass options.${side} to name the scheme of every ${side} reference.`,
        ),
      );
      bad = true;
    } else if (!found.has(scheme)) found.set(scheme, cell);
  }
  if (bad) return undefined;
  if (found.size > 1) {
    const where = [...found].map(([s, c]) => `${s} (first at line ${c.line})`).join(", ");
    issues.push({
      code: "mixed-schemes",
      path: ["links", side],
      message: `The ${side} references name several schemes: ${where}. A link set joins one scheme to one scheme: split the file.`,
    });
    return undefined;
  }
  const [entry] = found;
  if (!entry) return undefined;
  if (space.kind(entry[0]) === undefined) {
    issues.push(
      cellIssue(
        "unknown-scheme",
        entry[1],
        `"${entry[0]}" is neither a framework nor a taxonomy: use one of ${space.schemes().join(", ")}.`,
      ),
    );
    return undefined;
  }
  return entry[0];
}

function number(cell: Cell, percent: boolean): number | undefined {
  const text = percent ? cell.text.replace(/\s*%$/, "") : cell.text;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** Resolves and checks the raw links (references, weight, count, n, evidence, duplicates); issues go to `issues`. */
export function checkLinks(
  raw: readonly RawLink[],
  from: string,
  to: string,
  kind: z.output<typeof WeightKindSchema>,
  space: Space,
  issues: Issues,
): Link[] {
  const memo = new Map<string, ReturnType<typeof resolveIn>>();
  const reported = new Set<string>();
  const resolve = (scheme: string, cell: Cell): string | undefined => {
    const key = `${scheme}\u0000${cell.text}`;
    let found = memo.get(key);
    if (!found) {
      found = resolveIn(space, scheme, cell.text);
      memo.set(key, found);
    }
    if (found.ok) return found.id;
    const where = `${cell.line}|${cell.column}`;
    if (!reported.has(where)) {
      reported.add(where);
      issues.push(cellIssue(found.code, cell, found.message));
    }
    return undefined;
  };
  const links: Link[] = [];
  const firstAt = new Map<string, Cell>();
  for (const link of raw) {
    const a =
      link.from.text === ""
        ? void issues.push(cellIssue("missing-value", link.from, "the from reference is empty."))
        : resolve(from, link.from);
    const b =
      link.to.text === ""
        ? void issues.push(cellIssue("missing-value", link.to, "the to reference is empty."))
        : resolve(to, link.to);
    let ok = a !== undefined && b !== undefined;
    const weight = link.weight.text === "" ? undefined : number(link.weight, kind === "percent");
    if (link.weight.text === "") {
      issues.push(cellIssue("missing-value", link.weight, "the weight is empty."));
      ok = false;
    } else if (weight === undefined) {
      issues.push(
        cellIssue(
          "invalid-number",
          link.weight,
          `the weight is not a number${kind === "percent" ? " (e.g. 56 or 56%)" : ""}.`,
        ),
      );
      ok = false;
    } else {
      const problem = weightProblem(kind, weight);
      if (problem) {
        issues.push(cellIssue("invalid-weight", link.weight, `the weight ${problem}.`));
        ok = false;
      }
    }
    const count = link.count && integer(link.count, 0, issues);
    const n = link.n && integer(link.n, 1, issues);
    if ((link.count && count === undefined) || (link.n && n === undefined)) ok = false;
    if (typeof count === "number" && typeof n === "number" && count > n && link.count) {
      issues.push(cellIssue("count-above-n", link.count, `the count ${count} is more than n ${n}.`));
      ok = false;
    }
    const evidence = link.evidence && EvidenceSchema.safeParse(link.evidence.text);
    if (link.evidence && !evidence?.success) {
      issues.push(cellIssue("invalid-evidence", link.evidence, `use one of ${EvidenceSchema.options.join(", ")}.`));
      ok = false;
    }
    if (!ok || a === undefined || b === undefined || weight === undefined) continue;
    const key = `${a}\u0000${b}`;
    const first = firstAt.get(key);
    if (first) {
      issues.push(
        cellIssue(
          "duplicate-link",
          link.weight,
          `the link ${a} -> ${b} is already given at line ${first.line}, column "${first.column}": keep one.`,
        ),
      );
      continue;
    }
    firstAt.set(key, link.weight);
    links.push({
      from: a,
      to: b,
      weight,
      ...(typeof count === "number" ? { count } : {}),
      ...(typeof n === "number" ? { n } : {}),
      ...(evidence?.success ? { evidence: evidence.data } : {}),
      ...(link.note ? { note: link.note.text } : {}),
    });
  }
  return links;
}

function integer(cell: Cell, min: number, issues: Issues): number | undefined {
  const value = /^\d+$/.test(cell.text) ? Number(cell.text) : Number.NaN;
  if (Number.isSafeInteger(value) && value >= min) return value;
  issues.push(cellIssue("invalid-count", cell, `must be a whole number of at least ${min}.`));
  return undefined;
}
