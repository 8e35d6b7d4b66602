#!/usr/bin/env bash
# Start Caitien on SQLite with demo data at http://127.0.0.1:8000 (set PORT to change).
# Served by gunicorn (several processes, as in production): Django's runserver is one
# process and cannot answer 20 users at once in time. benchmarks/bench_web.py measures
# exactly this script. WEB_CONCURRENCY sets the number of processes (2 per core by default).
set -euo pipefail
cd "$(dirname "$0")/.."
export DJANGO_SETTINGS_MODULE=caitien_web.settings
export DEBUG="${DEBUG:-1}"
mkdir -p "${CAITIEN_DATA_DIR:-var}"
.venv/bin/python -m caitien_web migrate --no-input -v 0
.venv/bin/python -m caitien_web load_demo
cores="$(nproc 2>/dev/null || echo 1)"
workers="${WEB_CONCURRENCY:-$(( cores * 2 > 8 ? 8 : cores * 2 ))}"
echo "Caitien: http://127.0.0.1:${PORT:-8000}/  (Ctrl+C để dừng)"
# Ctrl+C reaches gunicorn (exec), which stops its workers and exits.
exec .venv/bin/python -m gunicorn caitien_web.wsgi \
    --bind "127.0.0.1:${PORT:-8000}" \
    --workers "$workers" --threads 2 \
    --timeout 120 --graceful-timeout 2 \
    --access-logfile - --access-logformat '%(t)s "%(r)s" %(s)s' \
    --log-level warning
