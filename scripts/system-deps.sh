#!/usr/bin/env bash
# Install the Debian packages meetbook needs beyond Python: OCR (Tesseract with the Swedish
# model, Ghostscript, qpdf, poppler-utils; unpaper optional) and Chromium with its driver for
# the browser test. Idempotent: installs only what is missing and is quiet when nothing is.
# As root it runs apt-get; otherwise it prints the command to run and exits 0.
set -euo pipefail

REQUIRED=(tesseract-ocr tesseract-ocr-swe ghostscript qpdf poppler-utils chromium chromium-driver)
OPTIONAL=(unpaper)

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

missing=()
for pkg in "${REQUIRED[@]}"; do
    installed "$pkg" || missing+=("$pkg")
done
optional_missing=()
for pkg in "${OPTIONAL[@]}"; do
    installed "$pkg" || optional_missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ] && [ ${#optional_missing[@]} -eq 0 ]; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: no apt-get here; install: ${missing[*]} ${optional_missing[*]}" >&2
    [ ${#missing[@]} -eq 0 ] || exit 1
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "system-deps: not root; as root run:" >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]} ${optional_missing[*]}" >&2
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
if [ ${#missing[@]} -gt 0 ]; then
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# unpaper only improves cleaning of scans; its absence must not fail the install
for pkg in "${optional_missing[@]}"; do
    apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null \
        || echo "system-deps: optional $pkg not installed" >&2
done
