import type { ValidationIssue } from "@impsci/determinants";
import * as z from "zod";
import { invalidOptions, parseOptions, targetIssue } from "./internal/analysis";
import { resolveIn } from "./internal/checks";
import type { Space } from "./internal/space";

/** The most strategies `include` may require: the include guarantee costs up to 2^n greedy runs. */
const MAX_REQUIRED = 12;

/**
 * The options of {@link Matcher.portfolio}. `k` is required; unknown fields are an error.
 *
 * @example
 * ```ts
 * PortfolioOptionsSchema.parse({ k: 3, include: ["eric:audit-and-provide-feedback"], cost: { "eric:audit-and-provide-feedback": 2 }, budget: 5 });
 * ```
 */
export const PortfolioOptionsSchema = z
  .object({
    k: z.number().int().min(1).describe("How many strategies at most, required ones included"),
    mode: z
      .enum(["weighted", "cumulative"])
      .optional()
      .describe("The scoring mode the gains are counted in, as in match (default weighted)"),
    target: z.string().min(1).optional().describe("The taxonomy to pick from (default `eric`)"),
    include: z
      .array(z.string().min(1))
      .max(MAX_REQUIRED)
      .optional()
      .describe(
        `Required strategies: picked first, and counted in k and the budget (at most ${MAX_REQUIRED}). Unlike match's include, the other strategies stay available`,
      ),
    exclude: z.array(z.string().min(1)).optional().describe("Strategies never picked"),
    minFeasibility: z
      .number()
      .min(1)
      .max(5)
      .optional()
      .describe(
        "Leave out of the greedy picks strategies whose published mean feasibility (1-5) is lower (unrated ones are kept, with a warning); required strategies are kept",
      ),
    cost: z
      .record(z.string().min(1), z.number().finite().min(0))
      .optional()
      .describe("A cost per strategy (reference -> cost >= 0), in any unit the budget uses"),
    budget: z
      .number()
      .finite()
      .min(0)
      .optional()
      .describe("The most the picks may cost together; needs `cost`, and only strategies with a cost are picked"),
    decay: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe(
        "What a determinant keeps of its remaining value after a pick reaches it fully (default 0.5: half); 1 turns diminishing returns off",
      ),
  })
  .strict()
  .describe("Options of a portfolio");

/**
 * Portfolio options, as a caller writes them.
 *
 * @example
 * ```ts
 * const options: PortfolioOptions = { k: 3, exclude: ["eric:audit-and-provide-feedback"], decay: 0.5 };
 * createMatcher().portfolio(profile, options);
 * ```
 */
export type PortfolioOptions = z.input<typeof PortfolioOptionsSchema>;

/**
 * Portfolio options after validation: defaults filled in, strategy references canonical, lists sorted.
 *
 * @example
 * ```ts
 * const options: ResolvedPortfolioOptions = createMatcher().portfolio(profile, { k: 3 }).manifest.options;
 * options.decay; // 0.5 (the default)
 * ```
 */
export interface ResolvedPortfolioOptions {
  /** How many picks at most. */
  readonly k: number;
  /** The scoring mode. */
  readonly mode: "weighted" | "cumulative";
  /** The target taxonomy. */
  readonly target: string;
  /** What a fully reached determinant keeps of its remaining value after a pick. */
  readonly decay: number;
  /** Required strategies. */
  readonly include?: readonly string[];
  /** Strategies never picked. */
  readonly exclude?: readonly string[];
  /** Minimum published feasibility of a greedy pick. */
  readonly minFeasibility?: number;
  /** Cost per strategy, by canonical id (sorted). */
  readonly cost?: Readonly<Record<string, number>>;
  /** The most the picks may cost together. */
  readonly budget?: number;
}

/** The default `decay`: a fully reached determinant counts half as much the next time. */
const DEFAULT_DECAY = 0.5;

/** Validates portfolio options and resolves their references; throws `invalid-options` listing every problem. */
export function resolvePortfolioOptions(input: unknown, space: Space): ResolvedPortfolioOptions {
  if (input === undefined) throw invalidOptions("portfolio", [missingK]);
  const data = parseOptions("portfolio", PortfolioOptionsSchema, input);
  const { k, mode = "weighted", target = "eric", decay = DEFAULT_DECAY, minFeasibility, budget } = data;
  const wrongTarget = targetIssue(space, target);
  if (wrongTarget) throw invalidOptions("portfolio", [wrongTarget]);
  const issues: ValidationIssue[] = [];
  // Where each required strategy was named first, for the issues that point at it.
  const at = new Map<string, number>();
  const refs = (field: "include" | "exclude"): string[] | undefined => {
    const list = data[field];
    if (list === undefined) return undefined;
    const ids = new Set<string>();
    list.forEach((ref, index) => {
      const found = resolveIn(space, target, ref);
      if (!found.ok) {
        issues.push({
          code: found.code,
          path: ["options", field, index],
          message: `options.${field}.${index}: ${found.message}`,
        });
        return;
      }
      ids.add(found.id);
      if (field === "include" && !at.has(found.id)) at.set(found.id, index);
    });
    return [...ids].sort();
  };
  const include = refs("include");
  const exclude = refs("exclude");
  const both = (include ?? []).filter((id) => exclude?.includes(id));
  if (both.length > 0) {
    issues.push({
      code: "include-exclude-overlap",
      path: ["options"],
      message: `options.include and options.exclude both name ${both.join(", ")}: keep each strategy in one list.`,
    });
  }
  if (include && include.length > k) {
    issues.push({
      code: "include-above-k",
      path: ["options", "include"],
      message: `options.include requires ${include.length} strategies but options.k is ${k}: raise k or require fewer.`,
    });
  }
  let cost: Record<string, number> | undefined;
  if (data.cost) {
    const byId = new Map<string, { ref: string; value: number }>();
    for (const [ref, value] of Object.entries(data.cost)) {
      const found = resolveIn(space, target, ref);
      if (!found.ok) {
        issues.push({
          code: found.code,
          path: ["options", "cost", ref],
          message: `options.cost["${ref}"]: ${found.message}`,
        });
        continue;
      }
      const other = byId.get(found.id);
      if (other) {
        issues.push({
          code: "duplicate-cost",
          path: ["options", "cost", ref],
          message: `options.cost names ${found.id} twice ("${other.ref}" and "${ref}"): give it one cost.`,
        });
      }
      byId.set(found.id, { ref, value });
    }
    cost = Object.fromEntries([...byId.keys()].sort().map((id) => [id, byId.get(id)?.value as number]));
  }
  if (budget !== undefined && !data.cost) {
    issues.push({
      code: "budget-without-cost",
      path: ["options", "budget"],
      message:
        "options.budget needs options.cost (a cost per strategy): without costs nothing can be checked against it.",
    });
  }
  if (budget !== undefined && cost && include) {
    const unpriced = include.filter((id) => cost?.[id] === undefined);
    for (const id of unpriced) {
      issues.push({
        code: "required-without-cost",
        path: ["options", "include", at.get(id) as number],
        message: `options.include requires ${id}, which has no cost in options.cost: with a budget, give every required strategy a cost.`,
      });
    }
    const required = include.reduce((sum, id) => sum + (cost?.[id] ?? 0), 0);
    if (unpriced.length === 0 && required > budget) {
      issues.push({
        code: "required-above-budget",
        path: ["options", "budget"],
        message: `The required strategies cost ${required} together, more than options.budget (${budget}): raise the budget or require fewer.`,
      });
    }
  }
  if (issues.length > 0) throw invalidOptions("portfolio", issues);
  return {
    k,
    mode,
    target,
    decay,
    ...(include === undefined ? {} : { include }),
    ...(exclude === undefined ? {} : { exclude }),
    ...(minFeasibility === undefined ? {} : { minFeasibility }),
    ...(cost === undefined ? {} : { cost }),
    ...(budget === undefined ? {} : { budget }),
  };
}

const missingK: ValidationIssue = {
  code: "missing-field",
  path: ["options", "k"],
  message: "options.k is required but missing: say how many strategies the portfolio may hold, e.g. { k: 3 }.",
};
