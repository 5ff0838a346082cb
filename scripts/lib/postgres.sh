# Sourced by scripts/test.sh and scripts/bench.sh: installs PostgreSQL from Debian when missing, starts a
# throwaway cluster in a temporary directory on a free loopback port, and stops and removes it on exit.
# Sets PG_DIR and PG_URL (postgres://postgres@127.0.0.1:PORT/postgres).

source "$(dirname "${BASH_SOURCE[0]}")/server.sh"

find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

PG_BIN="$(find_pg_bin)"
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ] || ! id postgres >/dev/null 2>&1; then
  echo "== installing PostgreSQL from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  PG_BIN="$(find_pg_bin)"
fi

PG_DIR="$(mktemp -d /tmp/otklik-pg.XXXXXX)"
chown postgres "$PG_DIR"
PG_PORT="$(free_port)"
stop_pg() {
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap stop_pg EXIT

echo "== starting PostgreSQL on 127.0.0.1:$PG_PORT"
runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
  -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
PG_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
