import type { Compiled } from "./compiled";
import { gammaConstants, type Random } from "./prng";
import type { CompiledProfile } from "./profile-vector";
import type { Route } from "./route";

/**
 * How to redraw the route shares a profile uses: each route entry of the profile's rows is a sum over its paths of
 * a fixed factor (hierarchy steps, links held fixed) times the drawn endorsements of its resampled links. A link is
 * drawn once per draw, however many paths cross it. Typed arrays only, so a draw allocates nothing.
 */
export interface ResamplePlan {
  /** The route entries to rewrite. */
  readonly entries: Int32Array;
  /** Entry e's paths are `pathPtr[e]..pathPtr[e + 1]`. */
  readonly pathPtr: Int32Array;
  /** Each path's fixed factor. */
  readonly pathConst: Float64Array;
  /** Path p's resampled links are `vars[varPtr[p]..varPtr[p + 1]]`. */
  readonly varPtr: Int32Array;
  readonly vars: Int32Array;
  /** Marsaglia-Tsang constants of the two Gamma draws of each resampled link's Beta(a, b). */
  readonly dA: Float64Array;
  readonly cA: Float64Array;
  readonly dB: Float64Array;
  readonly cB: Float64Array;
  /** How many distinct links are resampled. */
  readonly variable: number;
  /** The distinct links held fixed, by link set id (sorted), with why. */
  readonly fixed: readonly { readonly linkSet: string; readonly links: number; readonly reason: "binary" | "no-n" }[];
}

/** Beta parameters of a link: (count + 1, n - count + 1), count = share x n when only n is given; or why none. */
function betaOf(
  kind: string,
  share: number,
  count: number | undefined,
  n: number | undefined,
  assumedN: number | undefined,
): [number, number] | "binary" | "no-n" {
  if (kind === "binary") return "binary";
  const respondents = n ?? assumedN;
  if (respondents === undefined) return "no-n";
  const endorsed = n !== undefined && count !== undefined ? count : share * respondents;
  return [endorsed + 1, respondents - endorsed + 1];
}

/** Plans the redraw of the shares the profile's rows use. */
export function resamplePlan(
  compiled: Compiled,
  route: Route,
  profile: CompiledProfile,
  assumedN: number | undefined,
): ResamplePlan {
  const kinds = new Map(compiled.sets.map((s) => [s.set.id, s.set.weightKind]));
  const index = new Map<string, number>();
  const params: [number, number][] = [];
  const fixed = new Map<string, { linkSet: string; links: Set<string>; reason: "binary" | "no-n" }>();
  const entries: number[] = [];
  const pathPtr: number[] = [0];
  const pathConst: number[] = [];
  const varPtr: number[] = [0];
  const vars: number[] = [];
  const rows = [...new Set(profile.entries.map((e) => e.row))];
  for (const row of rows) {
    for (let k = route.rowPtr[row] as number; k < (route.rowPtr[row + 1] as number); k++) {
      entries.push(k);
      for (const path of route.entryPaths[k] ?? []) {
        let factor = 1;
        for (const step of path.steps) {
          if (step.via !== "link" || step.linkSet === undefined) {
            factor *= step.share;
            continue;
          }
          const key = `${step.linkSet}\u0000${step.from}\u0000${step.to}`;
          let v = index.get(key);
          if (v === undefined) {
            const beta = betaOf(kinds.get(step.linkSet) ?? "binary", step.share, step.count, step.n, assumedN);
            if (typeof beta === "string") {
              const group = fixed.get(`${step.linkSet}\u0000${beta}`) ?? {
                linkSet: step.linkSet,
                links: new Set(),
                reason: beta,
              };
              group.links.add(key);
              fixed.set(`${step.linkSet}\u0000${beta}`, group);
              factor *= step.share;
              continue;
            }
            v = params.length;
            params.push(beta);
            index.set(key, v);
          }
          vars.push(v);
        }
        pathConst.push(factor);
        varPtr.push(vars.length);
      }
      pathPtr.push(pathConst.length);
    }
  }
  const constants = (i: 0 | 1) => params.map((p) => gammaConstants(p[i]));
  const a = constants(0);
  const b = constants(1);
  return {
    entries: Int32Array.from(entries),
    pathPtr: Int32Array.from(pathPtr),
    pathConst: Float64Array.from(pathConst),
    varPtr: Int32Array.from(varPtr),
    vars: Int32Array.from(vars),
    dA: Float64Array.from(a, (x) => x[0]),
    cA: Float64Array.from(a, (x) => x[1]),
    dB: Float64Array.from(b, (x) => x[0]),
    cB: Float64Array.from(b, (x) => x[1]),
    variable: params.length,
    fixed: [...fixed.values()]
      .map((g) => ({ linkSet: g.linkSet, links: g.links.size, reason: g.reason }))
      .sort((x, y) => (x.linkSet < y.linkSet ? -1 : x.linkSet > y.linkSet ? 1 : x.reason < y.reason ? -1 : 1)),
  };
}

/**
 * One draw: each resampled link's endorsement from its Beta (links in plan order, X then Y of each), then every
 * planned entry's share rewritten in `share` (a copy of the route's shares). `link` is scratch, one slot a link.
 */
export function drawShares(plan: ResamplePlan, random: Random, link: Float64Array, share: Float64Array): void {
  const { dA, cA, dB, cB, entries, pathPtr, pathConst, varPtr, vars } = plan;
  for (let v = 0; v < plan.variable; v++) {
    const x = random.gamma(dA[v] as number, cA[v] as number);
    const y = random.gamma(dB[v] as number, cB[v] as number);
    link[v] = x / (x + y);
  }
  for (let e = 0; e < entries.length; e++) {
    let sum = 0;
    for (let p = pathPtr[e] as number; p < (pathPtr[e + 1] as number); p++) {
      let product = pathConst[p] as number;
      for (let q = varPtr[p] as number; q < (varPtr[p + 1] as number); q++)
        product *= link[vars[q] as number] as number;
      sum += product;
    }
    share[entries[e] as number] = sum;
  }
}
