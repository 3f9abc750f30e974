import {
  CitationSchema,
  type PathSegment,
  slugify,
  type ValidationIssue,
  type ValidationResult,
  VerificationSchema,
  zodIssues,
} from "@impsci/determinants";
import * as z from "zod";
import type { Catalogue, CatalogueIssueCode } from "./catalogue";
import { buildCatalogue } from "./internal/build-catalogue";
import { checkCatalogue, type Entry } from "./internal/check-catalogue";
import { resolveCustomGroup } from "./internal/resolve-custom-group";
import { type Group, GroupSchema, type Strategy, StrategySchema, type Taxonomy } from "./strategy";

const KeySchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]*$/)
  .describe("Key within the taxonomy (lower case, digits, `-` and `.`); the slug of the name when omitted");

/**
 * A team's own taxonomy, for strategies that belong to none of the built-in ones.
 *
 * @example
 * ```ts
 * CustomTaxonomySchema.parse({ id: "our-playbook", name: "Our playbook", citation: { authors: "Clinic QI team", year: 2025, title: "Playbook", source: "Internal document" } });
 * ```
 */
export const CustomTaxonomySchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe("Taxonomy id, e.g. `our-playbook`: the scheme of its strategies' ids"),
    name: z.string().min(1).describe("Name of the taxonomy"),
    version: z.string().min(1).default("1").describe("Version of its content"),
    citation: CitationSchema.describe(
      "Where the taxonomy is written down (a team document counts); its groups and strategies inherit it",
    ),
    licence: z.string().min(1).default("Not stated").describe("Licence of its content"),
  })
  .strict()
  .describe("A team's own taxonomy");

/**
 * A team's own group of strategies, in its own taxonomy or in a built-in one.
 *
 * @example
 * ```ts
 * CustomGroupSchema.parse({ taxonomy: "our-playbook", name: "Workflow changes" });
 * ```
 */
export const CustomGroupSchema = z
  .object({
    taxonomy: z.string().min(1).describe("Id of the taxonomy the group belongs to"),
    key: KeySchema.optional(),
    name: z.string().min(1).describe("Name of the group"),
    codes: z.array(z.string()).default([]).describe("Numbers or codes that name the group"),
    definition: z.string().min(1).optional().describe("What the group holds"),
    citation: CitationSchema.optional().describe("Where it is written down; the taxonomy's citation when omitted"),
  })
  .strict()
  .describe("A team's own group of strategies; its id is `<taxonomy>-group:<key>`");

/**
 * A team's own strategy, in its own taxonomy or added to a built-in one.
 *
 * @example
 * ```ts
 * CustomStrategySchema.parse({ taxonomy: "eric", name: "Weekly huddle", definition: "A ten-minute stand-up on the change." });
 * ```
 */
export const CustomStrategySchema = StrategySchema.pick({
  name: true,
  number: true,
  definition: true,
  importance: true,
  feasibility: true,
  goZone: true,
  ratingsCitation: true,
  bcioId: true,
  note: true,
})
  .extend({
    taxonomy: z.string().min(1).describe("Id of the taxonomy it joins: a built-in one (e.g. `eric`) or a new one"),
    key: KeySchema.optional(),
    codes: z.array(z.string()).default([]).describe("Numbers or codes that name it (`number` is added)"),
    aliases: z.array(z.string()).default([]).describe("Other names it goes by"),
    group: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Its group: a group id (`eric-cluster:engage-consumers`), or the key or name of a group of its taxonomy",
      ),
    plainLabel: z.string().min(1).optional().describe("A plain-language label; the name when omitted"),
    citation: CitationSchema.optional().describe(
      "Where it is written down: required in a built-in taxonomy, the taxonomy's citation otherwise",
    ),
    verification: VerificationSchema.default("unverified").describe(
      "How it was checked; `unverified` unless you say otherwise",
    ),
  })
  .strict()
  .describe("A team's own strategy; its id is `<taxonomy>:<key>` and it is marked `custom: true`");

/**
 * What {@link extendCatalogue} adds to a catalogue: new taxonomies, groups and strategies.
 *
 * @example
 * ```ts
 * const extension: CatalogueExtensionInput = {
 *   strategies: [{ taxonomy: "eric", name: "Weekly huddle", definition: "A ten-minute stand-up on the change.", citation }],
 * };
 * ```
 */
export const CatalogueExtensionSchema = z
  .object({
    taxonomies: z.array(CustomTaxonomySchema).default([]).describe("New taxonomies of the team's own"),
    groups: z.array(CustomGroupSchema).default([]).describe("New groups, in new or existing taxonomies"),
    strategies: z.array(CustomStrategySchema).default([]).describe("New strategies, in new or existing taxonomies"),
  })
  .strict()
  .describe("A team's own strategies, groups and taxonomies, to extend a catalogue with");

/**
 * A catalogue extension, as {@link CatalogueExtensionSchema} outputs it.
 *
 * @example
 * ```ts
 * const extension: CatalogueExtension = CatalogueExtensionSchema.parse({ strategies: [] });
 * extension.taxonomies; // [] (defaults filled in)
 * ```
 */
export type CatalogueExtension = z.output<typeof CatalogueExtensionSchema>;
/**
 * A catalogue extension, as {@link CatalogueExtensionSchema} accepts it.
 *
 * @example
 * ```ts
 * const custom: CatalogueExtensionInput = {
 *   strategies: [{ taxonomy: "eric", name: "Weekly huddle", definition: "A ten-minute stand-up on the change.", citation }],
 * };
 * const result = extendCatalogue(builtinCatalogue, custom);
 * ```
 */
export type CatalogueExtensionInput = z.input<typeof CatalogueExtensionSchema>;

type Issue = ValidationIssue<CatalogueIssueCode>;

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Extends a catalogue with a team's own strategies: in a new taxonomy of their own, or added to an existing one
 * (with their own groups, or placed in existing groups). Everything is validated and every problem reported at
 * once, with its path in `custom`: schema errors, unknown taxonomies or groups, missing citations, and any id, code
 * or name that collides with the base (the issue names both). New strategies are marked `custom: true`. Never
 * throws and never changes `base`; the result is a catalogue like any other.
 *
 * @param base - The catalogue to extend, e.g. {@link builtinCatalogue}.
 * @param custom - The team's taxonomies, groups and strategies (JSON from elsewhere is checked the same way).
 * @returns The extended catalogue, or the issues.
 * @example
 * ```ts
 * const result = extendCatalogue(builtinCatalogue, {
 *   strategies: [{ taxonomy: "eric", name: "Weekly huddle", definition: "A ten-minute stand-up on the change.",
 *     group: "eric-cluster:develop-stakeholder-interrelationships", citation }],
 * });
 * if (result.success) result.data.getStrategy("eric:weekly-huddle").custom; // true
 * ```
 */
export function extendCatalogue(
  base: Catalogue,
  custom: CatalogueExtensionInput,
): ValidationResult<Catalogue, CatalogueIssueCode> {
  const parsed = CatalogueExtensionSchema.safeParse(custom);
  if (!parsed.success) return { success: false, issues: zodIssues(parsed.error, custom), warnings: [] };
  const extension = parsed.data;
  const issues: Issue[] = [];
  const baseTaxonomies = base.listTaxonomies();
  const newTaxonomies = new Map(extension.taxonomies.map((t) => [t.id, t]));
  const known = [...baseTaxonomies.map((t) => t.id), ...newTaxonomies.keys()];
  const knownText = known.join(", ");

  const taxonomyOf = (text: string, path: PathSegment[], what: string): string | undefined => {
    const id = text.trim().toLowerCase();
    if (known.includes(id)) return id;
    issues.push({
      code: "unknown-taxonomy",
      path,
      message: `${what} names the taxonomy "${text}", which is neither in the base catalogue nor among your taxonomies: use one of ${knownText}, or add it under taxonomies.`,
    });
    return undefined;
  };
  const citationOf = (given: Strategy["citation"] | undefined, taxonomy: string, path: PathSegment[], what: string) => {
    const own = baseTaxonomies.find((t) => t.id === taxonomy);
    const citation = given ?? newTaxonomies.get(taxonomy)?.citation ?? (own?.custom ? own.citation : undefined);
    if (!citation) {
      issues.push({
        code: "missing-citation",
        path,
        message: `${what} joins the taxonomy ${taxonomy}, so it needs its own citation (where it is written down; a team document counts).`,
      });
    }
    return citation;
  };
  const keyOf = (key: string | undefined, name: string, path: PathSegment[]): string | undefined => {
    const result = key ?? slugify(name);
    if (result === "") {
      issues.push({
        code: "invalid-key",
        path,
        message: `The name "${name}" gives no usable key (letters or digits): add a key.`,
      });
      return undefined;
    }
    return result;
  };

  const groups: Entry<Group>[] = [];
  extension.groups.forEach((g, i) => {
    const what = `Group "${g.name}"`;
    const taxonomy = taxonomyOf(g.taxonomy, ["groups", i, "taxonomy"], what);
    if (taxonomy === undefined) return;
    const key = keyOf(g.key, g.name, ["groups", i, "name"]);
    const citation = citationOf(g.citation, taxonomy, ["groups", i, "citation"], what);
    if (key === undefined || citation === undefined) return;
    const candidate = compact({
      id: `${taxonomy}-group:${key}`,
      key,
      taxonomy,
      name: g.name,
      codes: g.codes,
      size: 0,
      definition: g.definition,
      citation,
    });
    const checked = GroupSchema.safeParse(candidate);
    if (!checked.success) {
      issues.push(...zodIssues(checked.error, candidate, ["groups", i]));
      return;
    }
    groups.push({
      item: checked.data,
      path: ["groups", i],
      idPath: ["groups", i, g.key === undefined ? "name" : "key"],
    });
  });

  const baseGroups = baseTaxonomies.flatMap((t) => t.groups);
  const strategies: Entry<Strategy>[] = [];
  extension.strategies.forEach((s, i) => {
    const what = `Strategy "${s.name}"`;
    const taxonomy = taxonomyOf(s.taxonomy, ["strategies", i, "taxonomy"], what);
    if (taxonomy === undefined) return;
    const key = keyOf(s.key, s.name, ["strategies", i, "name"]);
    const citation = citationOf(s.citation, taxonomy, ["strategies", i, "citation"], what);
    const group =
      s.group === undefined
        ? undefined
        : resolveCustomGroup(
            s.group,
            taxonomy,
            [...baseGroups, ...groups.map((g) => g.item)],
            ["strategies", i, "group"],
            issues,
          );
    if (key === undefined || citation === undefined || group === null) return;
    const codes =
      s.number === undefined || s.codes.includes(String(s.number)) ? s.codes : [...s.codes, String(s.number)];
    const { taxonomy: _t, key: _k, group: _g, ...rest } = s;
    const candidate = compact({
      ...rest,
      id: `${taxonomy}:${key}`,
      key,
      taxonomy,
      codes,
      group,
      plainLabel: s.plainLabel ?? s.name,
      citation,
      custom: true,
    });
    const checked = StrategySchema.safeParse(candidate);
    if (!checked.success) {
      issues.push(...zodIssues(checked.error, candidate, ["strategies", i]));
      return;
    }
    strategies.push({
      item: checked.data,
      path: ["strategies", i],
      idPath: ["strategies", i, s.key === undefined ? "name" : "key"],
    });
  });

  const origin = "in the base catalogue";
  // A code made from a strategy's `number` is reported at `number`: the input holds no `codes` entry for it.
  const atNumber = (issue: Issue): Issue => {
    const [kind, i, field, k] = issue.path;
    const written = typeof i === "number" ? extension.strategies[i]?.codes.length : undefined;
    return kind === "strategies" && field === "codes" && typeof k === "number" && written !== undefined && k >= written
      ? { ...issue, path: ["strategies", i as number, "number"] }
      : issue;
  };
  issues.push(
    ...checkCatalogue({
      taxonomies: [
        ...baseTaxonomies.map((t) => ({ item: t, path: [], idPath: [], origin })),
        ...extension.taxonomies.map((t, i) => ({ item: t, path: ["taxonomies", i], idPath: ["taxonomies", i, "id"] })),
      ],
      groups: [...baseGroups.map((g) => ({ item: g, path: [], idPath: [], origin })), ...groups],
      strategies: [
        ...baseTaxonomies.flatMap((t) => t.strategies).map((s) => ({ item: s, path: [], idPath: [], origin })),
        ...strategies,
      ],
    }).map(atNumber),
  );
  if (issues.length > 0) return { success: false, issues, warnings: [] };

  const sized = groups.map(({ item }) => ({
    ...item,
    size: strategies.filter((s) => s.item.group === item.id).length,
  }));
  const extended: Taxonomy[] = baseTaxonomies.map((t) => {
    const addedGroups = sized.filter((g) => g.taxonomy === t.id);
    const added = strategies.map((s) => s.item).filter((s) => s.taxonomy === t.id);
    if (addedGroups.length === 0 && added.length === 0) return t;
    return { ...t, groups: [...t.groups, ...addedGroups], strategies: [...t.strategies, ...added] };
  });
  for (const t of extension.taxonomies) {
    const own = strategies.map((s) => s.item).filter((s) => s.taxonomy === t.id);
    extended.push({
      ...t,
      custom: true,
      citations: [t.citation],
      coverage: {
        status: "complete",
        counts: [{ unit: "strategies", included: own.length, published: own.length }],
        note: "A team's own taxonomy, added with extendCatalogue.",
      },
      groups: sized.filter((g) => g.taxonomy === t.id),
      strategies: own,
    });
  }
  return { success: true, data: buildCatalogue(extended), warnings: [] };
}
