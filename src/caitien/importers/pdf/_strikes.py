"""Struck-through text: deleted words of a tracked change, printed with a line through them.

Word (with "show markup") and LibreOffice print a document's tracked changes
as they show them: the deleted words struck through, the inserted ones
underlined. The plan is the text with the changes accepted, so struck-through
characters are not text. The producers draw the strike-through as a thin
horizontal path (LibreOffice: a stroked line, one per text portion) through
the middle of the glyphs' height; an underline runs at or below the baseline,
and a table's rulings run between rows, at cell borders.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from caitien.importers.pdf._grid import Grid
    from caitien.importers.pdf._pages import Ruling
    from caitien.importers.pdf._runs import Run

# A strike-through crosses a run between these shares of its height from the
# top. Measured on LibreOffice prints: 0.45-0.61 of the loose box (a tall or
# deep glyph in the run moves it), underlines 0.87 and below the box.
MIDDLE_BAND = (0.3, 0.8)
# A line ending this close (points) to a run's right edge covers its last glyph:
# no glyph is narrower than twice this, and a stroked line's bounds pass its
# ends by half its width.
END_SLACK = 1.0


def strike_lines(rulings: Iterable[Ruling], grids: Iterable[Grid]) -> list[Ruling]:
    """The horizontal lines of a page that may strike text through, sorted by height.

    The rulings of grids (and of tables nested in them) are borders, and the
    sides of a stroked frame are a frame's: neither strikes text.
    """
    borders: set[Ruling] = set()
    for grid in grids:
        borders.update(grid.rulings)
        for nested in grid.nested:
            borders.update(nested.rulings)
    lines = [r for r in rulings if r.horizontal and not r.frame and r not in borders]
    return sorted(lines, key=lambda line: line.y0)


def without_struck(
    runs: list[Run], lines: list[Ruling], read_chars: Callable[[Run], list[Run]]
) -> list[Run]:
    """``runs`` without the characters a line in ``lines`` strikes through at mid-height.

    A run struck from its first glyph to its last goes whole; a run struck in
    part is read a character at a time (``read_chars``) and loses the
    characters whose centre the line covers. Only runs a line crosses are
    looked at further: a page without such lines costs nothing.
    """
    if not lines:
        return runs
    heights = [line.y0 for line in lines]
    kept: list[Run] = []
    for run in runs:
        start = bisect_left(heights, run.top)
        crossing = [
            line for line in lines[start : bisect_right(heights, run.bottom)] if _strikes(line, run)
        ]
        if not crossing:
            kept.append(run)
        elif not any(_covers_run(line, run) for line in crossing):
            kept += [char for char in read_chars(run) if not _covers_centre(crossing, char)]
    return kept


def _strikes(line: Ruling, run: Run) -> bool:
    """True when ``line`` runs through the middle of ``run``'s height over one of its glyphs."""
    height = run.bottom - run.top
    share = (line.y0 - run.top) / height if height > 0 else 0.0
    if not MIDDLE_BAND[0] <= share <= MIDDLE_BAND[1]:
        return False
    # A line ending before the first glyph's centre, or starting within the
    # last glyph's slack, only touches the run (it strikes its neighbour).
    return line.x1 >= (run.x0 + run.first_x1) / 2 and line.x0 <= run.x1 - END_SLACK


def _covers_run(line: Ruling, run: Run) -> bool:
    """True when ``line`` runs from the centre of ``run``'s first glyph to its last glyph."""
    return line.x0 <= (run.x0 + run.first_x1) / 2 and line.x1 >= run.x1 - END_SLACK


def _covers_centre(lines: list[Ruling], char: Run) -> bool:
    """True when one of ``lines`` (each striking the run ``char`` came from) covers its centre."""
    centre = (char.x0 + char.x1) / 2
    return any(line.x0 <= centre <= line.x1 for line in lines)
