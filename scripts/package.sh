#!/usr/bin/env bash
# npm run package: the store uploads, versioned from package.json, in .output/:
#   attune-<version>-chrome.zip   Chrome Web Store (no pinned key: the store assigns the id)
#   attune-<version>-firefox.zip  addons.mozilla.org
#   attune-<version>-sources.zip  AMO's source upload (the reviewer rebuilds with: npm ci && npx wxt zip -b firefox)
# The listing text and the permission justifications to paste are in store/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
version="$(node -p 'require("./package.json").version')"
ATTUNE_STORE_BUILD=1 npx wxt zip -b chrome >/dev/null
npx wxt zip -b firefox >/dev/null
# The AMO package must pass Mozilla's linter as uploaded, not only as built.
npx addons-linter --output text ".output/attune-$version-firefox.zip" | tail -n 8
if unzip -p ".output/attune-$version-chrome.zip" manifest.json | grep -q '"key"'; then
  echo "The Chrome store zip must not carry the development key (build it with ATTUNE_STORE_BUILD=1)." >&2
  exit 1
fi
for kind in chrome firefox sources; do
  ls -l ".output/attune-$version-$kind.zip" | awk '{ printf "%8.1f KB  %s\n", $5 / 1024, $9 }'
done
echo "Store listing and permission justifications: store/listing.md, store/permissions.md"
# Leave .output/chrome-mv3 as the development build (pinned id) that the browser tests and "Load unpacked" expect.
npx wxt build >/dev/null
