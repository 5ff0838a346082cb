#!/usr/bin/env bash
# Runs every test: builds, starts a throwaway PostgreSQL on loopback, runs the Swift test suites
# against SQLite and PostgreSQL, and stops the database after.
set -euo pipefail
cd "$(dirname "$0")/.."

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
PG_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
stop_pg() {
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap stop_pg EXIT

echo "== starting PostgreSQL on 127.0.0.1:$PG_PORT"
runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
  -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
export OTKLIK_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"

echo "== building"
swift build --build-tests 2>&1 | grep -v "unhandled; explicitly declare them as resources" || true
test "${PIPESTATUS[0]}" -eq 0

echo "== swift test"
set +e
swift test --skip-build > /tmp/otklik-swift-test.log 2>&1
rc=$?
set -e
# Failures in full, passes summarised: the closing lines of both runners stay visible.
grep -E "✘|error:|failed|Expectation|recorded an issue" /tmp/otklik-swift-test.log | head -200 || true
grep -E "^Test Suite 'All tests'|Executed [0-9]+ test|Test run with [0-9]+ test" /tmp/otklik-swift-test.log || true

set +e
scripts/schemathesis.sh "sqlite:$PG_DIR/schemathesis.sqlite" "$OTKLIK_TEST_POSTGRES_URL?schema=schemathesis"
schemathesis_rc=$?
set -e
[ $rc -ne 0 ] && exit $rc
exit $schemathesis_rc
