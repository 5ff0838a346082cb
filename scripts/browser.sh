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

start_demo_server 600
echo "== browser tests against $SERVER_URL"
status=0
for test in workspace_test public_test; do
  OTKLIK_BROWSER_URL="$SERVER_URL" OTKLIK_SCREENSHOTS="${OTKLIK_SCREENSHOTS:-artifacts/screenshots}" \
    "$VENV/bin/python" "Tests/Browser/$test.py" || status=1
done
exit $status
