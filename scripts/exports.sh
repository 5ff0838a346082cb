#!/usr/bin/env bash
# Office tests: LibreOffice (Debian's libreoffice-calc-nogui and -writer-nogui, headless) opens the XLSX and
# DOCX files a real `otklik serve` with the demo region gives, and Python's csv module reads its CSV; each
# must carry the figures of the same JSON (Tests/Exports/spreadsheet_test.py).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/server.sh

if ! dpkg -s libreoffice-calc-nogui libreoffice-writer-nogui >/dev/null 2>&1; then
  echo "== installing libreoffice-calc-nogui and libreoffice-writer-nogui from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui libreoffice-writer-nogui >/dev/null
fi
start_demo_server 400
echo "== spreadsheet tests against $SERVER_URL"
OTKLIK_EXPORT_URL="$SERVER_URL" python3 Tests/Exports/spreadsheet_test.py
