#!/usr/bin/env bash
# The one test command: installs what is missing (npm packages, Debian's chromium and firefox-esr), builds the
# extension for both browsers, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
CHROME_PATH="$(bash scripts/find-chromium.sh)"
FIREFOX_PATH="$(bash scripts/find-firefox.sh)"
export CHROME_PATH FIREFOX_PATH
echo "Chromium: $CHROME_PATH ($("$CHROME_PATH" --version 2>/dev/null || echo unknown version))"
echo "Firefox: $FIREFOX_PATH ($("$FIREFOX_PATH" --version 2>/dev/null || echo unknown version))"
npx tsc --noEmit
npx wxt build >/dev/null
npx wxt build -b firefox >/dev/null
npx vitest run "$@"
