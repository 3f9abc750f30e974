import type { Catalogue } from "@impsci/catalogue";
import { builtinCatalogue } from "@impsci/catalogue";
import {
  CitationSchema,
  type CsvIssueCode,
  readCsv,
  splitRef,
  type ValidationIssue,
  type ValidationResult,
  zodIssues,
} from "@impsci/determinants";
import * as z from "zod";
import { resolveIn, weightProblem } from "./internal/checks";
import { deepFreeze } from "./internal/deep-freeze";
import { spaceOf } from "./internal/default-space";
import { type Cell, cellIssue, longLinks, looksLong, type RawLink, wideLinks } from "./internal/link-set-table";
import type { Space } from "./internal/space";
import { BasisSchema, EvidenceSchema, type Link, type LinkSet, LinkSetSchema, WeightKindSchema } from "./link-set";

/**
 * The options of {@link parseLinkSetCsv} (all but `catalogue`), as a schema.
 *
 * @example
 * ```ts
 * ParseLinkSetCsvOptionsSchema.parse({ id: "cfir-eric-full", weightKind: "percent", from: "cfir-2009", to: "eric" });
 * ```
 */
export const ParseLinkSetCsvOptionsSchema = z
  .object({
    id: LinkSetSchema.shape.id,
    weightKind: WeightKindSchema,
    from: z.string().min(1).optional().describe("The scheme of the `from` references (default: inferred from them)"),
    to: z.string().min(1).optional().describe("The scheme of the `to` references (default: inferred from them)"),
    format: z
      .enum(["long", "wide"])
      .optional()
      .describe("long: from,to,weight rows; wide: a matrix (default: long when the header has from, to and weight)"),
    basis: BasisSchema.optional().describe("What the set rests on (default `user`)"),
    title: z.string().min(1).optional(),
    version: z.string().min(1).optional().describe("Version of the content (default `1.0.0`)"),
    citation: CitationSchema.optional(),
    licence: z.string().optional(),
    note: z.string().optional(),
  })
  .describe("Options of parseLinkSetCsv");

/** The options of {@link parseLinkSetCsv}. */
export type ParseLinkSetCsvOptions = z.input<typeof ParseLinkSetCsvOptionsSchema> & {
  /** The catalogue whose taxonomies `to` (or `from`) references name (default: the built-in catalogue). */
  readonly catalogue?: Catalogue;
};

/** The codes of the issues {@link parseLinkSetCsv} reports. */
export type LinkSetCsvIssueCode =
  | CsvIssueCode
  | "invalid-options"
  | "missing-column"
  | "duplicate-column"
  | "extra-cells"
  | "missing-value"
  | "missing-scheme"
  | "mixed-schemes"
  | "unknown-scheme"
  | "scheme-mismatch"
  | "unknown-reference"
  | "ambiguous-reference"
  | "invalid-number"
  | "invalid-weight"
  | "invalid-count"
  | "count-above-n"
  | "invalid-evidence"
  | "duplicate-link"
  | "no-links";

type Issues = ValidationIssue[];

function schemeOf(
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

/**
 * Reads a link set from CSV, in the long format (`from,to,weight` and optional `count,n,evidence,note` columns, one
 * link a row) or the wide format (first column the `to` references, header row the `from` references, cells the
 * weights; an empty cell is no link). References follow the identifier rules (`eric:Use train the trainer
 * strategies`; with `from` / `to` given, a bare name or code is enough). Never throws: every bad row, unresolved
 * or ambiguous reference (with the closest candidates) and duplicate link is reported at once, with its line,
 * column and value.
 *
 * @param text - The CSV text (UTF-8, comma-separated; a spreadsheet's "CSV UTF-8" export).
 * @param options - `id` and `weightKind` (`percent` 0-100, a trailing `%` allowed; `probability` 0-1; `binary` 0/1),
 *   and optionally `from` / `to` schemes, `format`, `basis` (default `user`), `title`, `version`, `citation`,
 *   `licence`, `note`, `catalogue`.
 * @returns `{ success: true, data, warnings }` with the link set (canonical ids, frozen), or
 *   `{ success: false, issues, warnings }`, each issue with `code`, `path` (`[line, column]`), `row`, `column`,
 *   `value` and a message.
 * @example
 * ```ts
 * const csv = "Strategy,Reflecting & Evaluating\nAudit and provide feedback,56%\n";
 * const read = parseLinkSetCsv(csv, { id: "cfir-eric-full", from: "cfir-2009", to: "eric", weightKind: "percent" });
 * if (read.success) createMatcher({ linkSets: [read.data] });
 * else for (const issue of read.issues) console.error(issue.message);
 * ```
 */
export function parseLinkSetCsv(
  text: string,
  options: ParseLinkSetCsvOptions,
): ValidationResult<LinkSet, LinkSetCsvIssueCode> {
  const fail = (issues: Issues, warnings: Issues = []) => ({
    success: false as const,
    issues: issues as ValidationIssue<LinkSetCsvIssueCode>[],
    warnings,
  });
  const { catalogue, ...rest } = (options ?? {}) as ParseLinkSetCsvOptions;
  const parsed = ParseLinkSetCsvOptionsSchema.safeParse(rest);
  if (!parsed.success) {
    return fail(zodIssues(parsed.error, rest, ["options"]).map((issue) => ({ ...issue, code: "invalid-options" })));
  }
  const opts = parsed.data;
  const read = readCsv(text);
  if (!read.success) return fail([...read.issues]);
  const table = read.data;
  const space = spaceOf(catalogue ?? builtinCatalogue);
  const issues: Issues = [];
  const warnings: Issues = [];
  const format = opts.format ?? (looksLong(table.header) ? "long" : "wide");
  const raw = format === "long" ? longLinks(table, issues, warnings) : wideLinks(table, issues);
  const from = schemeOf(
    "from",
    opts.from,
    raw.map((l) => l.from),
    space,
    issues,
  );
  const to = schemeOf(
    "to",
    opts.to,
    raw.map((l) => l.to),
    space,
    issues,
  );
  if (issues.length > 0 || from === undefined || to === undefined) return fail(issues, warnings);
  const links = checkLinks(raw, from, to, opts.weightKind, space, issues);
  if (issues.length === 0 && links.length === 0) {
    issues.push({ code: "no-links", path: [], message: "The file holds no link: every weight cell is empty." });
  }
  if (issues.length > 0) return fail(issues, warnings);
  if (opts.weightKind === "percent" && links.every((l) => l.weight <= 1) && links.some((l) => l.weight > 0)) {
    warnings.push({
      code: "looks-like-proportions",
      path: [],
      message:
        'Every weight is at most 1 although the weight kind is percent (0-100): if the file holds proportions, use weightKind "probability" or multiply by 100.',
    });
  }
  const set = LinkSetSchema.parse({
    id: opts.id,
    version: opts.version ?? "1.0.0",
    title: opts.title ?? `User link set ${opts.id}`,
    from,
    to,
    weightKind: opts.weightKind,
    basis: opts.basis ?? "user",
    ...(opts.citation === undefined ? {} : { citation: opts.citation }),
    ...(opts.licence === undefined ? {} : { licence: opts.licence }),
    ...(opts.note === undefined ? {} : { note: opts.note }),
    links,
  });
  return { success: true, data: deepFreeze(set), warnings };
}

function checkLinks(
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
