#!/usr/bin/env bash
# Runs the package-benchmark suites and, in the same run, the comparison tools on the same
# input (Python's csv module for the CSV reader, zoneinfo for offsets, a plain Python planner). Figures go into docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
# Python's zoneinfo reads the same tzdata release Crosswise bundles (PYTHONTZPATH= below).
[ -x .venv-bench/bin/python ] || python3 -m venv .venv-bench
.venv-bench/bin/pip install -q --disable-pip-version-check tzdata==2026.6 holidays==0.109 pyyaml==6.0.4
CROSSWISE_BENCHMARKS=1 swift package --scratch-path .build-bench benchmark --no-progress 2>&1 \
  | grep -vE "warning:|CMakeLists|^\s*$|Compiling|Building|Fetching|Cloning|Working copy|Creating working|Computing|Computed|Resolving|Fetched|Linking|^\[[0-9]+/"
python3 scripts/compare-csv.py
PYTHONTZPATH= .venv-bench/bin/python scripts/compare-zoneinfo.py
PYTHONTZPATH= .venv-bench/bin/python scripts/compare-planner.py
python3 scripts/compare-skills.py .build-bench/release/crosswise 2>/dev/null || python3 scripts/compare-skills.py
.venv-bench/bin/python scripts/compare-culture.py
