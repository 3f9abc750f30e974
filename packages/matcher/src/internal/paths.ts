import type { PathStep } from "../match-result";
import type { CompiledLink, CompiledSet } from "./compile-set";
import type { PathInfo, RowInfo } from "./route";
import type { Space } from "./space";

/** A path under way: where it has got to, its steps so far and their product share. */
export interface Partial {
  readonly node: string;
  readonly steps: readonly PathStep[];
  readonly share: number;
}

/**
 * How an element enters a link set: itself if it has links there; else its nearest ancestor that has (parent
 * steps at full share); else its children that have, each at 1/k of it (k counting all its children).
 */
export function expand(space: Space, set: CompiledSet, id: string): { via: RowInfo["reach"]; nodes: Partial[] } {
  if (set.out.has(id)) return { via: "own", nodes: [{ node: id, steps: [], share: 1 }] };
  const up: PathStep[] = [];
  for (
    let current = id, parent = space.item(id)?.parent;
    parent;
    current = parent, parent = space.item(parent)?.parent
  ) {
    up.push(Object.freeze({ from: current, to: parent, via: "parent", share: 1 }));
    if (set.out.has(parent)) return { via: "parent", nodes: [{ node: parent, steps: up, share: 1 }] };
  }
  // Each child carries 1/k of the element, k counting all its children: children without links add nothing
  // rather than inflating the share of the others.
  const all = space.children(id);
  const kids = all.filter((kid) => set.out.has(kid));
  const share = 1 / all.length;
  return {
    via: kids.length > 0 ? "child" : "none",
    nodes: kids.map((kid) => ({
      node: kid,
      steps: [Object.freeze({ from: id, to: kid, via: "child", share })],
      share,
    })),
  };
}

function linkStep(set: CompiledSet, from: string, link: CompiledLink): PathStep {
  const { weight, count, n, evidence, note } = link.link;
  return Object.freeze({
    from,
    to: link.to,
    via: "link" as const,
    share: link.share,
    linkSet: set.set.id,
    weight,
    ...(count === undefined ? {} : { count }),
    ...(n === undefined ? {} : { n }),
    ...(evidence === undefined ? {} : { evidence }),
    ...(note === undefined ? {} : { note }),
  });
}

/** Follows the chain of link sets from `at`, hop by hop (hierarchy steps where needed), emitting every complete path. */
export function walk(
  space: Space,
  sets: readonly CompiledSet[],
  hop: number,
  at: Partial,
  emit: (p: Partial) => void,
): void {
  const set = sets[hop];
  if (!set) {
    emit(at);
    return;
  }
  for (const next of expand(space, set, at.node).nodes) {
    for (const link of set.out.get(next.node) ?? []) {
      const steps = [...at.steps, ...next.steps, linkStep(set, next.node, link)];
      walk(space, sets, hop + 1, { node: link.to, steps, share: at.share * next.share * link.share }, emit);
    }
  }
}

/** Explains a complete path once: ids, steps, share, last link set, evidence and the citations along it. */
export function pathInfo(
  start: string,
  end: Partial,
  byId: ReadonlyMap<string, CompiledSet>,
  citations: Map<string, { citation: string; authored: readonly string[] }>,
): PathInfo {
  const setIds: string[] = [];
  let last: PathStep | undefined;
  for (const step of end.steps) {
    if (step.via !== "link" || !step.linkSet) continue;
    last = step;
    if (!setIds.includes(step.linkSet)) setIds.push(step.linkSet);
  }
  const key = setIds.join("\u0000");
  let cited = citations.get(key);
  if (!cited) {
    const sets = setIds.map((id) => byId.get(id)).filter((s): s is CompiledSet => s !== undefined);
    cited = {
      citation: sets.map((s) => s.citation).join("; "),
      authored: Object.freeze(sets.filter((s) => s.set.basis === "authored").map((s) => s.set.id)),
    };
    citations.set(key, cited);
  }
  return {
    path: Object.freeze([start, ...end.steps.map((step) => step.to)]),
    steps: Object.freeze([...end.steps]),
    share: end.share,
    linkSet: last?.linkSet ?? "",
    citation: cited.citation,
    evidence: last?.evidence,
    authored: cited.authored,
  };
}
