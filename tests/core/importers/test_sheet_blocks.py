"""The blocks a sheet gives: title rows, side-by-side header and closing blocks, empty rows,
ruled and unruled tables cut at their heading rows, columns folded under merged cells.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import openpyxl

from caitien.importers._document import Table
from caitien.importers.sheet import read_workbook
from tests.core.importers.sheet_helpers import GRID, save, texts

if TYPE_CHECKING:
    from pathlib import Path


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
    raw = read_workbook(save(book, tmp_path / "a.xlsx"), 10**7)
    assert texts(raw.blocks) == [
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
    raw = read_workbook(save(book, tmp_path / "a.xlsx"), 10**7)
    assert texts(raw.blocks) == [
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
    raw = read_workbook(save(book, tmp_path / "a.xlsx"), 10**7)
    assert texts(raw.blocks) == [
        [["SỞ GD&ĐT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]],
        "KẾ HOẠCH",
    ]


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
    raw = read_workbook(save(book, tmp_path / "a.xlsx"), 10**7)
    assert texts(raw.blocks) == [
        "IV. TÓM TẮT CÁC VẤN ĐỀ",
        [["TT", "Tiêu chuẩn", "Điểm hạn chế"], ["1", "Tiêu chuẩn 1", "Hồ sơ chưa đủ"]],
        "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
        [
            ["TT", "Nội dung cải tiến", "Mục tiêu cải tiến"],
            ["Tiêu chuẩn 1: Quản trị nhà trường", "", ""],
            ["1", "Cập nhật hồ sơ (Tiêu chí 1.3)", "Đủ hồ sơ"],
        ],
    ]


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
    raw = read_workbook(save(book, tmp_path / "a.xlsx"), 10**7)
    assert texts(raw.blocks) == [
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
    (table,) = read_workbook(save(book, tmp_path / "a.xlsx"), 10**7).blocks
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
    blocks = read_workbook(save(book, tmp_path / "a.xlsx"), 10**7).blocks
    assert texts(blocks)[1] == [
        ["1", "Tiêu chí 1.1", "", "Rà soát"],
        ["2", "Tiêu chí 1.2", "", "Họp tổ"],
    ]


def test_it_takes_a_hidden_row_for_no_gap(tmp_path: Path) -> None:
    # A helper row hidden inside a table without rules: the table stays one.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["TT", "Tiêu chí", "Giải pháp"])
    sheet.append(["", "Dòng phụ", "ẩn"])
    sheet.append([1, "Tiêu chí 1.1", "Rà soát"])
    sheet.row_dimensions[2].hidden = True
    blocks = read_workbook(save(book, tmp_path / "a.xlsx"), 10**7).blocks
    assert texts(blocks) == [[["TT", "Tiêu chí", "Giải pháp"], ["1", "Tiêu chí 1.1", "Rà soát"]]]
