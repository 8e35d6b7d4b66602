"""Running text of PDF pages: paragraphs and side-by-side blocks, page numbers dropped.

Text outside ruled tables becomes paragraphs, except where lines stand in two
columns (the Nghị định 30 header, "Nơi nhận" beside the signature): such runs
become a borderless table with one row and one cell per column, a line per
paragraph, like the Word tables they were drawn from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from caitien.importers._document import Cell, Paragraph, Row, Table
from caitien.importers.pdf._grid import ends_paragraph, first_char_width, first_word_width
from caitien.importers.pdf._lines import Line, join_lines, spaced_apart, split_fragments

if TYPE_CHECKING:
    from caitien.importers.pdf._pages import Page

# Page numbers and running heads live in this top or bottom share of the page.
MARGIN_SHARE = 0.1
PAGE_NUMBER = re.compile(r"^(?:trang\s*)?[-–—]?\s*\d{1,3}\s*[-–—]?(?:\s*/\s*\d{1,3})?$", re.I)
CENTRE_TOLERANCE = 6.0
INDENT_TOLERANCE = 4.0


@dataclass
class BodyLine:
    """A line of running text with its fragments (more than one when it stands in columns)."""

    line: Line
    fragments: list[Line]
    page: int
    bold: bool
    italic: bool
    width: int = 0


def is_page_furniture(line: Line, page: Page, repeated: set[str]) -> bool:
    """True for a page number or a running header/footer line (not text of the plan)."""
    middle = (line.top + line.bottom) / 2
    in_margin = middle < MARGIN_SHARE * page.height or middle > (1 - MARGIN_SHARE) * page.height
    if not in_margin:
        return False
    return bool(PAGE_NUMBER.match(line.text)) or furniture_key(line.text) in repeated


def furniture_key(text: str) -> str:
    """The text of a margin line with its digits blurred, to spot running heads on many pages."""
    return re.sub(r"\d+", "#", text.casefold())


def style_of(line: Line, page: Page) -> tuple[bool, bool]:
    """Bold and italic of a line: true when every sampled run of it carries the style."""
    samples = [page.styles[r.order] for r in line.runs if r.order in page.styles]
    if not samples:
        samples = [page.styles.get(line.runs[0].order, (False, False))]
    return all(s[0] for s in samples), all(s[1] for s in samples)


def build_blocks(
    lines: list[BodyLine], bounds: dict[int, tuple[float, float]]
) -> list[Paragraph | Table]:
    """Turn consecutive body lines (one run between tables) into paragraphs and column tables.

    ``bounds`` gives the left and right edges of running text for each page width.
    """
    blocks: list[Paragraph | Table] = []
    index = 0
    while index < len(lines):
        end = _column_run(lines, index)
        if end > index:
            blocks.append(_column_table(lines[index:end]))
            index = end
            continue
        left, right = bounds[lines[index].width]
        _add_line(blocks, lines, index, left, right)
        index += 1
    return blocks


def _add_line(
    blocks: list[Paragraph | Table], lines: list[BodyLine], index: int, left: float, right: float
) -> None:
    current = lines[index]
    centred = _is_centred(current.line, left, right)
    previous = lines[index - 1] if index > 0 else None
    last = blocks[-1] if blocks else None
    if (
        isinstance(last, Paragraph)
        and previous is not None
        and not centred
        and not last.centered
        and _continues(previous, current, right)
        and not _next_point(last.text, current.line.text)
    ):
        full = right - previous.line.x1 < first_char_width(current.line) + 1.0
        last.text = join_lines(last.text, current.line.text, full)
        return
    blocks.append(
        Paragraph(
            text=current.line.text,
            bold=current.bold,
            italic=current.italic,
            centered=centred,
            page=current.page,
        )
    )


def _continues(previous: BodyLine, current: BodyLine, right: float) -> bool:
    if len(previous.fragments) > 1 or (previous.bold, previous.italic) != (
        current.bold,
        current.italic,
    ):
        return False
    if current.line.x0 > _text_start(previous.line) + INDENT_TOLERANCE:
        return False
    if previous.page != current.page:
        # Across a page break only the vertical gap is meaningless.
        return right - previous.line.x1 <= first_word_width(current.line) + current.line.height
    return not ends_paragraph(previous.line, current.line, right - previous.line.x1)


# A list marker drawn apart from its text (Chromium's list markers).
_MARKER_RUN = re.compile(r"^(?:[-+•]|\d{1,2}[.)]|[a-zđ]\))$")


def _text_start(line: Line) -> float:
    """Where the text of ``line`` starts: after a list marker drawn in runs of its own.

    The lines of a list point wrap under its text, not under its marker (a
    hanging indent, as browsers lay out ``<li>``).
    """
    runs = line.runs
    marker = ""
    for run, following in pairwise(runs):
        if " " in run.text:
            break
        marker += run.text
        if spaced_apart(run, following, line.height):
            return following.x0 if _MARKER_RUN.match(marker) else line.x0
    return line.x0


_MARKERS = (
    re.compile(r"^[a-zđ]\)\s"),
    re.compile(r"^\d{1,2}[.)]\s"),
    re.compile(r"^[-+•]\s"),
)


def _next_point(paragraph: str, line: str) -> bool:
    """True when ``line`` opens the next point of the list ``paragraph`` belongs to ("c) …").

    Wrapped text seldom starts a line with such a marker, and only the marker
    kind of the paragraph itself counts, so "2024" + "- 2025" stays joined
    unless the paragraph is a dash point.
    """
    return any(marker.match(paragraph) and marker.match(line) for marker in _MARKERS)


def _is_centred(line: Line, left: float, right: float) -> bool:
    left_gap, right_gap = line.x0 - left, right - line.x1
    return left_gap > 3 * CENTRE_TOLERANCE and abs(left_gap - right_gap) <= CENTRE_TOLERANCE * 2


def _column_run(lines: list[BodyLine], start: int) -> int:
    """End (exclusive) of a run of two-column lines starting at ``start``; ``start`` if none.

    Two-fragment lines extend the run while the gap above them stays under
    three line heights; a one-fragment line extends it when it sits in the left
    column within 1.5 line heights of the line above (lines of one cell), or is centred
    under the right column (the signer's name below the space for the
    signature). A heading after the header block has paragraph spacing and is
    not taken into it.
    """
    first = lines[start]
    if len(first.fragments) != 2:
        return start
    left_column, right_column = first.fragments
    end = start + 1
    while end < len(lines):
        line, above = lines[end], lines[end - 1]
        gap = line.line.top - above.line.bottom
        if line.page != above.page:
            # A block cut by a page break goes on at the top of the next page
            # ("- Lưu: VT." beside the signer's name) only in the same two columns,
            # or as a line of one of them (a row LibreOffice let break: the rest of
            # Nơi nhận, then the signer's name); the column test below judges that.
            if len(line.fragments) == 2 and not _same_columns(line, left_column, right_column):
                break
        elif gap > 3 * line.line.height and not _signer_below(line, right_column, gap):
            break
        if len(line.fragments) != 2 and not _in_column(
            line.line,
            left_column,
            right_column,
            # Heights are measured on the glyphs ("• Lưu: VT." without stacked marks
            # measures short), so the column's first line, in the cell's font, is a floor.
            close=gap <= 1.5 * max(line.line.height, above.line.height, left_column.height),
        ):
            break
        end += 1
    return end


def _signer_below(line: BodyLine, right_column: Line, gap: float) -> bool:
    """True for the signer's name alone under the right column, within six line heights.

    The space left for the signature is three or four empty lines; the lines of
    Nơi nhận beside it usually fill the gap, but not when a page break has moved
    the rest of the block to the top of the next page.
    """
    single = len(line.fragments) == 1
    return single and gap <= 6 * line.line.height and _centred_on(line.line, right_column)


def _same_columns(line: BodyLine, left_column: Line, right_column: Line) -> bool:
    """True when a two-fragment line starts in the left column and sits under the right one."""
    left, right = line.fragments
    in_left = abs(left.x0 - left_column.x0) <= INDENT_TOLERANCE
    return in_left and right.x0 >= left_column.x1 and right.x1 >= right_column.x0


def _in_column(line: Line, left_column: Line, right_column: Line, close: bool) -> bool:
    """True when a one-fragment line sits in the left column or under the right one."""
    starts_left = abs(line.x0 - left_column.x0) <= INDENT_TOLERANCE or _centred_on(
        line, left_column
    )
    if close and starts_left and line.x1 < right_column.x0:
        return True
    return _centred_on(line, right_column) and line.x0 > left_column.x1


def _centred_on(line: Line, column: Line) -> bool:
    return abs((line.x0 + line.x1) / 2 - (column.x0 + column.x1) / 2) <= CENTRE_TOLERANCE * 2


def _column_table(lines: list[BodyLine]) -> Table:
    split = (lines[0].fragments[0].x1 + lines[0].fragments[1].x0) / 2
    left: list[str] = []
    right: list[str] = []
    for body in lines:
        for fragment in body.fragments:
            # By where the fragment starts: a left line longer than the first one (the
            # school under a short governing body, set on tab stops) reaches past the split.
            (left if fragment.x0 < split else right).append(fragment.text)
    cells = [Cell(paragraphs=left, column=0), Cell(paragraphs=right, column=1)]
    return Table(rows=[Row(cells=cells, page=lines[0].page)], columns=2, bordered=False)


def body_line(line: Line, page: Page) -> BodyLine:
    """Wrap a line of running text with its fragments and style."""
    bold, italic = style_of(line, page)
    return BodyLine(line, split_fragments(line), page.number, bold, italic, round(page.width))
