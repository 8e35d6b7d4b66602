"""The Vietnamese catalogue (locale/vi) is complete, compiled and in step with the code."""

from __future__ import annotations

import re
import shutil
from gettext import GNUTranslations
from typing import TYPE_CHECKING, Any

from django.conf import settings as django_settings
from django.core.management import call_command

from tests.web.po_catalogue import Entry, read_po

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

PACKAGE = django_settings.BASE_DIR
CATALOGUE = PACKAGE / "locale" / "vi" / "LC_MESSAGES" / "django.po"


def _untranslated(entries: list[Entry]) -> list[str]:
    return [e.msgid for e in entries if not e.obsolete and not e.translated]


# ``_("…")`` inside an f-string's braces: xgettext does not look there, so the
# string would never reach the catalogue and show in English.
MARKED_IN_F_STRING = re.compile(r"""\bf(["']).*\{\s*_\(""")


def test_it_marks_no_string_inside_an_f_string() -> None:
    hidden = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if MARKED_IN_F_STRING.search(line)
    ]
    assert hidden == []


def test_it_puts_the_catalogue_where_locale_paths_leads() -> None:
    assert PACKAGE / "locale" in django_settings.LOCALE_PATHS
    assert CATALOGUE.is_file()


def test_it_translates_every_message_without_fuzzy_or_obsolete_entries() -> None:
    entries = read_po(CATALOGUE)
    assert len(entries) > 100
    assert _untranslated(entries) == []
    assert [e.msgid for e in entries if e.obsolete] == []


def test_it_keeps_placeholders_in_every_translation() -> None:
    for entry in read_po(CATALOGUE):
        wanted = sorted(_placeholders(entry.msgid_plural or entry.msgid))
        for text in entry.msgstr:
            assert sorted(_placeholders(text)) == wanted, entry.msgid


def _placeholders(text: str) -> list[str]:
    return re.findall(r"%\(\w+\)[sd]", text)


def test_it_ships_a_compiled_catalogue_that_matches_the_po() -> None:
    with CATALOGUE.with_suffix(".mo").open("rb") as handle:
        compiled = dict(GNUTranslations(handle)._catalog)  # type: ignore[attr-defined]
    compiled.pop("", None)  # the header
    assert compiled == _expected_catalog(read_po(CATALOGUE)), "run `make messages`"


def _expected_catalog(entries: list[Entry]) -> dict[Any, str]:
    catalog: dict[Any, str] = {}
    for entry in entries:
        key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        if entry.msgid_plural is None:
            catalog[key] = entry.msgstr[0]
        else:
            catalog.update({(key, n): text for n, text in enumerate(entry.msgstr)})
    return catalog


def test_it_has_every_marked_string_in_the_catalogue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: Any
) -> None:
    # makemessages over a copy of the package: new marked strings would come out
    # untranslated (or fuzzy), strings no longer marked would come out obsolete.
    assert shutil.which("xgettext"), "GNU gettext is missing: run scripts/system-deps.sh"
    copy = tmp_path / "caitien_web"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "static"))
    monkeypatch.chdir(copy)
    settings.LOCALE_PATHS = [copy / "locale"]
    call_command("makemessages", locale=["vi"], add_location="file", verbosity=0)
    entries = read_po(copy / "locale" / "vi" / "LC_MESSAGES" / "django.po")
    assert _untranslated(entries) == [], "marked strings missing from locale/vi: `make messages`"
    assert [e.msgid for e in entries if e.obsolete] == [], "strings no longer used in the code"
    assert {e.key for e in entries} == {e.key for e in read_po(CATALOGUE)}
