import { foldName, type PathSegment, SchemeIndex, type ValidationIssue } from "@impsci/determinants";
import type { CatalogueIssueCode } from "../catalogue";
import type { Group, Strategy } from "../strategy";

// Referential integrity of a set of taxonomies: the checks that no schema can express. Each record comes with the
// path where the user wrote it, so an issue points into their input; records from a base catalogue carry a label
// instead (`in the base catalogue`) and are never the ones flagged: a clash is reported on the later record.

/** A record to check, with where it came from. */
export interface Entry<T> {
  readonly item: T;
  /** Path of the record in the user's input. */
  readonly path: readonly PathSegment[];
  /** Path of the field that decides the record's id (`id`, or `key` / `name` where the id is derived). */
  readonly idPath: readonly PathSegment[];
  /** Set for records of a base catalogue, e.g. `in the base catalogue`. */
  readonly origin?: string | undefined;
}

/** The records of a catalogue to check. */
export interface CatalogueEntries {
  readonly taxonomies: readonly Entry<{ readonly id: string; readonly name: string }>[];
  readonly groups: readonly Entry<Group>[];
  readonly strategies: readonly Entry<Strategy>[];
}

type Issue = ValidationIssue<CatalogueIssueCode>;

function where(entry: Entry<unknown>): string {
  return entry.origin ?? (entry.path.length > 0 ? `at ${entry.path.join(".")}` : "in the input");
}

function label(entry: Entry<{ readonly id: string; readonly name: string }>): string {
  return `${entry.item.id} ("${entry.item.name}", ${where(entry)})`;
}

/** Every referential problem of a catalogue: duplicate ids, codes and names, ids that do not match, unknown references. */
export function checkCatalogue(entries: CatalogueEntries): Issue[] {
  const issues: Issue[] = [];
  const taxonomies = new Map<string, Entry<{ readonly id: string; readonly name: string }>>();
  for (const entry of entries.taxonomies) {
    const other = taxonomies.get(entry.item.id);
    if (other) {
      issues.push({
        code: "duplicate-taxonomy",
        path: entry.idPath,
        message: `The taxonomy id "${entry.item.id}" of "${entry.item.name}" is already taken by "${other.item.name}" (${where(other)}): choose another id.`,
      });
    } else taxonomies.set(entry.item.id, entry);
  }
  const knownTaxonomies = [...taxonomies.keys()].join(", ");

  const groups = new Map<string, Entry<Group>>();
  for (const entry of entries.groups) {
    const group = entry.item;
    if (!taxonomies.has(group.taxonomy)) {
      issues.push({
        code: "unknown-taxonomy",
        path: [...entry.path, "taxonomy"],
        message: `Group ${group.id} names the taxonomy "${group.taxonomy}", which is not in the catalogue: use one of ${knownTaxonomies}.`,
      });
    }
    const other = groups.get(group.id);
    if (other) {
      issues.push({
        code: "duplicate-id",
        path: entry.idPath,
        message: `Group id ${group.id} ("${group.name}", ${where(entry)}) collides with group ${label(other)}: choose another key.`,
      });
    } else groups.set(group.id, entry);
  }

  const strategies = new Map<string, Entry<Strategy>>();
  const codes = new Map<string, Entry<Strategy>>();
  const names = new Map<string, Entry<Strategy>>();
  for (const entry of entries.strategies) {
    const strategy = entry.item;
    if (!taxonomies.has(strategy.taxonomy)) {
      issues.push({
        code: "unknown-taxonomy",
        path: [...entry.path, "taxonomy"],
        message: `Strategy "${strategy.name}" names the taxonomy "${strategy.taxonomy}", which is not in the catalogue: use one of ${knownTaxonomies}, or add the taxonomy.`,
      });
    }
    if (strategy.id !== `${strategy.taxonomy}:${strategy.key}`) {
      issues.push({
        code: "id-mismatch",
        path: entry.idPath,
        message: `Strategy id ${strategy.id} does not match its taxonomy and key: it should be ${strategy.taxonomy}:${strategy.key}.`,
      });
    }
    const other = strategies.get(strategy.id);
    if (other) {
      issues.push({
        code: "duplicate-id",
        path: entry.idPath,
        message: `Strategy id ${strategy.id} ("${strategy.name}", ${where(entry)}) collides with strategy ${label(other)}: give one of them another key.`,
      });
    } else strategies.set(strategy.id, entry);
    if (strategy.group !== undefined) checkGroup(entry, groups, issues);
    strategy.codes.forEach((code, k) => {
      const probe = `${strategy.taxonomy}\u0000${code.trim().toLowerCase()}`;
      const owner = codes.get(probe);
      if (owner && owner.item.id !== strategy.id) {
        issues.push({
          code: "duplicate-code",
          path: [...entry.path, "codes", k],
          message: `Code "${code}" of ${strategy.id} ("${strategy.name}") is already the code of ${label(owner)}: a code must name one strategy.`,
        });
      } else codes.set(probe, entry);
    });
    const spellings: [string, readonly PathSegment[]][] = [
      [strategy.name, [...entry.path, "name"]],
      [strategy.key, entry.idPath],
      ...strategy.aliases.map((alias, k): [string, readonly PathSegment[]] => [alias, [...entry.path, "aliases", k]]),
    ];
    for (const [spelling, path] of spellings) {
      const probe = `${strategy.taxonomy}\u0000${foldName(spelling)}`;
      const owner = names.get(probe);
      if (owner && owner.item.id !== strategy.id) {
        issues.push({
          code: "duplicate-name",
          path,
          message: `"${spelling}" of ${strategy.id} reads the same as a name, key or alias of ${label(owner)}, so a reference to it would be ambiguous: spell it differently.`,
        });
      } else names.set(probe, entry);
    }
  }
  return issues;
}

function checkGroup(entry: Entry<Strategy>, groups: ReadonlyMap<string, Entry<Group>>, issues: Issue[]): void {
  const strategy = entry.item;
  const group = strategy.group === undefined ? undefined : groups.get(strategy.group);
  if (group && group.item.taxonomy === strategy.taxonomy) return;
  const own = [...groups.values()].map((g) => g.item).filter((g) => g.taxonomy === strategy.taxonomy);
  const close = new SchemeIndex(
    "group",
    own.map((g) => ({ ...g, aliases: [] })),
  ).closest(String(strategy.group).replace(/^[^:]*:/, ""));
  const hint =
    close.length > 0
      ? ` Did you mean ${close.map((g) => g.id).join(", ")}?`
      : own.length > 0
        ? ` Its groups are ${own.map((g) => g.id).join(", ")}.`
        : ` The taxonomy ${strategy.taxonomy} has no groups.`;
  issues.push({
    code: "unknown-group",
    path: [...entry.path, "group"],
    message: group
      ? `Strategy ${strategy.id} is placed in group ${strategy.group}, which belongs to the taxonomy ${group.item.taxonomy}, not ${strategy.taxonomy}.${hint}`
      : `Strategy ${strategy.id} is placed in group "${strategy.group}", which is not a group of the catalogue.${hint}`,
  });
}
