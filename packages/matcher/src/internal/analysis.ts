import { type ProfileWarningCode, type ValidationIssue, validateProfile, zodIssues } from "@impsci/determinants";
import type * as z from "zod";
import { MatcherError } from "../error";
import type { MatchWarning } from "../match-result";
import { VERSION } from "../version";
import type { Compiled } from "./compiled";
import { deepFreeze } from "./deep-freeze";
import { type CompiledProfile, compileProfile } from "./profile-vector";
import type { Route } from "./route";
import type { Space } from "./space";
import { determinantWarnings } from "./warnings";

// What portfolio and sensitivity share before their own work: options checked with a coded error, the profile
// validated and compiled against the target's route, the warnings match gives about it, and the manifest.

/** A profile made ready for an analysis: its route, its compiled form and the warnings about its determinants. */
export interface Prepared {
  readonly route: Route;
  readonly profile: CompiledProfile;
  readonly warnings: readonly MatchWarning[];
}

/** The `invalid-options` error for an analysis (`what`: "portfolio", "sensitivity"), listing every issue. */
export function invalidOptions(what: string, issues: readonly ValidationIssue[]): MatcherError {
  const lines = issues.map((issue) => `- ${issue.message}`).join("\n");
  return new MatcherError("invalid-options", `The ${what} options are not valid:\n${lines}`, { issues });
}

/** Parses options with their schema; throws `invalid-options` naming every problem (non-objects included). */
export function parseOptions<S extends z.ZodType>(what: string, schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = zodIssues(parsed.error, input, ["options"]).map((issue) => ({
    ...issue,
    // A required choice left out (zod reports an invalid enum value) is a missing field, as a missing number is.
    code:
      issue.code === "invalid-value" && valueAt(input, issue.path.slice(1)) === undefined
        ? "missing-field"
        : issue.code,
    message: issue.message.replace(" must be an int,", " must be a whole number,"),
  }));
  throw invalidOptions(what, issues);
}

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let value = input;
  for (const key of path)
    value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** The issue for a target that is not a taxonomy of the catalogue, if it is not. */
export function targetIssue(space: Space, target: string): ValidationIssue | undefined {
  if (space.kind(target) === "taxonomy") return undefined;
  const taxonomies = space.schemes().filter((s) => space.kind(s) === "taxonomy");
  return {
    code: "unknown-target",
    path: ["options", "target"],
    message: `options.target "${target}" is not a taxonomy of the catalogue: use one of ${taxonomies.join(", ")}.`,
  };
}

/** Validates and compiles a profile against the target's route; throws `invalid-profile` with every issue. */
export function prepare(compiled: Compiled, input: unknown, target: string, mode: "weighted" | "cumulative"): Prepared {
  const validated = validateProfile(input);
  if (!validated.success) {
    const lines = validated.issues.map((issue) => `- ${issue.message}`).join("\n");
    throw new MatcherError("invalid-profile", `The profile is not valid:\n${lines}`, { issues: validated.issues });
  }
  const route = compiled.route(target);
  const profile = compileProfile(validated.data, route, mode);
  const passed = validated.warnings
    .filter((w) => w.code !== "unrated-determinant")
    .map((w) => {
      const at = w.path[0] === "determinants" && typeof w.path[1] === "number" ? w.path[1] : -1;
      const id = validated.data.determinants[at]?.determinant;
      return deepFreeze({
        code: w.code as ProfileWarningCode,
        message: w.message,
        ...(id === undefined ? {} : { determinants: [id] }),
      });
    });
  return {
    route,
    profile,
    warnings: [...passed, ...determinantWarnings(compiled.space, route, profile, { mode, target })],
  };
}

/** The manifest of an analysis: package, version, target taxonomy with its hash, link sets, resolved options. */
export function manifestOf<O>(compiled: Compiled, route: Route, options: O) {
  return {
    package: "@impsci/matcher" as const,
    version: VERSION,
    target: { taxonomy: route.target, hash: compiled.space.taxonomyHash(route.target) },
    linkSets: compiled.manifest,
    options,
  };
}

/** The ids of the `authored` link sets behind the paths from the profile's rows to a column, and the warning. */
export function authoredNote(
  compiled: Compiled,
  route: Route,
  profile: CompiledProfile,
  columns: readonly number[],
  what: string,
): MatchWarning[] {
  const uses = new Map<string, string[]>();
  for (const c of columns) {
    const seen = new Set<string>();
    for (const entry of profile.entries) {
      for (let k = route.rowPtr[entry.row] as number; k < (route.rowPtr[entry.row + 1] as number); k++) {
        if (route.col[k] !== c) continue;
        for (const path of route.entryPaths[k] ?? []) for (const id of path.authored) seen.add(id);
      }
    }
    for (const id of seen) {
      const list = uses.get(id) ?? [];
      list.push(route.cols[c]?.id as string);
      uses.set(id, list);
    }
  }
  return compiled.sets
    .filter((s) => uses.has(s.set.id))
    .map((s) => {
      const strategies = uses.get(s.set.id) ?? [];
      return deepFreeze({
        code: "authored-link-set" as const,
        message: `${strategies.length} ${what} rest on the link set ${s.set.id}, which this project authored (basis "authored"): its links are our judgement, not published evidence. Each link's note gives the rationale.`,
        strategies,
        linkSet: s.set.id,
      });
    });
}
