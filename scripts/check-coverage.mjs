#!/usr/bin/env node
// Line coverage per package, from the json-summary report the tests step writes (`vitest run --coverage`, see the
// coverage section of vitest.config.ts). Prints one line per package, and the files that pull a package below the
// threshold (least covered first); exits 1 when any package covers less than the threshold of its lines, or when
// there is no report.
//   node scripts/check-coverage.mjs [--summary coverage/coverage-summary.json] [--min 90] [--files N] [--except a,b]
// `--except` names packages that are reported but do not fail the run (a known gap, for a while).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
};
const summaryFile = option("summary", join(root, "coverage", "coverage-summary.json"));
const min = Number(option("min", "90"));
const shownFiles = Number(option("files", "8"));
const except = new Set(option("except", "").split(",").filter(Boolean));

if (!existsSync(summaryFile)) {
  console.log(`FAIL no coverage report at ${relative(root, summaryFile)} (did the tests step run with --coverage?)`);
  process.exit(1);
}
const summary = JSON.parse(readFileSync(summaryFile, "utf8"));
const perPackage = new Map(
  readdirSync(join(root, "packages")).map((name) => [name, { total: 0, covered: 0, files: [] }]),
);
for (const [file, data] of Object.entries(summary)) {
  if (file === "total") continue;
  // The package is the folder after the last `packages/` (a report made in another clone still reads right).
  const path = file.split(sep).join("/");
  const at = path.lastIndexOf("/packages/");
  const pkg = at < 0 ? undefined : path.slice(at + 1).split("/")[1];
  const entry = pkg === undefined ? undefined : perPackage.get(pkg);
  if (entry === undefined) continue;
  entry.total += data.lines.total;
  entry.covered += data.lines.covered;
  entry.files.push({ path: path.slice(at + 1), ...data.lines });
}

let failed = 0;
const excused = [];
const pct = (covered, total) => (total === 0 ? 100 : (100 * covered) / total);
for (const [name, { total, covered, files }] of perPackage) {
  // A package whose files hold no executable line (the umbrella's re-exports) has nothing to cover; one with no file
  // in the report at all is a misconfigured report.
  const share = pct(covered, total);
  const ok = files.length > 0 && share >= min;
  if (!ok && !except.has(name)) failed += 1;
  if (!ok && except.has(name)) excused.push(name);
  const what =
    files.length === 0
      ? "no file in the report"
      : total === 0
        ? `no executable lines in ${files.length} file(s)`
        : `${share.toFixed(2)} % of lines (${covered}/${total})`;
  const mark = ok ? "ok  " : except.has(name) ? "GAP " : "FAIL";
  const note = ok ? "" : `, below ${min} %${except.has(name) ? " (--except: does not fail the run)" : ""}`;
  console.log(`${mark} ${name.padEnd(13)} ${what}${note}`);
  if (ok) continue;
  // The files that pull it down: most uncovered lines first.
  const worst = files.filter((f) => f.covered < f.total).sort((a, b) => b.total - b.covered - (a.total - a.covered));
  for (const f of worst.slice(0, shownFiles))
    console.log(`       ${f.path}: ${f.total - f.covered} of ${f.total} lines not run (${f.pct} %)`);
  if (worst.length > shownFiles) console.log(`       ... and ${worst.length - shownFiles} more files`);
}
if (failed > 0) console.log(`coverage: ${failed} package(s) below ${min} %`);
else if (excused.length > 0) console.log(`coverage: at ${min} % of lines or more, except ${excused.join(", ")}`);
else console.log(`coverage: every package at ${min} % of lines or more`);
process.exit(failed === 0 ? 0 : 1);
