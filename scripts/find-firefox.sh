#!/usr/bin/env bash
# Prints the path of a Firefox to drive over WebDriver BiDi: $FIREFOX_PATH, Debian's firefox-esr, or Firefox.
# On Debian as root with none found, installs Debian's firefox-esr. Elsewhere stops with one line saying what to install.
set -euo pipefail
candidates=("${FIREFOX_PATH:-}" /usr/bin/firefox-esr /usr/bin/firefox "/Applications/Firefox.app/Contents/MacOS/firefox")
for c in "${candidates[@]}"; do
  if [ -n "$c" ] && [ -x "$c" ]; then echo "$c"; exit 0; fi
done
if [ -f /etc/debian_version ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's firefox-esr for the Firefox tests…" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr; } >&2
  [ -x /usr/bin/firefox-esr ] && { echo /usr/bin/firefox-esr; exit 0; }
fi
echo "No Firefox found: install Firefox 140+ (Debian: apt-get install firefox-esr) or set FIREFOX_PATH." >&2
exit 1
