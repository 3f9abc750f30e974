import { type ValidationIssue, zodIssues } from "@impsci/determinants";
import * as z from "zod";
import { MatcherError } from "./error";
import { resolveIn } from "./internal/checks";
import type { Space } from "./internal/space";
import type { ResolvedMatchOptions } from "./match-result";

/**
 * The options of {@link Matcher.match}. Every field is optional; unknown fields are an error.
 *
 * @example
 * ```ts
 * MatchOptionsSchema.parse({ mode: "cumulative", top: 10, minFeasibility: 3 });
 * ```
 */
export const MatchOptionsSchema = z
  .object({
    mode: z
      .enum(["weighted", "cumulative"])
      .optional()
      .describe(
        "weighted (default): priority x link shares, facilitators as leverage; cumulative: the CFIR-ERIC Matching Tool's sum of endorsement percentages over the barriers",
      ),
    top: z.number().int().positive().optional().describe("How many recommendations at most (default: all that score)"),
    target: z.string().min(1).optional().describe("The taxonomy to recommend from (default `eric`)"),
    include: z
      .array(z.string().min(1))
      .optional()
      .describe("Only these strategies may be recommended (references in the target taxonomy)"),
    exclude: z
      .array(z.string().min(1))
      .optional()
      .describe("These strategies are never recommended (references in the target taxonomy)"),
    minFeasibility: z
      .number()
      .min(1)
      .max(5)
      .optional()
      .describe(
        "Leave out strategies whose published mean feasibility (1-5) is lower; strategies without a published rating are kept, and a warning names them",
      ),
  })
  .strict()
  .describe("Options of a match");

/**
 * Match options, as a caller writes them.
 *
 * @example
 * ```ts
 * const options: MatchOptions = { mode: "cumulative", top: 5, exclude: ["eric:audit-and-provide-feedback"] };
 * createMatcher().match(profile, options);
 * ```
 */
export type MatchOptions = z.input<typeof MatchOptionsSchema>;

/** Validates options and resolves their strategy references; throws a `MatcherError` (`invalid-options`) listing every problem. */
export function resolveOptions(input: unknown, space: Space): ResolvedMatchOptions {
  const parsed = MatchOptionsSchema.safeParse(input === undefined ? {} : input);
  if (!parsed.success) throw invalid(zodIssues(parsed.error, input, ["options"]));
  const { mode = "weighted", target = "eric", top, minFeasibility } = parsed.data;
  const issues: ValidationIssue[] = [];
  if (space.kind(target) !== "taxonomy") {
    issues.push({
      code: "unknown-target",
      path: ["options", "target"],
      message: `options.target "${target}" is not a taxonomy of the catalogue: use one of ${space
        .schemes()
        .filter((s) => space.kind(s) === "taxonomy")
        .join(", ")}.`,
    });
    throw invalid(issues);
  }
  const lists: Partial<Record<"include" | "exclude", string[]>> = {};
  for (const field of ["include", "exclude"] as const) {
    const refs = parsed.data[field];
    if (refs === undefined) continue;
    const ids = new Set<string>();
    refs.forEach((ref, index) => {
      const found = resolveIn(space, target, ref);
      if (found.ok) ids.add(found.id);
      else
        issues.push({
          code: found.code,
          path: ["options", field, index],
          message: `options.${field}.${index}: ${found.message}`,
        });
    });
    lists[field] = [...ids].sort();
  }
  const both = (lists.include ?? []).filter((id) => lists.exclude?.includes(id));
  if (both.length > 0) {
    issues.push({
      code: "include-exclude-overlap",
      path: ["options"],
      message: `options.include and options.exclude both name ${both.join(", ")}: keep each strategy in one list.`,
    });
  }
  if (issues.length > 0) throw invalid(issues);
  return {
    mode,
    target,
    ...(top === undefined ? {} : { top }),
    ...(lists.include === undefined ? {} : { include: lists.include }),
    ...(lists.exclude === undefined ? {} : { exclude: lists.exclude }),
    ...(minFeasibility === undefined ? {} : { minFeasibility }),
  };
}

function invalid(issues: readonly ValidationIssue[]): MatcherError {
  const lines = issues.map((issue) => `- ${issue.message}`).join("\n");
  return new MatcherError("invalid-options", `The match options are not valid:\n${lines}`, { issues });
}
