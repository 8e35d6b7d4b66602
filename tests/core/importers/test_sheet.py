"""The spreadsheet reader: cell values, merged ranges, hidden parts, layout, detection, refusals.

Covers number formats (dates, amounts grouped by thousands, plain numbers),
formulas read by their cached value, rich text and Alt+Enter line breaks,
merged ranges as spanning and continued cells, hidden rows, columns and sheets,
a used range far past the data, the blocks a sheet gives (title rows, a header
block side by side, ruled and unruled tables), detection by content, and the
refusals: a workbook that is not a plan, a password-protected one, a zip bomb,
one with no visible sheet; through ``import_plan`` and the CLI.
"""

from __future__ import annotations

import io
import struct
import time
import zipfile
from typing import TYPE_CHECKING

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Border, Side

from caitien.cli import main
from caitien.errors import DocumentError
from caitien.importers import HEAD_BYTES, ImportContext, import_plan, readers
from caitien.importers._document import Paragraph, Table
from caitien.importers.sheet import SheetReader, read_workbook
from caitien.importers.sheet._parts import NumberFormat, format_from_code, number_text
from caitien.plan import load_plan
from caitien.scoring import score_plan
from tests.conftest import SAMPLES
from tests.core.importers.test_bad_word_files import compound_file

if TYPE_CHECKING:
    from pathlib import Path

GOLDEN = sorted((SAMPLES / "xlsx").glob("*.xlsx"))
THIN = Side(style="thin")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("dd/mm/yyyy", NumberFormat(date=True)),
        ('[$-42A]d" tháng "m" năm "yyyy', NumberFormat(date=True)),
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


def _save(book: openpyxl.Workbook, path: Path) -> Path:
    book.save(path)
    return path


def _texts(blocks: list[object]) -> list[object]:
    """Paragraphs as their text, tables as rows of cell texts."""
    out: list[object] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(block.text)
        elif isinstance(block, Table):
            out.append([[c.text for c in row.cells] for row in block.rows])
    return out


def test_it_reads_title_rows_a_side_by_side_header_and_a_ruled_table(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"], sheet["D1"] = "PHÒNG GD&ĐT HUYỆN X", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    sheet["A2"], sheet["D2"] = "TRƯỜNG THCS Y", "Độc lập - Tự do - Hạnh phúc"
    sheet["D3"] = "Xã Z, ngày 05 tháng 9 năm 2024"
    for area in ("A1:C1", "D1:F1", "A2:C2", "D2:F2", "D3:F3", "A5:F5"):
        sheet.merge_cells(area)
    sheet["A5"] = "KẾ HOẠCH"
    sheet.append(["TT", "Tiêu chí", "Kết quả", "Giải pháp", "Thời gian", "Kinh phí"])
    sheet.append(["MỨC 1, 2, 3"])
    sheet.merge_cells("A7:F7")
    sheet.append([1, "Tiêu chí 1.1", "Đạt mức 2", "Dòng một\nDòng hai", "9/2024", 3000000])
    sheet["F8"].number_format = "#,##0"
    for row in sheet.iter_rows(min_row=6, max_row=8):
        for cell in row:
            cell.border = GRID
    raw = read_workbook(_save(book, tmp_path / "a.xlsx"), 10**7)
    assert _texts(raw.blocks) == [
        [
            [
                "PHÒNG GD&ĐT HUYỆN X\nTRƯỜNG THCS Y",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - "
                "Tự do - Hạnh phúc\nXã Z, ngày 05 tháng 9 năm 2024",
            ]
        ],
        "KẾ HOẠCH",
        [
            ["TT", "Tiêu chí", "Kết quả", "Giải pháp", "Thời gian", "Kinh phí"],
            ["MỨC 1, 2, 3"],
            ["1", "Tiêu chí 1.1", "Đạt mức 2", "Dòng một\nDòng hai", "9/2024", "3.000.000"],
        ],
    ]
    table = raw.blocks[-1]
    assert isinstance(table, Table) and table.bordered and table.columns == 6
    assert (table.rows[1].cells[0].span, table.rows[0].cells[5].column) == (6, 5)


def test_it_reads_a_merge_down_as_continued_cells(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["TT", "Tiêu chuẩn", "Tiêu chí"], [1, "Tiêu chuẩn 1", "1.1"], [2, None, "1.2"]):
        sheet.append(row)
    sheet.merge_cells("B2:B3")
    raw = read_workbook(_save(book, tmp_path / "a.xlsx"), 10**7)
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
    raw = read_workbook(_save(book, tmp_path / "a.xlsx"), 10**7)
    assert _texts(raw.blocks) == [
        [["TT", "Tiêu chí", "Giải pháp"], ["1", "Tiêu chí 1.1", "Họp tổ"]]
    ]


def test_it_joins_rich_text_runs(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active["A1"] = CellRichText(
        [TextBlock(InlineFont(b=True), "Tiêu chí 1.1: "), "Phương hướng, chiến lược"]
    )
    raw = read_workbook(_save(book, tmp_path / "a.xlsx"), 10**7)
    assert _texts(raw.blocks) == ["Tiêu chí 1.1: Phương hướng, chiến lược"]


def _package(path: Path, sheet_xml: str, extra: dict[str, bytes] | None = None) -> Path:
    """A minimal workbook written by hand: one sheet, no styles, inline strings."""
    main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    parts = {
        "[Content_Types].xml": b"<Types/>",
        "xl/workbook.xml": (
            f'<workbook {main} {rel}><sheets><sheet name="KH" sheetId="1" r:id="rId1"/>'
            "</sheets></workbook>"
        ).encode(),
        "xl/_rels/workbook.xml.rels": (
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/>'
            b"</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": f"<worksheet {main}>{sheet_xml}</worksheet>".encode(),
        **(extra or {}),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_it_reads_a_formula_by_its_cached_value_and_never_evaluates_it(tmp_path: Path) -> None:
    path = _package(
        tmp_path / "a.xlsx",
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Tổng</t></is></c>'
        '<c r="B1"><f>SUM(B2:B9)</f><v>4500000</v></c>'
        '<c r="C1" t="str"><f>"A"&amp;"B"</f><v>AB</v></c>'
        '<c r="D1"><f>1+1</f></c></row></sheetData>',
    )
    assert _texts(read_workbook(path, 10**7).blocks) == [[["Tổng", "4.500.000", "AB"]]]


def test_it_bounds_the_work_by_the_data_not_the_used_range(tmp_path: Path) -> None:
    path = _package(
        tmp_path / "a.xlsx",
        '<dimension ref="A1:XFD1048576"/><sheetData><row r="1">'
        '<c r="A1" t="inlineStr"><is><t>KẾ HOẠCH_x000D_\nnăm học</t></is></c></row>'
        "</sheetData>"
        '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
    )
    started = time.perf_counter()
    raw = read_workbook(path, 10**7)
    assert time.perf_counter() - started < 1
    assert _texts(raw.blocks) == ["KẾ HOẠCH", "năm học"]


def test_it_scores_a_workbook_by_its_content_not_its_name(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    path = _save(book, tmp_path / "ke-hoach.docx")
    head = path.read_bytes()[:HEAD_BYTES]
    assert SheetReader().score(head, path) == 0.95
    best = max(readers(), key=lambda reader: reader.score(head, path))
    assert best.name == "xlsx"


def test_it_finds_the_workbook_part_past_the_head_in_the_central_directory(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("docProps/thumbnail.bin", bytes(range(256)) * 64)
        archive.writestr("xl/workbook.xml", b"<workbook/>")
    head = path.read_bytes()[:HEAD_BYTES]
    assert b"xl/" not in head
    assert SheetReader().score(head, path) == 0.95


def _marks_sheet(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Điểm HK1"
    sheet.append(["STT", "Họ và tên", "Toán", "Ngữ văn", "Tiếng Anh"])
    sheet.append([1, "Nguyễn Văn An", 8.5, 7, 9])
    sheet.append([2, "Trần Thị Bình", 9, 8.25, 7.5])
    return _save(book, path)


def _password_protected(path: Path) -> Path:
    path.write_bytes(
        compound_file({"EncryptionInfo": b"\x04" * 4096, "EncryptedPackage": b"\x07" * 8192})
    )
    return path


def _declared_too_big(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("xl/workbook.xml", b"<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", bytes(24 * 1024 * 1024))
    return path


def _binary_workbook(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00" * 50)
    return path


BAD_WORKBOOKS = [
    (_binary_workbook, "Excel nhị phân"),
    (_marks_sheet, "không phải kế hoạch"),
    (_password_protected, "mật khẩu"),
    (_declared_too_big, "vượt quá giới hạn"),
]


@pytest.mark.parametrize(
    ("make", "expected"), BAD_WORKBOOKS, ids=lambda v: getattr(v, "__name__", "")
)
def test_it_refuses_workbooks_that_are_not_readable_plans(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object, expected: str
) -> None:
    path = make(tmp_path / "bang-tinh.xlsx")  # type: ignore[operator]
    started = time.perf_counter()
    with pytest.raises(DocumentError, match=expected):
        import_plan(path)
    assert time.perf_counter() - started < 5
    assert main(["import", str(path)]) == 2
    captured = capsys.readouterr()
    assert expected in captured.err and captured.out == ""
    assert captured.err.count("\n") == 1


def test_it_refuses_a_workbook_without_a_visible_sheet(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active["A1"] = "Kế hoạch cải tiến chất lượng"
    source = io.BytesIO()
    book.save(source)
    # openpyxl refuses to save a workbook whose every sheet is hidden: set the flag in the XML.
    path = tmp_path / "an.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as target:
        for info in original.infolist():
            part = original.read(info)
            if info.filename == "xl/workbook.xml":
                part = part.replace(b'state="visible" r:id', b'state="hidden" r:id')
            target.writestr(info, part)
    with pytest.raises(DocumentError, match="không có trang tính"):
        SheetReader().extract(path, ImportContext())


def test_it_imports_a_workbook_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from caitien.exporters import write_plan
    from tests.core.exporters.helpers import plan_2026

    path = tmp_path / "ke-hoach.xlsx"
    write_plan(plan_2026(), path)
    assert main(["import", str(path)]) == 0
    out = capsys.readouterr().out
    assert '"form": "2026"' in out and plan_2026().items[0].actions[:20] in out


def test_it_keeps_the_body_above_a_closing_block_out_of_it(tmp_path: Path) -> None:
    # Tổ chức thực hiện's lines run down column A right above "Nơi nhận:" | "HIỆU TRƯỞNG";
    # only the bullets below "Nơi nhận:" and the name under the title join the block.
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (
        ["VI. TỔ CHỨC THỰC HIỆN"],
        ["1. Hiệu trưởng"],
        ["Nơi nhận:", None, None, "HIỆU TRƯỞNG"],
        ["- Lưu: VT."],
        [None, None, None, "Nguyễn Văn An"],
        ["Trên đây là kế hoạch."],
    ):
        sheet.append(row)
    raw = read_workbook(_save(book, tmp_path / "a.xlsx"), 10**7)
    assert _texts(raw.blocks) == [
        "VI. TỔ CHỨC THỰC HIỆN",
        "1. Hiệu trưởng",
        [["Nơi nhận:\n- Lưu: VT.", "HIỆU TRƯỞNG\nNguyễn Văn An"]],
        "Trên đây là kế hoạch.",
    ]


def test_it_takes_an_empty_row_as_the_end_of_a_block(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["SỞ GD&ĐT", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    sheet.append([])
    sheet.append(["KẾ HOẠCH"])
    raw = read_workbook(_save(book, tmp_path / "a.xlsx"), 10**7)
    assert _texts(raw.blocks) == [
        [["SỞ GD&ĐT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]],
        "KẾ HOẠCH",
    ]


def test_there_are_golden_workbooks_of_both_forms() -> None:
    forms = {load_plan(path.with_suffix(".plan.json")).form for path in GOLDEN}
    assert len(GOLDEN) >= 6 and forms == {"2018", "2026"}


@pytest.mark.parametrize("workbook", GOLDEN, ids=[path.name for path in GOLDEN])
def test_it_imports_each_golden_workbook_exactly(workbook: Path) -> None:
    truth = load_plan(workbook.with_suffix(".plan.json"))
    result = import_plan(workbook)
    score = score_plan(result.plan, truth)
    assert result.reader == "xlsx"
    assert (score.accuracy, [str(m) for m in score.mismatches]) == (1.0, [])


def test_the_command_line_help_names_excel_workbooks(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps the description
    assert "bảng tính Excel (.xlsx; .xls và .ods qua LibreOffice)" in out


def test_it_bounds_the_work_of_thousands_of_tall_merged_ranges(tmp_path: Path) -> None:
    ranges = "".join(f'<mergeCell ref="{c}1:{c}60000"/>' for c in ("A", "B", "C", "D") * 2000)
    path = _package(
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
    path = _package(tmp_path / "a.xlsx", sheet_xml)
    try:
        read_workbook(path, 10**7)
    except DocumentError as error:
        assert "bị hỏng" in str(error) and path.name in str(error)


def test_it_knows_our_export_by_its_headings_even_with_its_tabs_renamed(tmp_path: Path) -> None:
    from caitien.exporters import write_plan
    from tests.core.exporters.helpers import plan_2026

    path = tmp_path / "ke-hoach.xlsx"
    write_plan(plan_2026(), path)
    book = openpyxl.load_workbook(path)
    for number, sheet in enumerate(book.worksheets, start=1):
        sheet.title = f"Trang {number}"
    book.save(path)
    score = score_plan(import_plan(path).plan, plan_2026())
    assert (score.accuracy, score.mismatches) == (1.0, [])


def test_it_reads_a_sheet_of_one_row_per_criterion_with_the_standard_in_its_own_column(
    tmp_path: Path,
) -> None:
    # A supervisor's collection sheet: no header, no title, "Tiêu chuẩn" holds the number
    # and "Tiêu chí" the code; the bare standard column must not be taken for the criterion.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["TT", "Tiêu chuẩn", "Tiêu chí", "Kết quả cần đạt", "Công việc/giải pháp"])
    sheet.append([1, 1, "1.1", "Giữ vững Mức 2", "Rà soát chiến lược"])
    sheet.append([2, 2, "2.1", "Đạt Mức 3", "Bồi dưỡng hiệu trưởng"])
    items = import_plan(_save(book, tmp_path / "tong-hop.xlsx")).plan.items
    assert [(i.standard, i.criterion, i.target_level, i.actions) for i in items] == [
        (1, "1.1", 2, "Rà soát chiến lược"),
        (2, "2.1", 3, "Bồi dưỡng hiệu trưởng"),
    ]


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
    path = _package(
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
    assert _texts(raw.blocks) == ["KẾ HOẠCH"] and raw.notes == []


def test_it_splits_a_sheet_ruled_all_over_where_a_heading_line_stands_above_headings(
    tmp_path: Path,
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (
        ["IV. TÓM TẮT CÁC VẤN ĐỀ"],
        ["TT", "Tiêu chuẩn", "Điểm hạn chế"],
        [1, "Tiêu chuẩn 1", "Hồ sơ chưa đủ"],
        ["V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"],
        ["TT", "Nội dung cải tiến", "Mục tiêu cải tiến"],
        ["Tiêu chuẩn 1: Quản trị nhà trường"],
        [1, "Cập nhật hồ sơ (Tiêu chí 1.3)", "Đủ hồ sơ"],
    ):
        sheet.append(row)
    for row in sheet.iter_rows(max_col=3):
        for cell in row:
            cell.border = GRID
    raw = read_workbook(_save(book, tmp_path / "a.xlsx"), 10**7)
    assert _texts(raw.blocks) == [
        "IV. TÓM TẮT CÁC VẤN ĐỀ",
        [["TT", "Tiêu chuẩn", "Điểm hạn chế"], ["1", "Tiêu chuẩn 1", "Hồ sơ chưa đủ"]],
        "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
        [
            ["TT", "Nội dung cải tiến", "Mục tiêu cải tiến"],
            ["Tiêu chuẩn 1: Quản trị nhà trường", "", ""],
            ["1", "Cập nhật hồ sơ (Tiêu chí 1.3)", "Đủ hồ sơ"],
        ],
    ]


def _biff_stream(*records: tuple[int, bytes]) -> bytes:
    """A BIFF8 workbook stream: BOF, the records given, EOF, padded to a regular stream."""
    out = struct.pack("<HH", 0x0809, 16) + bytes(16)
    for kind, data in records:
        out += struct.pack("<HH", kind, len(data)) + data
    out += struct.pack("<HH", 0x000A, 0)
    return out + bytes(4096 - len(out))


def test_it_takes_an_excel_97_workbook_from_the_doc_reader(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.xls"
    path.write_bytes(compound_file({"Workbook": _biff_stream()}))
    head = path.read_bytes()[:HEAD_BYTES]
    best = max(readers(), key=lambda reader: reader.score(head, path))
    assert (best.name, best.score(head, path)) == ("xlsx", 0.95)


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (
            lambda path: path.write_bytes(
                compound_file({"Workbook": _biff_stream((0x002F, b"\x01\x00" + bytes(52)))})
            ),
            "mật khẩu",
        ),
        (
            lambda path: _zip_parts(
                path,
                {
                    "mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                    "META-INF/manifest.xml": b"<manifest><file-entry><encryption-data/>"
                    b"</file-entry></manifest>",
                    "content.xml": b"\x13\x37" * 100,
                },
            ),
            "mật khẩu",
        ),
    ],
    ids=["xls-filepass", "ods-encrypted"],
)
def test_it_refuses_an_encrypted_old_workbook_before_asking_libreoffice(
    tmp_path: Path, make: object, expected: str
) -> None:
    path = tmp_path / "bang-tinh"
    make(path)  # type: ignore[operator]
    context = ImportContext(soffice="khong-co-libreoffice")
    with pytest.raises(DocumentError, match=expected):
        import_plan(path, context)


def test_it_says_an_old_workbook_needs_libreoffice_when_it_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.xls"
    path.write_bytes(compound_file({"Workbook": _biff_stream()}))
    with pytest.raises(DocumentError, match=r"Excel 97–2003 \(\.xls\), cần LibreOffice"):
        import_plan(path, ImportContext(soffice="khong-co-libreoffice"))


def _zip_parts(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(
                name, data, zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            )
    return path


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
    raw = read_workbook(_save(book, tmp_path / "a.xlsx"), 10**7)
    assert _texts(raw.blocks) == [
        [
            ["TT", "Tiêu chí", "Giải pháp"],
            ["1", "Tiêu chí 1.1", "Lọc ẩn"],
            ["2", "Tiêu chí 2.1", "Gộp nhóm"],
            ["3", "Tiêu chí 3.1", "Hiện"],
        ]
    ]


def test_it_joins_a_split_time_whose_start_spans_two_merged_columns(tmp_path: Path) -> None:
    # A Word plan pasted into a sheet: Word's spacer column leaves "Bắt đầu" over two cells.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt", "Giải pháp", "Thời gian"])
    sheet.append([None, None, None, None, "Bắt đầu", None, "Kết thúc"])
    sheet.append([1, "Tiêu chí 1.1", "Giữ vững Mức 2", "Rà soát", "Tháng 9/2025", None, "5/2026"])
    for area in ("A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1", "E2:F2", "E3:F3"):
        sheet.merge_cells(area)
    (item,) = import_plan(_save(book, tmp_path / "a.xlsx")).plan.items
    assert item.timeline == "Tháng 9/2025 - 5/2026"


def test_it_cuts_an_unruled_run_into_tables_and_lines_without_blank_rows(tmp_path: Path) -> None:
    # A Word plan pasted into a sheet: no rules, no blank rows between the parts.
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (
        ["IV. TÓM TẮT CÁC VẤN ĐỀ"],
        ["TT", "Tiêu chuẩn", "Điểm hạn chế"],
        [1, "Tiêu chuẩn 1", "Hồ sơ chưa đủ"],
        ["V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"],
        ["TT", "Nội dung cải tiến", "Mục tiêu cải tiến"],
        ["Tiêu chuẩn 1: Quản trị nhà trường"],
        [1, "Cập nhật hồ sơ (Tiêu chí 1.3)", "Đủ hồ sơ"],
        ["Tổng cộng", "30.000.000"],
        ["VII. TỔ CHỨC THỰC HIỆN"],
        ["1. Hiệu trưởng"],
        ["Nơi nhận:", None, "HIỆU TRƯỞNG"],
    ):
        sheet.append(row)
    raw = read_workbook(_save(book, tmp_path / "a.xlsx"), 10**7)
    assert _texts(raw.blocks) == [
        "IV. TÓM TẮT CÁC VẤN ĐỀ",
        [["TT", "Tiêu chuẩn", "Điểm hạn chế"], ["1", "Tiêu chuẩn 1", "Hồ sơ chưa đủ"]],
        "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
        [
            ["TT", "Nội dung cải tiến", "Mục tiêu cải tiến"],
            ["Tiêu chuẩn 1: Quản trị nhà trường", "", ""],
            ["1", "Cập nhật hồ sơ (Tiêu chí 1.3)", "Đủ hồ sơ"],
            ["Tổng cộng", "30.000.000", ""],
        ],
        "VII. TỔ CHỨC THỰC HIỆN",
        "1. Hiệu trưởng",
        [["Nơi nhận:", "HIỆU TRƯỞNG"]],
    ]


def test_it_reads_a_standard_row_right_under_a_heading_row_with_merged_headings(
    tmp_path: Path,
) -> None:
    # "Kết quả cần đạt" merged over two columns, then "TIÊU CHUẨN 2. …" across the table:
    # a row across the table heads no column, it is the standard's row.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["TT", "Tiêu chí", "Kết quả cần đạt", None, "Giải pháp", "Thời gian"])
    sheet.append(["TIÊU CHUẨN 2. CÁN BỘ QUẢN LÝ, GIÁO VIÊN, NHÂN VIÊN VÀ HỌC SINH"])
    sheet.append([1, "Tiêu chí 2.2: Đối với giáo viên", "Đạt Mức 3", None, "Bồi dưỡng", "9/2025"])
    for area in ("C1:D1", "A2:F2", "C3:D3"):
        sheet.merge_cells(area)
    plan = import_plan(_save(book, tmp_path / "a.xlsx")).plan
    assert [(i.standard, i.criterion, i.target_level) for i in plan.items] == [(2, "2.2", 3)]


def test_it_folds_sheet_columns_where_no_cell_starts_into_the_column_on_their_left(
    tmp_path: Path,
) -> None:
    # Three headings merged over two sheet columns each, the body cells unmerged and
    # empty on the right: the table has the three columns the form has.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Thời điểm", None, "Nội dung theo dõi", None, "Người đánh giá", None])
    sheet.append(["Cuối học kỳ I", None, "Tiến độ", None, "Hiệu trưởng", None])
    for area in ("A1:B1", "C1:D1", "E1:F1"):
        sheet.merge_cells(area)
    (table,) = read_workbook(_save(book, tmp_path / "a.xlsx"), 10**7).blocks
    assert isinstance(table, Table) and table.columns == 3
    assert [(c.column, c.span, c.text) for c in table.rows[0].cells] == [
        (0, 1, "Thời điểm"),
        (1, 1, "Nội dung theo dõi"),
        (2, 1, "Người đánh giá"),
    ]


def test_it_keeps_an_empty_column_of_a_table_continued_without_its_headings(
    tmp_path: Path,
) -> None:
    # The continuation's columns must line up with the heading row of the table before it.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["TT", "Tiêu chí", "Kết quả cần đạt", "Giải pháp"])
    sheet.append([])
    sheet.append([1, "Tiêu chí 1.1", None, "Rà soát"])
    sheet.append([2, "Tiêu chí 1.2", None, "Họp tổ"])
    blocks = read_workbook(_save(book, tmp_path / "a.xlsx"), 10**7).blocks
    assert _texts(blocks)[1] == [
        ["1", "Tiêu chí 1.1", "", "Rà soát"],
        ["2", "Tiêu chí 1.2", "", "Họp tổ"],
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
    path = _package(
        tmp_path / "a.xlsx",
        '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>',
        {"xl/_rels/workbook.xml.rels": rels, "xl/SharedStrings.xml": strings},
    )
    assert _texts(read_workbook(path, 10**7).blocks) == ["KẾ HOẠCH"]
