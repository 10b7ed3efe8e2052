#!/usr/bin/env bash
# npm run screenshots: refreshes the pictures in docs/screenshots (the README's and the docs') from the browser specs
# that take them. The specs themselves write only to the ignored test-results/screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
CHROME_PATH="$(bash scripts/find-chromium.sh)"
export CHROME_PATH
npx wxt build >/dev/null
npx vitest run tests/panel/panel.spec.ts tests/dashboard/dashboard.spec.ts
mkdir -p docs/screenshots
for name in panel-light.png panel-dark.png dashboard.png; do
  cp "test-results/screenshots/$name" "docs/screenshots/$name"
  echo "docs/screenshots/$name"
done
