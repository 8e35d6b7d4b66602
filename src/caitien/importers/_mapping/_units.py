"""The document flattened into units: one line of text each, or the plan table itself."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from caitien.importers._document import Paragraph, RawDocument, Table
from caitien.normalise import clean_text, fold_text

# The combining marks of U+0300–U+036F: every Vietnamese diacritic once decomposed.
# Marks that case-fold to a letter (U+0345 → "ι") and the grapheme joiner (not a
# combining mark) are left to the slow fold.
_MARKS = "".join(
    chr(code)
    for code in range(0x300, 0x370)
    if unicodedata.combining(chr(code)) and chr(code).casefold() == chr(code)
)
_COMMON_MARKS = re.compile(f"[{_MARKS}]")
# Anything but ASCII and those marks: text holding none loses exactly its marks
# when encoded to ASCII with errors ignored.
_NOT_ASCII_OR_MARK = re.compile(f"[^\x00-\x7f{_MARKS}]")
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


def ascii_fold(text: str) -> str:
    """Case-folded text without diacritics ("Tiêu chí" → "tieu chi"), for matching headings.

    The result is that of :func:`_fold_slowly` (clean, case-fold, decompose, drop
    the marks, "đ" → "d"). Vietnamese text is all Latin letters once its marks are
    gone, so it is decomposed and stripped first and then only needs ASCII
    lower-casing, which costs a fraction of a Unicode case-fold of the marked
    text; anything still not ASCII takes the slow way.
    """
    spaced = " ".join(unicodedata.normalize("NFD", text).split())
    spaced = spaced.replace("đ", "d").replace("Đ", "D")
    if _NOT_ASCII_OR_MARK.search(spaced) is None:
        # Only marks are not ASCII: dropping them is encoding with errors ignored.
        return spaced.encode("ascii", "ignore").decode("ascii").lower()
    return _fold_slowly(text)


def _fold_slowly(text: str) -> str:
    """:func:`ascii_fold` for any text: cleaned and case-folded, then decomposed and stripped."""
    folded = unicodedata.normalize("NFD", fold_text(text)).replace("đ", "d")
    # One regex pass removes the usual marks; only text still not ASCII afterwards
    # (other scripts, rarer marks) needs the character-by-character test.
    folded = _COMMON_MARKS.sub("", folded)
    if folded.isascii():
        return folded
    return "".join(char for char in folded if not unicodedata.combining(char))


def is_plan_table(table: Table) -> bool:
    """Whether one of the first rows reads like the heading row of a plan table."""
    for row in table.rows[:4]:
        words = ascii_fold(" ".join(cell.text for cell in row.cells))
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
    return ascii_fold(" ".join(cell.text for row in rows for cell in row.cells))


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
                lines.extend(Line(part, True) for part in _cell_lines(paragraph))
    return lines


def _cell_lines(paragraph: str) -> list[str]:
    parts = [clean_text(part) for part in paragraph.split("\n")]
    return [part for part in parts if part]


ROMAN_HEADING = re.compile(r"^([IVX]{1,4})\s*[.:/)–-]\s*(.+)$")
