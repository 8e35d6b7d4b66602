"""The spreadsheet reader's cells: number formats, values, formulas, rich text, merged ranges,
hidden, filtered and folded rows, the parts found through relationships, and the bounds
on the work (used range, styled cells, tall merges, damaged XML).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from caitien.errors import DocumentError
from caitien.importers._document import Table
from caitien.importers.sheet import read_workbook
from caitien.importers.sheet._parts import NumberFormat, format_from_code, number_text
from tests.core.importers.sheet_helpers import package, save, texts

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("dd/mm/yyyy", NumberFormat(date=True)),
        (
            '[$-42A]d" tháng "m" năm "yyyy',
            NumberFormat(date=True, pattern='[$-42A]d" tháng "m" năm "yyyy'),
        ),
        ("mm/yyyy;@", NumberFormat(date=True, pattern="mm/yyyy")),
        ("#,##0", NumberFormat(grouped=True)),
        ('#,##0 "đồng"', NumberFormat(grouped=True, suffix=" đồng")),
        ("#,##0 [$₫-42A]", NumberFormat(grouped=True, suffix=" ₫")),
        ('_-* #,##0\\ _₫_-;\\-* #,##0\\ _₫_-;_-* "-"\\ _₫_-;_-@_-', NumberFormat(grouped=True)),
        ("#,##0\\ \\đ", NumberFormat(grouped=True, suffix=" đ")),
        ("#,##0.00", NumberFormat(grouped=True, decimals=2)),
        ('"Ngày"0', NumberFormat()),
        ("General", NumberFormat()),
        ("0%", NumberFormat(percent=True)),
        ("0.0%", NumberFormat(percent=True, decimals=1)),
    ],
)
def test_it_reads_number_format_codes(code: str, expected: NumberFormat) -> None:
    assert format_from_code(code) == expected


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        ("45529", NumberFormat(date=True), "25/08/2024"),
        ("45529.75", NumberFormat(date=True), "25/08/2024"),
        ("45536", NumberFormat(date=True, pattern="mm/yyyy"), "09/2024"),
        ("45536", NumberFormat(date=True, pattern="d/m/yy"), "1/9/24"),
        (
            "45536",
            NumberFormat(date=True, pattern='[$-42A]d" tháng "m" năm "yyyy'),
            "1 tháng 9 năm 2024",
        ),
        ("45536.5", NumberFormat(date=True, pattern="dd/mm/yyyy hh:mm"), "01/09/2024 12:00"),
        ("30000000", NumberFormat(grouped=True), "30.000.000"),
        ("30000000", NumberFormat(grouped=True, suffix=" đồng"), "30.000.000 đồng"),
        ("1500000.5", NumberFormat(grouped=True, decimals=2), "1.500.000,50"),
        ("3", NumberFormat(), "3"),
        ("2025", NumberFormat(), "2025"),
        ("3000000", NumberFormat(), "3.000.000"),
        ("3.0", NumberFormat(), "3"),
        ("1.5", NumberFormat(), "1.5"),
        ("#N/A", NumberFormat(), "#N/A"),
        ("0.955", NumberFormat(percent=True, decimals=1), "95,5%"),
    ],
)
def test_it_shows_numbers_as_a_vietnamese_excel_does(
    value: str, fmt: NumberFormat, expected: str
) -> None:
    assert number_text(value, fmt, date1904=False) == expected


def test_it_counts_dates_from_1904_when_the_workbook_says_so() -> None:
    assert number_text("0", NumberFormat(date=True), date1904=True) == "01/01/1904"


def test_it_reads_a_merge_down_as_continued_cells(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["TT", "Tiêu chuẩn", "Tiêu chí"], [1, "Tiêu chuẩn 1", "1.1"], [2, None, "1.2"]):
        sheet.append(row)
    sheet.merge_cells("B2:B3")
    raw = read_workbook(save(book, tmp_path / "a.xlsx"), 10**7)
    (table,) = raw.blocks
    assert isinstance(table, Table) and not table.bordered
    cell = table.rows[2].cells[1]
    assert (cell.column, cell.continued, cell.text) == (1, True, "")


def test_it_skips_hidden_rows_columns_and_sheets(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["TT", "Mã ẩn", "Tiêu chí", "Giải pháp"])
    sheet.append([1, "X-1", "Tiêu chí 1.1", "Họp tổ"])
    sheet.append([2, "X-2", "Tiêu chí 1.2", "Dòng ẩn"])
    sheet.column_dimensions["B"].hidden = True
    sheet.row_dimensions[3].hidden = True
    helper = book.create_sheet("Tính toán")
    helper["A1"] = "Không được đọc"
    helper.sheet_state = "hidden"
    raw = read_workbook(save(book, tmp_path / "a.xlsx"), 10**7)
    assert texts(raw.blocks) == [[["TT", "Tiêu chí", "Giải pháp"], ["1", "Tiêu chí 1.1", "Họp tổ"]]]


def test_it_joins_rich_text_runs(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active["A1"] = CellRichText(
        [TextBlock(InlineFont(b=True), "Tiêu chí 1.1: "), "Phương hướng, chiến lược"]
    )
    raw = read_workbook(save(book, tmp_path / "a.xlsx"), 10**7)
    assert texts(raw.blocks) == ["Tiêu chí 1.1: Phương hướng, chiến lược"]


def test_it_reads_a_formula_by_its_cached_value_and_never_evaluates_it(tmp_path: Path) -> None:
    path = package(
        tmp_path / "a.xlsx",
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Tổng</t></is></c>'
        '<c r="B1"><f>SUM(B2:B9)</f><v>4500000</v></c>'
        '<c r="C1" t="str"><f>"A"&amp;"B"</f><v>AB</v></c>'
        '<c r="D1"><f>1+1</f></c></row></sheetData>',
    )
    assert texts(read_workbook(path, 10**7).blocks) == [[["Tổng", "4.500.000", "AB"]]]


def test_it_bounds_the_work_by_the_data_not_the_used_range(tmp_path: Path) -> None:
    path = package(
        tmp_path / "a.xlsx",
        '<dimension ref="A1:XFD1048576"/><sheetData><row r="1">'
        '<c r="A1" t="inlineStr"><is><t>KẾ HOẠCH_x000D_\nnăm học</t></is></c></row>'
        "</sheetData>"
        '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
    )
    started = time.perf_counter()
    raw = read_workbook(path, 10**7)
    assert time.perf_counter() - started < 1
    assert texts(raw.blocks) == ["KẾ HOẠCH", "năm học"]


def test_it_bounds_the_work_of_thousands_of_tall_merged_ranges(tmp_path: Path) -> None:
    ranges = "".join(f'<mergeCell ref="{c}1:{c}60000"/>' for c in ("A", "B", "C", "D") * 2000)
    path = package(
        tmp_path / "a.xlsx",
        '<sheetData><row r="60000"><c r="E60000" t="inlineStr"><is><t>x</t></is></c></row>'
        f"</sheetData><mergeCells>{ranges}</mergeCells>",
    )
    started = time.perf_counter()
    raw = read_workbook(path, 10**8)
    assert time.perf_counter() - started < 2
    assert raw.notes and "quá lớn" in raw.notes[0].message


@pytest.mark.parametrize(
    "sheet_xml",
    [
        "<sheetData><row",  # not XML
        '<sheetData><row r="x"><c r="1A" t="s"><v>99</v></c><c t="n"><v>abc</v></c></row>'
        '</sheetData><mergeCells><mergeCell ref="B2:A1"/><mergeCell ref=":"/></mergeCells>',
        '<sheetData><row r="1"><c r="A1" t="d"><v>2024-13-45</v></c>'
        '<c r="B1" t="b"><v>1</v></c><c r="C1" t="e"><v>#REF!</v></c></row></sheetData>',
    ],
)
def test_it_reads_damaged_sheets_or_refuses_them_in_vietnamese(
    tmp_path: Path, sheet_xml: str
) -> None:
    path = package(tmp_path / "a.xlsx", sheet_xml)
    try:
        read_workbook(path, 10**7)
    except DocumentError as error:
        assert "bị hỏng" in str(error) and path.name in str(error)


def test_it_does_not_count_cells_that_only_carry_a_style_against_later_sheets(
    tmp_path: Path,
) -> None:
    # A cover sheet whose borders were drawn over 150,000 blank cells, then the plan.
    blank = "".join(
        f'<row r="{r}">' + "".join(f'<c r="{c}{r}" s="0"/>' for c in "ABCDEFGHIJ") + "</row>"
        for r in range(1, 15001)
    )
    main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    second = (
        f'<worksheet {main}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>KẾ HOẠCH'
        "</t></is></c></row></sheetData></worksheet>"
    )
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    path = package(
        tmp_path / "a.xlsx",
        f"<sheetData>{blank}</sheetData>",
        {
            "xl/workbook.xml": (
                f'<workbook {main} {rel}><sheets><sheet name="Bìa" sheetId="1" r:id="rId1"/>'
                '<sheet name="KH" sheetId="2" r:id="rId2"/></sheets></workbook>'
            ).encode(),
            "xl/_rels/workbook.xml.rels": (
                b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                b'relationships"><Relationship Id="rId1" Type="x/worksheet" '
                b'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x/worksheet" '
                b'Target="worksheets/sheet2.xml"/></Relationships>'
            ),
            "xl/worksheets/sheet2.xml": second.encode(),
        },
    )
    raw = read_workbook(path, 10**8)
    assert texts(raw.blocks) == ["KẾ HOẠCH"] and raw.notes == []


def test_it_reads_rows_an_autofilter_or_a_collapsed_outline_hides_but_not_hidden_helpers(
    tmp_path: Path,
) -> None:
    # The user filtered the table on one standard and folded a group before saving:
    # the plan is still every row; a row hidden by hand is a helper and stays out.
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (
        ["TT", "Tiêu chí", "Giải pháp"],
        [1, "Tiêu chí 1.1", "Lọc ẩn"],
        [2, "Tiêu chí 2.1", "Gộp nhóm"],
        [3, "Tiêu chí 3.1", "Hiện"],
        [None, "Ô phụ", "Ẩn tay"],
    ):
        sheet.append(row)
    sheet.auto_filter.ref = "A1:C2"
    sheet.row_dimensions[2].hidden = True
    sheet.row_dimensions[3].hidden = True
    sheet.row_dimensions[3].outlineLevel = 1
    sheet.row_dimensions[5].hidden = True
    raw = read_workbook(save(book, tmp_path / "a.xlsx"), 10**7)
    assert texts(raw.blocks) == [
        [
            ["TT", "Tiêu chí", "Giải pháp"],
            ["1", "Tiêu chí 1.1", "Lọc ẩn"],
            ["2", "Tiêu chí 2.1", "Gộp nhóm"],
            ["3", "Tiêu chí 3.1", "Hiện"],
        ]
    ]


def test_it_finds_the_shared_strings_and_styles_through_the_workbook_relationships(
    tmp_path: Path,
) -> None:
    # Some writers name the parts otherwise ("SharedStrings.xml"): the relationships say where.
    rels = (
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/>'
        b'<Relationship Id="rId2" Type="x/sharedStrings" Target="SharedStrings.xml"/>'
        b"</Relationships>"
    )
    strings = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<si><t>KẾ HOẠCH</t></si></sst>"
    ).encode()
    path = package(
        tmp_path / "a.xlsx",
        '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>',
        {"xl/_rels/workbook.xml.rels": rels, "xl/SharedStrings.xml": strings},
    )
    assert texts(read_workbook(path, 10**7).blocks) == ["KẾ HOẠCH"]


def test_it_reads_text_boxes_at_the_cell_they_are_anchored_to(tmp_path: Path) -> None:
    # The header typed in two text boxes over the top rows, anchored at A1 and E1.
    def anchor(column: int, lines: list[str]) -> str:
        paragraphs = "".join(f"<a:p><a:r><a:t>{line}</a:t></a:r></a:p>" for line in lines)
        return (
            f"<xdr:twoCellAnchor><xdr:from><xdr:col>{column}</xdr:col><xdr:colOff>0</xdr:colOff>"
            "<xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"
            f"<xdr:sp><xdr:txBody>{paragraphs}</xdr:txBody></xdr:sp></xdr:twoCellAnchor>"
        )

    drawing = (
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"'
        ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        + anchor(0, ["PHÒNG GIÁO DỤC HUYỆN X", "TRƯỜNG THCS Y"])
        + anchor(4, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
        + "</xdr:wsDr>"
    )
    rels = (
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>'
    )
    path = package(
        tmp_path / "a.xlsx",
        '<sheetData><row r="3"><c r="A3" t="inlineStr"><is><t>KẾ HOẠCH</t></is></c></row>'
        "</sheetData>",
        {
            "xl/worksheets/_rels/sheet1.xml.rels": rels,
            "xl/drawings/drawing1.xml": drawing.encode(),
        },
    )
    assert texts(read_workbook(path, 10**7).blocks) == [
        [
            [
                "PHÒNG GIÁO DỤC HUYỆN X\nTRƯỜNG THCS Y",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
            ]
        ],
        "KẾ HOẠCH",
    ]
