import type { ValidationIssue, ValidationResult } from "@impsci/determinants";
import { PLAN_SCHEMA_VERSION, type Plan } from "./plan";
import { type PlanIssueCode, type PlanOptions, validatePlan } from "./validate-plan";

/**
 * The codes {@link migratePlan} reports beyond those of `validatePlan`.
 *
 * @example
 * ```ts
 * const result = migratePlan({ schemaVersion: 9, title: "Screening", pathway: "strategease" });
 * const codes: MigrationIssueCode[] = result.success ? [] : result.issues.map((i) => i.code); // ["unsupported-schema-version"]
 * ```
 */
export type MigrationIssueCode = PlanIssueCode | "not-a-plan" | "invalid-schema-version";

type Doc = Record<string, unknown>;

/**
 * The migrations, one per schema version: `migrations[n]` turns a version-n document into version n + 1.
 *
 * Version 0 is the draft plan format used before the first release (a document with `schemaVersion: 0`, or with no
 * `schemaVersion`): it named the pathway `pathwayId`. Version 1 calls it `pathway`.
 */
const migrations: readonly { readonly describe: string; readonly apply: (doc: Doc) => Doc }[] = [
  {
    describe: "renamed pathwayId to pathway",
    apply: ({ pathwayId, ...rest }) => ({
      ...rest,
      ...(pathwayId === undefined || "pathway" in rest ? {} : { pathway: pathwayId }),
      schemaVersion: 1,
    }),
  },
];

/**
 * Upgrades a plan document written by an older release to the current schema version, then validates it; never
 * throws. A document from a newer release is refused with `unsupported-schema-version` and a message that says
 * to upgrade the package. The input is not touched.
 *
 * @param doc - A plan document of any version, e.g. parsed from JSON.
 * @param options - Passed to `validatePlan`.
 * @returns The `validatePlan` result for the upgraded document; its warnings begin with one `migrated` warning per
 *   migration applied, saying what changed.
 * @example
 * ```ts
 * const result = migratePlan({ schemaVersion: 0, title: "Screening", pathwayId: "strategease" });
 * if (result.success) result.data.pathway; // "strategease"
 * ```
 */
export function migratePlan(doc: unknown, options: PlanOptions = {}): ValidationResult<Plan, MigrationIssueCode> {
  try {
    return migrate(doc, options);
  } catch (error) {
    // Only input that fights back (a throwing getter, a revoked proxy) gets here.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      success: false,
      issues: [{ code: "invalid-input", path: [], message: `The plan could not be read: ${reason}.` }],
      warnings: [],
    };
  }
}

function migrate(doc: unknown, options: PlanOptions): ValidationResult<Plan, MigrationIssueCode> {
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    return {
      success: false,
      issues: [{ code: "not-a-plan", path: [], message: "A plan document must be a JSON object." }],
      warnings: [],
    };
  }
  const version = (doc as Doc).schemaVersion ?? 0;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    return {
      success: false,
      issues: [
        {
          code: "invalid-schema-version",
          path: ["schemaVersion"],
          message: `schemaVersion must be a whole number from 0 to ${PLAN_SCHEMA_VERSION}, not ${JSON.stringify(version)}.`,
        },
      ],
      warnings: [],
    };
  }
  if (version > PLAN_SCHEMA_VERSION) {
    return {
      success: false,
      issues: [
        {
          code: "unsupported-schema-version",
          path: ["schemaVersion"],
          message: `This plan is schemaVersion ${version}, written by a newer release; this release of @impsci/pathways reads up to ${PLAN_SCHEMA_VERSION}. Upgrade @impsci/pathways to open it; nothing was changed.`,
        },
      ],
      warnings: [],
    };
  }
  let current = { ...(doc as Doc) };
  const applied: ValidationIssue[] = [];
  for (let from = version; from < PLAN_SCHEMA_VERSION; from++) {
    const step = migrations[from];
    if (!step) break;
    current = step.apply(current);
    applied.push({
      code: "migrated",
      path: ["schemaVersion"],
      message: `Migrated from schemaVersion ${from} to ${from + 1}: ${step.describe}.`,
    });
  }
  const result = validatePlan(current, options);
  return { ...result, warnings: [...applied, ...result.warnings] };
}
