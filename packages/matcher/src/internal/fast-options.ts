import { type MatchOptions, resolveOptions } from "../match-options";
import type { ResolvedMatchOptions } from "../match-result";
import { deepFreeze } from "./deep-freeze";
import type { Space } from "./space";

/** The fields of the options most calls pass (no strategy references to resolve). */
const SIMPLE = new Set(["mode", "top", "target"]);
/** How many resolved option sets are remembered per catalogue (the oldest is forgotten first). */
const MAX_REMEMBERED = 256;
const remembered = new WeakMap<Space, Map<string, ResolvedMatchOptions>>();

/**
 * Resolves match options as `resolveOptions` does, remembering the frozen result of the common ones (`mode`, `top`,
 * `target` and nothing else, each plainly valid) so that repeated calls share one object and skip zod. Anything
 * else is resolved in full each time (and throws its `invalid-options` error as before).
 */
export function optionsOf(input: MatchOptions | undefined, space: Space): ResolvedMatchOptions {
  let key = "||";
  if (input !== undefined) {
    if (typeof input !== "object" || input === null || Array.isArray(input)) return resolveOptions(input, space);
    for (const field in input) if (!SIMPLE.has(field)) return resolveOptions(input, space);
    const { mode, top, target } = input;
    if (mode !== undefined && mode !== "weighted" && mode !== "cumulative") return resolveOptions(input, space);
    if (top !== undefined && !(Number.isSafeInteger(top) && top > 0)) return resolveOptions(input, space);
    if (target !== undefined && typeof target !== "string") return resolveOptions(input, space);
    // mode and top never hold "|", so the key is unambiguous with target last.
    key = `${mode ?? ""}|${top ?? ""}|${target ?? ""}`;
  }
  let perSpace = remembered.get(space);
  if (!perSpace) {
    perSpace = new Map();
    remembered.set(space, perSpace);
  }
  let resolved = perSpace.get(key);
  if (!resolved) {
    resolved = deepFreeze(resolveOptions(input, space));
    if (perSpace.size >= MAX_REMEMBERED) perSpace.delete(perSpace.keys().next().value as string);
    perSpace.set(key, resolved);
  }
  return resolved;
}
