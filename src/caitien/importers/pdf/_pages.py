"""Characters and ruling lines of PDF pages, read with pypdfium2 in top-down display coordinates.

Every coordinate this module hands out is in points with the origin at the
top-left corner of the page *as displayed*: a page stored in portrait with
``/Rotate 90`` comes out landscape, like on screen.
"""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

from caitien.errors import DocumentError
from caitien.importers.pdf import _pdfium as direct
from caitien.importers.pdf._body import MARGIN_SHARE
from caitien.importers.pdf._grid import Grid, find_grids
from caitien.importers.pdf._legacy import convert_runs, font_name
from caitien.importers.pdf._runs import (
    Cuts,
    Run,
    Transform,
    read_chars,
    read_runs,
    sampled,
    visible_text,
)
from caitien.importers.pdf._strikes import strike_lines, without_struck
from caitien.normalise._legacy import LegacyFont, legacy_font

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

MAX_PAGES = 300
# A ruling is a path thinner than this (points): Word draws borders as thin
# filled rectangles, LibreOffice as 1-point filled rectangles.
RULING_THICKNESS = 2.5
# A list bullet drawn as a shape (Chromium's disc, circle and square markers):
# a path about as wide as high, between these sizes in points.
BULLET_SIZE = (1.5, 8.0)
BULLET_RATIO = 1.5
BULLET = "\u2022"
# Form XObjects nest; pdfium draws them up to this depth.
MAX_FORM_DEPTH = 15
TEXT, PATH, IMAGE, FORM = (
    pdfium_c.FPDF_PAGEOBJ_TEXT,
    pdfium_c.FPDF_PAGEOBJ_PATH,
    pdfium_c.FPDF_PAGEOBJ_IMAGE,
    pdfium_c.FPDF_PAGEOBJ_FORM,
)


class Ruling(NamedTuple):
    """A horizontal (``y0 == y1``) or vertical (``x0 == x1``) border segment.

    A named tuple: a page holds hundreds, and tuples are the cheapest to build.
    """

    x0: float
    y0: float
    x1: float
    y1: float
    # The stroked rectangle this side belongs to (1 and up), 0 for a line or a thin box.
    frame: int = 0

    @property
    def horizontal(self) -> bool:
        """True for a horizontal segment."""
        return self.y0 == self.y1


@dataclass
class Page:
    """What one page holds: runs of text in content order, rulings, grids, and its image count."""

    number: int
    width: float
    height: float
    runs: list[Run] = field(default_factory=list)
    rulings: list[Ruling] = field(default_factory=list)
    grids: list[Grid] = field(default_factory=list)
    images: int = 0
    styles: dict[int, tuple[bool, bool]] = field(default_factory=dict)
    hidden: set[int] = field(default_factory=set)
    # Boxes of list bullets drawn as shapes, read as "•" runs.
    bullets: list[tuple[float, float, float, float]] = field(default_factory=list)
    # The legacy font encodings ("tcvn3", "vni") whose runs were converted to Unicode.
    legacy: set[str] = field(default_factory=set)


def open_document(path: Path, max_pages: int = MAX_PAGES) -> pdfium.PdfDocument:
    """Open ``path``; raise :class:`DocumentError` for encrypted, broken or huge files."""
    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        raise DocumentError(_open_message(path, exc)) from exc
    pages = len(document)
    if pages == 0:
        document.close()
        raise DocumentError(f"Tệp PDF «{path.name}» không có trang nào.")
    if pages > max_pages:
        document.close()
        raise DocumentError(
            f"Tệp PDF «{path.name}» có {pages} trang, quá giới hạn {max_pages} trang của "
            "một kế hoạch."
        )
    return document


def _open_message(path: Path, exc: pdfium.PdfiumError) -> str:
    # pdfium reports FPDF_ERR_PASSWORD (4) for an encrypted file it cannot open
    # without its password; every other code means a damaged or non-PDF file.
    if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
        return (
            f"Tệp PDF «{path.name}» được bảo vệ bằng mật khẩu: hãy gỡ mật khẩu hoặc gửi tệp "
            "gốc Word rồi nhập lại."
        )
    return f"Tệp PDF «{path.name}» bị hỏng hoặc không đầy đủ nên không đọc được."


def read_page(document: pdfium.PdfDocument, number: int) -> Page:
    """Read the runs, rulings, grids and image count of page ``number`` (0-based)."""
    page = document[number]
    try:
        width, height = page.get_size()
        rotation = page.get_rotation() % 360
        shown = (height, width) if rotation in (90, 270) else (width, height)
        result = Page(number=number + 1, width=shown[0], height=shown[1])
        transform = Transform(width, height, rotation)
        _read_objects(page.raw, transform, result, 0)
        result.grids = find_grids(result)
        textpage = page.get_textpage()
        try:
            _read_text(textpage.raw, transform, result)
        finally:
            textpage.close()
        return result
    finally:
        page.close()


def _read_text(raw: pdfium_c.FPDF_TEXTPAGE, transform: Transform, page: Page) -> None:
    # The page text in one call; boxes a run at a time (see _runs).
    count = pdfium_c.FPDFText_CountChars(raw)
    if count <= 0:
        return
    buffer = (ctypes.c_ushort * (count + 1))()
    pdfium_c.FPDFText_GetText(raw, 0, count, buffer)
    text = bytes(buffer)[: 2 * count].decode("utf-16-le", errors="replace")[:count]
    clean = visible_text(text)
    page.runs = read_runs(raw, text, clean, transform, _cuts(page))
    if page.hidden:
        # A run is one text object: it is hidden when its object is.
        address = direct.get_text_object_address
        page.runs = [run for run in page.runs if address(raw, run.order) not in page.hidden]
    lines = strike_lines(page.rulings, page.grids)
    if lines:
        # Deleted words of a tracked change, printed struck through: not text.
        page.runs = without_struck(
            page.runs, lines, lambda run: read_chars(raw, text, clean, transform, run)
        )
    legacy: dict[int | None, LegacyFont | None] = {}
    page.styles = _read_styles(raw, sampled(page.runs, text), legacy)
    if any(legacy.values()):
        page.runs, page.legacy = convert_runs(raw, text, page.runs, legacy)
    if page.bullets:
        page.runs += [_bullet_run(box) for box in page.bullets]


def _bullet_run(box: tuple[float, float, float, float]) -> Run:
    """A bullet shape as a run of its own holding "•", as if the marker were text.

    Chromium draws the markers of ``<ul>`` lists (disc, circle, square) as
    paths: without them, points of a list whose lines are full would run
    together. The run's box is grown to a line around the shape's centre (a
    shape is smaller than the text it marks), so it groups with its line; it
    has no character in the page's text (index -1: no font, never hidden).
    """
    x0, top, x1, bottom = box
    middle, half = (top + bottom) / 2, (bottom - top) * 1.2
    return Run(BULLET, x0, x1, middle - half, middle + half, -1, -1, x1, None, True)


def _cuts(page: Page) -> Cuts:
    """Grid rulings and margin band edges: a run lying across one is read a character at a time.

    Later steps place text by the centre of each character (in a cell, in the
    margin): a run not crossing these lines has all its characters on one side.
    """
    vertical: list[tuple[float, float, float]] = []
    horizontal: list[tuple[float, float, float]] = []
    for grid in page.grids:
        across, down = grid.cuts()
        vertical += across
        horizontal += down
    band = MARGIN_SHARE * page.height
    everywhere = (-math.inf, math.inf)
    horizontal += [(band, *everywhere), (page.height - band, *everywhere)]
    return Cuts(vertical, horizontal)


def _read_styles(
    raw: pdfium_c.FPDF_TEXTPAGE, runs: Iterable[Run], legacy: dict[int | None, LegacyFont | None]
) -> dict[int, tuple[bool, bool]]:
    """Bold and italic of the sampled runs, from the font name (flags lie in many PDFs).

    pdfium's weight said 400 for a bold font in v2.pdf. A run is one text
    object, so one font: its first character speaks for it. A page uses a few
    fonts, so each font's name is read and judged once; ``legacy`` receives,
    for each, the legacy Vietnamese font it is (or ``None``).
    """
    styles: dict[int, tuple[bool, bool]] = {}
    by_font: dict[int | None, tuple[bool, bool]] = {}
    for run in runs:
        font = direct.get_font(direct.get_text_object(raw, run.order))
        style = by_font.get(font)
        if style is None:
            name = font_name(font) if font is not None else ""
            style = by_font[font] = _font_style(name)
            legacy[font] = legacy_font(name)
        styles[run.order] = style
    return styles


def _font_style(name: str) -> tuple[bool, bool]:
    """Bold and italic of the font named ``name`` ("" for no font)."""
    lowered = name.lower()
    return (
        "bold" in lowered or "black" in lowered or "heavy" in lowered,
        "italic" in lowered or "oblique" in lowered,
    )


def _read_objects(
    container: pdfium_c.FPDF_PAGE | pdfium_c.FPDF_PAGEOBJECT,
    transform: Transform,
    result: Page,
    depth: int,
) -> None:
    """Rulings and images of a page, or of a form object nested ``depth`` levels in it.

    The raw API: pypdfium2's object wrappers cost more than the reading itself.
    """
    if depth:
        total = direct.count_form_objects(container)
        get = direct.get_form_object
    else:
        total = direct.count_page_objects(container)
        get = direct.get_page_object
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    refs = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
    kind_of, bounds = direct.get_object_type, direct.get_bounds  # locals: a call per object
    for index in range(total):
        obj = get(container, index)
        kind = kind_of(obj)
        if kind == TEXT:
            if _is_clipped_away(obj):
                result.hidden.add(ctypes.cast(obj, ctypes.c_void_p).value or 0)
            continue
        if kind == PATH and bounds(obj, *refs):
            box = transform.box(left.value, bottom.value, right.value, top.value)
            if _is_bullet(box):
                result.bullets.append(box)
                continue
            # Only a box thick both ways needs its draw mode: a stroked one is a cell frame.
            thick = min(box[2] - box[0], box[3] - box[1]) > RULING_THICKNESS
            stroked = thick and _is_stroked(obj)
            result.rulings.extend(_rulings_of(box, stroked, len(result.rulings) + 1))
        elif kind == IMAGE:
            result.images += 1
        elif kind == FORM and depth < MAX_FORM_DEPTH:
            _read_objects(obj, transform, result, depth + 1)


def _is_bullet(box: tuple[float, float, float, float]) -> bool:
    """True for a small path about as wide as high: a list bullet drawn as a shape."""
    width, height = box[2] - box[0], box[3] - box[1]
    low, high = BULLET_SIZE
    if not (low <= width <= high and low <= height <= high):
        return False
    return max(width, height) <= BULLET_RATIO * min(width, height)


def _is_clipped_away(obj: pdfium_c.FPDF_PAGEOBJECT) -> bool:
    """True when text object ``obj`` lies outside its own clip path, so nothing of it shows.

    LibreOffice clips the lines of a cell that do not fit in its row (a
    repeated header row cut short at the top of a page, a row of fixed
    height): they stay in the text layer under the next row, where they would
    mix with its text. Text is rarely clipped, so one call per text object
    finds the few that are; their clip's bounding box is then compared with
    the object's centre.
    """
    clip = direct.get_clip_path(obj)
    paths = direct.count_clip_paths(clip) if clip else 0
    if paths < 1:
        return False
    xs: list[float] = []
    ys: list[float] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for path in range(paths):
        for index in range(direct.count_clip_segments(clip, path)):
            segment = direct.get_clip_segment(clip, path, index)
            if direct.get_segment_point(segment, ctypes.byref(x), ctypes.byref(y)):
                xs.append(x.value)
                ys.append(y.value)
    box = [ctypes.c_float() for _ in range(4)]
    if not xs or not direct.get_bounds(obj, *(ctypes.byref(side) for side in box)):
        return False
    left, bottom, right, top = (side.value for side in box)
    middle_x, middle_y = (left + right) / 2, (bottom + top) / 2
    return not (min(xs) <= middle_x <= max(xs) and min(ys) <= middle_y <= max(ys))


def _is_stroked(raw: pdfium_c.FPDF_PAGEOBJECT) -> bool:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    direct.get_draw_mode(raw, ctypes.byref(fill), ctypes.byref(stroke))
    return bool(stroke.value)


def _rulings_of(box: tuple[float, ...], stroked: bool, frame: int = 1) -> list[Ruling]:
    """A thin box is one ruling; a stroked rectangle is four (a cell drawn as a frame).

    The four sides of a stroked rectangle carry ``frame``, its number on the page.
    """
    x0, top, x1, bottom = box
    width, height = x1 - x0, bottom - top
    if height <= RULING_THICKNESS and width > RULING_THICKNESS:
        middle = (top + bottom) / 2
        return [Ruling(x0, middle, x1, middle)]
    if width <= RULING_THICKNESS and height > RULING_THICKNESS:
        centre = (x0 + x1) / 2
        return [Ruling(centre, top, centre, bottom)]
    if stroked and width > RULING_THICKNESS and height > RULING_THICKNESS:
        return [
            Ruling(x0, top, x1, top, frame),
            Ruling(x0, bottom, x1, bottom, frame),
            Ruling(x0, top, x0, bottom, frame),
            Ruling(x1, top, x1, bottom, frame),
        ]
    return []
