#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on loopback for the repository tests (installing it from apt if missing)
# and prints two lines for the caller to export:
#   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:<port>/breachdesk_test
#   CI_PG_DATA=<data directory>     (stop with: pg_ctl -D "$CI_PG_DATA" stop)
# Everything else goes to stderr.
set -euo pipefail

PORT="${CI_PG_PORT:-54329}"

if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  echo "Installing PostgreSQL from apt for the repository tests" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"

DIR="$(mktemp -d /tmp/breachdesk-pg.XXXXXX)"
# initdb refuses to run as root: run the server as the postgres user when we are root.
if [ "$(id -u)" = "0" ]; then
  chown postgres "$DIR"
  AS=(runuser -u postgres --)
else
  AS=()
fi

"${AS[@]}" "$BIN/initdb" -D "$DIR/data" -A trust -U postgres >/dev/null
"${AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off" start >&2
"${AS[@]}" "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres breachdesk_test

echo "TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/breachdesk_test"
echo "CI_PG_DATA=$DIR/data"
