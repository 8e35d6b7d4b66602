"""Section headings (``_mapping._headings``): which lines open a section, by words and numbering.

Covers: every numbering schools use ("IV.", "PHẦN IV.", "4." in capitals or
sentence case, "D.", none) read by the heading's words; the points inside a
section that look like headings ("3. Kế hoạch năm học 2026 - 2027 …", "1. Hiệu
trưởng", a lettered point, a capitals line in a table or before the title)
staying points; the first heading setting the numbering.
"""

from __future__ import annotations

import pytest

from caitien.importers._mapping._headings import Numbering, heading_kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN", "problems"),
        ("PHẦN VII. TỔ CHỨC THỰC HIỆN", "organization"),
        ("Phần II: Căn cứ xây dựng kế hoạch", "bases"),
        ("Phần thứ tư: Tóm tắt các vấn đề trọng tâm cần cải tiến", "problems"),
        ("IV TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN", "problems"),
        ("4. Tóm tắt các vấn đề trọng tâm cần cải tiến", "problems"),
        ("D. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN", "problems"),
        ("Đ. Kế hoạch cải tiến chất lượng", "table"),
        ("GIÁM SÁT, ĐÁNH GIÁ VIỆC THỰC HIỆN KẾ HOẠCH", "monitoring"),
        ("MỤC TIÊU, YÊU CẦU", "purposes"),
        ("VI. KIỂM TRA, ĐÁNH GIÁ VIỆC THỰC HIỆN", "monitoring"),
        ("VII. PHÂN CÔNG THỰC HIỆN", "organization"),
        ("VII. PHÂN CÔNG THỰC HIỆN KẾ HOẠCH", "organization"),
        ("II. CƠ SỞ XÂY DỰNG KẾ HOẠCH", "bases"),
        ("II. CƠ SỞ PHÁP LÝ", "bases"),
        ("V. KIẾN NGHỊ", "other"),
        ("4. Tóm tắt các vấn đề trọng tâm cần cải tiến (Phụ lục kèm theo)", "problems"),
        ("PHẦN VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (Giám sát nội bộ)", "monitoring"),
        ("TỔ CHỨC THỰC HIỆN (kèm theo phụ lục)", "organization"),
    ],
)
def test_it_reads_a_first_heading_by_its_words_whatever_its_numbering(text: str, kind: str) -> None:
    numbering = Numbering(last=3)
    assert heading_kind(text, numbering, after_title=True, in_table=False) == kind


@pytest.mark.parametrize(
    ("style", "last", "text"),
    [
        # sentence case: only the next section number, short, without figures or a full stop
        ("arabic", 2, "3. Kế hoạch năm học 2026 - 2027 của nhà trường"),
        ("arabic", 2, "3. Kế hoạch giáo dục của nhà trường;"),
        ("arabic", 2, "2. Kế hoạch giáo dục của nhà trường"),
        ("arabic", 7, "1. Hiệu trưởng"),
        # once Roman headings are seen, no other numbering opens a section
        ("roman", 0, "1. THÔNG TIN CHUNG"),
        ("roman", 0, "A. MỤC ĐÍCH"),
        ("roman", 0, "TỔ CHỨC THỰC HIỆN"),
        ("letter", 0, "KẾ HOẠCH CẢI TIẾN"),
        ("bare", 0, "a) Kế hoạch của nhà trường"),
        (None, 0, "Tổ chức thực hiện"),
        (None, 0, "Phần thứ hai của kế hoạch được điều chỉnh theo tình hình thực tế."),
        (None, 0, "VI Theo dõi việc thực hiện"),
        (None, 0, "IV CỘNG HÒA"),
    ],
)
def test_it_keeps_a_point_that_looks_like_a_heading_a_point(
    style: str | None, last: int, text: str
) -> None:
    assert heading_kind(text, Numbering(style, last), after_title=True, in_table=False) is None


def test_it_takes_a_capitals_line_as_a_heading_only_after_the_title_and_outside_tables() -> None:
    line = "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"
    assert heading_kind(line, Numbering(), after_title=False, in_table=False) is None
    assert heading_kind(line, Numbering(), after_title=True, in_table=True) is None
    assert heading_kind(line, Numbering(), after_title=True, in_table=False) == "table"


def test_it_sets_the_numbering_from_the_first_heading() -> None:
    numbering = Numbering()
    assert heading_kind("3. Mục đích, yêu cầu", Numbering(), True, False) is None  # not the next
    assert heading_kind("1. Thông tin chung", numbering, True, False) == "general_info"
    assert (numbering.style, numbering.last) == ("arabic", 1)
    assert heading_kind("2. Căn cứ xây dựng kế hoạch", numbering, True, False) == "bases"
    assert heading_kind("CĂN CỨ PHÁP LÝ", numbering, True, False) is None
