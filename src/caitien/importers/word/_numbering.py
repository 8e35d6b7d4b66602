"""Word automatic numbering: the marker ("- ", "+ ", "1. ", "II. ") a reader sees before a point.

Plans write their points with "- " and "+ ", and the plan format keeps those
markers, so a bullet list comes out the same way: a "+" glyph as "+ ", every
other bullet glyph (dash, •, ●, Symbol and Wingdings private-use glyphs) as "- ".
Numbered levels render their counters, so a section heading numbered by Word
("I. MỤC ĐÍCH, YÊU CẦU") reads as the school sees it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from caitien.importers.word._xml import VAL, int_val, w

if TYPE_CHECKING:
    from lxml import etree

_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
_PLUS_GLYPHS = frozenset("+＋")
_MAX_SPELLED = 780


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


def roman(number: int) -> str:
    """Upper-case Roman numeral of a positive integer (4 → "IV")."""
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def letters(number: int) -> str:
    """Word's lower-case letter numbering: 1 → "a", 26 → "z", 27 → "aa"."""
    letter = chr(ord("a") + (number - 1) % 26)
    return letter * ((number - 1) // 26 + 1)


def format_number(number: int, fmt: str) -> str:
    """``number`` in Word number format ``fmt`` (unknown formats fall back to decimal).

    Roman numerals and letters are only used in their sensible range (1–3999,
    1–780): a crafted start value must not turn a marker into megabytes.
    """
    if not 0 < number <= _MAX_SPELLED:
        return str(number)
    if fmt == "upperRoman":
        return roman(number)
    if fmt == "lowerRoman":
        return roman(number).lower()
    if fmt == "upperLetter":
        return letters(number).upper()
    if fmt == "lowerLetter":
        return letters(number)
    if fmt == "decimalZero":
        return f"{number:02d}"
    if fmt == "none":
        return ""
    return str(number)


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
            glyph = level.text.strip()
            if not glyph:
                return ""
            return "+ " if glyph[0] in _PLUS_GLYPHS else "- "
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
