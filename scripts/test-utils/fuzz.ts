// Shared by every package's fuzz tests (`*.fuzz.test.ts`, docs/bad-input.md): how many inputs to try and with which
// seed, generators of hostile and near-valid input (JSON and CSV), and the assertions every parser must pass on them.
//
// A normal run (`pnpm test`, CI) tries a few thousand inputs per parser with a fixed seed, so a failure replays
// exactly. A long run on demand: `pnpm run fuzz` (200 000 inputs per property), or `IMPSCI_FUZZ_RUNS=<n> pnpm test`;
// `IMPSCI_FUZZ_SEED=<n>` explores other inputs than the fixed seed does.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { expect } from "vitest";

const requestedRuns = Number(process.env.IMPSCI_FUZZ_RUNS ?? "");

/** Whether this is a long run (`IMPSCI_FUZZ_RUNS` set to a positive number). */
export const FUZZ_LONG = Number.isInteger(requestedRuns) && requestedRuns > 0;

const requestedSeed = Number(process.env.IMPSCI_FUZZ_SEED || Number.NaN);

/** The seed of every fuzz property: fixed, so CI and a laptop try the same inputs (`IMPSCI_FUZZ_SEED` overrides). */
export const FUZZ_SEED = Number.isInteger(requestedSeed) ? requestedSeed : 20_250_707;

/** How many inputs a property tries: `normal` in a normal run, `IMPSCI_FUZZ_RUNS` in a long run. */
export function fuzzRuns(normal: number): number {
  return FUZZ_LONG ? requestedRuns : normal;
}

/**
 * The vitest timeout of a fuzz test: generous in a normal run (the machine may be busy), none in a long run. Slowness
 * on one input (a parser that grows faster than its input) is caught by {@link withinTime}, which bounds every parse.
 */
export const FUZZ_TIMEOUT = FUZZ_LONG ? 0 : 60_000;

/** Checks a property with the fixed seed and the run size of {@link fuzzRuns}. */
export function fuzz<Ts>(property: fc.IProperty<Ts>, normalRuns: number): void {
  fc.assert(property, { seed: FUZZ_SEED, numRuns: fuzzRuns(normalRuns) });
}

/**
 * Fails unless more than `atLeast` of the `normalRuns` inputs of a normal run reached some branch (the generator must
 * exercise what the property checks); scaled to the run size, and skipped for runs too small to say.
 */
export function expectReached(count: number, normalRuns: number, atLeast: number): void {
  const runs = fuzzRuns(normalRuns);
  if (runs < 100) return;
  expect(count).toBeGreaterThan((atLeast * runs) / normalRuns);
}

/** The most one parse of a bounded generated input (a few kB) may take: far above the real cost, far below a hang. */
export const INPUT_TIME_LIMIT_MS = 2_000;

/** Runs `f` and fails when it takes longer than `limitMs`: a super-linear parser shows up here. */
export function withinTime<T>(f: () => T, limitMs = INPUT_TIME_LIMIT_MS): T {
  const start = performance.now();
  const result = f();
  const elapsed = performance.now() - start;
  if (elapsed > limitMs) expect.fail(`took ${elapsed.toFixed(0)} ms on one input (limit ${limitMs} ms)`);
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Hostile values

/** Keys that reach `Object.prototype` when a parser assigns them to a plain object. */
export const HOSTILE_KEYS = ["__proto__", "constructor", "prototype"] as const;

/** Hostile keys, and keys that shadow `Object.prototype`'s methods. */
export const hostileKey: fc.Arbitrary<string> = fc.constantFrom(
  ...HOSTILE_KEYS,
  "toString",
  "valueOf",
  "hasOwnProperty",
  "__defineGetter__",
  "polluted",
);

/** Numbers as a spreadsheet or a careless export writes them. */
export const numberText: fc.Arbitrary<string> = fc.constantFrom(
  "NaN",
  "nan",
  "Infinity",
  "-Infinity",
  "1e309",
  "-1e309",
  "-0",
  "-1",
  "0",
  "6",
  "101",
  "2.5",
  "1.0",
  "+3",
  " 3 ",
  "0x3",
  "3e0",
  "1,5",
  "1_000",
  "٣",
  "５",
  "50%",
  "50 %",
  "%",
  "9".repeat(400),
  "",
);

/** Text a user or an attacker might put anywhere: hostile keys as values, references, numbers, control characters. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  hostileKey,
  numberText,
  fc.constantFrom(
    "tdf-v2:__proto__",
    "__proto__:constructor",
    "eric:prototype",
    "constructor:prototype",
    "tdf-v2:",
    ":",
    "tdf-v2:Identity",
    "tdf-v2:Knowlege",
    "cfir-2022:Innovation deliverers",
    "eric:56",
    "eric:Promote adaptability",
    "bcw:training",
    "barrier",
    "Facilitator",
    "organization",
    '"',
    '""',
    "'",
    ",",
    ";",
    "\t",
    "\r\n",
    "\uFEFF",
    "\u0000",
    "\u2028",
    "\uD800",
    "=cmd|' /C calc'!A0",
    "<script>alert(1)</script>",
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
);

/** A long text (up to `max` characters): a runaway cell, a pasted document. */
export const longText = (max = 4_000): fc.Arbitrary<string> =>
  fc
    .tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 100, max: max }))
    .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

/** A value nested `depth` levels deep in arrays (built without recursion, so any depth is fine). */
export function deeplyNested(depth: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** The JSON text of a value nested `depth` levels deep in objects under a key. */
export function deeplyNestedJson(depth: number, key = "a"): string {
  return `${`{"${key}":`.repeat(depth)}1${"}".repeat(depth)}`;
}

const jsonScalarText = fc.oneof(
  fc.constantFrom("null", "true", "false", "0", "-0", "1e309", "-1e309", "1e-400", "12345678901234567890", "2.5"),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
  fc.oneof(hostileText, longText(600)).map((s) => JSON.stringify(s)),
);

/**
 * JSON text of arbitrary shape whose object keys are often hostile (`__proto__`, `constructor`, `prototype`) and may
 * repeat within an object; parse it with `JSON.parse` to get what the CLI hands the libraries (an own `__proto__`
 * property, the last of repeated keys).
 */
export const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string; array: string; object: string }>((tie) => ({
  value: fc.oneof({ depthSize: "small", maxDepth: 4 }, jsonScalarText, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 4 }).map((items) => `[${items.join(",")}]`),
  object: fc
    .array(fc.tuple(fc.oneof(hostileKey, fc.string({ maxLength: 8 })), tie("value")), { maxLength: 5 })
    .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`),
})).value;

/** Arbitrary JSON values as `JSON.parse` makes them, hostile keys and all. */
export const hostileJson: fc.Arbitrary<unknown> = jsonText.map((text) => JSON.parse(text) as unknown);

// ---------------------------------------------------------------------------------------------------------------
// Near-valid JSON: a valid document with a few mutations

/** A path into a JSON value. */
export type JsonPath = readonly (string | number)[];

type Container = Record<string | number, unknown>;

/** Every path to a value inside `value` (the root included), without recursion. */
export function jsonPaths(value: unknown): JsonPath[] {
  const paths: JsonPath[] = [];
  const stack: [unknown, JsonPath][] = [[value, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop() as [unknown, JsonPath];
    paths.push(path);
    if (node === null || typeof node !== "object") continue;
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys.reverse()) stack.push([(node as Container)[key], [...path, key]]);
  }
  return paths;
}

const mutationKind = fc.constantFrom(
  "delete",
  "hostile-key",
  "replace",
  "number",
  "wrap",
  "nest",
  "duplicate",
  "long",
  "rename",
);

interface Mutation {
  readonly kind: string;
  readonly at: number;
  readonly key: string;
  readonly value: unknown;
  readonly text: string;
  readonly depth: number;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: mutationKind,
  at: fc.nat(),
  key: hostileKey,
  value: fc.oneof(hostileJson, hostileText, fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 2.5, 1e21)),
  text: fc.oneof(hostileText, numberText),
  depth: fc.integer({ min: 2, max: 300 }),
});

/** Sets an own, enumerable property (also `__proto__`), as `JSON.parse` does. */
function define(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function applyMutation(root: unknown, m: Mutation): unknown {
  const paths = jsonPaths(root);
  const path = paths[m.at % paths.length] as JsonPath;
  const parent =
    path.length === 0
      ? undefined
      : (path.slice(0, -1).reduce<unknown>((node, key) => (node as Container)[key], root) as Container);
  const key = path.at(-1);
  const node = parent === undefined ? root : parent[key as string | number];
  const set = (value: unknown): unknown => {
    if (parent === undefined) return value;
    define(parent, key as string | number, value);
    return root;
  };
  switch (m.kind) {
    case "delete":
      if (parent === undefined) return undefined;
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      return root;
    case "hostile-key":
      if (node !== null && typeof node === "object" && !Array.isArray(node)) define(node, m.key, m.value);
      else return set(m.value);
      return root;
    case "replace":
      return set(m.value);
    case "number":
      return set(typeof node === "string" ? m.text : Number(m.text));
    case "wrap":
      return set([node]);
    case "nest":
      return set(deeplyNested(m.depth, node));
    case "duplicate":
      if (Array.isArray(parent)) parent.push(structuredClone(node));
      else if (Array.isArray(node) && node.length > 0) node.push(structuredClone(node[0]));
      return root;
    case "long":
      return set(typeof node === "string" ? node.repeat(Math.ceil(3000 / Math.max(node.length, 1))) : m.text);
    default:
      // rename: the value moves to a near-miss or hostile key
      if (parent !== undefined && !Array.isArray(parent) && typeof key === "string") {
        delete parent[key];
        define(parent, m.depth % 2 === 0 ? key.toUpperCase() : m.key, node);
      }
      return root;
  }
}

/** Copies JSON-shaped data, keeping own `__proto__` properties as own properties. */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * A valid document with one to `max` mutations at random places: a field deleted or renamed, a hostile key added, a
 * value replaced by hostile JSON or text, a number turned into NaN / Infinity / an out-of-range one, a value wrapped
 * or nested hundreds of levels deep, an array entry duplicated, a string made long.
 */
export function nearValid(valid: unknown, max = 3): fc.Arbitrary<unknown> {
  return fc.array(mutation, { minLength: 1, maxLength: max }).map((mutations) => {
    let doc = cloneJson(valid);
    for (const m of mutations) doc = applyMutation(doc, m);
    return doc;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// CSV

/** How a CSV file is written: the delimiter, line ends, a byte-order mark, quoting, blank lines. */
export interface CsvStyle {
  readonly delimiter: "," | ";" | "\t";
  readonly eol: "\n" | "\r\n" | "\r";
  readonly bom: boolean;
  /** `minimal`: quote cells that need it; `all`: quote every cell; `none`: never quote (breaks cells that need it). */
  readonly quote: "minimal" | "all" | "none";
  /** Blank lines before the header and between rows. */
  readonly blankLines: boolean;
  /** A line end after the last row. */
  readonly finalEol: boolean;
}

/** Styles of CSV files that are well-formed (comma-separated, cells quoted when they need it). */
export const wellFormedCsvStyle: fc.Arbitrary<CsvStyle> = fc.record({
  delimiter: fc.constant(","),
  eol: fc.constantFrom("\n", "\r\n", "\r"),
  bom: fc.boolean(),
  quote: fc.constantFrom("minimal", "all"),
  blankLines: fc.boolean(),
  finalEol: fc.boolean(),
});

/** Any style, mostly well-formed: wrong delimiters and unquoted cells now and then. */
export const csvStyle: fc.Arbitrary<CsvStyle> = fc.oneof(
  { weight: 4, arbitrary: wellFormedCsvStyle },
  fc.record({
    delimiter: fc.constantFrom(",", ";", "\t"),
    eol: fc.constantFrom("\n", "\r\n", "\r"),
    bom: fc.boolean(),
    quote: fc.constantFrom("minimal", "all", "none"),
    blankLines: fc.boolean(),
    finalEol: fc.boolean(),
  }),
);

/** A CSV file and the line each of its rows starts on (the first line being 1). */
export interface CsvFile {
  readonly text: string;
  readonly rows: readonly (readonly string[])[];
  readonly lines: readonly number[];
  readonly style: CsvStyle;
}

const LINE_BREAKS = /\r\n|\n|\r/g;

function quoteCell(cell: string, style: CsvStyle): string {
  const needs = cell.includes('"') || cell.includes(style.delimiter) || /[\r\n]/.test(cell) || cell !== cell.trim();
  return style.quote === "all" || (style.quote === "minimal" && needs) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Writes rows as CSV in a style, keeping the line each row starts on. */
export function toCsv(rows: readonly (readonly string[])[], style: CsvStyle): CsvFile {
  let text = style.bom ? "\uFEFF" : "";
  let line = 1;
  const lines: number[] = [];
  rows.forEach((row, index) => {
    if (style.blankLines && index % 2 === 0) {
      text += style.eol;
      line++;
    }
    lines.push(line);
    const written = row.map((cell) => quoteCell(cell, style)).join(style.delimiter);
    text += written;
    line += written.match(LINE_BREAKS)?.length ?? 0;
    if (index < rows.length - 1 || style.finalEol) {
      text += style.eol;
      line++;
    }
  });
  return { text, rows, lines, style };
}

/** Whether the cells of a file can be read back as written (comma-separated, quoted where needed). */
export const cellsReadable = (file: CsvFile): boolean => file.style.delimiter === "," && file.style.quote !== "none";

/**
 * Mutations of a table (header first): columns shuffled, dropped or repeated, a header renamed to a hostile or
 * near-miss name, cells replaced by hostile text, cells added or removed, rows repeated or emptied.
 */
export function nearValidTable(
  table: readonly (readonly string[])[],
  max = 3,
): fc.Arbitrary<readonly (readonly string[])[]> {
  const op = fc.record({
    kind: fc.constantFrom(
      "shuffle",
      "drop-column",
      "repeat-column",
      "rename",
      "cell",
      "extra",
      "short",
      "repeat-row",
      "empty-row",
      "long",
    ),
    row: fc.nat(),
    column: fc.nat(),
    text: fc.oneof(hostileText, numberText, hostileKey),
    seed: fc.nat(),
  });
  return fc.array(op, { maxLength: max }).map((ops) => {
    let rows = table.map((row) => [...row]);
    for (const o of ops) {
      const width = rows[0]?.length ?? 0;
      const c = width === 0 ? 0 : o.column % width;
      const r = rows.length === 0 ? 0 : o.row % rows.length;
      switch (o.kind) {
        case "shuffle": {
          const order = [...Array(width).keys()].sort((a, b) => ((a * 31 + o.seed) % 7) - ((b * 31 + o.seed) % 7));
          rows = rows.map((row) => order.map((i) => row[i] ?? ""));
          break;
        }
        case "drop-column":
          rows = rows.map((row) => row.filter((_, i) => i !== c));
          break;
        case "repeat-column":
          rows = rows.map((row) => [...row, row[c] ?? ""]);
          break;
        case "rename":
          if (rows[0]) rows[0][c] = o.text;
          break;
        case "cell":
          if (rows[r] && r > 0) rows[r][c] = o.text;
          break;
        case "extra":
          rows[r]?.push(o.text);
          break;
        case "short":
          rows[r]?.pop();
          break;
        case "repeat-row":
          if (rows[r]) rows.push([...rows[r]]);
          break;
        case "empty-row":
          if (r > 0) rows[r] = (rows[r] ?? []).map(() => "");
          break;
        default:
          if (rows[r] && r > 0) rows[r][c] = `${rows[r][c] ?? ""}${"x".repeat(2000 + (o.seed % 2000))}`;
      }
    }
    return rows;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Assertions

/** The shape every validation result has: issues (on failure) and warnings, each with a code, a path and a message. */
export interface IssueLike {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly row?: number;
  readonly column?: string;
  readonly value?: string;
}

/** A validation result, as every parser and validator of the libraries returns it. */
export type ResultLike =
  | { readonly success: true; readonly data: unknown; readonly warnings: readonly IssueLike[] }
  | { readonly success: false; readonly issues: readonly IssueLike[]; readonly warnings: readonly IssueLike[] };

/** Fails the running test with a message and, when given, the value it is about (shortened). */
function fail(message: string, about?: unknown): never {
  const shown = about === undefined ? "" : `: ${JSON.stringify(about)?.slice(0, 400)}`;
  return expect.fail(`${message}${shown}`);
}

/** Fails unless `result` is a well-formed validation result: data, or at least one coded issue, each with a message. */
export function expectWellFormed(result: ResultLike): void {
  // Plain checks rather than `expect` in the loops: they run on every one of thousands of inputs.
  if (typeof result.success !== "boolean") fail("the result has no success flag", result);
  const all = result.success ? result.warnings : [...result.issues, ...result.warnings];
  if (!result.success && result.issues.length === 0) fail("a failure with no issue", result);
  for (const issue of all) {
    const wellFormed =
      /^[a-z]+(-[a-z0-9]+)*$/.test(issue.code) &&
      Array.isArray(issue.path) &&
      issue.path.every((segment) => typeof segment === "string" || typeof segment === "number") &&
      typeof issue.message === "string" &&
      issue.message.length > 0;
    if (!wellFormed) fail("an issue without a code, a path or a message", issue);
  }
}

/**
 * Fails unless every issue's path points into `input`: each segment but the last names an own property (or an index)
 * of the value before it; the last may be missing (a missing field) or derived from it (an id made from a name).
 */
export function expectPathsInto(issues: readonly IssueLike[], input: unknown, prefix: JsonPath = []): void {
  for (const issue of issues) {
    if (prefix.some((key, i) => issue.path[i] !== key)) fail(`the path does not start with ${prefix.join(".")}`, issue);
    let node = input;
    const rest = issue.path.slice(prefix.length);
    rest.slice(0, -1).forEach((key, i) => {
      const exists = node !== null && typeof node === "object" && Object.hasOwn(node, key);
      if (!exists)
        expect.fail(`issue ${issue.code} at ${issue.path.join(".")}: nothing at ${rest.slice(0, i + 1).join(".")}`);
      node = (node as Container)[key];
    });
  }
}

/** Text as it reads back from UTF-8 bytes: a lone surrogate (no character: not in any file) becomes U+FFFD. */
export const asRead = (text: string): string => new TextDecoder().decode(new TextEncoder().encode(text));

/**
 * Fails unless every issue of a CSV file is located in it: an issue with a `row` has that line as its path's first
 * segment and a row of the file starts on it; when the cells were written readably, an issue naming a `column` and a
 * `value` points at a cell of that row, in a column of that name, holding that value. Issues without a row are only
 * allowed for `fileLevel` codes (an empty file) or when their path names something else (`options`, `links`).
 */
export function expectCsvLocated(
  issues: readonly IssueLike[],
  file: CsvFile,
  options: {
    /** Whether a header cell names a column as the issue spells it (default: equal after trimming). */
    readonly sameColumn?: (header: string, column: string, index: number) => boolean;
    /** Codes that are about the file as a whole and have no row. */
    readonly fileLevel?: readonly string[];
  } = {},
): void {
  const sameColumn =
    options.sameColumn ??
    ((header: string, column: string, index: number) =>
      header.trim() === column || (header.trim() === "" && column === `column ${index + 1}`));
  const lastLine = file.text.split(LINE_BREAKS).length;
  for (const issue of issues) {
    if (issue.row === undefined) {
      const located =
        issue.path.length === 0 ? (options.fileLevel ?? []).includes(issue.code) : typeof issue.path[0] === "string";
      if (!located) fail("an issue with neither a row nor a path", issue);
      continue;
    }
    if (issue.path[0] !== issue.row || issue.row < 1 || issue.row > lastLine)
      fail(`row outside the file (${lastLine} lines)`, issue);
    if (!cellsReadable(file)) continue;
    const index = file.lines.indexOf(issue.row);
    if (index < 0)
      expect.fail(`issue ${issue.code} names line ${issue.row}, where no row starts (${file.lines.join(",")})`);
    if (issue.column === undefined || issue.value === undefined) continue;
    const header = file.rows.find((row, i) => i <= index && row.some((cell) => cell.trim() !== "")) ?? [];
    const row = file.rows[index] ?? [];
    const { column, value } = issue;
    const named = header.map((name, i) => sameColumn(asRead(name), column, i));
    // Cells beyond the header are named by their position (`column 7`): they have no header cell to check.
    const beyond = /^column (\d+)$/.exec(column);
    if (!named.includes(true) && beyond && Number(beyond[1]) > header.length) continue;
    const found = named.some((same, i) => same && asRead((row[i] ?? "").trim()) === value);
    if (!found) {
      expect.fail(
        `issue ${issue.code} at line ${issue.row}, column ${JSON.stringify(column)}: no such column holds ${JSON.stringify(value.slice(0, 80))} (${issue.message.slice(0, 200)})`,
      );
    }
  }
}

const PROTOTYPES: readonly object[] = [
  Object.prototype,
  Array.prototype,
  Function.prototype,
  String.prototype,
  Number.prototype,
];
/** What the built-in prototypes hold when the tests start: each own property's value, and how many there are. */
const pristine = PROTOTYPES.flatMap((proto) =>
  Reflect.ownKeys(proto).map((key) => [proto, key, Object.getOwnPropertyDescriptor(proto, key)] as const),
);
const counts = PROTOTYPES.map((proto) => Reflect.ownKeys(proto).length);

/** Fails when parsing polluted a prototype: `({}).polluted` set, or any built-in prototype changed. */
export function expectNoPollution(): void {
  if (({} as Record<string, unknown>).polluted !== undefined) fail("({}).polluted is set");
  if (Object.getPrototypeOf({}) !== Object.prototype) fail("{} has another prototype");
  const changed = pristine.find(([proto, key, was]) => {
    const now = Object.getOwnPropertyDescriptor(proto, key);
    return now?.value !== was?.value || now?.get !== was?.get || now?.set !== was?.set;
  });
  if (changed) fail(`a built-in prototype changed: ${String(changed[1])}`);
  const added = PROTOTYPES.find((proto, i) => Reflect.ownKeys(proto).length !== counts[i]);
  if (added) fail(`a built-in prototype gained a property: ${Reflect.ownKeys(added).map(String).join(", ")}`);
}

/**
 * Fails unless data a parser returned is plain: every object an ordinary object or array (no prototype taken from
 * the input) and no hostile key carried over from it.
 */
export function expectPlainData(data: unknown): void {
  const stack = [data];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    const proto = Object.getPrototypeOf(node);
    if (proto !== Object.prototype && proto !== Array.prototype)
      fail("returned data holds an object of another prototype", node);
    for (const key of HOSTILE_KEYS) if (Object.hasOwn(node, key)) fail(`returned data holds the key ${key}`, node);
    stack.push(...Object.values(node));
  }
}

/** The `.ts` files of a package's `src` (tests and fixtures left out). */
export function sourceFiles(srcDir: string): string[] {
  return readdirSync(srcDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !/\.(test|test-prop|fixture)\.ts$|\.test\.ts$/.test(file))
    .map((file) => join(srcDir, file));
}

/** Fails when a source file evaluates code: `eval`, `new Function`, `Function(...)`, or a string given to a timer. */
export function expectNoDynamicCode(srcDir: string): void {
  const files = sourceFiles(srcDir);
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const code = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/(^|[^:])\/\/.*$/gm, "$1");
    for (const pattern of [
      /\beval\s*\(/,
      /\bnew\s+Function\b/,
      /\bFunction\s*\(/,
      /\bset(Timeout|Interval)\s*\(\s*["'`]/,
    ]) {
      if (pattern.test(code)) expect.fail(`${file} evaluates code (${pattern})`);
    }
  }
}
