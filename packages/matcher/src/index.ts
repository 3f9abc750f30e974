export type { Link, LinkSet, LinkSetInput } from "./link-set";
export { BasisSchema, defineLinkSet, EvidenceSchema, LinkSchema, LinkSetSchema, WeightKindSchema } from "./link-set";
