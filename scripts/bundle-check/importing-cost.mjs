#!/usr/bin/env node
// What `import { createMatcher } from "@impsci/matcher"` (and a few other imports) costs a browser app, and where
// the bytes come from. On demand (`node scripts/bundle-check/importing-cost.mjs`), not a CI gate: the budgets CI
// holds are in .size-limit.json. Prints Markdown tables for docs/performance.md ("Packaging and size").
//
// Bundles with esbuild the way size-limit does (platform browser, minified, tree-shaken, gzip level 9). Totals come
// from the built files (dist, run the build first). The breakdown bundles the same import from source (the
// `@impsci/source` condition: the built files are one flat file per package, so only source keeps module
// boundaries) and sums each module's minified bytes by where it lives; "without data" leaves every `src/data/`
// module out of the bundle, "without dependencies" every other package.
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

/** Where a bundled file comes from: `matcher code`, `catalogue data`, `zod`, ... */
function groupOf(file) {
  const path = relative(root, file).split(sep).join("/");
  const pkg = /^packages\/([^/]+)\/(src\/data\/|src\/|dist\/)/.exec(path);
  if (pkg) return `@impsci/${pkg[1]} ${pkg[2] === "src/data/" ? "data" : "code"}`;
  const dep = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path);
  return dep ? dep[1] : path;
}

/** A plugin that leaves out of the bundle what `leave(path)` names, keeping the import statement. */
const leaveOut = (leave) => ({
  name: "leave-out",
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === "inner" || args.kind === "entry-point") return undefined;
      const { importer, namespace, resolveDir, kind, with: attributes } = args;
      const resolved = await b.resolve(args.path, {
        importer,
        namespace,
        resolveDir,
        kind,
        with: attributes,
        pluginData: "inner",
      });
      if (resolved.errors.length > 0) return resolved;
      return leave(resolved.path, args.path) ? { path: args.path, external: true } : resolved;
    });
  },
});

async function measure(code, { source = false, leave } = {}) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: "js" },
    bundle: true,
    platform: "browser",
    format: "esm",
    minify: true,
    treeShaking: true,
    write: false,
    metafile: true,
    logLevel: "silent",
    conditions: source ? ["@impsci/source"] : [],
    plugins: leave ? [leaveOut(leave)] : [],
  });
  const text = result.outputFiles[0].text;
  const groups = {};
  for (const [file, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
    if (file === "<stdin>") continue;
    const group = groupOf(join(root, file));
    groups[group] = (groups[group] ?? 0) + bytesInOutput;
  }
  return { min: text.length, gz: gzipSync(text, { level: 9 }).length, groups };
}

const isData = (path) => /[/\\]packages[/\\][^/\\]+[/\\]src[/\\]data[/\\]/.test(path);
const outside = (pkg) => (path) => !path.includes(`${sep}packages${sep}${pkg}${sep}`);
const createMatcher = 'import { createMatcher } from "@impsci/matcher"; console.log(createMatcher);';

const rows = [
  ["everything (matcher, catalogue, determinants, their data, zod and other dependencies)", createMatcher, {}],
  ["everything, bundled from source (the breakdown below)", createMatcher, { source: true }],
  ["without data (every package's `src/data/` left out)", createMatcher, { source: true, leave: isData }],
  ["without dependencies (the matcher's own code and its link-set data)", createMatcher, { leave: outside("matcher") }],
  [
    "without data and dependencies (the engine alone)",
    createMatcher,
    { source: true, leave: (p) => isData(p) || outside("matcher")(p) },
  ],
];
console.log('| `import { createMatcher } from "@impsci/matcher"` | minified | gzipped |');
console.log("| --- | ---: | ---: |");
let breakdown;
for (const [label, code, options] of rows) {
  const m = await measure(code, options);
  if (options.source && !options.leave) breakdown = m.groups;
  console.log(`| ${label} | ${kB(m.min)} | ${kB(m.gz)} |`);
}

console.log("\n| where the bytes of everything come from (from source) | minified |");
console.log("| --- | ---: |");
for (const [group, bytes] of Object.entries(breakdown).sort((a, b) => b[1] - a[1]))
  console.log(`| ${group} | ${kB(bytes)} |`);

// The built entry of each package is one flat file: its top-level statements (schemas built, datasets frozen at
// load, a dependency imported for one function) stay in any bundle that imports anything from it. From source the
// modules are separate and `sideEffects: false` lets a bundler drop the ones an import does not reach.
const flat = [
  ["createMatcher", "@impsci/matcher"],
  ["getStrategy", "@impsci/catalogue"],
  ["eric", "@impsci/catalogue"],
  ["validateProfile", "@impsci/determinants"],
  ["getPathway", "@impsci/pathways"],
];
const notZod = (_path, specifier) => specifier === "zod" || specifier.startsWith("zod/");
console.log("\n| import (with every dependency but zod), gzipped | from the built files | from source |");
console.log("| --- | ---: | ---: |");
for (const [name, from] of flat) {
  const code = `import { ${name} } from "${from}"; console.log(${name});`;
  const built = await measure(code, { leave: notZod });
  const source = await measure(code, { source: true, leave: notZod });
  console.log(`| \`import { ${name} } from "${from}"\` | ${kB(built.gz)} | ${kB(source.gz)} |`);
}

const others = [
  [
    '`import { eric } from "@impsci/catalogue"`, without dependencies',
    'import { eric } from "@impsci/catalogue"; console.log(eric);',
    { leave: outside("catalogue") },
  ],
  [
    "the ERIC dataset module alone (`src/data/eric.ts` and the citations it uses)",
    'import { eric } from "./packages/catalogue/src/data/eric.ts"; console.log(eric);',
    { source: true, leave: (p) => !isData(p) },
  ],
  ['`import * as z from "zod"`, every export kept', 'import * as z from "zod"; console.log(z);', {}],
];
console.log("\n| other imports | minified | gzipped |");
console.log("| --- | ---: | ---: |");
for (const [label, code, options] of others) {
  const m = await measure(code, options);
  console.log(`| ${label} | ${kB(m.min)} | ${kB(m.gz)} |`);
}
