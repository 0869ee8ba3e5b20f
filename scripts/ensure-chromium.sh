#!/usr/bin/env bash
# The card-render test drives Debian's Chromium through playwright-core (never a downloaded browser build).
# Installs it when missing and we may (root with apt-get); otherwise says how.
set -u
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the card-render test (one time)..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null && exit 0
  echo "Could not install chromium with apt-get." >&2
else
  echo "Chromium is missing: install Debian's 'chromium' package (sudo apt-get install chromium) for the card-render test." >&2
fi
# Not fatal here: the render test itself fails in CI and skips with a note elsewhere.
exit 0
