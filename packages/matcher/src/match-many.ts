import { type DeterminantProfileInput, type ValidationIssue, zodIssues } from "@impsci/determinants";
import * as z from "zod";
import { MatcherError } from "./error";
import { optionsOf } from "./internal/fast-options";
import { type Engine, evaluate, isInvalid } from "./internal/run";
import type { Space } from "./internal/space";
import { type MatchOptions, MatchOptionsSchema } from "./match-options";
import type { MatchResult, ResolvedMatchOptions } from "./match-result";

/**
 * How many recommendations each result of `matchMany` holds when `top` is not given.
 *
 * @example
 * ```ts
 * for await (const record of matcher.matchMany(sites)) {
 *   if (record.ok) record.result.recommendations.length <= MATCH_MANY_TOP; // true
 * }
 * ```
 */
export const MATCH_MANY_TOP = 10;

/**
 * The options of {@link Matcher.matchMany}: those of `match`, except that `top` defaults to 10 (a per-site report
 * rarely needs more, and only what is returned is explained) and `"all"` asks for every strategy that scores.
 *
 * @example
 * ```ts
 * MatchManyOptionsSchema.parse({ mode: "cumulative", top: 5 });
 * MatchManyOptionsSchema.parse({ top: "all" });
 * ```
 */
export const MatchManyOptionsSchema = MatchOptionsSchema.extend({
  top: z
    .union([z.number().int().positive(), z.literal("all")])
    .optional()
    .describe('How many recommendations each result holds (default 10); "all": every strategy that scores'),
})
  .strict()
  .describe("Options of matchMany");

/**
 * The options of `matchMany`, as a caller writes them.
 *
 * @example
 * ```ts
 * const options: MatchManyOptions = { mode: "cumulative", top: "all" };
 * for await (const record of matcher.matchMany(profiles, options)) console.log(record.index, record.ok);
 * ```
 */
export type MatchManyOptions = z.input<typeof MatchManyOptionsSchema>;

/**
 * Why one profile of a `matchMany` run gave no result: the profile did not validate.
 *
 * @example
 * ```ts
 * if (!record.ok) for (const issue of record.error.issues) console.error(issue.code, issue.path.join("."), issue.message);
 * ```
 */
export interface MatchManyError {
  /** Always `invalid-profile` (the code `match` would have thrown). */
  readonly code: "invalid-profile";
  /** Every problem, one a line, as `match` would have thrown it. */
  readonly message: string;
  /** Every problem, each with its code and its path inside the profile (e.g. `["determinants", 2, "determinant"]`). */
  readonly issues: readonly ValidationIssue[];
}

/**
 * One record of a `matchMany` run, in input order: the profile's position and id, then its result or why it has
 * none. Check `ok` before reading `result` or `error`.
 *
 * @example
 * ```ts
 * for await (const record of matcher.matchMany(profiles)) {
 *   if (record.ok) console.log(record.id ?? record.index, record.result.recommendations[0]?.strategy.name);
 *   else console.error(`profile ${record.id ?? record.index}: ${record.error.message}`);
 * }
 * ```
 */
export type MatchManyRecord =
  | {
      /** The profile's position in the input, from 0. */
      readonly index: number;
      /** The profile's `id` (e.g. a site code), when it has one. */
      readonly id?: string;
      readonly ok: true;
      /** What `match(profile, options)` returns, with `top` defaulting to 10. */
      readonly result: MatchResult;
    }
  | {
      /** The profile's position in the input, from 0. */
      readonly index: number;
      /** The profile's `id`, when it has a text one. */
      readonly id?: string;
      readonly ok: false;
      /** Why the profile gave no result. */
      readonly error: MatchManyError;
    };

/** Validates the options of `matchMany` and resolves them once for the whole run; throws `invalid-options`. */
function resolveManyOptions(input: unknown, space: Space): ResolvedMatchOptions {
  const parsed = MatchManyOptionsSchema.safeParse(input === undefined ? {} : input);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error, input, ["options"]);
    const lines = issues.map((issue) => `- ${issue.message}`).join("\n");
    throw new MatcherError("invalid-options", `The matchMany options are not valid:\n${lines}`, { issues });
  }
  const { top = MATCH_MANY_TOP, ...rest } = parsed.data;
  const options: MatchOptions = top === "all" ? rest : { ...rest, top };
  return optionsOf(options, space);
}

/** The profile's id, when it is a non-empty text (read with care: the profile may be anything). */
function idOf(profile: unknown): string | undefined {
  try {
    const id = profile !== null && typeof profile === "object" ? (profile as { id?: unknown }).id : undefined;
    return typeof id === "string" && id !== "" ? id : undefined;
  } catch {
    return undefined;
  }
}

function recordOf(engine: Engine, profile: unknown, index: number, options: ResolvedMatchOptions): MatchManyRecord {
  const outcome = evaluate(engine, profile, options);
  const id = idOf(profile);
  if (!isInvalid(outcome)) {
    return Object.freeze(
      id === undefined ? { index, ok: true, result: outcome } : { index, id, ok: true, result: outcome },
    );
  }
  const lines = outcome.issues.map((issue) => `- ${issue.message}`).join("\n");
  const error: MatchManyError = Object.freeze({
    code: "invalid-profile",
    message: `The profile is not valid:\n${lines}`,
    issues: Object.freeze([...outcome.issues]),
  });
  return Object.freeze(id === undefined ? { index, ok: false, error } : { index, id, ok: false, error });
}

const isAsync = (value: object): value is AsyncIterable<unknown> =>
  typeof (value as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === "function";
const isSync = (value: object): value is Iterable<unknown> =>
  typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] === "function";

async function* records(
  engine: Engine,
  profiles: Iterable<unknown> | AsyncIterable<unknown>,
  options: ResolvedMatchOptions,
): AsyncGenerator<MatchManyRecord, void, undefined> {
  let index = 0;
  if (isAsync(profiles)) {
    for await (const profile of profiles) yield recordOf(engine, profile, index++, options);
  } else {
    for (const profile of profiles) yield recordOf(engine, profile, index++, options);
  }
}

/**
 * Matches many profiles in one streaming pass (the implementation of `Matcher.matchMany`): checks the options and
 * the source now, then yields one record per profile as the caller asks for it.
 */
export function matchManyOf(
  engine: Engine,
  space: Space,
  profiles: Iterable<DeterminantProfileInput> | AsyncIterable<DeterminantProfileInput>,
  options?: MatchManyOptions,
): AsyncGenerator<MatchManyRecord, void, undefined> {
  const resolved = resolveManyOptions(options, space);
  if (profiles === null || typeof profiles !== "object" || !(isAsync(profiles) || isSync(profiles))) {
    throw new MatcherError(
      "invalid-options",
      "matchMany takes an iterable or an async iterable of profiles (an array, a generator, a stream of parsed JSON lines).",
    );
  }
  return records(engine, profiles, resolved);
}
