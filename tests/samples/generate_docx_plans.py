"""The plans behind ``tests/samples/docx/``: truth in the ``caitien.plan/1`` shape plus layout.

Keys starting with "_" are layout only: ``_layout`` (how the document is laid
out), ``_rows`` (the order of part, standard and item rows in section III or V),
``_actions`` / ``_timeline`` of a 2018 row (the cell paragraphs, the start and
end). Everything else is the truth ``generate_docx.py`` writes beside the .docx.
"""

from __future__ import annotations

from typing import Any


def row(
    standard: int | None,
    code: str | None,
    title: str | None,
    target: tuple[str, int | None],
    actions: list[str],
    responsible: str,
    timeline: tuple[str, str],
    budget: tuple[str, int | None],
    support: str = "",
    notes: str = "",
    part: str = "levels_1_3",
) -> dict[str, Any]:
    """A 2018 plan row: truth fields plus ``_actions`` (cell paragraphs) and ``_timeline``."""
    return {
        "part": part,
        "standard": standard,
        "criterion": code,
        "criterion_title": title,
        "content": "",
        "target": target[0],
        "target_level": target[1],
        "actions": " ".join(actions),
        "indicator": "",
        "responsible": responsible,
        "timeline": " - ".join(timeline),
        "budget": budget[0],
        "budget_vnd": budget[1],
        "evidence": "",
        "status": "",
        "support": support,
        "notes": notes,
        "_actions": actions,
        "_timeline": timeline,
    }


def row_2026(
    standard: int | None,
    code: str | None,
    title: str | None,
    content: str,
    target: tuple[str, int | None],
    actions: str,
    indicator: str,
    timeline: str,
    responsible: str,
    budget: tuple[str, int | None],
    evidence: str,
    status: str = "",
) -> dict[str, Any]:
    """A row of the 2026 table V (every cell one paragraph)."""
    return {
        "part": None,
        "standard": standard,
        "criterion": code,
        "criterion_title": title,
        "content": content,
        "target": target[0],
        "target_level": target[1],
        "actions": actions,
        "indicator": indicator,
        "responsible": responsible,
        "timeline": timeline,
        "budget": budget[0],
        "budget_vnd": budget[1],
        "evidence": evidence,
        "status": status,
        "support": "",
        "notes": "",
    }


def plan(**fields: Any) -> dict[str, Any]:
    """A plan description: every ``caitien.plan/1`` key, defaults for what a form lacks."""
    base: dict[str, Any] = {
        "format": "caitien.plan/1",
        "form": "2018",
        "general_info": [],
        "problems": [],
        "monitoring": [],
        "reporting": [],
    }
    return base | fields


LEVELS_1_3 = ("part", "MỨC 1, 2, 3")

TIEU_HOC_TABS = plan(
    school={
        "name": "Trường Tiểu học Bảo Hà",
        "level": "tieu_hoc",
        "governing_body": "UBND XÃ BẢO HÀ",
    },
    framework="TT17-2018",
    document={
        "number": "15/KH-THBH",
        "place": "Bảo Hà",
        "date": "2025-09-24",
        "school_year": "2025-2026",
    },
    purposes=[
        "Xác định những việc cần làm trước sau đợt tự đánh giá năm 2025 để nâng chất lượng dạy "
        "học ở điểm trường chính và hai điểm lẻ thôn Bản Lằn, Khe Bốc.",
        "Huy động sự tham gia của cha mẹ học sinh và chính quyền xã vào việc cải tạo khu vệ sinh, "
        "bảo đảm an toàn cho học sinh bán trú.",
        "Mỗi nội dung có người chủ trì, có mốc thời gian và dự kiến kinh phí để Hội đồng tự đánh "
        "giá theo dõi vào cuối mỗi học kỳ.",
    ],
    bases=[
        "- Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo ban hành Quy "
        "định về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với trường "
        "tiểu học;",
        "- Báo cáo tự đánh giá năm 2025 của Trường Tiểu học Bảo Hà;",
        "- Kế hoạch giáo dục năm học 2025 - 2026 của nhà trường.",
    ],
    standards=[
        {"number": 1, "title": "Tổ chức và quản lý nhà trường"},
        {"number": 2, "title": "Cán bộ quản lý, giáo viên, nhân viên và học sinh"},
        {"number": 3, "title": "Cơ sở vật chất và thiết bị dạy học"},
        {"number": 5, "title": "Hoạt động giáo dục và kết quả giáo dục"},
    ],
    items=[
        row(
            1,
            "1.4",
            "Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng",
            ("Giữ vững Mức 2", 2),
            [
                "- Tổ chuyên môn sinh hoạt theo nghiên cứu bài học 02 lần/tháng;",
                "- Tổ văn phòng lập sổ theo dõi công văn đi, đến trên phần mềm.",
            ],
            "Hiệu trưởng; Phó hiệu trưởng Lò Thị Hoa",
            ("Tháng 9/2025", "Tháng 5/2026"),
            ("Không", None),
        ),
        row(
            1,
            "1.10",
            "Đảm bảo an ninh trật tự, an toàn trường học",
            ("Phấn đấu đạt Mức 3", 3),
            [
                "- Xây dựng phương án phòng chống sạt lở đất mùa mưa cho điểm lẻ Khe Bốc;",
                "- Diễn tập thoát hiểm 02 lần/năm học.",
            ],
            "Hiệu trưởng; Phó hiệu trưởng Lò Thị Hoa",
            ("Tháng 9/2025", "Tháng 12/2025"),
            ("12.000.000đ", 12000000),
            "Công an xã Bảo Hà",
        ),
        row(
            2,
            "2.2",
            "Đối với giáo viên",
            ("Phấn đấu Mức 2: 100% giáo viên đạt chuẩn nghề nghiệp mức khá trở lên", 2),
            ["- Bồi dưỡng giáo viên dạy tiếng Việt cho học sinh dân tộc Dao, Tày lớp 1."],
            "Tổ trưởng tổ 1 - 2; giáo viên cốt cán",
            ("Tháng 10/2025", "Tháng 4/2026"),
            ("5 triệu đồng", 5000000),
        ),
        row(
            3,
            "3.4",
            "Khu vệ sinh, hệ thống cấp thoát nước",
            ("Đạt Mức 2: có khu vệ sinh riêng cho học sinh nam, nữ ở cả ba điểm trường", 2),
            [
                "- Tham mưu UBND xã cải tạo khu vệ sinh điểm lẻ Bản Lằn;",
                "- Lắp bồn chứa nước 2 m3 tại điểm lẻ Khe Bốc.",
            ],
            "Hiệu trưởng; kế toán",
            ("Tháng 11/2025", "Tháng 3/2026"),
            ("85.000.000 đồng", 85000000),
            "UBND xã Bảo Hà hỗ trợ 50%",
            "Làm trong kỳ nghỉ Tết",
        ),
        row(
            5,
            "5.2",
            "Thực hiện Chương trình giáo dục phổ thông cấp tiểu học",
            ("Giữ vững Mức 3", 3),
            ["- Dạy 2 buổi/ngày ở tất cả các lớp; tăng cường tiếng Việt cho học sinh lớp 1."],
            "Phó hiệu trưởng chuyên môn",
            ("Tháng 9/2025", "Tháng 5/2026"),
            ("Ngân sách chi thường xuyên", None),
        ),
        row(
            None,
            None,
            "Nhà trường có thư viện điện tử kết nối với thư viện của huyện",
            ("Đạt yêu cầu Mức 4 về thư viện", 4),
            ["- Số hóa 300 đầu sách; tập huấn cán bộ thư viện sử dụng phần mềm."],
            "Cán bộ thư viện",
            ("Tháng 1/2026", "Tháng 5/2026"),
            ("20.000.000đ", 20000000),
            part="level_4",
        ),
    ],
    organization=[
        {
            "role": "Hiệu trưởng",
            "duties": [
                "- Triển khai kế hoạch đến toàn thể cán bộ, giáo viên, nhân viên;",
                "- Báo cáo UBND xã Bảo Hà về các hạng mục cần đầu tư.",
            ],
        },
        {
            "role": "Phó hiệu trưởng",
            "duties": ["- Theo dõi tiến độ các nội dung chuyên môn, báo cáo hằng tháng."],
        },
        {
            "role": "Tổ trưởng chuyên môn, giáo viên",
            "duties": [
                "- Thực hiện các công việc được giao; lưu minh chứng theo mã đã thống nhất."
            ],
        },
    ],
    recipients=["Phòng Văn hóa - Xã hội xã Bảo Hà (để b/c);", "Hội đồng trường;", "Lưu: VT."],
    signer={"title": "HIỆU TRƯỞNG", "name": "Hoàng Văn Thắng"},
    _layout={
        "header": "tabs",
        "school_caps": "TRƯỜNG TIỂU HỌC BẢO HÀ",
        "number_line": "Số: 15/KH-THBH",
        "date_line": "Bảo Hà, ngày 24 tháng 9 năm 2025",
        "title": ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2025 - 2026"],
        "purpose_prefix": "{n}. ",
        "section_iii": "III. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
        "section_org": "IV. TỔ CHỨC THỰC HIỆN",
        "split_time": True,
        "merge_responsible": [(0, 1)],
    },
    _rows=[
        LEVELS_1_3,
        ("standard", 1),
        ("item", 0),
        ("item", 1),
        ("standard", 2),
        ("item", 2),
        ("standard", 3),
        ("item", 3),
        ("standard", 5),
        ("item", 4),
        ("part", "MỨC 4"),
        ("item", 5),
    ],
)

THCS_CODE_APART = plan(
    school={
        "name": "Trường THCS Gio Mỹ",
        "level": "thcs",
        "governing_body": "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO GIO LINH",
    },
    framework="TT18-2018",
    document={
        "number": "27/KH-THCSGM",
        "place": "Gio Mỹ",
        "date": "2024-10-03",
        "school_year": "2024-2025",
    },
    purposes=[
        "- Khắc phục những hạn chế đã nêu trong báo cáo tự đánh giá, nhất là về phòng học bộ môn "
        "và hoạt động hướng nghiệp cho học sinh lớp 9.",
        "- Làm căn cứ để nhà trường đề nghị đánh giá ngoài vào năm 2026.",
    ],
    bases=[
        "- Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;",
        "- Công văn số 512/PGDĐT ngày 16/9/2024 của Phòng GD&ĐT Gio Linh về công tác kiểm định "
        "chất lượng giáo dục năm học 2024 - 2025;",
        "- Báo cáo tự đánh giá của Trường THCS Gio Mỹ năm 2024.",
    ],
    standards=[
        {"number": 1, "title": "Tổ chức và quản lý nhà trường"},
        {"number": 2, "title": "Cán bộ quản lý, giáo viên, nhân viên và học sinh"},
        {"number": 3, "title": "Cơ sở vật chất và thiết bị dạy học"},
        {"number": 5, "title": "Hoạt động giáo dục và kết quả giáo dục"},
    ],
    items=[
        row(
            1,
            "1.1",
            "Phương hướng, chiến lược xây dựng và phát triển nhà trường",
            ("Nâng từ Mức 2 lên Mức 3", 3),
            [
                "+ Lấy ý kiến cha mẹ học sinh, chính quyền xã về dự thảo chiến lược 2025 - 2030;",
                "+ Đăng chiến lược đã phê duyệt trên trang thông tin điện tử của trường.",
            ],
            "Hiệu trưởng; Hội đồng trường",
            ("Tháng 10/2024", "tháng 3/2025"),
            ("Không", None),
        ),
        row(
            2,
            "2.4",
            "Đối với học sinh",
            ("Giữ vững Mức 3", 3),
            ["+ Tổ chức Đại hội Liên đội; tuyên truyền nội quy, quy tắc ứng xử mỗi đầu tuần."],
            "Tổng phụ trách Đội; giáo viên chủ nhiệm",
            ("Tháng 9/2024", "tháng 5/2025"),
            ("2.500.000 đồng", 2500000),
        ),
        row(
            3,
            "3.2",
            "Phòng học, phòng học bộ môn và khối phục vụ học tập",
            ("Phấn đấu đạt Mức 2", 2),
            [
                "+ Cải tạo phòng học bộ môn Khoa học tự nhiên;",
                "+ Mua bổ sung 20 bộ bàn ghế hai chỗ ngồi.",
            ],
            "Phó hiệu trưởng; kế toán; nhân viên thiết bị",
            ("Tháng 12/2024", "tháng 8/2025"),
            ("150 triệu đồng", 150000000),
            "Ngân sách huyện và vận động xã hội hóa",
        ),
        row(
            5,
            "5.4",
            "Các hoạt động trải nghiệm và hướng nghiệp",
            (
                "Tỷ lệ học sinh lớp 9 được tư vấn hướng nghiệp, phân luồng đạt 100%",
                None,
            ),
            [
                "+ Tổ chức tham quan Khu công nghiệp Quán Ngang cho học sinh lớp 9;",
                "+ Mời cán bộ Trung tâm GDNN-GDTX huyện tư vấn chọn nghề.",
            ],
            "Phó hiệu trưởng chuyên môn; giáo viên chủ nhiệm lớp 9",
            ("Tháng 2/2025", "tháng 4/2025"),
            ("8.000.000đ", 8000000),
            "",
            "Phối hợp Đoàn xã",
        ),
    ],
    organization=[
        {
            "role": "Hiệu trưởng",
            "duties": [
                "- Phổ biến kế hoạch trong hội đồng sư phạm; phân công người phụ trách từng "
                "tiêu chí.",
                "- Kiểm tra việc thực hiện vào cuối mỗi học kỳ.",
            ],
        },
        {
            "role": "Các tổ chuyên môn, tổ văn phòng",
            "duties": ["- Đưa nội dung cải tiến vào kế hoạch của tổ; lưu minh chứng."],
        },
    ],
    recipients=["Phòng GD&ĐT Gio Linh (để b/c);", "Các tổ chuyên môn;", "Lưu: VT, HĐTĐG."],
    signer={"title": "HIỆU TRƯỞNG", "name": "Trần Thị Mỹ Lệ"},
    _layout={
        "header": "table_two_rows",
        "school_caps": "TRƯỜNG THCS GIO MỸ",
        "number_line": "Số: 27/KH-THCSGM",
        "date_line": "Gio Mỹ, ngày 03 tháng 10 năm 2024",
        "title": ["KẾ HOẠCH", "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", "NĂM HỌC 2024 – 2025"],
        "bases_style": True,
        "section_iii": "III. NỘI DUNG KẾ HOẠCH",
        "section_org": "IV. TỔ CHỨC THỰC HIỆN",
        "roles_style": True,
        "code_apart": True,
        "column_numbers": True,
        "roman_standards": True,
    },
    _rows=[
        LEVELS_1_3,
        ("standard", 1),
        ("item", 0),
        ("standard", 2),
        ("item", 1),
        ("standard", 3),
        ("item", 2),
        ("standard", 5),
        ("item", 3),
    ],
)

THPT_NO_TABLE = plan(
    school={
        "name": "Trường THPT Long Hưng B",
        "level": "thpt",
        "governing_body": "SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐỒNG NAI",
    },
    framework="TT18-2018",
    document={
        "number": "41/KH-THPTLHB",
        "place": "Trấn Biên",
        "date": "2025-09-30",
        "school_year": "2025-2026",
    },
    purposes=[
        "Cụ thể hóa các biện pháp cải tiến đã nêu trong báo cáo tự đánh giá năm 2025.",
        "Gắn trách nhiệm của từng bộ phận với kết quả cải tiến của từng tiêu chí.",
    ],
    bases=[
        "- Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;",
        "- Kế hoạch số 2210/KH-SGDĐT ngày 05/9/2025 của Sở Giáo dục và Đào tạo Đồng Nai;",
        "- Kết quả tự đánh giá năm 2025 của Trường THPT Long Hưng B.",
    ],
    standards=[
        {"number": 2, "title": "Cán bộ quản lý, giáo viên, nhân viên và học sinh"},
        {"number": 3, "title": "Cơ sở vật chất và thiết bị dạy học"},
        {"number": 4, "title": "Quan hệ giữa nhà trường, gia đình và xã hội"},
    ],
    items=[
        row(
            2,
            "2.2",
            "Đối với giáo viên",
            ("Phấn đấu đạt Mức 3.", 3),
            [
                "Mỗi tổ chuyên môn có ít nhất 01 giáo viên dạy giỏi cấp tỉnh; 100% giáo viên ứng "
                "dụng công nghệ thông tin trong dạy học."
            ],
            "Phó hiệu trưởng chuyên môn; tổ trưởng chuyên môn.",
            ("Tháng 10/2025", "tháng 5/2026"),
            ("30.000.000 đồng.", 30000000),
        ),
        row(
            3,
            "3.6",
            "Thư viện",
            ("Giữ vững Mức 2.", 2),
            ["Bổ sung 500 đầu sách tham khảo; mở thư viện mở tại sảnh nhà A."],
            "Cán bộ thư viện; Đoàn trường.",
            ("Tháng 11/2025", "tháng 3/2026"),
            ("Vận động xã hội hóa.", None),
        ),
        row(
            4,
            "4.1",
            "Ban đại diện cha mẹ học sinh",
            ("Đạt Mức 3: Ban đại diện tham gia giám sát bữa ăn bán trú và an toàn giao thông.", 3),
            ["Xây dựng quy chế phối hợp giữa nhà trường và Ban đại diện cha mẹ học sinh."],
            "Hiệu trưởng; Trưởng ban đại diện cha mẹ học sinh.",
            ("Tháng 9/2025", "tháng 10/2025"),
            ("Không.", None),
        ),
    ],
    organization=[
        {
            "role": "Ban giám hiệu",
            "duties": ["- Chỉ đạo, kiểm tra việc thực hiện kế hoạch; báo cáo Sở theo yêu cầu."],
        },
        {
            "role": "Tổ chuyên môn, Đoàn trường, bộ phận thư viện",
            "duties": ["- Thực hiện nội dung được giao và báo cáo kết quả vào cuối học kỳ."],
        },
    ],
    recipients=["Sở GD&ĐT Đồng Nai (để b/c);", "Lưu: VT."],
    signer={"title": "HIỆU TRƯỞNG", "name": "Đỗ Minh Khoa"},
    _layout={
        "header": "table",
        "school_caps": "TRƯỜNG THPT LONG HƯNG B",
        "number_line": "Số: 41/KH-THPTLHB",
        "date_line": "Trấn Biên, ngày 30 tháng 9 năm 2025",
        "title": ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG", "Năm học 2025 - 2026"],
        "purpose_prefix": "{n}. ",
        "section_iii": "III. NỘI DUNG CẢI TIẾN CHẤT LƯỢNG",
        "section_org": "IV. TỔ CHỨC THỰC HIỆN",
        "no_table": True,
    },
    _rows=[
        LEVELS_1_3,
        ("standard", 2),
        ("item", 0),
        ("standard", 3),
        ("item", 1),
        ("standard", 4),
        ("item", 2),
    ],
)

NHIEU_CAP_NO_TT = plan(
    school={
        "name": "Trường TH và THCS Măng Cành",
        "level": "nhieu_cap",
        "governing_body": "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO KON PLÔNG",
    },
    framework="TT18-2018",
    document={
        "number": "08/KH-THCS",
        "place": "Măng Cành",
        "date": "2024-09-27",
        "school_year": "2024-2025",
    },
    purposes=[
        "- Nâng chất lượng giáo dục học sinh dân tộc Mơ Nâm, Xơ Đăng ở cả hai cấp học.",
        "- Từng bước đáp ứng các yêu cầu của trường đạt chuẩn quốc gia mức độ 1.",
    ],
    bases=[
        "- Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;",
        "- Báo cáo tự đánh giá năm 2024 của Trường TH và THCS Măng Cành.",
    ],
    standards=[
        {"number": 1, "title": "Tổ chức và quản lý nhà trường"},
        {"number": 3, "title": "Cơ sở vật chất và thiết bị dạy học"},
        {"number": 5, "title": "Hoạt động giáo dục và kết quả giáo dục"},
    ],
    items=[
        row(
            1,
            "1.7",
            "Quản lý cán bộ, giáo viên và nhân viên",
            ("Giữ vững Mức 2", 2),
            ["- Cập nhật hồ sơ viên chức trên cơ sở dữ liệu ngành trước ngày 30/10/2024."],
            "Hiệu trưởng; văn thư",
            ("Tháng 10/2024", "Tháng 11/2024"),
            ("Không", None),
        ),
        row(
            3,
            "3.1",
            "Khuôn viên, khu sân chơi, bãi tập",
            ("Phấn đấu đạt Mức 2", 2),
            ["- Làm hàng rào lưới B40 quanh điểm trường Kon Chênh;", "- Trồng 40 cây bóng mát."],
            "Phó hiệu trưởng; Ban đại diện cha mẹ học sinh",
            ("Tháng 11/2024", "Tháng 3/2025"),
            ("45.000.000đ", 45000000),
            "Đồn Biên phòng hỗ trợ ngày công",
        ),
        row(
            5,
            "5.3",
            "Thực hiện nội dung giáo dục địa phương theo quy định",
            ("Đạt Mức 2", 2),
            ["- Đưa nghề đan gùi, dệt thổ cẩm vào hoạt động trải nghiệm của học sinh THCS."],
            "Tổ Xã hội; nghệ nhân thôn Măng Cành",
            ("Tháng 1/2025", "Tháng 4/2025"),
            ("6.000.000 đồng", 6000000),
            "",
            "Mời nghệ nhân dạy 04 buổi",
        ),
        row(
            None,
            None,
            "Nhà trường có câu lạc bộ văn hóa dân tộc hoạt động thường xuyên",
            ("Đạt Mức 4 về hoạt động giáo dục văn hóa truyền thống", 4),
            ["- Thành lập câu lạc bộ cồng chiêng học sinh, sinh hoạt chiều thứ Sáu."],
            "Tổng phụ trách Đội",
            ("Tháng 10/2024", "Tháng 5/2025"),
            ("10 triệu đồng", 10000000),
            part="level_4",
        ),
    ],
    organization=[
        {
            "role": "Hiệu trưởng",
            "duties": ["- Chỉ đạo chung; báo cáo Phòng GD&ĐT kết quả thực hiện vào tháng 5/2025."],
        },
        {
            "role": "Phó hiệu trưởng, tổ trưởng chuyên môn",
            "duties": ["- Tổ chức thực hiện các nội dung được phân công."],
        },
    ],
    recipients=["Phòng GD&ĐT Kon Plông (để b/c);", "Lưu: VT."],
    signer={"title": "HIỆU TRƯỞNG", "name": "A Hiền"},
    _layout={
        "header": "breaks",
        "school_caps": "TRƯỜNG TH VÀ THCS MĂNG CÀNH",
        "number_line": "Số: 08/KH-THCS",
        "date_line": "Măng Cành, ngày 27 tháng 9 năm 2024",
        "title": ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2024 - 2025"],
        "section_iii": "III. KẾ HOẠCH CẢI TIẾN",
        "section_org": "VI. TỔ CHỨC THỰC HIỆN",
        "tt": False,
        "timeline_break": True,
    },
    _rows=[
        LEVELS_1_3,
        ("standard", 1),
        ("item", 0),
        ("standard", 3),
        ("item", 1),
        ("standard", 5),
        ("item", 2),
        ("part", "MỨC 4"),
        ("item", 3),
    ],
)

GDTX_2026 = plan(
    form="2026",
    school={
        "name": "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên Bắc Hà",
        "level": "gdtx",
        "governing_body": "SỞ GIÁO DỤC VÀ ĐÀO TẠO LÀO CAI",
    },
    framework="TT57-2026",
    document={
        "number": "09/KH-TTGDNN-GDTX",
        "place": "Bắc Hà",
        "date": "2026-10-05",
        "school_year": "2026-2027",
    },
    general_info=[
        "Tên cơ sở giáo dục: Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên Bắc Hà.",
        "Địa chỉ: tổ dân phố Na Cồ, xã Bắc Hà, tỉnh Lào Cai.",
        "Quy mô: 9 lớp giáo dục thường xuyên cấp THPT với 342 học viên; 31 cán bộ, giáo viên.",
    ],
    bases=[
        "- Thông tư số 57/2026/TT-BGDĐT ngày 07/7/2026 của Bộ trưởng Bộ Giáo dục và Đào tạo;",
        "- Báo cáo tự đánh giá năm học 2026 - 2027 của Trung tâm.",
    ],
    purposes=[
        "Mục đích: tập trung cải tiến những vấn đề ưu tiên về dữ liệu quản lý, đội ngũ và "
        "phương pháp dạy học cho học viên.",
        "Yêu cầu: kế hoạch khả thi, có chỉ số đánh giá rõ ràng, được theo dõi vào cuối học kỳ I "
        "và cuối năm học.",
    ],
    problems=[
        {
            "standard": "Tiêu chuẩn 1",
            "criteria": "1.3",
            "current_state": "Hồ sơ học viên còn lưu bằng giấy ở hai điểm lớp.",
            "limitation": "Chưa có cơ sở dữ liệu học viên dùng chung.",
            "cause": "Thiếu nhân viên phụ trách dữ liệu.",
        },
        {
            "standard": "Tiêu chuẩn 2",
            "criteria": "2.2",
            "current_state": "Đủ giáo viên các môn văn hóa.",
            "limitation": "Giáo viên ít kinh nghiệm dạy học viên lớn tuổi.",
            "cause": "Chưa được bồi dưỡng về giáo dục người lớn.",
        },
        {
            "standard": "Tiêu chuẩn 3",
            "criteria": "3.2",
            "current_state": "Tỷ lệ học viên bỏ học 6%.",
            "limitation": "Phương pháp dạy chưa phù hợp học viên vừa học vừa làm.",
            "cause": "Lịch học trùng mùa vụ.",
        },
    ],
    standards=[
        {"number": 1, "title": "Quản trị nhà trường và bảo đảm chất lượng"},
        {"number": 2, "title": "Phát triển đội ngũ"},
        {
            "number": 3,
            "title": "Thực hiện chương trình, đổi mới phương pháp giáo dục và phát triển người học",
        },
    ],
    items=[
        row_2026(
            1,
            "1.3",
            None,
            "Số hóa hồ sơ học viên và dữ liệu đội ngũ (Tiêu chí 1.3)",
            ("Tiêu chí 1.3 đạt Mức 2: 100% hồ sơ học viên được số hóa", 2),
            "Nhập hồ sơ học viên vào phần mềm quản lý; đối chiếu với hồ sơ giấy.",
            "Tỷ lệ hồ sơ được số hóa; số sai lệch được sửa",
            "Tháng 10/2026 - tháng 1/2027",
            "Phó giám đốc Vàng Seo Dín; giáo vụ",
            ("Kinh phí chi thường xuyên: 4.000.000 đồng", 4000000),
            "Cơ sở dữ liệu học viên; biên bản đối chiếu",
            "Đang thực hiện",
        ),
        row_2026(
            2,
            None,
            None,
            "Bồi dưỡng giáo viên về dạy học cho người lớn",
            ("100% giáo viên văn hóa hoàn thành bồi dưỡng", None),
            "Mời giảng viên Trường Cao đẳng Lào Cai tập huấn 02 buổi.",
            "Số giáo viên hoàn thành bồi dưỡng",
            "Tháng 11/2026",
            "Phó giám đốc phụ trách chuyên môn",
            ("6 triệu đồng", 6000000),
            "Danh sách giáo viên; tài liệu tập huấn",
        ),
        row_2026(
            3,
            "3.2",
            "Đổi mới phương pháp dạy học và theo dõi, đánh giá sự phát triển, tiến bộ của người "
            "học",
            "Tiêu chí 3.2: Đổi mới phương pháp dạy học và theo dõi, đánh giá sự phát triển, tiến "
            "bộ của người học",
            ("Giảm tỷ lệ học viên bỏ học xuống dưới 3%, đạt Mức 1", 1),
            "Bố trí lịch học linh hoạt theo mùa vụ; giao bài tập qua nhóm Zalo lớp.",
            "Tỷ lệ học viên bỏ học",
            "Tháng 9/2026 - tháng 5/2027",
            "Giáo viên chủ nhiệm các lớp",
            ("Không phát sinh kinh phí", None),
            "Sổ theo dõi chuyên cần; báo cáo sĩ số",
        ),
    ],
    monitoring=[
        {
            "when": "Cuối học kỳ I",
            "content": "Tiến độ số hóa hồ sơ; kết quả bồi dưỡng giáo viên",
            "result": "",
            "adjustment": "",
            "assessor": "Hội đồng tự đánh giá",
        },
        {
            "when": "Cuối năm học",
            "content": "Mức độ hoàn thành 03 nội dung cải tiến",
            "result": "",
            "adjustment": "",
            "assessor": "Giám đốc; Hội đồng tự đánh giá",
        },
    ],
    organization=[
        {
            "role": "Giám đốc",
            "duties": ["- Phê duyệt, công bố kế hoạch; bố trí kinh phí thực hiện."],
        },
        {
            "role": "Hội đồng tự đánh giá",
            "duties": ["- Theo dõi, tổng hợp kết quả; đề xuất điều chỉnh."],
        },
    ],
    reporting=[
        "- Kế hoạch được rà soát vào cuối học kỳ I và cuối năm học.",
        "- Kết quả thực hiện được báo cáo Sở Giáo dục và Đào tạo trước ngày 15/6/2027.",
    ],
    recipients=["Sở GD&ĐT Lào Cai (để b/c);", "Lưu: VT."],
    signer={"title": "GIÁM ĐỐC", "name": "Lù Văn Pao"},
    _layout={
        "header": "table",
        "school_caps": "TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP - GIÁO DỤC THƯỜNG XUYÊN BẮC HÀ",
        "number_line": "Số: 09/KH-TTGDNN-GDTX",
        "date_line": "Bắc Hà, ngày 05 tháng 10 năm 2026",
        "title": ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2026 - 2027"],
    },
    _rows=[
        ("standard", 1),
        ("item", 0),
        ("standard", 2),
        ("item", 1),
        ("standard", 3),
        ("item", 2),
    ],
)

MAM_NON_2026_LISTS = plan(
    form="2026",
    school={
        "name": "Trường Mầm non Hoa Sen",
        "level": "mam_non",
        "governing_body": "UBND XÃ TÂN HIỆP",
    },
    framework="TT57-2026",
    document={
        "number": "18/KH-MNHS",
        "place": "Tân Hiệp",
        "date": "2026-09-18",
        "school_year": "2026-2027",
    },
    general_info=[
        "Tên cơ sở giáo dục: Trường Mầm non Hoa Sen.",
        "Địa chỉ: ấp Tân Hòa, xã Tân Hiệp, tỉnh An Giang.",
        "Quy mô: 12 nhóm, lớp với 356 trẻ; 38 cán bộ quản lý, giáo viên, nhân viên.",
    ],
    bases=[
        "- Thông tư số 57/2026/TT-BGDĐT ngày 07/7/2026 của Bộ trưởng Bộ Giáo dục và Đào tạo;",
        "- Báo cáo tự đánh giá năm học 2026 - 2027 của Trường Mầm non Hoa Sen;",
        "- Kế hoạch năm học 2026 - 2027 của nhà trường.",
    ],
    purposes=[
        "Xác định các vấn đề ưu tiên cải tiến sau tự đánh giá.",
        "Nâng chất lượng chăm sóc, giáo dục trẻ ở các điểm lẻ.",
        "Vừa sức, làm được với nguồn lực hiện có.",
        "Có người phụ trách và thời hạn cho từng nội dung.",
    ],
    problems=[
        {
            "standard": "Tiêu chuẩn 2",
            "criteria": "2.2",
            "current_state": "Đủ giáo viên theo định mức.",
            "limitation": "Giáo viên điểm lẻ ít được dự giờ, trao đổi chuyên môn.",
            "cause": "Điểm lẻ cách điểm chính 9 km.",
        },
        {
            "standard": "Tiêu chuẩn 4",
            "criteria": "4.2",
            "current_state": "Bếp ăn bán trú đạt yêu cầu vệ sinh.",
            "limitation": "Sân chơi điểm lẻ Tân Hòa ngập nước mùa mưa.",
            "cause": "Nền sân thấp hơn mặt đường.",
        },
    ],
    standards=[],
    items=[
        row_2026(
            2,
            "2.2",
            None,
            "Sinh hoạt chuyên môn liên điểm trường cho giáo viên điểm lẻ (Tiêu chí 2.2)",
            ("Tiêu chí 2.2 đạt Mức 2", 2),
            "Tổ chức sinh hoạt chuyên môn luân phiên tại các điểm trường mỗi tháng một lần.",
            "Số buổi sinh hoạt chuyên môn liên điểm",
            "Tháng 9/2026 - tháng 5/2027",
            "Phó hiệu trưởng chuyên môn",
            ("Kinh phí chi thường xuyên: 3.000.000 đồng", 3000000),
            "Biên bản sinh hoạt chuyên môn",
            "Đang thực hiện",
        ),
        row_2026(
            4,
            "4.2",
            None,
            "Nâng nền sân chơi điểm lẻ Tân Hòa (Tiêu chí 4.2)",
            ("Sân chơi không còn ngập nước trong mùa mưa", None),
            "Tham mưu UBND xã nâng nền sân, làm rãnh thoát nước.",
            "Diện tích sân được nâng nền",
            "Tháng 11/2026 - tháng 3/2027",
            "Hiệu trưởng",
            ("Ngân sách xã: 180 triệu đồng", 180000000),
            "Hồ sơ công trình; biên bản nghiệm thu",
        ),
    ],
    monitoring=[
        {
            "when": "Cuối học kỳ I",
            "content": "Số buổi sinh hoạt chuyên môn liên điểm; tiến độ nâng nền sân",
            "result": "",
            "adjustment": "",
            "assessor": "Hội đồng tự đánh giá",
        },
        {
            "when": "Cuối năm học",
            "content": "Mức độ hoàn thành 02 nội dung cải tiến",
            "result": "",
            "adjustment": "",
            "assessor": "Hiệu trưởng",
        },
    ],
    organization=[
        {"role": "Hiệu trưởng", "duties": ["- Chỉ đạo chung, tham mưu UBND xã."]},
        {"role": "Tổ chuyên môn", "duties": ["- Thực hiện và lưu minh chứng."]},
    ],
    reporting=[
        "Kế hoạch được rà soát vào cuối học kỳ I và cuối năm học.",
        "Kết quả được báo cáo UBND xã Tân Hiệp trước ngày 30/5/2027.",
    ],
    recipients=["UBND xã Tân Hiệp (để b/c);", "Lưu: VT."],
    signer={"title": "HIỆU TRƯỞNG", "name": "Danh Thị Sa Rết"},
    _layout={
        "header": "table",
        "school_caps": "TRƯỜNG MẦM NON HOA SEN",
        "number_line": "Số: 18/KH-MNHS",
        "date_line": "Tân Hiệp, ngày 18 tháng 9 năm 2026",
        "title": ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2026 - 2027"],
        "word_lists": True,
    },
    _purpose_groups=[
        (
            "Mục đích",
            [
                "Xác định các vấn đề ưu tiên cải tiến sau tự đánh giá.",
                "Nâng chất lượng chăm sóc, giáo dục trẻ ở các điểm lẻ.",
            ],
        ),
        (
            "Yêu cầu",
            [
                "Vừa sức, làm được với nguồn lực hiện có.",
                "Có người phụ trách và thời hạn cho từng nội dung.",
            ],
        ),
    ],
    _rows=[("item", 0), ("item", 1)],
)

PLANS: dict[str, dict[str, Any]] = {
    "tieu-hoc-2018-tab-header": TIEU_HOC_TABS,
    "thcs-2018-code-title-apart": THCS_CODE_APART,
    "thpt-2018-no-table": THPT_NO_TABLE,
    "nhieu-cap-2018-no-tt": NHIEU_CAP_NO_TT,
    "gdtx-2026-standard-rows": GDTX_2026,
    "mam-non-2026-word-lists": MAM_NON_2026_LISTS,
}
