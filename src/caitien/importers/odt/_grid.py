"""Reading an ODF table's layout: its rows and header rows, its declared columns, counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from caitien.importers.odt._names import (
    CELL,
    COLUMN,
    COLUMN_GROUPS,
    HEADER_ROWS,
    MAX_COLUMNS,
    ROW,
    ROW_GROUPS,
    TABLE,
    table,
)

if TYPE_CHECKING:
    from lxml import etree

COLUMNS_REPEATED = table("number-columns-repeated")


def count(element: etree._Element, name: str, limit: int) -> int:
    """A positive count attribute clamped to ``1..limit`` (1 when absent or not a number)."""
    value = element.get(name)
    if value is None or not value.isdigit():
        return 1
    return min(max(int(value), 1), max(limit, 1))


def table_rows(container: etree._Element, header: bool) -> list[tuple[etree._Element, bool]]:
    """The rows of a table (through header rows and row groups), each with its header flag."""
    found: list[tuple[etree._Element, bool]] = []
    for child in container:
        if child.tag == ROW:
            found.append((child, header))
        elif child.tag == HEADER_ROWS:
            found.extend(table_rows(child, True))
        elif child.tag in ROW_GROUPS:
            found.extend(table_rows(child, header))
    return found


def declared_columns(container: etree._Element) -> int:
    """The number of grid columns the table declares (``table:table-column`` repeats counted)."""
    total = 0
    for child in container:
        if child.tag == COLUMN:
            total += count(child, COLUMNS_REPEATED, MAX_COLUMNS)
        elif child.tag in COLUMN_GROUPS:
            total += declared_columns(child)
    return min(total, MAX_COLUMNS)


def is_frame(rows: list[etree._Element]) -> bool:
    """True for a layout table: one cell per row, and tables inside it."""
    if not rows:
        return False
    cells = [[cell for cell in row if cell.tag == CELL] for row in rows]
    if any(len(row) != 1 for row in cells):
        return False
    return any(child.tag == TABLE for row in cells for cell in row for child in cell)
