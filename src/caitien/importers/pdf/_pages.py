"""Characters and ruling lines of PDF pages, read with pypdfium2 in top-down display coordinates.

Every coordinate this module hands out is in points with the origin at the
top-left corner of the page *as displayed*: a page stored in portrait with
``/Rotate 90`` comes out landscape, like on screen.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

from caitien.errors import DocumentError

if TYPE_CHECKING:
    from pathlib import Path

MAX_PAGES = 300
# A ruling is a path thinner than this (points): Word draws borders as thin
# filled rectangles, LibreOffice as 1-point filled rectangles.
RULING_THICKNESS = 2.5
FONT_NAME_BYTES = 128
# Word draws list bullets with the Symbol and Wingdings fonts, whose glyphs
# pdfium reports in the Private Use Area; the plan format writes them as "-".
BULLETS = {chr(code): "-" for code in (0xF0B7, 0xF0A7, 0xF0D8, 0xF0FC, 0xF076, 0xF0E0, 0xF0A8)}


class Char(NamedTuple):
    """One visible character; ``x0 < x1`` and ``top < bottom`` in display points.

    ``order`` is its index in pdfium's content order (spaces and generated
    line breaks have indices too, but are not kept as characters). A named
    tuple: pages hold thousands, and tuples are the cheapest to build.
    """

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    order: int


@dataclass(frozen=True, slots=True)
class Ruling:
    """A horizontal (``y0 == y1``) or vertical (``x0 == x1``) border segment."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def horizontal(self) -> bool:
        """True for a horizontal segment."""
        return self.y0 == self.y1


@dataclass
class Page:
    """What one page holds: characters in content order, rulings, and whether it shows images."""

    number: int
    width: float
    height: float
    chars: list[Char] = field(default_factory=list)
    rulings: list[Ruling] = field(default_factory=list)
    images: int = 0
    styles: dict[int, tuple[bool, bool]] = field(default_factory=dict)
    spaces: frozenset[int] = frozenset()


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
    """Read the characters, rulings and image count of page ``number`` (0-based)."""
    page = document[number]
    try:
        width, height = page.get_size()
        rotation = page.get_rotation() % 360
        shown = (height, width) if rotation in (90, 270) else (width, height)
        result = Page(number=number + 1, width=shown[0], height=shown[1])
        transform = _Transform(width, height, rotation)
        _read_objects(page, transform, result)
        textpage = page.get_textpage()
        try:
            _read_chars(textpage, transform, result)
        finally:
            textpage.close()
        return result
    finally:
        page.close()


@dataclass(frozen=True, slots=True)
class _Transform:
    """Maps page-space boxes (origin bottom-left, unrotated) to display boxes."""

    width: float
    height: float
    rotation: int

    def box(self, left: float, bottom: float, right: float, top: float) -> tuple[float, ...]:
        """Return ``(x0, top, x1, bottom)`` of a page-space box, as displayed."""
        if self.rotation == 90:
            return (bottom, left, top, right)
        if self.rotation == 180:
            return (self.width - right, bottom, self.width - left, top)
        if self.rotation == 270:
            return (self.height - top, self.width - right, self.height - bottom, self.width - left)
        return (left, self.height - top, right, self.height - bottom)


def _read_chars(textpage: pdfium.PdfTextPage, transform: _Transform, page: Page) -> None:
    # The raw API with preallocated out-parameters: the object API builds a
    # tuple per call, which doubles the cost on text-heavy pages.
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    if count <= 0:
        return
    buffer = (ctypes.c_ushort * (count + 1))()
    pdfium_c.FPDFText_GetText(raw, 0, count, buffer)
    text = bytes(buffer)[: 2 * count].decode("utf-16-le", errors="replace")
    # Loose boxes span the glyph's advance and the font's ascent to descent:
    # tight boxes of narrow glyphs ("1", "l") leave gaps that read as spaces.
    rect = pdfium_c.FS_RECTF()
    ref = ctypes.byref(rect)
    get_box = pdfium_c.FPDFText_GetLooseCharBox
    chars = page.chars
    spaces: set[int] = set()
    upright = transform.rotation == 0
    height = transform.height
    for index, char in enumerate(text[:count]):
        if char.isspace() or char in "\x00\ufffe\x02":
            spaces.add(index)
            continue
        get_box(raw, index, ref)
        char = BULLETS.get(char, char)
        if upright:
            chars.append(
                Char(char, rect.left, rect.right, height - rect.top, height - rect.bottom, index)
            )
        else:
            x0, y0, x1, y1 = transform.box(rect.left, rect.bottom, rect.right, rect.top)
            chars.append(Char(char, x0, x1, y0, y1, index))
    page.spaces = frozenset(spaces)
    page.styles = _sample_styles(raw, chars, text)


def _sample_styles(
    raw: pdfium_c.FPDF_TEXTPAGE, chars: list[Char], text: str
) -> dict[int, tuple[bool, bool]]:
    """Bold and italic of sampled characters, from the font name (flags lie in many PDFs).

    Samples are the first character after each line break in the content
    order (so every line has one) and every 8th character: a style change inside a line
    is rare in plans, and asking pdfium for every character costs as much as
    reading the boxes.
    """
    name = ctypes.create_string_buffer(FONT_NAME_BYTES)
    flags = ctypes.c_int()
    styles: dict[int, tuple[bool, bool]] = {}
    sampled = [
        char
        for position, char in enumerate(chars)
        if position % 8 == 0 or char.order == 0 or text[char.order - 1] in "\r\n"
    ]
    for char in sampled:
        pdfium_c.FPDFText_GetFontInfo(raw, char.order, name, FONT_NAME_BYTES, ctypes.byref(flags))
        font = name.value.decode("latin-1").lower()
        styles[char.order] = (
            "bold" in font or "black" in font or "heavy" in font,
            "italic" in font or "oblique" in font,
        )
    return styles


def _read_objects(page: pdfium.PdfPage, transform: _Transform, result: Page) -> None:
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    refs = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE)):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            result.images += 1
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj.raw, *refs):
            continue
        box = transform.box(left.value, bottom.value, right.value, top.value)
        result.rulings.extend(_rulings_of(box, _is_stroked(obj.raw)))


def _is_stroked(raw: pdfium_c.FPDF_PAGEOBJECT) -> bool:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(raw, ctypes.byref(fill), ctypes.byref(stroke))
    return bool(stroke.value)


def _rulings_of(box: tuple[float, ...], stroked: bool) -> list[Ruling]:
    """A thin box is one ruling; a stroked rectangle is four (a cell drawn as a frame)."""
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
            Ruling(x0, top, x1, top),
            Ruling(x0, bottom, x1, bottom),
            Ruling(x0, top, x0, bottom),
            Ruling(x1, top, x1, bottom),
        ]
    return []
