import { cfir2009 } from "./data/cfir-2009";
import { cfir2022 } from "./data/cfir-2022";
import { comB } from "./data/com-b";
import { tdfV2 } from "./data/tdf-v2";
import { DeterminantsError } from "./error";
import { type Element, type Framework, FrameworkSchema } from "./framework";
import { deepFreeze } from "./internal/deep-freeze";
import { LazyMap } from "./internal/lazy-map";
import { lookupRef, type RefLookup, SchemeIndex } from "./reference";

const sources: readonly (readonly [FrameworkId, BuiltIn])[] = [
  ["com-b", comB],
  ["tdf-v2", tdfV2],
  ["cfir-2009", cfir2009],
  ["cfir-2022", cfir2022],
];

/**
 * The id of a built-in framework.
 *
 * @example
 * ```ts
 * const id: FrameworkId = "cfir-2022";
 * getFramework(id).name; // "Updated Consolidated Framework for Implementation Research (CFIR)"
 * ```
 */
export type FrameworkId = typeof comB.id | typeof tdfV2.id | typeof cfir2009.id | typeof cfir2022.id;

/**
 * The qualified id of an element of a built-in framework, e.g. `tdf-v2:knowledge`.
 *
 * @example
 * ```ts
 * const id: ElementId = "tdf-v2:knowledge";
 * getElement(id).name; // "Knowledge"
 * ```
 */
export type ElementId =
  | (typeof comB.elements)[number]["id"]
  | (typeof tdfV2.elements)[number]["id"]
  | (typeof cfir2009.elements)[number]["id"]
  | (typeof cfir2022.elements)[number]["id"];

type BuiltIn = typeof comB | typeof tdfV2 | typeof cfir2009 | typeof cfir2022;

interface Entry {
  readonly framework: Framework;
  readonly index: SchemeIndex<Element>;
}

// The raw datasets are exported too (for their literal types): frozen, so nobody can change what the registry reads.
for (const [, data] of sources) deepFreeze(data);

// Each framework is parsed with its schema, frozen and indexed once, on first use.
const entries = new LazyMap<string, Entry>(
  sources.map(([id, input]) => [
    id,
    () => {
      const framework = deepFreeze(FrameworkSchema.parse(input)) as Framework;
      return { framework, index: new SchemeIndex<Element>(id, framework.elements) };
    },
  ]),
);

const indexes = new LazyMap<string, SchemeIndex<Element>>(
  sources.map(([id]) => [id, () => (entries.get(id) as Entry).index]),
);

const knownIds = (): string => sources.map(([id]) => id).join(", ");

/**
 * Lists the built-in frameworks: COM-B, TDF v2, CFIR 2009 and CFIR 2022, in that order.
 *
 * @returns The frameworks, parsed and frozen.
 * @example
 * ```ts
 * listFrameworks().map((f) => f.id); // ["com-b", "tdf-v2", "cfir-2009", "cfir-2022"]
 * ```
 */
export function listFrameworks(): readonly Framework[] {
  return sources.map(([id]) => (entries.get(id) as Entry).framework);
}

/**
 * Finds a built-in framework by id.
 *
 * @param id - A framework id, e.g. `tdf-v2` (case and surrounding spaces ignored).
 * @returns The framework, frozen, or `undefined` when there is none with that id.
 * @example
 * ```ts
 * findFramework("tdf-v3"); // undefined
 * ```
 */
export function findFramework(id: string): Framework | undefined {
  return typeof id === "string" ? entries.get(id.trim().toLowerCase())?.framework : undefined;
}

/**
 * Gets a built-in framework by id.
 *
 * @param id - A framework id, e.g. `tdf-v2` (case and surrounding spaces ignored).
 * @returns The framework, frozen: `{ id, name, version, citation, coverage, elements, ... }`.
 * @throws {@link DeterminantsError} with code `unknown-framework`, naming the known ids.
 * @example
 * ```ts
 * getFramework("com-b").elements.length; // 9
 * ```
 */
export function getFramework(id: FrameworkId | (string & {})): Framework {
  const framework = findFramework(id);
  if (framework) return framework;
  throw new DeterminantsError("unknown-framework", `Unknown framework "${String(id)}": use one of ${knownIds()}.`);
}

/**
 * Looks up the element a reference names, by the identifier rules (exact key, published number or code, then name
 * or alias folded); never throws. The building block of {@link resolveRef}, and what other packages call to check
 * references in their input.
 *
 * @param text - A reference as typed, e.g. `tdf-v2:Knowledge`, `tdf-v2:13` or `com-b:C-Ps`.
 * @returns `{ ok: true, item }`, or `{ ok: false, code, message, candidates }` with a message that names the value,
 *   the framework and the closest elements.
 * @example
 * ```ts
 * const found = lookupElement("com-b:C-Ps");
 * if (found.ok) found.item.id; // "com-b:psychological-capability"
 * ```
 */
export function lookupElement(text: string): RefLookup<Element> {
  if (typeof text !== "string") {
    return {
      ok: false,
      code: "invalid-reference",
      message: `A reference must be text, e.g. tdf-v2:knowledge, not ${text === null ? "null" : typeof text}.`,
      candidates: [],
    };
  }
  return lookupRef(text, indexes, "framework");
}

/**
 * Resolves a reference to the framework element it names, by the identifier rules of the project.
 *
 * @param text - A reference as typed: `framework:key`, where key is the element's key, a published number or code,
 *   its name or an alias (case, spaces and punctuation do not matter, `&` reads as `and`).
 * @returns The element, frozen.
 * @throws {@link DeterminantsError} `invalid-reference` (no `framework:` prefix), `unknown-framework`,
 *   `unknown-reference` (with the closest elements) or `ambiguous-reference` (with every element it could name).
 * @example
 * ```ts
 * resolveRef("tdf-v2:Social influences").id; // "tdf-v2:social-influences"
 * resolveRef("tdf-v2:Identity"); // throws ambiguous-reference: two TDF constructs are called "Identity"
 * ```
 */
export function resolveRef(text: string): Element {
  const found = lookupElement(text);
  if (found.ok) return found.item;
  throw new DeterminantsError(found.code === "unknown-scheme" ? "unknown-framework" : found.code, found.message);
}

/**
 * Gets the element a reference names: the same rules and errors as {@link resolveRef}, under the name the other
 * accessors use (`getX` throws, `findX` returns `undefined`).
 *
 * @param ref - A qualified id such as `cfir-2009:planning`, or any reference {@link resolveRef} accepts.
 * @returns The element, frozen.
 * @throws {@link DeterminantsError} as {@link resolveRef} does.
 * @example
 * ```ts
 * getElement("com-b:psychological-capability").parent; // "com-b:capability"
 * ```
 */
export function getElement(ref: ElementId | (string & {})): Element {
  return resolveRef(ref);
}

/**
 * Finds the element a reference names, or nothing: unknown and ambiguous references alike give `undefined`.
 *
 * @param ref - A qualified id or any reference {@link resolveRef} accepts.
 * @returns The element, frozen, or `undefined`.
 * @example
 * ```ts
 * findElement("tdf-v2:knowlege"); // undefined (use lookupElement to learn the closest candidates)
 * ```
 */
export function findElement(ref: ElementId | (string & {})): Element | undefined {
  const found = lookupElement(ref);
  return found.ok ? found.item : undefined;
}
