#!/usr/bin/env bash
# npm start: installs what is missing, builds the extension, then runs the backend on the embedded database with
# a demo team, the dashboard and the demo helpdesk page (server/demo.ts prints the URLs and sign-in).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
echo "Building the extension…" >&2
npx wxt build >/dev/null
exec node --import tsx server/demo.ts
