"""Runs of text grouped into text lines and lines into paragraphs, with the soft-wrap rule.

A PDF keeps no paragraphs: Word and LibreOffice break lines where the next word
does not fit and draw each line on its own. Lines of one paragraph are joined
back with a space, except where a single token too wide for its column was cut
mid-token ("30.000.00" + "0"): then they are joined without one (see
:func:`join_lines`).
"""

from __future__ import annotations

import unicodedata
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from caitien.importers.pdf._runs import Run

# Horizontal gap, in line heights, above which two characters on one baseline
# belong to separate fragments (columns of a borderless layout).
FRAGMENT_GAP = 2.0
# Two runs of a line this many line heights apart, not drawn one after the
# other, stand in two cells of a borderless table (twice a word space).
CELL_GAP = 0.4
# Between two runs drawn one after the other the content holds at most a
# space and a line break.
ADJACENT = 3
# Spaces are not positioned by every producer: a gap of this many line heights
# between two glyphs reads as a space.
SPACE_GAP = 0.18
# pdfium generates a line break between two text objects it does not see
# follow on one line (a glyph placed left of where the previous one's advance
# ended). Chromium draws some lines a glyph per object, placed a little
# tighter than their advances: such a break between glyphs that touch (less
# than this many line heights apart) is inside a word, not a space.
TOUCH_GAP = 0.05


class Line:
    """Runs of text on one baseline, left to right, with their edges and text.

    A space kept in the PDF after a run (``Run.spaced``) separates words even
    where glyphs touch. Edges and text are computed when the line is made (a
    plain class: cached properties cost more than computing them once for
    every line), so ``runs`` must be complete and sorted left to right.
    """

    __slots__ = ("bottom", "height", "runs", "text", "top", "x0", "x1")

    def __init__(self, runs: list[Run]) -> None:
        self.runs = runs
        if len(runs) == 1:
            run = runs[0]
            self.x0, self.x1, self.top, self.bottom = run.x0, run.x1, run.top, run.bottom
            self.height = max(run.bottom - run.top, 1.0)
            self.text = run.text
            return
        self.x0 = min(r.x0 for r in runs)
        self.x1 = max(r.x1 for r in runs)
        self.top = min(r.top for r in runs)
        self.bottom = max(r.bottom for r in runs)
        self.height = max(self.bottom - self.top, 1.0)
        self.text = self._join()

    def _join(self) -> str:
        """The line's text, spaces inserted where glyphs stand apart, stripped."""
        runs = self.runs
        parts = [runs[0].text]
        for previous, run in pairwise(runs):
            if spaced_apart(previous, run, self.height):
                parts.append(" ")
            parts.append(run.text)
        return " ".join("".join(parts).split())


def spaced_apart(previous: Run, run: Run, height: float) -> bool:
    """True when a word space stands between ``previous`` and the next run ``run`` of its line.

    A gap of :data:`SPACE_GAP` line heights is a space; so is a space in the
    content, and a break pdfium generated unless the glyphs touch.
    """
    gap = run.x0 - previous.x1
    if gap > SPACE_GAP * height:
        return True
    return previous.spaced and not (previous.broken and gap < TOUCH_GAP * height)


def group_lines(runs: list[Run]) -> list[Line]:
    """Group runs into lines by vertical overlap, top to bottom, each left to right."""
    if len(runs) <= 1:  # most cells hold one run, or none
        return [Line(runs)] if runs else []
    groups: list[list[Run]] = []
    top = bottom = 0.0
    for run in sorted(runs, key=lambda r: r.top + r.bottom):
        middle = (run.top + run.bottom) / 2
        if groups and top - 1 <= middle <= bottom + 1:
            groups[-1].append(run)
            top, bottom = min(top, run.top), max(bottom, run.bottom)
        else:
            groups.append([run])
            top, bottom = run.top, run.bottom
    return [
        Line(sorted(group, key=lambda r: r.x0) if len(group) > 1 else group) for group in groups
    ]


def split_fragments(line: Line) -> list[Line]:
    """Split a line where its runs stand apart as two columns' text.

    Runs more than :data:`FRAGMENT_GAP` line heights apart are two fragments;
    so are runs :data:`CELL_GAP` apart that the producer did not draw one
    after the other: a borderless table is drawn a cell at a time, so a left
    cell's line filling its column ("SỞ GIÁO DỤC VÀ ĐÀO TẠO LÀO", then "CAI"
    on the next line) stands close to the right cell's ("CỘNG HÒA …").
    """
    groups = [[line.runs[0]]]
    for run in line.runs[1:]:
        previous = groups[-1][-1]
        gap = run.x0 - previous.x1
        if gap > FRAGMENT_GAP * line.height or (
            gap > CELL_GAP * line.height and _drawn_apart(previous, run)
        ):
            groups.append([run])
        else:
            groups[-1].append(run)
    if len(groups) == 1:
        return [line] if line.text else []
    fragments = [Line(group) for group in groups]
    return [f for f in fragments if f.text]


def _drawn_apart(previous: Run, run: Run) -> bool:
    """True when other text was drawn between ``previous`` and ``run`` (or ``run`` first).

    Runs added by the reader (a bullet drawn as a shape) have no place in the
    content and count as drawn in turn.
    """
    if previous.order < 0 or run.order < 0:
        return False
    return not 0 < run.order - previous.last <= ADJACENT


def join_lines(previous: str, following: str, previous_full: bool) -> str:
    """Join two wrapped lines of one paragraph, with a space unless a token was cut.

    Word and LibreOffice wrap at spaces (which the PDF does not always keep)
    and after a hyphen or en dash inside a token ("hành chính-" / "quản trị",
    "2023-" / "2024": glued back, the dash kept), and cut inside a token only
    when it does not fit the column, so otherwise the two lines are glued
    without a space only when the previous line filled the column
    (``previous_full``) and the cut is visible: the previous line is one
    token, or a digit group was cut ("30.000.00" + "0", "5/202" + "4"), or
    the next line starts with letters no Vietnamese syllable could be
    ("thà" + "nh", "125.500.000" + "đ": every syllable has a vowel).
    """
    if not previous:
        return following
    if not following:
        return previous
    if _wrapped_after_dash(previous, following):
        return previous + following
    if previous_full and not previous.endswith((" ", "-", "–", "—")):
        last = previous.rsplit(" ", 1)[-1]
        first = following.split(" ", 1)[0]
        if _two_words(last, first):
            return f"{previous} {following}"
        # A word then a number ("Tháng" / "9/2024") is a wrap at a space, not a cut.
        one_token = " " not in previous and not (last[-1].isalpha() and first[:1].isdigit())
        if one_token or _cut_number(last, first) or _cut_syllable(last, first):
            return previous + following
    return f"{previous} {following}"


def _wrapped_after_dash(previous: str, following: str) -> bool:
    """True when ``previous`` ends in a hyphen or en dash that is part of a token.

    "chính-" or "2023–" (a letter or digit right before the dash) was wrapped
    after the dash; "Tiêu chí 1.4 -" (a space before it) was wrapped at a space.
    A list dash opening ``following`` ("- Tổ chức") starts a point, not a token.
    """
    return (
        len(previous) > 1
        and previous[-1] in "-–"
        and previous[-2].isalnum()
        and not following.startswith(("-", "–", "+"))
    )


def _cut_number(last: str, first: str) -> bool:
    """True for a number cut inside its digit groups ("30.000.00" + "0", "36.500." + "000").

    Dates and date ranges cut inside ("5/202" + "4", "9/2023-5/202" + "4") count too.
    """
    numeric = bool(last) and all(ch in "0123456789.,/-" for ch in last) and last[0].isdigit()
    return numeric and any(mark in last for mark in ".,/") and first[:1].isdigit()


VOWELS = frozenset("aăâeêioôơuưy")


def _has_vowel(word: str) -> bool:
    """True when ``word`` holds a vowel letter, with or without its marks ("ư", "ố")."""
    letters = unicodedata.normalize("NFD", word.casefold())
    return any(ch in VOWELS for ch in letters)


def _two_words(last: str, first: str) -> bool:
    """True when the end of one line and the start of the next are two words, not a cut token.

    Two words of letters, each with a vowel ("Mức" / "độ", "Đang" / "thực
    hiện" in a column too narrow for both): a Vietnamese syllable cut in two
    leaves one side without a vowel ("thà" + "nh", "Ng" + "uyễn"). An amount
    then a unit of more than one letter ("5.000.000" / "VNĐ", "đồng"): a cut
    leaves one letter of the amount's unit ("125.500.000" + "đ").
    """
    first = first.rstrip(".,;:")
    if not first.isalpha():
        return False
    if last.isalpha():
        return _has_vowel(last) and _has_vowel(first)
    amount = bool(last) and last[0].isdigit() and all(ch in "0123456789.,/" for ch in last)
    return amount and len(first) > 1


def _cut_syllable(last: str, first: str) -> bool:
    """True when ``first`` is letters without a vowel: a word's or unit's end ("nh", "đ")."""
    return bool(last) and first.isalpha() and not _has_vowel(first)
