"""One logical table across pages: repeated header rows dropped, rows broken by a page break joined.

Word and LibreOffice draw a table that runs over pages as one grid per page,
with the rows marked "repeat as header" drawn again at the top of each page,
and by default let a row break across a page: its cells go on at the top of
the next page (under the repeated header, if any) with an empty TT (number)
cell. See "One table across pages" in ``docs/formats/pdf.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from caitien.importers._document import Cell, Note, Paragraph, Row, Table
from caitien.importers.pdf._body import _next_point
from caitien.importers.pdf._grid import TOLERANCE, ends_paragraph, is_full
from caitien.importers.pdf._lines import join_lines

if TYPE_CHECKING:
    from caitien.importers.pdf._grid import GridTable
    from caitien.importers.pdf._lines import Line

# A row broken by the page break fills its page: LibreOffice leaves at most a
# line or two free under it (widow and orphan control move lines over), so
# the previous part must end within this many line heights of the lowest
# text of the document's pages of that size.
BOTTOM_SLACK = 3.0
DEFAULT_LINE_HEIGHT = 12.0


def append_table(
    blocks: list[Paragraph | Table],
    part: GridTable,
    notes: list[Note],
    tails: dict[int, GridTable],
    floors: list[float],
) -> None:
    """Append the table of ``part`` to ``blocks``, or continue the previous table across a page.

    The table continues the previous block when that block is a table whose
    last part ends on the page before with the same column boundaries (nothing
    stands between them). Rows at the top of the continuation that repeat the
    first rows of the table are its repeated header: they are dropped, and the
    table's own first rows are marked ``repeated_header``. The first row after
    them is joined to the table's last row when it is the rest of that row
    (see :func:`_is_broken_row`), with a :class:`Note`. ``tails`` maps
    ``id(table)`` to the last part of each table; ``floors`` gives each page's
    bottom of the text area (the lowest text on pages of its size).
    """
    previous = blocks[-1] if blocks else None
    tail = tails.get(id(previous)) if isinstance(previous, Table) else None
    if not isinstance(previous, Table) or tail is None or not _continues(tail, part):
        blocks.append(part.table)
        tails[id(part.table)] = part
        return
    tails[id(previous)] = part
    header = _repeated_rows(previous.rows, part.table.rows)
    for row in previous.rows[:header]:
        row.repeated_header = True
    rest = part.table.rows[header:]
    last = previous.rows[-1]
    if rest and _is_broken_row(last, tail, part, header, floors[tail.grid.page - 1]):
        _join_row(last, tail, part, header)
        # Its number, or the label of an unnumbered row ("Tổng kinh phí").
        number = next((" ".join(c.text.split()) for c in last.cells if c.text.strip()), "")
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


def _continues(tail: GridTable, part: GridTable) -> bool:
    """True when ``part`` starts on the page after ``tail`` with the same column boundaries."""
    before, after = tail.grid.xs, part.grid.xs
    if not tail.table.rows or not part.table.rows or len(before) != len(after):
        return False
    if any(abs(x - y) > TOLERANCE for x, y in zip(before, after, strict=True)):
        return False
    return part.grid.page == tail.grid.page + 1


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


def _is_broken_row(last: Row, tail: GridTable, part: GridTable, header: int, floor: float) -> bool:
    """True when row ``header`` of ``part`` (top of a new page) is the rest of the row ``last``.

    ``last`` is the table's last row (already joined, for a row over three
    pages), whose last part is the last band of ``tail``.

    Geometry first: both rows have the same cells. A last row drawn without
    its bottom border (its cell sides run on to the end of the page: Chromium
    slices a row broken by the page) is broken. Otherwise the last row
    reaches the bottom of the page (within
    :data:`BOTTOM_SLACK` line heights of ``floor``), and both rows have the same
    cells. Then the text: tables of plans open each row with its number (or,
    without a TT column, its criterion) in the first cell, so a first row
    whose first cell is empty, or goes on mid-sentence (a lower-case letter),
    under a last row whose first cell is not, with text in another cell, is
    the rest of that row. A row moved whole to the next page (a row that may
    not break, or that did not fit) opens with its number.
    """
    first = part.table.rows[header]
    if [(c.column, c.span) for c in last.cells] != [(c.column, c.span) for c in first.cells]:
        return False
    if len(first.cells) < 2:
        return False
    if tail.grid.open_bottom:
        return True
    if floor - tail.grid.bottom > BOTTOM_SLACK * _line_height(tail.lines[-1]):
        return False
    if not last.cells[0].text.strip():
        return _label_goes_on(last, first)
    opening = first.cells[0].text.lstrip()
    if opening and not opening[0].islower():
        return False
    return any(cell.text.strip() for cell in first.cells[1:])


def _label_goes_on(last: Row, first: Row) -> bool:
    """True when ``first`` goes on with the label of ``last``, an unnumbered row (a total).

    A row without a number ("Tổng kinh phí", a heading) is broken by the page
    when the next page's first row has no number either and its first text
    continues mid-sentence (a lower-case letter) in a cell where ``last`` has
    text: "Tổng kinh" / "phí". A heading row moved whole opens with a capital.
    """
    if first.cells[0].text.strip():
        return False
    for above, below in zip(last.cells, first.cells, strict=True):
        opening = below.text.lstrip()
        if opening:
            return opening[0].islower() and bool(above.text.strip())
    return False


def _line_height(cells: list[list[Line]]) -> float:
    heights = [line.height for lines in cells for line in lines]
    return max(heights, default=DEFAULT_LINE_HEIGHT)


def _join_row(last: Row, tail: GridTable, part: GridTable, header: int) -> None:
    """Join row ``header`` of ``part`` into ``last``, whose last part is ``tail``'s last band."""
    rest = part.table.rows[header]
    cells = zip(last.cells, rest.cells, tail.lines[-1], part.lines[header], strict=True)
    for (cell, more, above, below), width in zip(cells, tail.widths[-1], strict=True):
        first = below[0] if below else None
        _join_cell(cell, more, (above[-1] if above else None, first), width)


def _drawn_again(cell: Cell, more: Cell) -> bool:
    """True when ``more`` repeats the last paragraphs of ``cell``.

    LibreOffice draws a table nested in a row broken by the page whole on
    both pages (it cannot break): its text comes twice.
    """
    count = len(more.paragraphs)
    return len(cell.paragraphs) >= count and cell.paragraphs[-count:] == more.paragraphs


def _join_cell(
    cell: Cell,
    more: Cell,
    edge: tuple[Line | None, Line | None],
    width: float,
) -> None:
    """Append ``more``'s paragraphs to ``cell``: its first continues the last one or starts anew.

    The break fell either where a line wrapped (the text goes on in the same
    paragraph: with a space, or glued when a token was cut, as wrapped lines
    in a cell are) or at the end of a paragraph: the cell's last line (first
    of ``edge``) was not full, or ``more`` opens the next point of a list
    ("- …"). ``edge`` is the last line before the break and the first after.
    """
    above, below = edge
    if not more.paragraphs or _drawn_again(cell, more):
        return
    if not cell.paragraphs or above is None or below is None:
        cell.paragraphs.extend(more.paragraphs)
        return
    last, following = cell.paragraphs[-1], more.paragraphs[0]
    room = width - (above.x1 - above.x0)
    if _next_point(last, following) or ends_paragraph(above, below, room, across_pages=True):
        cell.paragraphs.extend(more.paragraphs)
        return
    cell.paragraphs[-1] = join_lines(last, following, is_full(above, below, room))
    cell.paragraphs.extend(more.paragraphs[1:])
