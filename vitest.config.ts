import { defineConfig } from "vitest/config";

const packages = ["determinants", "catalogue", "matcher", "pathways", "cli", "impsci"];

export default defineConfig({
  resolve: { conditions: ["@impsci/source", "module", "browser", "development|production"] },
  ssr: { resolve: { conditions: ["@impsci/source", "module", "node", "development|production"] } },
  test: {
    projects: [
      ...packages.map((name) => ({
        extends: true as const,
        test: {
          name,
          root: `packages/${name}`,
          include: ["src/**/*.test.ts", "src/**/*.test-prop.ts", "test/**/*.test.ts"],
          benchmark: { include: ["bench/**/*.bench.ts"] },
          // The cli tests run the built bin; this builds the workspace first when its output is stale.
          ...(name === "cli" ? { globalSetup: ["test/build-once.ts"] } : {}),
        },
      })),
      {
        extends: true as const,
        test: { name: "examples", root: ".", include: ["examples/**/*.test.ts", "scripts/**/*.test.ts"] },
      },
    ],
    coverage: {
      provider: "v8",
      include: ["packages/*/src/**/*.ts"],
      // Tests, test fixtures and datasets are not code to cover; a bin is a one-line process entry (`main()` in
      // run.ts is), run by the CLI tests as a child process, out of v8's reach.
      exclude: ["**/*.test.ts", "**/*.test-prop.ts", "**/*.fixture.ts", "**/data/**", "packages/*/src/bin.ts"],
      reporter: ["text-summary", "json-summary"],
      // Still write the report when a test fails, so the coverage step says something useful.
      reportOnFailure: true,
    },
  },
});
