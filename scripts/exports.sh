#!/usr/bin/env bash
# Spreadsheet tests: LibreOffice (Debian's libreoffice-calc-nogui, headless) opens the XLSX files a real
# `otklik serve` with the demo region gives, and Python's csv module reads its CSV; both must carry the
# figures of the same slice's JSON (Tests/Exports/spreadsheet_test.py).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/server.sh

if ! command -v soffice >/dev/null; then
  echo "== installing libreoffice-calc-nogui from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
fi
start_demo_server 400
echo "== spreadsheet tests against $SERVER_URL"
OTKLIK_EXPORT_URL="$SERVER_URL" python3 Tests/Exports/spreadsheet_test.py
