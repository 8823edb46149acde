#!/usr/bin/env bash
# Loopback load test with wrk (2 threads, 2 connections per core) against a release build with
# the demo scaled to PEOPLE people, on SQLite or, with DATABASE_URL, on an empty PostgreSQL
# database. Signed in as a demo member (Angelica Santos, Night Desk, a quarter of everyone):
# GET /healthz, Today, the team page, /skills, /meetings for her team over 5 days, GET /check;
# signed in as the admin: /admin/people. Bounded: DURATION seconds per URL, loopback only.
# After the run it prints the server's resident memory.
#   scripts/load-test.sh .build/release/crosswise 1000 15
#   DATABASE_URL=postgres://crosswise@127.0.0.1:54351/load?sslmode=disable scripts/load-test.sh .build/release/crosswise 10000 15
set -euo pipefail
BIN=${1:-.build/release/crosswise}
PEOPLE=${2:-1000}
DURATION=${3:-15}
CONNECTIONS=$(( $(nproc) * 2 ))
DIR=$(mktemp -d)
PORT=${PORT:-18432}
BASE="http://127.0.0.1:$PORT"
store=(--data "$DIR/db.sqlite")
[ -n "${DATABASE_URL:-}" ] && store=(--database-url "$DATABASE_URL")
loaded=$(date +%s.%N)
"$BIN" serve --demo --people "$PEOPLE" "${store[@]}" --port "$PORT" --log-level error >/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$DIR"' EXIT
until curl -sf "$BASE/healthz" >/dev/null; do sleep 0.1; done
echo "demo of $PEOPLE people loaded and serving in $(echo "$(date +%s.%N) - $loaded" | bc | cut -c1-5) s"

# Signs in as $1 and prints the session token.
session_of() {
  local jar="$DIR/jar-$1"
  curl -s -c "$jar" -o /dev/null "$BASE/signin"
  local csrf; csrf=$(awk '$6=="cw_csrf"{print $7}' "$jar")
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrf=$csrf" --data-urlencode "email=$1@meridianshore.example.com" \
    --data-urlencode "password=crosswise-demo" "$BASE/signin"
  awk '$6=="cw_session"{print $7}' "$jar"
}
member=$(session_of angelica.santos)
admin=$(session_of isabel.reyes)
today=$(curl -s -H "Cookie: cw_session=$member" "$BASE/")
team=$(grep -o 'href="/teams/[^"]*"' <<<"$today" | head -n 1 | sed 's/href="//; s/"$//')
rows=$(curl -s -H "Cookie: cw_session=$member" "$BASE$team" | grep -o '<tr><th scope="row">' | wc -l)
meetings="/meetings?team=${team#/teams/}&title=Sync&duration=30&days=5&step=15&me=1"
echo "people: $PEOPLE, rows on the team page: $rows, connections: $CONNECTIONS, threads: $(nproc)"
# Each page once, so a wrong page (a redirect to sign in, an error) fails here, not as fast numbers.
for page in / "$team" /skills "$meetings" /check; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: cw_session=$member" "$BASE$page")
  [ "$code" = 200 ] || { echo "GET $page answered $code" >&2; exit 1; }
done

run() { # label, session, path
  echo "--- GET $1"
  wrk -t"$(nproc)" -c"$CONNECTIONS" -d"${DURATION}s" --latency ${2:+-H "Cookie: cw_session=$2"} "$BASE$3" | grep -E "Requests/sec|^ +99%|^ +50%|Non-2xx"
}
run "/healthz" "" /healthz
run "/ (Today)" "$member" /
run "the team page ($rows members)" "$member" "$team"
run "/skills" "$member" /skills
run "/meetings (one team, 5 days)" "$member" "$meetings"
run "/check" "$member" /check
run "/admin/people (the admin)" "$admin" /admin/people
echo "server resident memory after the run: $(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 )) MB"
