"""A worksheet read into visible rows of cells: values, merged ranges, hidden rows and columns.

Only the ``<c>`` elements present are read, so Excel's used range (often far
past the data) costs nothing; see ``docs/formats/xlsx.md``.
"""

from __future__ import annotations

import bisect
import datetime
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from caitien.importers.sheet._parts import number_text, s, string_item_text, unescape

if TYPE_CHECKING:
    from lxml import etree

    from caitien.importers.sheet._parts import Styles

# Past these the rest of a sheet is not read: no plan holds a thousand columns.
MAX_COLUMNS = 1000
MAX_CELLS = 100_000
_ON = frozenset({"1", "true"})
_ROW, _CELL, _VALUE, _INLINE = s("row"), s("c"), s("v"), s("is")


@dataclass
class GridCell:
    """A visible cell: its first visible column, the visible columns it spans, its text.

    ``continued`` marks a row under a merged range (the text is in the row above).
    """

    column: int
    text: str
    span: int = 1
    continued: bool = False


@dataclass
class GridRow:
    """A visible row: its 1-based number among the visible rows, its filled cells in column
    order, whether it is ruled.

    Rows the sheet holds nothing in are not listed: a gap in the numbers is an empty row.
    """

    number: int
    cells: list[GridCell]
    ruled: bool = False


@dataclass
class _Raw:
    """What the sheet XML states, before merges and hidden columns are applied."""

    values: dict[int, dict[int, str]] = field(default_factory=dict)
    ruled_rows: set[int] = field(default_factory=set)
    hidden_rows: set[int] = field(default_factory=set)
    truncated: bool = False


@dataclass
class SheetValues:
    """Inputs every cell needs: the shared strings, the styles, the date system."""

    strings: list[str]
    styles: Styles
    date1904: bool = False


def read_grid(
    root: etree._Element,
    values: SheetValues,
    budget: list[int],
    floating: dict[tuple[int, int], str] | None = None,
) -> tuple[list[GridRow], bool]:
    """The visible rows of a worksheet, and whether a cell limit cut it short.

    ``budget`` holds the cells with a value the workbook may still read (shared
    across sheets); it is decreased in place. ``floating`` maps a (row, column)
    to the text of the text boxes anchored there, read as that cell's (after
    its own text when it has some).
    """
    raw = _read_cells(root, values, budget)
    for (row, column), text in (floating or {}).items():
        if row not in raw.hidden_rows and column <= MAX_COLUMNS:
            written = raw.values.setdefault(row, {})
            written[column] = f"{written[column]}\n{text}" if column in written else text
    hidden = _hidden_columns(root)
    merges = _merges(root, raw)
    rows: list[GridRow] = []
    # Rows are numbered among the visible ones: a hidden row between two rows is no gap
    # (a gap is an empty row, which ends a block).
    hidden_rows = sorted(raw.hidden_rows)
    for number in sorted(raw.values.keys() | merges.rows()):
        if number in raw.hidden_rows:
            continue
        cells = _row_cells(number, raw.values.get(number, {}), merges, hidden)
        visible = number - bisect.bisect_left(hidden_rows, number)
        rows.append(GridRow(visible, cells, ruled=number in raw.ruled_rows))
    return rows, raw.truncated


def _read_cells(root: etree._Element, values: SheetValues, budget: list[int]) -> _Raw:
    raw = _Raw()
    data = root.find(s("sheetData"))
    filtered = _filter_rows(root)
    number = 0
    for row in data.iterchildren(_ROW) if data is not None else ():
        number = _int(row.get("r"), number + 1)
        if _hidden_row(row, number, filtered):
            raw.hidden_rows.add(number)
            continue
        column = 0
        for cell in row.iterchildren(_CELL):
            column = _column(cell.get("r"), column + 1)
            style = _int(cell.get("s"), 0)
            if column <= MAX_COLUMNS and values.styles.is_ruled(style):
                raw.ruled_rows.add(number)
            if not len(cell):
                # Only a style (borders drawn ahead over a blank form): nothing to show, and
                # not counted, so a sheet formatted far past its data costs no other sheet.
                continue
            if column > MAX_COLUMNS or budget[0] <= 0:
                raw.truncated = True
                continue
            budget[0] -= 1
            text = _cell_text(cell, values, style)
            if text.strip():
                raw.values.setdefault(number, {})[column] = text
    return raw


def _hidden_row(row: etree._Element, number: int, filtered: range) -> bool:
    """Whether a row is hidden on purpose (a helper row), not merely out of view.

    Rows an AutoFilter hides, and rows of a collapsed outline group, are still the
    plan: the user filtered or folded the view when the file was saved.
    """
    if row.get("hidden", "0").lower() not in _ON:
        return False
    return number not in filtered and _int(row.get("outlineLevel"), 0) == 0


def _filter_rows(root: etree._Element) -> range:
    """The data rows under the sheet's AutoFilter (empty when it has none)."""
    element = root.find(s("autoFilter"))
    first, _, last = (element.get("ref", "") if element is not None else "").partition(":")
    top, bottom = _row_of(first), _row_of(last or first)
    return range(top + 1, bottom + 1) if top else range(0)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value else default
    except ValueError:
        return default


def _column(reference: str | None, default: int) -> int:
    """The 1-based column of a reference ("AB12" → 28), ``default`` without one."""
    if not reference:
        return default
    letters = reference.rstrip("0123456789$")
    number = _COLUMNS.get(letters)
    if number is None:
        number = _letters_column(letters)
        if len(_COLUMNS) < MAX_COLUMNS * 4:
            _COLUMNS[letters] = number
    return number or default


# Column letters seen before: a sheet names the same few columns on every row.
_COLUMNS: dict[str, int] = {}


def _letters_column(letters: str) -> int:
    number = 0
    for char in letters.upper():
        if not "A" <= char <= "Z":
            return 0
        number = number * 26 + ord(char) - 64
    return number


def _cell_text(cell: etree._Element, values: SheetValues, style: int) -> str:
    """The text a cell shows: formulas by their cached value, never evaluated."""
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        item = cell.find(_INLINE)
        return string_item_text(item) if item is not None else ""
    value = cell.findtext(_VALUE)
    if value is None:
        return ""
    if kind == "s":
        index = _int(value, -1)
        return values.strings[index] if 0 <= index < len(values.strings) else ""
    if kind in ("str", "e"):
        return unescape(value)
    if kind == "b":
        return "TRUE" if value.strip() in _ON else "FALSE"
    if kind == "d":
        return _iso_date(value)
    return number_text(value, values.styles.number_format(style), values.date1904)


def _iso_date(value: str) -> str:
    try:
        return datetime.date.fromisoformat(value[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return value


class _Hidden:
    """Hidden columns: maps a sheet column to its place among the visible ones."""

    def __init__(self, columns: list[int]) -> None:
        self.columns = columns  # sorted, 1-based, bounded by MAX_COLUMNS

    def __contains__(self, column: int) -> bool:
        index = bisect.bisect_left(self.columns, column)
        return index < len(self.columns) and self.columns[index] == column

    def visible_index(self, column: int) -> int:
        """The 0-based index of ``column`` among visible columns (a hidden one: the next's)."""
        if not self.columns:
            return column - 1
        return column - 1 - bisect.bisect_left(self.columns, column)

    def visible_count(self, first: int, last: int) -> int:
        """How many columns of ``first``…``last`` are visible."""
        if not self.columns:
            return last - first + 1
        hidden = bisect.bisect_right(self.columns, last) - bisect.bisect_left(self.columns, first)
        return last - first + 1 - hidden


def _hidden_columns(root: etree._Element) -> _Hidden:
    hidden: set[int] = set()
    for col in root.iterfind(f"{s('cols')}/{s('col')}"):
        # A column of a collapsed outline group is folded out of view, not hidden on purpose.
        if col.get("hidden", "0").lower() not in _ON or _int(col.get("outlineLevel"), 0):
            continue
        first = _int(col.get("min"), 1)
        last = min(_int(col.get("max"), first), MAX_COLUMNS)
        hidden.update(range(first, last + 1))
    return _Hidden(sorted(hidden))


@dataclass
class _Merges:
    """Merged ranges by their anchor cell, and by row the column ranges they cover there.

    ``spans[row]`` lists ``(first column, last column, anchor row)`` of every range over
    ``row``; ``entries`` counts them, bounded by :data:`MAX_CELLS`.
    """

    anchors: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    spans: dict[int, list[tuple[int, int, int]]] = field(default_factory=dict)
    entries: int = 0

    def rows(self) -> set[int]:
        return set(self.spans)

    def covers(self, row: int, column: int) -> bool:
        """Whether a range covers the cell without starting there (its value is not shown)."""
        return any(
            first <= column <= last and (row, column) != (top, first)
            for first, last, top in self.spans.get(row, ())
        )


def _merges(root: etree._Element, raw: _Raw) -> _Merges:
    """The merged ranges, clipped to the data: a range over whole columns costs no more.

    A crafted sheet of thousands of tall ranges stops being read past
    :data:`MAX_CELLS` row entries.
    """
    last_row = max(raw.values, default=0)
    merges = _Merges()
    for merge in root.iterfind(f"{s('mergeCells')}/{s('mergeCell')}"):
        first, _, last = (merge.get("ref") or "").partition(":")
        r1, c1 = _row_of(first), _column(first, 0)
        r2, c2 = _row_of(last or first), _column(last or first, 0)
        if not (r1 and c1 and r2 >= r1 and c2 >= c1) or c1 > MAX_COLUMNS:
            continue
        r2, c2 = min(r2, last_row), min(c2, MAX_COLUMNS)
        if merges.entries + max(r2 - r1 + 1, 0) > MAX_CELLS:
            raw.truncated = True
            break
        merges.anchors[(r1, c1)] = (r2, c2)
        for row in range(r1, r2 + 1):
            merges.spans.setdefault(row, []).append((c1, c2, r1))
        merges.entries += max(r2 - r1 + 1, 0)
    return merges


def _row_of(reference: str) -> int:
    digits = "".join(char for char in reference if char.isdigit())
    return int(digits) if digits else 0


def _row_cells(
    number: int, values: dict[int, str], merges: _Merges, hidden: _Hidden
) -> list[GridCell]:
    cells: list[GridCell] = []
    for first, last, top in merges.spans.get(number, ()):
        span = hidden.visible_count(first, last)
        if span > 0 and top < number:
            cells.append(GridCell(hidden.visible_index(first), "", span, continued=True))
    for column, text in values.items():
        anchor = merges.anchors.get((number, column))
        if anchor is None and merges.covers(number, column):
            continue  # a value left under a merged range: Excel does not show it
        last = anchor[1] if anchor else column
        span = hidden.visible_count(column, last)
        if span <= 0:
            continue
        cells.append(GridCell(hidden.visible_index(column), text, span))
    cells.sort(key=lambda cell: cell.column)
    return cells
