#!/usr/bin/env bash
# Installs the Debian packages Xueshi needs beyond the .NET SDK and Node:
#   postgresql      the embedded database's server binaries (run and tests)
#   chromium        the browser the end-to-end tests drive (never a downloaded one)
#   fonts-noto-cjk  Chinese glyphs for certificate PDFs (run and tests) and the browser
#   poppler-utils   pdftotext, to read certificates back in tests
#   ffmpeg          ffprobe, which measures uploaded media, and ffmpeg, which makes the demo media (run and tests)
# Usage: scripts/system-packages.sh [run|test]   ("run" needs PostgreSQL, ffmpeg and the CJK font)
set -euo pipefail
want=(postgresql ffmpeg fonts-noto-cjk)
if [ "${1:-test}" = "test" ]; then
  want+=(chromium poppler-utils)
fi

missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "Please install: ${missing[*]} (PostgreSQL 15+ server binaries, ffmpeg, Chromium, Noto CJK fonts)." >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" != "0" ]; then
  command -v sudo >/dev/null || { echo "Run as root or install: apt-get install -y ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "Installing ${missing[*]} ..."
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
