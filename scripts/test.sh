#!/usr/bin/env bash
# The one test command: installs what is missing, builds the extension, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
CHROME_PATH="$(bash scripts/find-chromium.sh)"
export CHROME_PATH
echo "Chromium: $CHROME_PATH ($("$CHROME_PATH" --version 2>/dev/null || echo unknown version))"
npx tsc --noEmit
npx eslint .
npx wxt build >/dev/null
npx vitest run "$@"
