#!/usr/bin/env bash
# Builds Otklik (release) and serves it on SQLite with the demo region.
# Usage: scripts/run.sh [extra `otklik serve` options]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/build-deps.sh
# pipefail makes a failed build fail the script; the group keeps grep's "nothing left" from doing so.
swift build -c release --product otklik 2>&1 | { grep -v "unhandled; explicitly declare them as resources" || true; }
export OTKLIK_DATABASE_URL="${OTKLIK_DATABASE_URL:-sqlite:data/otklik.sqlite}"
# The demo region's populated places come from the ОКТМО lists in ../shared, where they are.
oktmo=()
if [ -f ../shared/data/oktmo/tom3_oktmo_2.csv ]; then oktmo=(--demo-oktmo ../shared/data/oktmo); fi
exec .build/release/otklik serve --demo "${oktmo[@]}" "$@"
