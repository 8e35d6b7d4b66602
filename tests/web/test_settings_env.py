"""The typed environment readers of the settings, and DATABASE_URL parsing."""

from __future__ import annotations

from pathlib import Path

import pytest

from caitien_web.env import database_from_url, env_bool, env_int, env_list, env_str


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1", True), ("yes", True), ("ON", True), ("0", False), ("false", False), ("", False)],
)
def test_it_reads_booleans(monkeypatch: pytest.MonkeyPatch, raw: str, expected: bool) -> None:
    monkeypatch.setenv("CT_FLAG", raw)
    assert env_bool("CT_FLAG", not expected) is expected


def test_it_refuses_an_unclear_boolean(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CT_FLAG", "có")
    with pytest.raises(ValueError, match="CT_FLAG"):
        env_bool("CT_FLAG", False)


def test_it_reads_integers_and_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CT_N", "42")
    assert env_int("CT_N", 1) == 42
    assert env_int("CT_MISSING", 7) == 7
    monkeypatch.setenv("CT_N", "bốn")
    with pytest.raises(ValueError, match="số nguyên"):
        env_int("CT_N", 1)


def test_it_reads_secrets_from_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("s3cret\n", encoding="utf-8")
    monkeypatch.setenv("CT_KEY_FILE", str(secret))
    assert env_str("CT_KEY", "default") == "s3cret"


def test_it_splits_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CT_HOSTS", "a.vn, b.vn,,")
    assert env_list("CT_HOSTS", []) == ["a.vn", "b.vn"]


@pytest.mark.parametrize(
    ("url", "engine", "name"),
    [
        ("sqlite:///tmp/x.db", "django.db.backends.sqlite3", "tmp/x.db"),
        ("sqlite:////abs/x.db", "django.db.backends.sqlite3", "/abs/x.db"),
        ("postgres://u:p%40ss@h:5433/caitien", "django.db.backends.postgresql", "caitien"),
    ],
)
def test_it_parses_database_urls(url: str, engine: str, name: str) -> None:
    config = database_from_url(url, Path("/data"))
    assert (config["ENGINE"], str(config["NAME"])) == (engine, name)


def test_it_decodes_postgres_credentials() -> None:
    config = database_from_url("postgresql://u:p%40ss@h:5433/db", Path("/data"))
    assert (config["USER"], config["PASSWORD"], config["HOST"], config["PORT"]) == (
        "u",
        "p@ss",
        "h",
        "5433",
    )


def test_it_refuses_other_databases() -> None:
    with pytest.raises(ValueError, match="mysql"):
        database_from_url("mysql://x/y", Path("/data"))
