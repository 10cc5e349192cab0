#!/usr/bin/env bash
# Browser tests use Debian's Chromium at /usr/bin/chromium (Playwright's own browser
# download cannot reach the internet here), and a Japanese font so screenshots and
# layout checks see real Japanese glyphs. Installs what is missing; does nothing otherwise.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${need[*]} from Debian (needed by the browser tests)"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
