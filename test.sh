#!/usr/bin/env bash
# Runs every test: first the fast projects (content library; web: ingest on real SQLite, API in process, bUnit), then
# the end-to-end project (Playwright driving Debian's chromium at /usr/bin/chromium against a real Kestrel server).
# "./test.sh fast" runs only the fast projects; any further arguments go to dotnet test.
set -euo pipefail
cd "$(dirname "$0")"
mode=all
if [ "${1:-}" = fast ]; then mode=fast; shift; fi
e2e=tests/HypervisorCompare.Web.EndToEnd.Tests
dotnet build HypervisorCompare.sln --nologo -v quiet
for project in tests/HypervisorCompare.Content.Tests tests/HypervisorCompare.Web.Tests; do
  dotnet test "$project" --no-build --nologo "$@"
done
if [ $mode = fast ]; then exit 0; fi
# The accessibility scans inject axe-core from npm: install it once, at the version package-lock.json pins.
if [ ! -f $e2e/node_modules/axe-core/axe.min.js ]; then
  (cd $e2e && npm ci --no-audit --no-fund --silent)
fi
dotnet test $e2e --no-build --nologo "$@"
