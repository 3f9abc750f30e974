export type { Citation, Coverage, Verification } from "./citation";
export { CitationSchema, CoverageSchema, VerificationSchema } from "./citation";
export type { DeterminantsErrorCode } from "./error";
export { DeterminantsError, isDeterminantsError } from "./error";
export type { Referable, Resolution, SplitRef } from "./reference";
export { describeUnresolved, foldName, SchemeIndex, slugify, splitRef } from "./reference";
export type { PathSegment, SchemaIssueCode, ValidationIssue, ValidationResult } from "./validation";
export { zodIssues } from "./validation";
