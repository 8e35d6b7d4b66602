"""Ruled tables: grids found from ruling lines, cells with spans, text assigned to cells.

Word and LibreOffice draw every cell border as a thin line or rectangle. Grid
columns are the distinct x positions of vertical rulings and grid rows the
distinct y positions of horizontal rulings; a cell whose inner vertical border
is missing spans several columns, and a cell whose top border is missing
continues the cell above (a vertical merge).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from caitien.importers._document import Cell, Row, Table, nested_texts
from caitien.importers.pdf._lines import Line, group_lines, join_lines, spaced_apart

if TYPE_CHECKING:
    from collections.abc import Iterable

    from caitien.importers.pdf._pages import Page, Ruling
    from caitien.importers.pdf._runs import Run

TOLERANCE = 2.0
MIN_BAND = 3.0
Box = tuple[float, float, float, float]


class Layout(NamedTuple):
    """One cell of a band: its first grid column, how many it spans, and whether it is merged up."""

    column: int
    span: int
    continued: bool


@dataclass
class Grid:
    """One ruled table on one page: its column and row boundaries, its rulings and cells."""

    xs: list[float]
    ys: list[float]
    rulings: list[Ruling]
    page: int
    bands: list[list[Layout]] = field(default_factory=list)
    # Frames floating over the table (a stamp): the text inside is not the cells'.
    floating: list[Box] = field(default_factory=list)
    # Tables drawn inside one of its cells: their text is that cell's.
    nested: list[Grid] = field(default_factory=list)
    # The last band has no bottom border: its row goes on over the page (Chromium).
    open_bottom: bool = False

    def __post_init__(self) -> None:
        if not self.bands:
            down = _spans_near(
                self.xs, [(r.x0, r.y0, r.y1) for r in self.rulings if not r.horizontal]
            )
            across = _spans_near(
                self.ys, [(r.y0, r.x0, r.x1) for r in self.rulings if r.horizontal]
            )
            self.bands = [
                _band_layout(self, band, down, across) for band in range(len(self.ys) - 1)
            ]

    def cuts(self) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
        """Lines a run must not lie across to stay in one cell: vertical, then horizontal.

        Vertical lines are ``(x, top, bottom)``, horizontal ones ``(y, left, right)``:
        every row boundary, the outer edges and, in each band, the borders
        between its cells. A cell merged up keeps its inner column boundaries:
        its text belongs to the cells above it, column by column.
        """
        ys, xs = self.ys, self.xs
        vertical = [(xs[0], ys[0], ys[-1]), (xs[-1], ys[0], ys[-1])]
        for band, cells in enumerate(self.bands):
            top, bottom = ys[band], ys[band + 1]
            for cell in cells:
                inner = range(cell.column + 1, cell.column + cell.span) if cell.continued else ()
                vertical += [(xs[j], top, bottom) for j in (cell.column, *inner)]
        horizontal = [(y, xs[0], xs[-1]) for y in ys]
        return vertical, horizontal

    @property
    def top(self) -> float:
        """Top edge."""
        return self.ys[0]

    @property
    def bottom(self) -> float:
        """Bottom edge."""
        return self.ys[-1]


def find_grids(page: Page) -> list[Grid]:
    """The ruled tables of ``page``, top to bottom: two or more rulings each way."""
    grids = []
    for connected in _connected(page.rulings):
        group, floating = _without_stray_frames(connected)
        group, inner = _without_nested_tables(group)
        xs = _columns(group)
        lines = _merge(r.y0 for r in group if r.horizontal)
        ys = _open_ends(lines, xs, group)
        if len(xs) >= 2 and len(ys) >= 2:
            grid = Grid(xs, _drop_thin_bands(ys), group, page.number)
            grid.open_bottom = bool(lines) and ys[-1] != lines[-1]
            grid.floating = floating
            grid.nested = [_grid_of(rulings, page.number) for rulings in inner]
            grids.append(grid)
    return sorted(grids, key=lambda g: g.top)


def _open_ends(ys: list[float], xs: list[float], group: list[Ruling]) -> list[float]:
    """``ys`` with a boundary where the inner column lines go on past the first or last row line.

    Chromium draws a row broken by the page without its bottom border on the
    first page and without its top border on the next (CSS fragments are
    sliced): the cell sides end at the page's text area, and the row between
    them is a band of the grid. Only lines between cells count: the frame of
    a table over pages (``<table border="1">``) is sliced too, but holds no
    row beyond its last one.
    """
    if not ys or len(xs) < 3:
        return ys
    left, right = xs[0] + MIN_BAND, xs[-1] - MIN_BAND
    verticals = [r for r in group if not r.horizontal and left < r.x0 < right]
    if not verticals:
        return ys
    top = min(r.y0 for r in verticals)
    bottom = max(r.y1 for r in verticals)
    head = [top] if top < ys[0] - MIN_BAND else []
    tail = [bottom] if bottom > ys[-1] + MIN_BAND else []
    return [*head, *ys, *tail]


def _grid_of(rulings: list[Ruling], page: int) -> Grid:
    xs = _columns(rulings)
    ys = _merge(r.y0 for r in rulings if r.horizontal)
    return Grid(xs, _drop_thin_bands(ys), rulings, page)


def _without_nested_tables(group: list[Ruling]) -> tuple[list[Ruling], list[list[Ruling]]]:
    """``group`` without the rulings of tables nested in its cells, and those tables' rulings.

    A small table in a cell (a "Bắt đầu | Kết thúc" table in each time cell)
    touches the cell's borders and joins the grid, adding columns and rows
    that cut every row in two. The table's rows are bounded by rulings
    across its whole width; a column border of the table runs from one such
    boundary to the next, in more than one row (a time column split in two
    under the header runs down every item row). A column edge that spans no
    row from boundary to boundary, or lies in one row only, exists only
    inside cells: a nested table's, when that cell also holds row lines of
    its own. Each nested table (its edges in one row and one column of the
    outer table) is returned with its own rulings, and the cell's borders it
    leans on as its own edges.
    """
    verticals = [r for r in group if not r.horizontal]
    xs = _columns(verticals)
    if len(xs) < 4:
        return group, []
    bounds = _row_bounds([r for r in group if r.horizontal], xs[0], xs[-1])
    if len(bounds) < 3:
        return group, []
    spans = _spans_at(xs, [(r.x0, r.y0, r.y1) for r in verticals])
    inner_xs = [
        x for i, x in enumerate(xs) if 0 < i < len(xs) - 1 and _inside_cells(spans[i], bounds)
    ]
    outer_xs = [x for x in xs if x not in inner_xs]
    if not inner_xs or len(outer_xs) < 3:
        return group, []
    tables: dict[tuple[int, int], list[Ruling]] = {}
    for ruling in verticals:
        if _near(ruling.x0, inner_xs):
            middle = (ruling.y0 + ruling.y1) / 2
            band = bisect_right(bounds, middle) - 1
            column = bisect_right(outer_xs, ruling.x0) - 1
            tables.setdefault((band, column), []).append(ruling)
    taken: set[int] = set()
    nested = []
    for (_, column), edges in tables.items():
        left, right = outer_xs[column], outer_xs[column + 1]
        top = min(r.y0 for r in edges) - TOLERANCE
        bottom = max(r.y1 for r in edges) + TOLERANCE
        rows = [
            r
            for r in group
            if r.horizontal
            and top <= r.y0 <= bottom
            and left - TOLERANCE <= r.x0
            and r.x1 <= right + TOLERANCE
        ]
        # Its own row lines; those on the cell's top or bottom border stay the cell's too.
        own = [r for r in rows if not _near(r.y0, bounds)]
        if not own:
            continue
        taken.update(id(r) for r in (*edges, *own))
        nested.append([*edges, *rows, *_leaned_on(rows, edges, left, right)])
    if not nested:
        return group, []
    return [r for r in group if id(r) not in taken], nested


def _row_bounds(horizontals: list[Ruling], left: float, right: float) -> list[float]:
    """The y of each horizontal line whose rulings together run from ``left`` to ``right``."""
    ys = _merge(r.y0 for r in horizontals)
    lines = _spans_at(ys, [(r.y0, r.x0, r.x1) for r in horizontals])
    return [y for y, spans in zip(ys, lines, strict=True) if _covers_span(spans, left, right)]


def _spans_at(
    positions: list[float], segments: list[tuple[float, float, float]]
) -> list[list[tuple[float, float]]]:
    """For each of ``positions`` (merged), the spans of the ``(at, start, end)`` segments there."""
    spans: list[list[tuple[float, float]]] = [[] for _ in positions]
    for at, start, end in segments:
        index = bisect_left(positions, at)
        if index == len(positions) or (index and at - positions[index - 1] < positions[index] - at):
            index -= 1
        spans[index].append((start, end))
    return spans


def _covers_span(spans: list[tuple[float, float]], low: float, high: float) -> bool:
    """True when the union of ``spans`` runs from ``low`` to ``high`` (gaps up to the tolerance)."""
    reach = low
    for start, end in sorted(spans):
        if start > reach + TOLERANCE:
            return False
        reach = max(reach, end)
    return reach >= high - TOLERANCE


def _inside_cells(spans: list[tuple[float, float]], bounds: list[float]) -> bool:
    """True when a column edge drawn by ``spans`` crosses no row whole, or lies in one row."""
    whole = False
    touched: set[int] = set()
    for top, bottom in _joined(spans):
        # A row is crossed whole when two boundaries lie on this stretch of the edge.
        whole = whole or (
            bisect_right(bounds, bottom + TOLERANCE) - bisect_left(bounds, top - TOLERANCE) >= 2
        )
        first = bisect_right(bounds, top + TOLERANCE) - 1
        last = bisect_left(bounds, bottom - TOLERANCE) - 1
        touched.update(range(first, last + 1))
        if whole and len(touched) > 1:
            return False
    return True


def _joined(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """``spans`` sorted, those touching or overlapping (within the tolerance) made one."""
    joined: list[tuple[float, float]] = []
    for start, end in sorted(spans):
        if joined and start <= joined[-1][1] + TOLERANCE:
            joined[-1] = (joined[-1][0], max(joined[-1][1], end))
        else:
            joined.append((start, end))
    return joined


def _near(at: float, values: list[float]) -> bool:
    """True when ``at`` lies within :data:`TOLERANCE` of one of ``values``."""
    return any(abs(at - value) <= TOLERANCE for value in values)


def _leaned_on(rows: list[Ruling], edges: list[Ruling], left: float, right: float) -> list[Ruling]:
    """Edges of a nested table drawn by its cell's borders: where its row lines reach them."""
    top, bottom = min(r.y0 for r in rows), max(r.y0 for r in rows)
    sample = edges[0]
    sides = []
    if min(r.x0 for r in rows) <= left + TOLERANCE:
        sides.append(sample._replace(x0=left, x1=left, y0=top, y1=bottom))
    if max(r.x1 for r in rows) >= right - TOLERANCE:
        sides.append(sample._replace(x0=right, x1=right, y0=top, y1=bottom))
    return sides


def _without_stray_frames(group: list[Ruling]) -> tuple[list[Ruling], list[Box]]:
    """``group`` without the stroked rectangles that reach out of the table its lines draw.

    A frame drawn over a table (a stamp "ĐÃ KÝ" in a floating text box) touches
    its borders and would add rows and columns to it, moving the cells of the
    rows it crosses. A frame reaching past the edges of everything else in the
    group (the lines and the other frames) is not one of its cells, unless it
    lies on the table's lines: both its left and right sides on the columns
    of the other rulings (a last row spanning the table, when Chromium draws
    each cell as a frame), or both its top and bottom on their rows. Also
    returns the boxes ``(x0, top, x1, bottom)`` of the stray frames: their text
    floats over the table and is none of its cells' (as the Word reader does).
    """
    sides: dict[int, list[Ruling]] = {}
    for ruling in group:
        sides.setdefault(ruling.frame, []).append(ruling)
    if len(sides) < 2 or not any(sides):
        return group, []
    boxes = {frame: _extent(rulings) for frame, rulings in sides.items()}
    reach = _Reach(list(boxes.items()))
    stray = [
        frame
        for frame, box in boxes.items()
        if frame and reach.past(frame, box) and not _on_lines(frame, box, group)
    ]
    if not stray:
        return group, []
    return [r for r in group if r.frame not in stray], [boxes[frame] for frame in stray]


def _extent(rulings: list[Ruling]) -> Box:
    return (
        min(r.x0 for r in rulings),
        min(r.y0 for r in rulings),
        max(r.x1 for r in rulings),
        max(r.y1 for r in rulings),
    )


class _Reach:
    """How far the boxes of a group reach each way, and without any one of them.

    The two most extreme boxes each way are kept, so the extent of all but
    one box costs no pass over the others.
    """

    def __init__(self, boxes: list[tuple[int, Box]]) -> None:
        self.sides = [_two_most(boxes, side) for side in range(4)]

    def past(self, frame: int, box: Box) -> bool:
        """True when ``box`` (of ``frame``) reaches past every other box on some side."""
        for side, extreme in enumerate(self.sides):
            others = [b for f, b in extreme if f != frame]
            if not others:
                continue
            limit = others[0][side]
            beyond = box[side] < limit - TOLERANCE if side < 2 else box[side] > limit + TOLERANCE
            if beyond:
                return True
        return False


def _two_most(boxes: list[tuple[int, Box]], side: int) -> list[tuple[int, Box]]:
    """The two boxes reaching furthest on ``side`` (0 left, 1 top: least; 2 right, 3 bottom)."""
    sign = 1.0 if side < 2 else -1.0
    return sorted(boxes, key=lambda item: sign * item[1][side])[:2]


def _on_lines(frame: int, box: Box, group: list[Ruling]) -> bool:
    """True when both vertical or both horizontal sides of ``box`` lie on other rulings' lines."""
    xs = [r.x0 for r in group if r.frame != frame and not r.horizontal]
    ys = [r.y0 for r in group if r.frame != frame and r.horizontal]
    return (_near(box[0], xs) and _near(box[2], xs)) or (_near(box[1], ys) and _near(box[3], ys))


def _connected(rulings: list[Ruling]) -> list[list[Ruling]]:
    """Group rulings that touch or cross (within :data:`TOLERANCE`) into connected sets.

    A union-find over the pairs of a horizontal and a vertical ruling.
    """
    parent = list(range(len(rulings)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    horizontal = [(i, r) for i, r in enumerate(rulings) if r.y0 == r.y1]
    vertical = [(i, r) for i, r in enumerate(rulings) if r.y0 != r.y1]
    for h, across in horizontal:
        left, right, y = across.x0 - TOLERANCE, across.x1 + TOLERANCE, across.y0
        # Every pair of the page is tried: the test written out, not called.
        for v, down in vertical:
            if left <= down.x0 <= right and down.y0 - TOLERANCE <= y <= down.y1 + TOLERANCE:
                parent[root(h)] = root(v)
    # A border drawn in pieces, a piece per cell (Chromium): between two rows
    # merged across, no column line touches the pieces in the middle.
    for line, other in _collinear(horizontal, vertical):
        parent[root(line)] = root(other)
    groups: dict[int, list[Ruling]] = {}
    for i, ruling in enumerate(rulings):
        groups.setdefault(root(i), []).append(ruling)
    return list(groups.values())


def _collinear(
    horizontal: list[tuple[int, Ruling]], vertical: list[tuple[int, Ruling]]
) -> list[tuple[int, int]]:
    """Pairs of rulings on one line (within :data:`TOLERANCE`) that touch or overlap end to end."""
    lines = [(r.y0, r.x0, r.x1, i) for i, r in horizontal]
    lines += [(r.x0 + _APART, r.y0, r.y1, i) for i, r in vertical]  # never on a horizontal's line
    lines.sort()
    pairs = []
    cluster: list[tuple[float, float, float, int]] = []
    for line in [*lines, (float("inf"), 0.0, 0.0, -1)]:
        if cluster and line[0] - cluster[-1][0] > TOLERANCE:
            cluster.sort(key=lambda item: item[1])
            reach, owner = cluster[0][2], cluster[0][3]
            for _, start, end, index in cluster[1:]:
                if start <= reach + TOLERANCE:
                    pairs.append((owner, index))
                reach, owner = (max(reach, end), owner) if end <= reach else (end, index)
            cluster = []
        cluster.append(line)
    return pairs


# Offsets vertical rulings' positions past every page coordinate in :func:`_collinear`.
_APART = 1e6


def _columns(rulings: list[Ruling]) -> list[float]:
    """The x of the column lines of ``rulings``, lines closer than a column can be merged.

    No text fits in a column narrower than :data:`MIN_BAND`: two lines that
    close are one border drawn twice (HTML's separate borders: a cell's side
    and its neighbour's, or the table's frame, 2.25 pt apart).
    """
    return _merge((r.x0 for r in rulings if not r.horizontal), MIN_BAND)


def _merge(values: Iterable[float], within: float = TOLERANCE) -> list[float]:
    """Distinct positions, those closer than ``within`` merged into their mean."""
    merged: list[list[float]] = []
    for value in sorted(values):
        if merged and value - merged[-1][-1] <= within:
            merged[-1].append(value)
        else:
            merged.append([value])
    return [sum(run) / len(run) for run in merged]


def _drop_thin_bands(ys: list[float]) -> list[float]:
    # Double borders draw two rulings a point or two apart: one boundary.
    kept = [ys[0]]
    for y in ys[1:]:
        if y - kept[-1] >= MIN_BAND:
            kept.append(y)
        else:
            kept[-1] = y
    return kept


class _Slot:
    """A cell of a band being filled with its runs (a plain class: built for every cell)."""

    __slots__ = ("column", "continued", "nested", "runs", "span")

    def __init__(self, column: int, span: int, continued: bool) -> None:
        self.column = column
        self.span = span
        self.continued = continued
        self.runs: list[Run] = []
        # The paragraphs of each table nested in the cell, after the top of that table.
        self.nested: list[tuple[float, list[str]]] = []


class GridTable(NamedTuple):
    """A table read from one page's grid, with the lines joining it to the next page needs.

    ``lines[band][cell]`` are the text lines of each cell of ``table.rows[band]``,
    top to bottom, and ``widths[band][cell]`` the width its text may take.
    """

    table: Table
    grid: Grid
    lines: list[list[list[Line]]]
    widths: list[list[float]]


def build_table(grid: Grid, runs: list[Run]) -> GridTable:
    """Turn a grid and the runs inside it into an IR table (one row per band).

    A run lies in one cell: runs across a ruling were read a character at a time.
    """
    bands = [[_Slot(*cell) for cell in cells] for cells in grid.bands]
    owners = _owners(grid, bands)
    ys, xs = grid.ys, grid.xs
    last_band, last_column = len(bands) - 1, len(xs) - 2
    if grid.floating:
        runs = [run for run in runs if not _floats(run, grid.floating)]
    if grid.nested:
        runs = _fill_nested(grid, runs, owners)
    for run in runs:
        band = bisect_right(ys, (run.top + run.bottom) / 2) - 1
        column = bisect_right(xs, (run.x0 + run.x1) / 2) - 1
        owners[min(max(band, 0), last_band)][min(max(column, 0), last_column)].runs.append(run)
    lines = [[group_lines(slot.runs) for slot in slots] for slots in bands]
    padding = _padding(grid, bands, lines)
    widths = [
        [xs[slot.column + slot.span] - xs[slot.column] - 2 * padding for slot in slots]
        for slots in bands
    ]
    rows = []
    for slots, slot_lines, slot_widths in zip(bands, lines, widths, strict=True):
        cells = [
            Cell(
                paragraphs=_paragraphs(slot, cell_lines, width),
                column=slot.column,
                span=slot.span,
                continued=slot.continued,
            )
            for slot, cell_lines, width in zip(slots, slot_lines, slot_widths, strict=True)
        ]
        rows.append(Row(cells=cells, page=grid.page))
    return GridTable(Table(rows=rows, columns=len(grid.xs) - 1), grid, lines, widths)


def _fill_nested(grid: Grid, runs: list[Run], owners: list[list[_Slot]]) -> list[Run]:
    """Give each nested table's text to the cell holding it; return the runs outside them.

    The table is read as the Word reader reads one (:func:`nested_texts`): a
    "Bắt đầu | Kết thúc" table as one "start - end" line per row.
    """
    inside: list[list[Run]] = [[] for _ in grid.nested]
    outside = []
    previous: tuple[Run, int] | None = None
    for run in runs:
        x, y = (run.x0 + run.x1) / 2, (run.top + run.bottom) / 2
        if previous and _goes_on(previous[0], run):
            # A word too wide for its narrow cell runs over the border: it stays whole.
            index = previous[1]
        else:
            index = next(
                (
                    i
                    for i, table in enumerate(grid.nested)
                    if table.xs[0] <= x <= table.xs[-1] and table.ys[0] <= y <= table.ys[-1]
                ),
                -1,
            )
        if index < 0:
            outside.append(run)
            previous = None
        else:
            inside[index].append(run)
            previous = (run, index)
    last_band, last_column = len(owners) - 1, len(grid.xs) - 2
    for table, table_runs in zip(grid.nested, inside, strict=True):
        band = bisect_right(grid.ys, (table.top + table.bottom) / 2) - 1
        column = bisect_right(grid.xs, (table.xs[0] + table.xs[-1]) / 2) - 1
        slot = owners[min(max(band, 0), last_band)][min(max(column, 0), last_column)]
        slot.nested.append((table.top, nested_texts(build_table(table, table_runs).table)))
    return outside


def _goes_on(previous: Run, run: Run) -> bool:
    """True when ``run`` is the next character of ``previous``'s word, on its line."""
    return (
        run.order == previous.last + 1
        and not previous.spaced
        and run.top < previous.bottom
        and run.bottom > previous.top
    )


def _paragraphs(slot: _Slot, lines: list[Line], width: float) -> list[str]:
    """The cell's paragraphs, a nested table's in their place among its lines."""
    if not slot.nested:
        return paragraphs_of(lines, width)
    paragraphs: list[str] = []
    for top, texts in sorted(slot.nested):
        above = [line for line in lines if line.bottom <= top]
        lines = lines[len(above) :]
        paragraphs += paragraphs_of(above, width) + texts
    return paragraphs + paragraphs_of(lines, width)


def _floats(run: Run, boxes: list[Box]) -> bool:
    x, y = (run.x0 + run.x1) / 2, (run.top + run.bottom) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _padding(grid: Grid, bands: list[list[_Slot]], lines: list[list[list[Line]]]) -> float:
    """The table's cell padding: the smallest gap between a cell's left border and its text.

    Centred cells (headings) would suggest a wide padding; left-aligned body
    cells give the real one, so the smallest gap of the table is used.
    """
    gaps = [
        line.x0 - grid.xs[slot.column]
        for slots, slot_lines in zip(bands, lines, strict=True)
        for slot, cell_lines in zip(slots, slot_lines, strict=True)
        for line in cell_lines
    ]
    return max(min(gaps, default=0.0), 0.0)


def _spans_near(
    positions: list[float], rulings: list[tuple[float, float, float]]
) -> list[list[tuple[float, float]]]:
    """For each boundary position, the extents of the rulings within :data:`TOLERANCE` of it.

    ``rulings`` are ``(position, start, end)``; found by bisection, so a grid
    costs one pass over its rulings instead of one per band and boundary.
    """
    spans: list[list[tuple[float, float]]] = [[] for _ in positions]
    for at, start, end in rulings:
        index = bisect_left(positions, at - TOLERANCE)
        while index < len(positions) and positions[index] <= at + TOLERANCE:
            spans[index].append((start, end))
            index += 1
    return spans


def _band_layout(
    grid: Grid,
    band: int,
    down: list[list[tuple[float, float]]],
    across: list[list[tuple[float, float]]],
) -> list[Layout]:
    """The cells of ``band``; ``down``/``across`` hold the rulings on each of ``xs``/``ys``."""
    top = grid.ys[band]
    middle = (top + grid.ys[band + 1]) / 2
    inner = [j for j in range(1, len(grid.xs) - 1) if _covers(down[j], middle)]
    bounds = [0, *inner, len(grid.xs) - 1]
    slots = []
    for start, end in pairwise(bounds):
        centre = (grid.xs[start] + grid.xs[end]) / 2
        continued = band > 0 and not _covers(across[band], centre)
        slots.append(Layout(start, end - start, continued))
    return slots


def _covers(spans: list[tuple[float, float]], at: float) -> bool:
    """True when a ruling of ``spans`` reaches ``at`` (within a point)."""
    return any(start - 1 <= at <= end + 1 for start, end in spans)


def _owners(grid: Grid, bands: list[list[_Slot]]) -> list[list[_Slot]]:
    """For each band and grid column, the slot whose text it holds.

    A vertically merged cell draws its text once, often in a lower band: the
    text belongs to the first cell of the merge.
    """
    owners: list[list[_Slot]] = []
    for index, slots in enumerate(bands):
        row = []
        for column in range(len(grid.xs) - 1):
            slot = _find(slots, column)
            row.append(owners[index - 1][column] if slot.continued and index > 0 else slot)
        owners.append(row)
    return owners


def _find(slots: list[_Slot], column: int) -> _Slot:
    for slot in slots:
        if slot.column <= column < slot.column + slot.span:
            return slot
    return slots[-1]


def paragraphs_of(lines: list[Line], width: float) -> list[str]:
    """Join the lines of a cell whose text may be ``width`` points wide into its paragraphs.

    A line ends its paragraph when the first word of the next line would have
    fitted beside it (so the break was not a wrap) or when a wider gap than the
    line spacing separates them. Widths, not positions, are compared, so
    centred and right-aligned cells read like left-aligned ones. A line
    after which the producer kept a space wrapped at that space and no token
    was cut (see :func:`is_full`).
    """
    if not lines:
        return []
    paragraphs = [lines[0].text]
    for previous, line in pairwise(lines):
        room = width - (previous.x1 - previous.x0)
        if ends_paragraph(previous, line, room):
            paragraphs.append(line.text)
        else:
            full = is_full(previous, line, room)
            paragraphs[-1] = join_lines(paragraphs[-1], line.text, full)
    return [p for p in paragraphs if p]


def is_full(previous: Line, line: Line, room: float) -> bool:
    """True when ``previous`` filled its column so that a token may have been cut before ``line``.

    Full means not even ``line``'s first glyph had room; a space the producer
    kept after the line's last glyph shows the break fell at that space.
    """
    return room < first_char_width(line) + 1.0 and not previous.runs[-1].kept


def ends_paragraph(previous: Line, line: Line, room: float, *, across_pages: bool = False) -> bool:
    """True when ``previous`` (``room`` points short of full) closes its paragraph.

    Across a page break (``line`` on the next page) the vertical gap says nothing.
    """
    gap = line.top - previous.bottom
    if not across_pages and gap > 0.8 * max(previous.height, line.height):
        return True
    return room > first_word_width(line) + 0.6 * line.height


def first_char_width(line: Line) -> float:
    """Width of the first glyph of ``line``: a line cut mid-token had less room left than this."""
    return line.runs[0].first_x1 - line.runs[0].x0


def first_word_width(line: Line) -> float:
    """Width of the first word of ``line``: up to the first space inside a run or between two."""
    runs = line.runs
    for run, following in zip(runs, [*runs[1:], None], strict=True):
        if run.word_x1 is not None:
            return run.word_x1 - runs[0].x0
        if following is None or spaced_apart(run, following, line.height):
            return run.x1 - runs[0].x0
    return runs[-1].x1 - runs[0].x0
