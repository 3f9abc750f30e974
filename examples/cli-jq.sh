#!/usr/bin/env bash
# Reading what `impsci match --format json` prints with jq: the ranking, the mechanisms on each path, which
# determinants each strategy answers, the warnings, and the manifest that ties a result to its data.
#
# Run from anywhere in a clone of the repository: bash examples/cli-jq.sh (needs jq)
set -euo pipefail
cd "$(dirname "$0")/.."

# The command from source, in a clone of the repository. Once the package is installed
# (npm install --global @impsci/cli), `impsci` is on your PATH: delete this line.
impsci() { pnpm exec tsx --conditions=@impsci/source packages/cli/src/bin.ts "$@"; }

result="$(mktemp)"
trap 'rm -f "$result"' EXIT
impsci match --determinants examples/fixtures/clinic-profile.csv --top 3 --format json > "$result" 2>/dev/null

echo "== rank, score, strategy"
jq -r '.recommendations[] | "\(.rank)\t\(.score)\t\(.strategy.name)"' "$result"

echo "== the paths of the first recommendation, with what each adds"
jq -r '.recommendations[0].contributions[] | "\(.path | join(" > "))\t+\(.weight)"' "$result"

echo "== which determinants each strategy answers"
jq -r '.recommendations[] | [.strategy.id, (.contributions | map(.determinant) | unique | join(";"))] | @tsv' "$result"

echo "== the ranking as CSV"
jq -r '.recommendations[] | [.rank, .strategy.id, .score, .level1, .level2] | @csv' "$result"

echo "== warnings"
jq -r '.warnings[] | "\(.code): \(.determinants // .strategies // [] | join(", "))"' "$result"

echo "== the link sets behind the result"
jq -r '.manifest.linkSets[] | "\(.id)@\(.version) \(.basis)"' "$result"

echo "== the first recommendation as JSON, with only its first and last contributions"
jq '.recommendations[0] | .contributions |= [first, last]' "$result"

echo "== the manifest as JSON (the 64 hex digits of each content hash left out here)"
jq '.manifest | .target.hash |= .[:7] + "..." | .linkSets[].hash |= .[:7] + "..."' "$result"
