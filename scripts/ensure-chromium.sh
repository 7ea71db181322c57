#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium, never a browser a test tool downloads. Install it on a
# fresh machine so `npm test` needs nothing done by hand; say plainly what to do where that is not allowed.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the end-to-end tests…"
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The end-to-end tests need Debian's Chromium at /usr/bin/chromium: run 'sudo apt-get install -y chromium'." >&2
exit 1
