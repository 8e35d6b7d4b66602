"""Rebuild tables from text laid out in columns by spaces (``pdftotext -layout``, a viewer's copy).

Such text keeps each line of a PDF table as one line of characters: a cell's
words sit under its column, cells are separated by runs of spaces, and a cell
wrapped on several lines goes on in the same columns on the lines below. The
table starts at a heading block (its labels, which the shared mapping knows,
spread over a few lines); the column edges are read from where the body text
starts between two labels (labels are centred, cell text is flush left), so
any column order and any number of columns reads the same way. A heading
block repeated after a page break starts a new set of edges (the page may be
laid out a little differently) and is dropped. A line whose first column holds
text opens a row; the others continue it. A "MỨC …" or "Tiêu chuẩn N: …" line
is a row of its own, kept whole.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from caitien.importers._document import Cell, Row, Table
from caitien.importers._mapping._table import ROLES
from caitien.normalise import ascii_fold

_RUN = re.compile(r"\S+(?: \S+)*")  # text between runs of two or more spaces
_WORD = re.compile(r"\S+")
_LETTERS = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
_WHOLE_ROW = re.compile(r"^(?:MỨC\s*\d|(?:[IVX]{1,4}\s+)?Tiêu\s+chuẩn\s+[IVX\d]+\s*[:.])", re.I)
_SECTION = re.compile(r"^[IVX]{1,4}\s*[.:/)-]\s*\S")
# A criterion, a standard or a part written in the criterion column (no number in TT).
_OPENING = re.compile(r"^(?:Tiêu\s*chí\b|TC\s*\d|Tiêu\s*chuẩn\b|Mức\s*\d)", re.I)
_NUMBER_CELL = re.compile(r"^(?:\d{1,3}|[IVX]{1,4})[.)]?$")
# Words of the heading labels besides the role keys: "Kết quả cần đạt (so với hiện
# trạng)", "Thời gian thực hiện và hoàn thành", "Kinh phí dự kiến", "Thông tin, dữ liệu
# minh chứng dự kiến", "Tiêu chí liên quan (nếu có)", "Nguyên nhân của hạn chế" …
_LINKING = (
    "tt stt can dat so voi hien trang thuc va hoan thanh du kien khac cua cai tien "
    "quan neu co lien danh gia diem dung theo doi dieu chinh luc ho tro bao dam "
    "don vi ca nhan tin lieu hoac chinh cac lam"
)
_VOCABULARY = frozenset(
    word for _role, keys in ROLES for key in keys for word in key.split()
) | frozenset(_LINKING.split())
MIN_LABELS = 4  # a heading line names at least this many columns
MIN_ROLES = 3  # and the heading block at least this many known labels


@dataclass
class _Run:
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def _runs(line: str) -> list[_Run]:
    return [_Run(match.start(), match.group()) for match in _RUN.finditer(line)]


def _heading_words(line: str) -> float:
    """The share of a line's words that belong to heading labels (0 when it holds a digit)."""
    if _DIGIT.search(line):
        return 0.0  # told before folding: a line with a figure needs no fold
    words = _LETTERS.findall(ascii_fold(line))
    if not words:
        return 0.0
    return sum(1 for word in words if word in _VOCABULARY) / len(words)


def _known_labels(text: str) -> int:
    folded = ascii_fold(text)
    return sum(1 for _role, keys in ROLES if any(key in folded for key in keys))


def is_heading_line(line: str) -> bool:
    """Whether a line opens a table's heading block: several labels apart, heading words only."""
    return len(_runs(line)) >= MIN_LABELS and _heading_words(line) >= 0.8


def heading_end(lines: list[str], start: int) -> int | None:
    """End (exclusive) of the heading block opened at ``start``, or None if it is no table's.

    The block goes on while lines are made of heading words; it must name at least
    :data:`MIN_ROLES` known labels.
    """
    end = start + 1
    while end < len(lines) and lines[end].strip() and _heading_words(lines[end]) >= 0.75:
        end += 1
    # The fold collapses the layout's runs of spaces itself.
    return end if _known_labels(" ".join(lines[start:end])) >= MIN_ROLES else None


def find_tables(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) line ranges of the tables: a heading block to the next section heading."""
    ranges: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        if is_heading_line(lines[index]) and heading_end(lines, index) is not None:
            end = next(
                (i for i in range(index + 1, len(lines)) if _SECTION.match(lines[i])), len(lines)
            )
            ranges.append((index, end))
            index = end
        else:
            index += 1
    return ranges


class _Columns:
    """Column edges of one stretch of a table, read from its heading block and body lines."""

    def __init__(self, heading: list[str], body: list[str]) -> None:
        self.labels = _labels(heading)
        self.edges = _edges(self.labels, body)

    def column_of(self, position: int) -> int:
        """The column whose left edge is the last at or before ``position`` (1 of drift)."""
        column = 0
        for index, edge in enumerate(self.edges):
            if edge <= position + 1:
                column = index
        return column

    def cut(self, line: str) -> dict[int, str]:
        """The line's text by column; a run over a column edge is cut at the word there."""
        cells: dict[int, list[str]] = {}
        for run in _runs(line):
            for column, text in self._split(run):
                cells.setdefault(column, []).append(text)
        return {column: " ".join(texts) for column, texts in cells.items()}

    def _split(self, run: _Run, column: int | None = None) -> list[tuple[int, str]]:
        """The run as (column, text) parts; ``column`` forces the first part's column."""
        column = self.column_of(run.start) if column is None else column
        if _WHOLE_ROW.match(run.text) or column + 1 >= len(self.edges):
            return [(column, run.text)]
        edge = self.edges[column + 1]
        if run.end <= edge + 1:
            return [(column, run.text)]
        # Cut before the last word whose text before it still ends a character short of the
        # edge (a cell's padding): the text after is the next column's.
        words = [match.start() + run.start for match in _WORD.finditer(run.text)][1:]
        fits = [start for start in words if run.start + _width(run, start) < edge]
        if not fits:
            return [(column, run.text)]
        cut = fits[-1]
        head = run.text[: cut - run.start].strip()
        tail = _Run(cut, run.text[cut - run.start :])
        return [(column, head), *self._split(tail, column + 1)]


@dataclass
class _Label:
    """A column's heading label: its lines' texts and the span they cover."""

    start: int
    end: int
    texts: list[str]

    @property
    def text(self) -> str:
        return " ".join(self.texts)


def _width(run: _Run, cut: int) -> int:
    return len(run.text[: cut - run.start].rstrip())


def _labels(heading: list[str]) -> list[_Label]:
    """The heading's labels, one per column, left to right.

    The line naming most labels sets the columns; a run of another line joins the
    label it overlaps most, or is a label of its own when it overlaps none.
    """
    lines = [_runs(line) for line in heading]
    seed = max(range(len(lines)), key=lambda index: len(lines[index]))
    labels = [_Label(run.start, run.end, [run.text]) for run in lines[seed]]
    for index, runs in enumerate(lines):
        for run in runs if index != seed else []:
            best, label = max(((_overlap(run, label), label) for label in labels), key=_first)
            if best <= 0:
                labels.append(_Label(run.start, run.end, [run.text]))
                continue
            label.texts.insert(0 if index < seed else len(label.texts), run.text)
            label.start, label.end = min(label.start, run.start), max(label.end, run.end)
    return sorted(labels, key=lambda label: label.start)


def _overlap(run: _Run, label: _Label) -> int:
    return min(run.end, label.end) - max(run.start, label.start)


def _first(pair: tuple[int, _Label]) -> int:
    return pair[0]


def _edges(labels: list[_Label], body: list[str]) -> list[int]:
    """Left edge of each column: the first body text start between two labels.

    A label is centred in its column and the column's text is flush left, so a
    column's text starts after the label before it ends and no later than its own
    label starts (with a character of drift); a column with no text there keeps
    its label's start.
    """
    starts = sorted({run.start for line in body for run in _runs(line)})
    edges = [0]
    for before, label in itertools.pairwise(labels):
        inside = [start for start in starts if before.end < start <= label.start + 1]
        edges.append(min(inside) if inside else label.start)
    return edges


def rebuild_table(lines: list[str]) -> Table:
    """The table of ``lines`` (a range from :func:`find_tables`): heading row, then body rows."""
    rows: list[dict[int, list[str]]] = []
    labels: list[str] = []
    for heading_lines, body in _stretches(lines):
        columns = _Columns(heading_lines, body)
        labels = labels or [label.text for label in columns.labels]
        _read_body(columns, body, rows)
    width = max([len(labels), *(max(row, default=0) + 1 for row in rows)])
    table_rows = [Row([Cell([text], column) for column, text in enumerate(labels)])]
    table_rows += [
        Row([Cell(["\n".join(row[column])], column) for column in sorted(row)]) for row in rows
    ]
    return Table(table_rows, width)


def _stretches(lines: list[str]) -> list[tuple[list[str], list[str]]]:
    """(heading lines, body lines) for each heading block of the range."""
    stretches: list[tuple[list[str], list[str]]] = []
    index = 0
    while index < len(lines):
        end = heading_end(lines, index) if is_heading_line(lines[index]) else None
        if end is not None:
            stretches.append((lines[index:end], []))
            index = end
            continue
        if lines[index].strip() and stretches:
            stretches[-1][1].append(lines[index])
        index += 1
    return stretches


def _read_body(columns: _Columns, body: list[str], rows: list[dict[int, list[str]]]) -> None:
    """Lines into rows: a whole-row line, a number or a criterion (standard, part) opens one."""
    for line in body:
        if _WHOLE_ROW.match(line.strip()):
            rows.append(_whole_row(columns, line))
            continue
        cells = columns.cut(line)
        if not cells:
            continue
        leftmost = min(cells)
        if 0 in cells or (leftmost <= 1 and _OPENING.match(cells[leftmost])) or not rows:
            rows.append({})
        row = rows[-1]
        for column, text in cells.items():
            row.setdefault(column, []).append(text)


def _whole_row(columns: _Columns, line: str) -> dict[int, list[str]]:
    """A part or standard line: its number in its column, the rest whole where it starts."""
    runs = _runs(line)
    row: dict[int, list[str]] = {}
    if len(runs) > 1 and _NUMBER_CELL.match(runs[0].text):
        row[columns.column_of(runs[0].start)] = [runs[0].text]
        runs = runs[1:]
    text = " ".join(run.text for run in runs)
    row.setdefault(columns.column_of(runs[0].start), []).append(text)
    return row


__all__ = ["find_tables", "rebuild_table"]
