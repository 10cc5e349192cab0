#!/usr/bin/env bash
# The programs the tests drive, from Debian, installed when missing (does nothing otherwise):
# - Chromium: chromium-headless-shell, which Playwright drives in the browser tests (Playwright's
#   own browser download cannot reach the internet here), and the full browser at /usr/bin/chromium
#   for Lighthouse (make bench; scripts/chromium.py); and the fonts the layout tests measure with: Liberation
#   for Latin text (Chromium only recommends it: without it English falls back to the wider
#   DejaVu Sans) and Noto CJK for Japanese (tests/conftest.py LAYOUT_FONTS checks they are used);
# - a Java runtime for the Nu HTML Checker (vnu.jar, from npm; tests/test_valid_html.py);
# - poppler-utils (pdftotext, pdfinfo) to read back the pages the print tests save as PDF
#   (tests/browser/test_print.py).
# As root it runs apt-get directly, otherwise through sudo.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromium-headless-shell ] || need+=(chromium-headless-shell)
# (Asked of dpkg: `fc-list | grep -q` under pipefail failed about 1 run in 3, on SIGPIPE.)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
dpkg -s fonts-liberation >/dev/null 2>&1 || need+=(fonts-liberation)
command -v java >/dev/null || need+=(default-jre-headless)
command -v pdftotext >/dev/null || need+=(poppler-utils)
[ ${#need[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${need[*]} from Debian (needed by the tests)"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
