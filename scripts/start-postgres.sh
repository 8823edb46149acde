#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on loopback for the storage tests and prints its URL.
# Uses Debian's postgresql package (installs it when missing) and a fresh data directory, so it
# never touches a cluster the machine already has.
#   eval "$(scripts/start-postgres.sh)"   # sets CROSSWISE_TEST_POSTGRES_URL
set -euo pipefail
PORT="${CROSSWISE_PG_PORT:-54329}"
DATA="${CROSSWISE_PG_DATA:-/tmp/crosswise-pg-$PORT}"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
BIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
RUN=()
if [ "$(id -u)" = 0 ]; then RUN=(runuser -u postgres --); fi
if "${RUN[@]}" "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  echo "export CROSSWISE_TEST_POSTGRES_URL=postgres://crosswise@127.0.0.1:$PORT/crosswise_test?sslmode=disable"
  exit 0
fi
rm -rf "$DATA"
mkdir -p "$DATA"
[ "$(id -u)" = 0 ] && chown postgres "$DATA"
"${RUN[@]}" "$BIN/initdb" -D "$DATA" -U crosswise --auth=trust -E UTF8 >/dev/null
"${RUN[@]}" "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
  -o "-h 127.0.0.1 -p $PORT -k $DATA -c fsync=off -c max_connections=200" start >/dev/null
"${RUN[@]}" "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U crosswise crosswise_test
echo "export CROSSWISE_TEST_POSTGRES_URL=postgres://crosswise@127.0.0.1:$PORT/crosswise_test?sslmode=disable"
