import type { ValidationIssue } from "@impsci/determinants";
import * as z from "zod";
import { invalidOptions, parseOptions, targetIssue } from "./internal/analysis";
import type { Space } from "./internal/space";

/** The default `spread` of the `weights` method: each weight's jitter factor has mean 1 and standard deviation 0.3. */
const DEFAULT_SPREAD = 0.3;

/**
 * A progress callback: `done` draws of `total`.
 *
 * @example
 * ```ts
 * const onProgress: SensitivityProgress = (done, total) => console.log(`${done}/${total}`);
 * createMatcher().sensitivity(profile, { method: "weights", draws: 1000, seed: 1, k: 5, onProgress });
 * ```
 */
export type SensitivityProgress = (done: number, total: number) => void;

/**
 * The options of {@link Matcher.sensitivity}. `method` and `k` are required; `draws` and `seed` too for `resample`
 * and `weights`. Unknown fields are an error.
 *
 * @example
 * ```ts
 * SensitivityOptionsSchema.parse({ method: "resample", draws: 1000, seed: 42, k: 5 });
 * ```
 */
export const SensitivityOptionsSchema = z
  .object({
    method: z
      .enum(["resample", "weights", "leave-one-out"])
      .describe(
        "resample: draw each endorsement from its posterior; weights: jitter determinant weights; leave-one-out: drop each determinant in turn",
      ),
    k: z.number().int().min(1).describe("The size of the top list whose stability is measured"),
    draws: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe("How many draws (resample, weights); leave-one-out makes one per scoring determinant"),
    seed: z
      .number()
      .int()
      .min(0)
      .max(Number.MAX_SAFE_INTEGER)
      .optional()
      .describe(
        "The seed of the generator (xoshiro128** seeded by SplitMix64): required for resample and weights, not used by leave-one-out",
      ),
    mode: z.enum(["weighted", "cumulative"]).optional().describe("The scoring mode, as in match (default weighted)"),
    target: z.string().min(1).optional().describe("The taxonomy to rank (default `eric`)"),
    spread: z
      .number()
      .gt(0)
      .max(1)
      .optional()
      .describe(
        "weights only: the standard deviation of each weight's Gamma jitter factor, whose mean is 1 (default 0.3)",
      ),
    assumedN: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        "resample only: for percent and probability links without n, resample as if this many respondents had answered (default: hold them fixed)",
      ),
    onProgress: z
      .custom<SensitivityProgress>((value) => typeof value === "function", { message: "must be a function" })
      .optional()
      .describe("Called with (done, total) at most about 100 times in a run, and once at the end"),
  })
  .strict()
  .describe("Options of a sensitivity analysis");

/**
 * Sensitivity options, as a caller writes them.
 *
 * @example
 * ```ts
 * const options: SensitivityOptions = { method: "leave-one-out", k: 5 };
 * createMatcher().sensitivity(profile, options);
 * ```
 */
export type SensitivityOptions = z.input<typeof SensitivityOptionsSchema>;

/**
 * Sensitivity options after validation, as the manifest records them (the callback left out).
 *
 * @example
 * ```ts
 * const options: ResolvedSensitivityOptions = createMatcher().sensitivity(profile, { method: "weights", draws: 100, seed: 7, k: 5 }).manifest.options;
 * options.spread; // 0.3 (the default of the weights method)
 * ```
 */
export interface ResolvedSensitivityOptions {
  /** The method. */
  readonly method: "resample" | "weights" | "leave-one-out";
  /** The size of the top list. */
  readonly k: number;
  /** The scoring mode. */
  readonly mode: "weighted" | "cumulative";
  /** The target taxonomy. */
  readonly target: string;
  /** The number of draws asked for (resample, weights). */
  readonly draws?: number;
  /** The seed (resample, weights). */
  readonly seed?: number;
  /** The jitter's standard deviation (weights). */
  readonly spread?: number;
  /** The respondents assumed for links without n (resample, when given). */
  readonly assumedN?: number;
}

/**
 * Validates sensitivity options; throws `invalid-options` listing every problem. Returns the resolved options and
 * the progress callback apart.
 */
export function resolveSensitivityOptions(
  input: unknown,
  space: Space,
): { options: ResolvedSensitivityOptions; onProgress: SensitivityProgress | undefined } {
  if (input === undefined) {
    throw invalidOptions("sensitivity", [
      {
        code: "missing-field",
        path: ["options", "method"],
        message: "options.method is required but missing: resample, weights or leave-one-out.",
      },
      {
        code: "missing-field",
        path: ["options", "k"],
        message: "options.k is required but missing: the size of the top list, e.g. { k: 5 }.",
      },
    ]);
  }
  const data = parseOptions("sensitivity", SensitivityOptionsSchema, input);
  const { method, k, draws, seed, mode = "weighted", target = "eric", spread, assumedN, onProgress } = data;
  const issues: ValidationIssue[] = [];
  const wrongTarget = targetIssue(space, target);
  if (wrongTarget) issues.push(wrongTarget);
  const random = method !== "leave-one-out";
  if (random && draws === undefined) {
    issues.push({
      code: "missing-field",
      path: ["options", "draws"],
      message: `options.draws is required for ${method}: say how many draws, e.g. 1000.`,
    });
  }
  if (random && seed === undefined) {
    issues.push({
      code: "missing-field",
      path: ["options", "seed"],
      message: `options.seed is required for ${method}: any whole number from 0 (the same seed gives the same result).`,
    });
  }
  if (seed !== undefined && !random) {
    issues.push({
      code: "option-not-for-method",
      path: ["options", "seed"],
      message: "options.seed is not used by leave-one-out, which draws nothing at random: remove it.",
    });
  }
  if (spread !== undefined && method !== "weights") {
    issues.push({
      code: "option-not-for-method",
      path: ["options", "spread"],
      message: `options.spread is for the weights method, not ${method}: remove it.`,
    });
  }
  if (assumedN !== undefined && method !== "resample") {
    issues.push({
      code: "option-not-for-method",
      path: ["options", "assumedN"],
      message: `options.assumedN is for the resample method, not ${method}: remove it.`,
    });
  }
  if (issues.length > 0) throw invalidOptions("sensitivity", issues);
  return {
    options: {
      method,
      k,
      mode,
      target,
      ...(draws === undefined ? {} : { draws }),
      ...(seed === undefined ? {} : { seed }),
      ...(method === "weights" ? { spread: spread ?? DEFAULT_SPREAD } : {}),
      ...(assumedN === undefined ? {} : { assumedN }),
    },
    onProgress,
  };
}
