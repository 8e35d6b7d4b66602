#!/usr/bin/env bash
# Run every test: migrations check, the core and web tests on SQLite, then the web tests
# again on a throwaway PostgreSQL server this script starts and always stops (trap).
# Arguments go to both pytest runs (e.g. scripts/test.sh -m "not browser").
set -euo pipefail
cd "$(dirname "$0")/.."
export DJANGO_SETTINGS_MODULE=caitien_web.settings
unset DATABASE_URL

work="$(mktemp -d)"
cleanup() { scripts/pg.sh stop "$work/pg" || true; rm -rf "$work"; }
trap cleanup EXIT

echo "== makemigrations --check"
CAITIEN_DATA_DIR="$work" .venv/bin/python -m caitien_web makemigrations --check --dry-run

echo "== pytest (SQLite)"
.venv/bin/pytest -n auto -p no:cacheprovider "$@"

echo "== pytest tests/web (PostgreSQL)"
eval "$(scripts/pg.sh start "$work/pg")"
.venv/bin/pytest -n auto -p no:cacheprovider tests/web -m "not browser" "$@"
