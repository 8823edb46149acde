#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on loopback for the storage tests and prints its URL.
# Uses Debian's postgresql package (installs it when missing) and a fresh data directory, so it
# never touches a cluster the machine already has.
#   eval "$(scripts/start-postgres.sh)"   # sets CROSSWISE_TEST_POSTGRES_URL and CROSSWISE_PG_CTL
# CROSSWISE_PG_CTL is the pg_ctl command for this cluster (data directory and log included), so
# `$CROSSWISE_PG_CTL stop -m immediate` and `$CROSSWISE_PG_CTL start` crash and restart it; the
# recovery test uses it (as CROSSWISE_TEST_PG_CTL) on a cluster of its own.
set -euo pipefail
PORT="${CROSSWISE_PG_PORT:-54329}"
DATA="${CROSSWISE_PG_DATA:-/tmp/crosswise-pg-$PORT}"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
BIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
RUN=()
if [ "$(id -u)" = 0 ]; then RUN=(runuser -u postgres --); fi
CTL="${RUN[*]} $BIN/pg_ctl -D $DATA -l $DATA/server.log -w"
print_env() {
  echo "export CROSSWISE_TEST_POSTGRES_URL=postgres://crosswise@127.0.0.1:$PORT/crosswise_test?sslmode=disable"
  echo "export CROSSWISE_PG_CTL='$CTL'"
}
if "${RUN[@]}" "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  print_env
  exit 0
fi
rm -rf "$DATA"
mkdir -p "$DATA"
[ "$(id -u)" = 0 ] && chown postgres "$DATA"
"${RUN[@]}" "$BIN/initdb" -D "$DATA" -U crosswise --auth=trust -E UTF8 >/dev/null
# Settings live in the cluster's own configuration, so a plain `pg_ctl start` after a crash
# comes back on the same address and port.
cat >> "$DATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DATA'
fsync = off
max_connections = 200
CONF
$CTL start >/dev/null
"${RUN[@]}" "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U crosswise crosswise_test
print_env
