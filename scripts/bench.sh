#!/usr/bin/env bash
# Builds in release and runs `otklik-bench intake` against a real `otklik serve` on a fresh SQLite file,
# then on a throwaway PostgreSQL, printing appeals/s and p50/p99 latency for each.
# Usage: scripts/bench.sh [otklik-bench intake options, e.g. --requests 20000 --batches 40]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
trap 'stop_server; stop_pg' EXIT

swift build -c release 2>&1 | grep -v "unhandled; explicitly declare them as resources" || true
test "${PIPESTATUS[0]}" -eq 0
BIN="$(swift build -c release --show-bin-path)"
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"

for database in "sqlite:$PG_DIR/bench.sqlite" "$PG_URL?schema=bench"; do
  echo "== intake on ${database%%:*}"
  OTKLIK_LOG_LEVEL="${OTKLIK_LOG_LEVEL:-warning}" start_server "$BIN/otklik" "$database" --demo --demo-appeals 0
  "$BIN/otklik-bench" intake --url "$SERVER_URL" "$@"
  stop_server
done
