#!/usr/bin/env bash
# Start Caitien with demo data. Until the web application lands this shows the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/caitien --help
