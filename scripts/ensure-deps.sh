#!/usr/bin/env bash
# Installs npm dependencies when node_modules is missing or older than package-lock.json (a fresh clone).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm dependencies…" >&2
  npm ci --no-audit --no-fund >&2
fi
