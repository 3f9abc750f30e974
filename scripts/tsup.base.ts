import { defineConfig, type Options } from "tsup";

/** The one tsup configuration every package builds with: ESM + CJS + types, nothing bundled from deps. */
export function packageConfig(entry: string[] = ["src/index.ts"], extra: Partial<Options> = {}) {
  return defineConfig({
    entry,
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    clean: true,
    target: "node20",
    platform: "neutral",
    splitting: false,
    ...extra,
  });
}
