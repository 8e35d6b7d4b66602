"""Runs of text read from pdfium a text object at a time, not a character at a time.

A run is the visible characters of one text object on one line: one font, one
baseline, drawn left to right. pdfium's rectangle API (``FPDFText_CountRects``)
finds runs for a whole range of characters in one call, so a page costs a few
calls per run instead of one per character. Per-character boxes are still read
where a run must be cut: when it straddles a table's ruling or the edge of the
page margin, each of its characters becomes a run of its own, so every later
decision taken on a run holds for each of its characters.

A run's box is the union of its characters' loose boxes: the left edge of the
first, the right edge of the last, and above and below the union of the first,
the last and the run's tight rectangle (pdfium's loose box is the glyph's
tight box grown to the font's line: a tall or deep glyph inside the run shows
only in the tight rectangle).
"""

from __future__ import annotations

import ctypes
import re
from bisect import bisect_left
from typing import TYPE_CHECKING, NamedTuple

import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    Box = tuple[float, float, float, float]

# Word draws list bullets with the Symbol and Wingdings fonts, whose glyphs
# pdfium reports in the Private Use Area; the plan format writes them as "-".
BULLETS = str.maketrans(
    {chr(code): "-" for code in (0xF0B7, 0xF0A7, 0xF0D8, 0xF0FC, 0xF076, 0xF0E0, 0xF0A8)}
)
# What is not drawn: spaces, pdfium's generated line breaks and markers. The
# same characters as ``str.isspace`` (``\s`` of a str pattern) and three more.
INVISIBLE = re.compile(r"[\s\x00\ufffe\x02]")
CONTENT_LINE = re.compile(r"[^\r\n]+")
# Bold and italic are read for the first run after a line break and for every
# run holding a multiple of this many visible characters (see ``sample``).
STYLE_STRIDE = 8


class Run(NamedTuple):
    """Visible characters of one text object on one line, in display points.

    ``text`` has one space wherever the content has spaces or generated
    breaks between two characters. ``order`` and ``last`` are pdfium's
    indices of the first and last character; ``first_x1`` is the right edge
    of the first glyph and ``word_x1`` the right edge of the last glyph of the
    first word when the run holds more than one word (else None). A named
    tuple: pages hold hundreds, and tuples are the cheapest to build.
    """

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    order: int
    last: int
    first_x1: float
    word_x1: float | None


class Cuts:
    """Where a run must not lie across: the rulings of grids and the edges of the margin bands.

    A vertical cut ``(x, top, bottom)`` is crossed by a run holding ``x`` and
    overlapping ``top..bottom``; a horizontal cut ``(y, left, right)`` likewise.
    Edges count as crossing: a run only touching a cut is cut too.
    """

    def __init__(
        self,
        vertical: list[tuple[float, float, float]],
        horizontal: list[tuple[float, float, float]],
    ) -> None:
        self.vertical = sorted(vertical)
        self.horizontal = sorted(horizontal)
        self.xs = [cut[0] for cut in self.vertical]
        self.ys = [cut[0] for cut in self.horizontal]

    def crossed_by(self, x0: float, x1: float, top: float, bottom: float) -> bool:
        """True when the box ``x0..x1`` × ``top..bottom`` touches a cut."""
        index = bisect_left(self.xs, x0)
        while index < len(self.xs) and self.xs[index] <= x1:
            _, low, high = self.vertical[index]
            if top <= high and bottom >= low:
                return True
            index += 1
        index = bisect_left(self.ys, top)
        while index < len(self.ys) and self.ys[index] <= bottom:
            _, left, right = self.horizontal[index]
            if x0 <= right and x1 >= left:
                return True
            index += 1
        return False


class _Reader:
    """Reads the runs of one text page; ``to_display`` maps page-space boxes to display boxes."""

    def __init__(self, raw: object, to_display: Callable[[float, float, float, float], Box]):
        self.raw = raw
        self.to_display = to_display
        self.rect = pdfium_c.FS_RECTF()
        self.rect_ref = ctypes.byref(self.rect)
        self.edges = [ctypes.c_double() for _ in range(4)]
        self.edge_refs = [ctypes.byref(edge) for edge in self.edges]

    def loose(self, index: int) -> Box:
        """The loose box of character ``index``, as ``(x0, top, x1, bottom)`` displayed."""
        pdfium_c.FPDFText_GetLooseCharBox(self.raw, index, self.rect_ref)
        rect = self.rect
        return self.to_display(rect.left, rect.bottom, rect.right, rect.top)

    def count(self, start: int, stop: int) -> int:
        """How many text objects draw characters ``start..stop`` (pdfium's rectangles)."""
        return int(pdfium_c.FPDFText_CountRects(self.raw, start, stop - start + 1))

    def tight(self) -> Box:
        """The first rectangle of the last :meth:`count`, displayed."""
        left, top, right, bottom = self.edge_refs
        pdfium_c.FPDFText_GetRect(self.raw, 0, left, top, right, bottom)
        x0, y1, x1, y0 = (edge.value for edge in self.edges)
        return self.to_display(x0, y0, x1, y1)


def visible_text(text: str) -> str:
    """``text`` with every invisible character a space and Word's bullets as "-" (same length)."""
    return INVISIBLE.sub(" ", text.translate(BULLETS))


def read_runs(
    raw: object,
    text: str,
    to_display: Callable[[float, float, float, float], Box],
    cuts: Cuts,
    clean: str | None = None,
) -> list[Run]:
    """The runs of a text page whose whole text is ``text``, in content order.

    A run lying across one of ``cuts`` is read as one run per character.
    ``clean`` is :func:`visible_text` of ``text``, when the caller has it.
    """
    reader = _Reader(raw, to_display)
    clean = visible_text(text) if clean is None else clean
    runs: list[Run] = []
    # pdfium breaks the text between objects that do not follow on one line,
    # so a run never spans a break: each line of the content is split alone.
    for line in CONTENT_LINE.finditer(text):
        for first, last, counted in _objects(reader, clean, line.start(), line.end() - 1):
            _add_run(reader, clean, (first, last), counted, cuts, runs)
    return runs


def _visible_span(clean: str, start: int, stop: int) -> tuple[int, int] | None:
    """First and last visible index in ``start..stop`` (inclusive), or None."""
    piece = clean[start : stop + 1]
    stripped = piece.lstrip(" ")
    if not stripped:
        return None
    first = start + len(piece) - len(stripped)
    return first, start + len(piece.rstrip(" ")) - 1


def _objects(reader: _Reader, clean: str, start: int, stop: int) -> Iterator[tuple[int, int, bool]]:
    """Split ``start..stop`` (one line of the content) into the visible spans of its text objects.

    pdfium counts one rectangle per text object in a range; where a line holds
    several objects, each boundary is found by halving the range. The flag
    says the span was the last range counted (its rectangle can be read).
    """
    span = _visible_span(clean, start, stop)
    while span is not None:
        first, last = span
        objects = reader.count(first, last)
        if objects <= 1:
            yield first, last, objects == 1
            return
        low, high = first + 1, last  # the second object starts in low..high
        while low < high:
            middle = (low + high) // 2
            if reader.count(first, middle) >= 2:
                high = middle
            else:
                low = middle + 1
        yield first, low - 1, False
        span = _visible_span(clean, low, last)


def _add_run(
    reader: _Reader,
    clean: str,
    span: tuple[int, int],
    counted: bool,
    cuts: Cuts,
    runs: list[Run],
) -> None:
    trimmed = span if counted else _visible_span(clean, *span)
    if trimmed is None:
        return
    first, last = trimmed
    if not counted and reader.count(first, last) != 1:
        # No rectangle: glyphs without area, which only their own boxes place.
        runs.extend(_single_runs(reader, clean, first, last))
        return
    tight = reader.tight()
    head = reader.loose(first)
    tail = reader.loose(last) if last != first else head
    top = min(head[1], tail[1], tight[1])
    bottom = max(head[3], tail[3], tight[3])
    if cuts.crossed_by(head[0], tail[2], top, bottom):
        runs.extend(_single_runs(reader, clean, first, last))
        return
    text = clean[first : last + 1]
    word_x1 = None
    if " " in text:
        word_x1 = reader.loose(first + text.index(" ") - 1)[2]
        text = " ".join(text.split())
    runs.append(Run(text, head[0], tail[2], top, bottom, first, last, head[2], word_x1))


def _single_runs(reader: _Reader, clean: str, first: int, last: int) -> Iterator[Run]:
    for index in range(first, last + 1):
        char = clean[index]
        if char == " ":
            continue
        x0, top, x1, bottom = reader.loose(index)
        yield Run(char, x0, x1, top, bottom, index, index, x1, None)


def sampled(runs: list[Run], text: str) -> Iterator[Run]:
    """The runs whose font is read for bold and italic.

    The first run after each line break (so every line has one) and every run
    holding a visible character whose position in the page is a multiple of
    :data:`STYLE_STRIDE`: a style change inside a line is rare in plans, and
    reading the font of every run costs as much as reading its boxes.
    """
    position = 0
    for run in runs:
        size = len(run.text) - run.text.count(" ")
        after_break = run.order == 0 or text[run.order - 1] in "\r\n"
        if after_break or (position + STYLE_STRIDE - 1) // STYLE_STRIDE * STYLE_STRIDE < (
            position + size
        ):
            yield run
        position += size
