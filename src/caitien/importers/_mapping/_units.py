"""The document flattened into units: one line of text each, or the plan table itself."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from caitien.importers._document import Cell, Paragraph, RawDocument, Table
from caitien.normalise import clean_text

if TYPE_CHECKING:
    from collections.abc import Iterable

_PLAN_HEADER_WORDS = (
    ("tieu chi", "noi dung", "van de", "linh vuc"),
    ("ket qua", "giai phap", "muc tieu", "hoat dong"),
)


@dataclass
class Line:
    """One paragraph (or one paragraph of a cell that is not a plan table), cleaned."""

    text: str
    in_table: bool = False
    parts: tuple[str, ...] = ()

    def tab_parts(self) -> list[str]:
        """The line's tab-separated parts (a header set with tab stops), or the line itself."""
        return [part for part in self.parts if part] or [self.text]


Unit = Line | Table


def has_digit(text: str) -> bool:
    """Whether any character of ``text`` is a digit (:meth:`str.isdigit`, so "²" counts).

    ``map`` runs the test in C: a generator over the characters costs a Python frame
    step per character, and the tests run over every cell of a plan's body rows.
    """
    return any(map(str.isdigit, text))


def cells_words(cells: Iterable[Cell]) -> str:
    """The folded words of several cells, as :func:`ascii_fold` of their texts joined by spaces.

    Folding works character by character and collapses the spaces, so joining the
    cells' own folded words (:attr:`Cell.words`, computed once per cell), the empty
    ones left out, gives the same text without folding any cell twice.
    """
    return " ".join(words for words in (cell.words for cell in cells) if words)


def is_plan_table(table: Table) -> bool:
    """Whether one of the first rows reads like the heading row of a plan table."""
    for row in table.rows[:4]:
        words = cells_words(row.cells)
        if all(any(word in words for word in group) for group in _PLAN_HEADER_WORDS):
            return True
    return False


def table_shape(table: Table) -> str | None:
    """What a table's heading rows say it is, whatever section it stands in.

    "plan" (a plan table with a column of the work to do: "Chỉ số", "Mục tiêu",
    "Hoạt động" or "Giải pháp"), else "problems" (section IV: "Điểm hạn chế"
    and "Nguyên nhân"), "monitoring" (section VI: "Thời điểm" or "Nội dung theo
    dõi", and who assesses), else None.
    """
    words = _heading_words(table)
    if any(word in words for word in _PLAN_2026_WORDS):
        # the work to do is planned here: a plan table, or no table this reader knows
        return "plan" if is_plan_table(table) else None
    if "han che" in words and "nguyen nhan" in words:
        return "problems"
    if any(word in words for word in _MONITORING_WORDS) and "danh gia" in words:
        return "monitoring"
    return None


def _heading_words(table: Table) -> str:
    """The folded words of the heading row, and of the second heading row a merged
    heading makes (a cell of the first spanning columns, or merged down into the second)."""
    rows = table.rows[:2]
    if len(rows) == 2:
        first, second = rows
        merged = any(cell.span > 1 for cell in first.cells)
        if not (merged or any(cell.continued for cell in second.cells)):
            rows = rows[:1]
    return cells_words([cell for row in rows for cell in row.cells])


_MONITORING_WORDS = ("thoi diem", "noi dung theo doi")
_PLAN_2026_WORDS = ("chi so", "muc tieu", "hoat dong", "giai phap")


def flatten(raw: RawDocument) -> list[Unit]:
    """Paragraphs become cleaned lines; tables stay whole (the walk decides what they are)."""
    units: list[Unit] = []
    for block in raw.blocks:
        if isinstance(block, Paragraph):
            text = clean_text(block.text)
            if not text:
                continue
            # Without a tab the one part is the cleaned text itself: clean it once.
            pieces = block.text.split("\t")
            parts = tuple(map(clean_text, pieces)) if len(pieces) > 1 else (text,)
            units.append(Line(text, parts=parts))
        else:
            units.append(block)
    return units


def table_lines(table: Table) -> list[Line]:
    """A table that is not a plan table read as lines, row by row, cell by cell."""
    lines: list[Line] = []
    for row in table.rows:
        for cell in row.cells:
            if cell.continued:
                continue
            for paragraph in cell.paragraphs:
                lines.extend(Line(part, True) for part in paragraph_lines(paragraph))
    return lines


def paragraph_lines(paragraph: str) -> list[str]:
    """A cell paragraph's lines (split at its line breaks), cleaned, the empty ones left out."""
    parts = [clean_text(part) for part in paragraph.split("\n")]
    return [part for part in parts if part]


ROMAN_HEADING = re.compile(r"^([IVX]{1,4})\s*[.:/)–-]\s*(.+)$")
