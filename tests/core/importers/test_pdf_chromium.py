"""The PDF reader on pages drawn as Chromium prints HTML (small PDFs drawn here with pdfium).

Covers: cells drawn as separate frames with a gap between neighbours
(``border-collapse: separate``), a last row spanning the table among them;
the browser's own ``<table border="1">`` (sides 2.25 pt apart, a frame sliced
at the page's foot); a border drawn in pieces between two rows merged across;
a row broken by the page drawn without its bottom border, joined whatever its
first cell; list bullets drawn as shapes and the hanging indent of a point's
wrapped lines; a header line where two cells drawn apart nearly touch; a
break pdfium generates between glyphs that touch, which is no space; and the
seven printed samples ``tests/samples/pdf/chromium/`` scoring 1.000.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from caitien.importers import ImportContext, import_plan
from caitien.importers._document import Paragraph, RawDocument, Table
from caitien.importers.pdf import PdfReader
from caitien.importers.pdf._lines import spaced_apart
from caitien.importers.pdf._runs import Run
from caitien.plan import load_plan
from caitien.scoring import score_plan
from tests.conftest import SAMPLES
from tests.core.importers.test_pdf_layout import (
    COLUMNS,
    HEIGHT,
    Sheet,
    _row,
    _stamp,
    _texts,
    _width,
    write_pdf,
)

if TYPE_CHECKING:
    from pathlib import Path

CHROMIUM = sorted((SAMPLES / "pdf" / "chromium").glob("*.pdf"))
GAP = 1.5  # Chromium's default border-spacing, 2 px


def _extract(path: Path) -> RawDocument:
    return PdfReader().extract(path, ImportContext())


def _framed(tmp_path: Path, sheet: Sheet, frames: list[tuple[float, float, float, float]]) -> Path:
    """``sheet`` with ``frames`` drawn as stroked rectangles, one per cell."""
    write_pdf(tmp_path / "plain.pdf", [sheet])
    document = pdfium.PdfDocument(tmp_path / "plain.pdf")
    page = document[0]
    for x0, top, x1, bottom in frames:
        _stamp(page, x0, top, x1, bottom)  # a stroked, unfilled rectangle
    page.gen_content()
    document.save(tmp_path / "framed.pdf")
    document.close()
    return tmp_path / "framed.pdf"


def test_it_reads_cells_drawn_as_separate_frames_as_one_grid(tmp_path: Path) -> None:
    # Each cell its own frame, 1.5 pt from its neighbours; a row spanning the
    # table (it reaches past every other frame), then a row whose cells have
    # sides of their own (Chromium fills a rectangle per side when the sides
    # differ): the frames above reach past the table those lines draw.
    sheet = Sheet()
    _row(sheet, 100, [["TT"], ["Tieu chi"], ["Ket qua"]])
    _row(sheet, 120, [["1"], ["Tieu chi 1.1"], ["Muc 2"]])
    _row(sheet, 140, [["Muc 4"]])
    _row(sheet, 170, [["2"], ["Tieu chi 1.2"], ["Muc 3"]])
    frames = []
    for top, bottom in ((100.0, 120.0 - GAP), (120.0, 140.0 - GAP)):
        frames += [(x0, top, x1 - GAP, bottom) for x0, x1 in pairwise(COLUMNS)]
    frames.append((COLUMNS[0], 140.0, COLUMNS[-1] - GAP, 170.0 - GAP))
    for x0, x1 in pairwise(COLUMNS):
        right = x1 - GAP
        sheet.lines += [(x0, 170.0, right, 170.0), (x0, 190.0, right, 190.0)]
        sheet.lines += [(x0, 170.0, x0, 190.0), (right, 170.0, right, 190.0)]

    raw = _extract(_framed(tmp_path, sheet, frames))

    assert _texts(raw) == [
        ["TT", "Tieu chi", "Ket qua"],
        ["1", "Tieu chi 1.1", "Muc 2"],
        ["Muc 4"],
        ["2", "Tieu chi 1.2", "Muc 3"],
    ]


def test_it_reads_a_table_in_the_browsers_border_style_without_thin_columns(
    tmp_path: Path,
) -> None:
    # <table border="1">: each cell's sides 2.25 pt from its neighbour's, inside
    # the table's frame 2.25 pt further out, whose sides run on to the foot of
    # the page (the table goes on over it): no column between two cells' sides,
    # no row below the last.
    apart = 2.25
    sheet = Sheet()
    _row(sheet, 100, [["TT"], ["Tieu chi"], ["Ket qua"]])
    _row(sheet, 120, [["1"], ["Tieu chi 1.1"], ["Muc 2"]])
    for top, bottom in ((100.0, 120.0 - apart), (120.0, 140.0)):
        for x0, x1 in pairwise(COLUMNS):
            right = x1 - apart
            sheet.lines += [(x0, top, right, top), (x0, bottom, right, bottom)]
            sheet.lines += [(x0, top, x0, bottom), (right, top, right, bottom)]
    left, right = COLUMNS[0] - apart, COLUMNS[-1]
    sheet.lines += [(left, 100.0 - apart, right, 100.0 - apart)]
    sheet.lines += [(left, 100.0 - apart, left, 575.0), (right, 100.0 - apart, right, 575.0)]
    write_pdf(tmp_path / "bordered.pdf", [sheet])

    raw = _extract(tmp_path / "bordered.pdf")

    assert _texts(raw) == [["TT", "Tieu chi", "Ket qua"], ["1", "Tieu chi 1.1", "Muc 2"]]


def test_it_joins_the_pieces_of_a_border_between_two_merged_rows(tmp_path: Path) -> None:
    # Rows 1 and 2 span the table: no column line touches the middle piece of
    # the border between them, drawn a piece per column.
    sheet = Sheet()
    ys = [100.0, 120.0, 140.0, 160.0, 180.0]
    skip = {("v", column, row) for column in (1, 2) for row in (1, 2)}
    sheet.grid(COLUMNS, ys, skip=skip)
    _row(sheet, 100, [["TT"], ["Tieu chi"], ["Ket qua"]])
    _row(sheet, 120, [["MUC 1, 2, 3"]])
    _row(sheet, 140, [["Tieu chuan 1: To chuc"]])
    _row(sheet, 160, [["1"], ["Tieu chi 1.1"], ["Muc 2"]])
    write_pdf(tmp_path / "pieces.pdf", [sheet])

    raw = _extract(tmp_path / "pieces.pdf")

    assert _texts(raw)[1:3] == [["MUC 1, 2, 3"], ["Tieu chuan 1: To chuc"]]


def _open_row_sheets() -> list[Sheet]:
    # The last row of page 1 has an empty first cell (its standard row carries
    # the number) and goes on over the page with a capital: only its missing
    # bottom border says it was broken.
    first = Sheet()
    first.grid(COLUMNS, [100.0, 120.0, 140.0], skip=set())
    first.lines += [(x, 140.0, x, 575.0) for x in COLUMNS]
    _row(first, 100, [["TT"], ["Tieu chi"], ["Ket qua"]])
    _row(first, 120, [["1"], ["Tieu chuan 1: To chuc"]])
    _row(first, 140, [[], ["Tieu chi 1.1"], ["- Giu vung Muc 3"]])
    second = Sheet()
    second.grid(COLUMNS, [40.0, 60.0], skip=set())
    second.lines += [(x, 60.0, x, 100.0) for x in COLUMNS]
    second.lines += [(COLUMNS[0], 100.0, COLUMNS[-1], 100.0)]
    _row(second, 40, [["TT"], ["Tieu chi"], ["Ket qua"]])
    _row(second, 60, [[], ["Phuong huong chien luoc"], ["- Ra soat"]])
    second.texts.append((60, 560, "IV. TO CHUC THUC HIEN"))
    return [first, second]


def test_it_joins_a_row_drawn_without_its_bottom_border_over_the_page(tmp_path: Path) -> None:
    write_pdf(tmp_path / "open.pdf", _open_row_sheets())

    raw = _extract(tmp_path / "open.pdf")

    assert _texts(raw)[-1] == [
        "",
        "Tieu chi 1.1\nPhuong huong chien luoc",
        "- Giu vung Muc 3\n- Ra soat",
    ]
    assert [note for note in raw.notes if "ngắt sang trang 2" in note.message]


def _bullet(page: pdfium.PdfPage, x: float, middle: float) -> None:
    # Chromium's disc marker: a small filled path.
    obj = pdfium_c.FPDFPageObj_CreateNewRect(x, HEIGHT - middle - 2, 4, 4)
    pdfium_c.FPDFPageObj_SetFillColor(obj, 0, 0, 0, 255)
    pdfium_c.FPDFPath_SetDrawMode(obj, pdfium_c.FPDF_FILLMODE_WINDING, False)
    pdfium_c.FPDFPage_InsertObject(page.raw, obj)


def test_it_reads_bullet_shapes_as_points_with_a_hanging_indent(tmp_path: Path) -> None:
    # Two points of a <ul>: the first wraps under its text (not its bullet)
    # and fills the line, so only the bullet says where the second starts.
    long = "Huy dong cac nguon luc cua dia phuong va cha me hoc sinh de cai tao khu ve sinh"
    sheet = Sheet()
    sheet.texts += [(60, 100, "II. CAN CU XAY DUNG KE HOACH")]
    sheet.texts += [(72, 120, long), (72, 133, "diem truong chinh.")]
    sheet.texts += [(72, 146, long), (72, 159, "diem le.")]
    write_pdf(tmp_path / "plain.pdf", [sheet])
    document = pdfium.PdfDocument(tmp_path / "plain.pdf")
    page = document[0]
    for baseline in (120, 146):
        _bullet(page, 62, baseline - 3.5)
    page.gen_content()
    document.save(tmp_path / "bullets.pdf")
    document.close()

    raw = _extract(tmp_path / "bullets.pdf")

    texts = [block.text for block in raw.blocks if isinstance(block, Paragraph)]
    assert texts[1:] == [f"• {long} diem truong chinh.", f"• {long} diem le."]


def test_it_splits_a_header_line_where_two_cells_drawn_apart_nearly_touch(
    tmp_path: Path,
) -> None:
    # A borderless header table drawn a cell at a time: the left cell's first
    # line fills its column and ends 6 pt (half a line) before the right
    # cell's, drawn after the whole left cell; word spaces are narrower.
    document = pdfium.PdfDocument.new()
    first = "SO GIAO DUC VA DAO TAO LAO"
    right_x = 60 + _width(document, first) + 6
    document.close()
    sheet = Sheet()
    sheet.texts += [(60, 40, first), (60, 53, "CAI"), (60, 66, "TRUONG THPT BAC HA")]
    sheet.texts += [(right_x, 40, "CONG HOA XA HOI"), (right_x, 53, "Doc lap - Tu do")]
    sheet.texts.append((60, 120, "I. MUC DICH, YEU CAU"))
    write_pdf(tmp_path / "header.pdf", [sheet])

    header = _extract(tmp_path / "header.pdf").blocks[0]

    assert isinstance(header, Table)
    assert [c.paragraphs for c in header.rows[0].cells] == [
        [first, "CAI", "TRUONG THPT BAC HA"],
        ["CONG HOA XA HOI", "Doc lap - Tu do"],
    ]


def _glyph(x0: float, x1: float, *, spaced: bool = False, broken: bool = False) -> Run:
    return Run("a", x0, x1, 100.0, 112.0, 0, 0, x1, None, spaced, False, broken)


@pytest.mark.parametrize(
    ("gap", "spaced", "broken", "expected"),
    [
        (0.0, True, True, False),  # a generated break between touching glyphs
        (0.0, True, False, True),  # a space character in the content
        (4.0, True, True, True),  # a break between words apart
        (4.0, False, False, True),  # a gap wide enough for a space
        (0.3, False, False, False),
    ],
)
def test_it_reads_a_generated_break_between_touching_glyphs_as_no_space(
    gap: float, spaced: bool, broken: bool, expected: bool
) -> None:
    previous = _glyph(10.0, 16.0, spaced=spaced, broken=broken)
    assert spaced_apart(previous, _glyph(16.0 + gap, 22.0 + gap), 12.0) is expected


@pytest.mark.parametrize("pdf", CHROMIUM, ids=[pdf.stem for pdf in CHROMIUM])
def test_it_imports_each_chromium_print_exactly(pdf: Path) -> None:
    score = score_plan(import_plan(pdf).plan, load_plan(pdf.with_suffix(".plan.json")))
    assert score.accuracy == 1.0, "\n".join(str(m) for m in score.mismatches)


def test_the_chromium_prints_are_there() -> None:
    assert len(CHROMIUM) == 7
