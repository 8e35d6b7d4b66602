"""Read a table of plain cells in one pass of lxml's C-level iteration.

Plan tables hold hundreds of cells, each a few paragraphs of runs whose
formatting the IR drops. Walking them child by child creates a Python proxy and
a tag string for every run, run property and text element; here lxml's
``iter`` with a tag filter hands over only the elements that carry text or
structure (rows, cells, paragraphs, runs, text, cell and row properties).

The result must equal the exact walk of :class:`~caitien.importers.word._body.BodyWalker`,
so every element is accepted only where that walk would read it the same way:
a row directly in the table, a cell directly in the row, a paragraph directly in
the cell, a run directly in the paragraph, text directly in the run, merge and
header properties directly in the first cell/row properties. Anything else
(hyperlinks, fields written as ``w:fldSimple``, content controls, smart tags,
tracked changes, text boxes, nested tables, math, ruby, old properties kept by
revision tracking) makes :func:`plain_rows` return ``None``, and the caller
walks the table the exact way. Hidden text is the caller's concern: it uses
this reader only when the body can hold none.

The pass also counts the cells, which the caller's border vote needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from caitien.importers._document import Cell, Row
from caitien.importers.word._elements import (
    BR,
    BR_TYPE,
    GRID_BEFORE,
    GRID_SPAN,
    H_MERGE,
    MAX_COLUMNS,
    RUN_TEXT,
    SYM,
    SYM_CHAR,
    TAB,
    TBL,
    TBL_HEADER,
    TC,
    TCPR,
    TR,
    TRPR,
    V_MERGE,
    P,
    R,
    T,
    first_child,
    first_of,
    symbol_text,
)
from caitien.importers.word._xml import VAL, int_val, is_on, w

if TYPE_CHECKING:
    from collections.abc import Callable

    from lxml import etree

TABS = w("tabs")  # a paragraph's tab stops: their w:tab elements are not text
# Everything the pass looks at; lxml matches the names in C and skips the rest.
_TAGS = (
    TR,
    TC,
    P,
    R,
    T,
    BR,
    SYM,
    TBL,
    GRID_SPAN,
    V_MERGE,
    H_MERGE,
    GRID_BEFORE,
    TBL_HEADER,
    *RUN_TEXT,
)
_RUN_CONTENT = frozenset({*RUN_TEXT, BR, SYM})  # what a run shows besides its w:t
_RUN_TEXT: dict[object, str] = {tag: text for tag, text in RUN_TEXT.items()}  # lxml tag keys


class _CellDraft:
    """A cell being read: its paragraphs (element and text pieces) and merge properties."""

    __slots__ = ("element", "h_merge", "paragraphs", "span", "v_merge")

    def __init__(self, element: etree._Element) -> None:
        self.element = element
        self.paragraphs: list[tuple[etree._Element, list[str]]] = []
        self.span = 1
        self.v_merge: str | None = None
        self.h_merge: str | None = None


class _RowDraft:
    """A row being read: its cells, grid columns skipped before them, header flag."""

    __slots__ = ("cells", "element", "header", "skipped")

    def __init__(self, element: etree._Element) -> None:
        self.element = element
        self.cells: list[_CellDraft] = []
        self.skipped = 0
        self.header = False


@dataclass
class PlainTable:
    """A table read in one pass: its rows, and how many ``w:tc`` it holds (merged ones too)."""

    rows: list[Row]
    cells: int


class _PlainTable:
    """The state of one pass over a table; :meth:`read` drives it."""

    def __init__(self, table: etree._Element) -> None:
        self.table = table
        self.rows: list[_RowDraft] = []
        self.row: _RowDraft | None = None
        self.cell: _CellDraft | None = None
        self.cells = 0  # every w:tc met, merged continuations included

    def read(self) -> bool:
        """Collect the table's rows, cells and text; False when the exact walk is needed.

        The three frequent elements (text, runs, paragraphs) are handled in this
        loop without a call; structure and rarer run content go to :meth:`_other`.
        """
        run: etree._Element | None = None
        paragraph: etree._Element | None = None
        pieces: list[str] = []
        for node in self.table.iter(*_TAGS):
            tag = node.tag
            if tag == T:
                if node.getparent() is not run:
                    return False
                pieces.append(node.text or "")
            elif tag == R:
                if node.getparent() is not paragraph:
                    return False
                run = node
            elif tag == P:
                cell = self.cell
                if cell is None or node.getparent() is not cell.element:
                    return False
                paragraph, pieces = node, []
                cell.paragraphs.append((node, pieces))
            elif not self._other(node, tag, run, pieces):
                return False
        return True

    def _other(
        self, node: etree._Element, tag: object, run: etree._Element | None, pieces: list[str]
    ) -> bool:
        """Handle a row, cell, property or non-``w:t`` run content; False when out of place."""
        if tag in _RUN_CONTENT:
            return self._run_content(node, tag, run, pieces)
        if tag == TR:
            if node.getparent() is not self.table:
                return False
            self.row = _RowDraft(node)
            self.rows.append(self.row)
            self.cell = None
            return True
        if tag == TC:
            if self.row is None or node.getparent() is not self.row.element:
                return False
            self.cell = _CellDraft(node)
            self.row.cells.append(self.cell)
            self.cells += 1
            return True
        if tag in (GRID_SPAN, V_MERGE, H_MERGE):
            return self._cell_property(node, tag)
        if tag in (GRID_BEFORE, TBL_HEADER):
            return self._row_property(node, tag)
        return node is self.table  # any other table is nested: the exact walk flattens it

    @staticmethod
    def _run_content(
        node: etree._Element, tag: object, run: etree._Element | None, pieces: list[str]
    ) -> bool:
        """Tabs, breaks, hyphens and symbols of a run, as the exact walk renders them."""
        parent = node.getparent()
        if parent is not run:
            # A paragraph's tab stops share the w:tab name and show nothing.
            return tag == TAB and parent is not None and parent.tag == TABS
        if tag == BR:
            if node.get(BR_TYPE, "textWrapping") == "textWrapping":
                pieces.append("\n")
        elif tag == SYM:
            pieces.append(symbol_text(node.get(SYM_CHAR, "")))
        else:
            pieces.append(_RUN_TEXT[tag])
        return True

    def _cell_property(self, node: etree._Element, tag: object) -> bool:
        """A merge property, read only from the cell's own leading ``w:tcPr``."""
        cell = self.cell
        properties = node.getparent()
        if cell is None or properties is None or first_child(cell.element, TCPR) is not properties:
            return False
        if tag == GRID_SPAN:
            cell.span = min(max(int_val(node, 1), 1), MAX_COLUMNS)
        elif tag == V_MERGE:
            cell.v_merge = node.get(VAL, "continue")
        else:
            cell.h_merge = node.get(VAL, "continue")
        return True

    def _row_property(self, node: etree._Element, tag: object) -> bool:
        """A skipped-columns or header property, read only from the row's first ``w:trPr``."""
        row = self.row
        properties = node.getparent()
        if row is None or properties is None or first_of(row.element, TRPR) is not properties:
            return False
        if tag == GRID_BEFORE:
            row.skipped = min(max(int_val(node, 0), 0), MAX_COLUMNS)
        else:
            row.header = bool(is_on(node))
        return True


def plain_rows(
    table: etree._Element, with_marker: Callable[[etree._Element, str], str] | None
) -> PlainTable | None:
    """The rows of ``table`` read in one pass, or ``None`` when it needs the exact walk.

    ``with_marker(paragraph, text)`` puts a paragraph's list marker before its
    text; ``None`` when the body uses no list.
    """
    reader = _PlainTable(table)
    if not reader.read():
        return None
    rows = [_row(draft, with_marker) for draft in reader.rows]
    return PlainTable(rows, reader.cells)


def _row(draft: _RowDraft, with_marker: Callable[[etree._Element, str], str] | None) -> Row:
    """A drafted row on the grid: a legacy horizontal merge widens the cell on its left."""
    column = draft.skipped
    cells: list[Cell] = []
    for cell in draft.cells:
        if cell.h_merge == "continue" and cells:
            cells[-1].span += cell.span
        else:
            texts = _texts(cell, with_marker)
            cells.append(Cell(texts, column, cell.span, cell.v_merge == "continue"))
        column += cell.span
    return Row(cells=cells, repeated_header=draft.header)


def _texts(cell: _CellDraft, with_marker: Callable[[etree._Element, str], str] | None) -> list[str]:
    """The cell's paragraph texts; paragraphs that show no text are left out."""
    # Trailing breaks and tabs are layout.
    texts: list[str] = []
    for element, pieces in cell.paragraphs:
        # Most cell paragraphs are one run of text: no join to build.
        text = (pieces[0] if len(pieces) == 1 else "".join(pieces)).rstrip()
        if text:
            texts.append(text if with_marker is None else with_marker(element, text))
    return texts
