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
npx eslint .
npx prettier --check . >/dev/null || { echo 'Formatting differs from Prettier'"'"'s: run npm run format (npx prettier --check . lists the files).' >&2; exit 1; }
npx wxt build >/dev/null
npx wxt build -b firefox >/dev/null
# Tests never modify tracked files: compare the work tree before and after (outside a git checkout, skip).
tree_state() { git status --porcelain=v1 --untracked-files=no 2>/dev/null && git diff 2>/dev/null | sha256sum; }
before="$(tree_state || true)"
status=0
npx vitest run "$@" || status=$?
after="$(tree_state || true)"
if [ "$before" != "$after" ]; then
  echo "The tests changed tracked files (tests must write only to ignored folders such as test-results/):" >&2
  git status --short --untracked-files=no >&2
  exit 1
fi
exit "$status"
