export type { Citation, Coverage, Verification } from "./citation";
export { CitationSchema, CoverageSchema, VerificationSchema } from "./citation";
export type { CrosswalkFilter, CrosswalkId } from "./crosswalks";
export { findCrosswalk, getCrosswalk, listCrosswalks } from "./crosswalks";
export { cfir2009 } from "./data/cfir-2009";
export { cfir2022 } from "./data/cfir-2022";
export { comB } from "./data/com-b";
export { exampleProfile } from "./data/example-profile";
export { tdfV2 } from "./data/tdf-v2";
export { tdfV2ComBBcwGuide2014 } from "./data/tdf-v2-com-b";
export type { Determinant, DeterminantInput, DeterminantProfile, DeterminantProfileInput, Level } from "./determinant";
export { DeterminantProfileSchema, DeterminantSchema, LevelSchema } from "./determinant";
export type { DeterminantsErrorCode } from "./error";
export { DeterminantsError, isDeterminantsError } from "./error";
export type {
  Crosswalk,
  CrosswalkInput,
  Element,
  ElementInput,
  ElementKind,
  Framework,
  FrameworkInput,
} from "./framework";
export {
  CrosswalkSchema,
  defineCrosswalk,
  defineFramework,
  ElementKindSchema,
  ElementSchema,
  FrameworkSchema,
} from "./framework";
export type { ElementId, FrameworkId } from "./frameworks";
export {
  findElement,
  findFramework,
  getElement,
  getFramework,
  listFrameworks,
  lookupElement,
  resolveRef,
} from "./frameworks";
export type { ParseProfileCsvOptions, ProfileCsvColumn, ProfileCsvIssueCode } from "./parse-profile-csv";
export { PROFILE_CSV_COLUMNS, parseProfileCsv, parseProfileRows } from "./parse-profile-csv";
export type { PrioritisedDeterminant, PriorityQuadrant } from "./prioritise";
export { HIGH_RATING, PRIORITY_QUADRANTS, prioritise } from "./prioritise";
export type { CsvIssueCode, CsvRow, CsvTable } from "./read-csv";
export { readCsv } from "./read-csv";
export type { RefErrorCode, Referable, RefLookup, Resolution, SplitRef } from "./reference";
export { describeUnresolved, foldName, lookupRef, SchemeIndex, slugify, splitRef } from "./reference";
export type { ProfileIssueCode, ProfileWarningCode } from "./validate-profile";
export { validateProfile } from "./validate-profile";
export type { PathSegment, SchemaIssueCode, ValidationIssue, ValidationResult } from "./validation";
export { zodIssues } from "./validation";
