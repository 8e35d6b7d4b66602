"""Word automatic numbering: the marker ("- ", "+ ", "1. ", "II. ") a reader sees before a point.

Bullets and numbers are spelled as every reader spells them (``_markers.py``).
Numbered levels render their counters, so a section heading numbered by Word
("I. MỤC ĐÍCH, YÊU CẦU") reads as the school sees it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from caitien.importers._markers import bullet_marker, format_number
from caitien.importers.word._xml import VAL, int_val, w

if TYPE_CHECKING:
    from lxml import etree


@dataclass(frozen=True)
class Level:
    """One level of a list definition: its number format, level text and start value."""

    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class _List:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)
    levels: dict[int, Level] = field(default_factory=dict)


def _level(element: etree._Element) -> Level:
    fmt = element.find(w("numFmt"))
    text = element.find(w("lvlText"))
    return Level(
        fmt=fmt.get(VAL, "decimal") if fmt is not None else "decimal",
        text=text.get(VAL, "") if text is not None else "",
        start=int_val(element.find(w("start")), 1),
    )


def _levels(parent: etree._Element) -> dict[int, Level]:
    return {int_val_attr(lvl): _level(lvl) for lvl in parent.iter(w("lvl"))}


def int_val_attr(lvl: etree._Element) -> int:
    """The ``w:ilvl`` attribute of a ``w:lvl`` element (0 when missing)."""
    value = lvl.get(w("ilvl"), "0")
    return int(value) if value.isdigit() else 0


class Numbering:
    """The list definitions of ``numbering.xml`` and the running counters of one document walk."""

    def __init__(self, root: etree._Element | None) -> None:
        """Read the definitions from the parsed part (``None`` when the package has none)."""
        self._abstract: dict[str, dict[int, Level]] = {}
        self._lists: dict[str, _List] = {}
        self._counters: dict[str, list[int]] = {}
        if root is not None:
            self._read(root)

    def _read(self, root: etree._Element) -> None:
        for abstract in root.iter(w("abstractNum")):
            self._abstract[abstract.get(w("abstractNumId"), "")] = _levels(abstract)
        for num in root.iter(w("num")):
            ref = num.find(w("abstractNumId"))
            entry = _List(abstract=ref.get(VAL, "") if ref is not None else "")
            for override in num.iter(w("lvlOverride")):
                ilvl = int_val_attr(override)
                start = override.find(w("startOverride"))
                if start is not None:
                    entry.starts[ilvl] = int_val(start, 1)
                entry.levels.update(_levels(override))
            self._lists[num.get(w("numId"), "")] = entry

    def _definition(self, num_id: str, ilvl: int) -> Level | None:
        entry = self._lists.get(num_id)
        if entry is None:
            return None
        return entry.levels.get(ilvl) or self._abstract.get(entry.abstract, {}).get(ilvl)

    def marker(self, num_id: str, ilvl: int) -> str:
        """Advance the counter of list ``num_id`` at ``ilvl`` and return the marker to prefix.

        Returns ``""`` for ``numId`` 0 (numbering switched off), unknown lists and
        levels whose text is empty.
        """
        level = self._definition(num_id, ilvl)
        if num_id == "0" or level is None:
            return ""
        if level.fmt == "bullet":
            return bullet_marker(level.text)
        counts = self._advance(num_id, ilvl, level)
        text = level.text
        for index in range(9):
            if f"%{index + 1}" in text:
                shown = self._definition(num_id, index) or level
                value = counts[index] if index < len(counts) else shown.start
                text = text.replace(f"%{index + 1}", format_number(value, shown.fmt))
        return f"{text} " if text.strip() else ""

    def _advance(self, num_id: str, ilvl: int, level: Level) -> list[int]:
        counts = self._counters.setdefault(num_id, [])
        starts = self._lists[num_id].starts
        while len(counts) <= ilvl:
            depth = len(counts)
            shown = self._definition(num_id, depth) or level
            counts.append(starts.get(depth, shown.start) - 1)
        del counts[ilvl + 1 :]  # a shallower level advancing restarts the deeper ones
        counts[ilvl] += 1
        return counts
