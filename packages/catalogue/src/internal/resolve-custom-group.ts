import { lookupRef, type PathSegment, SchemeIndex, type ValidationIssue } from "@impsci/determinants";
import type { CatalogueIssueCode } from "../catalogue";
import type { Group } from "../strategy";

/**
 * Resolves the group a custom strategy names: a full group reference (`eric-cluster:engage-consumers`, or the
 * scheme followed by a name), or the key or name of a group of the strategy's own taxonomy. Pushes an
 * `unknown-group` issue and returns `null` when it names none, or a group of another taxonomy.
 */
export function resolveCustomGroup(
  text: string,
  taxonomy: string,
  groups: readonly Group[],
  path: PathSegment[],
  issues: ValidationIssue<CatalogueIssueCode>[],
): string | null {
  const refs = groups.map((group) => ({ ...group, aliases: [] as string[] }));
  const own = refs.filter((group) => group.taxonomy === taxonomy);
  const exact = refs.find((group) => group.id === text.trim());
  let found: Group | undefined = exact;
  let message = "";
  if (!found && text.includes(":")) {
    const schemes = new Map<string, typeof refs>();
    for (const ref of refs) {
      const scheme = ref.id.slice(0, ref.id.indexOf(":"));
      schemes.set(scheme, [...(schemes.get(scheme) ?? []), ref]);
    }
    const indexes = new Map([...schemes].map(([scheme, list]) => [scheme, new SchemeIndex(scheme, list)]));
    const result = lookupRef(text, indexes, "group scheme");
    if (result.ok) found = result.item;
    else message = result.message;
  } else if (!found) {
    const result = new SchemeIndex(`${taxonomy} group`, own).resolve(text);
    if (result.ok) found = result.item;
    else {
      const names = (result.candidates.length > 0 ? result.candidates : own).map((g) => `${g.id} (${g.name})`);
      message = `"${text}" is not a group of the taxonomy ${taxonomy}: ${names.length > 0 ? `use one of ${names.join(", ")}` : "it has no groups; add one under groups"}.`;
    }
  }
  if (found && found.taxonomy === taxonomy) return found.id;
  issues.push({
    code: "unknown-group",
    path,
    message: found
      ? `The group ${found.id} belongs to the taxonomy ${found.taxonomy}, not ${taxonomy}: place the strategy in a group of its own taxonomy.`
      : message,
  });
  return null;
}
