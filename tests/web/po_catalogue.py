"""A small reader of gettext PO files, enough for the catalogue tests (no extra dependency).

It reads what ``makemessages`` writes: comments, ``#,`` flags, ``msgctxt``,
``msgid``, ``msgid_plural``, ``msgstr`` / ``msgstr[n]``, strings continued on
following lines, and obsolete ``#~`` entries.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

_KEYWORD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*")\s*$')


@dataclass
class Entry:
    """One message of a catalogue; ``msgstr`` holds one text, or one per plural form."""

    msgid: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    obsolete: bool = False

    @property
    def key(self) -> tuple[str | None, str, str | None]:
        """What identifies the message in the catalogue."""
        return (self.msgctxt, self.msgid, self.msgid_plural)

    @property
    def translated(self) -> bool:
        """True when every form has a non-empty translation and the entry is not fuzzy."""
        return bool(self.msgstr) and all(self.msgstr) and "fuzzy" not in self.flags


def read_po(path: Path) -> list[Entry]:
    """The entries of the PO file at ``path``, the header (empty msgid) excluded."""
    entries: list[Entry] = []
    current = Entry()
    last: str | None = None  # the keyword a continuation line belongs to
    for raw in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        line = raw.strip()
        obsolete = line.startswith("#~")
        if obsolete:
            line = line[2:].strip()
        if not line:  # a blank line ends the entry
            if last is not None:
                entries.append(current)
            current, last = Entry(), None
        elif line.startswith("#,"):
            current.flags.update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            _append(current, last, ast.literal_eval(line))
        else:
            last = _start(current, line)
            current.obsolete = current.obsolete or obsolete
    return [entry for entry in entries if entry.msgid]


def _start(entry: Entry, line: str) -> str:
    """Read a ``keyword "text"`` line into ``entry``; return the keyword's family."""
    match = _KEYWORD.match(line)
    if match is None:
        raise ValueError(f"not a PO line: {line!r}")
    keyword, text = match[1], ast.literal_eval(match[2])
    if keyword.startswith("msgstr"):
        entry.msgstr.append(text)
        return "msgstr"
    setattr(entry, keyword, text)
    return keyword


def _append(entry: Entry, keyword: str | None, text: str) -> None:
    if keyword == "msgstr":
        entry.msgstr[-1] += text
    elif keyword is not None:
        setattr(entry, keyword, (getattr(entry, keyword) or "") + text)
