export type { Citation, Coverage, Verification } from "./citation";
export { CitationSchema, CoverageSchema, VerificationSchema } from "./citation";
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
export { CrosswalkSchema, defineFramework, ElementKindSchema, ElementSchema, FrameworkSchema } from "./framework";
export type { RefErrorCode, Referable, RefLookup, Resolution, SplitRef } from "./reference";
export { describeUnresolved, foldName, lookupRef, SchemeIndex, slugify, splitRef } from "./reference";
export type { PathSegment, SchemaIssueCode, ValidationIssue, ValidationResult } from "./validation";
export { zodIssues } from "./validation";
