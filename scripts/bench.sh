#!/usr/bin/env bash
# Builds in release and runs a benchmark against a real `otklik serve`, printing its figures.
#   scripts/bench.sh intake [otklik-bench intake options]   intake on a fresh SQLite file, then a throwaway PostgreSQL,
#                                                           then the same items stored by SQLite alone (sqlite_floor.py)
#   scripts/bench.sh public [otklik-bench public options]   the public form with photos, SQLite then PostgreSQL
#   scripts/bench.sh inbox [N]                              the inbox at N demo appeals on SQLite (default 1,000,000);
#                                                           the database is kept in ~/.cache/otklik and reused
#   scripts/bench.sh text                                   the classifier on real appeals beside scikit-learn baselines
#   scripts/bench.sh similar [options]                      repeats and duplicates on real appeals; the check at 1,000,000
#   scripts/bench.sh analytics [N]                          slices and the heat map at N demo appeals (the inbox's database)
#   scripts/bench.sh analytics-generated [N]                the same over N items generated in memory (default 10,000,000),
#                                                           beside DuckDB over the same items as CSV
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/build-deps.sh
mode="${1:-intake}"
shift || true

# pipefail makes a failed build fail the script; the group keeps grep's "nothing left" from doing so.
swift build -c release 2>&1 | { grep -v "unhandled; explicitly declare them as resources" || true; }
BIN="$(swift build -c release --show-bin-path)"
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"

# The demo region with $1 appeals in a SQLite file, generated once and kept in ~/.cache/otklik.
demo_database() {
  local appeals="$1"
  DEMO_FILE="$HOME/.cache/otklik/bench-inbox-$appeals.sqlite"
  mkdir -p "$(dirname "$DEMO_FILE")"
  if [ ! -f "$DEMO_FILE.done" ]; then
    rm -f "$DEMO_FILE" "$DEMO_FILE-wal" "$DEMO_FILE-shm"
    echo "== generating the demo region with $appeals appeals into $DEMO_FILE (once)"
    time "$BIN/otklik" demo --appeals "$appeals" --database "sqlite:$DEMO_FILE"
    touch "$DEMO_FILE.done"
  fi
}

case "$mode" in
  intake)
    source scripts/lib/postgres.sh
    trap 'stop_server; stop_pg' EXIT
    for database in "sqlite:$PG_DIR/bench.sqlite" "$PG_URL?schema=bench"; do
      echo "== intake on ${database%%:*}"
      OTKLIK_LOG_LEVEL="${OTKLIK_LOG_LEVEL:-warning}" start_server "$BIN/otklik" "$database" --demo --demo-appeals 0
      "$BIN/otklik-bench" intake --url "$SERVER_URL" "$@"
      stop_server
    done
    # The same items written again by SQLite alone: the floor under the server's figures.
    python3 scripts/sqlite_floor.py "$PG_DIR/bench.sqlite"
    ;;
  public)
    source scripts/lib/postgres.sh
    trap 'stop_server; stop_pg' EXIT
    for database in "sqlite:$PG_DIR/bench-public.sqlite" "$PG_URL?schema=bench_public"; do
      echo "== public form on ${database%%:*}"
      # One load generator is one address: the limits per address and contact would refuse it.
      OTKLIK_LOG_LEVEL="${OTKLIK_LOG_LEVEL:-warning}" OTKLIK_RETRAIN_CHECK_SECONDS=0 OTKLIK_PUBLIC_PER_IP=0 OTKLIK_PUBLIC_PER_CONTACT=0 \
        start_server "$BIN/otklik" "$database" --demo --demo-appeals 0
      "$BIN/otklik-bench" public --url "$SERVER_URL" "$@"
      stop_server
    done
    ;;
  inbox)
    source scripts/lib/server.sh
    trap 'stop_server' EXIT
    demo_database "${1:-1000000}"
    OTKLIK_LOG_LEVEL=warning OTKLIK_SCHEDULER_SECONDS=0 start_server "$BIN/otklik" "sqlite:$DEMO_FILE"
    "$BIN/otklik-bench" inbox --url "$SERVER_URL"
    ;;
  text)
    VENV="$HOME/.cache/otklik/sklearn"
    if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import sklearn' 2>/dev/null; then
      echo "== installing scikit-learn into $VENV"
      python3 -m venv "$VENV"
      "$VENV/bin/pip" install -q "scikit-learn==1.7.2"
    fi
    "$BIN/otklik-bench" text --baselines-python "$VENV/bin/python" "$@"
    ;;
  analytics-generated)
    VENV="$HOME/.cache/otklik/duckdb"
    if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import duckdb' 2>/dev/null; then
      echo "== installing DuckDB into $VENV"
      python3 -m venv "$VENV"
      "$VENV/bin/pip" install -q "duckdb==2.0.1"
    fi
    "$BIN/otklik-bench" analytics --generate "${1:-10000000}" --rounds "${2:-10}" --duckdb-python "$VENV/bin/python"
    ;;
  similar)
    "$BIN/otklik-bench" similar "$@"
    ;;
  analytics)
    demo_database "${1:-1000000}"
    "$BIN/otklik-bench" analytics --database "sqlite:$DEMO_FILE"
    ;;
  *) echo "usage: scripts/bench.sh intake|public|inbox|text|similar|analytics|analytics-generated [options]"; exit 2 ;;
esac
