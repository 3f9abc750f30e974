import type { Catalogue } from "@impsci/catalogue";
import { builtinCatalogue } from "@impsci/catalogue";
import {
  CitationSchema,
  type CsvIssueCode,
  readCsv,
  type ValidationIssue,
  type ValidationResult,
  zodIssues,
} from "@impsci/determinants";
import * as z from "zod";
import { checkLinks, schemeOf } from "./internal/csv-links";
import { deepFreeze } from "./internal/deep-freeze";
import { spaceOf } from "./internal/default-space";
import { longLinks, looksLong, wideLinks } from "./internal/link-set-table";
import { BasisSchema, type LinkSet, LinkSetSchema, WeightKindSchema } from "./link-set";

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

/**
 * The options of {@link parseLinkSetCsv}.
 *
 * @example
 * ```ts
 * const options: ParseLinkSetCsvOptions = { id: "cfir-eric-full", weightKind: "percent", from: "cfir-2009", to: "eric", format: "wide" };
 * const read = parseLinkSetCsv(csv, options);
 * ```
 */
export type ParseLinkSetCsvOptions = z.input<typeof ParseLinkSetCsvOptionsSchema> & {
  /** The catalogue whose taxonomies `to` (or `from`) references name (default: the built-in catalogue). */
  readonly catalogue?: Catalogue;
};

/**
 * The codes of the issues {@link parseLinkSetCsv} reports.
 *
 * @example
 * ```ts
 * const read = parseLinkSetCsv(csv, { id: "mine", weightKind: "percent" });
 * if (!read.success) {
 *   const codes: LinkSetCsvIssueCode[] = read.issues.map((issue) => issue.code); // e.g. ["unknown-reference"]
 * }
 * ```
 */
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
  if (issues.length === 0 && raw.length === 0) {
    // (Checked before the schemes are required: with no link, there is nothing to infer them from.)
    const why = table.rows.length === 0 ? "it has a header but no rows" : "every weight cell is empty";
    issues.push({ code: "no-links", path: [], message: `The file holds no link: ${why}.` });
  }
  if (issues.length > 0 || from === undefined || to === undefined) return fail(issues, warnings);
  const links = checkLinks(raw, from, to, opts.weightKind, space, issues);
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
