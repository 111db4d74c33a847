#!/usr/bin/env bash
# Debian packages that rendering and the tests need. Idempotent: installs only
# what is missing, and does nothing when everything is present.
#   fonts-liberation2, fonts-texgyre: Times New Roman metrics with Vietnamese
#   poppler-utils: pdftotext / pdftoppm for document tests
#   chromium: browser tests of the public site
set -euo pipefail

need=()
python3 -c 'import venv, ensurepip' 2>/dev/null || need+=(python3-venv)
command -v make >/dev/null || need+=(make)
for pkg in fonts-liberation2 fonts-texgyre poppler-utils chromium; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
[ ${#need[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
