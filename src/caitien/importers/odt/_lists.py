"""OpenDocument list numbering: the marker ("- ", "+ ", "1. ", "II. ") a reader sees before an item.

Markers are written as every reader writes them (``_markers.py``): a "+" bullet
as "+ ", any other bullet as "- ", a number with its prefix and suffix and one
space. Counters run per list *chain*: a ``text:list`` starts a new chain
unless it continues one (``text:continue-list``, ``text:continue-numbering``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from caitien.importers._markers import bullet_marker, format_number
from caitien.importers.odt._names import XML_ID, text

if TYPE_CHECKING:
    from lxml import etree

    from caitien.importers.odt._styles import Level

_FORMATS = {"1": "decimal", "I": "upperRoman", "i": "lowerRoman", "A": "upperLetter"}
_FORMATS["a"] = "lowerLetter"
_PLACEHOLDER = re.compile(r"%(\d{1,2})%")
_CONTINUE_LIST, _CONTINUE_NUMBERING = text("continue-list"), text("continue-numbering")
OUTLINE_CHAIN = -1


def _format(value: int, num_format: str) -> str:
    """``value`` in an ODF ``style:num-format`` ("" writes no number)."""
    if not num_format:
        return ""
    return format_number(value, _FORMATS.get(num_format, "decimal"))


def marker(levels: dict[int, Level], depth: int, counts: list[int]) -> str:
    """The marker of an item at ``depth`` (0-based) with the chain's ``counts``; "" for none."""
    level = levels.get(depth + 1)
    if level is None:
        return ""
    if level.kind == "image":
        return "- "
    if level.kind == "bullet":
        return bullet_marker(level.bullet)
    if level.label_format is not None:
        label = _PLACEHOLDER.sub(
            lambda match: _shown(levels, counts, int(match[1])), level.label_format
        )
    else:
        shown = range(max(depth + 2 - level.display_levels, 1), depth + 2)
        number = (
            ".".join(_shown(levels, counts, index) for index in shown) if level.num_format else ""
        )
        label = f"{level.prefix}{number}{level.suffix}"
    return f"{label} " if label.strip() else ""


def _shown(levels: dict[int, Level], counts: list[int], index: int) -> str:
    """Level ``index``'s (1-based) counter in its own format; "" beyond the counted levels."""
    if not 0 < index <= len(counts):
        return ""
    level = levels.get(index)
    return _format(counts[index - 1], level.num_format if level is not None else "1")


class ListCounters:
    """The running counters of one document walk, per list chain."""

    def __init__(self) -> None:
        """No list seen yet."""
        self._counts: dict[tuple[int, str | None], list[int]] = {}
        self._by_id: dict[str, int] = {}
        self._previous: tuple[str | None, int] | None = None  # the last list: style, chain
        self._chains = 0

    def open_list(self, element: etree._Element, style_name: str | None) -> int:
        """The chain a top-level ``text:list`` numbers in: one it continues, else a new one.

        ``text:continue-list`` names the list to go on with; ``text:continue-numbering``
        goes on with the list just before, when it has the same style (as LibreOffice
        reads it: a list of another style between restarts the numbering).
        """
        chain = self._by_id.get(element.get(_CONTINUE_LIST, ""))
        previous = self._previous
        if chain is None and element.get(_CONTINUE_NUMBERING) == "true" and previous:
            chain = previous[1] if previous[0] == style_name else None
        if chain is None:
            self._chains += 1
            chain = self._chains
        list_id = element.get(XML_ID)
        if list_id:
            self._by_id[list_id] = chain
        self._previous = (style_name, chain)
        return chain

    def advance(
        self,
        chain: tuple[int, str | None],
        depth: int,
        levels: dict[int, Level],
        start: int | None,
    ) -> list[int]:
        """Count an item at ``depth`` (0-based) of ``chain``; ``start`` restarts its counter.

        ``chain`` is a list chain and the list style its item counts in: nested lists
        of another style count apart, as LibreOffice numbers them. Upper levels never
        counted show their start value; deeper levels restart.
        """
        counts = self._counts.setdefault(chain, [])
        while len(counts) <= depth:
            level = levels.get(len(counts) + 1)
            first = level.start if level is not None else 1
            counts.append(first if len(counts) < depth else first - 1)
        del counts[depth + 1 :]
        if start is not None:
            counts[depth] = start - 1
        counts[depth] += 1
        return counts
