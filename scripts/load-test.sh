#!/usr/bin/env bash
# Loopback load test with wrk, 2 connections per core, against a release build with the demo
# scaled to PEOPLE people: GET /healthz, a signed-in Today page, My skills (a Night Desk member whose team
# has about a quarter of everyone). Bounded: DURATION seconds per URL, loopback only.
#   scripts/load-test.sh .build/release/crosswise 1000 15
set -euo pipefail
BIN=${1:-.build/release/crosswise}
PEOPLE=${2:-1000}
DURATION=${3:-15}
CONNECTIONS=$(( $(nproc) * 2 ))
DIR=$(mktemp -d)
PORT=18432
"$BIN" serve --demo --people "$PEOPLE" --data "$DIR/db.sqlite" --port $PORT --log-level error >/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$DIR"' EXIT
until curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null; do sleep 0.1; done
jar="$DIR/cookies"
curl -s -c "$jar" -o /dev/null "http://127.0.0.1:$PORT/signin"
csrf=$(awk '$6=="cw_csrf"{print $7}' "$jar")
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrf=$csrf" \
  --data-urlencode "email=angelica.santos@meridianshore.example.com" --data-urlencode "password=crosswise-demo" \
  "http://127.0.0.1:$PORT/signin"
session=$(awk '$6=="cw_session"{print $7}' "$jar")
today=$(curl -s -H "Cookie: cw_session=$session" "http://127.0.0.1:$PORT/")
members=$(grep -o 'class="clock ' <<<"$today" | wc -l)
team=$(grep -o 'href="/teams/[^"]*"' <<<"$today" | head -n 1 | sed 's/href="//; s/"$//')
rows=$(curl -s -H "Cookie: cw_session=$session" "http://127.0.0.1:$PORT$team" | grep -o '<tr><th scope="row">' | wc -l)
echo "people: $PEOPLE, clocks on the Today page: $members, rows on the team page: $rows, connections: $CONNECTIONS, threads: $(nproc)"
echo "--- GET /healthz"
wrk -t"$(nproc)" -c"$CONNECTIONS" -d"${DURATION}s" --latency "http://127.0.0.1:$PORT/healthz" | grep -E "Requests/sec|^ +99%|^ +50%|Non-2xx"
echo "--- GET / (signed in)"
wrk -t"$(nproc)" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Cookie: cw_session=$session" "http://127.0.0.1:$PORT/" | grep -E "Requests/sec|^ +99%|^ +50%|Non-2xx"
echo "--- GET /skills (signed in)"
wrk -t"$(nproc)" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Cookie: cw_session=$session" "http://127.0.0.1:$PORT/skills" | grep -E "Requests/sec|^ +99%|^ +50%|Non-2xx"
echo "--- GET $team (signed in, the whole team)"
wrk -t"$(nproc)" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Cookie: cw_session=$session" "http://127.0.0.1:$PORT$team" | grep -E "Requests/sec|^ +99%|^ +50%|Non-2xx"
