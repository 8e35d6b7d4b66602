"""A worksheet's visible rows laid out as the raw structure: paragraphs and tables.

Ruled runs of rows are the tables; a sheet that rules nothing has its tables
found by shape. Rows outside tables are paragraphs, or a borderless table when
blocks stand side by side (the header, the signature). See ``docs/formats/xlsx.md``.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from caitien.importers._document import Block, Cell, Paragraph, Row, Table

if TYPE_CHECKING:
    from caitien.importers.sheet._grid import GridCell, GridRow

# A row of one cell spanning less than this share of the sheet stands beside others
# (a header block's line); a wider one is a title of its own.
NARROW_SHARE = 0.6
# A run of rows without rules is a table when a row has at least this many cells.
TABLE_CELLS = 3
_BULLETS = ("-", "+", "•", "–")


def sheet_blocks(rows: list[GridRow]) -> list[Block]:
    """The blocks of a sheet's visible rows, in order (an empty row separates runs)."""
    width = max((c.column + c.span for row in rows for c in row.cells), default=0)
    ruled = any(row.ruled and _filled(row) for row in rows)
    blocks: list[Block] = []
    for run, is_table in _runs(rows, ruled):
        if is_table:
            blocks.extend(_ruled(run))
        elif ruled:
            blocks.extend(_loose(run, width))
        else:
            blocks.extend(_shaped(run, width))
    return blocks


def _filled(row: GridRow) -> bool:
    return any(cell.text or cell.continued for cell in row.cells)


def _runs(rows: list[GridRow], ruled: bool) -> list[tuple[list[GridRow], bool]]:
    """Rows grouped into runs: ruled rows (a table) apart from the others; empty rows split.

    A ruled empty row stays inside its table (a blank row of the form).
    """
    runs: list[tuple[list[GridRow], bool]] = []
    current: list[GridRow] = []
    kind = False
    for row in rows:
        is_table = ruled and row.ruled
        if not _filled(row):
            if not is_table and current:
                runs.append((current, kind))
                current = []
            continue
        # Rows the sheet holds nothing in are not listed: a gap is an empty row, which ends a
        # run unless both sides are ruled (a blank row inside the table).
        gap = bool(current) and row.number > current[-1].number + 1
        if current and (is_table != kind or (gap and not (is_table and kind))):
            runs.append((current, kind))
            current = []
        current.append(row)
        kind = is_table
    if current:
        runs.append((current, kind))
    return runs


def _ruled(run: list[GridRow]) -> list[Block]:
    """A ruled run as tables: split where a one-cell line stands right above a heading row.

    A sheet ruled all over holds several tables in one ruled area, their section
    headings ("V. KẾ HOẠCH …") ruled too: such a line, followed by a row of
    headings, is a paragraph and a new table starts below it. A one-cell row
    followed by item rows (a "MỨC" or standard row) stays in its table.
    """
    blocks: list[Block] = []
    start = 0
    for index in range(len(run) - 1):
        if len(run[index].cells) == 1 and _is_heading_row(run[index + 1]):
            if index > start:
                blocks.append(_table(run[start:index], bordered=True))
            blocks.extend(_paragraphs(run[index]))
            start = index + 1
    blocks.append(_table(run[start:], bordered=True))
    return blocks


def _is_heading_row(row: GridRow) -> bool:
    """A row of column headings: three cells or more, none holding a figure (item rows have
    their number, code or amount; column-number rows "(1) … (10)" come under the headings)."""
    texts = [cell.text for cell in row.cells if not cell.continued]
    return len(texts) >= TABLE_CELLS and not any(char.isdigit() for t in texts for char in t)


def _shaped(run: list[GridRow], width: int) -> list[Block]:
    """A run in a sheet without rules, cut where a one-cell line stands above a heading row.

    Without rules and blank rows between them (a Word plan pasted into a sheet),
    tables and the lines between them form one run: each line followed by a row
    of headings starts a part of its own (see :func:`_shaped_part`).
    """
    blocks: list[Block] = []
    start = 0
    for index in range(1, len(run) - 1):
        if len(run[index].cells) == 1 and _is_heading_row(run[index + 1]):
            blocks.extend(_shaped_part(run[start:index], width))
            start = index
    blocks.extend(_shaped_part(run[start:], width))
    return blocks


def _shaped_part(run: list[GridRow], width: int) -> list[Block]:
    """A table when a row holds three cells or more, the lines around it outside.

    The table runs from its first such row (and the rows of several cells right
    above it) to its last (and the rows of several cells right below it, a total
    row). Single-cell lines above and below are paragraphs: a heading written
    right above the table, Tổ chức thực hiện and the closing right below it.
    """
    wide = [i for i, row in enumerate(run) if len(row.cells) >= TABLE_CELLS]
    if not wide:
        return _loose(run, width)
    first, last = wide[0], wide[-1]
    while first > 0 and len(run[first - 1].cells) > 1:
        first -= 1
    while last < len(run) - 1 and len(run[last + 1].cells) > 1:
        last += 1
    return [
        *_loose(run[:first], width),
        _table(run[first : last + 1], bordered=False),
        *_loose(run[last + 1 :], width),
    ]


def _loose(run: list[GridRow], width: int) -> list[Block]:
    """Rows outside tables: side-by-side blocks as one borderless table, others as paragraphs."""
    several = [i for i, row in enumerate(run) if len(row.cells) > 1]
    if not several:
        return [p for row in run for p in _paragraphs(row)]
    first, last = several[0], several[-1]
    left = run[first].cells[0].column
    # Above the blocks only a line of a right-hand block (the date under the motto) joins
    # them: a line in the left column there is running text (Tổ chức thực hiện's last duty).
    while first > 0 and _narrow(run[first - 1], width) and run[first - 1].cells[0].column > left:
        first -= 1
    # Below them a right-hand line (the signer's name) joins, and a bullet in the left
    # column (the recipients under "Nơi nhận:"); other text there is the body going on.
    while last < len(run) - 1 and _narrow(run[last + 1], width):
        cell = run[last + 1].cells[0]
        if cell.column <= left and not cell.text.lstrip().startswith(_BULLETS):
            break
        last += 1
    return [
        *(p for row in run[:first] for p in _paragraphs(row)),
        _banded(run[first : last + 1]),
        *(p for row in run[last + 1 :] for p in _paragraphs(row)),
    ]


def _narrow(row: GridRow, width: int) -> bool:
    return len(row.cells) == 1 and row.cells[0].span < NARROW_SHARE * max(width, 1)


def _paragraphs(row: GridRow) -> list[Paragraph]:
    """One paragraph per line of each cell (a header cell often holds two lines)."""
    return [Paragraph(line) for cell in row.cells for line in cell.text.split("\n") if line.strip()]


def _banded(rows: list[GridRow]) -> Table:
    """Side-by-side blocks (header, signature) as one row, a cell per block, as Word lays them.

    The blocks start where the row with the most cells starts its cells; a
    cell belongs to the last block starting at or before it.
    """
    starts = [c.column for c in max(rows, key=lambda row: len(row.cells)).cells]
    lines: list[list[str]] = [[] for _ in starts]
    for row in rows:
        for cell in row.cells:
            if cell.continued or not cell.text:
                continue
            band = max(0, sum(1 for start in starts if start <= cell.column) - 1)
            lines[band].extend(line for line in cell.text.split("\n") if line.strip())
    cells = [Cell(paragraphs=texts, column=i) for i, texts in enumerate(lines)]
    return Table([Row(cells)], columns=len(cells), bordered=False)


def _table(rows: list[GridRow], *, bordered: bool) -> Table:
    """Rows on the table's own grid, from its first filled column; gaps are empty cells.

    A sheet column that only lies under a merged cell, with no cell of the table
    starting in it, folds into the column on its left: a five-column table drawn
    over twenty-two narrow sheet columns (a Word table pasted into a sheet, headings
    merged over spacer columns) has five columns, as the form has. A column with
    nothing at all stays, so a table continued without its heading row keeps the
    columns of the one before it.
    """
    starts = {cell.column for row in rows for cell in row.cells}
    end = max(cell.column + cell.span for row in rows for cell in row.cells)
    under = {
        column
        for row in rows
        for cell in row.cells
        for column in range(cell.column + 1, cell.column + cell.span)
    }
    kept = [c for c in range(min(starts), end) if c in starts or c not in under]
    return Table([_row(row.cells, kept) for row in rows], len(kept), bordered)


def _row(cells: list[GridCell], starts: list[int]) -> Row:
    out: list[Cell] = []
    position = 0
    for cell in cells:
        column = bisect.bisect_left(starts, cell.column)
        if column < position:
            continue  # overlapping ranges in a damaged file: the first one wins
        span = max(1, bisect.bisect_left(starts, cell.column + cell.span) - column)
        out.extend(Cell([], c) for c in range(position, column))
        lines = cell.text.split("\n") if cell.text else []
        out.append(Cell(lines, column, span, cell.continued))
        position = column + span
    out.extend(Cell([], c) for c in range(position, len(starts)))
    return Row(out)
