"""The spreadsheet reader as an importer: detection by content, refusals (not a plan, a
password, a zip bomb, a binary workbook, no visible sheet), .xls and ODS through
LibreOffice, our own export read back, the goldens, the CLI, and the mapping rules that
spreadsheets needed (a bare standard column, a split time over merged cells, a standard
row under merged headings).
"""

from __future__ import annotations

import io
import struct
import time
import zipfile
from typing import TYPE_CHECKING

import openpyxl
import pytest

from caitien.cli import main
from caitien.errors import DocumentError
from caitien.importers import HEAD_BYTES, ImportContext, import_plan, readers
from caitien.importers.sheet import SheetReader
from caitien.plan import load_plan
from caitien.scoring import score_plan
from tests.conftest import SAMPLES
from tests.core.importers.sheet_helpers import save
from tests.core.importers.test_bad_word_files import compound_file

if TYPE_CHECKING:
    from pathlib import Path

GOLDEN = sorted((SAMPLES / "xlsx").glob("*.xlsx"))


def test_it_scores_a_workbook_by_its_content_not_its_name(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    path = save(book, tmp_path / "ke-hoach.docx")
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
    return save(book, path)


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
    (_password_protected, "mật khẩu: hãy mở trong Word hoặc Excel"),
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


def test_it_tells_to_resave_a_workbook_with_a_damaged_part_in_excel(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active["A1"] = "Kế hoạch cải tiến chất lượng"
    source = io.BytesIO()
    book.save(source)
    path = tmp_path / "hong.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as target:
        for info in original.infolist():
            target.writestr(info, original.read(info))
    data = bytearray(path.read_bytes())
    at = data.index(b"xl/worksheets/sheet1.xml") + len(b"xl/worksheets/sheet1.xml") + 5
    data[at : at + 4] = b"\xff\xff\xff\xff"  # the stored part's bytes no longer match its CRC
    path.write_bytes(bytes(data))
    # The advice is Excel's, not the Word reader's default.
    with pytest.raises(DocumentError, match=r"sheet1\.xml.*lưu thành \.xlsx\.$"):
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
    items = import_plan(save(book, tmp_path / "tong-hop.xlsx")).plan.items
    assert [(i.standard, i.criterion, i.target_level, i.actions) for i in items] == [
        (1, "1.1", 2, "Rà soát chiến lược"),
        (2, "2.1", 3, "Bồi dưỡng hiệu trưởng"),
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


def test_it_joins_a_split_time_whose_start_spans_two_merged_columns(tmp_path: Path) -> None:
    # A Word plan pasted into a sheet: Word's spacer column leaves "Bắt đầu" over two cells.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt", "Giải pháp", "Thời gian"])
    sheet.append([None, None, None, None, "Bắt đầu", None, "Kết thúc"])
    sheet.append([1, "Tiêu chí 1.1", "Giữ vững Mức 2", "Rà soát", "Tháng 9/2025", None, "5/2026"])
    for area in ("A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1", "E2:F2", "E3:F3"):
        sheet.merge_cells(area)
    (item,) = import_plan(save(book, tmp_path / "a.xlsx")).plan.items
    assert item.timeline == "Tháng 9/2025 - 5/2026"


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
    plan = import_plan(save(book, tmp_path / "a.xlsx")).plan
    assert [(i.standard, i.criterion, i.target_level) for i in plan.items] == [(2, "2.2", 3)]


@pytest.mark.parametrize("heading", ["Tên tiêu chí", "Nội dung tiêu chí"])
def test_it_reads_a_criterion_title_written_in_a_column_of_its_own(
    tmp_path: Path, heading: str
) -> None:
    # Codes in "Tiêu chí", titles beside them; a MỨC 4 row has a title and no code.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["TT", "Tiêu chí", heading, "Kết quả cần đạt", "Công việc/giải pháp"])
    sheet.append([1, "1.4", "Hiệu trưởng, phó hiệu trưởng", "Giữ vững Mức 2", "Rà soát"])
    sheet.append(["MỨC 4"])
    sheet.append([2, None, "Thư viện điện tử", "Đạt Mức 4", "Số hóa"])
    items = import_plan(save(book, tmp_path / "a.xlsx")).plan.items
    assert [(i.criterion, i.criterion_title, i.actions) for i in items] == [
        ("1.4", "Hiệu trưởng, phó hiệu trưởng", "Rà soát"),
        (None, "Thư viện điện tử", "Số hóa"),
    ]
