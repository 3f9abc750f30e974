#!/usr/bin/env node
// After the build: does every package work for someone who installs it? Packs each workspace package (`pnpm pack`,
// so only what `files` ships), unpacks the tarballs into a throw-away consumer's node_modules (third-party
// dependencies linked from this workspace: no network), then checks from that consumer that
//   1. each package imports in plain Node ESM (`import * as m`) and CJS (`require`), from dist/index.js and
//      dist/index.cjs, with exactly the value exports its src/index.ts names, of the same kinds in both, and a
//      one-line smoke call gives the expected answer in both;
//   2. each `bin` runs (`--version`);
//   3. an esbuild bundle (platform browser) of scripts/bundle-check/consumer.js runs in a `vm` context holding only
//      web globals (no `process`, `Buffer`, `require`, `global`, `setImmediate`) and reports what the same consumer
//      reports unbundled in Node.
// Prints one line per check and exits 1 when any fails. `--keep` keeps the consumer folder and prints its path.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { checkBrowserBundle } from "./bundle-check/browser-bundle.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const keep = process.argv.includes("--keep");

/** One expression per package, run against its module `m` in ESM and in CJS, and the answer it must give. */
const smoke = {
  "@impsci/determinants": ['m.getFramework("tdf-v2").id', "tdf-v2"],
  "@impsci/catalogue": ['m.getStrategy("eric:Promote adaptability").name', "Promote adaptability"],
  "@impsci/matcher": [
    'm.createMatcher().match({ determinants: [{ determinant: "tdf-v2:knowledge", valence: "barrier" }] }, { top: 3 }).recommendations.length',
    "3",
  ],
  "@impsci/pathways": ['m.getPathway("strategease").id', "strategease"],
  "@impsci/cli": ["typeof m.run", "function"],
  impsci: ["Object.keys(m.matcher).includes('createMatcher')", "true"],
};

let failures = 0;
function check(ok, label, detail = "") {
  console.log(`${ok ? "ok  " : "FAIL"} ${label}${detail ? `: ${detail}` : ""}`);
  if (!ok) failures += 1;
}

function run(command, args, cwd) {
  return spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

/** The value exports a package's src/index.ts names (`export type` left out). */
function expectedExports(pkgDir) {
  const file = join(pkgDir, "src", "index.ts");
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const names = [];
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.exportClause) {
      const clause = statement.exportClause;
      if (ts.isNamespaceExport(clause)) names.push(clause.name.text);
      else for (const element of clause.elements) if (!element.isTypeOnly) names.push(element.name.text);
    } else if (
      ts.canHaveModifiers(statement) &&
      ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    ) {
      if (ts.isVariableStatement(statement))
        for (const d of statement.declarationList.declarations) names.push(d.name.getText(source));
      else if (statement.name && !ts.isInterfaceDeclaration(statement) && !ts.isTypeAliasDeclaration(statement))
        names.push(statement.name.text);
    }
  }
  return names.sort();
}

// --- the consumer: packed tarballs unpacked into node_modules, third-party dependencies linked from the workspace
const packages = readdirSync(join(root, "packages"))
  .map((dir) => ({
    dir: join(root, "packages", dir),
    json: JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8")),
  }))
  .filter((p) => !p.json.private);
const workspaceNames = new Set(packages.map((p) => p.json.name));
const consumer = mkdtempSync(join(tmpdir(), "impsci-consumer-"));
const modules = join(consumer, "node_modules");
const tarballs = join(consumer, "tarballs");
const pack = run(
  process.execPath,
  [join(root, "scripts", "pnpm.mjs"), "-r", "pack", "--pack-destination", tarballs],
  root,
);
check(pack.status === 0, "pnpm -r pack", pack.status === 0 ? `${packages.length} tarballs` : pack.stderr + pack.stdout);

const linked = new Map();
for (const { dir, json } of packages) {
  const target = join(modules, json.name);
  mkdirSync(target, { recursive: true });
  const tgz = join(tarballs, `${json.name.replace("@", "").replace("/", "-")}-${json.version}.tgz`);
  const untar = run("tar", ["-xzf", tgz, "-C", target, "--strip-components=1"], consumer);
  if (untar.status !== 0) check(false, `unpack ${json.name}`, untar.stderr);
  for (const dep of Object.keys({ ...json.dependencies, ...json.peerDependencies })) {
    if (workspaceNames.has(dep) || linked.has(dep)) continue;
    let source;
    for (const base of [dir, root]) {
      try {
        source = realpathSync(join(base, "node_modules", dep));
        break;
      } catch {}
    }
    if (source === undefined) {
      check(false, `dependency ${dep} of ${json.name}`, "not installed in the workspace");
      continue;
    }
    mkdirSync(dirname(join(modules, dep)), { recursive: true });
    symlinkSync(source, join(modules, dep), "dir");
    linked.set(dep, source);
  }
}

// --- 1. Node ESM and CJS
const specs = packages.map(({ json }) => ({ name: json.name, smoke: smoke[json.name]?.[0] ?? "'-'" }));
const probe = (load, resolve) => `(async () => {
  const out = {};
  for (const spec of ${JSON.stringify(specs)}) {
    try {
      const m = ${load};
      out[spec.name] = {
        file: ${resolve},
        exports: Object.fromEntries(Object.keys(m).map((k) => [k, typeof m[k]])),
        smoke: String(new Function("m", "return (" + spec.smoke + ")")(m)),
      };
    } catch (error) {
      out[spec.name] = { error: String(error?.stack ?? error).split("\\n").slice(0, 3).join(" | ") };
    }
  }
  console.log(JSON.stringify(out));
})();`;
const formats = {
  ESM: ["--input-type=module", "-e", probe("await import(spec.name)", "import.meta.resolve(spec.name)")],
  CJS: ["--input-type=commonjs", "-e", probe("require(spec.name)", "require.resolve(spec.name)")],
};
const seen = {};
for (const [format, args] of Object.entries(formats)) {
  const child = run(process.execPath, args, consumer);
  try {
    seen[format] = JSON.parse(child.stdout);
  } catch {
    check(false, `${format} probe`, child.stderr || child.stdout);
    seen[format] = {};
  }
}
for (const { dir, json } of packages) {
  const expected = expectedExports(dir);
  const kinds = {};
  for (const [format, suffix] of [
    ["ESM", "/dist/index.js"],
    ["CJS", "/dist/index.cjs"],
  ]) {
    const got = seen[format][json.name];
    const label = `${json.name} ${format}`;
    if (got === undefined || got.error) {
      check(false, label, got?.error ?? "not probed");
      continue;
    }
    const names = Object.keys(got.exports).sort();
    const missing = expected.filter((n) => !names.includes(n) || got.exports[n] === "undefined");
    const extra = names.filter((n) => !expected.includes(n));
    const wantSmoke = smoke[json.name]?.[1] ?? "-";
    const problems = [
      got.file.endsWith(suffix) ? "" : `resolved ${got.file}, not ${suffix}`,
      missing.length > 0 ? `missing ${missing.join(", ")}` : "",
      extra.length > 0 ? `not in src/index.ts: ${extra.join(", ")}` : "",
      got.smoke === wantSmoke ? "" : `smoke gave ${got.smoke}, expected ${wantSmoke}`,
    ].filter(Boolean);
    kinds[format] = got.exports;
    check(problems.length === 0, label, problems.join("; ") || `${names.length} exports, smoke ${wantSmoke}`);
  }
  if (kinds.ESM && kinds.CJS) {
    const differ = expected.filter((n) => kinds.ESM[n] !== kinds.CJS[n]);
    check(differ.length === 0, `${json.name} ESM and CJS export the same kinds`, differ.join(", "));
  }
}

// --- 2. bins
for (const { json } of packages) {
  for (const [bin, file] of Object.entries(json.bin ?? {})) {
    const child = run(process.execPath, [join(modules, json.name, file), "--version"], consumer);
    const out = child.stdout.trim();
    check(child.status === 0 && /^\d+\.\d+\.\d+/.test(out), `${json.name} bin ${bin} --version`, out || child.stderr);
  }
}

// --- 3. browser bundle, run with web globals only
await checkBrowserBundle(consumer, check);

if (keep) console.log(`consumer kept in ${consumer}`);
else rmSync(consumer, { recursive: true, force: true });
console.log(failures === 0 ? "import checks passed" : `${failures} import check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
