#!/usr/bin/env bash
# Runs every test: content library (specs, validation), web (ingest on real SQLite, API, bUnit, Playwright end to end).
# Browser tests need Debian's chromium at /usr/bin/chromium (.ci/run installs it).
set -euo pipefail
cd "$(dirname "$0")"
dotnet test HypervisorCompare.sln --nologo "$@"
