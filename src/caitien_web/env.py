"""Typed readers of environment variables for the settings (``_FILE`` variants for secrets)."""

from __future__ import annotations

import os
from pathlib import Path

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str) -> str:
    """The variable's text, or ``NAME_FILE``'s file content (stripped), or ``default``."""
    file_name = os.environ.get(f"{name}_FILE")
    if file_name:
        return Path(file_name).read_text("utf-8").strip()
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    """A yes/no variable: 1/true/yes/on or 0/false/no/off; anything else raises ValueError."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValueError(f"Biến môi trường {name} phải là 1/0, true/false, yes/no (đang là «{raw}»).")


def env_int(name: str, default: int) -> int:
    """An integer variable; a non-integer raises ValueError naming the variable."""
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return int(raw)
    except ValueError:
        raise ValueError(f"Biến môi trường {name} phải là số nguyên (đang là «{raw}»).") from None


def env_list(name: str, default: list[str]) -> list[str]:
    """A comma-separated list; blanks dropped."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [part.strip() for part in raw.split(",") if part.strip()]


# Several server processes share one SQLite file (scripts/run.sh): write-ahead logging
# lets readers go on while one writes, and a transaction that takes the write lock when
# it begins waits for its turn (timeout) instead of failing with "database is locked"
# when it would have to upgrade a read lock another writer holds. The page cache (16 MB)
# and memory-mapped reads (128 MB) keep a whole school's plans in memory once read.
SQLITE_OPTIONS = {
    "init_command": (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
        " PRAGMA cache_size=-16000; PRAGMA mmap_size=134217728;"
    ),
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
# Opening a SQLite connection costs more than a page's queries (Django registers its SQL
# functions, the pragmas run, SQLite reads the schema again): each server thread keeps
# its own for good. Nothing can time it out, as a database server's can.
SQLITE_CONN_MAX_AGE = None


def database_from_url(url: str, base_dir: Path) -> dict[str, object]:
    """Django DATABASES['default'] from ``sqlite:///path`` or ``postgres://user:pw@host:port/db``."""
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        path = parts.path[1:] if parts.path.startswith("//") else parts.path.lstrip("/")
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": path or base_dir / "caitien.db",
            "OPTIONS": SQLITE_OPTIONS,
            "CONN_MAX_AGE": SQLITE_CONN_MAX_AGE,
        }
    if parts.scheme in {"postgres", "postgresql"}:
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": parts.path.lstrip("/"),
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
        }
    raise ValueError(
        f"DATABASE_URL không hỗ trợ kiểu «{parts.scheme}» (dùng sqlite hoặc postgres)."
    )
