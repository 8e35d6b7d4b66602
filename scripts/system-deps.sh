#!/usr/bin/env bash
# Install the system packages the tests and exports need, when they are missing:
# LibreOffice (DOC import, PDF export), Liberation fonts, poppler (pdftoppm),
# Chromium (browser tests), the PostgreSQL server (database tests) and GNU gettext
# (the catalogue tests and `make messages`; running the app needs none: the .mo is committed).
set -euo pipefail

missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui libreoffice-calc-nogui)
fc-list 2>/dev/null | grep -qi "Liberation Serif" || missing+=(fonts-liberation fonts-liberation2)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v xgettext >/dev/null 2>&1 || missing+=(gettext)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Thiếu gói hệ thống: ${missing[*]}. Hãy cài bằng trình quản lý gói của máy." >&2
  exit 1
fi
echo "Cài gói hệ thống: ${missing[*]} …" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
