#!/bin/sh
# Make sure a Chromium/Chrome exists for the PDF handouts, in the order the renderer looks:
# PUPPETEER_EXECUTABLE_PATH, a system browser, Puppeteer's managed browser. If none is found:
# Debian's chromium package when root on Debian/Ubuntu, else Puppeteer's browser install, else say how.
set -u
if [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ] && [ -x "$PUPPETEER_EXECUTABLE_PATH" ]; then exit 0; fi
for candidate in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome-stable /usr/bin/google-chrome; do
  [ -x "$candidate" ] && exit 0
done
cache="${PUPPETEER_CACHE_DIR:-$HOME/.cache/puppeteer}"
if ls "$cache"/chrome-headless-shell/*/*/chrome-headless-shell "$cache"/chrome/*/*/chrome >/dev/null 2>&1; then exit 0; fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && grep -qiE 'debian|ubuntu' /etc/os-release 2>/dev/null; then
  echo "pressroom: no browser found; installing Debian's chromium package for the PDF handouts"
  if apt-get install -y -qq chromium >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq chromium >/dev/null 2>&1; }; then
    exit 0
  fi
fi
echo "pressroom: no browser found; trying Puppeteer's own browser install"
if npx --yes @puppeteer/browsers install chrome-headless-shell@stable --path "$cache" >/dev/null 2>&1; then exit 0; fi
echo "pressroom: no Chromium or Chrome found and none could be installed." >&2
echo "  Install one with: sudo apt-get install -y chromium   (Debian/Ubuntu)" >&2
echo "  or:               npx @puppeteer/browsers install chrome-headless-shell@stable" >&2
echo "  or set PUPPETEER_EXECUTABLE_PATH to a Chromium or Chrome executable." >&2
exit 1
