import { type Determinant, findElement, splitRef } from "@impsci/determinants";
import type { MatchWarning, Recommendation, ResolvedMatchOptions } from "../match-result";
import type { CompiledSet } from "./compile-set";
import { DEFAULT_CHANGEABILITY, DEFAULT_IMPORTANCE, DEFAULT_STRENGTH } from "./priority";
import type { CompiledProfile } from "./profile-vector";
import type { Route } from "./route";
import type { SchemeRoute } from "./scheme-routes";
import type { Space } from "./space";

/** Freezes a warning and its lists (all it holds): a deep freeze without the walk. */
const freeze = (w: MatchWarning): MatchWarning => {
  if (w.determinants) Object.freeze(w.determinants);
  if (w.strategies) Object.freeze(w.strategies);
  return Object.freeze(w);
};
/** The ids joined by ", " (concatenated: V8 keeps the pieces until the text is read, cheaper than `join`). */
function list(ids: readonly string[]): string {
  let text = ids.length === 0 ? "" : (ids[0] as string);
  for (let i = 1; i < ids.length; i++) text += `, ${ids[i] as string}`;
  return text;
}

function label(space: Space, id: string): string {
  const name = space.item(id)?.name;
  return name ? `${id} (${name})` : id;
}

function completeHint(set: CompiledSet): string {
  if (set.set.from === "cfir-2009" && set.set.to === "eric") {
    return `To match it, load the complete CFIR-ERIC matrix: export the matrix sheet of the CFIR-ERIC Matching Tool workbook (cfirguide.org) to CSV, read it with parseLinkSetCsv(text, { id: "cfir-eric-full", from: "cfir-2009", to: "eric", weightKind: "percent" }) and pass the result to createMatcher({ linkSets: [matrix, "tdf-com-b", "com-b-bcw-2011", "bcw-eric"] }) in place of ${set.set.id}.`;
  }
  return `To match it, load a complete ${set.set.from} -> ${set.set.to} table with parseLinkSetCsv and pass it to createMatcher({ linkSets }) in place of ${set.set.id}.`;
}

/** For a child fallback: the children without links, which add nothing (a partial set may simply lack them). */
function silentChildren(space: Space, id: string, through: readonly string[], set: string): string {
  const silent = space.children(id).filter((kid) => !through.includes(kid));
  return silent.length === 0
    ? ""
    : ` Its other children have no links in ${set} and add nothing: ${list(silent.map((kid) => label(space, kid)))}.`;
}

/** Why a determinant reaches no strategy of the target, as a warning. */
function unreachedWarning(space: Space, route: Route, d: Determinant): MatchWarning {
  const id = d.determinant;
  const scheme = splitRef(id)?.scheme ?? "";
  const row = route.rowOf.get(id);
  const info = row === undefined ? undefined : route.rows[row];
  const first = info?.route.sets[0];
  if (!info || !first) {
    return freeze({
      code: "unreached-determinant",
      message: `${label(space, id)} reaches no ${route.target} strategy: no link set or chain of link sets connects ${scheme} to ${route.target}. Load one with parseLinkSetCsv and pass it to createMatcher({ linkSets }).`,
      determinants: [id],
    });
  }
  const element = findElement(id);
  if (element?.cfirEricBarrier?.value === false && first.set.from === "cfir-2009") {
    return freeze({
      code: "unreached-determinant",
      message: `${label(space, id)} is not one of the 39 barriers of the CFIR-ERIC Matching Tool, so no CFIR-ERIC matrix links it to strategies${element.cfirEricBarrier.verification === "verified" ? "" : ` (membership ${element.cfirEricBarrier.verification})`}. Code the barrier with the construct or subconstruct the tool uses.`,
      determinants: [id],
      linkSet: first.set.id,
    });
  }
  if (info.reach === "none" && first.set.coverage?.status === "partial") {
    return freeze({
      code: "not-covered",
      message: `${label(space, id)} is not covered by the link set ${first.set.id}, which holds only part of its source (${(first.set.coverage.counts[0] && `${first.set.coverage.counts[0].included} of ${first.set.coverage.counts[0].published} ${first.set.coverage.counts[0].unit}`) ?? "partial"}); it gets no recommendation from it. ${completeHint(first)}`,
      determinants: [id],
      linkSet: first.set.id,
    });
  }
  const sets = info.route.sets.map((s) => s.set.id).join(" -> ");
  return freeze({
    code: "unreached-determinant",
    message:
      info.reach === "none"
        ? `${label(space, id)} has no links in ${first.set.id}, and neither has its parent or its children: it reaches no ${route.target} strategy.`
        : `${label(space, id)} reaches no ${route.target} strategy: its links along ${sets} lead nowhere further.`,
    determinants: [id],
    linkSet: first.set.id,
  });
}

// Per route: the schemes that reach the target through chains of equal length (most routes have none).
const ambiguous = new WeakMap<Route, readonly (readonly [string, SchemeRoute])[]>();

function ambiguousSchemes(route: Route): readonly (readonly [string, SchemeRoute])[] {
  let found = ambiguous.get(route);
  if (!found) {
    found = [...route.schemes].filter(([, r]) => r.alternatives.length > 0);
    ambiguous.set(route, found);
  }
  return found;
}

/** The warnings about determinants: unreached, reached through the hierarchy, ignored, defaults used. */
export function determinantWarnings(
  space: Space,
  route: Route,
  profile: CompiledProfile,
  options: ResolvedMatchOptions,
): MatchWarning[] {
  const warnings: MatchWarning[] = [];
  for (const d of profile.unreached) warnings.push(unreachedWarning(space, route, d));
  for (const entry of profile.entries) {
    const info = route.rows[entry.row];
    if (!info || (info.reach !== "parent" && info.reach !== "child")) continue;
    const first = info.route.sets[0]?.set.id ?? "";
    const through = info.through.map((id) => label(space, id));
    warnings.push(
      freeze({
        code: "hierarchy-fallback",
        message:
          info.reach === "parent"
            ? `${label(space, info.id)} has no links of its own in ${first}: it reaches strategies through its parent ${list(through)}, with the parent's links at full share (shown in each path).`
            : `${label(space, info.id)} has no links of its own in ${first}: it reaches strategies through its children ${list(through)}, each with a 1/${space.children(info.id).length} share, as one of its ${space.children(info.id).length} children (shown in each path).${silentChildren(space, info.id, info.through, first)}`,
        determinants: [info.id],
        linkSet: first,
      }),
    );
  }
  const ids = (ds: readonly Determinant[]) => ds.map((d) => d.determinant);
  const { entries } = profile;
  if (options.mode === "cumulative") {
    if (profile.ignored.length > 0) {
      const ignored = ids(profile.ignored);
      warnings.push(
        freeze({
          code: "facilitators-ignored",
          message: `Cumulative mode scores barriers only, as the CFIR-ERIC Matching Tool does: the facilitators ${list(ignored)} do not score. Use mode "weighted" to count facilitators as leverage.`,
          determinants: ignored,
        }),
      );
    }
    const rated: string[] = [];
    const nonPercent: string[] = [];
    let lastRoute: SchemeRoute | undefined;
    for (const entry of entries) {
      const d = entry.determinant;
      if (d.importance !== undefined || d.changeability !== undefined || d.strength !== undefined) {
        rated.push(d.determinant);
      }
      const chain = route.rows[entry.row]?.route;
      if (chain === undefined || chain === lastRoute) continue; // rows of one scheme share their chain
      lastRoute = chain;
      for (const s of chain.sets) {
        if (s.set.weightKind !== "percent" && !nonPercent.includes(s.set.id)) nonPercent.push(s.set.id);
      }
    }
    if (rated.length > 0) {
      warnings.push(
        freeze({
          code: "priority-ignored",
          message: `Cumulative mode sums endorsement percentages and ignores importance, changeability and strength (set for ${list(rated)}). Use mode "weighted" to weigh barriers by priority.`,
          determinants: rated,
        }),
      );
    }
    if (nonPercent.length > 0) {
      warnings.push(
        freeze({
          code: "non-percent-route",
          message: `Cumulative mode is defined for endorsement percentages; the link sets ${list(nonPercent.sort())} are not percentages, so a weight of 1 counts as 100 % (and as Level 1).`,
        }),
      );
    }
  } else {
    // One pass: the entries are in canonical order (by id), so the affected ids come sorted, an element rated as
    // both a barrier and a facilitator next to itself.
    const noImportance: string[] = [];
    const noChangeability: string[] = [];
    const noStrength: string[] = [];
    const affected: string[] = [];
    const neutral: string[] = [];
    for (const e of entries) {
      const d = e.determinant;
      const id = d.determinant;
      if (d.importance === undefined) noImportance.push(id);
      if (d.changeability === undefined) noChangeability.push(id);
      if (d.strength === undefined) noStrength.push(id);
      else if (d.strength === 0) neutral.push(id);
      if (
        (d.importance === undefined || d.changeability === undefined || d.strength === undefined) &&
        affected[affected.length - 1] !== id
      ) {
        affected.push(id);
      }
    }
    const parts: string[] = [];
    if (noImportance.length > 0) parts.push(`no importance for ${list(noImportance)}: used ${DEFAULT_IMPORTANCE}`);
    if (noChangeability.length > 0) {
      parts.push(`no changeability for ${list(noChangeability)}: used ${DEFAULT_CHANGEABILITY}`);
    }
    if (noStrength.length > 0) {
      parts.push(`no strength (taken as |strength|) for ${list(noStrength)}: used ${DEFAULT_STRENGTH}`);
    }
    if (neutral.length > 0) {
      warnings.push(
        freeze({
          code: "neutral-determinant",
          message: `Strength 0 (neutral) gives a priority of 0: ${list(neutral)} add${neutral.length === 1 ? "s" : ""} nothing to any score.`,
          determinants: neutral,
        }),
      );
    }
    if (parts.length > 0) {
      warnings.push(
        freeze({
          code: "default-priority",
          message: `Priority is importance x changeability x |strength|; ${parts.join("; ")}.`,
          determinants: affected,
        }),
      );
    }
  }
  for (const [scheme, r] of ambiguousSchemes(route)) {
    if (!profile.entries.some((e) => splitRef(e.determinant.determinant)?.scheme === scheme)) continue;
    warnings.push(
      freeze({
        code: "equal-routes",
        message: `${scheme} reaches ${route.target} through chains of equal length: used ${r.sets.map((s) => s.set.id).join(" -> ")}, not ${r.alternatives.map((a) => a.join(" -> ")).join(" or ")}. Pass only the link sets you want to createMatcher.`,
      }),
    );
  }
  return warnings;
}

/** One warning per project-authored link set the recommendations rest on, naming the strategies. */
export function authoredWarnings(
  sets: readonly CompiledSet[],
  recommendations: readonly Recommendation[],
): MatchWarning[] {
  const authored = sets.filter((s) => s.set.basis === "authored");
  if (authored.length === 0) return [];
  const uses = new Map<string, string[]>(authored.map((s) => [s.set.id, []]));
  for (const rec of recommendations) {
    const seen = new Set<string>();
    for (const c of rec.contributions) {
      for (const step of c.steps) {
        if (step.linkSet !== undefined && uses.has(step.linkSet) && !seen.has(step.linkSet)) {
          seen.add(step.linkSet);
          uses.get(step.linkSet)?.push(rec.strategy.id);
        }
      }
    }
  }
  return authored
    .filter((s) => (uses.get(s.set.id) ?? []).length > 0)
    .map((s) =>
      freeze({
        code: "authored-link-set",
        message: `${(uses.get(s.set.id) ?? []).length} recommendation(s) rest on the link set ${s.set.id}, which this project authored (basis "authored"): its links are our judgement, not published evidence. Each link's note gives the rationale.`,
        strategies: uses.get(s.set.id) ?? [],
        linkSet: s.set.id,
      }),
    );
}
