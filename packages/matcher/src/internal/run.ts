import { type ProfileWarningCode, type ValidationIssue, validateProfile } from "@impsci/determinants";
import { MatcherError } from "../error";
import type { MatchManifest, MatchResult, MatchWarning, ResolvedMatchOptions } from "../match-result";
import { VERSION } from "../version";
import { admit } from "./admit";
import type { Compiled } from "./compiled";
import { deepFreeze } from "./deep-freeze";
import { explain } from "./explain";
import { fastProfile } from "./fast-profile";
import { type CompiledProfile, compileProfile } from "./profile-vector";
import { accumulate, rankTop } from "./rank-top";
import type { Route } from "./route";
import { type ScoreBuffers, scoreBuffers } from "./score";
import { authoredWarnings, determinantWarnings } from "./warnings";

/**
 * What one matcher keeps between calls: its compiled link sets, score buffers per target (reused: a match runs to
 * the end synchronously, so calls never share them at the same time) and the manifests already built.
 */
export interface Engine {
  readonly compiled: Compiled;
  /** The route and the score buffers for a target. */
  at(target: string): { readonly route: Route; readonly out: ScoreBuffers };
  /** The frozen manifest of a result under these options (`route` is the options' target), one per options object. */
  manifest(route: Route, options: ResolvedMatchOptions): MatchManifest;
}

/** Creates the engine of one matcher. */
export function createEngine(compiled: Compiled): Engine {
  const targets = new Map<string, { route: Route; out: ScoreBuffers }>();
  // Options objects that optionsOf remembers come back again and again: so does their manifest.
  const manifests = new WeakMap<ResolvedMatchOptions, MatchManifest>();
  return {
    compiled,
    at(target) {
      let found = targets.get(target);
      if (!found) {
        const route = compiled.route(target);
        found = { route, out: scoreBuffers(route) };
        targets.set(target, found);
      }
      return found;
    },
    manifest(route, options) {
      let made = manifests.get(options);
      if (!made) {
        made = deepFreeze({
          package: "@impsci/matcher" as const,
          version: VERSION,
          target: { taxonomy: route.target, hash: compiled.space.taxonomyHash(route.target) },
          linkSets: compiled.manifest,
          options,
        });
        manifests.set(options, made);
      }
      return made;
    },
  };
}

// Per route: every column admitted (never written to).
const everyColumns = new WeakMap<Route, Uint8Array>();

function everyColumn(route: Route): Uint8Array {
  let all = everyColumns.get(route);
  if (!all) {
    all = new Uint8Array(route.cols.length).fill(1);
    everyColumns.set(route, all);
  }
  return all;
}

/** An invalid profile: every issue `validateProfile` found. */
export interface InvalidProfile {
  readonly invalid: true;
  readonly issues: readonly ValidationIssue[];
}

/**
 * Matches one profile: the fast path when the profile is plainly valid, else the full validation. Returns the
 * frozen result, or the issues of an invalid profile (never throws for a bad profile).
 */
export function evaluate(engine: Engine, input: unknown, options: ResolvedMatchOptions): MatchResult | InvalidProfile {
  const { route, out } = engine.at(options.target);
  let profile: CompiledProfile | undefined = fastProfile(input, route, options.mode);
  let passed: readonly MatchWarning[] = [];
  if (!profile) {
    const validated = validateProfile(input);
    if (!validated.success) return { invalid: true, issues: validated.issues };
    profile = compileProfile(validated.data, route, options.mode);
    passed = validated.warnings
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
  }
  const { compiled } = engine;
  accumulate(route, profile.vector, out);
  const filtered =
    options.include !== undefined || options.exclude !== undefined || options.minFeasibility !== undefined;
  const admitted = filtered ? admit(route, out, options) : undefined;
  const order = rankTop(route, profile.vector, out, admitted?.allowed ?? everyColumn(route), options.top);
  const recommendations = explain(route, profile, order, out.scores, out, options.mode);
  const warnings: MatchWarning[] = passed.length === 0 ? [] : [...passed];
  for (const w of determinantWarnings(compiled.space, route, profile, options)) warnings.push(w);
  if (admitted) for (const w of admitted.notes(recommendations.map((r) => r.strategy.id))) warnings.push(w);
  for (const w of authoredWarnings(compiled.sets, recommendations)) warnings.push(w);
  // Every part is frozen as it is made (recommendations, warnings, the shared manifest): freeze the new shells only.
  return Object.freeze({
    recommendations: Object.freeze(recommendations),
    warnings: Object.freeze(warnings),
    manifest: engine.manifest(route, options),
  });
}

/** Whether {@link evaluate} found the profile invalid. */
export function isInvalid(outcome: MatchResult | InvalidProfile): outcome is InvalidProfile {
  return (outcome as Partial<InvalidProfile>).invalid === true;
}

/** The `invalid-profile` error for the issues of a profile. */
function invalidProfile(issues: readonly ValidationIssue[]): MatcherError {
  const lines = issues.map((issue) => `- ${issue.message}`).join("\n");
  return new MatcherError("invalid-profile", `The profile is not valid:\n${lines}`, { issues });
}

/** Matches one profile; throws `invalid-profile` (with every issue) for a bad one. */
export function runMatch(engine: Engine, input: unknown, options: ResolvedMatchOptions): MatchResult {
  const outcome = evaluate(engine, input, options);
  if (isInvalid(outcome)) throw invalidProfile(outcome.issues);
  return outcome;
}
