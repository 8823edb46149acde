#!/usr/bin/env bash
# Time from starting `crosswise serve` (database already migrated, demo loaded) to the first
# answered GET /healthz, over N runs. Prints each run and the median in milliseconds.
#   scripts/measure-startup.sh .build/release/crosswise 10
set -euo pipefail
BIN=${1:-.build/release/crosswise}
RUNS=${2:-10}
DIR=$(mktemp -d)
PORT=18431
"$BIN" serve --demo --data "$DIR/db.sqlite" --port $PORT --log-level error >/dev/null &
pid=$!
until curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null; do sleep 0.05; done
kill $pid; wait $pid 2>/dev/null || true
times=()
for _ in $(seq "$RUNS"); do
  start=$(date +%s%N)
  "$BIN" serve --data "$DIR/db.sqlite" --port $PORT --log-level error >/dev/null &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; do sleep 0.005; done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  times+=($(( (end - start) / 1000000 )))
done
rm -rf "$DIR"
echo "runs (ms): ${times[*]}"
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median (ms): " a[int((NR+1)/2)]}'
