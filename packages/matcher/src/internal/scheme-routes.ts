import type { CompiledSet } from "./compile-set";

/** The chain of link sets a scheme reaches the target through. */
export interface SchemeRoute {
  /** The link sets, in order: the first starts at the scheme, the last ends at the target. */
  readonly sets: readonly CompiledSet[];
  /** Other chains of the same length that were not used, as link-set ids (for a warning). */
  readonly alternatives: readonly (readonly string[])[];
}

/**
 * For every scheme that can reach `target`, the shortest chain of link sets (fewest sets). Among chains of
 * equal length the one whose link-set ids come first, hop by hop, is used; the others are reported.
 */
export function schemeRoutes(sets: readonly CompiledSet[], target: string): Map<string, SchemeRoute> {
  const sorted = [...sets].sort((a, b) => (a.set.id < b.set.id ? -1 : a.set.id > b.set.id ? 1 : 0));
  const distance = new Map<string, number>([[target, 0]]);
  let frontier = [target];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const scheme of frontier) {
      const d = distance.get(scheme) ?? 0;
      for (const s of sorted) {
        if (s.set.to === scheme && !distance.has(s.set.from)) {
          distance.set(s.set.from, d + 1);
          next.push(s.set.from);
        }
      }
    }
    frontier = next;
  }
  const routes = new Map<string, SchemeRoute>();
  for (const [scheme, d] of distance) {
    if (d === 0) continue;
    const chains = allShortest(sorted, distance, scheme);
    const [first, ...rest] = chains;
    if (first) routes.set(scheme, { sets: first, alternatives: rest.map((chain) => chain.map((s) => s.set.id)) });
  }
  return routes;
}

function allShortest(
  sets: readonly CompiledSet[],
  distance: ReadonlyMap<string, number>,
  scheme: string,
): CompiledSet[][] {
  const d = distance.get(scheme) ?? 0;
  if (d === 0) return [[]];
  const chains: CompiledSet[][] = [];
  for (const s of sets) {
    if (s.set.from !== scheme || distance.get(s.set.to) !== d - 1) continue;
    for (const tail of allShortest(sets, distance, s.set.to)) chains.push([s, ...tail]);
  }
  return chains;
}
