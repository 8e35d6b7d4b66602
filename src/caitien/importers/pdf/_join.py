"""One logical table across pages: repeated header rows dropped, rows broken by a page break joined.

Word and LibreOffice draw a table that runs over pages as one grid per page,
with the rows marked "repeat as header" drawn again at the top of each page,
and by default let a row break across a page: its cells go on at the top of
the next page, under the repeated header, with an empty TT (number) cell.
"""

from __future__ import annotations

from caitien.importers._document import Cell, Note, Paragraph, Row, Table
from caitien.importers.pdf._lines import join_lines

COLUMN_TOLERANCE = 0.05


def append_table(
    blocks: list[Paragraph | Table], table: Table, notes: list[Note], ends: dict[int, int]
) -> None:
    """Append ``table`` to ``blocks``, or continue the previous table when it goes on across a page.

    A table continues the previous block when that block is a table ending on
    the page before with the same columns. Rows at the top of the continuation
    that repeat the first rows of the table are its repeated header: they are
    dropped, and the table's own first rows are marked ``repeated_header``.
    ``ends`` maps ``id(table)`` to the last page each table reaches.
    """
    previous = blocks[-1] if blocks else None
    first_page = table.rows[0].page if table.rows else None
    if not isinstance(previous, Table) or not _continues(previous, table, ends):
        blocks.append(table)
        ends[id(table)] = first_page or 0
        return
    ends[id(previous)] = first_page or 0
    header = _repeated_rows(previous.rows, table.rows)
    for row in previous.rows[:header]:
        row.repeated_header = True
    rest = table.rows[header:]
    if rest and _is_broken_row(previous.rows[-1], rest[0], header):
        last = previous.rows[-1]
        _join_row(last, rest[0])
        number = " ".join(last.cells[0].text.split())
        notes.append(
            Note(
                field="items",
                message=(
                    f"Hàng «{number}» của bảng bị ngắt sang trang {rest[0].page}; hai phần "
                    "đã được nối lại thành một hàng."
                ),
            )
        )
        rest = rest[1:]
    previous.rows.extend(rest)


def _continues(previous: Table, table: Table, ends: dict[int, int]) -> bool:
    if not previous.rows or not table.rows or previous.columns != table.columns:
        return False
    first_page = table.rows[0].page
    return first_page is not None and first_page == ends.get(id(previous), -1) + 1


def _texts(row: Row) -> list[tuple[int, int, str]]:
    return [(cell.column, cell.span, " ".join(cell.text.split())) for cell in row.cells]


def _repeats(first: Row, again: Row) -> bool:
    """True when ``again`` draws the same cells as ``first``, each text whole or cut short.

    LibreOffice clips a repeated header row whose cells are vertically merged:
    only the first lines of each cell stay inside the drawn row.
    """
    texts, repeated = _texts(first), _texts(again)
    if [t[:2] for t in texts] != [t[:2] for t in repeated]:
        return False
    return all(
        text == copy or (copy and text.startswith(copy))
        for (_, _, text), (_, _, copy) in zip(texts, repeated, strict=True)
    ) and any(copy for _, _, copy in repeated)


def _repeated_rows(original: list[Row], continuation: list[Row]) -> int:
    """How many leading rows of ``continuation`` repeat the leading rows of ``original``."""
    count = 0
    for first, again in zip(original, continuation, strict=False):
        if not _repeats(first, again) or not any(c.text for c in first.cells):
            break
        count += 1
    # Only the header repeats: never the whole table.
    return count if count < len(original) else 0


def _is_broken_row(last: Row, first: Row, header: int) -> bool:
    """True when ``first`` (top of a new page) is the rest of ``last``.

    Tables of plans number their rows in the first column: a row whose first
    cell is empty while the row before it had a number, with the same cells,
    is the rest of that row. A table whose header was not repeated has no such
    signal strong enough and is left as it is.
    """
    if header == 0 or [(c.column, c.span) for c in last.cells] != [
        (c.column, c.span) for c in first.cells
    ]:
        return False
    if len(first.cells) < 2 or first.cells[0].text.strip() or not last.cells[0].text.strip():
        return False
    return any(cell.text.strip() for cell in first.cells[1:])


def _join_row(last: Row, rest: Row) -> None:
    for cell, more in zip(last.cells, rest.cells, strict=True):
        _join_cell(cell, more)


def _join_cell(cell: Cell, more: Cell) -> None:
    if not more.paragraphs:
        return
    if not cell.paragraphs:
        cell.paragraphs = list(more.paragraphs)
        return
    # The text went on mid-paragraph: the break fell where a line wrapped.
    cell.paragraphs[-1] = join_lines(cell.paragraphs[-1], more.paragraphs[0], previous_full=False)
    cell.paragraphs.extend(more.paragraphs[1:])
