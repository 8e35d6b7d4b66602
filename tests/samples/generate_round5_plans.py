"""The plans behind ``tests/samples/*/round5/``: eight 2018-form plans written as schools might.

Each plan is its ``caitien.plan/1`` truth plus a ``_layout`` (see
``generate_round5.py``). Prose sections are given as the lines the document
writes, so the truth beside them says exactly what each line becomes. Schools,
people and figures are fictional; places are real localities.
"""

from __future__ import annotations

from typing import Any

from generate_docx_plans import plan
from generate_siblings_plans import criterion_title, org, standards

TT17, TT18, TT19 = "TT17-2018", "TT18-2018", "TT19-2018"
L13, L4 = "levels_1_3", "level_4"
# The 2018 columns as (heading, field); "tt" is the row number, "start"/"end" a split time.
FORM = [
    ("TT", "tt"),
    ("Tiêu chuẩn, tiêu chí", "criterion"),
    ("Kết quả cần đạt (so với hiện trạng)", "target"),
    ("Công việc/giải pháp cần thực hiện", "actions"),
    ("Chủ trì và phối hợp thực hiện", "responsible"),
    ("Thời gian thực hiện và hoàn thành", "timeline"),
    ("Dự kiến kinh phí", "budget"),
    ("Điều kiện hỗ trợ khác", "support"),
    ("Ghi chú", "notes"),
]
SPLIT = [
    *FORM[:5],
    ("Bắt đầu", "start"),
    ("Hoàn thành", "end"),
    *FORM[6:],
]


def columns(**renamed: str) -> list[tuple[str, str]]:
    """The form's columns with some headings reworded (keyed by field)."""
    return [(renamed.get(field, heading), field) for heading, field in FORM]


def item(
    framework: str,
    level: str,
    part: str,
    code: str | None,
    cell: str,
    target: tuple[str, int | None],
    actions: list[str],
    responsible: str,
    timeline: str | tuple[str, str],
    budget: tuple[str, int | None],
    support: str = "",
    notes: str = "",
) -> dict[str, Any]:
    """A table row. ``cell`` says how the criterion cell is written.

    "colon" → "Tiêu chí 1.1: title", "tc" → "TC 1.1" (code only), "dotted" →
    "1.1. title", "apart" → "Tiêu chí 1.1" and the title in two paragraphs, "code"
    → "1.1"; any other text is a level-4 criterion written without a code.
    """
    title = criterion_title(framework, level, code) if code else None
    forms = {
        "colon": [f"Tiêu chí {code}: {title}"],
        "tc": [f"TC {code}"],
        "dotted": [f"{code}. {title}"],
        "apart": [f"Tiêu chí {code}", title or ""],
        "code": [f"{code}"],
    }
    lines = forms.get(cell, [cell])
    if cell in ("tc", "code"):
        title = None
    if code is None:
        title = cell
    split = isinstance(timeline, tuple)
    joined = " - ".join(timeline) if isinstance(timeline, tuple) else timeline
    return {
        "part": part,
        "standard": int(code.split(".")[0]) if code else None,
        "criterion": code,
        "criterion_title": title,
        "content": "",
        "target": target[0],
        "target_level": target[1],
        "actions": " ".join(actions),
        "indicator": "",
        "responsible": responsible,
        "timeline": joined,
        "budget": budget[0],
        "budget_vnd": budget[1],
        "evidence": "",
        "status": "",
        "support": support,
        "notes": notes,
        "_cell": lines,
        "_actions": actions,
        "_start": timeline[0] if split else "",
        "_end": timeline[1] if split else "",
    }


def roles(texts: list[tuple[str, list[str]]], style: str = "{n}. ") -> list[str]:
    """The lines of Tổ chức thực hiện: numbered role headings, each with its duty lines."""
    lines: list[str] = []
    for number, (role, duties) in enumerate(texts, start=1):
        lines += [style.format(n=number) + role, *duties]
    return lines


def numbered(texts: list[str], style: str = "{n}. ") -> list[str]:
    """Points written with a number ("1." or ``style``) the truth drops."""
    letters = "abcdđeghik"
    return [style.format(n=n, a=letters[n - 1]) + t for n, t in enumerate(texts, start=1)]


def standard_row(framework: str, level: str, number: int, written: str) -> str:
    """A standard heading row with the framework's title, written as ``written``."""
    title = standards(framework, level, [number])[0]["title"]
    return written.format(n=number, t=title, T=title.upper())


# 1. Mầm non in a mountain commune after 1/7/2025 (UBND XÃ), blank number and day,
#    three-line title, "MỤC ĐÍCH - YÊU CẦU", "KẾ HOẠCH CẢI TIẾN", one heading row with
#    the "(1) (2) …" row, "MỨC 1, 2, 3" / "MỨC 4: không có", standard rows merged across.
MN_PA_CO_ITEMS = [
    item(
        TT19,
        "mam_non",
        L13,
        "1.4",
        "colon",
        ("Duy trì mức 2", 2),
        [
            "- Rà soát, bổ sung quy chế hoạt động của các tổ chuyên môn.",
            "- Sinh hoạt chuyên môn 2 lần/tháng theo nghiên cứu bài học.",
        ],
        "Phó hiệu trưởng; tổ trưởng chuyên môn",
        "Tháng 9/2025 - tháng 5/2026",
        ("Không", None),
    ),
    item(
        TT19,
        "mam_non",
        L13,
        "3.1",
        "colon",
        ("Đạt mức 3 (so với hiện trạng mức 2)", 3),
        ["- Tham mưu UBND xã Pà Cò làm hàng rào điểm trường bản Pà Cò Lớn."],
        "Hiệu trưởng; UBND xã",
        "Năm học 2025-2026",
        ("120 triệu đồng", 120000000),
        support="Kế hoạch tham mưu",
    ),
    item(
        TT19,
        "mam_non",
        L13,
        "3.4",
        "colon",
        ("Giữ vững", None),
        ["- Kiểm kê đồ dùng, đồ chơi; mua bổ sung đồ chơi ngoài trời."],
        "Hiệu trưởng; kế toán",
        "Tháng 10/2025",
        ("5 triệu đồng", 5000000),
    ),
]
MAM_NON_XA_PURPOSES = [
    "Đánh giá đúng thực trạng để có giải pháp cải tiến phù hợp với điều kiện của nhà trường.",
    "Kế hoạch phải cụ thể, khả thi, có người chịu trách nhiệm và thời gian hoàn thành.",
]
MAM_NON_XA = plan(
    school={"name": "Trường Mầm non Pà Cò", "level": "mam_non", "governing_body": "UBND XÃ PÀ CÒ"},
    framework=TT19,
    document={"number": "/KH-MN", "place": "Pà Cò", "date": None, "school_year": "2025-2026"},
    purposes=MAM_NON_XA_PURPOSES,
    bases=[
        "Căn cứ Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;",
        (
            "Căn cứ kết quả tự đánh giá năm học 2024-2025, Trường Mầm non Pà Cò xây dựng"
            " kế hoạch cải tiến chất lượng như sau:"
        ),
    ],
    standards=standards(TT19, "mam_non", [1, 3]),
    items=MN_PA_CO_ITEMS,
    organization=org(
        ("Hiệu trưởng", ["- Chỉ đạo chung, phê duyệt kinh phí."]),
        (
            "Các tổ chuyên môn",
            ["- Thực hiện các nội dung được giao.", "- Báo cáo kết quả cuối học kỳ."],
        ),
    ),
    recipients=["UBND xã Pà Cò (b/c);", "Lưu: VT."],
    signer={"title": "HIỆU TRƯỞNG", "name": "Vàng Thị Dợ"},
    _layout={
        "left": ["UBND XÃ PÀ CÒ", "TRƯỜNG MẦM NON PÀ CÒ", "Số:    /KH-MN"],
        "date_line": "Pà Cò, ngày    tháng 9 năm 2025",
        "title": ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục", "Năm học 2025-2026"],
        "headings": [
            "I. MỤC ĐÍCH - YÊU CẦU",
            "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
            "III. KẾ HOẠCH CẢI TIẾN",
            "IV. TỔ CHỨC THỰC HIỆN",
        ],
        "purposes": numbered(MAM_NON_XA_PURPOSES),
        "bases": [
            "Căn cứ Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;",
            (
                "Căn cứ kết quả tự đánh giá năm học 2024-2025, Trường Mầm non Pà Cò xây dựng"
                " kế hoạch cải tiến chất lượng như sau:"
            ),
        ],
        "organization": roles(
            [
                ("Hiệu trưởng", ["- Chỉ đạo chung, phê duyệt kinh phí."]),
                (
                    "Các tổ chuyên môn",
                    ["- Thực hiện các nội dung được giao.", "- Báo cáo kết quả cuối học kỳ."],
                ),
            ]
        ),
        "columns": FORM,
        "numbers": True,
        "rows": [
            ("part", "MỨC 1, 2, 3"),
            ("standard", standard_row(TT19, "mam_non", 1, "Tiêu chuẩn {n}: {t}")),
            ("item", 0),
            ("standard", standard_row(TT19, "mam_non", 3, "Tiêu chuẩn {n}: {t}")),
            ("item", 1),
            ("item", 2),
            ("part", "MỨC 4: không có"),
        ],
    },
)


def described(
    school: dict[str, Any],
    framework: str,
    document: dict[str, Any],
    points: tuple[list[str], list[str], list[tuple[str, list[str]]]],
    items: list[dict[str, Any]],
    heads: list[int],
    closing: tuple[list[str], str, str],
    layout: dict[str, Any],
) -> dict[str, Any]:
    """A plan from its parts; purposes are written with ``layout["marker"]`` ("{n}. ")."""
    purposes, bases, duties = points
    recipients, signer_title, signer_name = closing
    marker = layout.pop("marker", "{n}. ")
    layout |= {
        "purposes": numbered(purposes, marker) if "{" in marker else [marker + t for t in purposes],
        "bases": bases,
        "organization": roles(duties, layout.pop("role_marker", "{n}. ")),
    }
    return plan(
        school=school,
        framework=framework,
        document=document,
        purposes=purposes if "{" in marker else [marker + t for t in purposes],
        bases=bases,
        standards=standards(framework, school["level"], heads),
        items=items,
        organization=org(*duties),
        recipients=recipients,
        signer={"title": signer_title, "name": signer_name},
        _layout=layout,
    )


BASES_18 = "Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;"
BASES_17 = "Căn cứ Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;"
BASES_19 = "Căn cứ Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;"
DUTIES = [
    ("Hiệu trưởng", ["- Chỉ đạo chung; bố trí kinh phí thực hiện."]),
    ("Phó hiệu trưởng", ["- Theo dõi tiến độ, tổng hợp minh chứng."]),
    ("Tổ chuyên môn, giáo viên", ["- Thực hiện các nội dung được phân công."]),
]
PURPOSES = [
    "Phát huy điểm mạnh, khắc phục điểm yếu đã nêu trong báo cáo tự đánh giá.",
    "Các giải pháp phải cụ thể, khả thi và có thời gian hoàn thành.",
]


# 2. Tiểu học (TT17) under a Phòng GD&ĐT in 2024: the name over two lines, two heading
#    rows (time split "Bắt đầu" / "Hoàn thành"), "Mức 1,2,3:" and "Mức 4:" with criteria
#    written without codes, codes "TC 1.1" only, one criterion cell merged over two rows,
#    "+" points, "Kinh phí" as "Dự kiến kinh phí (đồng)".
TH = ("tieu_hoc", TT17)
TH_ITEMS = [
    item(
        TT17,
        "tieu_hoc",
        L13,
        "1.1",
        "tc",
        ("Duy trì mức 2", 2),
        ["+ Rà soát phương hướng chiến lược giai đoạn 2024-2029."],
        "Hiệu trưởng",
        ("09/2024", "10/2024"),
        ("0", 0),
    ),
    item(
        TT17,
        "tieu_hoc",
        L13,
        "1.1",
        "tc",
        ("Duy trì mức 2", 2),
        ["+ Công khai phương hướng chiến lược trên trang thông tin điện tử."],
        "Phó hiệu trưởng",
        ("10/2024", "11/2024"),
        ("0", 0),
    ),
    item(
        TT17,
        "tieu_hoc",
        L13,
        "2.2",
        "tc",
        ("Đạt mức 3 (so với hiện trạng mức 2)", 3),
        ["+ Cử 04 giáo viên học bồi dưỡng tiếng Anh."],
        "Hiệu trưởng; tổ chuyên môn",
        ("09/2024", "05/2025"),
        ("8.000.000", 8000000),
    ),
    item(
        TT17,
        "tieu_hoc",
        L4,
        None,
        "Thư viện đạt chuẩn thư viện trường học mức độ 2",
        ("Đạt", None),
        ["+ Bổ sung 300 đầu sách thiếu nhi."],
        "Nhân viên thư viện",
        ("01/2025", "05/2025"),
        ("15.000.000", 15000000),
    ),
]
TIEU_HOC_TWO_LINES = described(
    {
        "name": "Trường Tiểu học Nguyễn Văn Trỗi",
        "level": "tieu_hoc",
        "governing_body": "PHÒNG GD&ĐT HUYỆN CHỢ MỚI",
    },
    TT17,
    {"number": "08/KH-TH", "place": "Chợ Mới", "date": "2024-09-20", "school_year": "2024-2025"},
    (
        PURPOSES,
        [
            BASES_17,
            "Căn cứ kết quả tự đánh giá của Trường Tiểu học Nguyễn Văn Trỗi năm học 2023-2024;",
        ],
        DUTIES,
    ),
    TH_ITEMS,
    [1, 2],
    (["Phòng GD&ĐT (b/c);", "Lưu: VT."], "HIỆU TRƯỞNG", "Nguyễn Thị Kim Loan"),
    {
        "left": ["PHÒNG GD&ĐT HUYỆN CHỢ MỚI", "TRƯỜNG TIỂU HỌC", "NGUYỄN VĂN TRỖI", "Số: 08/KH-TH"],
        "date_line": "Chợ Mới, ngày 20 tháng 9 năm 2024",
        "title": ["KẾ HOẠCH", "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2024-2025"],
        "headings": [
            "I. MỤC ĐÍCH, YÊU CẦU",
            "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
            "III. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
            "VI. TỔ CHỨC THỰC HIỆN",
        ],
        "marker": "+ ",
        "columns": [
            *[(h, f) for h, f in SPLIT if f not in ("budget",)][:7],
            ("Dự kiến kinh phí (đồng)", "budget"),
            *SPLIT[8:],
        ],
        "group": ("Thời gian", 5, 6),
        "rows": [
            ("part", "Mức 1,2,3:"),
            ("standard", standard_row(TT17, "tieu_hoc", 1, "Tiêu chuẩn {n}: {t}")),
            ("item", 0),
            ("item", 1),
            ("standard", standard_row(TT17, "tieu_hoc", 2, "Tiêu chuẩn {n}: {t}")),
            ("item", 2),
            ("part", "Mức 4:"),
            ("item", 3),
        ],
        "merge": [[0, 1]],
    },
)

# 3. THCS (TT18): "Số: 12 /KH-THCS", "MỤC ĐÍCH VÀ YÊU CẦU", standard rows in the
#    criterion column only, criterion cells "1.1. title", amounts in figures and "0".
THCS_ITEMS = [
    item(
        TT18,
        "thcs",
        L13,
        "1.3",
        "dotted",
        ("Giữ vững mức 3", 3),
        ["- Kiện toàn Hội đồng trường theo Điều lệ."],
        "Hiệu trưởng",
        "Tháng 9/2025",
        ("0", 0),
    ),
    item(
        TT18,
        "thcs",
        L13,
        "3.3",
        "dotted",
        ("Phấn đấu đạt mức 2", 2),
        ["- Sửa chữa 02 phòng học bộ môn.", "- Mua bổ sung bàn ghế phòng thí nghiệm."],
        "Hiệu trưởng; kế toán",
        "Học kỳ I năm học 2025-2026",
        ("5.000.000", 5000000),
        support="Hội cha mẹ học sinh",
    ),
    item(
        TT18,
        "thcs",
        L13,
        "5.2",
        "dotted",
        ("Duy trì mức 2", 2),
        ["- Tổ chức ngày hội đọc sách mỗi học kỳ."],
        "Tổ Ngữ văn; thư viện",
        "Cả năm học",
        ("Không", None),
    ),
]
THCS_SPACED = described(
    {"name": "Trường THCS Tân Lập", "level": "thcs", "governing_body": "UBND XÃ TÂN LẬP"},
    TT18,
    {"number": "12/KH-THCS", "place": "Tân Lập", "date": "2025-09-25", "school_year": "2025-2026"},
    (
        PURPOSES,
        [BASES_18, "Căn cứ kết quả tự đánh giá năm học 2024-2025 của Trường THCS Tân Lập;"],
        DUTIES,
    ),
    THCS_ITEMS,
    [1, 3, 5],
    (["UBND xã Tân Lập;", "Lưu: VT."], "HIỆU TRƯỞNG", "Lê Văn Thành"),
    {
        "left": ["UBND XÃ TÂN LẬP", "TRƯỜNG THCS TÂN LẬP", "Số: 12 /KH-THCS"],
        "date_line": "Tân Lập, ngày 25 tháng 9 năm 2025",
        "title": ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2025-2026"],
        "headings": [
            "I. MỤC ĐÍCH VÀ YÊU CẦU",
            "II. CĂN CỨ",
            "III. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
            "VI. TỔ CHỨC THỰC HIỆN",
        ],
        "marker": "{a}) ",
        "columns": FORM,
        "rows": [
            ("part", "MỨC 1, 2, 3"),
            ("crit_standard", standard_row(TT18, "thcs", 1, "Tiêu chuẩn {n}: {t}")),
            ("item", 0),
            ("crit_standard", standard_row(TT18, "thcs", 3, "Tiêu chuẩn {n}: {t}")),
            ("item", 1),
            ("crit_standard", standard_row(TT18, "thcs", 5, "Tiêu chuẩn {n}: {t}")),
            ("item", 2),
        ],
    },
)

# 4. THPT under a Sở: code and title apart, "Nguồn lực" budget, no MỨC rows, standard
#    rows absent, "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG", "Ngân sách + XHH".
THPT_ITEMS = [
    item(
        TT18,
        "thpt",
        None,
        "2.3",
        "apart",
        ("Đạt mức 3", 3),
        ["- Bồi dưỡng nghiệp vụ cho nhân viên thiết bị, thí nghiệm."],
        "Phó hiệu trưởng phụ trách cơ sở vật chất",
        "Tháng 10/2025 - tháng 12/2025",
        ("Ngân sách + XHH", None),
    ),
    item(
        TT18,
        "thpt",
        None,
        "4.2",
        "apart",
        ("Duy trì mức 2", 2),
        ["- Họp Ban đại diện cha mẹ học sinh mỗi học kỳ."],
        "Hiệu trưởng; Ban đại diện cha mẹ học sinh",
        "Cả năm học",
        ("Không", None),
    ),
]
for _row in THPT_ITEMS:
    _row["part"] = None
THPT_SO = described(
    {"name": "Trường THPT Bảo Lộc", "level": "thpt", "governing_body": "SỞ GD&ĐT LÂM ĐỒNG"},
    TT18,
    {
        "number": "35/KH-THPTBL",
        "place": "Bảo Lộc",
        "date": "2025-10-02",
        "school_year": "2025-2026",
    },
    (PURPOSES, [BASES_18, "Căn cứ báo cáo tự đánh giá năm 2025 của Trường THPT Bảo Lộc;"], DUTIES),
    THPT_ITEMS,
    [],
    (["Sở GD&ĐT (b/c);", "Lưu: VT, HĐTĐG."], "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG", "Trần Minh Đức"),
    {
        "left": ["SỞ GD&ĐT LÂM ĐỒNG", "TRƯỜNG THPT BẢO LỘC", "Số: 35/KH-THPTBL"],
        "date_line": "Bảo Lộc, ngày 02 tháng 10 năm 2025",
        "title": ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", "Năm học 2025 - 2026"],
        "headings": [
            "I. MỤC ĐÍCH - YÊU CẦU",
            "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
            "III. NỘI DUNG KẾ HOẠCH",
            "VI. TỔ CHỨC THỰC HIỆN",
        ],
        "columns": columns(budget="Nguồn lực"),
        "rows": [("item", 0), ("item", 1)],
    },
)

# 5. Trường phổ thông nhiều cấp học: "MỨC 1, 2, 3" / "MỨC 4" (in the DOCX a paragraph
#    between two tables), level-4 rows without codes,
#    "•" before the Nơi nhận lines, "Chủ trì, phối hợp" and amounts "3 triệu đồng".
NC_ITEMS = [
    item(
        TT18,
        "nhieu_cap",
        L13,
        "1.5",
        "colon",
        ("Đạt mức 2", 2),
        ["- Rà soát vị trí việc làm, phân công lại tổ văn phòng."],
        "Hiệu trưởng",
        "Tháng 9/2025",
        ("Không", None),
    ),
    item(
        TT18,
        "nhieu_cap",
        L13,
        "5.4",
        "colon",
        ("Giữ vững mức 2", 2),
        ["- Mở câu lạc bộ kỹ năng sống cho học sinh cấp trung học cơ sở."],
        "Đoàn Đội; giáo viên chủ nhiệm",
        "Học kỳ II",
        ("3 triệu đồng", 3000000),
    ),
    item(
        TT18,
        "nhieu_cap",
        L4,
        None,
        "Có phòng học tiếng dân tộc cho học sinh",
        ("Đạt", None),
        ["- Tham mưu cải tạo 01 phòng học."],
        "Hiệu trưởng",
        "Năm 2026",
        ("Ngân sách nhà nước", None),
    ),
]
NHIEU_CAP = described(
    {
        "name": "Trường Tiểu học và THCS Hòa Bình",
        "level": "nhieu_cap",
        "governing_body": "UBND XÃ HÒA BÌNH",
    },
    TT18,
    {
        "number": "21/KH-THCSHB",
        "place": "Hòa Bình",
        "date": "2025-09-30",
        "school_year": "2025-2026",
    },
    (
        PURPOSES,
        [BASES_18, "Căn cứ kết quả tự đánh giá của Trường Tiểu học và THCS Hòa Bình;"],
        DUTIES,
    ),
    NC_ITEMS,
    [1, 5],
    (["UBND xã Hòa Bình;", "Lưu: VT."], "HIỆU TRƯỞNG", "Hoàng Văn Nam"),
    {
        "left": ["UBND XÃ HÒA BÌNH", "TRƯỜNG TIỂU HỌC VÀ THCS", "HÒA BÌNH", "Số: 21/KH-THCSHB"],
        "date_line": "Hòa Bình, ngày 30 tháng 9 năm 2025",
        "title": ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục", "Năm học 2025-2026"],
        "headings": [
            "I. MỤC ĐÍCH, YÊU CẦU",
            "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
            "III. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
            "VI. TỔ CHỨC THỰC HIỆN",
        ],
        "columns": columns(responsible="Chủ trì, phối hợp"),
        "bullet": "•",
        "level_4_apart": True,
        "numbers": True,
        "rows": [
            ("part", "MỨC 1, 2, 3"),
            ("standard", standard_row(TT18, "nhieu_cap", 1, "Tiêu chuẩn {n}: {t}")),
            ("item", 0),
            ("standard", standard_row(TT18, "nhieu_cap", 5, "Tiêu chuẩn {n}: {t}")),
            ("item", 1),
            ("part", "MỨC 4"),
            ("item", 2),
        ],
    },
)

# 6. THCS in a mountain commune (PTDTBT), the name over two lines, "NỘI DUNG CẢI TIẾN",
#    codes only ("1.2"), a criterion merged over three rows, "1)" purposes.
BT_ITEMS = [
    item(
        TT18,
        "thcs",
        L13,
        "1.2",
        "code",
        ("Duy trì mức 1", 1),
        ["- Kiện toàn Hội đồng trường."],
        "Hiệu trưởng",
        "Tháng 9/2025",
        ("Không", None),
    ),
    item(
        TT18,
        "thcs",
        L13,
        "1.2",
        "code",
        ("Duy trì mức 1", 1),
        ["- Xây dựng quy chế hoạt động của Hội đồng trường."],
        "Chủ tịch Hội đồng trường",
        "Tháng 10/2025",
        ("Không", None),
    ),
    item(
        TT18,
        "thcs",
        L13,
        "1.2",
        "code",
        ("Duy trì mức 1", 1),
        ["- Họp Hội đồng trường định kỳ."],
        "Thư ký Hội đồng trường",
        "Học kỳ I, học kỳ II",
        ("Không", None),
    ),
    item(
        TT18,
        "thcs",
        L13,
        "3.1",
        "code",
        ("Đạt mức 2", 2),
        ["- Làm nhà bán trú cho học sinh."],
        "Hiệu trưởng",
        "Năm 2026",
        ("1,2 tỷ đồng", 1200000000),
    ),
]
PTDTBT = described(
    {"name": "Trường PTDTBT THCS Trà Leng", "level": "thcs", "governing_body": "UBND XÃ TRÀ LENG"},
    TT18,
    {"number": "05/KH-THCS", "place": "Trà Leng", "date": "2025-09-15", "school_year": "2025-2026"},
    (PURPOSES, [BASES_18, "Căn cứ báo cáo tự đánh giá của Trường PTDTBT THCS Trà Leng;"], DUTIES),
    BT_ITEMS,
    [1, 3],
    (["UBND xã Trà Leng;", "Lưu: VT."], "HIỆU TRƯỞNG", "Hồ Văn Lượng"),
    {
        "left": ["UBND XÃ TRÀ LENG", "TRƯỜNG PTDTBT THCS", "TRÀ LENG", "Số: 05/KH-THCS"],
        "date_line": "Trà Leng, ngày 15 tháng 9 năm 2025",
        "title": ["KẾ HOẠCH", "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", "NĂM HỌC 2025-2026"],
        "headings": [
            "I. MỤC ĐÍCH VÀ YÊU CẦU",
            "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
            "III. NỘI DUNG CẢI TIẾN CHẤT LƯỢNG",
            "VI. TỔ CHỨC THỰC HIỆN",
        ],
        "marker": "{n}) ",
        "columns": FORM,
        "rows": [
            ("part", "MỨC 1, 2, 3"),
            ("standard", standard_row(TT18, "thcs", 1, "TIÊU CHUẨN {n}: {T}")),
            ("item", 0),
            ("item", 1),
            ("item", 2),
            ("standard", standard_row(TT18, "thcs", 3, "TIÊU CHUẨN {n}: {T}")),
            ("item", 3),
        ],
        "merge": [[0, 1, 2]],
    },
)
# Standard rows in capitals: the truth keeps them as written.
PTDTBT["standards"] = [{**row, "title": row["title"].upper()} for row in PTDTBT["standards"]]

# 7. Mầm non in a ward (TT19), no standard rows, "MỨC 1" only, code and title apart,
#    "Giữ vững" and "Duy trì mức 1, hướng tới mức 2" targets, "3.500.000 đồng", two-row
#    heading with the time split.
MN_ITEMS = [
    item(
        TT19,
        "mam_non",
        L13,
        "2.1",
        "apart",
        ("Giữ vững", None),
        ["- Tự bồi dưỡng theo kế hoạch bồi dưỡng thường xuyên."],
        "Hiệu trưởng",
        ("Tháng 9/2025", "Tháng 5/2026"),
        ("3.500.000 đồng", 3500000),
    ),
    item(
        TT19,
        "mam_non",
        L13,
        "5.3",
        "apart",
        ("Duy trì mức 1, hướng tới mức 2", 2),
        ["- Đánh giá sự phát triển của trẻ cuối mỗi chủ đề."],
        "Giáo viên các lớp",
        ("Tháng 10/2025", "Tháng 4/2026"),
        ("Không", None),
    ),
]
MAM_NON_PHUONG = described(
    {
        "name": "Trường Mầm non Hoa Sen",
        "level": "mam_non",
        "governing_body": "UBND PHƯỜNG BÌNH TÂN",
    },
    TT19,
    {"number": "17/KH-MNHS", "place": "Bình Tân", "date": "2025-10-06", "school_year": "2025-2026"},
    (PURPOSES, [BASES_19, "Căn cứ kết quả tự đánh giá của Trường Mầm non Hoa Sen;"], DUTIES),
    MN_ITEMS,
    [],
    (["UBND phường Bình Tân;", "Lưu: VT."], "HIỆU TRƯỞNG", "Phạm Thị Hồng Nhung"),
    {
        "left": ["UBND PHƯỜNG BÌNH TÂN", "TRƯỜNG MẦM NON HOA SEN", "Số: 17/KH-MNHS"],
        "date_line": "Bình Tân, ngày 06 tháng 10 năm 2025",
        "title": ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2025-2026"],
        "headings": [
            "I. MỤC ĐÍCH, YÊU CẦU",
            "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
            "III. KẾ HOẠCH CẢI TIẾN",
            "VI. TỔ CHỨC THỰC HIỆN",
        ],
        "columns": SPLIT,
        "group": ("Thời gian thực hiện", 5, 6),
        "rows": [("part", "MỨC 1"), ("item", 0), ("item", 1)],
    },
)

# 8. Tiểu học in a commune, reworded headings ("KẾ HOẠCH CẢI TIẾN", "TỔ CHỨC THỰC HIỆN"
#    numbered V), "Kinh phí" heading, criterion cells "Tiêu chí 3.2" code only, Mức 4 row
#    "MỨC 4" with no rows under it.
TH2_ITEMS = [
    item(
        TT17,
        "tieu_hoc",
        L13,
        "3.2",
        "colon",
        ("Đạt mức 2 (hiện trạng mức 1)", 2),
        ["- Tham mưu xây dựng 02 phòng học."],
        "Hiệu trưởng",
        "Năm 2026",
        ("Ngân sách địa phương", None),
    ),
    item(
        TT17,
        "tieu_hoc",
        L13,
        "4.1",
        "colon",
        ("Duy trì mức 3", 3),
        ["- Thành lập Ban đại diện cha mẹ học sinh các lớp."],
        "Giáo viên chủ nhiệm",
        "Tháng 9/2025",
        ("Không", None),
    ),
]
TIEU_HOC_XA = described(
    {"name": "Trường Tiểu học Sơn Thủy", "level": "tieu_hoc", "governing_body": "UBND XÃ SƠN THỦY"},
    TT17,
    {"number": "09/KH-THST", "place": "Sơn Thủy", "date": "2025-09-22", "school_year": "2025-2026"},
    (PURPOSES, [BASES_17, "Căn cứ kết quả tự đánh giá của Trường Tiểu học Sơn Thủy;"], DUTIES),
    TH2_ITEMS,
    [3, 4],
    (["UBND xã Sơn Thủy;", "Lưu: VT."], "HIỆU TRƯỞNG", "Đinh Văn Hùng"),
    {
        "left": ["UBND XÃ SƠN THỦY", "TRƯỜNG TIỂU HỌC SƠN THỦY", "Số: 09/KH-THST"],
        "date_line": "Sơn Thủy, ngày 22 tháng 9 năm 2025",
        "title": ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", "NĂM HỌC 2025-2026"],
        "headings": [
            "I. MỤC ĐÍCH, YÊU CẦU",
            "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
            "III. KẾ HOẠCH CẢI TIẾN",
            "V. TỔ CHỨC THỰC HIỆN",
        ],
        "columns": columns(budget="Kinh phí"),
        "rows": [
            ("part", "MỨC 1, 2, 3"),
            ("standard", standard_row(TT17, "tieu_hoc", 3, "Tiêu chuẩn {n}: {t}")),
            ("item", 0),
            ("standard", standard_row(TT17, "tieu_hoc", 4, "Tiêu chuẩn {n}: {t}")),
            ("item", 1),
            ("part", "MỨC 4"),
        ],
    },
)

ROUND5: dict[str, dict[str, Any]] = {
    "mam-non-2018-commune": MAM_NON_XA,
    "tieu-hoc-2018-two-line-name": TIEU_HOC_TWO_LINES,
    "thcs-2018-spaced-number": THCS_SPACED,
    "thpt-2018-so-level": THPT_SO,
    "nhieu-cap-2018-level-4-uncoded": NHIEU_CAP,
    "thcs-2018-merged-criterion": PTDTBT,
    "mam-non-2018-ward-split-time": MAM_NON_PHUONG,
    "tieu-hoc-2018-empty-level-4": TIEU_HOC_XA,
}
TEXT_ROUND5 = {
    "mam-non-2018-commune": "pipe",
    "tieu-hoc-2018-two-line-name": "tab",
    "thcs-2018-merged-criterion": "cells",
}
