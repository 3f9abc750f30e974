#!/usr/bin/env bash
# Beyond a ranked list, from the shell: a portfolio of strategies that together cover a profile, how stable a
# ranking is (seeded, so the same seed gives the same numbers), and many sites in one streaming pass (NDJSON out,
# read here with jq).
#
# Run from anywhere in a clone of the repository: bash examples/cli-analyses.sh (needs jq)
set -euo pipefail
cd "$(dirname "$0")/.."

# The command from source, in a clone of the repository. Once the package is installed
# (npm install --global @impsci/cli), `impsci` is on your PATH: delete this line.
impsci() { pnpm exec tsx --conditions=@impsci/source packages/cli/src/bin.ts "$@"; }

echo "== 1. Three strategies that together cover the clinic's profile"
impsci portfolio --determinants examples/fixtures/clinic-profile.csv --k 3 --format csv 2>/dev/null |
  cut -d, -f1-4

echo "== 2. How stable is the CFIR-ERIC top 3 for one barrier? (2,000 seeded draws; the profile on standard input)"
printf 'determinant,valence\ncfir-2009:Reflecting & Evaluating,barrier\n' |
  impsci sensitivity --determinants - --links cfir-eric-2019 --mode cumulative \
    --method resample --k 3 --draws 2000 --seed 42 --format csv 2>/dev/null | awk 'NR <= 6'

echo "== 3. Many sites, one line each, in input order; a bad site gets an error line and the run goes on"
impsci batch --profiles examples/fixtures/sites.csv --top 2 2>/dev/null |
  jq -r 'if .ok then "\(.id): \([.result.recommendations[].strategy.name] | join("; "))"
         else "\(.id): error at line \(.line): \(.error.issues[0].message)" end'
