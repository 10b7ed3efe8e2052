#!/usr/bin/env bash
# npm run serve: the production backend — installs what is missing, builds the dashboard when stale, then runs
# server/main.ts with the environment's settings (docs/settings.md). No demo team, no demo helpdesk.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
node --import tsx --input-type=module -e "await (await import('./dashboard/build.ts')).buildDashboard()" >&2
exec node --import tsx server/main.ts
