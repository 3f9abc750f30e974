import type { Crosswalk } from "@impsci/determinants";
import type { LinkSetInput } from "../link-set";

/** The crosswalk of `@impsci/determinants` the `tdf-com-b` link set is built from. */
export const TDF_COM_B_CROSSWALK = "tdf-v2-com-b.bcw-guide-2014";

/**
 * The `tdf-com-b` link set: the TDF v2 domain to COM-B subcomponent crosswalk of the Behaviour Change Wheel guide
 * (Michie, Atkins & West 2014) as a binary link set, cited like the crosswalk. It is built from the crosswalk, not
 * copied, so the two can never disagree.
 *
 * @param crosswalk - The crosswalk `tdf-v2-com-b.bcw-guide-2014`.
 * @returns The link set: weight 1 on each of the crosswalk's links, basis `theory`.
 * @example
 * ```ts
 * tdfComBFrom(getCrosswalk("tdf-v2-com-b.bcw-guide-2014")).links.length; // 17
 * ```
 */
export function tdfComBFrom(crosswalk: Crosswalk): LinkSetInput {
  return {
    id: "tdf-com-b",
    version: crosswalk.version,
    title: `${crosswalk.title}, as a link set`,
    from: crosswalk.from,
    to: crosswalk.to,
    weightKind: "binary",
    basis: "theory",
    citation: crosswalk.citation,
    licence: crosswalk.licence,
    coverage: crosswalk.coverage,
    note: `Built from the crosswalk ${crosswalk.id} of @impsci/determinants: weight 1 where the mapping links a TDF domain to a COM-B subcomponent.${crosswalk.note ? ` ${crosswalk.note}` : ""}`,
    links: crosswalk.links.map((link) => ({
      from: link.from,
      to: link.to,
      weight: 1,
      evidence: "link" as const,
      ...(link.note === undefined ? {} : { note: link.note }),
    })),
  };
}
