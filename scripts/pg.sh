#!/usr/bin/env bash
# Throwaway PostgreSQL server for the tests.
#   eval "$(scripts/pg.sh start DIR)"   starts one in DIR on a free port, prints DATABASE_URL=…
#   scripts/pg.sh stop DIR              stops it (the caller removes DIR)
# PostgreSQL refuses to run as root: as root the server runs as the OS user "postgres"
# (created when missing).
set -euo pipefail
# The newest server installed, unless PG_BIN says which.
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
[ -x "$PG_BIN/initdb" ] || { echo "Không tìm thấy máy chủ PostgreSQL (initdb); chạy scripts/system-deps.sh." >&2; exit 1; }
action="$1"; dir="$2"

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
        useradd --system --no-create-home postgres
    fi
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    local port; port="$(free_port)"
    as_owner "$PG_BIN/initdb" -D "$dir/data" -U caitien --auth=trust -E UTF8 --no-locale >/dev/null
    as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null
    echo "export DATABASE_URL=postgres://caitien@127.0.0.1:$port/postgres"
}

stop() {
    if [ -d "$dir/data" ]; then
        as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
}

"$action"
