#!/usr/bin/env bash
# Prints the path of a Chromium/Chrome to drive with playwright-core: $CHROME_PATH, Debian's chromium, or Chrome.
# On Debian as root with none found, installs Debian's chromium. Elsewhere stops with one line saying what to install.
set -euo pipefail
candidates=("${CHROME_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" "/Applications/Chromium.app/Contents/MacOS/Chromium")
for c in "${candidates[@]}"; do
  if [ -n "$c" ] && [ -x "$c" ]; then echo "$c"; exit 0; fi
done
if [ -f /etc/debian_version ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests…" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >&2
  [ -x /usr/bin/chromium ] && { echo /usr/bin/chromium; exit 0; }
fi
echo "No Chromium found: install Chromium or Google Chrome (Debian: apt-get install chromium) or set CHROME_PATH." >&2
exit 1
