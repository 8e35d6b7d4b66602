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

This is the reader's hottest loop (a few pdfium calls and a run built for
every text object of every page): pdfium is called through :mod:`._pdfium`,
boxes stay four floats instead of tuples, and an upright page (no
``/Rotate``, nearly every plan) turns page space into display space inline.
"""

from __future__ import annotations

import ctypes
import re
from bisect import bisect_left
from typing import TYPE_CHECKING, NamedTuple

from caitien.importers.pdf._pdfium import FS_RECTF, count_rects, get_loose_char_box, get_rect

if TYPE_CHECKING:
    from collections.abc import Iterator

    Box = tuple[float, float, float, float]

# Word draws list bullets with the Symbol and Wingdings fonts, whose glyphs
# pdfium reports in the Private Use Area; the plan format writes them as "-".
BULLETS = tuple(chr(code) for code in (0xF0B7, 0xF0A7, 0xF0D8, 0xF0FC, 0xF076, 0xF0E0, 0xF0A8))
# What is not drawn: spaces, pdfium's generated line breaks and markers. The
# same characters as ``str.isspace`` (``\s`` of a str pattern) and two more.
INVISIBLE = re.compile(r"[\s\x00\x02]")
LINE_ENDS = ("\r", "\n")
MARKERS = ("\r", "\n", "\x00", "\x02")
# pdfium writes U+FFFE for a hyphen drawn at the end of a line (and drops the line
# break after it): the glyph is on the page, and in Vietnamese it belongs to the
# text ("hành chính-" / "quản trị"), since syllables are never hyphenated.
LINE_END_HYPHEN = "\ufffe"
# The visible part of each line of the content (between pdfium's line breaks):
# from its first to its last visible character.
VISIBLE_LINE = re.compile(r"[^\s\x00\x02](?:[^\r\n]*[^\s\x00\x02])?")
# Bold and italic are read for the first run after a line break and for every
# run holding a multiple of this many visible characters (see ``sample``).
STYLE_STRIDE = 8


class Run(NamedTuple):
    """Visible characters of one text object on one line, in display points.

    ``text`` has one space wherever the content has spaces or generated
    breaks between two characters. ``order`` and ``last`` are pdfium's
    indices of the first and last character; ``first_x1`` is the right edge
    of the first glyph and ``word_x1`` the right edge of the last glyph of the
    first word when the run holds more than one word (else None). ``spaced``
    says the content has a space or a break right after the run, ``kept``
    that it has a space the producer kept at the end of a content line (the
    line wrapped at that space: "12.000.000 " / "VNĐ"), ``broken`` that what
    follows is only a break pdfium generated (no space character). A named tuple: pages
    hold hundreds, and tuples are the cheapest to build.
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
    spaced: bool = False
    kept: bool = False
    broken: bool = False


class Transform(NamedTuple):
    """Maps page-space boxes (origin bottom-left, unrotated) to display boxes."""

    width: float
    height: float
    rotation: int

    def box(
        self, left: float, bottom: float, right: float, top: float
    ) -> tuple[float, float, float, float]:
        """Return ``(x0, top, x1, bottom)`` of a page-space box, as displayed."""
        if self.rotation == 90:
            return (bottom, left, top, right)
        if self.rotation == 180:
            return (self.width - right, bottom, self.width - left, top)
        if self.rotation == 270:
            return (self.height - top, self.width - right, self.height - bottom, self.width - left)
        return (left, self.height - top, right, self.height - bottom)


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


def visible_text(text: str) -> str:
    """``text`` with every invisible character a space and Word's bullets as "-" (same length).

    Chained replacements of the characters a page holds (spaces, pdfium's
    breaks and markers) cost a hundredth of one regular expression or
    translation over the page; the rare other white space takes the regex.
    """
    clean = text
    for marker in MARKERS:
        if marker in clean:
            clean = clean.replace(marker, " ")
    if LINE_END_HYPHEN in clean:
        clean = clean.replace(LINE_END_HYPHEN, "-")
    if len(clean) - sum(map(len, clean.split())) != clean.count(" "):
        clean = INVISIBLE.sub(" ", clean)
    for bullet in BULLETS:
        if bullet in clean:
            clean = clean.replace(bullet, "-")
    return clean


def read_runs(raw: object, text: str, clean: str, transform: Transform, cuts: Cuts) -> list[Run]:
    """The runs of a text page whose whole text is ``text``, in content order.

    ``clean`` is :func:`visible_text` of ``text`` (the caller keeps it for
    :func:`read_chars`). A run lying across one of ``cuts`` is read as one run
    per character.
    """
    reader = _Reader(raw, text, clean, transform, cuts)
    # pdfium breaks the text between objects that do not follow on one line,
    # so a run never spans a break: each line of the content is split alone.
    for line in VISIBLE_LINE.finditer(text):
        reader.read_line(line.start(), line.end() - 1)
    return reader.runs


def read_chars(raw: object, text: str, clean: str, transform: Transform, run: Run) -> list[Run]:
    """Each visible character of ``run``, from the text page whose text is ``text``, as a run."""
    reader = _Reader(raw, text, clean, transform, Cuts([], []))
    reader._add_chars(run.order, run.last)
    return reader.runs


class _Reader:
    """Reads the runs of one text page into ``runs``."""

    def __init__(self, raw: object, text: str, clean: str, transform: Transform, cuts: Cuts):
        self.raw = raw
        self.text = text
        self.clean = clean
        self.transform = transform
        self.upright = transform.rotation == 0
        self.cuts = cuts
        self.runs: list[Run] = []
        # Structure fields and ``c_double.value`` read faster than ctypes arrays unpack.
        self.loose = FS_RECTF()
        self.loose_ref = ctypes.byref(self.loose)
        self.edges = tuple(ctypes.c_double() for _ in range(4))
        self.edge_refs = tuple(ctypes.byref(edge) for edge in self.edges)

    def read_line(self, first: int, last: int) -> None:
        """Split ``first..last`` (the visible span of a content line) into runs, one per object.

        pdfium counts one rectangle per text object in a range; where a line
        holds several objects, each boundary is found by halving the range.
        """
        raw, clean = self.raw, self.clean
        while True:
            objects = count_rects(raw, first, last - first + 1)
            if objects == 1:
                self._add_run(first, last)
                return
            if objects == 0:
                # No rectangle: glyphs without area, which only their own boxes place.
                self._add_chars(first, last)
                return
            if objects == last - first + 1 - clean.count(" ", first, last + 1):
                self._add_glyphs(first, last)
                return
            low, high = first + 1, last  # the second object starts in low..high
            while low < high:
                middle = (low + high) // 2
                if count_rects(raw, first, middle - first + 1) >= 2:
                    high = middle
                else:
                    low = middle + 1
            self._add_object(first, low - 1)
            # ``last`` is visible: only the spaces after the object are skipped.
            while clean[low] == " ":
                low += 1
            first = low

    def _add_glyphs(self, first: int, last: int) -> None:
        """Add ``first..last``, a line drawn a glyph per object, a run per visible glyph.

        Chromium draws some lines so: as many objects as visible characters
        means each holds one, and no halving is needed to find them.
        """
        raw, clean = self.raw, self.clean
        for index in range(first, last + 1):
            if clean[index] == " ":
                continue
            if count_rects(raw, index, 1) == 1:
                self._add_run(index, index)
            else:
                self._add_chars(index, index)

    def _add_object(self, first: int, last: int) -> None:
        """Add the run of one object found by halving: count it again to read its rectangle."""
        span = _visible_span(self.clean, first, last)
        if span is None:
            return
        first, last = span
        if count_rects(self.raw, first, last - first + 1) == 1:
            self._add_run(first, last)
        else:
            self._add_chars(first, last)

    def _add_run(self, first: int, last: int) -> None:
        """Add ``first..last``, one object whose rectangle was the last counted, as one run."""
        raw, loose, loose_ref = self.raw, self.loose, self.loose_ref
        get_rect(raw, 0, *self.edge_refs)
        edges = self.edges
        left, high, right, low = edges[0].value, edges[1].value, edges[2].value, edges[3].value
        get_loose_char_box(raw, first, loose_ref)
        head_left, head_top, head_right, head_bottom = (
            loose.left,
            loose.top,
            loose.right,
            loose.bottom,
        )
        if last != first:
            get_loose_char_box(raw, last, loose_ref)
        tail_top, tail_right, tail_bottom = loose.top, loose.right, loose.bottom
        if self.upright:
            height = self.transform.height
            x0, x1, first_x1 = head_left, tail_right, head_right
            top = height - max(head_top, tail_top, high)
            bottom = height - min(head_bottom, tail_bottom, low)
        else:
            box = self.transform.box
            head = box(head_left, head_bottom, head_right, head_top)
            tail = box(loose.left, tail_bottom, tail_right, tail_top)
            tight = box(left, low, right, high)
            x0, x1, first_x1 = head[0], tail[2], head[2]
            top = min(head[1], tail[1], tight[1])
            bottom = max(head[3], tail[3], tight[3])
        if self.cuts.crossed_by(x0, x1, top, bottom):
            self._add_chars(first, last)
            return
        text = self.clean[first : last + 1]
        word_x1 = None
        if " " in text:
            word_x1 = self._box(first + text.index(" ") - 1)[2]
            text = " ".join(text.split())
        spaced, kept, broken = self._after(last)
        self.runs.append(
            Run(text, x0, x1, top, bottom, first, last, first_x1, word_x1, spaced, kept, broken)
        )

    def _add_chars(self, first: int, last: int) -> None:
        """Add each visible character of ``first..last`` as a run of its own."""
        clean = self.clean
        for index in range(first, last + 1):
            char = clean[index]
            if char != " ":
                x0, top, x1, bottom = self._box(index)
                self.runs.append(
                    Run(char, x0, x1, top, bottom, index, index, x1, None, *self._after(index))
                )

    def _box(self, index: int) -> Box:
        """The loose box of character ``index``, as ``(x0, top, x1, bottom)`` displayed."""
        loose = self.loose
        get_loose_char_box(self.raw, index, self.loose_ref)
        left, top, right, bottom = loose.left, loose.top, loose.right, loose.bottom
        if self.upright:
            height = self.transform.height
            return (left, height - top, right, height - bottom)
        return self.transform.box(left, bottom, right, top)

    def _after(self, last: int) -> tuple[bool, bool, bool]:
        """Whether a space or break follows character ``last``, a kept space, a bare break."""
        if self.clean[last + 1 : last + 2] != " ":
            return False, False, False
        after = self.text[last + 1]
        kept = after in " \u00a0" and self.text[last + 2 : last + 3] in LINE_ENDS
        return True, kept, after in LINE_ENDS


def _visible_span(clean: str, start: int, stop: int) -> tuple[int, int] | None:
    """First and last visible index in ``start..stop`` (inclusive), or None."""
    piece = clean[start : stop + 1]
    stripped = piece.lstrip(" ")
    if not stripped:
        return None
    first = start + len(piece) - len(stripped)
    return first, start + len(piece.rstrip(" ")) - 1


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
