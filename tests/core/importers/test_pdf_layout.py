"""The PDF reader's layout rules on small PDFs drawn here with pdfium (rulings, text, rotation).

Covers: which paths are rulings and which margin lines are page numbers; a
ruled grid with a cell spanning columns and a vertical merge; the same page
stored in portrait with ``/Rotate 90`` read like the upright one; a table over
two pages with its header repeated and a row broken by the page break, joined
back; a page number at the top of page 2 dropped; two side-by-side lines read
as a borderless two-column table.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from caitien.importers import ImportContext
from caitien.importers._document import Cell, Paragraph, RawDocument, Row, Table
from caitien.importers.pdf import PdfReader
from caitien.importers.pdf._body import PAGE_NUMBER, _next_point
from caitien.importers.pdf._join import _repeats
from caitien.importers.pdf._pages import Ruling, _rulings_of

if TYPE_CHECKING:
    from pathlib import Path

WIDTH, HEIGHT = 842.0, 595.0
SIZE = 10.0


@dataclass
class Sheet:
    """One page as displayed: rulings as (x0, y0, x1, y1) and texts as (x, baseline, text)."""

    lines: list[tuple[float, float, float, float]] = field(default_factory=list)
    texts: list[tuple[float, float, str]] = field(default_factory=list)

    def grid(self, xs: list[float], ys: list[float], skip: set[tuple[str, int, int]]) -> None:
        """Draw rulings on ``xs`` × ``ys``; ``skip`` names ("v", column, row) edges to leave out."""
        for row, y in enumerate(ys):
            for column in range(len(xs) - 1):
                if ("h", column, row) not in skip:
                    self.lines.append((xs[column], y, xs[column + 1], y))
        for column, x in enumerate(xs):
            for row in range(len(ys) - 1):
                if ("v", column, row) not in skip:
                    self.lines.append((x, ys[row], x, ys[row + 1]))


def _to_page(x: float, y: float, rotated: bool) -> tuple[float, float]:
    # Display (top-down) to page space: for /Rotate 90 the page is stored in
    # portrait and turned clockwise when shown.
    return (y, x) if rotated else (x, HEIGHT - y)


def write_pdf(path: Path, sheets: list[Sheet], rotated: bool = False) -> None:
    """Draw ``sheets`` as landscape pages, or as portrait pages with ``/Rotate 90``."""
    document = pdfium.PdfDocument.new()
    for sheet in sheets:
        page = document.new_page(HEIGHT, WIDTH) if rotated else document.new_page(WIDTH, HEIGHT)
        for x0, y0, x1, y1 in sheet.lines:
            _ruling(page, x0, y0, x1, y1, rotated)
        for x, baseline, text in sheet.texts:
            _text(document, page, x, baseline, text, rotated)
        if rotated:
            page.set_rotation(90)
        page.gen_content()
    document.save(path)


def _ruling(
    page: pdfium.PdfPage, x0: float, y0: float, x1: float, y1: float, rotated: bool
) -> None:
    box = (x0 - 0.25, y0 - 0.25, x1 + 0.25, y1 + 0.25)
    if rotated:
        left, bottom, right, top = box[1], box[0], box[3], box[2]
    else:
        left, bottom, right, top = box[0], HEIGHT - box[3], box[2], HEIGHT - box[1]
    obj = pdfium_c.FPDFPageObj_CreateNewRect(left, bottom, right - left, top - bottom)
    pdfium_c.FPDFPageObj_SetFillColor(obj, 0, 0, 0, 255)
    pdfium_c.FPDFPath_SetDrawMode(obj, pdfium_c.FPDF_FILLMODE_ALTERNATE, False)
    pdfium_c.FPDFPage_InsertObject(page.raw, obj)


def _text(
    document: pdfium.PdfDocument, page: pdfium.PdfPage, x: float, y: float, text: str, rotated: bool
) -> None:
    obj = pdfium_c.FPDFPageObj_NewTextObj(document.raw, b"Helvetica", SIZE)
    buffer = ctypes.create_string_buffer((text + "\x00").encode("utf-16-le"))
    pdfium_c.FPDFText_SetText(obj, ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
    origin_x, origin_y = _to_page(x, y, rotated)
    matrix = (0, 1, -1, 0) if rotated else (1, 0, 0, 1)
    pdfium_c.FPDFPageObj_Transform(obj, *matrix, origin_x, origin_y)
    pdfium_c.FPDFPage_InsertObject(page.raw, obj)


COLUMNS = [60.0, 100.0, 300.0, 500.0]


def _row(sheet: Sheet, top: float, cells: list[list[str]]) -> None:
    for x, lines in zip(COLUMNS, cells, strict=False):
        for number, line in enumerate(lines):
            sheet.texts.append((x + 5, top + 14 + 13 * number, line))


def _first_sheet() -> Sheet:
    sheet = Sheet()
    sheet.texts += [(60, 40, "UBND XA AN BINH"), (500, 40, "CONG HOA XA HOI")]
    sheet.texts += [(60, 53, "TRUONG MN AN BINH"), (500, 53, "Doc lap - Tu do")]
    sheet.texts.append((60, 90, "III. NOI DUNG KE HOACH"))
    ys = [100.0, 120.0, 140.0, 160.0, 240.0, 575.0]
    sheet.grid(COLUMNS, ys, skip={("v", 2, 1), ("h", 2, 3)})
    _row(sheet, 100, [["TT"], ["Tieu chi"], ["Ket qua"]])
    _row(sheet, 120, [["I"], ["Tieu chuan 1: To chuc"]])
    _row(sheet, 140, [["1"], ["Tieu chi 1.1"], ["Muc 2"]])
    _row(sheet, 160, [["2"], ["Tieu chi 1.2"], ["Muc 3"]])
    # The last row goes on over the page break: the second cell's last line
    # is full (a wrap), the third's ends a point of its list.
    full = "Phuong huong xay dung chien luoc cua"
    _row(sheet, 240, [["3"], ["Tieu chi 1.3", full], ["- Giu vung Muc 3", "- Ra soat"]])
    return sheet


def _second_sheet(header: bool = True) -> Sheet:
    sheet = Sheet()
    sheet.texts.append((420, 20, "2"))
    top = 60.0 if header else 40.0
    sheet.grid(COLUMNS, [40.0, 60.0, 100.0, 120.0] if header else [40.0, 80.0, 100.0], skip=set())
    if header:
        _row(sheet, 40, [["TT"], ["Tieu chi"], ["Ket qua"]])
    _row(sheet, top, [[], ["nha truong"], ["- Bo sung"]])
    _row(sheet, top + 40, [["4"], ["Tieu chi 1.4"], ["Muc 1"]])
    # Text low on the page: the bottom of the text area is where page 1's table ends.
    sheet.texts.append((60, 560, "IV. TO CHUC THUC HIEN"))
    return sheet


def _read(tmp_path: Path, rotated: bool, header: bool = True) -> RawDocument:
    path = tmp_path / f"{'rotated' if rotated else 'upright'}-{header}.pdf"
    write_pdf(path, [_first_sheet(), _second_sheet(header)], rotated)
    return PdfReader().extract(path, ImportContext())


@pytest.fixture(params=[False, True], ids=["upright", "rotate-90"])
def raw(request: pytest.FixtureRequest, tmp_path: Path) -> RawDocument:
    return _read(tmp_path, request.param)


def _table(raw: RawDocument) -> Table:
    return next(b for b in raw.blocks if isinstance(b, Table) and b.bordered)


def _texts(raw: RawDocument) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in _table(raw).rows]


def test_it_reads_spans_and_vertical_merges_from_the_rulings(raw: RawDocument) -> None:
    table = _table(raw)
    assert table.columns == 3
    spans = [[(c.column, c.span, c.continued) for c in row.cells] for row in table.rows]
    assert spans[1] == [(0, 1, False), (1, 2, False)]
    # No ruling above the third column of row 4: that cell continues row 3's.
    assert spans[3][2] == (2, 1, True)
    # Two short lines are two paragraphs: "Muc 3" would have fitted after "Muc 2".
    assert _texts(raw)[2] == ["1", "Tieu chi 1.1", "Muc 2\nMuc 3"]


def test_it_joins_the_table_across_pages_without_the_repeated_header(raw: RawDocument) -> None:
    rows = _table(raw).rows
    assert [row.repeated_header for row in rows] == [True] + [False] * (len(rows) - 1)
    assert [t[0] for t in _texts(raw)] == ["TT", "I", "1", "2", "3", "4"]


BROKEN_ROW = [
    "3",
    "Tieu chi 1.3\nPhuong huong xay dung chien luoc cua nha truong",
    "- Giu vung Muc 3\n- Ra soat\n- Bo sung",
]


def test_it_joins_the_row_broken_by_the_page_break(raw: RawDocument) -> None:
    # A full line goes on in the same paragraph; a new point of a list starts a new one.
    assert _texts(raw)[4] == BROKEN_ROW
    assert [note.message for note in raw.notes if "«3»" in note.message]


def test_it_joins_the_row_broken_by_the_page_break_without_a_repeated_header(
    tmp_path: Path,
) -> None:
    raw = _read(tmp_path, rotated=False, header=False)
    assert [t[0] for t in _texts(raw)] == ["TT", "I", "1", "2", "3", "4"]
    assert _texts(raw)[4] == BROKEN_ROW
    assert not any(row.repeated_header for row in _table(raw).rows)
    assert [note.message for note in raw.notes if "«3»" in note.message]


def _moved_row_sheets() -> list[Sheet]:
    # A row that may not break goes whole to the next page, leaving room under
    # the table; the next page opens with a row whose TT cell is empty.
    first = Sheet()
    first.grid(COLUMNS, [100.0, 120.0, 160.0], skip=set())
    _row(first, 100, [["TT"], ["Tieu chi"], ["Ket qua"]])
    _row(first, 120, [["1"], ["Tieu chi 1.1"], ["Muc 2"]])
    second = Sheet()
    second.grid(COLUMNS, [40.0, 80.0, 120.0], skip=set())
    _row(second, 40, [[], ["Tieu chi 1.2"], ["Muc 3"]])
    _row(second, 80, [["2"], ["Tieu chi 1.3"], ["Muc 1"]])
    second.texts.append((60, 560, "IV. TO CHUC THUC HIEN"))
    return [first, second]


def test_it_keeps_a_row_moved_whole_to_the_next_page_apart(tmp_path: Path) -> None:
    path = tmp_path / "moved.pdf"
    write_pdf(path, _moved_row_sheets())
    raw = PdfReader().extract(path, ImportContext())
    assert [t[:2] for t in _texts(raw)] == [
        ["TT", "Tieu chi"],
        ["1", "Tieu chi 1.1"],
        ["", "Tieu chi 1.2"],
        ["2", "Tieu chi 1.3"],
    ]
    assert not [note for note in raw.notes if "ngắt sang trang" in note.message]


TOTAL = "Tong kinh phi thuc hien ke hoach cai tien"


def _total_row_sheets(rest: str) -> list[Sheet]:
    # The total row has no number; its label wraps, and the page break falls
    # between the label's two lines.
    first = Sheet()
    first.grid(COLUMNS, [100.0, 120.0, 160.0, 575.0], skip=set())
    _row(first, 100, [["TT"], ["Tieu chi"], ["Kinh phi"]])
    _row(first, 120, [["1"], ["Tieu chi 1.1"], ["3.000.000"]])
    _row(first, 548, [[], [TOTAL], ["Tong:"]])
    second = Sheet()
    second.grid(COLUMNS, [40.0, 80.0], skip=set())
    _row(second, 40, [[], [rest], ["41.500.000"]])
    second.texts.append((60, 560, "IV. TO CHUC THUC HIEN"))
    return [first, second]


def test_it_joins_an_unnumbered_total_row_broken_by_the_page_break(tmp_path: Path) -> None:
    path = tmp_path / "total.pdf"
    write_pdf(path, _total_row_sheets("luong nam hoc"))
    raw = PdfReader().extract(path, ImportContext())
    assert [t[1] for t in _texts(raw)] == ["Tieu chi", "Tieu chi 1.1", f"{TOTAL} luong nam hoc"]
    assert [note for note in raw.notes if f"«{TOTAL} luong nam hoc»" in note.message]


def test_it_keeps_an_unnumbered_row_opening_with_a_capital_apart(tmp_path: Path) -> None:
    # A heading row ("Muc 4") moved to the next page starts anew.
    path = tmp_path / "heading.pdf"
    write_pdf(path, _total_row_sheets("Muc 4"))
    raw = PdfReader().extract(path, ImportContext())
    assert [t[1] for t in _texts(raw)] == ["Tieu chi", "Tieu chi 1.1", TOTAL, "Muc 4"]
    assert not [note for note in raw.notes if "ngắt sang trang" in note.message]


def test_it_drops_the_page_number_and_keeps_the_headings(raw: RawDocument) -> None:
    paragraphs = [b.text for b in raw.blocks if isinstance(b, Paragraph)]
    assert paragraphs == ["III. NOI DUNG KE HOACH", "IV. TO CHUC THUC HIEN"]


def test_it_reads_side_by_side_lines_as_a_borderless_table(raw: RawDocument) -> None:
    header = raw.blocks[0]
    assert isinstance(header, Table) and not header.bordered
    assert [c.paragraphs for c in header.rows[0].cells] == [
        ["UBND XA AN BINH", "TRUONG MN AN BINH"],
        ["CONG HOA XA HOI", "Doc lap - Tu do"],
    ]


def test_it_keeps_a_left_line_longer_than_the_first_in_the_left_column(tmp_path: Path) -> None:
    # A header set on tab stops: the school's line reaches past the middle of the gap
    # between the short governing body and the national motto.
    sheet = Sheet()
    sheet.texts += [(60, 40, "UBND XA AN BINH"), (300, 40, "CONG HOA XA HOI CHU NGHIA")]
    sheet.texts += [(60, 53, "TRUONG TIEU HOC XA AN BINH MOI"), (330, 53, "Doc lap - Tu do")]
    sheet.texts.append((60, 90, "III. NOI DUNG KE HOACH"))
    path = tmp_path / "tab-header.pdf"
    write_pdf(path, [sheet])
    header = PdfReader().extract(path, ImportContext()).blocks[0]
    assert isinstance(header, Table)
    assert [c.paragraphs for c in header.rows[0].cells] == [
        ["UBND XA AN BINH", "TRUONG TIEU HOC XA AN BINH MOI"],
        ["CONG HOA XA HOI CHU NGHIA", "Doc lap - Tu do"],
    ]


def test_it_reads_a_rotated_page_like_the_upright_one(tmp_path: Path) -> None:
    upright, rotated = _read(tmp_path, False), _read(tmp_path, True)
    assert _texts(rotated) == _texts(upright)


@pytest.mark.parametrize(
    ("box", "stroked", "expected"),
    [
        # LibreOffice: a 1-point filled rectangle per border.
        ((56.0, 100.0, 800.0, 101.0), False, [Ruling(56.0, 100.5, 800.0, 100.5)]),
        ((84.6, 58.4, 85.6, 538.6), False, [Ruling(85.1, 58.4, 85.1, 538.6)]),
        # A stroked cell frame gives its four sides, numbered as one frame.
        (
            (10.0, 20.0, 110.0, 60.0),
            True,
            [
                Ruling(10.0, 20.0, 110.0, 20.0, 1),
                Ruling(10.0, 60.0, 110.0, 60.0, 1),
                Ruling(10.0, 20.0, 10.0, 60.0, 1),
                Ruling(110.0, 20.0, 110.0, 60.0, 1),
            ],
        ),
        # Cell shading: a wide filled rectangle is no border.
        ((56.7, 481.9, 85.0, 538.6), False, []),
        # A dot is neither.
        ((5.0, 5.0, 6.0, 6.0), False, []),
    ],
)
def test_it_takes_thin_paths_and_stroked_frames_as_rulings(
    box: tuple[float, float, float, float], stroked: bool, expected: list[Ruling]
) -> None:
    assert _rulings_of(box, stroked) == expected


@pytest.mark.parametrize(
    ("text", "is_number"),
    [
        ("2", True),
        ("- 3 -", True),
        ("Trang 4", True),
        ("4/12", True),
        ("2024", False),
        ("I. MỤC ĐÍCH, YÊU CẦU", False),
        ("Số: 5", False),
    ],
)
def test_it_knows_a_page_number_line(text: str, is_number: bool) -> None:
    assert bool(PAGE_NUMBER.match(text)) is is_number


def _header_row(*texts: str) -> Row:
    return Row(cells=[Cell(paragraphs=[t] if t else [], column=i) for i, t in enumerate(texts)])


@pytest.mark.parametrize(
    ("again", "repeats"),
    [
        (("TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt"), True),
        # LibreOffice clips a repeated header whose cells are merged vertically.
        (("TT", "Tiêu chuẩn, tiêu", "Kết quả cần"), True),
        (("1", "Tiêu chí 1.1", "Mức 2"), False),
        (("", "", ""), False),
    ],
)
def test_it_recognises_a_repeated_header_even_cut_short(
    again: tuple[str, ...], repeats: bool
) -> None:
    first = _header_row("TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt")
    assert _repeats(first, _header_row(*again)) is repeats


@pytest.mark.parametrize(
    ("paragraph", "line", "expected"),
    [
        ("b) Kết quả thực hiện là căn cứ để cập nhật báo cáo.", "c) Kết quả được công khai.", True),
        ("1. Hiệu trưởng chỉ đạo chung.", "2. Phó hiệu trưởng", True),
        ("- Lập kế hoạch.", "- Báo cáo kết quả.", True),
        ("Cả năm học 2024", "- 2025", False),
        ("a) Mục đích", "tiếp tục của câu", False),
    ],
)
def test_it_starts_a_new_point_where_a_list_goes_on(
    paragraph: str, line: str, expected: bool
) -> None:
    assert _next_point(paragraph, line) is expected


def test_it_drops_text_drawn_outside_its_clip_path(tmp_path: Path) -> None:
    # LibreOffice clips the lines of a repeated header row cut short at the top
    # of a page: they stay in the text layer, under the next row's text.
    sheet = Sheet()
    sheet.grid(COLUMNS, [100.0, 120.0, 160.0], skip=set())
    _row(sheet, 100, [["TT"], ["Tieu chi"]])
    _row(sheet, 120, [["1"], ["Muc 2"], ["hien trang"]])
    path = tmp_path / "clipped.pdf"
    write_pdf(path, [sheet])
    document = pdfium.PdfDocument(path)
    page = document[0]
    # Everything left of x = 290 shows; the third column's text is cut away.
    clip = pdfium_c.FPDF_CreateClipPath(0, 0, 290, HEIGHT)
    pdfium_c.FPDFPage_InsertClipPath(page.raw, clip)
    pdfium_c.FPDF_DestroyClipPath(clip)
    page.gen_content()
    document.save(tmp_path / "cut.pdf")
    document.close()

    raw = PdfReader().extract(tmp_path / "cut.pdf", ImportContext())

    assert _texts(raw) == [["TT", "Tieu chi", ""], ["1", "Muc 2", ""]]


def _stamp(page: pdfium.PdfPage, x0: float, top: float, x1: float, bottom: float) -> None:
    # A floating text box's frame: a stroked, unfilled rectangle.
    obj = pdfium_c.FPDFPageObj_CreateNewRect(x0, HEIGHT - bottom, x1 - x0, bottom - top)
    pdfium_c.FPDFPageObj_SetStrokeColor(obj, 0, 0, 0, 255)
    pdfium_c.FPDFPageObj_SetStrokeWidth(obj, ctypes.c_float(0.75))
    pdfium_c.FPDFPath_SetDrawMode(obj, 0, True)
    pdfium_c.FPDFPage_InsertObject(page.raw, obj)


def test_it_leaves_a_stamp_frame_over_the_table_out_of_its_grid(tmp_path: Path) -> None:
    # A "DA KY" stamp box floating over the last column, past the table's right edge.
    sheet = Sheet()
    sheet.grid(COLUMNS, [100.0, 120.0, 200.0], skip=set())
    _row(sheet, 100, [["TT"], ["Tieu chi"], ["Trang thai"]])
    _row(sheet, 120, [["1"], ["Boi duong giao vien"], ["Dang lam"]])
    sheet.texts.append((460, 175, "DA KY"))
    path = tmp_path / "stamp.pdf"
    write_pdf(path, [sheet])
    document = pdfium.PdfDocument(path)
    page = document[0]
    _stamp(page, 450, 160, 540, 185)
    page.gen_content()
    document.save(tmp_path / "stamped.pdf")
    document.close()

    raw = PdfReader().extract(tmp_path / "stamped.pdf", ImportContext())

    assert _texts(raw) == [
        ["TT", "Tieu chi", "Trang thai"],
        ["1", "Boi duong giao vien", "Dang lam"],
    ]


def _marked(
    document: pdfium.PdfDocument, page: pdfium.PdfPage, x: float, y: float, word: str, mark: str
) -> None:
    # A word then a superscript mark as Word and LibreOffice print it: its own
    # text object, about 60 % of the size, the baseline raised a third.
    _text(document, page, x, y, word, rotated=False)
    count = pdfium_c.FPDFPage_CountObjects(page.raw)
    right = ctypes.c_float()
    low, left, high = ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    word_object = pdfium_c.FPDFPage_GetObject(page.raw, count - 1)
    pdfium_c.FPDFPageObj_GetBounds(word_object, left, low, right, high)
    obj = pdfium_c.FPDFPageObj_NewTextObj(document.raw, b"Helvetica", SIZE * 0.58)
    buffer = ctypes.create_string_buffer((mark + "\x00").encode("utf-16-le"))
    pdfium_c.FPDFText_SetText(obj, ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
    pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, right.value, HEIGHT - y + SIZE * 0.33)
    pdfium_c.FPDFPage_InsertObject(page.raw, obj)


def _footnoted_pdf(tmp_path: Path, footnotes: list[str]) -> Path:
    # Page 1: a table whose cell reads "Muc 2" + a raised "2", and under the
    # table, after a short rule at the left margin, the page's footnotes;
    # page 2: the table goes on with the rest of its last row.
    first = Sheet()
    first.grid(COLUMNS, [100.0, 120.0, 160.0, 480.0], skip=set())
    _row(first, 100, [["TT"], ["Tieu chi"], ["Ket qua"]])
    _row(first, 120, [["1"], ["Tieu chi 1.1"]])
    _row(first, 160, [["2"], ["Tieu chi 1.2"], ["Muc 3"]])
    if footnotes:
        first.lines.append((60.0, 500.0, 250.0, 500.0))
    first.texts += [(60, 515 + 13 * i, note) for i, note in enumerate(footnotes)]
    second = Sheet()
    second.grid(COLUMNS, [40.0, 80.0, 120.0], skip=set())
    _row(second, 40, [[], ["nha truong"], ["- Bo sung"]])
    _row(second, 80, [["3"], ["Tieu chi 1.3"], ["Muc 1"]])
    second.texts.append((60, 560, "IV. TO CHUC THUC HIEN"))
    path = tmp_path / "footnoted.pdf"
    document = pdfium.PdfDocument.new()
    for number, sheet in enumerate([first, second]):
        page = document.new_page(WIDTH, HEIGHT)
        for x0, y0, x1, y1 in sheet.lines:
            _ruling(page, x0, y0, x1, y1, rotated=False)
        for x, baseline, text in sheet.texts:
            _text(document, page, x, baseline, text, rotated=False)
        if number == 0:
            _marked(document, page, COLUMNS[2] + 5, 134, "Giu vung Muc 2", "2")
        page.gen_content()
    document.save(path)
    return path


def test_it_drops_a_footnote_reference_and_the_footnotes_and_follows_the_table(
    tmp_path: Path,
) -> None:
    # The footnotes end the text area of their page: the table reaching
    # their separator goes on over the page break.
    path = _footnoted_pdf(tmp_path, ["1 Theo bao cao tu danh gia.", "2 So lieu thang 9/2025."])

    raw = PdfReader().extract(path, ImportContext())

    assert _texts(raw) == [
        ["TT", "Tieu chi", "Ket qua"],
        ["1", "Tieu chi 1.1", "Giu vung Muc 2"],
        ["2", "Tieu chi 1.2\nnha truong", "Muc 3\n- Bo sung"],
        ["3", "Tieu chi 1.3", "Muc 1"],
    ]
    assert [b.text for b in raw.blocks if isinstance(b, Paragraph)] == ["IV. TO CHUC THUC HIEN"]


def test_it_keeps_a_raised_mark_without_its_footnote_apart_from_the_word(tmp_path: Path) -> None:
    raw = PdfReader().extract(_footnoted_pdf(tmp_path, []), ImportContext())

    assert _texts(raw)[1] == ["1", "Tieu chi 1.1", "Giu vung Muc 2 2"]


def test_it_reads_a_table_nested_in_a_cell_as_that_cells_text(tmp_path: Path) -> None:
    # In each item row a small two-column table sits in the last cell, 5 pt in
    # from its left border, touching its top and right borders: its edges
    # join the grid, but they lie inside one cell of one row only.
    sheet = Sheet()
    sheet.grid(COLUMNS, [100.0, 120.0, 200.0, 280.0], skip=set())
    _row(sheet, 100, [["TT"], ["Tieu chi"], ["Thoi gian"]])
    for number, top in enumerate([120.0, 200.0], start=1):
        _row(sheet, top, [[str(number)], [f"Tieu chi 1.{number}"]])
        sheet.grid([305.0, 400.0, 500.0], [top, top + 20, top + 40], skip=set())
        sheet.texts += [(310, top + 14, "Dau"), (405, top + 14, "Cuoi")]
        sheet.texts += [(310, top + 34, f"Thang {number}"), (405, top + 34, f"Thang {number + 5}")]
    path = tmp_path / "nested.pdf"
    write_pdf(path, [sheet])

    raw = PdfReader().extract(path, ImportContext())

    assert [[c.paragraphs for c in row.cells] for row in _table(raw).rows] == [
        [["TT"], ["Tieu chi"], ["Thoi gian"]],
        [["1"], ["Tieu chi 1.1"], ["Dau", "Cuoi", "Thang 1", "Thang 6"]],
        [["2"], ["Tieu chi 1.2"], ["Dau", "Cuoi", "Thang 2", "Thang 7"]],
    ]


def _width(document: pdfium.PdfDocument, text: str) -> float:
    """The inked width of ``text`` set like the sheet's texts (a throwaway text object)."""
    obj = pdfium_c.FPDFPageObj_NewTextObj(document.raw, b"Helvetica", SIZE)
    buffer = ctypes.create_string_buffer((text + "\x00").encode("utf-16-le"))
    pdfium_c.FPDFText_SetText(obj, ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
    box = [ctypes.c_float() for _ in range(4)]
    pdfium_c.FPDFPageObj_GetBounds(obj, *(ctypes.byref(side) for side in box))
    pdfium_c.FPDFPageObj_Destroy(obj)
    return box[2].value - box[0].value


def _tracked_changes_pdf(tmp_path: Path) -> Path:
    # A plan row printed with its tracked changes shown: deleted words struck
    # through (a thin line 3 pt above the baseline, mid-height of the glyphs),
    # inserted ones underlined (1.5 pt below it). The second cell is as narrow
    # as its first line, so the deletion wrapped to the next line, where it
    # is a text object of its own; in the third cell it is the middle of one
    # object, which only the characters' boxes can cut. Then a struck word in
    # running text under the table.
    document = pdfium.PdfDocument.new()
    width = _width(document, "Giu vung Muc")
    deleted = _width(document, "nam qua")
    before, after = _width(document, "Hieu truong "), _width(document, "Hieu truong bo mon")
    kept, whole = (
        _width(document, "Thoi gian: thang 9 "),
        _width(document, "Thoi gian: thang 9 nam nay"),
    )
    document.close()
    xs = [60.0, 100.0, 112 + width, 400.0]
    sheet = Sheet()
    sheet.grid(xs, [100.0, 120.0, 160.0], skip=set())
    sheet.texts += [(65, 114, "TT"), (105, 114, "Tieu chi"), (xs[2] + 5, 114, "Phu trach")]
    sheet.texts += [(65, 134, "1"), (105, 134, "Giu vung Muc"), (105, 147, "nam qua")]
    sheet.texts += [(106 + deleted, 147, "2"), (xs[2] + 5, 134, "Hieu truong bo mon van thu")]
    sheet.lines += [(105, 144, 105 + deleted, 144), (106 + deleted, 148.5, 112 + deleted, 148.5)]
    sheet.lines.append((xs[2] + 6 + before, 131, xs[2] + 5 + after, 131))
    sheet.texts.append((60, 200, "Thoi gian: thang 9 nam nay"))
    sheet.lines.append((61 + kept, 197, 60 + whole, 197))
    path = tmp_path / "tracked.pdf"
    write_pdf(path, [sheet])
    return path


def test_it_drops_struck_through_words_and_keeps_underlined_ones(tmp_path: Path) -> None:
    raw = PdfReader().extract(_tracked_changes_pdf(tmp_path), ImportContext())

    assert _texts(raw) == [
        ["TT", "Tieu chi", "Phu trach"],
        ["1", "Giu vung Muc 2", "Hieu truong van thu"],
    ]
    assert [b.text for b in raw.blocks if isinstance(b, Paragraph)][-1] == "Thoi gian: thang 9"
