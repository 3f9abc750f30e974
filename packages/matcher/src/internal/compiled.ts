import { MatcherError } from "../error";
import type { LinkSet } from "../link-set";
import type { ManifestLinkSet } from "../match-result";
import { type CompiledSet, compileSet } from "./compile-set";
import { deepFreeze } from "./deep-freeze";
import { buildRoute, type Route } from "./route";
import type { Space } from "./space";

/** A combination of link sets compiled against a space: the sets, and one route per target, built on first use. */
export interface Compiled {
  readonly space: Space;
  /** The sets, sorted by id. */
  readonly sets: readonly CompiledSet[];
  /** The sets as the manifest records them. */
  readonly manifest: readonly ManifestLinkSet[];
  /** The route matrix for a target taxonomy (cached). */
  route(target: string): Route;
}

// Compiled sets per space and input object; combinations per space and content.
const setCache = new WeakMap<Space, WeakMap<object, CompiledSet>>();
const comboCache = new WeakMap<Space, Map<string, Compiled>>();
/** How many combinations stay cached per catalogue (oldest dropped first). */
const MAX_COMBINATIONS = 64;

function compileOne(space: Space, input: unknown): CompiledSet {
  const perSpace = setCache.get(space) ?? new WeakMap<object, CompiledSet>();
  setCache.set(space, perSpace);
  const cached = input !== null && typeof input === "object" ? perSpace.get(input) : undefined;
  if (cached) return cached;
  const result = compileSet(input, space);
  if (!result.ok) {
    const lines = result.issues.map((issue) => `- ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new MatcherError("invalid-link-set", `Link set ${result.id} is not valid:\n${lines}`, {
      issues: result.issues,
    });
  }
  if (input !== null && typeof input === "object") perSpace.set(input, result.compiled);
  return result.compiled;
}

/**
 * Compiles link sets once per combination (same content, same catalogue: same compiled object). Throws a
 * `MatcherError`: `invalid-link-set` (with every issue), or `conflicting-link-sets` when two sets share an id or
 * connect the same two schemes (choose one: the engine never merges evidence silently).
 */
export function compile(space: Space, inputs: readonly unknown[]): Compiled {
  const sets = inputs.map((input) => compileOne(space, input));
  sets.sort((a, b) => (a.set.id < b.set.id ? -1 : a.set.id > b.set.id ? 1 : 0));
  for (let i = 1; i < sets.length; i++) {
    const [a, b] = [sets[i - 1] as CompiledSet, sets[i] as CompiledSet];
    if (a.set.id === b.set.id) {
      throw new MatcherError(
        "conflicting-link-sets",
        `Two link sets have the id "${a.set.id}": give each its own id, or pass only one.`,
      );
    }
  }
  const pairs = new Map<string, LinkSet>();
  for (const { set } of sets) {
    const pair = `${set.from} -> ${set.to}`;
    const other = pairs.get(pair);
    if (other) {
      throw new MatcherError(
        "conflicting-link-sets",
        `Link sets ${other.id} and ${set.id} both connect ${pair}: pass only one of them (e.g. createMatcher({ linkSets: [...] }) without ${other.basis === "user" ? set.id : other.id}), so evidence is never counted twice.`,
      );
    }
    pairs.set(pair, set);
  }
  const key = sets.map((s) => `${s.set.id}@${s.hash}`).join("|");
  const perSpace = comboCache.get(space) ?? new Map<string, Compiled>();
  comboCache.set(space, perSpace);
  const cached = perSpace.get(key);
  if (cached) return cached;
  const routes = new Map<string, Route>();
  const compiled: Compiled = {
    space,
    sets,
    manifest: deepFreeze(sets.map((s) => ({ id: s.set.id, version: s.set.version, basis: s.set.basis, hash: s.hash }))),
    route(target) {
      let route = routes.get(target);
      if (!route) {
        route = buildRoute(space, sets, target);
        routes.set(target, route);
      }
      return route;
    },
  };
  if (perSpace.size >= MAX_COMBINATIONS) perSpace.delete(perSpace.keys().next().value as string);
  perSpace.set(key, compiled);
  return compiled;
}
