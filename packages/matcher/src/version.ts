/**
 * The version of `@impsci/matcher`, written into every result's manifest. Kept equal to package.json by a test
 * (`src/version.test.ts`), so a release that bumps one without the other fails.
 *
 * @example
 * ```ts
 * createMatcher().match(profile).manifest.version === VERSION; // true
 * ```
 */
export const VERSION = "0.0.0";
