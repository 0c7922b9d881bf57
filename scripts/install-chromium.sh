#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests, if it is not there yet.
# The tests drive /usr/bin/chromium through Playwright; no browser is ever downloaded
# by Playwright itself.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "The browser tests need Debian's chromium: run 'sudo apt-get install -y chromium' once." >&2
    exit 1
fi
echo "Installing Debian's chromium for the browser tests (once)..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
echo "chromium installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
