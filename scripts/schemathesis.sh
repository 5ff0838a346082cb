#!/usr/bin/env bash
# Runs schemathesis (from PyPI, in its own virtualenv) against a running `otklik serve` for each
# database URL given: no 5xx, and every response as the OpenAPI document at /api/v1/openapi.json says.
# Usage: scripts/schemathesis.sh DATABASE_URL...   (called by scripts/test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/server.sh

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
trap 'stop_server; rm -rf "$WORK"' EXIT

rc=0
for database in "$@"; do
  OTKLIK_LOG_LEVEL=warning OTKLIK_BCRYPT_COST=4 start_server "$OTKLIK" "$database" --demo --demo-appeals 300
  token="$(server_token admin otklik-admin)"
  echo "== schemathesis against the API on ${database%%:*}"
  set +e
  (cd "$WORK" && "$VENV/bin/schemathesis" run "$SERVER_URL/api/v1/openapi.json" -H "Authorization: Bearer $token" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance \
    --seed "${OTKLIK_SCHEMATHESIS_SEED:-2026}" --max-examples "${OTKLIK_SCHEMATHESIS_EXAMPLES:-50}" --no-color) > "$WORK/run.log" 2>&1
  status=$?
  set -e
  # The whole report when something failed, the totals otherwise.
  if [ $status -ne 0 ]; then cat "$WORK/run.log"; rc=$status; else grep -E "generated|^Seed" "$WORK/run.log" | tail -2; fi
  stop_server
done
exit $rc
