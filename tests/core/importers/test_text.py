"""The text reader: encodings, layouts rebuilt into paragraphs and tables, and its scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from caitien.errors import DocumentError
from caitien.importers import import_bytes, import_plan
from caitien.importers._document import Note, Paragraph, Table
from caitien.importers.text import TextReader, decode_text, split_blocks

PLAN = (
    "TRƯỜNG TIỂU HỌC HOA SEN\n"
    "KẾ HOẠCH\nCẢI TIẾN CHẤT LƯỢNG GIÁO DỤC\nNăm học 2025 – 2026\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao chất lượng dạy học.\n"
    "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC\n"
    "TT\tTiêu chuẩn, tiêu chí\tKết quả cần đạt\tCông việc/giải pháp\tChủ trì\tThời gian\n"
    "1\tTiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên\t\t\t\t\n"
    "\tTiêu chí 2.2: Đối với giáo viên\tPhấn đấu Mức 2\tBồi dưỡng giáo viên"
    "\tHiệu trưởng\tNăm học 2025-2026\n"
)


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Word wrote it: base letters with a combining tone mark."""
    import unicodedata

    out = b""
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            tone = next(mark for mark in parts if mark in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", parts.replace(tone, ""))
            out += base.encode("cp1258") + tone.encode("cp1258")
    return out


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-16-le", b""),
        ("utf-16-be", b""),
        ("cp1258", b""),
    ],
)
def test_it_decodes_each_encoding_to_the_same_plan(encoding: str, prefix: bytes) -> None:
    data = prefix + (_cp1258(PLAN) if encoding == "cp1258" else PLAN.encode(encoding))
    result = import_bytes(data, "ke-hoach.txt")
    assert result.reader == "text"
    assert result.plan.school.name == "Trường Tiểu học Hoa Sen"
    assert [item.criterion for item in result.plan.items] == ["2.2"]
    assert result.plan.items[0].target_level == 2


def test_it_normalises_decomposed_unicode_and_windows_line_endings() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", PLAN).replace("\n", "\r\n").replace(" ", "\u00a0", 3)
    result = import_bytes(text.encode("utf-8"), "nfd.txt")
    assert result.plan.items[0].criterion_title == "Đối với giáo viên"
    assert result.plan.document.school_year == "2025-2026"


@pytest.mark.parametrize(
    "head",
    [b"%PDF-1.7\n%\xe2\xe3", b"PK\x03\x04\x14\x00", b"\x00\x01\x02\x03binary\x00\xff" * 20],
)
def test_it_scores_other_formats_and_binary_data_zero(head: bytes) -> None:
    assert TextReader().score(head, Path("x.txt")) == 0.0


def test_it_rebuilds_pipe_separated_cells_and_rows() -> None:
    lines = [
        "III. NỘI DUNG",
        "TT |",
        "Tiêu chí 1.1 Phương hướng",
        "|",
        "Mức 2 |",
        "|||||",
        "VI. TỔ CHỨC",
    ]
    blocks = split_blocks(lines * 4)
    tables = [block for block in blocks if isinstance(block, Table)]
    assert [cell.text for cell in tables[0].rows[0].cells] == [
        "TT",
        "Tiêu chí 1.1 Phương hướng",
        "Mức 2",
    ]
    assert isinstance(blocks[-1], Paragraph)
    assert blocks[-1].text == "VI. TỔ CHỨC"


def test_it_rebuilds_one_cell_per_line_rows_with_continuations() -> None:
    row = ["\t1", "\tTiêu chí 1.4", "Hiệu trưởng", ""]
    blocks = split_blocks(["Mở đầu", "", "\tTT", "\tTiêu chí", "", *row * 4, "Kết thúc"])
    table = next(block for block in blocks if isinstance(block, Table))
    assert table.rows[1].cells[1].paragraphs == ["Tiêu chí 1.4", "Hiệu trưởng"]


def test_it_reads_empty_cells_written_as_blank_lines_in_one_cell_per_line_rows() -> None:
    heading = ["\tTT", "\tTiêu chí", "\tKết quả", "\tGhi chú", ""]
    part = ["\tMỨC 1", "", "", "", ""]
    item = ["", "\tTiêu chí 1.4", "Hiệu trưởng", "\tĐạt mức 2", "", ""]
    blocks = split_blocks(["Mở đầu", "", *heading, *part, *item * 3, "VI. TỔ CHỨC"])
    table = next(block for block in blocks if isinstance(block, Table))
    assert [[cell.paragraphs for cell in row.cells] for row in table.rows[1:3]] == [
        [["MỨC 1"], [], [], []],
        [[], ["Tiêu chí 1.4", "Hiệu trưởng"], ["Đạt mức 2"], []],
    ]
    assert len(table.rows) == 5
    assert blocks[-1] == Paragraph("VI. TỔ CHỨC")


def test_it_joins_a_wrapped_tab_row_into_the_row_above() -> None:
    lines = ["a\tb\tc\td", "\tTiêu chí 1.5\tSố lớp vượt\tKiến nghị", "\t\tquy định.\tphân tuyến"]
    table = split_blocks(lines)[0]
    assert isinstance(table, Table)
    assert len(table.rows) == 2
    assert table.rows[1].cells[2].paragraphs == ["Số lớp vượt", "quy định."]


def test_it_refuses_bytes_that_are_not_text() -> None:
    with pytest.raises(DocumentError, match="không phải tệp văn bản"):
        decode_text(b"abc\x00def", "x.txt")


def test_it_refuses_meeting_minutes_as_not_a_plan(tmp_path: Path) -> None:
    minutes = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBIÊN BẢN HỌP HỘI ĐỒNG SƯ PHẠM\n"
        "Thời gian: 14 giờ ngày 5 tháng 9 năm 2024.\nThành phần: toàn thể giáo viên.\n"
        "Nội dung: triển khai nhiệm vụ năm học mới.\nThư ký\tChủ tọa\n"
    )
    path = tmp_path / "bien-ban.txt"
    path.write_text(minutes, encoding="utf-8")
    with pytest.raises(DocumentError, match="không phải kế hoạch cải tiến chất lượng"):
        import_plan(path)


def test_it_rebuilds_a_table_whose_cells_come_as_wrapped_blocks() -> None:
    text = (
        "III. NỘI DUNG\n\nTT\nTiêu chuẩn, tiêu chí\nKết quả cần đạt\n\nCông việc/giải pháp\n\n"
        "MỨC 1, 2, 3\n\nTiêu chí 1.2: Hội\nđồng trường\n\nGiữ vững Mức 1.\n\n"
        "Rà soát quy chế hoạt động của hội\nđồng trường và công khai kết quả\n\n"
        "Hiệu\ntrưởng\n\nNăm học\n2024-2025\n\n5 triệu\nđồng\n\nCông đoàn\n\n"
        "IV. TỔ CHỨC THỰC HIỆN\n\n1. Hiệu trưởng\n"
    )
    notes: list[Note] = []
    blocks = split_blocks(text.split("\n"), notes)
    table = next(block for block in blocks if isinstance(block, Table))
    cells = [cell.text.replace("\n", " ") for cell in table.rows[-1].cells]
    assert cells[1:8] == [
        "Tiêu chí 1.2: Hội đồng trường",
        "Giữ vững Mức 1.",
        "Rà soát quy chế hoạt động của hội đồng trường và công khai kết quả",
        "Hiệu trưởng",
        "Năm học 2024-2025",
        "5 triệu đồng",
        "Công đoàn",
    ]
    assert notes
    assert isinstance(blocks[-1], Paragraph)


def test_it_imports_an_upload_named_with_folders_and_refuses_an_oversized_one() -> None:
    from caitien.importers import ImportContext

    result = import_bytes(PLAN.encode(), "../../ke hoach.txt")
    assert result.plan.items[0].criterion == "2.2"
    with pytest.raises(DocumentError, match="quá lớn"):
        import_bytes(PLAN.encode(), "x.txt", ImportContext(max_bytes=100))


def test_it_rebuilds_a_level_4_row_without_a_criterion_code() -> None:
    text = (
        "TT\nTiêu chuẩn, tiêu chí\nKết quả cần đạt\n\nCông việc/giải pháp\n\n"
        "MỨC 1, 2, 3\n\nTiêu chí 1.2\n\nGiữ vững Mức 1.\n\n"
        "MỨC 4\n\nThư viện xanh\ncho học sinh\n\nĐạt Mức 4.\n\n"
        "Trồng cây và đặt giá sách ở sân\ntrường cho học sinh đọc giờ chơi\n\n"
        "IV. TỔ CHỨC THỰC HIỆN\n\n1. Hiệu trưởng\n"
    )
    table = next(block for block in split_blocks(text.split("\n")) if isinstance(block, Table))
    cells = [cell.text.replace("\n", " ") for cell in table.rows[-1].cells]
    assert cells[1:4] == [
        "Thư viện xanh cho học sinh",
        "Đạt Mức 4.",
        "Trồng cây và đặt giá sách ở sân trường cho học sinh đọc giờ chơi",
    ]


def test_it_reads_rows_written_between_pipes_and_drops_the_rule_row() -> None:
    lines = [
        "IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN",
        "",
        "| TT | Tiêu chuẩn | Điểm hạn chế |",
        "|---|:---:|---|",
        "| 1 | Tiêu chuẩn 3 | Chưa theo dõi kịp thời |",
        "|  |  | học viên nghỉ dài ngày |",
        "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
        "|||||",
    ]
    blocks = split_blocks(lines)
    assert isinstance(blocks[0], Paragraph)
    table = blocks[1]
    assert isinstance(table, Table)
    assert [[cell.text for cell in row.cells] for row in table.rows] == [
        ["TT", "Tiêu chuẩn", "Điểm hạn chế"],
        ["1", "Tiêu chuẩn 3", "Chưa theo dõi kịp thời\nhọc viên nghỉ dài ngày"],
    ]
    assert [b.text for b in blocks[2:] if isinstance(b, Paragraph)] == [
        "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
        "|||||",
    ]


def test_it_keeps_header_lines_apart_and_opens_a_paragraph_at_each_point() -> None:
    lines = [
        "UBND XÃ CẨM XUYÊN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TRƯỜNG THCS LÊ QUÝ ĐÔN",
        "",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Xác định rõ những tiêu chí còn hạn",
        "chế sau tự đánh giá.",
        "2. Huy động mọi nguồn lực.",
        "",
        "- Thông tư số 18/2018/TT-BGDĐT;",
        "",
        "Kết thúc.",
    ]
    blocks = split_blocks(lines)
    assert [block.text for block in blocks if isinstance(block, Paragraph)] == [
        "UBND XÃ CẨM XUYÊN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TRƯỜNG THCS LÊ QUÝ ĐÔN",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Xác định rõ những tiêu chí còn hạn\nchế sau tự đánh giá.",
        "2. Huy động mọi nguồn lực.",
        "- Thông tư số 18/2018/TT-BGDĐT;",
        "Kết thúc.",
    ]
