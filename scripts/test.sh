#!/usr/bin/env bash
# Runs every test: builds, starts a throwaway PostgreSQL on loopback, runs the Swift test suites
# against SQLite and PostgreSQL, schemathesis against the API on both, the browser tests in headless
# Chromium, the spreadsheet tests in LibreOffice, the channel tests (Open311 against its JSON Schemas), and
# stops the database after.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/build-deps.sh

source scripts/lib/postgres.sh
export OTKLIK_TEST_POSTGRES_URL="$PG_URL"

echo "== building"
# pipefail makes a failed build fail the script; the group keeps grep's "nothing left" from doing so.
swift build --build-tests 2>&1 | { grep -v "unhandled; explicitly declare them as resources" || true; }

echo "== swift test"
set +e
swift test --skip-build > /tmp/otklik-swift-test.log 2>&1
rc=$?
set -e
# Failures in full, passes summarised: the closing lines of both runners stay visible.
grep -a -E "✘|error:|failed|Expectation|recorded an issue" /tmp/otklik-swift-test.log | head -200 || true
grep -a -E "^Test Suite 'All tests'|Executed [0-9]+ test|Test run with [0-9]+ test" /tmp/otklik-swift-test.log || true
# A crash prints the runtime's backtrace: show it whole, with the tests that were running then.
if grep -a -q -E "Program crashed|unexpected signal" /tmp/otklik-swift-test.log; then
  grep -a -E "started\.|passed|Program crashed|Thread [0-9]+ crashed" /tmp/otklik-swift-test.log | tail -40 || true
  grep -a -A 80 "Program crashed" /tmp/otklik-swift-test.log | head -160 || true
fi

set +e
scripts/schemathesis.sh "sqlite:$PG_DIR/schemathesis.sqlite" "$OTKLIK_TEST_POSTGRES_URL?schema=schemathesis"
schemathesis_rc=$?
scripts/browser.sh
browser_rc=$?
scripts/exports.sh
exports_rc=$?
scripts/channels.sh
channels_rc=$?
set -e
[ $rc -ne 0 ] && exit $rc
[ $schemathesis_rc -ne 0 ] && exit $schemathesis_rc
[ $browser_rc -ne 0 ] && exit $browser_rc
[ $exports_rc -ne 0 ] && exit $exports_rc
exit $channels_rc
