import type { MatchWarning, ResolvedMatchOptions } from "../match-result";
import { deepFreeze } from "./deep-freeze";
import type { Route } from "./route";
import type { ScoreBuffers } from "./score";

/**
 * Which strategies may be recommended under `include`, `exclude` and `minFeasibility`, and the warnings that go
 * with the feasibility filter (built once the recommendations are known).
 */
export function admit(
  route: Route,
  out: ScoreBuffers,
  options: ResolvedMatchOptions,
): { allowed: Uint8Array; notes: (recommended: readonly string[]) => MatchWarning[] } {
  const n = route.cols.length;
  const allowed = new Uint8Array(n).fill(1);
  if (options.include) {
    allowed.fill(0);
    for (const id of options.include) {
      const c = route.colOf.get(id);
      if (c !== undefined) allowed[c] = 1;
    }
  }
  for (const id of options.exclude ?? []) {
    const c = route.colOf.get(id);
    if (c !== undefined) allowed[c] = 0;
  }
  const min = options.minFeasibility;
  if (min === undefined) return { allowed, notes: () => [] };
  const dropped: string[] = [];
  for (let c = 0; c < n; c++) {
    const feasibility = route.cols[c]?.feasibility;
    if (feasibility !== undefined && feasibility < min && allowed[c] === 1) {
      allowed[c] = 0;
      if ((out.barrier[c] as number) > 0) dropped.push(route.cols[c]?.id as string);
    }
  }
  return {
    allowed,
    notes(recommended) {
      const unrated = recommended.filter((id) => route.cols[route.colOf.get(id) ?? -1]?.feasibility === undefined);
      const warnings: MatchWarning[] = [];
      if (dropped.length > 0) {
        warnings.push({
          code: "feasibility-filtered",
          message: `Left out for a published mean feasibility below ${min}: ${dropped.join(", ")}.`,
          strategies: dropped,
        });
      }
      if (unrated.length > 0) {
        warnings.push({
          code: "missing-rating",
          message: `minFeasibility ${min}: ${unrated.length} recommended strateg${unrated.length === 1 ? "y has" : "ies have"} no published feasibility rating and ${unrated.length === 1 ? "was" : "were"} kept, not filtered: ${unrated.join(", ")}. Check their feasibility yourself.`,
          strategies: unrated,
        });
      }
      return warnings.map(deepFreeze);
    },
  };
}
