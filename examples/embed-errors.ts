// Two kinds of failure, kept apart in every package: validation RETURNS its problems (a result with
// `success`, `issues` and `warnings`), and operations THROW one error class per package, each with a `code` and a
// guard (`isMatcherError`, ...) that also recognises an error from another installed copy of the package.
//
// Run: pnpm exec tsx --conditions=@impsci/source examples/embed-errors.ts
import { pathToFileURL } from "node:url";
import { getStrategy, isCatalogueError } from "@impsci/catalogue";
import { getElement, isDeterminantsError, validateProfile } from "@impsci/determinants";
import { createMatcher, isMatcherError } from "@impsci/matcher";
import { getPathway, isPathwaysError } from "@impsci/pathways";

/** The error an operation throws, as `Class code`, or "no error"; anything not from impsci is thrown on. */
export function thrown(operation: () => unknown): string {
  try {
    operation();
    return "no error";
  } catch (error) {
    if (isDeterminantsError(error)) return `DeterminantsError ${error.code}`;
    if (isCatalogueError(error)) return `CatalogueError ${error.code}`;
    if (isMatcherError(error)) return `MatcherError ${error.code}, ${error.issues.length} issue(s)`;
    if (isPathwaysError(error)) return `PathwaysError ${error.code}`;
    throw error;
  }
}

/** Runs the example: prints what it finds. */
export function main(): void {
  // Validation: never throws, whatever it is given; each issue has a code, a path and a plain message.
  const checked = validateProfile({ determinants: [{ determinant: "tdf-v2:Knowlege", valence: "obstacle" }] });
  if (!checked.success) {
    for (const issue of checked.issues) console.log(`issue ${issue.code} at ${issue.path.join(".")}`);
  }
  console.log(`validateProfile(null): success ${validateProfile(null).success}`);

  // Operations: a lookup of something that does not exist, a profile or options that do not validate.
  console.log(thrown(() => getElement("tdf-v2:Knowlege")));
  console.log(thrown(() => getStrategy("eric:Audit and feedbak")));
  console.log(thrown(() => createMatcher({ linkSets: ["cfir-eric-2025"] })));
  const fromOutside = JSON.parse('{ "determinants": [{ "determinant": "tdf-v2:knowledge", "valence": "obstacle" }] }');
  console.log(thrown(() => createMatcher().match(fromOutside)));
  console.log(thrown(() => createMatcher().match({ determinants: [] }, { top: 0 })));
  console.log(thrown(() => getPathway("strategeese")));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
