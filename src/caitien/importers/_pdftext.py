"""Rebuild a 2018 plan table from text extracted out of a PDF, where each cell is a block.

In such text (seed 002) the table's cells come out one after another, each as
a block of short wrapped lines separated by blank lines, in column order:
criterion, target, actions, responsible, time, budget, support, notes. A cell
cut by a page break comes back as a second block. The rebuild walks the blocks
with what the genre fixes: a row opens with "Tiêu chí N.N", the target follows
it, the actions column is the widest, the time names a year, the budget an
amount or "Không", and a block opening in lower case continues the cell before.
"""

from __future__ import annotations

import re

from caitien.importers._document import Cell, Note, Row, Table

HEADINGS = (
    "TT",
    "Tiêu chuẩn, tiêu chí",
    "Kết quả cần đạt (so với hiện trạng)",
    "Công việc/giải pháp cần thực hiện",
    "Chủ trì và phối hợp thực hiện",
    "Thời gian thực hiện và hoàn thành",
    "Dự kiến kinh phí",
    "Điều kiện hỗ trợ khác",
    "Ghi chú",
)
_CRITERION, _TARGET, _ACTIONS, _RESPONSIBLE, _TIME, _BUDGET, _SUPPORT, _NOTES = range(1, 9)
_PART = re.compile(r"^\s*MỨC\s*\d", re.IGNORECASE)
_STANDARD = re.compile(r"^\s*(?:(\d{1,2}|[IVX]{1,4})\s+)?Tiêu\s+chuẩn\s+\d", re.IGNORECASE)
_CRITERION_START = re.compile(r"^\s*Tiêu\s+chí\s*:?\s*\d", re.IGNORECASE)
_YEAR = re.compile(r"\b20\d\d\b|năm học|tháng", re.IGNORECASE)
_MONEY = re.compile(r"^(?:Không\b|\d[\d.,]*\s*(?:triệu|tỷ|nghìn|đồng|đ\b))", re.IGNORECASE)
_HEADING_WORDS = ("Kết quả cần đạt", "Công việc")
_BROKEN = Note("items", "Một đoạn công việc/giải pháp bị ngắt trang được nối lại vào dòng của nó.")
WIDE = 25  # the actions column wraps near 30 characters; every other column well under 25


def _width(line: str) -> int:
    return len(" ".join(line.split()))


def looks_blocked(blocks: list[list[str]]) -> bool:
    """Whether blank-line blocks hold a plan table cell by cell (headings, criterion blocks)."""
    text = "\n".join(line for block in blocks for line in block)
    criteria = sum(1 for block in blocks if _CRITERION_START.match(block[0]))
    return all(word in text for word in _HEADING_WORDS) and criteria >= 1


class _Rebuild:
    def __init__(self) -> None:
        self.rows: list[dict[int, list[str]]] = []
        self.last: int | None = None
        self.level_4 = False
        self.notes: list[Note] = []

    def block(self, lines: list[str]) -> None:
        first = lines[0]
        if _PART.match(first):
            self.rows.append({0: [first.strip()]})
            self.last = None
            self.level_4 = bool(re.match(r"^\s*MỨC\s*4", first, re.IGNORECASE))
        elif _STANDARD.match(first):
            match = _STANDARD.match(first)
            number = match.group(1) if match else None
            text = "\n".join(line.strip() for line in lines)
            cells = {_CRITERION: [text[len(number) :].strip() if number else text]}
            self.rows.append({0: [number], **cells} if number else cells)
            self.last = None
        elif _CRITERION_START.match(first):
            self.rows.append({_CRITERION: [_join(lines)]})
            self.last = _CRITERION
        elif self.rows and self.last is not None:
            self._content(lines)
        elif self.level_4:  # a MỨC 4 row names no criterion: its first cell opens it
            self.rows.append({_CRITERION: [_join(lines)]})
            self.last = _CRITERION

    def _content(self, lines: list[str]) -> None:
        row = self.rows[-1]
        if lines[0].strip()[:1].islower():
            row.setdefault(self.last or _ACTIONS, []).append(_join(lines))
            return
        wide = next((i for i, line in enumerate(lines) if _width(line) >= WIDE), None)
        if wide and lines[wide - 1].startswith(" "):
            wide -= 1  # an indented line opens the text run that continues there
        if wide:  # narrow lines, then the actions continued from the page before
            self._content(lines[:wide])
            self.notes.append(_BROKEN)
            self._place(_ACTIONS, lines[wide:])
            return
        column = self._column(lines, wide == 0)
        if column == _BUDGET and lines[0].strip().startswith("Không "):
            row.setdefault(_BUDGET, []).append("Không")
            rest = [lines[0].strip()[len("Không ") :], *lines[1:]]
            return self._place(_SUPPORT, rest)
        self._place(column, lines)

    def _place(self, column: int, lines: list[str]) -> None:
        part = [line for line in lines if _PART.match(line)]
        kept = [line for line in lines if not _PART.match(line)]
        if kept:
            self.rows[-1].setdefault(column, []).append(_join(kept))
            self.last = column
        if part:
            self.block(part)

    def _column(self, lines: list[str], wide: bool) -> int:
        row = self.rows[-1]
        if _TARGET not in row:
            return _TARGET
        if wide and _RESPONSIBLE not in row:
            return _ACTIONS
        if wide:
            self.notes.append(_BROKEN)
            return _ACTIONS
        text = " ".join(line.strip() for line in lines)
        free = [c for c in (_RESPONSIBLE, _TIME, _BUDGET, _SUPPORT, _NOTES) if c not in row]
        if _MONEY.match(text) and _BUDGET in free and _TIME not in free:
            return _BUDGET
        if _YEAR.search(text) and _TIME in free and _RESPONSIBLE not in free:
            return _TIME
        return free[0] if free else _NOTES


def _join(lines: list[str]) -> str:
    return "\n".join(line.strip() for line in lines if line.strip())


def rebuild_table(blocks: list[list[str]]) -> tuple[Table, list[Note]]:
    """The plan table rebuilt from cell blocks, with a heading row in the template's words."""
    rebuild = _Rebuild()
    for block in blocks:
        rebuild.block(block)
    rows = [Row([Cell([text], column) for column, text in enumerate(HEADINGS)])]
    for cells in rebuild.rows:
        rows.append(Row([Cell(cells.get(column, []), column) for column in range(len(HEADINGS))]))
    note = Note(
        "items", "Bảng kế hoạch được dựng lại từ chữ trích từ PDF; nên đối chiếu với bản gốc."
    )
    return Table(rows, len(HEADINGS)), [note, *rebuild.notes]
