#!/usr/bin/env bash
# Run every test: migrations check, the core and web tests on SQLite, then the web tests
# (browser test included) again on a throwaway PostgreSQL server this script starts and
# always stops (trap).
# Arguments go to both pytest runs (e.g. scripts/test.sh -m "not browser").
set -euo pipefail
cd "$(dirname "$0")/.."
export DJANGO_SETTINGS_MODULE=caitien_web.settings
unset DATABASE_URL

work="$(mktemp -d)"
# As root the PostgreSQL server runs as the user "postgres", which must reach its directory.
chmod 755 "$work"
cleanup() { scripts/pg.sh stop "$work/pg" || true; rm -rf "$work"; }
trap cleanup EXIT

echo "== makemigrations --check"
CAITIEN_DATA_DIR="$work" .venv/bin/python -m caitien_web makemigrations --check --dry-run

echo "== pytest (SQLite)"
.venv/bin/pytest -n auto -p no:cacheprovider "$@"

echo "== pytest tests/web (PostgreSQL)"
# Assigned first so that a server that fails to start stops the run (set -e) instead of
# letting the tests fall back to SQLite.
pg_env="$(scripts/pg.sh start "$work/pg")"
eval "$pg_env"
# The browser test too: its live server reads and writes the PostgreSQL test database.
CAITIEN_REQUIRE_POSTGRES=1 .venv/bin/pytest -n auto -p no:cacheprovider tests/web "$@"
