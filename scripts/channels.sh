#!/usr/bin/env bash
# Channel tests from outside the process: a real `otklik serve` with the demo region and an Open311 key;
# its Open311 GeoReport v2 responses are validated against the shared JSON Schemas (jsonschema from PyPI,
# in its own virtualenv) and their XML against their JSON (Tests/Channels/open311_test.py).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/server.sh

VENV="${OTKLIK_CACHE_DIR:-$HOME/.cache/otklik}/jsonschema-4.23.0"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import jsonschema, rfc3339_validator, rfc3987' 2>/dev/null; then
  echo "== installing jsonschema into $VENV"
  python3 -m venv "$VENV" 2>/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    python3 -m venv "$VENV"
  }
  "$VENV/bin/pip" install -q "jsonschema==4.23.0" "rfc3339-validator==0.1.4" "rfc3987==1.3.8"
fi

export OTKLIK_OPEN311_KEYS="open311-channel-test-key=operator"
start_demo_server 200
echo "== Open311 against $SERVER_URL"
OTKLIK_SERVER_URL="$SERVER_URL" OTKLIK_OPEN311_KEY="open311-channel-test-key" \
  OTKLIK_OPEN311_SCHEMAS="$(cd .. && pwd)/shared/data/open311-georeport-v2/schema" "$VENV/bin/python" Tests/Channels/open311_test.py
