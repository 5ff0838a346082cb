#!/usr/bin/env bash
# Browser tests: a real headless Chromium (Debian's chromium and chromium-driver, driven by selenium from
# PyPI) through the workspace of a real `otklik serve` with the demo region on a fresh SQLite file.
# Screenshots of the inbox and the card at 1280 and 390 px, and of the residents' pages at 390 px, go to
# artifacts/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/server.sh

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "== installing chromium and chromium-driver from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-dejavu-core >/dev/null
fi
VENV="${HOME}/.cache/otklik/browser"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import selenium' 2>/dev/null; then
  echo "== installing selenium into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q "selenium==4.51.0"
fi

# The residents' polls need login codes by e-mail: a stand-in mail server (Tests/Channels/channel_standin.py)
# takes the server's letters; the tests read them from its control port.
MAIL_DIR="$(mktemp -d /tmp/otklik-mail.XXXXXX)"
python3 Tests/Channels/channel_standin.py smtp none "$MAIL_DIR/ports" > "$MAIL_DIR/log" 2>&1 &
MAIL_PID=$!
for _ in $(seq 1 100); do [ -s "$MAIL_DIR/ports" ] && break; sleep 0.1; done
read -r MAIL_HTTP MAIL_SMTP < "$MAIL_DIR/ports" || true  # the file ends without a newline
export OTKLIK_SMTP_RELAY="127.0.0.1:$MAIL_SMTP" OTKLIK_MAIL_FROM="centre@example.ru" OTKLIK_OUTBOX_SECONDS=1

# The maps draw tiles from a tile server: a stand-in (Tests/Browser/tile_standin.py) serves one pale tile for all.
python3 Tests/Browser/tile_standin.py "$MAIL_DIR/tiles" > "$MAIL_DIR/tiles.log" 2>&1 &
TILES_PID=$!
for _ in $(seq 1 100); do [ -s "$MAIL_DIR/tiles" ] && break; sleep 0.1; done
export OTKLIK_MAP_TILES="http://127.0.0.1:$(cat "$MAIL_DIR/tiles")/{z}/{x}/{y}.png"

# The ЕСИА login is OpenID Connect: a real provider for tests (oidc-provider-mock from PyPI, its own
# virtualenv) stands in for the region's ЕСИА gateway. It sends the resident back to the server's public
# address, so the server's port is chosen first.
OIDC_VENV="${HOME}/.cache/otklik/oidc-provider-mock-0.3.4"
if [ ! -x "$OIDC_VENV/bin/python" ] || ! "$OIDC_VENV/bin/python" -c 'import oidc_provider_mock' 2>/dev/null; then
  echo "== installing oidc-provider-mock into $OIDC_VENV"
  python3 -m venv "$OIDC_VENV"
  "$OIDC_VENV/bin/pip" install -q "oidc-provider-mock==0.3.4"
fi
OIDC_PORT="$(free_port)"
AUTHLIB_INSECURE_TRANSPORT=1 "$OIDC_VENV/bin/python" -W ignore -m oidc_provider_mock --port "$OIDC_PORT" > "$MAIL_DIR/oidc.log" 2>&1 &
OIDC_PID=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$OIDC_PORT/.well-known/openid-configuration" >/dev/null && break; sleep 0.2; done
SERVER_PORT="$(free_port)"
export OTKLIK_PUBLIC_URL="http://127.0.0.1:$SERVER_PORT" OTKLIK_OIDC_ISSUER="http://127.0.0.1:$OIDC_PORT" OTKLIK_OIDC_CLIENT_ID="otklik-tests" OTKLIK_OIDC_CLIENT_SECRET="otklik-tests-secret"

start_demo_server 600
trap 'stop_server; rm -rf "$DEMO_DIR"; kill "$MAIL_PID" "$OIDC_PID" "$TILES_PID" 2>/dev/null || true; rm -rf "$MAIL_DIR"' EXIT
echo "== browser tests against $SERVER_URL"
status=0
for test in workspace_test public_test; do
  OTKLIK_BROWSER_URL="$SERVER_URL" OTKLIK_BROWSER_MAIL="http://127.0.0.1:$MAIL_HTTP" OTKLIK_BROWSER_OIDC="http://127.0.0.1:$OIDC_PORT" \
    OTKLIK_SCREENSHOTS="${OTKLIK_SCREENSHOTS:-artifacts/screenshots}" "$VENV/bin/python" "Tests/Browser/$test.py" || status=1
done
exit $status
