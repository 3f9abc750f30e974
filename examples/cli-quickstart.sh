#!/usr/bin/env bash
# The impsci command in a few steps: look things up, match a profile from a file, match through your own link set,
# write a file safely, and what a bad input gets. Data goes to standard output, messages and warnings to standard
# error (hidden here with 2>/dev/null where they would only repeat what the guides explain).
#
# Run from anywhere in a clone of the repository: bash examples/cli-quickstart.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# The command from source, in a clone of the repository. Once the package is installed
# (npm install --global @impsci/cli), `impsci` is on your PATH: delete this line.
impsci() { pnpm exec tsx --conditions=@impsci/source packages/cli/src/bin.ts "$@"; }

echo "== 1. Look up a strategy by what you remember of it"
impsci catalogue search "audit feedback" --taxonomy eric --limit 2 --format csv

echo "== 2. The built-in example profile: the top 2, each with its explanation"
impsci match --example --top 2 --explain --format table 2>/dev/null

echo "== 3. Your own profile from a CSV file, ranked, as CSV"
impsci match --determinants examples/fixtures/clinic-profile.csv --top 5 --format csv 2>/dev/null

echo "== 4. The CFIR-ERIC route through your own link set (made-up values), scored as the Matching Tool does"
impsci match --determinants examples/fixtures/cfir-barriers.csv \
  --links examples/fixtures/example-barrier-links.csv --mode cumulative --top 5 --format table 2>/dev/null

echo "== 5. --out writes the whole file or nothing; a bad input exits 1 and lists every problem"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
impsci match --example --top 10 --format json --out "$out/ranked.json" 2>/dev/null
echo "ranked.json: $(grep -c '"rank":' "$out/ranked.json") recommendations"
status=0
impsci match --determinants examples/fixtures/bad-profile.csv --format json --out "$out/bad.json" 2>&1 || status=$?
echo "exit code $status; bad.json written: $([ -e "$out/bad.json" ] && echo yes || echo no)"
