"""One SQLite file shared by the server processes of scripts/run.sh: writers wait, none fails."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.utils import ConnectionHandler

from caitien_web.env import database_from_url

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

WRITERS, WRITES = 8, 15


def _write_concurrently(handler: ConnectionHandler) -> int:
    """Each writer reads then writes in one transaction (as saving a row does); rows written."""

    def writer(number: int) -> None:
        connection = handler["default"]  # one connection per thread
        for _ in range(WRITES):
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("SELECT COUNT(*) FROM rows")
                cursor.execute("INSERT INTO rows (writer) VALUES (%s)", [number])
        connection.close()

    with ThreadPoolExecutor(WRITERS) as pool:
        list(pool.map(writer, range(WRITERS)))
    with handler["default"].cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM rows")
        return int(cursor.fetchone()[0])


def test_it_lets_concurrent_writers_wait_for_each_other(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, django_db_blocker: Any
) -> None:
    handler = ConnectionHandler(
        {"default": database_from_url(f"sqlite:///{tmp_path}/x.db", tmp_path)}
    )
    # transaction.atomic() works on the connection of this file, not on the test database.
    monkeypatch.setattr(transaction, "get_connection", lambda using=None: handler["default"])
    # A file of its own, outside the test database that pytest-django guards.
    with django_db_blocker.unblock(), handler["default"].cursor() as cursor:
        cursor.execute("CREATE TABLE rows (id INTEGER PRIMARY KEY, writer INTEGER)")
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
    with django_db_blocker.unblock():
        assert _write_concurrently(handler) == WRITERS * WRITES


def test_it_keeps_a_threads_sqlite_connection_open_from_one_request_to_the_next(
    tmp_path: Path, django_db_blocker: Any
) -> None:
    handler = ConnectionHandler(
        {"default": database_from_url(f"sqlite:///{tmp_path}/x.db", tmp_path)}
    )
    connection = handler["default"]
    with django_db_blocker.unblock():
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA synchronous")
            assert cursor.fetchone()[0] == 1  # NORMAL: WAL needs no sync on every commit
        opened = connection.connection
        connection.close_if_unusable_or_obsolete()  # what Django does when a request ends
        assert opened is not None and connection.connection is opened
        connection.close()
