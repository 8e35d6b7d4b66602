#!/usr/bin/env bash
# Start Caitien on SQLite with demo data at http://127.0.0.1:8000 (set PORT to change).
set -euo pipefail
cd "$(dirname "$0")/.."
export DJANGO_SETTINGS_MODULE=caitien_web.settings
export DEBUG="${DEBUG:-1}"
mkdir -p "${CAITIEN_DATA_DIR:-var}"
.venv/bin/python -m caitien_web migrate --no-input -v 0
.venv/bin/python -m caitien_web load_demo
echo "Caitien: http://127.0.0.1:${PORT:-8000}/  (Ctrl+C để dừng)"
exec .venv/bin/python -m caitien_web runserver --noreload "127.0.0.1:${PORT:-8000}"
