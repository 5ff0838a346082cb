#!/usr/bin/env bash
# Runs schemathesis (from PyPI, in its own virtualenv) against a running `otklik serve` for each
# database URL given: no 5xx, and every response as the OpenAPI document at /api/v1/openapi.json says.
# Usage: scripts/schemathesis.sh DATABASE_URL...   (called by scripts/test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

SCHEMATHESIS_VERSION=4.32.5
VENV="${OTKLIK_CACHE_DIR:-$HOME/.cache/otklik}/schemathesis-$SCHEMATHESIS_VERSION"
if [ ! -x "$VENV/bin/schemathesis" ]; then
  echo "== installing schemathesis $SCHEMATHESIS_VERSION into $VENV"
  python3 -m venv "$VENV" 2>/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    python3 -m venv "$VENV"
  }
  "$VENV/bin/pip" install -q "schemathesis==$SCHEMATHESIS_VERSION"
fi

OTKLIK="$(swift build --show-bin-path)/otklik"
WORK="$(mktemp -d /tmp/otklik-schemathesis.XXXXXX)"
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

rc=0
for database in "$@"; do
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  OTKLIK_LOG_LEVEL=warning OTKLIK_BCRYPT_COST=4 "$OTKLIK" serve --port "$port" --database "$database" --demo --demo-appeals 300 \
    > "$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/health" >/dev/null && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
    sleep 0.5
  done
  token="$(curl -sf -X POST "http://127.0.0.1:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"login":"admin","password":"otklik-admin"}' | python3 -c 'import sys, json; print(json.load(sys.stdin)["token"])')"
  echo "== schemathesis against the API on ${database%%:*}"
  set +e
  (cd "$WORK" && "$VENV/bin/schemathesis" run "http://127.0.0.1:$port/api/v1/openapi.json" \
    -H "Authorization: Bearer $token" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance \
    --seed "${OTKLIK_SCHEMATHESIS_SEED:-2026}" --max-examples "${OTKLIK_SCHEMATHESIS_EXAMPLES:-50}" --no-color) > "$WORK/run.log" 2>&1
  status=$?
  set -e
  # The summary, in full when something failed.
  if [ $status -ne 0 ]; then cat "$WORK/run.log"; rc=$status; else grep -E "generated|passed|failed|^Seed" "$WORK/run.log" | tail -3; fi
  kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
done
exit $rc
