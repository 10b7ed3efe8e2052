#!/usr/bin/env bash
# Installs npm dependencies when node_modules is missing or older than package-lock.json (a fresh clone).
set -euo pipefail
cd "$(dirname "$0")/.."
# Browsers come from Debian (scripts/find-chromium.sh, find-firefox.sh); no npm package may download one.
export PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm dependencies…" >&2
  npm ci --no-audit --no-fund >&2
fi
