export type { MatcherErrorCode } from "./error";
export { isMatcherError, MatcherError } from "./error";
export type { Basis, Evidence, Link, LinkSet, LinkSetInput, WeightKind } from "./link-set";
export { BasisSchema, defineLinkSet, EvidenceSchema, LinkSchema, LinkSetSchema, WeightKindSchema } from "./link-set";
export type { LinkSetId } from "./link-sets";
export { findLinkSet, getLinkSet, listLinkSets } from "./link-sets";
export type { MatchManyError, MatchManyOptions, MatchManyRecord } from "./match-many";
export { MATCH_MANY_TOP, MatchManyOptionsSchema } from "./match-many";
export type { MatchOptions } from "./match-options";
export { MatchOptionsSchema } from "./match-options";
export type {
  Contribution,
  ManifestLinkSet,
  MatchManifest,
  MatchResult,
  MatchWarning,
  MatchWarningCode,
  PathStep,
  Recommendation,
  ResolvedMatchOptions,
} from "./match-result";
export type { Matcher, MatcherConfig } from "./matcher";
export { createMatcher } from "./matcher";
export type { LinkSetCsvIssueCode, ParseLinkSetCsvOptions } from "./parse-link-set-csv";
export { ParseLinkSetCsvOptionsSchema, parseLinkSetCsv } from "./parse-link-set-csv";
export type {
  Portfolio,
  PortfolioCover,
  PortfolioPick,
  PortfolioUncovered,
  PortfolioWarning,
  PortfolioWarningCode,
} from "./portfolio";
export type { PortfolioOptions, ResolvedPortfolioOptions } from "./portfolio-options";
export { PortfolioOptionsSchema } from "./portfolio-options";
export type {
  OmittedDeterminant,
  SensitivityResult,
  SensitivityWarning,
  SensitivityWarningCode,
  StrategyStability,
} from "./sensitivity";
export type { ResolvedSensitivityOptions, SensitivityOptions, SensitivityProgress } from "./sensitivity-options";
export { SensitivityOptionsSchema } from "./sensitivity-options";
export { VERSION } from "./version";
