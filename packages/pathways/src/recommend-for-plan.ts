import type { DeterminantProfile } from "@impsci/determinants";
import { requirePlan } from "./internal/require-plan";
import type { Plan } from "./plan";
import type { PlanOptions } from "./validate-plan";

/**
 * Anything that recommends strategies for a determinant profile: a matcher from `@impsci/matcher`
 * (`createMatcher()`) fits, and so does a team's own. This package never imports a matcher; it is passed in.
 *
 * @example
 * ```ts
 * const mine: PlanMatcher<{ top?: number }, string[]> = { match: (profile) => profile.determinants.map((d) => d.determinant) };
 * ```
 */
export interface PlanMatcher<Options, Result> {
  /** Recommends strategies for a profile. */
  match(profile: DeterminantProfile, options?: Options): Result;
}

/**
 * The determinant profile of a plan: its determinants (without their plan ids), under the plan's id and title.
 *
 * @param plan - A valid plan (e.g. the data of `validatePlan`).
 * @returns A new profile, ready for a matcher or `validateProfile`.
 * @example
 * ```ts
 * planProfile(plan).determinants[0]; // { determinant: "tdf-v2:knowledge", valence: "barrier", ... }
 * ```
 */
export function planProfile(plan: Plan): DeterminantProfile {
  return {
    ...(plan.id === undefined ? {} : { id: plan.id }),
    title: plan.title,
    determinants: plan.determinants.map(({ id: _id, ...determinant }) => ({
      ...determinant,
      ...(determinant.populations === undefined ? {} : { populations: [...determinant.populations] }),
    })),
  };
}

/**
 * Feeds a plan's determinants (every one, deferred ones included) to a matcher and returns the matcher's result
 * as it is: same recommendations, same explanations, same warnings.
 *
 * @param plan - A plan; it is validated first.
 * @param matcher - Any object with `match(profile, options)`, e.g. `createMatcher()` from `@impsci/matcher`.
 * @param options - Passed to `matcher.match` unchanged (left out when absent, so the matcher's defaults apply).
 * @param planOptions - A pathway that is not built in; a catalogue other than the built-in one.
 * @returns Exactly what `matcher.match` returns for the plan's profile.
 * @throws {@link PathwaysError} `invalid-plan` or `unknown-pathway`; whatever the matcher throws, unchanged.
 * @example
 * ```ts
 * import { createMatcher } from "@impsci/matcher";
 * const result = recommendForPlan(plan, createMatcher(), { top: 5 });
 * result.recommendations.map((r) => r.strategy.name);
 * ```
 */
export function recommendForPlan<Options, Result>(
  plan: unknown,
  matcher: PlanMatcher<Options, Result>,
  options?: Options,
  planOptions: PlanOptions = {},
): Result {
  const profile = planProfile(requirePlan(plan, planOptions, "recommend strategies").plan);
  return options === undefined ? matcher.match(profile) : matcher.match(profile, options);
}
