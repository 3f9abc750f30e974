import { type Determinant, listFrameworks, lookupElement } from "@impsci/determinants";
import { LEVERAGE, priority } from "./priority";
import type { CompiledProfile, ScoringEntry } from "./profile-vector";
import type { Route } from "./route";
import { sortNumbers } from "./sort-numbers";

/**
 * The fast path of a match: a profile compiled straight from the input, without zod, when the input is plainly
 * valid. It accepts only what `validateProfile` accepts with no warning a match passes on (no strength 0, not
 * empty, no duplicate, every reference resolving), and gives then exactly what `compileProfile` gives for the
 * validated profile. Anything else (a wrong type, an unknown field, a reference that does not resolve, an odd
 * object) returns `undefined`, and the caller runs the full validation, the source of truth for messages.
 */

/** Whether a key is a field of a determinant (the schema is strict: any other field is an error). */
function isDeterminantField(key: string): boolean {
  switch (key) {
    case "determinant":
    case "valence":
    case "strength":
    case "importance":
    case "changeability":
    case "level":
    case "populations":
    case "reportedBy":
    case "note":
      return true;
    default:
      return false;
  }
}

/** Whether a key is a field of a profile. */
const isProfileField = (key: string): boolean => key === "determinants" || key === "id" || key === "title";

const isLevel = (value: unknown): boolean =>
  value === "individual" || value === "team" || value === "organisation" || value === "community" || value === "system";

/** A reference as the fast path remembers it: the element's id and its position in ascending id order. */
interface Known {
  readonly id: string;
  readonly rank: number;
}

/** How many resolved references are remembered (the oldest is forgotten first). */
const MAX_REMEMBERED = 4096;
const remembered = new Map<string, Known>();
let ranking: { readonly ids: readonly string[]; readonly rank: ReadonlyMap<string, number> } | undefined;

/** Every framework element's id in ascending order, and each one's position: the canonical order, as a number. */
function elementRanking(): { readonly ids: readonly string[]; readonly rank: ReadonlyMap<string, number> } {
  if (!ranking) {
    const ids = listFrameworks()
      .flatMap((f) => f.elements.map((e) => e.id))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    ranking = { ids, rank: new Map(ids.map((id, rank) => [id, rank])) };
  }
  return ranking;
}

/** Resolves a reference by the identifier rules (`lookupElement`, the one resolver), remembering what resolves. */
function resolve(text: string): Known | undefined {
  const found = remembered.get(text);
  if (found !== undefined) return found;
  const looked = lookupElement(text);
  if (!looked.ok) return undefined;
  const rank = elementRanking().rank.get(looked.item.id);
  if (rank === undefined) return undefined;
  const known = { id: looked.item.id, rank };
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
  remembered.set(text, known);
  return known;
}

// Per route: the row of each element by rank (-1: not a row).
const rowsByRank = new WeakMap<Route, Int32Array>();

function rowTable(route: Route): Int32Array {
  let table = rowsByRank.get(route);
  if (!table) {
    table = Int32Array.from(elementRanking().ids, (id) => route.rowOf.get(id) ?? -1);
    rowsByRank.set(route, table);
  }
  return table;
}

const isRating = (value: unknown, low: number, high: number): boolean =>
  value === undefined || (typeof value === "number" && Number.isInteger(value) && value >= low && value <= high);

/** Whether an input is an object zod reads as one (not null, not a list), with only the given fields. */
function isRecord(value: unknown, isField: (key: string) => boolean): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  for (const key in value) if (!isField(key)) return false;
  return true;
}

/** Reads one plainly valid determinant (else `undefined`), with its reference resolved. */
function readDeterminant(raw: unknown): (Determinant & { readonly rank: number }) | undefined {
  if (!isRecord(raw, isDeterminantField)) return undefined;
  const { determinant, valence, strength, importance, changeability, level, populations, reportedBy, note } = raw;
  if (typeof determinant !== "string" || determinant.length === 0) return undefined;
  if (valence !== "barrier" && valence !== "facilitator") return undefined;
  // Strength 0 draws a warning, a strength against the valence an error: both go the full way.
  if (strength !== undefined) {
    if (typeof strength !== "number" || !Number.isInteger(strength)) return undefined;
    if (valence === "barrier" ? strength < -2 || strength >= 0 : strength <= 0 || strength > 2) return undefined;
  }
  if (!isRating(importance, 1, 5) || !isRating(changeability, 1, 5)) return undefined;
  if (level !== undefined && !isLevel(level)) return undefined;
  if (reportedBy !== undefined && typeof reportedBy !== "string") return undefined;
  if (note !== undefined && typeof note !== "string") return undefined;
  if (populations !== undefined) {
    if (!Array.isArray(populations)) return undefined;
    for (let i = 0; i < populations.length; i++) {
      const population: unknown = populations[i];
      if (typeof population !== "string" || population.length === 0) return undefined;
    }
  }
  const known = resolve(determinant);
  if (!known) return undefined;
  // What the engine reads of a determinant (the rank only orders them).
  return {
    determinant: known.id,
    valence,
    strength: strength as number | undefined,
    importance: importance as number | undefined,
    changeability: changeability as number | undefined,
    rank: known.rank,
  };
}

// Scratch, grown as needed: small typed arrays cost more to allocate than to fill.
const scratch = {
  keys: new Float64Array(64),
  rows: new Int32Array(64),
  weights: new Float64Array(64),
  barriers: new Uint8Array(64),
};

function grow(n: number): void {
  scratch.keys = new Float64Array(n * 2);
  scratch.rows = new Int32Array(n * 2);
  scratch.weights = new Float64Array(n * 2);
  scratch.barriers = new Uint8Array(n * 2);
}

/**
 * Compiles a profile against a route without zod when it is plainly valid (see the module comment); `undefined`
 * sends the caller to `validateProfile` and `compileProfile`. Never throws: input that fights back (a throwing
 * getter) goes the full way too. The vector's arrays are scratch, longer than `vector.length` and valid until the
 * next call: use the result at once (as a match does), never keep it.
 */
export function fastProfile(
  input: unknown,
  route: Route,
  mode: "weighted" | "cumulative",
): CompiledProfile | undefined {
  try {
    return compileFast(input, route, mode);
  } catch {
    return undefined;
  }
}

function compileFast(input: unknown, route: Route, mode: "weighted" | "cumulative"): CompiledProfile | undefined {
  if (!isRecord(input, isProfileField)) return undefined;
  const { id, title, determinants: list } = input;
  if (id !== undefined && !(typeof id === "string" && id.length > 0)) return undefined;
  if (title !== undefined && typeof title !== "string") return undefined;
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const n = list.length;
  const read: Determinant[] = new Array(n);
  // Canonical order (by id, barriers first) as one number per determinant: (rank x 2 + facilitator) x n + index.
  if (scratch.keys.length < n) grow(n);
  const keys = scratch.keys;
  for (let i = 0; i < n; i++) {
    const one = readDeterminant(list[i]);
    if (!one) return undefined;
    read[i] = one;
    keys[i] = (one.rank * 2 + (one.valence === "barrier" ? 0 : 1)) * n + i;
  }
  sortNumbers(keys, n);
  const rows = rowTable(route);
  const { rowPtr } = route;
  const determinants: Determinant[] = new Array(n);
  const entries: ScoringEntry[] = [];
  const unreached: Determinant[] = [];
  const ignored: Determinant[] = [];
  let previous = -1;
  for (let i = 0; i < n; i++) {
    const key = keys[i] as number;
    const slot = Math.floor(key / n);
    if (slot === previous) return undefined; // the same element twice with the same valence: an error
    previous = slot;
    const determinant = read[key - slot * n] as Determinant;
    determinants[i] = determinant;
    const row = rows[slot >> 1] as number;
    const barrier = determinant.valence === "barrier";
    if (row < 0 || rowPtr[row] === rowPtr[row + 1]) {
      unreached.push(determinant);
      continue;
    }
    if (mode === "cumulative" && !barrier) {
      ignored.push(determinant);
      continue;
    }
    const weight = mode === "cumulative" ? 100 : priority(determinant) * (barrier ? 1 : LEVERAGE);
    entries.push({ determinant, row, weight, barrier });
  }
  const length = entries.length;
  const { rows: vectorRows, weights, barriers } = scratch;
  for (let i = 0; i < length; i++) {
    const entry = entries[i] as ScoringEntry;
    vectorRows[i] = entry.row;
    weights[i] = entry.weight;
    barriers[i] = entry.barrier ? 1 : 0;
  }
  return {
    vector: { rows: vectorRows, weights, barrier: barriers, length },
    entries,
    determinants,
    unreached,
    ignored,
  };
}
