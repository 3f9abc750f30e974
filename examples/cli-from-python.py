"""Calling the impsci command from Python and reading what it prints: CSV with the csv module (or pandas),
JSON with the json module, a profile built in Python sent on standard input, and the exit codes.

Run from the root of a clone of the repository: python3 examples/cli-from-python.py
(the pandas part runs only where pandas is installed).
"""

import csv
import io
import json
import os
import shlex
import subprocess

# The command: `impsci` once the package is installed (npm install --global @impsci/cli). Set IMPSCI to run it
# another way, e.g. from a clone: IMPSCI="pnpm exec tsx --conditions=@impsci/source packages/cli/src/bin.ts"
IMPSCI = shlex.split(os.environ.get("IMPSCI", "impsci"))


class ImpsciError(Exception):
    """impsci exited non-zero: 1 for bad input or usage, 2 for an internal fault."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


def impsci(*args, stdin=None):
    """Runs impsci with these arguments; returns what it prints on standard output."""
    run = subprocess.run([*IMPSCI, *args], input=stdin, capture_output=True, text=True, encoding="utf-8")
    if run.returncode != 0:
        raise ImpsciError(run.returncode, run.stderr)  # every problem, one a line, on standard error
    return run.stdout  # warnings, if any, are in run.stderr


# 1. The ranking as CSV: one row a strategy (rank, strategy, name, score, level1, level2, determinants).
ranked = impsci("match", "--determinants", "examples/fixtures/clinic-profile.csv", "--top", "3", "--format", "csv")
for row in csv.DictReader(io.StringIO(ranked)):
    print(row["rank"], row["strategy"], row["score"], sep="\t")

# 2. The explanations as CSV: with --explain, one row a contribution (a determinant's path to a strategy).
explained = impsci("match", "--determinants", "examples/fixtures/clinic-profile.csv", "--top", "3",
                   "--explain", "--format", "csv")
totals = {}
for row in csv.DictReader(io.StringIO(explained)):
    totals[row["determinant"]] = totals.get(row["determinant"], 0) + float(row["weight"])
for determinant, total in sorted(totals.items(), key=lambda item: -item[1]):
    print(f"{determinant} adds {total:g} across the top 3")

# 3. JSON, with a profile built in Python and sent on standard input (--determinants -).
profile = {"determinants": [{"determinant": "cfir-2009:Reflecting & Evaluating", "valence": "barrier"}]}
result = json.loads(impsci("match", "--determinants", "-", "--links", "cfir-eric-2019", "--mode", "cumulative",
                           "--top", "3", "--format", "json", stdin=json.dumps(profile)))
for rec in result["recommendations"]:
    step = rec["contributions"][0]["steps"][-1]
    print(f'{rec["rank"]}. {rec["strategy"]["name"]}: {rec["score"]} % ({step["count"]} of {step["n"]} experts)')
print("link sets:", ", ".join(s["id"] for s in result["manifest"]["linkSets"]))

# 4. A bad file: exit code 1, and every problem with its row and column on standard error.
try:
    impsci("match", "--determinants", "examples/fixtures/bad-profile.csv", "--format", "csv")
except ImpsciError as error:
    print(f"exit code {error.code}")
    print(str(error).splitlines()[1].strip())

# 5. pandas reads the same CSV straight into a data frame.
try:
    import pandas as pd
except ImportError:
    pd = None
if pd is not None:
    frame = pd.read_csv(io.StringIO(explained))
    print(frame.groupby("strategy")["weight"].sum().sort_values(ascending=False))
