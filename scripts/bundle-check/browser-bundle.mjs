// Step 3 of scripts/check-imports.mjs: bundles consumer.js (beside this file) with esbuild for the browser, from a
// consumer folder whose node_modules holds the packed packages, and runs the bundle in a `vm` context that holds
// web globals only (no `process`, `Buffer`, `require`, `global`, `setImmediate`). It must report exactly what the
// same consumer reports unbundled in Node.
import { spawnSync } from "node:child_process";
import { webcrypto } from "node:crypto";
import { copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const run = (command, args, cwd) => spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

/**
 * Bundles and runs the consumer; reports each result through `check(ok, label, detail)`.
 *
 * @param {string} consumer - A folder whose node_modules holds the packages under test.
 * @param {(ok: boolean, label: string, detail?: string) => void} check - Records one check.
 */
export async function checkBrowserBundle(consumer, check) {
  const entry = join(consumer, "consumer.mjs");
  copyFileSync(join(here, "consumer.js"), entry);
  const unbundled = run(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      'globalThis.report = (v) => console.log(JSON.stringify(v)); await import("./consumer.mjs");',
    ],
    consumer,
  );
  check(unbundled.status === 0, "consumer runs unbundled in Node", unbundled.status === 0 ? "" : unbundled.stderr);
  try {
    const bundle = await build({
      entryPoints: [entry],
      absWorkingDir: consumer,
      bundle: true,
      platform: "browser",
      format: "iife",
      minify: true,
      write: false,
      logLevel: "silent",
    });
    const code = bundle.outputFiles[0].text;
    const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
    check(
      true,
      "esbuild browser bundle of the consumer",
      `${kB(code.length)} minified, ${kB(gzipSync(code).length)} gzipped`,
    );
    let reported;
    const web = {
      console,
      TextEncoder,
      TextDecoder,
      URL,
      URLSearchParams,
      crypto: webcrypto,
      queueMicrotask,
      structuredClone,
    };
    Object.assign(web, {
      setTimeout,
      clearTimeout,
      atob,
      btoa,
      performance,
      report: (v) => (reported = JSON.stringify(v)),
    });
    const context = vm.createContext(web);
    const leaked = vm.runInContext(
      "['process', 'Buffer', 'require', 'global', 'setImmediate'].filter((n) => n in globalThis)",
      context,
    );
    check(leaked.length === 0, "the bundle's context has no Node globals", leaked.join(", "));
    try {
      vm.runInContext(code, context, { filename: "consumer.bundle.js" });
      const same = reported === unbundled.stdout.trim();
      check(same, "the bundle runs without Node globals and reports what Node does", same ? "" : `${reported}`);
    } catch (error) {
      check(false, "the bundle runs without Node globals", String(error?.stack ?? error));
    }
  } catch (error) {
    check(
      false,
      "esbuild browser bundle of the consumer",
      error.errors?.map((e) => e.text).join("; ") ?? String(error),
    );
  }
}
