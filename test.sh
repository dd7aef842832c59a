#!/usr/bin/env bash
# Runs every test: content library (specs, validation), web (ingest on real SQLite, API, bUnit, Playwright end to end).
# Browser tests need Debian's chromium at /usr/bin/chromium (.ci/run installs it).
set -euo pipefail
cd "$(dirname "$0")"
# The accessibility scans inject axe-core from npm: install it once, at the version package-lock.json pins.
if [ ! -d tests/HypervisorCompare.Web.Tests/node_modules/axe-core ]; then
  (cd tests/HypervisorCompare.Web.Tests && npm ci --no-audit --no-fund)
fi
dotnet test HypervisorCompare.sln --nologo "$@"
