"""Runs of text grouped into text lines and lines into paragraphs, with the soft-wrap rule.

A PDF keeps no paragraphs: Word and LibreOffice break lines where the next word
does not fit and draw each line on its own. Lines of one paragraph are joined
back with a space, except where a single token too wide for its column was cut
mid-token ("30.000.00" + "0"): then they are joined without one (see
:func:`join_lines`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from caitien.importers.pdf._runs import Run

# Horizontal gap, in line heights, above which two characters on one baseline
# belong to separate fragments (columns of a borderless layout).
FRAGMENT_GAP = 2.0
# Spaces are not positioned by every producer: a gap of this many line heights
# between two glyphs reads as a space.
SPACE_GAP = 0.18


@dataclass
class Line:
    """Runs of text on one baseline, left to right.

    ``spaces`` holds the content indices of the space characters of the page,
    so that a space kept in the PDF separates words even where glyphs touch.
    Edges and text are computed once, when first asked: build a line's
    run list completely before reading them.
    """

    runs: list[Run] = field(default_factory=list)
    spaces: frozenset[int] = frozenset()

    @cached_property
    def x0(self) -> float:
        """Left edge."""
        return min(c.x0 for c in self.runs)

    @cached_property
    def x1(self) -> float:
        """Right edge."""
        return max(c.x1 for c in self.runs)

    @cached_property
    def top(self) -> float:
        """Top edge."""
        return min(c.top for c in self.runs)

    @cached_property
    def bottom(self) -> float:
        """Bottom edge."""
        return max(c.bottom for c in self.runs)

    @cached_property
    def height(self) -> float:
        """Glyph height of the line, at least one point."""
        return max(self.bottom - self.top, 1.0)

    @cached_property
    def text(self) -> str:
        """The line's text, spaces inserted where glyphs stand apart, stripped."""
        parts: list[str] = []
        gap = SPACE_GAP * self.height
        previous: Run | None = None
        for run in self.runs:
            if previous is not None and (
                run.x0 - previous.x1 > gap or previous.last + 1 in self.spaces
            ):
                parts.append(" ")
            parts.append(run.text)
            previous = run
        return " ".join("".join(parts).split())


def group_lines(runs: Iterable[Run], spaces: frozenset[int] = frozenset()) -> list[Line]:
    """Group runs into lines by vertical overlap, top to bottom, each left to right.

    ``spaces`` are the content indices of space characters (see :class:`Line`).
    """
    lines: list[Line] = []
    top = bottom = 0.0
    for run in sorted(runs, key=lambda r: r.top + r.bottom):
        middle = (run.top + run.bottom) / 2
        if lines and top - 1 <= middle <= bottom + 1:
            lines[-1].runs.append(run)
            top, bottom = min(top, run.top), max(bottom, run.bottom)
        else:
            lines.append(Line([run], spaces))
            top, bottom = run.top, run.bottom
    for line in lines:
        line.runs.sort(key=lambda r: r.x0)
    return lines


def split_fragments(line: Line) -> list[Line]:
    """Split a line where its runs stand more than :data:`FRAGMENT_GAP` line heights apart."""
    fragments = [Line([line.runs[0]], line.spaces)]
    for run in line.runs[1:]:
        last = fragments[-1].runs[-1]
        if run.x0 - last.x1 > FRAGMENT_GAP * line.height:
            fragments.append(Line([run], line.spaces))
        else:
            fragments[-1].runs.append(run)
    return [f for f in fragments if f.text]


def join_lines(previous: str, following: str, previous_full: bool) -> str:
    """Join two wrapped lines of one paragraph, with a space unless a token was cut.

    Word and LibreOffice wrap at spaces (which the PDF does not always keep),
    and cut inside a token only when it does not fit the column, so the two
    lines are glued without a space only when the previous line filled the
    column (``previous_full``) and the cut is visible: the previous line is
    one token, or a digit group was cut ("30.000.00" + "0"), or the next line
    starts with letters no Vietnamese syllable could be ("thà" + "nh",
    "125.500.000" + "đ": every syllable has a vowel).
    """
    if not previous:
        return following
    if not following:
        return previous
    if previous_full and not previous.endswith((" ", "-", "–", "—")):
        last = previous.rsplit(" ", 1)[-1]
        first = following.split(" ", 1)[0]
        if " " not in previous or _cut_number(last, first) or _cut_syllable(last, first):
            return previous + following
    return f"{previous} {following}"


def _cut_number(last: str, first: str) -> bool:
    """True for a number cut inside its digit groups ("30.000.00" + "0", "36.500." + "000")."""
    numeric = bool(last) and all(ch in "0123456789.," for ch in last) and last[0].isdigit()
    return numeric and ("." in last or "," in last) and first[:1].isdigit()


VOWELS = frozenset("aăâeêioôơuưy")


def _cut_syllable(last: str, first: str) -> bool:
    """True when ``first`` is letters without a vowel: a word's or unit's end ("nh", "đ")."""
    letters = "".join(ch for ch in unicodedata.normalize("NFD", first.casefold()) if ch.isalpha())
    if not letters or not first.isalpha() or not last:
        return False
    return not any(ch in VOWELS for ch in letters)
