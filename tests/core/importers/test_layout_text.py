"""Text laid out in columns by spaces (pdftotext -layout): tables cut by column positions."""

from __future__ import annotations

import pytest

from caitien.importers._document import Table
from caitien.importers._layouttext import find_tables, rebuild_table
from caitien.importers.text import split_blocks

EDGES = (0, 11, 27, 42, 57, 72, 87)


def _line(*cells: str) -> str:
    """A line with its texts at the column edges: "" skips a column, "+" joins the text before."""
    line = ""
    for edge, text in zip(EDGES, cells, strict=False):
        if text.startswith("+"):
            line += " " + text[1:]
        elif text:
            line = line.ljust(edge) + text
    return line


def _at(*placed: tuple[int, str]) -> str:
    line = ""
    for position, text in placed:
        line = line.ljust(position) + text
    return line


# Labels centred in their columns, so inside the edges.
HEADING = [
    _at(
        (3, "STT"),
        (13, "Tiêu chuẩn,"),
        (28, "Mục tiêu cần"),
        (43, "Nội dung cải"),
        (60, "Biện pháp"),
        (77, "Điều"),
        (89, "Kinh phí"),
    ),
    _at(
        (15, "tiêu chí"),
        (33, "đạt"),
        (47, "tiến"),
        (60, "thực hiện"),
        (74, "kiện/Nguồn"),
        (89, "dự kiến"),
    ),
]
# A 2018 table in its own column order (the support before the budget), cells touching with
# one space ("Đạt Mức hai Nâng"), a row broken by a page under a repeated heading.
LINES = [
    "III. NỘI DUNG KẾ HOẠCH",
    "",
    *HEADING,
    "MỨC 1, 2, 3",
    "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh",
    _line(
        "2",
        "TC2.2: Đối",
        "Đạt Mức hai",
        "+Nâng tỷ lệ",
        "- Cử 03 giáo",
        "Phòng GDĐT",
        "+5.000.000,đ",
    ),
    _line("", "với giáo viên", "", "giáo viên trên", "+viên học.", "hỗ trợ"),
    _line("", "", "", "chuẩn."),
    _line("3", "Tiêu chí 2.3:", "Phấn đấu", "Nhân viên", "Cử nhân viên", "", "Không"),
    _line("", "Đối với nhân", "+mức 2", "đạt chuẩn.", "dự lớp."),
    _line("", "viên"),
    *HEADING,
    _line("", "", "", "", "bồi dưỡng."),
    "IV. TỔ CHỨC THỰC HIỆN",
]


def _texts(table: Table) -> list[dict[int, str]]:
    return [{cell.column: cell.text for cell in row.cells} for row in table.rows]


def test_it_finds_a_table_from_its_heading_block_to_the_next_section() -> None:
    assert find_tables(LINES) == [(2, 15)]


def test_it_cuts_cells_at_the_column_edges_and_drops_the_repeated_heading() -> None:
    rows = _texts(rebuild_table(LINES[2:15]))
    assert rows[0][3] == "Nội dung cải tiến" and rows[0][5] == "Điều kiện/Nguồn"
    assert rows[1] == {0: "MỨC 1, 2, 3"}
    assert rows[2] == {0: "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh"}
    assert rows[3] == {
        0: "2",
        1: "TC2.2: Đối\nvới giáo viên",
        2: "Đạt Mức hai",
        3: "Nâng tỷ lệ\ngiáo viên trên\nchuẩn.",
        4: "- Cử 03 giáo\nviên học.",
        5: "Phòng GDĐT\nhỗ trợ",
        6: "5.000.000,đ",
    }
    # The line under the repeated heading continues the row broken by the page.
    assert rows[4][1] == "Tiêu chí 2.3:\nĐối với nhân\nviên"
    assert rows[4][2] == "Phấn đấu\nmức 2"
    assert rows[4][4] == "Cử nhân viên\ndự lớp.\nbồi dưỡng."
    assert rows[4][6] == "Không"
    assert len(rows) == 5


@pytest.mark.parametrize(
    ("line", "is_table"),
    [
        ("    TT    Tiêu chí    Kết quả cần đạt    Giải pháp    Thời gian    Ghi chú", True),
        ("1           Tiêu chí 1.4:   Giữ vững    - Mỗi tổ    Phó hiệu    3 tr", False),
        ("UBND XÃ CẨM XUYÊN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", False),
        ("Nơi nhận:                        HIỆU TRƯỞNG", False),
    ],
)
def test_it_knows_a_heading_line_by_its_labels(line: str, is_table: bool) -> None:
    assert bool(find_tables([line, ""])) is is_table


def test_it_reads_layout_text_as_paragraphs_around_the_table() -> None:
    blocks = split_blocks(["I. MỤC ĐÍCH, YÊU CẦU", "", *LINES])
    tables = [block for block in blocks if isinstance(block, Table)]
    assert len(tables) == 1
    assert len(blocks) == 4  # I., III., the table, IV.
