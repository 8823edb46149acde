#!/usr/bin/env bash
# Runs the package-benchmark suites and, in the same run, the comparison tools on the same
# input (Python's csv module for the CSV reader). Figures go into docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
CROSSWISE_BENCHMARKS=1 swift package --scratch-path .build-bench benchmark --no-progress 2>&1 \
  | grep -vE "warning:|CMakeLists|^\s*$|Compiling|Building|Fetching|Cloning|Working copy|Creating working|Computing|Computed|Resolving|Fetched|Linking|^\[[0-9]+/"
python3 scripts/compare-csv.py
