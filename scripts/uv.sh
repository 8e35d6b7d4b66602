#!/usr/bin/env bash
# Run uv, installing it first (from PyPI, into .tools/) when the machine has none.
set -euo pipefail
cd "$(dirname "$0")/.."
if command -v uv >/dev/null 2>&1; then
  exec uv "$@"
fi
if [ ! -x .tools/bin/uv ]; then
  echo "Cài uv vào .tools/ …" >&2
  python3 -m venv .tools
  .tools/bin/pip install --quiet --disable-pip-version-check uv
fi
exec .tools/bin/uv "$@"
