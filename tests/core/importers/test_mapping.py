"""The shared mapping on small raw documents built inline: header, sections, tables, notes."""

from __future__ import annotations

import unicodedata

import pytest

from caitien.errors import DocumentError
from caitien.frameworks import list_frameworks, titles_match
from caitien.importers._document import Cell, Paragraph, RawDocument, Row, Table
from caitien.importers._mapping import map_document
from caitien.importers._mapping._points import points
from caitien.importers._mapping._table import column_roles, standard_by_title
from caitien.importers._mapping._titles import code_by_title
from caitien.importers._mapping._units import cells_words, has_digit
from caitien.normalise import ascii_fold, fold_text
from caitien.normalise._text import _fold_slowly

HEADING = [
    "TT",
    "Tiêu chuẩn, tiêu chí",
    "Kết quả cần đạt (so với hiện trạng)",
    "Công việc/giải pháp cần thực hiện",
    "Chủ trì và phối hợp thực hiện",
    "Thời gian thực hiện và hoàn thành",
    "Dự kiến kinh phí",
    "Điều kiện hỗ trợ khác",
    "Ghi chú",
]


def _row(*texts: str, continued: tuple[int, ...] = ()) -> Row:
    return Row(
        [
            Cell([text] if text else [], column, continued=column in continued)
            for column, text in enumerate(texts)
        ]
    )


def _wide(text: str) -> Row:
    return Row([Cell([text], 0, span=9)])


def _plan(*rows: Row, header: tuple[str, ...] = ("TRƯỜNG TIỂU HỌC AN PHÚ",)) -> RawDocument:
    blocks: list[Paragraph | Table] = [Paragraph(line) for line in header]
    blocks += [Paragraph("KẾ HOẠCH"), Paragraph("Cải tiến chất lượng giáo dục năm học 2024 - 2025")]
    blocks += [Paragraph("III. NỘI DUNG KẾ HOẠCH"), Table([_row(*HEADING), *rows], 9)]
    return RawDocument(blocks=blocks)


def test_it_reads_parts_standards_criteria_and_level_4_rows() -> None:
    raw = _plan(
        _wide("MỨC 1, 2, 3"),
        _row("1", "Tiêu chuẩn 2: Cán bộ quản lý", "", "", "", "", "", "", ""),
        _row(
            "",
            "Tiêu chí 2. 2: Đối với giáo viên",
            "Phấn đấu Mức 2",
            "Bồi dưỡng",
            "HT",
            "9/2024",
            "5.000.000đ",
            "",
            "",
        ),
        _wide("MỨC 4"),
        _row(
            "", "Trường có mô hình thư viện xanh", "Đạt Mức 4", "Xây dựng", "HT", "2025", "", "", ""
        ),
    )
    plan, _ = map_document(raw)
    first, level_4 = plan.items
    assert [(s.number, s.title) for s in plan.standards] == [(2, "Cán bộ quản lý")]
    assert (first.part, first.standard, first.criterion) == ("levels_1_3", 2, "2.2")
    assert (first.criterion_title, first.target_level, first.budget_vnd) == (
        "Đối với giáo viên",
        2,
        5000000,
    )
    assert (level_4.part, level_4.standard, level_4.criterion) == ("level_4", None, None)
    assert level_4.criterion_title == "Trường có mô hình thư viện xanh"


def test_it_skips_column_numbers_and_repeated_headings() -> None:
    numbers = _row(*(f"({n})" for n in range(1, 10)))
    criterion = _row("", "Tiêu chí 1.1", "Giữ vững Mức 1", "Rà soát", "HT", "2024", "", "", "")
    plan, _ = map_document(_plan(numbers, criterion, _row(*HEADING), criterion))
    assert [item.criterion for item in plan.items] == ["1.1", "1.1"]
    assert plan.items[0].criterion_title is None


@pytest.mark.parametrize(
    "total",
    [
        _row("", "Tổng cộng", "", "", "", "", "27.000.000", "", ""),
        _row("Tổng kinh phí:", "", "", "", "", "", "Tổng: 41.500.000 đồng", "", ""),
        Row([Cell(["Cộng"], 0, span=6), Cell(["12.000.000đ"], 6)]),
    ],
)
def test_it_leaves_a_total_row_out_of_the_plan_and_out_of_the_row_above(total: Row) -> None:
    criterion = _row(
        "", "Tiêu chí 1.1", "Giữ vững Mức 1", "Rà soát", "HT", "2024", "5 triệu", "", ""
    )
    plan, _ = map_document(_plan(criterion, total))
    assert [(item.criterion, item.budget) for item in plan.items] == [("1.1", "5 triệu")]


@pytest.mark.parametrize(
    ("row", "kept"),
    [
        (_row("TT", "Tiêu chí", "Kết quả", "Giải pháp", "Chủ trì", "Thời gian", "", "", ""), False),
        # An item whose cells open with heading words is still an item: its code is no heading.
        (
            _row("", "Tiêu chí 1.2", "Kết quả học tập", "Giải pháp A", "Chủ trì", "", "", "", ""),
            True,
        ),
    ],
)
def test_it_skips_the_heading_row_pasted_again_in_the_middle(row: Row, kept: bool) -> None:
    criterion = _row("", "Tiêu chí 1.1", "Giữ vững Mức 1", "Rà soát", "HT", "2024", "", "", "")
    plan, _ = map_document(_plan(criterion, row))
    assert len(plan.items) == (2 if kept else 1)


def test_it_repeats_a_vertically_merged_cell_and_notes_a_joined_row() -> None:
    raw = _plan(
        _row("", "Tiêu chí 1.1", "Mức 2", "Việc A", "Hiệu trưởng", "2024", "", "", ""),
        _row("", "Tiêu chí 1.2", "Mức 2", "Việc B", "", "2024", "", "", "", continued=(4,)),
        _row("", "", "", "tiếp theo trang sau", "", "", "", "", ""),
    )
    plan, notes = map_document(raw)
    assert plan.items[1].responsible == "Hiệu trưởng"
    assert plan.items[1].actions == "Việc B tiếp theo trang sau"
    assert [note.field for note in notes if note.field.startswith("items")] == ["items[1]"]


@pytest.mark.parametrize(
    ("header", "name", "body", "level"),
    [
        (
            ("UBND HUYỆN A", "TRƯỜNG MẦM NON SƠN CA"),
            "Trường Mầm non Sơn Ca",
            "UBND HUYỆN A",
            "mam_non",
        ),
        (("UBND XÃ B TRƯỜNG THCS LÝ TỰ TRỌNG",), "Trường THCS Lý Tự Trọng", "UBND XÃ B", "thcs"),
        (("TRƯỜNG TH&THCS HÒA BÌNH",), "Trường TH&THCS Hòa Bình", None, "nhieu_cap"),
    ],
)
def test_it_reads_the_school_and_governing_body_from_the_header(
    header: tuple[str, ...], name: str, body: str | None, level: str
) -> None:
    plan, _ = map_document(_plan(header=header))
    assert (plan.school.name, plan.school.governing_body, plan.school.level) == (name, body, level)


def test_it_finds_the_school_in_the_text_and_notes_the_guess() -> None:
    raw = _plan(header=())
    raw.blocks.insert(3, Paragraph("Căn cứ báo cáo tự đánh giá của trường Tiểu học Kim Đồng;"))
    raw.blocks.insert(3, Paragraph("II. CĂN CỨ XÂY DỰNG KẾ HOẠCH"))
    plan, notes = map_document(raw)
    assert plan.school.name == "Trường Tiểu học Kim Đồng"
    assert plan.framework == "TT17-2018"
    assert "school.name" in [note.field for note in notes]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["1. Một", "2. Hai"], ["Một", "Hai"]),
        (["-  Một", "+ phụ", "- Hai"], ["- Một + phụ", "- Hai"]),
        (["1. Một:", "a) phụ", "1. lồng", "2. Hai"], ["Một: a) phụ 1. lồng", "Hai"]),
        (["Căn cứ A;", "Căn cứ B."], ["Căn cứ A;", "Căn cứ B."]),
        (
            ["Căn cứ Thông tư của Bộ Giáo dục và Đào", "tạo;", "Căn cứ B."],
            [
                "Căn cứ Thông tư của Bộ Giáo dục và Đào tạo;",
                "Căn cứ B.",
            ],
        ),
    ],
)
def test_it_groups_points_by_their_first_marker(lines: list[str], expected: list[str]) -> None:
    assert points(lines) == expected


def test_it_reads_organization_recipients_and_signer() -> None:
    raw = _plan()
    raw.blocks += [
        Paragraph(text)
        for text in (
            "VI. TỔ CHỨC THỰC HIỆN",
            "1. Hiệu trưởng",
            "- Chỉ đạo chung.",
            "2. Giáo viên",
            "- Thực hiện.",
            "Trên đây là kế hoạch của trường./.",
        )
    ]
    raw.blocks.append(
        Table(
            [
                Row(
                    [
                        Cell(["Nơi nhận:", "- Phòng GD&ĐT;", "- Lưu: VT."], 0),
                        Cell(["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Lê Văn Hai"], 1),
                    ]
                )
            ],
            2,
        )
    )
    plan, _ = map_document(raw)
    assert [(role.role, role.duties) for role in plan.organization] == [
        ("Hiệu trưởng", ["- Chỉ đạo chung."]),
        ("Giáo viên", ["- Thực hiện."]),
    ]
    assert plan.recipients == ["Phòng GD&ĐT;", "Lưu: VT."]
    assert (plan.signer.title, plan.signer.name) == (
        "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG",
        "Lê Văn Hai",
    )


def test_it_refuses_a_document_that_is_not_a_plan() -> None:
    raw = RawDocument(blocks=[Paragraph("BIÊN BẢN HỌP"), Paragraph("Thành phần: giáo viên.")])
    with pytest.raises(DocumentError, match=r"«bien-ban\.docx» không phải kế hoạch"):
        map_document(raw, "bien-ban.docx")


def test_it_refuses_another_kind_of_plan_without_criteria() -> None:
    raw = RawDocument(
        blocks=[
            Paragraph("KẾ HOẠCH"),
            Paragraph("Tổ chức lễ khai giảng năm học 2024 - 2025"),
            Paragraph("I. MỤC ĐÍCH, YÊU CẦU"),
            Paragraph("- Tổ chức trang trọng, an toàn."),
        ]
    )
    with pytest.raises(DocumentError, match="không phải kế hoạch cải tiến chất lượng"):
        map_document(raw, "khai-giang.txt")


@pytest.mark.parametrize(
    ("cell", "target_cell", "title", "target"),
    [
        (
            "Tiêu chí 1.1: Phương hướng, chiến lược xây dựng và phát triển nhà trường",
            "Mức 2",
            "Phương hướng, chiến lược xây dựng và phát triển nhà trường",
            "Mức 2",
        ),
        ("Tiêu chí 1.1: Phấn đấu đạt Mức 2", "", None, "Phấn đấu đạt Mức 2"),
        (
            "Tiêu chí 1.1 Phương hướng, chiến lược xây dựng và phát triển nhà trường. "
            "Giữ vững Mức 1",
            "",
            "Phương hướng, chiến lược xây dựng và phát triển nhà trường",
            "Giữ vững Mức 1",
        ),
        ("Tiêu chí 1.1: Chiến lược của trường", "", "Chiến lược của trường", ""),
    ],
)
def test_it_tells_a_criterion_title_from_a_target_in_the_criterion_cell(
    cell: str, target_cell: str, title: str | None, target: str
) -> None:
    plan, _ = map_document(_plan(_row("", cell, target_cell, "Việc", "HT", "2024", "", "", "")))
    assert (plan.items[0].criterion_title, plan.items[0].target) == (title, target)


def test_it_joins_header_names_wrapped_over_several_lines() -> None:
    header = (
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
        "HUYỆN CẦN GIỜ",
        "TRƯỜNG TRUNG HỌC CƠ SỞ",
        "BÌNH KHÁNH",
        "Số: 1/KH",
    )
    plan, _ = map_document(_plan(header=header))
    assert plan.school.governing_body == "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CẦN GIỜ"
    assert plan.school.name == "Trường Trung học cơ sở Bình Khánh"
    assert plan.document.number == "1/KH"


def test_it_keeps_bulleted_lines_after_the_signer_title_as_recipients() -> None:
    raw = _plan()
    raw.blocks += [
        Paragraph(text)
        for text in (
            "Nơi nhận:",
            "- Lưu: VT.",
            "KT. HIỆU TRƯỞNG",
            "- Phòng GD&ĐT;",
            "PHÓ HIỆU TRƯỞNG",
        )
    ]
    raw.blocks += [Paragraph("(Đã ký)"), Paragraph("Đỗ Văn Ba")]
    plan, _ = map_document(raw)
    assert sorted(plan.recipients) == ["Lưu: VT.", "Phòng GD&ĐT;"]
    assert (plan.signer.title, plan.signer.name) == (
        "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG",
        "Đỗ Văn Ba",
    )


def test_it_keeps_an_unknown_section_out_of_the_organization() -> None:
    raw = _plan()
    raw.blocks += [
        Paragraph(text)
        for text in (
            "VI. TỔ CHỨC THỰC HIỆN",
            "1. Hiệu trưởng",
            "- Chỉ đạo.",
            "VII. KIẾN NGHỊ",
            "- Cấp kinh phí.",
        )
    ]
    plan, _ = map_document(raw)
    assert [(role.role, role.duties) for role in plan.organization] == [
        ("Hiệu trưởng", ["- Chỉ đạo."])
    ]


@pytest.mark.parametrize(
    ("header", "body", "name"),
    [
        (
            "TRƯỜNG MẦM NON XÃ NOONG HẸT",
            "Năm học này, trường mầm non xã Noong Hẹt xây dựng kế hoạch cải tiến.",
            "Trường mầm non xã Noong Hẹt",
        ),
        (
            "TRƯỜNG THCS LÝ TỰ TRỌNG",
            "Báo cáo tự đánh giá của TRƯỜNG THCS LÝ TỰ TRỌNG.",
            "Trường THCS Lý Tự Trọng",
        ),
        (
            "TRƯỜNG TIỂU HỌC AN PHÚ",
            "Báo cáo của Trường Tiểu học An Phú Đông.",
            "Trường Tiểu học An Phú",
        ),
    ],
)
def test_it_takes_the_case_of_a_capitals_school_name_from_the_body(
    header: str, body: str, name: str
) -> None:
    raw = _plan(header=(header,))
    raw.blocks[3:3] = [Paragraph("II. CĂN CỨ XÂY DỰNG KẾ HOẠCH"), Paragraph(body)]
    plan, _ = map_document(raw)
    assert plan.school.name == name


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        (
            ("SỞ GDĐT TỈNH ĐẮK LẮKCỘNG HÒA XÃ HỘI CHỦ", "NGHĨA VIỆT NAM", "TRƯỜNG THPT A"),
            "SỞ GDĐT TỈNH ĐẮK LẮK",
        ),
        (("UBND XÃ B", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "VIỆT NAM", "TRƯỜNG THPT A"), "UBND XÃ B"),
        (("UBND XÃ B", "TRƯỜNG THPT A Độc lập - Tự do - Hạnh phúc"), "UBND XÃ B"),
    ],
)
def test_it_leaves_the_national_motto_out_of_the_governing_body(
    lines: tuple[str, ...], body: str
) -> None:
    plan, _ = map_document(_plan(header=lines))
    assert (plan.school.governing_body, plan.school.name) == (body, "Trường THPT A")


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Biện pháp", "actions"),
        ("Nhiệm vụ, giải pháp", "actions"),
        ("Người thực hiện", "responsible"),
        ("Người chịu trách nhiệm", "responsible"),
        ("Công việc cần thực hiện", "actions"),
        ("Thời gian hoàn thành", "timeline"),
        ("Mức độ thực hiện", "status"),
        ("Điều kiện/Nguồn lực", "support"),
        ("Người/bộ phận thực hiện", "responsible"),
        ("Đơn vị/cá nhân phụ trách", "responsible"),
        ("Vấn đề cần cải tiến", "content"),
        ("Lĩnh vực cải tiến", "content"),
    ],
)
def test_it_gives_each_worded_column_heading_its_role(heading: str, role: str) -> None:
    table = Table([_row("TT", "Tiêu chí", "Kinh phí", heading)], 4)
    roles, _, _ = column_roles(table)
    assert roles[3] == role


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Điều kiện/Nguồn lực hỗ trợ", "support"),
        ("Nguồn lực bảo đảm", "budget"),
        ("Kinh phí dự kiến", "budget"),
        ("Ngân sách dự kiến", "budget"),
    ],
)
def test_it_tells_support_from_budget_whichever_comes_first(heading: str, role: str) -> None:
    table = Table([_row("TT", "Tiêu chí", heading, "Ghi chú")], 4)
    roles, _, _ = column_roles(table)
    assert roles[2] == role


def test_it_joins_a_content_column_into_the_actions_of_a_2018_row() -> None:
    heading = (
        "TT",
        "Tiêu chí",
        "Mục tiêu",
        "Nội dung cải tiến",
        "Biện pháp thực hiện",
        "Thời gian",
        "Người thực hiện",
        "Kinh phí",
        "Ghi chú",
    )
    raw = _plan(
        _row(
            "",
            "TC2.2: Đối với giáo viên",
            "Đạt Mức hai",
            "Nâng chuẩn.",
            "Cử 03 giáo viên học đại học.",
            "2025",
            "HT",
            "5 tr",
            "",
        )
    )
    raw.blocks[-1] = Table([_row(*heading), *raw.blocks[-1].rows[1:]], 9)  # type: ignore[union-attr]
    plan, _ = map_document(raw)
    item = plan.items[0]
    assert (item.criterion, item.target_level, item.budget_vnd) == ("2.2", 2, 5000000)
    assert (item.actions, item.content) == ("Nâng chuẩn. Cử 03 giáo viên học đại học.", "")


def test_it_reads_the_code_of_a_criterion_named_by_its_title_alone() -> None:
    raw = _plan(
        _row("1", "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", "", "", "", "", "", "", ""),
        _row("", "Thư viện", "Bổ sung sách", "Vận động", "HT", "2025", "", "", ""),
        _row("", "", "", "thêm việc", "", "", "", "", ""),
    )
    plan, _ = map_document(raw)
    assert [(i.standard, i.criterion, i.criterion_title) for i in plan.items] == [
        (3, "3.6", "Thư viện")
    ]
    assert plan.items[0].actions == "Vận động thêm việc"


def _sections_2026(headings: list[str]) -> RawDocument:
    blocks: list[Paragraph | Table] = [Paragraph("TRƯỜNG THPT A"), Paragraph("KẾ HOẠCH")]
    blocks.append(Paragraph("Cải tiến chất lượng giáo dục năm học 2026 - 2027"))
    texts = iter(["Tên cơ sở giáo dục: Trường THPT A.", "Thông tư 57.", "Nâng chất lượng."])
    for heading in headings[:3]:
        blocks += [Paragraph(heading), Paragraph(next(texts))]
    problems = [
        _row(
            "TT",
            "Tiêu chuẩn",
            "Tiêu chí liên quan",
            "Đánh giá hiện trạng",
            "Điểm hạn chế",
            "Nguyên nhân",
        )
    ]
    problems += [_row("1", "Tiêu chuẩn 2", "2.2", "Đạt Mức 1", "Thiếu", "Chưa bồi dưỡng")]
    problems += [_row("2", "", "2.3", "Đạt Mức 1", "Ít", "Chưa tuyển", continued=(1,))]
    monitoring = [
        _row("Thời điểm", "Nội dung theo dõi", "Kết quả thực hiện", "Điều chỉnh", "Người đánh giá")
    ]
    # the form's pre-printed row left blank is still a row of the table as written
    monitoring += [_row("Cuối học kỳ I", "", "", "", "")]
    monitoring += [_row("Cuối năm học", "Tiến độ", "", "", "Hiệu trưởng")]
    blocks += [Paragraph(headings[3]), Table(problems, 6)]
    blocks += [Paragraph(headings[4]), Paragraph("1. Hiệu trưởng"), Paragraph("Chỉ đạo chung.")]
    blocks += [Paragraph(headings[5]), Table(monitoring, 5)]
    blocks += [Paragraph(headings[6]), Paragraph("Báo cáo cuối năm.")]
    return RawDocument(blocks=blocks)


@pytest.mark.parametrize(
    "headings",
    [
        [
            "I. THÔNG TIN CHUNG VỀ NHÀ TRƯỜNG",
            "II. CĂN CỨ",
            "III. MỤC ĐÍCH, YÊU CẦU",
            "IV. VẤN ĐỀ ƯU TIÊN CẦN CẢI TIẾN",
            "V. TỔ CHỨC THỰC HIỆN",
            "VI. GIÁM SÁT, ĐÁNH GIÁ VIỆC THỰC HIỆN",
            "VII. CHẾ ĐỘ BÁO CÁO",
        ],
        [
            "1. THÔNG TIN CHUNG",
            "2. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
            "3. MỤC ĐÍCH, YÊU CẦU",
            "4. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN",
            "5. TỔ CHỨC THỰC HIỆN",
            "6. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN",
            "7. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO",
        ],
        [
            "PHẦN I. THÔNG TIN CHUNG",
            "PHẦN II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
            "PHẦN III. MỤC ĐÍCH, YÊU CẦU",
            "PHẦN IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN",
            "PHẦN V. TỔ CHỨC THỰC HIỆN",
            "PHẦN VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN",
            "PHẦN VII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO",
        ],
        [
            "1. Thông tin chung",
            "2. Căn cứ xây dựng kế hoạch",
            "3. Mục đích, yêu cầu",
            "4. Tóm tắt các vấn đề trọng tâm cần cải tiến",
            "5. Tổ chức thực hiện",
            "6. Theo dõi và đánh giá thực hiện",
            "7. Cơ chế đánh giá và báo cáo",
        ],
        [
            "A. THÔNG TIN CHUNG",
            "B. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
            "C. MỤC ĐÍCH, YÊU CẦU",
            "D. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN",
            "Đ. TỔ CHỨC THỰC HIỆN",
            "E. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN",
            "G. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO",
        ],
        [
            "THÔNG TIN CHUNG VỀ NHÀ TRƯỜNG",
            "CĂN CỨ PHÁP LÝ",
            "MỤC TIÊU, YÊU CẦU",
            "NHỮNG VẤN ĐỀ ƯU TIÊN CẦN CẢI TIẾN",
            "TỔ CHỨC THỰC HIỆN",
            "GIÁM SÁT, ĐÁNH GIÁ VIỆC THỰC HIỆN KẾ HOẠCH",
            "CHẾ ĐỘ BÁO CÁO",
        ],
    ],
    ids=["reworded", "arabic", "part", "arabic-sentence-case", "lettered", "unnumbered"],
)
def test_it_finds_the_2026_sections_however_the_headings_are_worded_or_numbered(
    headings: list[str],
) -> None:
    plan, _ = map_document(_sections_2026(headings))
    assert plan.form == "2026"
    assert plan.general_info == ["Tên cơ sở giáo dục: Trường THPT A."]
    assert (plan.bases, plan.purposes) == (["Thông tư 57."], ["Nâng chất lượng."])
    assert [p.standard for p in plan.problems] == ["Tiêu chuẩn 2", "Tiêu chuẩn 2"]
    assert [(m.when, m.assessor) for m in plan.monitoring] == [
        ("Cuối học kỳ I", ""),
        ("Cuối năm học", "Hiệu trưởng"),
    ]
    assert [r.role for r in plan.organization] == ["Hiệu trưởng"]
    assert plan.reporting == ["Báo cáo cuối năm."]


def test_it_leaves_the_closing_sentence_out_of_the_last_section() -> None:
    headings = ["I. THÔNG TIN CHUNG", "II. CĂN CỨ", "III. MỤC ĐÍCH", "IV. TÓM TẮT"]
    raw = _sections_2026([*headings, "V. TỔ CHỨC THỰC HIỆN", "VI. THEO DÕI", "VII. BÁO CÁO"])
    raw.blocks.append(Paragraph("Trên đây là kế hoạch cải tiến chất lượng của nhà trường./."))
    plan, _ = map_document(raw)
    assert plan.reporting == ["Báo cáo cuối năm."]


def test_it_reads_arabic_capitals_as_points_once_the_sections_are_roman() -> None:
    raw = _plan()
    raw.blocks[3:3] = [Paragraph("I. MỤC ĐÍCH, YÊU CẦU"), Paragraph("1. CĂN CỨ VÀO KẾT QUẢ")]
    plan, _ = map_document(raw)
    assert (plan.purposes, plan.bases) == (["CĂN CỨ VÀO KẾT QUẢ"], [])


def test_it_joins_the_rest_of_a_title_cut_by_a_page_break() -> None:
    raw = _plan(
        _row("1", "TC 2.4. Đối", "Phấn đấu", "- Phối hợp", "Tổng phụ", "Cả năm", "Không", "", ""),
        _row("", "với học sinh", "Mức 2", "với Công an", "trách Đội", "", "", "", ""),
    )
    plan, notes = map_document(raw)
    item = plan.items[0]
    assert (item.criterion, item.criterion_title, item.target_level) == (
        "2.4",
        "Đối với học sinh",
        2,
    )
    assert (item.actions, item.responsible) == ("- Phối hợp với Công an", "Tổng phụ trách Đội")
    assert "items[0]" in [note.field for note in notes]


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Tiêu chí", "tieu chi"),
        ("ĐƠN VỊ/CÁ NHÂN PHỤ TRÁCH", "don vi/ca nhan phu trach"),
        ("Thời  gian thực hiện\u00a0và hoàn thành", "thoi gian thuc hien va hoan thanh"),
        ("Ke\u0302\u0301 hoa\u0323ch", "ke hoach"),  # already decomposed
        ("Mức 4\u20d7", "muc 4"),  # a combining mark outside U+0300–U+036F
        ("Kế hoạch Привет", "ke hoach привет"),  # other scripts keep their letters
        ("", ""),
    ],
)
def test_it_folds_headings_to_plain_ascii_words(text: str, folded: str) -> None:
    assert ascii_fold(text) == folded


def test_it_folds_every_character_as_the_full_fold_does() -> None:
    """The ASCII shortcut (marks dropped before case) agrees with case-folding first.

    Every code point of the Basic Multilingual Plane, alone, after a letter and
    between spaces, plus the usual Vietnamese letters in both cases and both
    compositions, and the invisible characters the cleaning removes.
    """
    vietnamese = "ĐđĂăÂâÊêÔôƠơƯư ẤấẦầẨẩẪẫẬậ ỀềẾếỆệ ỐốỒồỘộ ỚớỜờỢợ ỨứỪừỰự ÝýỲỳỴỵ"
    samples = [
        vietnamese,
        unicodedata.normalize("NFD", vietnamese),
        "TIÊU\u200bCHÍ\u00ad 2.2\ufeff",
        "Kế\u00a0hoạch\u2003cải  tiến\n",
    ]
    for code in range(0x10000):
        char = chr(code)
        if not 0xD800 <= code < 0xE000:  # surrogates are not text
            samples.extend((char, f"A{char}b", f" {char} "))
    assert [ascii_fold(text) for text in samples] == [_fold_slowly(text) for text in samples]


@pytest.mark.parametrize(
    ("cell", "code", "title"),
    [
        ("1.4. Hiệu trưởng, phó hiệu trưởng", "1.4", "Hiệu trưởng, phó hiệu trưởng"),
        ("2.10 Đối với nhân viên", "2.10", "Đối với nhân viên"),
        ("3.3: Khối hành chính - quản trị", "3.3", "Khối hành chính - quản trị"),
        ("TC 2.2 Đối với giáo viên", "2.2", "Đối với giáo viên"),
        ("Tiêu chí 1. 2: Hội đồng trường", "1.2", "Hội đồng trường"),
    ],
)
def test_it_reads_a_criterion_code_written_with_or_without_its_prefix(
    cell: str, code: str, title: str
) -> None:
    plan, _ = map_document(_plan(_row("", cell, "Mức 2", "Việc", "HT", "2024", "", "", "")))
    assert (plan.items[0].criterion, plan.items[0].criterion_title) == (code, title)


@pytest.mark.parametrize("cell", ["25.8.2024 họp hội đồng", "1.5 triệu đồng"])
def test_it_takes_no_date_or_amount_for_a_bare_criterion_code(cell: str) -> None:
    plan, _ = map_document(
        _plan(
            _row("", "Tiêu chí 1.1", "Mức 2", "Việc", "HT", "2024", "", "", ""),
            _row("", cell, "", "thêm", "", "", "", "", ""),
        )
    )
    assert [item.criterion for item in plan.items] == ["1.1"]


def _tail_plan(*lines: str) -> RawDocument:
    raw = _plan()
    raw.blocks += [Paragraph(text) for text in ("VI. TỔ CHỨC THỰC HIỆN", *lines)]
    return raw


def test_it_reads_roles_written_as_labels_without_numbers() -> None:
    plan, _ = map_document(
        _tail_plan(
            "- Hiệu trưởng: Chỉ đạo chung.",
            "- Tổ trưởng chuyên môn, tổ văn phòng:",
            "+ Triển khai trong tổ.",
            "+ Báo cáo hằng tháng.",
        )
    )
    assert [(role.role, role.duties) for role in plan.organization] == [
        ("Hiệu trưởng", ["Chỉ đạo chung."]),
        ("Tổ trưởng chuyên môn, tổ văn phòng", ["+ Triển khai trong tổ. + Báo cáo hằng tháng."]),
    ]


def test_it_reads_a_signature_written_before_the_recipients() -> None:
    plan, _ = map_document(
        _tail_plan(
            "1. Hiệu trưởng",
            "- Chỉ đạo chung.",
            "HIỆU TRƯỞNG",
            "(Đã ký)",
            "Lê Thị Hà",
            "Nơi nhận:",
            "- Phòng GD&ĐT;",
            "- Lưu: VT.",
        )
    )
    assert [role.duties for role in plan.organization] == [["- Chỉ đạo chung."]]
    assert plan.recipients == ["Phòng GD&ĐT;", "Lưu: VT."]
    assert (plan.signer.title, plan.signer.name) == ("HIỆU TRƯỞNG", "Lê Thị Hà")


def test_it_splits_recipients_and_signature_set_side_by_side_on_tab_stops() -> None:
    plan, _ = map_document(
        _tail_plan("Nơi nhận:\tHIỆU TRƯỞNG", "- Sở GD&ĐT;", "- Lưu: VT.", "(Đã ký)", "Đặng Quân")
    )
    assert plan.recipients == ["Sở GD&ĐT;", "Lưu: VT."]
    assert (plan.signer.title, plan.signer.name) == ("HIỆU TRƯỞNG", "Đặng Quân")


def _every_known_title() -> list[str]:
    titles: list[str] = []
    for framework in list_frameworks():
        for entry in [*framework.standards, *framework.criteria()]:
            titles += [entry.title, *entry.title_alternatives]
    return sorted(set(titles))


def test_it_finds_criteria_and_standards_by_title_as_a_walk_over_every_framework_would() -> None:
    """The title indexes built once give what comparing with each title in turn gives.

    Every title the frameworks know, as written, in capitals and with a final dot,
    under no standard and under each standard; plus words that are no title.
    """
    criteria: dict[str, list[str]] = {}
    for framework in list_frameworks():
        for criterion in framework.criteria():
            criteria.setdefault(criterion.code, []).extend(
                [criterion.title, *criterion.title_alternatives]
            )
    standards = [
        (standard.title, standard.number)
        for framework in list_frameworks()
        for standard in framework.standards
    ]

    def code_walked(text: str, standard: int | None) -> str | None:
        folded = fold_text(text.strip(" .:;,"))
        if len(folded) < 4:
            return None
        codes = [code for code, titles in criteria.items() if folded in map(fold_text, titles)]
        if standard is not None:
            codes = [code for code in codes if code.split(".")[0] == str(standard)]
        return codes[0] if len(set(codes)) == 1 else None

    texts = [*_every_known_title(), "Không là tên nào", "", "Lớp"]
    texts += [text.upper() for text in texts] + [f"{text}." for text in texts]
    for text in texts:
        for standard in (None, 1, 2, 3, 4, 5):
            assert code_by_title(text, standard) == code_walked(text, standard), (text, standard)
        walked = next((number for known, number in standards if titles_match(known, text)), None)
        assert standard_by_title(text) == walked, text


def test_it_reads_a_problems_heading_merged_over_two_sub_headings() -> None:
    # "Vấn đề cần cải tiến" spans the last two columns; the headings beside it are
    # merged down over the sub-heading row, whose two labels name those columns.
    heading = _row("TT", "Tiêu chuẩn", "Tiêu chí", "Hiện trạng", "Vấn đề cần cải tiến", "")
    heading.cells[4].span = 2
    heading.cells.pop()
    sub = _row("", "", "", "", "Điểm hạn chế", "Nguyên nhân", continued=(0, 1, 2, 3))
    body = _row("1", "Tiêu chuẩn 2", "2.2", "Đạt Mức 1", "Thiếu", "Chưa bồi dưỡng")
    headings = ["I. THÔNG TIN CHUNG", "II. CĂN CỨ", "III. MỤC ĐÍCH", "IV. TÓM TẮT"]
    raw = _sections_2026([*headings, "V. TỔ CHỨC THỰC HIỆN", "VI. THEO DÕI", "VII. BÁO CÁO"])
    raw.blocks[10] = Table([heading, sub, body], 6)
    plan, _ = map_document(raw)
    assert [(p.standard, p.limitation, p.cause) for p in plan.problems] == [
        ("Tiêu chuẩn 2", "Thiếu", "Chưa bồi dưỡng")
    ]


def test_it_joins_a_time_split_over_two_columns_of_the_heading_row() -> None:
    heading = _row(
        "TT",
        "Nội dung cải tiến",
        "Mục tiêu cải tiến",
        "Thời gian bắt đầu",
        "Thời gian hoàn thành",
        "Nguồn lực bảo đảm",
    )
    roles, end, first = column_roles(Table([heading], 6))
    assert (roles[3], end, first) == ("timeline", 4, 1)
    beside_budget = _row("TT", "Nội dung cải tiến", "Thời gian", "Kinh phí")
    assert column_roles(Table([beside_budget], 4))[1] is None


def test_it_reads_roles_numbered_under_their_section() -> None:
    headings = ["1. THÔNG TIN CHUNG", "2. CĂN CỨ", "3. MỤC ĐÍCH", "4. TÓM TẮT"]
    raw = _sections_2026([*headings, "5. TỔ CHỨC THỰC HIỆN", "6. THEO DÕI", "7. BÁO CÁO"])
    raw.blocks[12:14] = [Paragraph("5.1. Hiệu trưởng"), Paragraph("- Chỉ đạo chung.")]
    plan, _ = map_document(raw)
    roles = [(role.role, role.duties) for role in plan.organization]
    assert roles == [("Hiệu trưởng", ["- Chỉ đạo chung."])]


def test_it_reads_a_date_line_wrapped_before_its_year() -> None:
    header = ("TRƯỜNG THPT A", "Thái Nguyên, ngày 12 tháng 10 năm", "2026")
    plan, notes = map_document(_plan(header=header))
    assert (plan.document.place, plan.document.date) == ("Thái Nguyên", "2026-10-12")
    assert not [note for note in notes if note.field == "document.date"]


@pytest.mark.parametrize(
    ("headings", "expected"),
    [
        (["Thời gian thực hiện", "Tiến độ thực hiện"], ("timeline", "status")),
        (["Tiến độ thực hiện", "Kinh phí"], ("timeline", "budget")),
    ],
)
def test_it_reads_a_progress_column_as_the_status_beside_a_time_column(
    headings: list[str], expected: tuple[str, str]
) -> None:
    roles, _, _ = column_roles(Table([_row("TT", "Nội dung cải tiến", *headings)], 4))
    assert (roles[2], roles[3]) == expected


def test_it_reads_problems_and_monitoring_columns_worded_otherwise() -> None:
    headings = ["I. THÔNG TIN CHUNG", "II. CĂN CỨ", "III. MỤC ĐÍCH", "IV. TÓM TẮT"]
    raw = _sections_2026([*headings, "V. TỔ CHỨC THỰC HIỆN", "VI. THEO DÕI", "VII. BÁO CÁO"])
    problems = [_row("TT", "Tiêu chuẩn", "Tiêu chí", "Thực trạng", "Hạn chế", "Nguyên nhân")]
    problems += [_row("1", "Tiêu chuẩn 2", "2.2", "Đạt Mức 1", "Thiếu", "Chưa bồi dưỡng")]
    monitoring = [_row("Thời gian", "Nội dung theo dõi", "Kết quả", "Điều chỉnh", "Người đánh giá")]
    monitoring += [_row("Cuối năm học", "Tiến độ", "", "", "Hiệu trưởng")]
    raw.blocks[10] = Table(problems, 6)
    raw.blocks[15] = Table(monitoring, 5)
    plan, _ = map_document(raw)
    assert [p.current_state for p in plan.problems] == ["Đạt Mức 1"]
    assert [(m.when, m.content) for m in plan.monitoring] == [("Cuối năm học", "Tiến độ")]


def test_it_notes_a_progress_column_read_as_the_time_of_a_2026_table() -> None:
    heading = ["TT", "Nội dung cải tiến", "Mục tiêu cải tiến", "Chỉ số", "Tiến độ thực hiện"]
    body = ["1", "Bồi dưỡng giáo viên (Tiêu chí 2.2)", "Đạt Mức 2", "100%", "Học kỳ I"]
    headings = ["I. THÔNG TIN CHUNG", "II. CĂN CỨ", "III. MỤC ĐÍCH", "IV. TÓM TẮT"]
    raw = _sections_2026([*headings, "V. TỔ CHỨC THỰC HIỆN", "VI. THEO DÕI", "VII. BÁO CÁO"])
    raw.blocks[11:11] = [Paragraph("V. KẾ HOẠCH"), Table([_row(*heading), _row(*body)], 5)]
    plan, notes = map_document(raw)
    assert [item.timeline for item in plan.items] == ["Học kỳ I"]
    assert [note.field for note in notes if "Tiến độ thực hiện" in note.message] == ["items"]


def test_it_reads_the_code_of_a_2026_row_from_a_criterion_column_of_its_own() -> None:
    heading = ["TT", "Tiêu chí", "Nội dung cải tiến", "Mục tiêu cải tiến", "Chỉ số"]
    rows = [
        _row("1", "TC 2.2", "Bồi dưỡng giáo viên", "Đạt Mức 2", "100%"),
        _row("2", "Tiêu chí 4.1: Cơ sở vật chất", "Sửa phòng học (Tiêu chí 4.2)", "Mức 1", "01"),
    ]
    headings = ["I. THÔNG TIN CHUNG", "II. CĂN CỨ", "III. MỤC ĐÍCH", "IV. TÓM TẮT"]
    raw = _sections_2026([*headings, "V. TỔ CHỨC THỰC HIỆN", "VI. THEO DÕI", "VII. BÁO CÁO"])
    raw.blocks[11:11] = [Paragraph("V. KẾ HOẠCH"), Table([_row(*heading), *rows], 5)]
    plan, _ = map_document(raw)
    # the content cell's own reference wins; the column names the code otherwise
    assert [(i.standard, i.criterion, i.criterion_title) for i in plan.items] == [
        (2, "2.2", None),
        (4, "4.2", None),
    ]


def test_it_reads_a_standard_written_as_a_paragraph_before_each_part_of_a_split_table() -> None:
    heading = _row("TT", "Nội dung cải tiến", "Mục tiêu cải tiến", "Chỉ số", "Thời gian")
    headings = ["I. THÔNG TIN CHUNG", "II. CĂN CỨ", "III. MỤC ĐÍCH", "IV. TÓM TẮT"]
    raw = _sections_2026([*headings, "V. TỔ CHỨC THỰC HIỆN", "VI. THEO DÕI", "VII. BÁO CÁO"])
    raw.blocks[11:11] = [
        Paragraph("V. KẾ HOẠCH CẢI TIẾN"),
        Paragraph("Tiêu chuẩn 2: Phát triển đội ngũ"),
        Table([heading, _row("1", "Bồi dưỡng giáo viên", "Đạt Mức 2", "100%", "HK I")], 5),
        Paragraph("Tiêu chuẩn 4. Điều kiện giáo dục"),
        Table([heading, _row("2", "Sửa phòng học", "Mức 1", "01", "HK II")], 5),
        Paragraph("Tiêu chuẩn 1: cả năm chưa có nội dung nào."),  # a sentence, no heading
    ]
    plan, _ = map_document(raw)
    assert [(s.number, s.title) for s in plan.standards] == [
        (2, "Phát triển đội ngũ"),
        (4, "Điều kiện giáo dục"),
    ]
    assert [item.standard for item in plan.items] == [2, 4]


def test_it_reads_a_date_line_written_in_figures() -> None:
    plan, _ = map_document(_plan(header=("TRƯỜNG THPT A", "Tân An, ngày 05/10/2026")))
    assert (plan.document.place, plan.document.date) == ("Tân An", "2026-10-05")


def test_it_reads_general_information_written_as_a_two_column_table() -> None:
    table = Table(
        [
            _row("Tên cơ sở giáo dục", "Trường THCS An Phú"),
            _row("Địa chỉ:", "Xã An Phú, tỉnh An Giang"),
            _row("Quy mô", ""),
        ],
        2,
    )
    headings = ["I. THÔNG TIN CHUNG", "II. CĂN CỨ", "III. MỤC ĐÍCH", "IV. TÓM TẮT"]
    raw = _sections_2026([*headings, "V. TỔ CHỨC THỰC HIỆN", "VI. THEO DÕI", "VII. BÁO CÁO"])
    raw.blocks[4] = table
    plan, _ = map_document(raw)
    assert plan.general_info == [
        "Tên cơ sở giáo dục: Trường THCS An Phú",
        "Địa chỉ: Xã An Phú, tỉnh An Giang",
        "Quy mô",
    ]
    assert plan.school.name == "Trường THCS An Phú"


def test_it_files_a_table_by_its_headings_when_its_section_heading_is_left_out() -> None:
    # Section V's heading is missing (the plan table follows the problems table in IV)
    # and so is VI's (the monitoring table follows the plan table).
    heading = ["TT", "Nội dung cải tiến", "Mục tiêu cải tiến", "Hoạt động", "Chỉ số"]
    heading += ["Thời gian", "Người phụ trách", "Nguồn lực bảo đảm"]
    row = ["1", "Bồi dưỡng (TC 2.2)", "Mức 2", "Dự giờ", "100%", "HK I", "Tổ trưởng", "Không"]
    plan_table = Table([_row(*heading), _row(*row)], 8)
    watch_heading = _row(
        "Thời điểm", "Nội dung theo dõi", "Kết quả", "Điều chỉnh", "Người đánh giá"
    )
    watch_table = Table([watch_heading, _row("Cuối năm học", "Tiến độ", "", "", "Hiệu trưởng")], 5)
    headings = ["I. THÔNG TIN CHUNG", "II. CĂN CỨ", "III. MỤC ĐÍCH", "IV. TÓM TẮT"]
    raw = _sections_2026([*headings, "V. TỔ CHỨC THỰC HIỆN", "VI. THEO DÕI", "VII. BÁO CÁO"])
    raw.blocks[11:16] = [plan_table, watch_table]  # "VI. THEO DÕI" and its table replaced
    plan, notes = map_document(raw)
    # each table read as another section's than the one it stands in is noted
    assert [n.field for n in notes if "tiêu đề cột" in n.message] == ["items", "monitoring"]
    assert [(item.criterion, item.content) for item in plan.items] == [
        ("2.2", "Bồi dưỡng (TC 2.2)")
    ]
    assert [p.criteria for p in plan.problems] == ["2.2", "2.3"]
    assert [(m.when, m.assessor) for m in plan.monitoring] == [("Cuối năm học", "Hiệu trưởng")]


def test_it_reads_the_organization_written_as_a_table_of_roles_and_duties() -> None:
    roles = Table(
        [
            _row("TT", "Bộ phận/cá nhân", "Nhiệm vụ"),
            Row([Cell(["1"], 0), Cell(["Hiệu trưởng"], 1), Cell(["- Chỉ đạo.", "- Duyệt."], 2)]),
            _row("2", "Tổ chuyên môn", "Thực hiện các nội dung được giao."),
        ],
        3,
    )
    headings = ["I. THÔNG TIN CHUNG", "II. CĂN CỨ", "III. MỤC ĐÍCH", "IV. TÓM TẮT"]
    raw = _sections_2026([*headings, "V. TỔ CHỨC THỰC HIỆN", "VI. THEO DÕI", "VII. BÁO CÁO"])
    raw.blocks[12:14] = [roles]
    plan, _ = map_document(raw)
    assert [(role.role, role.duties) for role in plan.organization] == [
        ("Hiệu trưởng", ["- Chỉ đạo.", "- Duyệt."]),
        ("Tổ chuyên môn", ["Thực hiện các nội dung được giao."]),
    ]


def test_it_reads_plan_columns_named_under_a_merged_heading() -> None:
    cells = ["TT", "Nội dung cải tiến", "Mục tiêu cải tiến"]
    top = Row([Cell([text], column) for column, text in enumerate(cells)])
    top.cells += [Cell(["Tổ chức thực hiện"], 3, span=3), Cell(["Nguồn lực bảo đảm"], 6)]
    sub = _row("", "", "", "Hoạt động/giải pháp", "Thời gian", "Người phụ trách", "")
    for cell in sub.cells:
        cell.continued = cell.column in (0, 1, 2, 6)
    table = Table([top, sub], 7)
    roles, end, first = column_roles(table)
    assert [roles[column] for column in range(7)] == [
        "tt",
        "content",
        "target",
        "actions",
        "timeline",
        "responsible",
        "budget",
    ]
    assert (end, first) == (None, 2)


def test_it_reads_the_tables_of_an_appendix_after_the_signature() -> None:
    # IV, V and VI only say "(Phụ lục kèm theo)"; their tables follow the signature,
    # table V split by standard under paragraphs.
    heading = ["TT", "Nội dung cải tiến", "Mục tiêu cải tiến", "Hoạt động", "Chỉ số"]
    heading += ["Thời gian", "Người phụ trách", "Nguồn lực bảo đảm"]
    row = ["1", "Bồi dưỡng giáo viên", "Mức 2", "Dự giờ", "100%", "HK I", "Tổ trưởng", "Không"]
    headings = ["I. THÔNG TIN CHUNG", "II. CĂN CỨ", "III. MỤC ĐÍCH", "IV. TÓM TẮT"]
    raw = _sections_2026([*headings, "V. TỔ CHỨC THỰC HIỆN", "VI. THEO DÕI", "VII. BÁO CÁO"])
    problems, monitoring = raw.blocks[10], raw.blocks[15]
    raw.blocks[10] = raw.blocks[15] = Paragraph("(Phụ lục kèm theo)")
    raw.blocks += [Paragraph("Nơi nhận:"), Paragraph("- Lưu: VT."), Paragraph("HIỆU TRƯỞNG")]
    raw.blocks += [Paragraph("Nguyễn Văn A"), Paragraph("PHỤ LỤC"), problems]
    raw.blocks += [
        Paragraph("Tiêu chuẩn 2: Phát triển đội ngũ"),
        Table([_row(*heading), _row(*row)], 8),
    ]
    raw.blocks += [monitoring]
    plan, _ = map_document(raw)
    assert [p.criteria for p in plan.problems] == ["2.2", "2.3"]
    assert [(s.number, s.title) for s in plan.standards] == [(2, "Phát triển đội ngũ")]
    assert [(item.standard, item.content) for item in plan.items] == [(2, "Bồi dưỡng giáo viên")]
    assert [m.when for m in plan.monitoring] == ["Cuối học kỳ I", "Cuối năm học"]
    assert (plan.signer.title, plan.signer.name, plan.recipients) == (
        "HIỆU TRƯỞNG",
        "Nguyễn Văn A",
        ["Lưu: VT."],
    )


def test_it_takes_a_standard_paragraph_for_the_plan_table_right_after_it_only() -> None:
    heading = ["TT", "Nội dung cải tiến", "Mục tiêu cải tiến", "Hoạt động", "Chỉ số"]
    heading += ["Thời gian", "Người phụ trách", "Nguồn lực bảo đảm"]
    row = ["1", "Bồi dưỡng giáo viên", "Mức 2", "Dự giờ", "100%", "HK I", "Tổ trưởng", "Không"]
    headings = ["I. THÔNG TIN CHUNG", "II. CĂN CỨ", "III. MỤC ĐÍCH", "IV. TÓM TẮT"]
    raw = _sections_2026([*headings, "V. TỔ CHỨC THỰC HIỆN", "VI. THEO DÕI", "VII. BÁO CÁO"])
    # "Tiêu chuẩn 2" heads the problems table of IV, not the plan table after it
    raw.blocks[10:10] = [Paragraph("Tiêu chuẩn 2: Phát triển đội ngũ")]
    raw.blocks[12:12] = [Table([_row(*heading), _row(*row)], 8)]
    plan, _ = map_document(raw)
    assert (plan.standards, [item.standard for item in plan.items]) == ([], [None])


def test_it_reads_a_standard_row_whose_number_cell_names_the_standard() -> None:
    heading = ["TT", "Nội dung cải tiến", "Mục tiêu cải tiến", "Hoạt động", "Chỉ số"]
    rows = [
        _row("Tiêu chuẩn 1", "Quản trị nhà trường", "", "", ""),
        _row("1", "Bồi dưỡng giáo viên", "Mức 2", "Dự giờ", "100%"),
    ]
    headings = ["I. THÔNG TIN CHUNG", "II. CĂN CỨ", "III. MỤC ĐÍCH", "IV. TÓM TẮT"]
    raw = _sections_2026([*headings, "V. TỔ CHỨC THỰC HIỆN", "VI. THEO DÕI", "VII. BÁO CÁO"])
    raw.blocks[11:11] = [Paragraph("V. KẾ HOẠCH"), Table([_row(*heading), *rows], 5)]
    plan, _ = map_document(raw)
    assert [(s.number, s.title) for s in plan.standards] == [(1, "Quản trị nhà trường")]
    assert [(item.standard, item.content) for item in plan.items] == [(1, "Bồi dưỡng giáo viên")]


def test_it_gives_problems_the_standard_written_across_the_table_above_them() -> None:
    rows = [
        _row("TT", "Tiêu chí liên quan", "Đánh giá hiện trạng", "Điểm hạn chế", "Nguyên nhân"),
        Row([Cell(["Tiêu chuẩn 1: Quản trị nhà trường"], 0, span=5)]),
        _row("1", "1.3", "Đạt Mức 1", "Thiếu", "Chưa có"),
        _row("Tiêu chuẩn 2: Phát triển đội ngũ", "", "", "", ""),  # as text: cells not merged
        _row("2", "2.2", "Đạt Mức 1", "Ít", "Chưa tuyển"),
    ]
    headings = ["I. THÔNG TIN CHUNG", "II. CĂN CỨ", "III. MỤC ĐÍCH", "IV. TÓM TẮT"]
    raw = _sections_2026([*headings, "V. TỔ CHỨC THỰC HIỆN", "VI. THEO DÕI", "VII. BÁO CÁO"])
    raw.blocks[10] = Table(rows, 5)
    plan, _ = map_document(raw)
    assert [(p.standard, p.criteria) for p in plan.problems] == [
        ("Tiêu chuẩn 1: Quản trị nhà trường", "1.3"),
        ("Tiêu chuẩn 2: Phát triển đội ngũ", "2.2"),
    ]


@pytest.mark.parametrize("heading", ["Vấn đề cần cải tiến", "Vấn đề ưu tiên", "Lĩnh vực cải tiến"])
def test_it_reads_a_2026_plan_table_whose_content_column_is_worded_otherwise(heading: str) -> None:
    table = Table(
        [
            _row("TT", heading, "Mục tiêu cải tiến", "Hoạt động/giải pháp", "Chỉ số"),
            _row("1", "Bồi dưỡng giáo viên (TC 2.2)", "Mức 2", "Dự giờ", "100%"),
        ],
        5,
    )
    headings = ["I. THÔNG TIN CHUNG", "II. CĂN CỨ", "III. MỤC ĐÍCH", "IV. TÓM TẮT"]
    raw = _sections_2026([*headings, "V. TỔ CHỨC THỰC HIỆN", "VI. THEO DÕI", "VII. BÁO CÁO"])
    raw.blocks[11:11] = [Paragraph("V. KẾ HOẠCH CẢI TIẾN"), table]
    plan, _ = map_document(raw)
    assert [(item.criterion, item.content) for item in plan.items] == [
        ("2.2", "Bồi dưỡng giáo viên (TC 2.2)")
    ]


@pytest.mark.parametrize(
    ("titles", "name"),
    [
        (["TM. HỘI ĐỒNG TỰ ĐÁNH GIÁ", "CHỦ TỊCH"], "Lê Thị Hà"),
        (["TL. HIỆU TRƯỞNG", "TỔ TRƯỞNG VĂN PHÒNG"], "Lê Thị Hà"),
        (["TUQ. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"], "Lê Thị Hà"),
        (["Q. HIỆU TRƯỞNG"], "NGUYỄN VĂN AN"),  # acting head: the name follows, in capitals
    ],
)
def test_it_reads_a_signer_title_with_each_authority_prefix(titles: list[str], name: str) -> None:
    plan, _ = map_document(
        _tail_plan("1. Hiệu trưởng", "- Chỉ đạo chung.", "Nơi nhận:", "- Lưu: VT.", *titles, name)
    )
    assert (plan.signer.title, plan.signer.name) == ("\n".join(titles), name)


def test_it_folds_several_cells_as_the_fold_of_their_joined_texts() -> None:
    """cells_words joins each cell's own folded words: the same as folding the joined texts,
    whatever the cells hold (empty, spaces only, invisible characters, letters that fold
    to two, decomposed marks at a cell's start)."""
    texts = [
        "Tiêu chí",
        "",
        "  ",
        "\u200b",
        "Nội  dung\ncải tiến",
        "STRASSE ß",
        "\u0301Mức",
        "Kết quả\u00ad",
        "Привет",
    ]
    for first in texts:
        for second in texts:
            cells = [Cell([first], 0), Cell([second], 1), Cell(["TT"], 2)]
            assert cells_words(cells) == ascii_fold(" ".join(cell.text for cell in cells))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Kết quả", False), ("", False), ("Mức 2", True), ("m²", True), ("Tháng ٣", True)],
)
def test_it_tells_a_digit_anywhere_in_a_text_as_str_isdigit_does(text: str, expected: bool) -> None:
    assert has_digit(text) is expected
    assert has_digit(text) is any(char.isdigit() for char in text)


def test_it_reads_rows_under_a_merged_criterion_pasted_as_text_as_items_of_it() -> None:
    # A merged criterion cell copied as text is written once, on its run's first row.
    raw = _plan(
        _row(
            "1",
            "Tiêu chí 1.2",
            "Duy trì mức 1",
            "- Kiện toàn",
            "Hiệu trưởng",
            "Tháng 9",
            "",
            "",
            "",
        ),
        _row("2", "", "", "- Xây dựng quy chế", "Chủ tịch", "Tháng 10", "Không", "", ""),
        _row("", "", "", "hoạt động năm học", "", "", "", "", ""),
    )
    plan, notes = map_document(raw)
    assert [(i.criterion, i.target, i.target_level) for i in plan.items] == [
        ("1.2", "Duy trì mức 1", 1),
        ("1.2", "Duy trì mức 1", 1),
    ]
    assert plan.items[1].actions == "- Xây dựng quy chế hoạt động năm học"
    # The further action is noted as read so; the cut row as joined.
    assert [note.field for note in notes if note.field.startswith("items")] == ["items[1]"] * 2


@pytest.mark.parametrize("line", ["MỨC 4", "* Mức 4:", "- MỨC 4"])
def test_it_takes_the_part_from_a_paragraph_between_two_plan_tables(line: str) -> None:
    raw = _plan(
        _wide("MỨC 1, 2, 3"),
        _row("1", "Tiêu chí 1.1", "Mức 2", "Việc A", "Hiệu trưởng", "2025", "", "", ""),
    )
    raw.blocks += [
        Paragraph(line),
        Table(
            [_row(*HEADING), _row("2", "Có phòng đọc", "Đạt", "Việc B", "Hiệu trưởng", "2026")], 9
        ),
    ]
    plan, _ = map_document(raw)
    assert [(i.part, i.criterion, i.criterion_title) for i in plan.items] == [
        ("levels_1_3", "1.1", None),
        ("level_4", None, "Có phòng đọc"),
    ]
