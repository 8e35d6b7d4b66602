#!/usr/bin/env bash
# Start Caitien on SQLite with demo data at http://127.0.0.1:8000 (set PORT to change).
# Served by gunicorn (several processes, as in production): Django's runserver is one
# process and cannot answer 20 users at once in time. benchmarks/bench_web.py measures
# exactly this script. WEB_CONCURRENCY sets the number of processes (2 per core + 1 by
# default), WEB_THREADS the threads of each (1: sync workers).
# Sync workers, because a threaded process keeps every keep-alive connection it accepted
# and one process ends up serving most users on one core (editor p95 93-179 ms under 20
# users, against 74-77 ms with sync workers). A sync worker is held by a slow client for
# the length of its upload: fine here (the server listens on 127.0.0.1 only); a public
# server puts a buffering proxy (nginx) in front, or sets WEB_THREADS.
set -euo pipefail
cd "$(dirname "$0")/.."
export DJANGO_SETTINGS_MODULE=caitien_web.settings
export DEBUG="${DEBUG:-1}"
mkdir -p "${CAITIEN_DATA_DIR:-var}"
.venv/bin/python -m caitien_web migrate --no-input -v 0
.venv/bin/python -m caitien_web load_demo
cores="$(nproc 2>/dev/null || echo 1)"
workers="${WEB_CONCURRENCY:-$(( cores * 2 + 1 > 9 ? 9 : cores * 2 + 1 ))}"
echo "Caitien: http://127.0.0.1:${PORT:-8000}/  (Ctrl+C để dừng)"
# Ctrl+C reaches gunicorn (exec), which stops its workers and exits.
exec .venv/bin/python -m gunicorn caitien_web.wsgi \
    --bind "127.0.0.1:${PORT:-8000}" \
    --workers "$workers" --threads "${WEB_THREADS:-1}" \
    --timeout 120 --graceful-timeout 2 \
    --access-logfile - --access-logformat '%(t)s "%(r)s" %(s)s' \
    --log-level warning
