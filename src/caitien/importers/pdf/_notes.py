"""Footnotes: the reference marks raised after words, and the footnote block at the page bottom.

Word and LibreOffice print a footnote reference as a superscript: the same
digits in a smaller font (LibreOffice 58 % of the size, Word about two
thirds) with the baseline raised by about a third of the line, drawn as a
text object of its own right after the word ("Mức 2" then a raised "2"). Read
as part of the line it would glue onto the word ("Mức 22"). The footnotes
themselves stand under a short rule at the left margin, at the bottom of the
page, each opening with its number: text of no table and no paragraph of the
plan, so they are page furniture, like the page number.

Everything here compares the boxes of whole runs: no pdfium call, no work per
character.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from caitien.importers.pdf._lines import group_lines

if TYPE_CHECKING:
    from caitien.importers.pdf._pages import Page, Ruling
    from caitien.importers.pdf._runs import Run

# A superscript's box is at most this share of the height of the run before
# it (58 % to 67 % of the size, measured 5.5 pt against 9.5 pt on a
# LibreOffice print), and its bottom stands above that run's bottom by at
# least this share of the height (a raised baseline, not a lower-case letter
# sitting on the line).
SUPERSCRIPT_HEIGHT = 0.75
SUPERSCRIPT_RISE = 0.2
# Its top stands about level with the word's (raised by as much as it shrank):
# not lower than this share of the height.
SUPERSCRIPT_DROP = 0.15
# A reference mark: a number or asterisks, a few characters long.
MARK = re.compile(r"^(?:\d{1,3}|\*{1,3})$")
# The footnote separator: a rule shorter than this share of the page width,
# starting in its left fifth, in its lower half.
SEPARATOR_WIDTH = 0.4
SEPARATOR_LEFT = 0.2
SEPARATOR_LOW = 0.5
# A footnote line opens with its mark (alone in its run or glued to the text).
FOOTNOTE_MARK = re.compile(r"^(\d{1,3}|\*{1,3})(?!\d)")


class Footnotes(NamedTuple):
    """The footnote block of a page: where its separator is, and the marks its lines open with."""

    top: float
    marks: frozenset[str]


def find_footnotes(page: Page) -> Footnotes | None:
    """The page's footnote block: a short rule outside every grid, then numbered lines under it.

    None when the page has no such rule, or no line under it opens with a mark.
    """
    for ruling in page.rulings:
        if not _is_separator(ruling, page):
            continue
        below = [run for run in page.runs if run.top >= ruling.y0]
        marks = set()
        for line in group_lines(below):
            opening = FOOTNOTE_MARK.match(line.runs[0].text)
            if opening:
                marks.add(opening.group(1))
        if marks:
            return Footnotes(ruling.y0, frozenset(marks))
    return None


def _is_separator(ruling: Ruling, page: Page) -> bool:
    """True for a short horizontal rule at the left of the lower page, under every grid there."""
    x0, y0, x1, y1 = ruling.x0, ruling.y0, ruling.x1, ruling.y1
    if y0 != y1 or y0 < SEPARATOR_LOW * page.height:
        return False
    if x1 - x0 > SEPARATOR_WIDTH * page.width or x0 > SEPARATOR_LEFT * page.width:
        return False
    return all(
        not (grid.ys[0] - 1 <= y0 <= grid.ys[-1] + 1 and grid.xs[0] - 1 <= x0 <= grid.xs[-1] + 1)
        for grid in page.grids
    )


def is_superscript(run: Run, previous: Run) -> bool:
    """True when ``run`` is a mark raised right after ``previous`` (its word) on the same line.

    A number or asterisks, smaller, its bottom raised above the word's, its
    top about level with the word's, and starting where the word ends. Only
    marks count: a lower-case letter read alone after a "g" is smaller and
    its bottom higher too.
    """
    height = previous.bottom - previous.top
    return (
        MARK.match(run.text) is not None
        and run.bottom - run.top < SUPERSCRIPT_HEIGHT * height
        and run.bottom < previous.bottom - SUPERSCRIPT_RISE * height
        and run.top <= previous.top + SUPERSCRIPT_DROP * height
        and -1.0 <= run.x0 - previous.x1 <= height
    )


def set_marks_apart(runs: list[Run], footnotes: Footnotes | None) -> list[Run]:
    """``runs`` (in content order) with each superscript mark kept apart from its word.

    A mark that opens one of the page's footnotes is a footnote reference and
    is dropped; another (an exponent, a mark without its note) stays, with a
    space between it and the word.
    """
    marks = footnotes.marks if footnotes else frozenset()
    kept: list[Run] = []
    for run in runs:
        if kept and len(run.text) <= 3 and is_superscript(run, kept[-1]):
            if run.text in marks:
                kept[-1] = kept[-1]._replace(spaced=kept[-1].spaced or run.spaced)
                continue
            kept[-1] = kept[-1]._replace(spaced=True)
        kept.append(run)
    return kept
