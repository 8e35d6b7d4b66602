"""The plans behind ``tests/samples/*/round4/``: eight 2026-form plans written as schools might.

Each plan is its ``caitien.plan/1`` truth plus layout keys starting with "_"
(see ``generate_round4.py`` for what they mean). Prose sections are given as the
lines the document writes (``_layout["lines"]``), so the truth beside them says
exactly what each line becomes. Schools, people and figures are fictional;
places are real localities.
"""

from __future__ import annotations

from typing import Any

from generate_docx_plans import plan, row_2026
from generate_siblings_plans import criterion_title, org, problem, watch

from caitien.frameworks import get_framework

TT57 = "TT57-2026"
# The columns of the form's tables as (heading, field); "tt" is the row number,
# "note" a "Ghi chú" column the truth does not keep, "start"/"end" a split time.
V_FORM = [
    ("TT", "tt"),
    ("Nội dung cải tiến", "content"),
    ("Mục tiêu cải tiến", "target"),
    ("Hoạt động/giải pháp", "actions"),
    ("Chỉ số đánh giá kết quả", "indicator"),
    ("Thời gian thực hiện", "timeline"),
    ("Đơn vị/cá nhân phụ trách", "responsible"),
    ("Nguồn lực bảo đảm", "budget"),
    ("Thông tin, dữ liệu hoặc minh chứng dự kiến", "evidence"),
    ("Mức độ thực hiện", "status"),
]
IV_FORM = [
    ("TT", "tt"),
    ("Tiêu chuẩn", "standard"),
    ("Tiêu chí liên quan (nếu có)", "criteria"),
    ("Đánh giá hiện trạng", "current_state"),
    ("Điểm hạn chế", "limitation"),
    ("Nguyên nhân của hạn chế", "cause"),
]
VI_FORM = [
    ("Thời điểm", "when"),
    ("Nội dung theo dõi", "content"),
    ("Kết quả thực hiện", "result"),
    ("Điều chỉnh (nếu có)", "adjustment"),
    ("Người đánh giá", "assessor"),
]
ROMAN_HEADINGS = [
    "THÔNG TIN CHUNG",
    "CĂN CỨ XÂY DỰNG KẾ HOẠCH",
    "MỤC ĐÍCH, YÊU CẦU",
    "TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN",
    "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
    "THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)",
    "TỔ CHỨC THỰC HIỆN",
    "CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO",
]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


def split_time(start: str, end: str) -> dict[str, str]:
    """An item's time written in two columns; the truth joins them with " - "."""
    return {"timeline": f"{start} - {end}", "_start": start, "_end": end}


def item(level: str, code: str | None, content: str, **fields: Any) -> dict[str, Any]:
    """A table V row; ``standard`` from the code unless given, title when ``titled``."""
    titled = fields.pop("titled", False)
    standard = fields.pop("standard", None)
    if code is not None:
        standard = int(code.split(".")[0])
    times = {key: fields.pop(key) for key in ("_start", "_end") if key in fields}
    title = criterion_title(TT57, level, code) if titled and code else None
    return row_2026(standard, code, title, content, **fields) | times


def numbered(texts: list[str], style: str = "{n}. ") -> list[str]:
    """The document's lines for points numbered "1." (or ``style``) whose truth drops the number."""
    letters = "abcdđeghiklmn"
    return [style.format(n=n, a=letters[n - 1]) + text for n, text in enumerate(texts, start=1)]


def role_lines(roles: list[dict[str, Any]], style: str = "{n}. ") -> list[str]:
    """Numbered role headings each followed by its duty lines as the truth writes them."""
    lines: list[str] = []
    for line, role in zip(numbered([r["role"] for r in roles], style), roles, strict=True):
        lines += [line, *role["duties"]]
    return lines


def standard_heading(level: str, number: int, written: str = "Tiêu chuẩn {n}: {t}") -> str:
    """A table V heading row for standard ``number`` with the framework's title."""
    title = get_framework(TT57, level).standards[number - 1].title
    return written.format(n=number, t=title)


def standards_of(level: str, numbers: list[int]) -> list[dict[str, Any]]:
    """The ``standards`` truth for heading rows ``numbers``."""
    found = get_framework(TT57, level).standards
    return [{"number": n, "title": found[n - 1].title} for n in numbers]


# 1. Mầm non (Phụ lục I): "PHẦN I." headings, general info as dashed lines, table IV with
#    the criteria column before the standard and a "Ghi chú" column, table V with the
#    column-number row and "Tiêu chuẩn N: …" rows, codes "TC 1.3", amounts "5 triệu".
MN_SAO_MAI_ITEMS = [
    item(
        "mam_non",
        "1.3",
        "Cập nhật dữ liệu trẻ và đội ngũ trên phần mềm quản lý (TC 1.3)",
        target=("Đạt Mức 2", 2),
        actions="Phân công 01 nhân viên phụ trách dữ liệu; đối chiếu hồ sơ giấy mỗi tháng.",
        indicator="100% hồ sơ trẻ khớp với dữ liệu trên phần mềm",
        timeline="Tháng 9/2026 - tháng 11/2026",
        responsible="Phó hiệu trưởng Trần Thị Hạnh",
        budget=("Không", None),
        evidence="Báo cáo trích xuất dữ liệu; biên bản đối chiếu",
        status="Đang thực hiện",
    ),
    item(
        "mam_non",
        None,
        "Xây dựng góc trưng bày sản phẩm của trẻ ở mỗi nhóm, lớp",
        standard=1,
        target=("12/12 nhóm, lớp có góc trưng bày", None),
        actions="Giáo viên cùng trẻ làm sản phẩm; ban giám hiệu kiểm tra cuối tháng.",
        indicator="Số nhóm, lớp có góc trưng bày đạt yêu cầu",
        timeline="Tháng 10/2026",
        responsible="Giáo viên các nhóm, lớp",
        budget=("5 triệu", 5000000),
        evidence="Hình ảnh góc trưng bày",
        status="",
    ),
    item(
        "mam_non",
        "2.2",
        "Bồi dưỡng giáo viên kỹ năng quan sát, đánh giá sự phát triển của trẻ (TC 2.2)",
        target=("Giữ vững Mức 1, 80% giáo viên lập được phiếu quan sát trẻ", 1),
        actions="Tổ chức 03 buổi sinh hoạt chuyên môn; dự giờ và góp ý theo cặp.",
        indicator="Tỷ lệ giáo viên lập phiếu quan sát đúng mẫu",
        timeline="Tháng 10/2026 - tháng 3/2027",
        responsible="Tổ trưởng chuyên môn",
        budget=("2,5 triệu đồng", 2500000),
        evidence="Biên bản sinh hoạt chuyên môn; phiếu quan sát trẻ",
        status="",
    ),
    item(
        "mam_non",
        "4.1",
        "Thay mới đồ dùng, đồ chơi ngoài trời đã hư hỏng (TC 4.1)",
        target=("Đạt Mức 1", 1),
        actions="Kiểm kê đồ chơi ngoài trời; lập dự toán và mua sắm theo quy định.",
        indicator="Số đồ chơi ngoài trời bảo đảm an toàn",
        timeline="Học kỳ II",
        responsible="Hiệu trưởng; kế toán",
        budget=("45 triệu đồng (ngân sách phường)", 45000000),
        evidence="Biên bản kiểm kê; hóa đơn mua sắm",
        status="Chưa thực hiện",
    ),
]
MN_SAO_MAI_INFO = [
    "- Tên cơ sở giáo dục: Trường Mầm non Sao Mai.",
    "- Địa chỉ: Khu phố 3, phường Tân An, tỉnh Đồng Nai.",
    "- Quy mô: 12 nhóm, lớp với 356 trẻ; 38 cán bộ quản lý, giáo viên, nhân viên.",
]
MN_SAO_MAI_BASES = [
    "Căn cứ Thông tư số 57/2026/TT-BGDĐT ngày 07/7/2026 của Bộ trưởng Bộ Giáo dục và Đào tạo;",
    "Căn cứ kết quả tự đánh giá năm học 2025 - 2026 của Trường Mầm non Sao Mai;",
    "Căn cứ kế hoạch năm học 2026 - 2027 của nhà trường,",
]
MN_SAO_MAI_PURPOSES = [
    "Khắc phục các hạn chế đã chỉ ra trong báo cáo tự đánh giá.",
    "Nâng cao chất lượng nuôi dưỡng, chăm sóc, giáo dục trẻ.",
    "Các nội dung cải tiến phải cụ thể, khả thi và có minh chứng.",
]
MN_SAO_MAI_ORG = org(
    (
        "Hiệu trưởng",
        ["- Phê duyệt kế hoạch; bố trí kinh phí.", "- Chỉ đạo rà soát kế hoạch mỗi học kỳ."],
    ),
    ("Phó hiệu trưởng", ["- Theo dõi tiến độ, tổng hợp minh chứng."]),
    ("Tổ chuyên môn, giáo viên", ["- Thực hiện các nội dung được phân công."]),
)
MN_SAO_MAI_REPORTING = [
    "Cuối học kỳ I và cuối năm học, các bộ phận báo cáo kết quả cho Hiệu trưởng.",
    "Nhà trường báo cáo UBND phường Tân An trước ngày 15/6/2027.",
]
MAM_NON_PHAN = plan(
    form="2026",
    school={
        "name": "Trường Mầm non Sao Mai",
        "level": "mam_non",
        "governing_body": "UBND PHƯỜNG TÂN AN",
    },
    framework=TT57,
    document={
        "number": "27/KH-MNSM",
        "place": "Tân An",
        "date": "2026-09-18",
        "school_year": "2026-2027",
    },
    general_info=MN_SAO_MAI_INFO,
    bases=MN_SAO_MAI_BASES,
    purposes=MN_SAO_MAI_PURPOSES,
    problems=[
        problem(
            "Tiêu chuẩn 1",
            "1.3",
            "Nhà trường đã sử dụng phần mềm quản lý trẻ.",
            "Dữ liệu chưa cập nhật kịp thời.",
            "Chưa phân công người phụ trách.",
        ),
        problem(
            "Tiêu chuẩn 2",
            "2.2",
            "Giáo viên đạt chuẩn trình độ đào tạo.",
            "Kỹ năng quan sát, đánh giá trẻ còn hạn chế.",
            "Ít được bồi dưỡng chuyên sâu.",
        ),
        problem(
            "Tiêu chuẩn 4",
            "4.1",
            "Có sân chơi và đồ chơi ngoài trời.",
            "Một số đồ chơi đã hư hỏng.",
            "Đồ chơi sử dụng lâu năm.",
        ),
    ],
    standards=standards_of("mam_non", [1, 2, 4]),
    items=MN_SAO_MAI_ITEMS,
    monitoring=[
        watch("Cuối học kỳ I", "Tiến độ nội dung 1, 2, 3", "Hội đồng tự đánh giá"),
        watch("Cuối năm học", "Kết quả 04 nội dung cải tiến", "Hiệu trưởng"),
    ],
    organization=MN_SAO_MAI_ORG,
    reporting=MN_SAO_MAI_REPORTING,
    recipients=["UBND phường Tân An (để b/c);", "CB, GV, NV nhà trường (để th/h);", "Lưu: VT."],
    signer={"title": "HIỆU TRƯỞNG", "name": "Võ Thị Thanh Tâm"},
    _layout={
        "header": "tabs",
        "school_caps": "TRƯỜNG MẦM NON SAO MAI",
        "number_line": "Số: 27/KH-MNSM",
        "date_line": "Tân An, ngày 18 tháng 9 năm 2026",
        "title": ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2026 - 2027"],
        "headings": [f"PHẦN {r}. {h}" for r, h in zip(ROMAN, ROMAN_HEADINGS, strict=True)],
        "lines": [
            MN_SAO_MAI_INFO,
            MN_SAO_MAI_BASES,
            numbered(MN_SAO_MAI_PURPOSES),
            role_lines(MN_SAO_MAI_ORG),
            numbered(MN_SAO_MAI_REPORTING),
        ],
        "iv": [
            ("TT", "tt"),
            ("Tiêu chí liên quan (nếu có)", "criteria"),
            ("Tiêu chuẩn", "standard"),
            ("Đánh giá hiện trạng", "current_state"),
            ("Điểm hạn chế", "limitation"),
            ("Nguyên nhân của hạn chế", "cause"),
            ("Ghi chú", "note"),
        ],
        "notes": ["Ưu tiên 1", "", "Ưu tiên 2"],
        "v": V_FORM,
        "v_numbers": True,
        "vi": VI_FORM,
        "rows": [
            ("standard", standard_heading("mam_non", 1)),
            ("item", 0),
            ("item", 1),
            ("standard", standard_heading("mam_non", 2)),
            ("item", 2),
            ("standard", standard_heading("mam_non", 4)),
            ("item", 3),
        ],
        "closing": "side",
    },
)


# 2. Tiểu học: headings lettered "A." … "H.", purposes under "1. Mục đích" / "2. Yêu cầu"
#    with dashes, table V without the number row and its time split under a merged
#    "Thời gian" heading ("Bắt đầu" / "Hoàn thành"), amounts "5.000.000đ", codes
#    "(Tiêu chí 2.2)", table VI with an STT and a "Ghi chú" column.
TH_QUANG_PHU_ITEMS = [
    item(
        "tieu_hoc",
        "1.4",
        "Công khai kết quả tự đánh giá và kế hoạch cải tiến trên trang thông tin điện tử "
        "(Tiêu chí 1.4)",
        target=("Tiêu chí 1.4 đạt Mức 2", 2),
        actions="Cập nhật chuyên mục công khai; lấy ý kiến cha mẹ học sinh qua phiếu trực tuyến.",
        indicator="Số lượt góp ý của cha mẹ học sinh được phản hồi",
        **split_time("09/2026", "12/2026"),
        responsible="Phó hiệu trưởng; tổ văn phòng",
        budget=("Không phát sinh", None),
        evidence="Ảnh chụp chuyên mục công khai; tổng hợp phiếu ý kiến",
        status="Đang thực hiện",
    ),
    item(
        "tieu_hoc",
        "2.2",
        "Bồi dưỡng giáo viên dạy học môn Tin học và Công nghệ (Tiêu chí 2.2)",
        target=("100% giáo viên khối 3 - 5 dạy được nội dung Tin học cơ bản", None),
        actions="Mời chuyên viên Phòng Văn hóa - Xã hội tập huấn; dự giờ, rút kinh nghiệm.",
        indicator="Tỷ lệ giáo viên đạt yêu cầu qua dự giờ",
        **split_time("10/2026", "04/2027"),
        responsible="Tổ trưởng tổ 3 - 4 - 5",
        budget=("5.000.000đ", 5000000),
        evidence="Kế hoạch tập huấn; phiếu dự giờ",
        status="",
    ),
    item(
        "tieu_hoc",
        "3.5",
        "Nâng tỷ lệ học sinh hoàn thành tốt môn Toán ở lớp 4, 5 (Tiêu chí 3.5)",
        target=("Phấn đấu đạt Mức 2 ở tiêu chí 3.5", 2),
        actions="Phụ đạo học sinh chưa hoàn thành vào chiều thứ Năm; tổ chức câu lạc bộ Toán.",
        indicator="Tỷ lệ học sinh lớp 4, 5 hoàn thành tốt môn Toán",
        **split_time("09/2026", "05/2027"),
        responsible="Giáo viên chủ nhiệm lớp 4, 5",
        budget=("12.000.000đ (xã hội hóa)", 12000000),
        evidence="Bảng tổng hợp kết quả đánh giá học sinh",
        status="",
    ),
]
TH_QUANG_PHU_INFO = [
    "Tên trường: Trường Tiểu học Quảng Phú.",
    "Địa chỉ: Thôn Phú Lộc, xã Quảng Phú, tỉnh Quảng Trị.",
    "Số lớp: 22; số học sinh: 714.",
]
TH_QUANG_PHU_BASES = [
    "- Thông tư số 57/2026/TT-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo;",
    "- Công văn số 1120/SGDĐT-QLCL ngày 20/8/2026 của Sở Giáo dục và Đào tạo Quảng Trị;",
    "- Báo cáo tự đánh giá năm học 2025 - 2026 của nhà trường.",
]
TH_QUANG_PHU_PURPOSES = [
    "- Xác định rõ các vấn đề cần ưu tiên cải tiến trong năm học.",
    "- Huy động sự tham gia của cha mẹ học sinh vào việc cải tiến chất lượng.",
    "- Mỗi hoạt động có người phụ trách, thời gian và chỉ số đánh giá.",
    "- Rà soát, điều chỉnh kế hoạch cuối học kỳ I.",
]
TH_QUANG_PHU_ORG = org(
    ("Hiệu trưởng", ["- Chỉ đạo chung việc thực hiện kế hoạch."]),
    ("Phó hiệu trưởng", ["- Trực tiếp theo dõi, đôn đốc các tổ chuyên môn."]),
    ("Tổ trưởng chuyên môn", ["- Triển khai các hoạt động; báo cáo hằng tháng."]),
)
TH_QUANG_PHU_REPORTING = [
    "Các tổ nộp báo cáo tiến độ vào ngày 25 hằng tháng.",
    "Hiệu trưởng báo cáo kết quả thực hiện với UBND xã Quảng Phú cuối năm học.",
]
TIEU_HOC_LETTERS = plan(
    form="2026",
    school={
        "name": "Trường Tiểu học Quảng Phú",
        "level": "tieu_hoc",
        "governing_body": "UBND XÃ QUẢNG PHÚ",
    },
    framework=TT57,
    document={
        "number": "41/KH-THQP",
        "place": "Quảng Phú",
        "date": "2026-09-25",
        "school_year": "2026-2027",
    },
    general_info=TH_QUANG_PHU_INFO,
    bases=TH_QUANG_PHU_BASES,
    purposes=TH_QUANG_PHU_PURPOSES,
    problems=[
        problem(
            "Tiêu chuẩn 1",
            "1.4",
            "Nhà trường công khai theo quy định.",
            "Chưa lấy ý kiến phản hồi của cha mẹ học sinh.",
            "Chưa có kênh tiếp nhận ý kiến trực tuyến.",
        ),
        problem(
            "Tiêu chuẩn 2",
            "2.2",
            "Đủ giáo viên dạy các môn.",
            "Giáo viên dạy Tin học còn thiếu kinh nghiệm.",
            "Môn học mới, ít được bồi dưỡng.",
        ),
        problem(
            "Tiêu chuẩn 3",
            "3.5",
            "Học sinh hoàn thành chương trình lớp học đạt 99%.",
            "Tỷ lệ hoàn thành tốt môn Toán thấp hơn bình quân của xã.",
            "Chưa tổ chức phụ đạo thường xuyên.",
        ),
    ],
    standards=[],
    items=TH_QUANG_PHU_ITEMS,
    monitoring=[
        watch("Cuối học kỳ I", "Tiến độ các hoạt động", "Hiệu trưởng", result="Đúng tiến độ"),
        watch("Cuối năm học", "Mức độ đạt các chỉ số", "Hội đồng tự đánh giá"),
    ],
    organization=TH_QUANG_PHU_ORG,
    reporting=TH_QUANG_PHU_REPORTING,
    recipients=["UBND xã Quảng Phú;", "Các tổ chuyên môn;", "Lưu: VT."],
    signer={"title": "HIỆU TRƯỞNG", "name": "Hoàng Thị Lệ Thủy"},
    _layout={
        "header": "table_two_rows",
        "school_caps": "TRƯỜNG TIỂU HỌC QUẢNG PHÚ",
        "number_line": "Số: 41/KH-THQP",
        "date_line": "Quảng Phú, ngày 25 tháng 9 năm 2026",
        "title": ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", "Năm học 2026 - 2027"],
        "headings": [f"{a}. {h}" for a, h in zip("ABCDĐEGH", ROMAN_HEADINGS, strict=True)],
        "lines": [
            numbered(TH_QUANG_PHU_INFO),
            TH_QUANG_PHU_BASES,
            [
                "1. Mục đích",
                *TH_QUANG_PHU_PURPOSES[:2],
                "2. Yêu cầu",
                *TH_QUANG_PHU_PURPOSES[2:],
            ],
            role_lines(TH_QUANG_PHU_ORG),
            numbered(TH_QUANG_PHU_REPORTING),
        ],
        "iv": IV_FORM,
        "v": [
            *V_FORM[:5],
            ("Bắt đầu", "start"),
            ("Hoàn thành", "end"),
            *V_FORM[6:],
        ],
        "v_group": ("Thời gian", 5, 6),
        "vi": [("STT", "tt"), *VI_FORM, ("Ghi chú", "note")],
        "notes": ["", "Họp hội đồng"],
        "rows": [("item", n) for n in range(3)],
        "closing": "side",
    },
)


# 3. THCS: sections numbered "1." … "8." in sentence case, so the points under them are
#    lettered or dashed; a bare code "1.2." opening the content cell with its title;
#    table IV under a two-row heading ("Vấn đề cần cải tiến" over two columns); amounts
#    "Ngân sách nhà nước" and "30.000.000 đồng"; roles "7.1.", "7.2."; also written as
#    text with "|" rows.
THCS_HV_ITEMS = [
    item(
        "thcs",
        "1.2",
        f"1.2. {criterion_title(TT57, 'thcs', '1.2')}",
        titled=True,
        target=("Đạt Mức 2: các tổ phối hợp theo quy chế được công khai", 2),
        actions="Sửa đổi quy chế làm việc; phân công lại nhiệm vụ các tổ sau sáp nhập.",
        indicator="Quy chế được ban hành trước ngày 31/10/2026",
        timeline="Tháng 9/2026 - tháng 10/2026",
        responsible="Hiệu trưởng",
        budget=("Không", None),
        evidence="Quy chế làm việc; quyết định phân công",
        status="Hoàn thành",
    ),
    item(
        "thcs",
        "3.2",
        "Đổi mới kiểm tra, đánh giá theo hướng phát triển năng lực (TC 3.2)",
        target=("80% bài kiểm tra giữa kỳ có câu hỏi vận dụng", None),
        actions="Xây dựng ma trận đề chung cho các môn; tập huấn giáo viên ra đề.",
        indicator="Tỷ lệ đề kiểm tra đạt yêu cầu ma trận",
        timeline="Học kỳ I",
        responsible="Phó hiệu trưởng chuyên môn; tổ trưởng",
        budget=("Ngân sách nhà nước", None),
        evidence="Ma trận đề; biên bản thẩm định đề",
        status="Đang thực hiện",
    ),
    item(
        "thcs",
        "4.1",
        "Trang bị phòng học bộ môn Khoa học tự nhiên (TC 4.1)",
        target=("Phòng học bộ môn đạt Mức 1", 1),
        actions="Lập dự toán; đề nghị UBND xã bổ sung kinh phí; lắp đặt thiết bị.",
        indicator="Phòng học bộ môn được đưa vào sử dụng",
        timeline="Tháng 1/2027 - tháng 4/2027",
        responsible="Hiệu trưởng; nhân viên thiết bị",
        budget=("30.000.000 đồng", 30000000),
        evidence="Biên bản bàn giao thiết bị",
        status="",
    ),
]
THCS_HV_INFO = [
    "Tên cơ sở giáo dục: Trường THCS Hùng Vương.",
    "Loại hình: công lập.",
    "Địa chỉ: Thôn 2, xã Đức Linh, tỉnh Lâm Đồng.",
]
THCS_HV_BASES = [
    "Thông tư số 57/2026/TT-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo;",
    "Báo cáo tự đánh giá năm học 2025 - 2026 của Trường THCS Hùng Vương.",
]
THCS_HV_PURPOSES = [
    "Cải tiến các tiêu chí còn hạn chế theo kết quả tự đánh giá.",
    "Các nội dung cải tiến được giao cho người phụ trách cụ thể.",
    "Kế hoạch được rà soát ít nhất 02 lần trong năm học.",
]
THCS_HV_ORG = org(
    ("Hiệu trưởng", ["- Chỉ đạo chung; phê duyệt dự toán."]),
    ("Hội đồng tự đánh giá", ["- Theo dõi, đánh giá việc thực hiện kế hoạch."]),
)
THCS_HV_REPORTING = [
    "Các tổ báo cáo tiến độ cuối mỗi tháng.",
    "Nhà trường báo cáo kết quả với UBND xã Đức Linh cuối năm học.",
]
THCS_ARABIC = plan(
    form="2026",
    school={
        "name": "Trường THCS Hùng Vương",
        "level": "thcs",
        "governing_body": "UBND XÃ ĐỨC LINH",
    },
    framework=TT57,
    document={
        "number": "12/KH-THCSHV",
        "place": "Đức Linh",
        "date": "2026-10-05",
        "school_year": "2026-2027",
    },
    general_info=THCS_HV_INFO,
    bases=THCS_HV_BASES,
    purposes=THCS_HV_PURPOSES,
    problems=[
        problem(
            "1",
            "1.2",
            "Cơ cấu tổ chức đủ các bộ phận.",
            "Phân công nhiệm vụ còn chồng chéo.",
            "Sáp nhập hai trường chưa rà soát quy chế.",
        ),
        problem(
            "3",
            "3.2",
            "Giáo viên đã vận dụng phương pháp dạy học tích cực.",
            "Đề kiểm tra còn nặng ghi nhớ.",
            "Chưa có ma trận đề chung.",
        ),
        problem(
            "4",
            "4.1",
            "Có 01 phòng học bộ môn.",
            "Thiếu thiết bị thực hành Khoa học tự nhiên.",
            "Kinh phí hạn chế.",
        ),
    ],
    standards=[],
    items=THCS_HV_ITEMS,
    monitoring=[
        watch("Cuối học kỳ I", "Tiến độ các nội dung cải tiến", "Hội đồng tự đánh giá"),
        watch("Cuối năm học", "Kết quả đạt được so với mục tiêu", "Hội đồng tự đánh giá"),
    ],
    organization=THCS_HV_ORG,
    reporting=THCS_HV_REPORTING,
    recipients=["UBND xã Đức Linh (để b/c);", "Lưu: VT."],
    signer={"title": "HIỆU TRƯỞNG", "name": "Nguyễn Hữu Phước"},
    _layout={
        "header": "table",
        "school_caps": "TRƯỜNG THCS HÙNG VƯƠNG",
        "number_line": "Số: 12/KH-THCSHV",
        "date_line": "Đức Linh, ngày 05 tháng 10 năm 2026",
        "title": ["KẾ HOẠCH", "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2026 - 2027"],
        "headings": [
            "1. Thông tin chung",
            "2. Căn cứ xây dựng kế hoạch",
            "3. Mục đích, yêu cầu",
            "4. Tóm tắt các vấn đề trọng tâm cần cải tiến",
            "5. Kế hoạch cải tiến chất lượng",
            "6. Theo dõi và đánh giá thực hiện (giám sát nội bộ)",
            "7. Tổ chức thực hiện",
            "8. Cơ chế đánh giá và báo cáo",
        ],
        "lines": [
            numbered(THCS_HV_INFO, "{a}) "),
            numbered(THCS_HV_BASES, "{a}) "),
            numbered(THCS_HV_PURPOSES, "{a}) "),
            role_lines(THCS_HV_ORG, "7.{n}. "),
            numbered(THCS_HV_REPORTING, "{a}) "),
        ],
        "iv": IV_FORM,
        "iv_group": ("Vấn đề cần cải tiến", 4, 5),
        "v": V_FORM,
        "v_numbers": True,
        "vi": VI_FORM,
        "rows": [("item", n) for n in range(3)],
        "closing": "side",
    },
)


# 4. THPT: headings without numbers, in capitals and reworded; table V with its columns
#    in another order; table VI with the assessor before the result; header lines in one
#    cell with soft breaks; Nơi nhận under the signature.
THPT_CVA_ITEMS = [
    item(
        "thpt",
        "3.2",
        f"Tiêu chí 3.2: {criterion_title(TT57, 'thpt', '3.2')}",
        titled=True,
        target=("Duy trì Mức 1, phấn đấu đạt Mức 2 vào cuối năm học", 2),
        actions="Sinh hoạt chuyên môn theo nghiên cứu bài học; dự giờ chéo giữa các tổ.",
        indicator="Số tiết dạy được góp ý theo nghiên cứu bài học",
        timeline="Cả năm học",
        responsible="Các tổ chuyên môn",
        budget=("Chi thường xuyên", None),
        evidence="Biên bản sinh hoạt chuyên môn",
        status="Đang thực hiện",
    ),
    item(
        "thpt",
        "4.2",
        "Tăng cường tư vấn tâm lý cho học sinh lớp 10 (Tiêu chí 4.2)",
        target=("100% học sinh lớp 10 được tư vấn ít nhất 01 lần", None),
        actions="Bố trí phòng tư vấn; phối hợp với Đoàn trường tổ chức chuyên đề.",
        indicator="Số học sinh được tư vấn",
        timeline="Học kỳ I",
        responsible="Giáo viên tư vấn; Đoàn trường",
        budget=("10.000.000 đồng", 10000000),
        evidence="Sổ theo dõi tư vấn",
        status="",
    ),
    item(
        "thpt",
        None,
        "Số hóa học bạ và hồ sơ học sinh",
        target=("Hoàn thành số hóa học bạ khối 10, 11", None),
        actions="Quét học bạ; nhập dữ liệu lên phần mềm quản lý.",
        indicator="Tỷ lệ học bạ được số hóa",
        timeline="Tháng 11/2026 - tháng 2/2027",
        responsible="Văn thư; giáo viên chủ nhiệm",
        budget=("Ngân sách nhà nước: 25 triệu đồng", 25000000),
        evidence="Dữ liệu học bạ điện tử",
        status="",
    ),
]
THPT_CVA_INFO = [
    "Tên cơ sở giáo dục: Trường THPT Chu Văn An.",
    "Loại hình: công lập.",
    "Quy mô: 36 lớp, 1.520 học sinh.",
]
THPT_CVA_BASES = [
    "- Thông tư số 57/2026/TT-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo;",
    "- Kết quả tự đánh giá năm học 2025 - 2026.",
]
THPT_CVA_PURPOSES = [
    "- Nâng cao chất lượng dạy học và môi trường giáo dục an toàn.",
    "- Sử dụng dữ liệu tự đánh giá để cải tiến.",
]
THPT_CVA_ORG = org(
    ("Ban giám hiệu", ["- Chỉ đạo, kiểm tra việc thực hiện kế hoạch."]),
    ("Các tổ chuyên môn, tổ văn phòng", ["- Thực hiện nhiệm vụ được phân công."]),
)
THPT_CVA_REPORTING = [
    "- Báo cáo Sở Giáo dục và Đào tạo sau mỗi học kỳ.",
    "- Công khai kết quả trên trang thông tin điện tử của trường.",
]
THPT_UNNUMBERED = plan(
    form="2026",
    school={
        "name": "Trường THPT Chu Văn An",
        "level": "thpt",
        "governing_body": "SỞ GIÁO DỤC VÀ ĐÀO TẠO THÁI NGUYÊN",
    },
    framework=TT57,
    document={
        "number": "88/KH-THPTCVA",
        "place": "Thái Nguyên",
        "date": "2026-10-12",
        "school_year": "2026-2027",
    },
    general_info=THPT_CVA_INFO,
    bases=THPT_CVA_BASES,
    purposes=THPT_CVA_PURPOSES,
    problems=[
        problem(
            "Tiêu chuẩn 3",
            "3.2",
            "Đạt Mức 1.",
            "Sinh hoạt chuyên môn chưa tập trung vào bài học.",
            "Giáo viên chưa quen nghiên cứu bài học.",
        ),
        problem(
            "Tiêu chuẩn 4",
            "4.2",
            "Có giáo viên kiêm nhiệm tư vấn tâm lý.",
            "Học sinh ít tìm đến tư vấn.",
            "Chưa có phòng tư vấn riêng.",
        ),
    ],
    standards=[],
    items=THPT_CVA_ITEMS,
    monitoring=[
        watch("Cuối học kỳ I", "Tiến độ thực hiện", "Phó hiệu trưởng"),
        watch("Giữa học kỳ II", "Số hóa học bạ", "Hiệu trưởng"),
        watch("Cuối năm học", "Kết quả các chỉ số", "Hội đồng tự đánh giá"),
    ],
    organization=THPT_CVA_ORG,
    reporting=THPT_CVA_REPORTING,
    recipients=["Sở GDĐT (để b/c);", "Lưu: VT, HĐTĐG."],
    signer={"title": "HIỆU TRƯỞNG", "name": "Đỗ Mạnh Cường"},
    _layout={
        "header": "breaks",
        "school_caps": "TRƯỜNG THPT CHU VĂN AN",
        "number_line": "Số: 88/KH-THPTCVA",
        "date_line": "Thái Nguyên, ngày 12 tháng 10 năm 2026",
        "title": ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", "NĂM HỌC 2026 - 2027"],
        "headings": [
            "THÔNG TIN CHUNG VỀ NHÀ TRƯỜNG",
            "CĂN CỨ PHÁP LÝ",
            "MỤC TIÊU, YÊU CẦU",
            "NHỮNG VẤN ĐỀ ƯU TIÊN CẦN CẢI TIẾN",
            "KẾ HOẠCH HÀNH ĐỘNG CẢI TIẾN CHẤT LƯỢNG",
            "GIÁM SÁT, ĐÁNH GIÁ VIỆC THỰC HIỆN KẾ HOẠCH",
            "TỔ CHỨC THỰC HIỆN",
            "CHẾ ĐỘ BÁO CÁO",
        ],
        "lines": [
            THPT_CVA_INFO,
            THPT_CVA_BASES,
            THPT_CVA_PURPOSES,
            role_lines(THPT_CVA_ORG),
            THPT_CVA_REPORTING,
        ],
        "iv": IV_FORM,
        "v": [
            *V_FORM[:4],
            ("Đơn vị/cá nhân phụ trách", "responsible"),
            ("Thời gian thực hiện", "timeline"),
            ("Chỉ số đánh giá kết quả", "indicator"),
            ("Thông tin, dữ liệu hoặc minh chứng dự kiến", "evidence"),
            ("Nguồn lực bảo đảm", "budget"),
            ("Mức độ thực hiện", "status"),
        ],
        "vi": [VI_FORM[0], VI_FORM[1], VI_FORM[4], VI_FORM[2], VI_FORM[3]],
        "rows": [("item", n) for n in range(3)],
        "closing": "stacked",
    },
)


# 5. THCS và THPT (nhiều cấp): Roman headings in sentence case and reworded, table V
#    split by "Tiêu chuẩn N. …" rows with items under them that name no criterion, the
#    time in two columns "Thời gian bắt đầu" / "Thời gian hoàn thành", "1,2 tỷ đồng",
#    roles written as labels ("- Hiệu trưởng: …"), a "KT. HIỆU TRƯỞNG" signature.
NK_ITEMS = [
    item(
        "nhieu_cap",
        None,
        "Xây dựng kế hoạch phát triển nhà trường giai đoạn 2026 - 2030",
        standard=1,
        target=("Kế hoạch được phê duyệt và công khai", None),
        actions="Lấy ý kiến cán bộ, giáo viên, cha mẹ học sinh; trình Sở phê duyệt.",
        indicator="Kế hoạch được phê duyệt",
        **split_time("Tháng 9/2026", "Tháng 12/2026"),
        responsible="Hiệu trưởng",
        budget=("Không", None),
        evidence="Kế hoạch phát triển; biên bản lấy ý kiến",
        status="",
    ),
    item(
        "nhieu_cap",
        "2.1",
        "Bồi dưỡng năng lực quản trị cho tổ trưởng chuyên môn (Tiêu chí 2.1)",
        target=("Tiêu chí 2.1 đạt Mức 2", 2),
        actions="Cử tổ trưởng dự lớp bồi dưỡng của Sở; chia sẻ kinh nghiệm trong hội đồng.",
        indicator="Số tổ trưởng hoàn thành bồi dưỡng",
        **split_time("Tháng 10/2026", "Tháng 3/2027"),
        responsible="Phó hiệu trưởng",
        budget=("8 triệu đồng", 8000000),
        evidence="Chứng chỉ bồi dưỡng",
        status="",
    ),
    item(
        "nhieu_cap",
        None,
        "Xây dựng nhà đa năng cho học sinh hai cấp học",
        standard=4,
        target=("Nhà đa năng được đưa vào sử dụng", None),
        actions="Lập hồ sơ đề xuất dự án; phối hợp Ban quản lý dự án giám sát thi công.",
        indicator="Công trình được nghiệm thu",
        **split_time("Tháng 1/2027", "Tháng 8/2027"),
        responsible="Hiệu trưởng; Ban quản lý dự án",
        budget=("1,2 tỷ đồng", 1200000000),
        evidence="Hồ sơ dự án; biên bản nghiệm thu",
        status="",
    ),
]
NK_INFO = [
    "Tên cơ sở giáo dục: Trường THCS và THPT Nguyễn Khuyến.",
    "Cấp học: trung học cơ sở và trung học phổ thông.",
    "Quy mô: 28 lớp (16 lớp THCS, 12 lớp THPT) với 1.046 học sinh.",
]
NK_BASES = [
    "Căn cứ Thông tư số 57/2026/TT-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo;",
    "Căn cứ báo cáo tự đánh giá năm học 2025 - 2026 của nhà trường,",
]
NK_PURPOSES = [
    "Nâng cao năng lực quản trị và điều kiện cơ sở vật chất của nhà trường.",
    "Các hoạt động cải tiến có lộ trình, nguồn lực và chỉ số rõ ràng.",
]
NK_ORG = [
    {"role": "Hiệu trưởng", "duties": ["Chỉ đạo chung, phê duyệt kế hoạch và bố trí nguồn lực."]},
    {"role": "Phó hiệu trưởng", "duties": ["Theo dõi tiến độ, tổng hợp báo cáo."]},
    {"role": "Tổ trưởng chuyên môn", "duties": ["Triển khai các hoạt động trong tổ."]},
]
NK_REPORTING = [
    "Báo cáo sơ kết cuối học kỳ I, tổng kết cuối năm học gửi Sở Giáo dục và Đào tạo.",
]
NHIEU_CAP_STANDARDS = plan(
    form="2026",
    school={
        "name": "Trường THCS và THPT Nguyễn Khuyến",
        "level": "nhieu_cap",
        "governing_body": "SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐỒNG NAI",
    },
    framework=TT57,
    document={
        "number": "35/KH-NK",
        "place": "Đồng Nai",
        "date": "2026-09-30",
        "school_year": "2026-2027",
    },
    general_info=NK_INFO,
    bases=NK_BASES,
    purposes=NK_PURPOSES,
    problems=[
        problem(
            "Tiêu chuẩn 1: Quản trị nhà trường và bảo đảm chất lượng",
            "1.1",
            "Có kế hoạch phát triển giai đoạn 2021 - 2025.",
            "Chưa xây dựng kế hoạch giai đoạn mới.",
            "Chờ hướng dẫn mới.",
        ),
        problem(
            "Tiêu chuẩn 2: Phát triển đội ngũ",
            "2.1",
            "Cán bộ quản lý đạt chuẩn.",
            "Tổ trưởng chưa được bồi dưỡng quản trị.",
            "Ít lớp bồi dưỡng.",
        ),
        problem(
            "Tiêu chuẩn 4: Điều kiện giáo dục, môi trường an toàn và phối hợp xã hội",
            "4.1",
            "Có sân tập thể dục.",
            "Chưa có nhà đa năng.",
            "Thiếu kinh phí đầu tư.",
        ),
    ],
    standards=standards_of("nhieu_cap", [1, 2, 4]),
    items=NK_ITEMS,
    monitoring=[
        watch("Cuối học kỳ I", "Tiến độ thực hiện", "Hội đồng tự đánh giá", adjustment="Không"),
        watch("Cuối năm học", "Kết quả thực hiện", "Hội đồng tự đánh giá"),
    ],
    organization=NK_ORG,
    reporting=NK_REPORTING,
    recipients=["Sở GDĐT Đồng Nai (b/c);", "Lưu: VT."],
    signer={"title": "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG", "name": "Bùi Thị Ngọc Ánh"},
    _layout={
        "header": "tabs",
        "school_caps": "TRƯỜNG THCS VÀ THPT NGUYỄN KHUYẾN",
        "number_line": "Số: 35/KH-NK",
        "date_line": "Đồng Nai, ngày 30 tháng 9 năm 2026",
        "title": ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2026 - 2027"],
        "headings": [
            "I. Thông tin chung",
            "II. Căn cứ pháp lý",
            "III. Mục đích và yêu cầu",
            "IV. Các vấn đề trọng tâm cần cải tiến",
            "V. Kế hoạch cải tiến",
            "VI. Theo dõi, đánh giá việc thực hiện",
            "VII. Tổ chức thực hiện",
            "VIII. Cơ chế đánh giá, báo cáo",
        ],
        "lines": [
            numbered(NK_INFO),
            NK_BASES,
            numbered(NK_PURPOSES),
            [f"- {r['role']}: {r['duties'][0]}" for r in NK_ORG],
            NK_REPORTING,
        ],
        "iv": IV_FORM,
        "v": [
            *V_FORM[:5],
            ("Thời gian bắt đầu", "start"),
            ("Thời gian hoàn thành", "end"),
            *V_FORM[6:],
        ],
        "v_numbers": False,
        "vi": VI_FORM,
        "rows": [
            ("standard", standard_heading("nhieu_cap", 1, "Tiêu chuẩn {n}. {t}")),
            ("item", 0),
            ("standard", standard_heading("nhieu_cap", 2, "Tiêu chuẩn {n}. {t}")),
            ("item", 1),
            ("standard", standard_heading("nhieu_cap", 4, "Tiêu chuẩn {n}. {t}")),
            ("item", 2),
        ],
        "closing": "side",
    },
)


# 6. Mầm non: Roman headings reworded ("vấn đề ưu tiên", "theo dõi, giám sát"), table IV
#    without TT under a merged "Vấn đề trọng tâm" heading over three columns, a standard
#    merged down over two problems, table V's time split under "Thời gian thực hiện" with
#    the number row (1) … (11), "Tiêu chí 4.1." opening a cell with its title, "Xã hội
#    hóa: 15 triệu", the signature before Nơi nhận.
MN_HP_ITEMS = [
    item(
        "mam_non",
        "3.2",
        "Đổi mới hình thức đánh giá sự phát triển của trẻ 5 tuổi (Tiêu chí 3.2)",
        target=("Đạt Mức 1", 1),
        actions="Xây dựng bộ phiếu theo dõi trẻ 5 tuổi; tập huấn giáo viên sử dụng.",
        indicator="100% trẻ 5 tuổi có phiếu theo dõi",
        **split_time("Tháng 9/2026", "Tháng 12/2026"),
        responsible="Phó hiệu trưởng chuyên môn",
        budget=("Không", None),
        evidence="Phiếu theo dõi trẻ",
        status="Đang thực hiện",
    ),
    item(
        "mam_non",
        "3.4",
        "Hỗ trợ trẻ khuyết tật học hòa nhập (Tiêu chí 3.4)",
        target=("Trẻ khuyết tật có kế hoạch giáo dục cá nhân", None),
        actions="Lập kế hoạch giáo dục cá nhân; phối hợp với gia đình theo dõi hằng tháng.",
        indicator="Số trẻ có kế hoạch giáo dục cá nhân",
        **split_time("Tháng 9/2026", "Tháng 5/2027"),
        responsible="Giáo viên các lớp có trẻ khuyết tật",
        budget=("Xã hội hóa: 15 triệu", 15000000),
        evidence="Kế hoạch giáo dục cá nhân",
        status="",
    ),
    item(
        "mam_non",
        "4.1",
        f"Tiêu chí 4.1. {criterion_title(TT57, 'mam_non', '4.1')}",
        titled=True,
        target=("Giữ vững Mức 1; bổ sung thiết bị cho 04 lớp mới", 1),
        actions="Mua sắm bàn ghế, đồ dùng cho 04 lớp mới.",
        indicator="Số lớp mới đủ thiết bị theo quy định",
        **split_time("Tháng 10/2026", "Tháng 1/2027"),
        responsible="Hiệu trưởng; kế toán",
        budget=("Ngân sách nhà nước", None),
        evidence="Hồ sơ mua sắm; biên bản bàn giao",
        status="",
    ),
]
MN_HP_INFO = [
    "Tên cơ sở giáo dục: Trường Mầm non Hoa Phượng.",
    "Địa chỉ: Thôn Đông, xã Nghĩa Hưng, tỉnh Ninh Bình.",
]
MN_HP_BASES = [
    "Thông tư số 57/2026/TT-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo;",
    "Báo cáo tự đánh giá năm học 2025 - 2026 của nhà trường.",
]
MN_HP_PURPOSES = [
    "Cải tiến chất lượng chăm sóc, giáo dục trẻ theo kết quả tự đánh giá.",
    "Huy động nguồn lực xã hội hóa đúng quy định.",
]
MN_HP_ORG = org(
    ("Hiệu trưởng", ["- Chỉ đạo chung."]),
    ("Giáo viên", ["- Thực hiện các nội dung được phân công; báo cáo kết quả."]),
)
MN_HP_REPORTING = ["Báo cáo kết quả cuối học kỳ I và cuối năm học."]
MAM_NON_MERGED = plan(
    form="2026",
    school={
        "name": "Trường Mầm non Hoa Phượng",
        "level": "mam_non",
        "governing_body": "UBND XÃ NGHĨA HƯNG",
    },
    framework=TT57,
    document={
        "number": "09/KH-MNHP",
        "place": "Nghĩa Hưng",
        "date": "2026-09-14",
        "school_year": "2026-2027",
    },
    general_info=MN_HP_INFO,
    bases=MN_HP_BASES,
    purposes=MN_HP_PURPOSES,
    problems=[
        problem(
            "Tiêu chuẩn 3",
            "3.2",
            "Giáo viên đánh giá trẻ cuối chủ đề.",
            "Đánh giá trẻ 5 tuổi chưa có công cụ thống nhất.",
            "Chưa có bộ phiếu theo dõi chung.",
        ),
        problem(
            "Tiêu chuẩn 3",
            "3.4",
            "Trường có 03 trẻ khuyết tật học hòa nhập.",
            "Chưa có kế hoạch giáo dục cá nhân.",
            "Giáo viên chưa được tập huấn.",
        ),
        problem(
            "Tiêu chuẩn 4",
            "4.1",
            "Các lớp có đủ thiết bị tối thiểu.",
            "04 lớp mới thiếu bàn ghế.",
            "Tăng số trẻ ra lớp.",
        ),
    ],
    standards=[],
    items=MN_HP_ITEMS,
    monitoring=[
        watch("Cuối học kỳ I", "Tiến độ các nội dung", "Hội đồng tự đánh giá"),
        watch("Cuối năm học", "Kết quả thực hiện", "Hội đồng tự đánh giá"),
    ],
    organization=MN_HP_ORG,
    reporting=MN_HP_REPORTING,
    recipients=["Phòng Văn hóa - Xã hội xã Nghĩa Hưng;", "Lưu: VT."],
    signer={"title": "HIỆU TRƯỞNG", "name": "Đinh Thị Thu Hằng"},
    _layout={
        "header": "table",
        "school_caps": "TRƯỜNG MẦM NON HOA PHƯỢNG",
        "number_line": "Số: 09/KH-MNHP",
        "date_line": "Nghĩa Hưng, ngày 14 tháng 9 năm 2026",
        "title": ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2026 - 2027"],
        "headings": [
            "I. THÔNG TIN CHUNG",
            "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
            "III. MỤC ĐÍCH, YÊU CẦU",
            "IV. TÓM TẮT CÁC VẤN ĐỀ ƯU TIÊN CẦN CẢI TIẾN",
            "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
            "VI. THEO DÕI, GIÁM SÁT THỰC HIỆN KẾ HOẠCH",
            "VII. TỔ CHỨC THỰC HIỆN",
            "VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO",
        ],
        "lines": [
            numbered(MN_HP_INFO),
            numbered(MN_HP_BASES),
            numbered(MN_HP_PURPOSES),
            role_lines(MN_HP_ORG),
            MN_HP_REPORTING,
        ],
        "iv": IV_FORM[1:],
        "iv_group": ("Vấn đề trọng tâm", 2, 4),
        "merge_problem_standard": (0, 1),
        "v": [
            *V_FORM[:5],
            ("Bắt đầu", "start"),
            ("Hoàn thành", "end"),
            *V_FORM[6:],
        ],
        "v_group": ("Thời gian thực hiện", 5, 6),
        "v_numbers": True,
        "vi": VI_FORM,
        "rows": [("item", n) for n in range(3)],
        "closing": "signature_first",
    },
)


# 7. Tiểu học: the form's headings; purposes under "1. Mục đích:" / "2. Yêu cầu:" with
#    lettered points, duties lettered under numbered roles, dashed reporting, codes named
#    inside the content ("… theo Tiêu chí 1.2"), times "Từ … đến …", "3.500.000 đồng",
#    a "Trên đây là …" sentence closing the plan.
TH_NVT_ITEMS = [
    item(
        "tieu_hoc",
        "1.2",
        "Hoàn thiện quy chế phối hợp giữa các tổ theo Tiêu chí 1.2",
        target=("Quy chế được thực hiện thống nhất", None),
        actions="Rà soát quy chế cũ; lấy ý kiến các tổ; ban hành quy chế mới.",
        indicator="Quy chế được ban hành",
        timeline="Từ tháng 9/2026 đến tháng 10/2026",
        responsible="Hiệu trưởng",
        budget=("Không", None),
        evidence="Quy chế phối hợp",
        status="Hoàn thành",
    ),
    item(
        "tieu_hoc",
        "3.3",
        "Tổ chức các hoạt động trải nghiệm gắn với địa phương (Tiêu chí 3.3)",
        target=("Mỗi khối lớp tổ chức ít nhất 02 hoạt động trải nghiệm", None),
        actions="Xây dựng kế hoạch trải nghiệm theo khối; liên hệ địa điểm tham quan.",
        indicator="Số hoạt động trải nghiệm được tổ chức",
        timeline="Từ tháng 10/2026 đến tháng 4/2027",
        responsible="Tổng phụ trách Đội; giáo viên chủ nhiệm",
        budget=("3.500.000 đồng", 3500000),
        evidence="Kế hoạch, hình ảnh hoạt động",
        status="",
    ),
    item(
        "tieu_hoc",
        "4.3",
        "Phối hợp với cha mẹ học sinh xây dựng thư viện xanh (Tiêu chí 4.3)",
        target=("Đạt Mức 2", 2),
        actions="Vận động cha mẹ học sinh tặng sách; bố trí khu đọc sách ngoài trời.",
        indicator="Số đầu sách được bổ sung",
        timeline="Học kỳ II",
        responsible="Nhân viên thư viện; Ban đại diện cha mẹ học sinh",
        budget=("5 triệu", 5000000),
        evidence="Sổ đăng ký sách; hình ảnh thư viện xanh",
        status="",
    ),
]
TH_NVT_INFO = [
    "Tên cơ sở giáo dục: Trường Tiểu học Nguyễn Văn Trỗi.",
    "Loại hình: công lập.",
    "Địa chỉ: 45 Trần Hưng Đạo, phường Hội An, thành phố Đà Nẵng.",
    "Quy mô: 20 lớp với 652 học sinh.",
]
TH_NVT_BASES = [
    "- Căn cứ Thông tư số 57/2026/TT-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo;",
    "- Căn cứ kết quả tự đánh giá năm học 2025 - 2026;",
    "- Căn cứ tình hình thực tế của nhà trường.",
]
TH_NVT_PURPOSES = [
    "Xác định các vấn đề ưu tiên cần cải tiến.",
    "Đề ra giải pháp phù hợp với điều kiện nhà trường.",
    "Phân công rõ người phụ trách từng nội dung.",
    "Theo dõi, điều chỉnh kịp thời trong năm học.",
]
TH_NVT_ORG = org(
    ("Hiệu trưởng", ["Xây dựng và phê duyệt kế hoạch.", "Kiểm tra việc thực hiện."]),
    ("Tổ trưởng chuyên môn", ["Triển khai kế hoạch trong tổ."]),
)
TH_NVT_REPORTING = [
    "- Các tổ báo cáo tiến độ hằng tháng.",
    "- Nhà trường báo cáo kết quả cuối năm học.",
]
TIEU_HOC_PROSE = plan(
    form="2026",
    school={
        "name": "Trường Tiểu học Nguyễn Văn Trỗi",
        "level": "tieu_hoc",
        "governing_body": "UBND PHƯỜNG HỘI AN",
    },
    framework=TT57,
    document={
        "number": "52/KH-THNVT",
        "place": "Hội An",
        "date": "2026-09-22",
        "school_year": "2026-2027",
    },
    general_info=TH_NVT_INFO,
    bases=TH_NVT_BASES,
    purposes=TH_NVT_PURPOSES,
    problems=[
        problem(
            "Tiêu chuẩn 1",
            "1.2",
            "Đủ các tổ chuyên môn.",
            "Phối hợp giữa các tổ chưa nhịp nhàng.",
            "Quy chế chưa cập nhật.",
        ),
        problem(
            "Tiêu chuẩn 3",
            "3.3",
            "Có tổ chức hoạt động trải nghiệm.",
            "Hoạt động chưa gắn với địa phương.",
            "Thiếu kế hoạch dài hạn.",
        ),
        problem(
            "Tiêu chuẩn 4",
            "4.3",
            "Ban đại diện cha mẹ học sinh hoạt động tích cực.",
            "Thư viện ít sách mới.",
            "Chưa huy động được nguồn lực.",
        ),
    ],
    standards=[],
    items=TH_NVT_ITEMS,
    monitoring=[
        watch("Cuối học kỳ I", "Tiến độ thực hiện các nội dung", "Ban giám hiệu"),
        watch("Cuối năm học", "Kết quả thực hiện", "Hội đồng tự đánh giá"),
    ],
    organization=TH_NVT_ORG,
    reporting=TH_NVT_REPORTING,
    recipients=["UBND phường Hội An (để b/c);", "Website trường;", "Lưu: VT."],
    signer={"title": "HIỆU TRƯỞNG", "name": "Trương Công Minh"},
    _layout={
        "header": "table_two_rows",
        "school_caps": "TRƯỜNG TIỂU HỌC NGUYỄN VĂN TRỖI",
        "number_line": "Số: 52/KH-THNVT",
        "date_line": "Hội An, ngày 22 tháng 9 năm 2026",
        "title": ["KẾ HOẠCH", "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", "NĂM HỌC 2026 - 2027"],
        "headings": [f"{r}. {h}" for r, h in zip(ROMAN, ROMAN_HEADINGS, strict=True)],
        "lines": [
            numbered(TH_NVT_INFO),
            TH_NVT_BASES,
            [
                "1. Mục đích:",
                *numbered(TH_NVT_PURPOSES[:2], "{a}) "),
                "2. Yêu cầu:",
                *numbered(TH_NVT_PURPOSES[2:], "{a}) "),
            ],
            [
                "1. Hiệu trưởng",
                *numbered(TH_NVT_ORG[0]["duties"], "{a}) "),
                "2. Tổ trưởng chuyên môn",
                *numbered(TH_NVT_ORG[1]["duties"], "{a}) "),
            ],
            TH_NVT_REPORTING,
        ],
        "closing_sentence": "Trên đây là kế hoạch cải tiến chất lượng giáo dục năm học "
        "2026 - 2027 của Trường Tiểu học Nguyễn Văn Trỗi./.",
        "iv": IV_FORM,
        "v": V_FORM,
        "v_numbers": False,
        "vi": VI_FORM,
        "rows": [("item", n) for n in range(3)],
        "closing": "side",
    },
)


# 8. THPT: "STT" columns, a "Ghi chú" column in tables IV and VI, codes "TC 3.2:" opening
#    a cell with its title, amounts "12.000.000 đ"; also written as tab-separated text.
THPT_LTV_ITEMS = [
    item(
        "thpt",
        "3.2",
        f"TC 3.2: {criterion_title(TT57, 'thpt', '3.2')}",
        titled=True,
        target=("Đạt Mức 2", 2),
        actions="Tổ chức chuyên đề dạy học theo dự án; kiểm tra đánh giá bằng sản phẩm.",
        indicator="Số chuyên đề dạy học theo dự án được tổ chức",
        timeline="Cả năm học",
        responsible="Phó hiệu trưởng chuyên môn",
        budget=("12.000.000 đ", 12000000),
        evidence="Kế hoạch chuyên đề; sản phẩm học sinh",
        status="",
    ),
    item(
        "thpt",
        "4.2",
        "Xây dựng trường học an toàn, phòng chống bạo lực học đường (TC 4.2)",
        target=("Không có vụ việc bạo lực học đường", None),
        actions="Thành lập tổ tư vấn; lắp camera hành lang; sinh hoạt dưới cờ theo chủ đề.",
        indicator="Số vụ việc vi phạm được phát hiện và xử lý",
        timeline="Tháng 9/2026 - tháng 5/2027",
        responsible="Đoàn trường; giáo viên chủ nhiệm",
        budget=("Ngân sách nhà nước", None),
        evidence="Sổ theo dõi; biên bản sinh hoạt",
        status="Đang thực hiện",
    ),
    item(
        "thpt",
        "4.3",
        "Tăng cường phối hợp với cha mẹ học sinh qua sổ liên lạc điện tử (TC 4.3)",
        target=("100% cha mẹ học sinh sử dụng sổ liên lạc điện tử", None),
        actions="Hướng dẫn cha mẹ học sinh cài đặt ứng dụng trong buổi họp đầu năm.",
        indicator="Tỷ lệ cha mẹ học sinh kích hoạt tài khoản",
        timeline="Học kỳ I",
        responsible="Giáo viên chủ nhiệm",
        budget=("Không", None),
        evidence="Thống kê tài khoản",
        status="",
    ),
]
THPT_LTV_INFO = [
    "Tên cơ sở giáo dục: Trường THPT Lương Thế Vinh.",
    "Loại hình: công lập.",
    "Địa chỉ: Phường Đồng Hới, tỉnh Quảng Trị.",
]
THPT_LTV_BASES = [
    "- Thông tư số 57/2026/TT-BGDĐT ngày 07/7/2026 của Bộ trưởng Bộ Giáo dục và Đào tạo;",
    "- Báo cáo tự đánh giá năm học 2025 - 2026.",
]
THPT_LTV_PURPOSES = [
    "Nâng cao chất lượng dạy học và bảo đảm an toàn trường học.",
    "Tăng cường phối hợp giữa nhà trường và gia đình.",
]
THPT_LTV_ORG = org(
    ("Hiệu trưởng", ["- Chỉ đạo chung."]),
    ("Phó hiệu trưởng", ["- Phụ trách các nội dung chuyên môn."]),
    ("Đoàn trường", ["- Phụ trách nội dung trường học an toàn."]),
)
THPT_LTV_REPORTING = ["Báo cáo Sở Giáo dục và Đào tạo trước ngày 30/6/2027."]
THPT_STT = plan(
    form="2026",
    school={
        "name": "Trường THPT Lương Thế Vinh",
        "level": "thpt",
        "governing_body": "SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG TRỊ",
    },
    framework=TT57,
    document={
        "number": "101/KH-THPTLTV",
        "place": "Đồng Hới",
        "date": "2026-10-08",
        "school_year": "2026-2027",
    },
    general_info=THPT_LTV_INFO,
    bases=THPT_LTV_BASES,
    purposes=THPT_LTV_PURPOSES,
    problems=[
        problem(
            "Tiêu chuẩn 3",
            "3.2",
            "Giáo viên sử dụng nhiều phương pháp dạy học.",
            "Dạy học theo dự án còn ít.",
            "Giáo viên ngại đổi mới.",
        ),
        problem(
            "Tiêu chuẩn 4",
            "4.2; 4.3",
            "Trường có nội quy, quy tắc ứng xử.",
            "Còn xảy ra mâu thuẫn giữa học sinh.",
            "Phối hợp với gia đình chưa thường xuyên.",
        ),
    ],
    standards=[],
    items=THPT_LTV_ITEMS,
    monitoring=[
        watch("Cuối học kỳ I", "Tiến độ các nội dung cải tiến", "Hiệu trưởng"),
        watch("Cuối năm học", "Mức độ đạt các chỉ số", "Hội đồng tự đánh giá"),
    ],
    organization=THPT_LTV_ORG,
    reporting=THPT_LTV_REPORTING,
    recipients=["Sở GDĐT Quảng Trị;", "Lưu: VT."],
    signer={"title": "HIỆU TRƯỞNG", "name": "Lê Quang Vinh"},
    _layout={
        "header": "table",
        "school_caps": "TRƯỜNG THPT LƯƠNG THẾ VINH",
        "number_line": "Số: 101/KH-THPTLTV",
        "date_line": "Đồng Hới, ngày 08 tháng 10 năm 2026",
        "title": ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2026 - 2027"],
        "headings": [f"{r}. {h}" for r, h in zip(ROMAN, ROMAN_HEADINGS, strict=True)],
        "lines": [
            numbered(THPT_LTV_INFO),
            THPT_LTV_BASES,
            numbered(THPT_LTV_PURPOSES),
            role_lines(THPT_LTV_ORG),
            numbered(THPT_LTV_REPORTING),
        ],
        "iv": [("STT", "tt"), *IV_FORM[1:], ("Ghi chú", "note")],
        "notes": ["Trọng tâm", ""],
        "v": [("STT", "tt"), *V_FORM[1:]],
        "v_numbers": True,
        "vi": [("STT", "tt"), *VI_FORM, ("Ghi chú", "note")],
        "rows": [("item", n) for n in range(3)],
        "closing": "side",
    },
)


# 9. GDTX (Phụ lục III): headings "I- Thông tin chung" with a dash, in sentence case; table
#    V split by standard, a "Tiêu chuẩn N: …" paragraph before each part and the heading row
#    repeated in each; a "Tiêu chí" column of its own ("3.4", "TC 1.3", or empty under its
#    standard); "Tiến độ thực hiện" beside the time; "3 trđ", "45.000.000đ", "Học phí";
#    table IV worded "Thực trạng" / "Hạn chế", table VI's time headed "Thời gian".
GDTX_PT_ITEMS = [
    item(
        "gdtx",
        "1.3",
        "Số hóa hồ sơ học viên và dữ liệu giáo viên",
        target=("Đạt Mức 2", 2),
        actions="Nhập hồ sơ học viên lên phần mềm; cập nhật dữ liệu hằng tháng.",
        indicator="Tỷ lệ hồ sơ được số hóa",
        timeline="Tháng 10/2026 - tháng 12/2026",
        responsible="Phó giám đốc; văn thư",
        budget=("3 trđ", 3000000),
        evidence="Dữ liệu trên phần mềm",
        status="Đang triển khai",
    )
    | {"_criterion_cell": "TC 1.3"},
    item(
        "gdtx",
        "3.4",
        "Theo dõi chuyên cần học viên vừa học vừa làm",
        target=("Tỷ lệ học viên bỏ học dưới 5%", None),
        actions="Lập nhóm liên lạc với học viên; gọi điện khi học viên nghỉ quá 02 buổi.",
        indicator="Tỷ lệ học viên bỏ học",
        timeline="Cả năm học",
        responsible="Giáo viên chủ nhiệm",
        budget=("Không", None),
        evidence="Sổ theo dõi chuyên cần",
        status="",
    )
    | {"_criterion_cell": "3.4"},
    item(
        "gdtx",
        None,
        "Mở lớp kỹ năng số cho học viên lớp 10",
        standard=3,
        target=("02 lớp, 70 học viên", None),
        actions="Xây dựng chương trình 30 tiết; mời giáo viên Tin học giảng dạy.",
        indicator="Số học viên hoàn thành khóa học",
        timeline="Học kỳ II",
        responsible="Tổ Văn hóa",
        budget=("Học phí", None),
        evidence="Danh sách học viên; chứng nhận",
        status="",
    )
    | {"_criterion_cell": ""},
    item(
        "gdtx",
        "4.1",
        "Sửa chữa phòng máy tính",
        target=("Phòng máy đủ 35 máy hoạt động tốt", None),
        actions="Thay 10 máy hỏng; sửa hệ thống điện phòng máy.",
        indicator="Số máy hoạt động",
        timeline="Tháng 6/2027 - tháng 8/2027",
        responsible="Giám đốc; kế toán",
        budget=("45.000.000đ", 45000000),
        evidence="Biên bản nghiệm thu",
        status="",
    )
    | {"_criterion_cell": "4.1"},
]
GDTX_PT_INFO = [
    "Tên cơ sở giáo dục: Trung tâm Giáo dục thường xuyên tỉnh Phú Thọ.",
    "Quy mô: 14 lớp với 520 học viên.",
]
GDTX_PT_BASES = [
    "- Thông tư số 57/2026/TT-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo;",
    "- Báo cáo tự đánh giá năm 2026 của Trung tâm.",
]
GDTX_PT_PURPOSES = [
    "- Nâng tỷ lệ học viên duy trì sĩ số.",
    "- Hoàn thiện dữ liệu quản lý của Trung tâm.",
]
GDTX_PT_ORG = org(
    ("Giám đốc Trung tâm", ["- Chỉ đạo chung; phê duyệt kinh phí."]),
    ("Các tổ chuyên môn", ["- Thực hiện các nội dung được giao."]),
)
GDTX_PT_REPORTING = ["- Báo cáo Sở Giáo dục và Đào tạo sau mỗi học kỳ."]
GDTX_SPLIT = plan(
    form="2026",
    school={
        "name": "Trung tâm Giáo dục thường xuyên tỉnh Phú Thọ",
        "level": "gdtx",
        "governing_body": "SỞ GIÁO DỤC VÀ ĐÀO TẠO PHÚ THỌ",
    },
    framework=TT57,
    document={
        "number": "64/KH-TTGDTX",
        "place": "Phú Thọ",
        "date": "2026-10-15",
        "school_year": "2026-2027",
    },
    general_info=GDTX_PT_INFO,
    bases=GDTX_PT_BASES,
    purposes=GDTX_PT_PURPOSES,
    problems=[
        problem(
            "Tiêu chuẩn 1",
            "1.3",
            "Hồ sơ học viên lưu bằng giấy.",
            "Tra cứu dữ liệu chậm.",
            "Chưa có phần mềm quản lý.",
        ),
        problem(
            "Tiêu chuẩn 3",
            "3.4",
            "Học viên phần lớn vừa học vừa làm.",
            "Tỷ lệ bỏ học 8%.",
            "Chưa theo dõi chuyên cần kịp thời.",
        ),
    ],
    standards=standards_of("gdtx", [1, 3, 4]),
    items=GDTX_PT_ITEMS,
    monitoring=[
        watch("Cuối học kỳ I", "Tiến độ các nội dung", "Phó giám đốc"),
        watch("Cuối năm học", "Kết quả thực hiện", "Hội đồng tự đánh giá"),
    ],
    organization=GDTX_PT_ORG,
    reporting=GDTX_PT_REPORTING,
    recipients=["Sở GDĐT Phú Thọ (để b/c);", "Lưu: VT."],
    signer={"title": "GIÁM ĐỐC", "name": "Hà Văn Quang"},
    _layout={
        "header": "table",
        "school_caps": "TRUNG TÂM GIÁO DỤC THƯỜNG XUYÊN TỈNH PHÚ THỌ",
        "number_line": "Số: 64/KH-TTGDTX",
        "date_line": "Phú Thọ, ngày 15 tháng 10 năm 2026",
        "title": ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2026 - 2027"],
        "headings": [
            "I- Thông tin chung",
            "II- Căn cứ xây dựng kế hoạch",
            "III- Mục đích, yêu cầu",
            "IV- Tóm tắt các vấn đề trọng tâm cần cải tiến",
            "V- Kế hoạch cải tiến chất lượng",
            "VI- Theo dõi và đánh giá thực hiện",
            "VII- Tổ chức thực hiện",
            "VIII- Cơ chế đánh giá và báo cáo",
        ],
        "lines": [
            numbered(GDTX_PT_INFO),
            GDTX_PT_BASES,
            GDTX_PT_PURPOSES,
            role_lines(GDTX_PT_ORG),
            GDTX_PT_REPORTING,
        ],
        "iv": [
            ("TT", "tt"),
            ("Tiêu chuẩn", "standard"),
            ("Tiêu chí liên quan", "criteria"),
            ("Thực trạng", "current_state"),
            ("Hạn chế", "limitation"),
            ("Nguyên nhân", "cause"),
        ],
        "v": [
            ("TT", "tt"),
            ("Tiêu chí", "criterion_cell"),
            *V_FORM[1:8],
            ("Minh chứng dự kiến", "evidence"),
            ("Tiến độ thực hiện", "status"),
        ],
        "v_split": True,
        "vi": [("Thời gian", "when"), *VI_FORM[1:]],
        "rows": [
            ("standard", standard_heading("gdtx", 1)),
            ("item", 0),
            ("standard", standard_heading("gdtx", 3)),
            ("item", 1),
            ("item", 2),
            ("standard", standard_heading("gdtx", 4)),
            ("item", 3),
        ],
        "closing": "side",
    },
)


ROUND4 = {
    "mam-non-2026-phan-headings": MAM_NON_PHAN,
    "tieu-hoc-2026-letter-headings": TIEU_HOC_LETTERS,
    "thcs-2026-arabic-sentence-case": THCS_ARABIC,
    "thpt-2026-unnumbered-reworded": THPT_UNNUMBERED,
    "nhieu-cap-2026-standard-rows": NHIEU_CAP_STANDARDS,
    "mam-non-2026-merged-headings": MAM_NON_MERGED,
    "tieu-hoc-2026-prose-lists": TIEU_HOC_PROSE,
    "thpt-2026-stt-notes": THPT_STT,
    "gdtx-2026-split-by-standard": GDTX_SPLIT,
}
# The plans also written as text: name -> "pipe" or "tab".
TEXT_ROUND4 = {"thcs-2026-arabic-sentence-case": "pipe", "thpt-2026-stt-notes": "tab"}
