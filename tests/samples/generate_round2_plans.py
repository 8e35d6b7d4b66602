"""The plans behind the second round of unseen-layout samples (``generate_round2.py``).

Each description is the truth in the ``caitien.plan/1`` shape plus layout keys
starting with "_" (see ``generate_docx_plans.py`` and ``generate_variants_plans.py``).
New here: ``_content`` on a 2018 item is the text of a "Nội dung cải tiến"
column standing before the "Biện pháp" column (the truth's ``actions`` holds
both, joined by a space); ``_code`` is how the code is written, ``""`` for a
row that gives the criterion's title alone. Schools, people and figures are
fictional; places are real localities.
"""

from __future__ import annotations

from typing import Any

from generate_docx_plans import plan, row, row_2026


def coded(item: dict[str, Any], code: str) -> dict[str, Any]:
    """The item with its code written as ``code`` in the criterion cell ("" for none)."""
    return item | {"_code": code}


def split_actions(item: dict[str, Any], content: str) -> dict[str, Any]:
    """The item with ``content`` in its own "Nội dung" cell before the measures."""
    return item | {"_content": content, "actions": f"{content} {item['actions']}"}


THCS_2018_REORDERED = plan(
    school={
        "name": "Trường THCS Lê Quý Đôn",
        "level": "thcs",
        "governing_body": "UBND XÃ CẨM XUYÊN",
    },
    framework="TT18-2018",
    document={
        "number": "27/KH-THCSLQĐ",
        "place": "Cẩm Xuyên",
        "date": "2025-09-30",
        "school_year": "2025-2026",
    },
    purposes=[
        "Xác định rõ những tiêu chí còn hạn chế sau tự đánh giá để có biện pháp khắc phục.",
        "Huy động mọi nguồn lực, nâng cao chất lượng giáo dục toàn diện.",
        "Làm căn cứ để nhà trường đăng ký đánh giá ngoài vào năm 2026.",
    ],
    bases=[
        "- Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;",
        "- Công văn số 1204/SGDĐT-QLCL ngày 12/9/2025 của Sở GDĐT Hà Tĩnh;",
        "- Báo cáo tự đánh giá năm học 2024 - 2025 của Trường THCS Lê Quý Đôn.",
    ],
    standards=[
        {"number": 1, "title": "Tổ chức và quản lý nhà trường"},
        {"number": 2, "title": "Cán bộ quản lý, giáo viên, nhân viên và học sinh"},
        {"number": 3, "title": "Cơ sở vật chất và thiết bị dạy học"},
    ],
    items=[
        coded(
            split_actions(
                row(
                    1,
                    "1.10",
                    "Đảm bảo an ninh trật tự, an toàn trường học",
                    ("Giữ vững mức ba", 3),
                    ["Phối hợp Công an xã tuyên truyền phòng chống bạo lực học đường."],
                    "Phó hiệu trưởng; Tổng phụ trách Đội",
                    ("Cả năm học",),
                    ("2 tr", 2000000),
                    "Công an xã Cẩm Xuyên",
                ),
                "Xây dựng trường học an toàn, không có bạo lực.",
            ),
            "TC 1.10",
        ),
        coded(
            split_actions(
                row(
                    2,
                    "2.2",
                    "Đối với giáo viên",
                    ("Đạt Mức hai", 2),
                    [
                        "- Cử 03 giáo viên học đại học;",
                        "- Dự giờ, thao giảng mỗi tháng 01 tiết/giáo viên.",
                    ],
                    "Hiệu trưởng, tổ trưởng chuyên môn",
                    ("Tháng 5/2026",),
                    ("5.000.000,đ", 5000000),
                    "Phòng GDĐT hỗ trợ kinh phí học tập",
                ),
                "Nâng tỷ lệ giáo viên trên chuẩn trình độ đào tạo.",
            ),
            "TC2.2:",
        ),
        coded(
            split_actions(
                row(
                    2,
                    "2.3",
                    "Đối với nhân viên",
                    ("Phấn đấu mức 2", 2),
                    ["Cử nhân viên thư viện - thiết bị dự lớp bồi dưỡng nghiệp vụ do Sở tổ chức."],
                    "Kế toán; nhân viên thư viện",
                    ("Tháng 12/2025",),
                    ("", None),
                ),
                "Nhân viên có trình độ đào tạo đáp ứng vị trí việc làm.",
            ),
            "Tiêu chí 2 .3",
        ),
        coded(
            split_actions(
                row(
                    3,
                    "3.6",
                    "Thư viện",
                    ("Thư viện đạt Mức độ 1", None),
                    ["Vận động cựu học sinh, phụ huynh tặng sách; bổ sung 300 đầu sách."],
                    "Nhân viên thư viện; Liên đội",
                    ("Học kỳ I",),
                    ("Xã hội hóa", None),
                    "Ban đại diện cha mẹ học sinh",
                ),
                "Phát triển văn hóa đọc.",
            ),
            "",
        ),
        coded(
            split_actions(
                row(
                    None,
                    None,
                    "Trường có ít nhất 02 năm kết quả giáo dục vượt trội so với các trường "
                    "có điều kiện kinh tế - xã hội tương đồng",
                    ("Chưa đạt", None),
                    ["Bồi dưỡng học sinh giỏi cấp tỉnh các môn Toán, Ngữ văn."],
                    "Hiệu trưởng",
                    ("Năm học 2025 - 2026",),
                    ("10.000.000 VNĐ", 10000000),
                    part="level_4",
                ),
                "Nâng chất lượng mũi nhọn.",
            ),
            "",
        ),
    ],
    organization=[
        {
            "role": "Hiệu trưởng",
            "duties": ["- Chỉ đạo chung, phân công nhiệm vụ cho từng bộ phận."],
        },
        {
            "role": "Tổ chuyên môn, tổ văn phòng",
            "duties": ["- Triển khai các nội dung được giao, báo cáo kết quả mỗi học kỳ."],
        },
    ],
    recipients=["Phòng GDĐT (để b/c);", "Các tổ (để th/h);", "Lưu: VT."],
    signer={"title": "HIỆU TRƯỞNG", "name": "Nguyễn Đình Hòa"},
    _layout={
        "header": "tabs",
        "school_caps": "TRƯỜNG THCS LÊ QUÝ ĐÔN",
        "number_line": "Số: 27/KH-THCSLQĐ",
        "date_line": "Cẩm Xuyên, ngày 30 tháng 9 năm 2025",
        "title": ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2025 - 2026"],
        "section_iii": "III. NỘI DUNG KẾ HOẠCH",
        "section_org": "IV. TỔ CHỨC THỰC HIỆN",
        "heads_2018": [
            ("STT", "tt"),
            ("Tiêu chuẩn, tiêu chí", "criterion"),
            ("Mục tiêu cần đạt", "target"),
            ("Nội dung cải tiến", "content_split"),
            ("Biện pháp thực hiện", "actions"),
            ("Thời gian hoàn thành", "timeline"),
            ("Người/bộ phận thực hiện", "responsible"),
            ("Điều kiện/Nguồn lực hỗ trợ", "support"),
            ("Kinh phí dự kiến", "budget"),
        ],
        "parts": {"levels_1_3": "MỨC 1, 2, 3", "level_4": "MỨC 4"},
    },
    _rows=[
        ("part", "levels_1_3"),
        ("standard", 1),
        ("item", 0),
        ("standard", 2),
        ("item", 1),
        ("item", 2),
        ("standard", 3),
        ("item", 3),
        ("part", "level_4"),
        ("item", 4),
    ],
)

NHIEU_CAP_2018_LEVEL_4 = plan(
    school={
        "name": "Trường TH và THCS Quang Trung",
        "level": "nhieu_cap",
        "governing_body": "UBND XÃ IA GRAI",
    },
    framework="TT18-2018",
    document={
        "number": "19/KH-THCSQT",
        "place": "Ia Grai",
        "date": "2025-10-06",
        "school_year": "2025-2026",
    },
    purposes=[
        "Duy trì kết quả đạt Mức 3 và hướng tới các yêu cầu của Mức 4.",
        "Phân công rõ người chủ trì, thời gian và kinh phí cho từng nội dung.",
    ],
    bases=[
        "- Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;",
        "- Kết quả đánh giá ngoài của Sở GDĐT Gia Lai năm 2024.",
    ],
    standards=[
        {"number": 1, "title": "Tổ chức và quản lý nhà trường"},
        {"number": 5, "title": "Hoạt động giáo dục và kết quả giáo dục"},
    ],
    items=[
        coded(
            row(
                1,
                "1.1",
                "Phương hướng, chiến lược xây dựng và phát triển nhà trường",
                ("Giữ vững Mức 3", 3),
                [
                    "- Rà soát, điều chỉnh chiến lược giai đoạn 2025 - 2030 có ý kiến cha mẹ "
                    "học sinh."
                ],
                "Hiệu trưởng; Hội đồng trường",
                ("Tháng 10/2025",),
                ("Không", None),
            ),
            "Tiêu chí 1.1",
        ),
        coded(
            row(
                5,
                "5.3",
                "Thực hiện nội dung giáo dục địa phương theo quy định",
                ("Phấn đấu đạt mức 3", 3),
                [
                    "- Biên soạn tài liệu văn hóa Jrai cho khối 6, 7;",
                    "+ Mời nghệ nhân dạy cồng chiêng.",
                ],
                "Tổ Ngữ văn - Lịch sử",
                ("Từ tháng 11/2025 đến tháng 4/2026",),
                ("1,5 triệu đồng/học kỳ", 1500000),
                "Nghệ nhân làng Ia Tô",
            ),
            "Tiêu chí 5.3",
        ),
        row(
            None,
            None,
            "Kế hoạch giáo dục của nhà trường có những nội dung được tham khảo chương trình giáo "
            "dục tiên tiến của các nước trong khu vực và thế giới",
            ("Đạt yêu cầu Mức 4", 4),
            ["- Tổ chức 02 chuyên đề dạy học STEM theo mô hình của các nước trong khu vực."],
            "Phó hiệu trưởng chuyên môn",
            ("Năm học 2025 - 2026",),
            ("15.000.000 đồng", 15000000),
            notes="Yêu cầu 1",
            part="level_4",
        ),
        row(
            None,
            None,
            "Trong 05 năm liên tiếp tính đến thời điểm đánh giá, nhà trường hoàn thành tất cả các "
            "mục tiêu theo phương hướng, chiến lược phát triển",
            ("Duy trì", None),
            ["- Đánh giá việc hoàn thành mục tiêu hằng năm."],
            "Hội đồng trường",
            ("Tháng 5/2026",),
            ("", None),
            notes="Yêu cầu 4",
            part="level_4",
        ),
    ],
    organization=[
        {"role": "Hiệu trưởng", "duties": ["- Chỉ đạo, kiểm tra việc thực hiện kế hoạch."]},
        {"role": "Các tổ chuyên môn", "duties": ["- Xây dựng kế hoạch tổ theo kế hoạch này."]},
    ],
    recipients=["Phòng Văn hóa - Xã hội xã Ia Grai;", "Lưu VT."],
    signer={"title": "HIỆU TRƯỞNG", "name": "Rơ Châm H'Bin"},
    _layout={
        "header": "table_two_rows",
        "school_caps": "TRƯỜNG TH VÀ THCS QUANG TRUNG",
        "number_line": "Số: 19/KH-THCSQT",
        "date_line": "Ia Grai, ngày 06 tháng 10 năm 2025",
        "title": ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", "NĂM HỌC 2025 - 2026"],
        "section_iii": "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
        "section_org": "VI. TỔ CHỨC THỰC HIỆN",
        "heads_2018": [
            ("TT", "tt"),
            ("Tiêu chuẩn, tiêu chí", "criterion"),
            ("Kết quả cần đạt (so với hiện trạng)", "target"),
            ("Công việc/giải pháp cần thực hiện", "actions"),
            ("Chủ trì và phối hợp thực hiện", "responsible"),
            ("Thời gian thực hiện và hoàn thành", "timeline"),
            ("Dự kiến kinh phí", "budget"),
            ("Điều kiện hỗ trợ khác", "support"),
            ("Ghi chú", "notes"),
        ],
        "number_row": True,
        "standard_rows": "numbered",
        "code_apart": True,
        "parts": {"levels_1_3": "Mức 1, 2 và 3", "level_4": "Mức 4"},
    },
    _rows=[
        ("part", "levels_1_3"),
        ("standard", 1),
        ("item", 0),
        ("standard", 5),
        ("item", 1),
        ("part", "level_4"),
        ("item", 2),
        ("item", 3),
    ],
)

TIEU_HOC_2018_NO_PARTS = plan(
    school={
        "name": "Trường Tiểu học Võ Thị Sáu",
        "level": "tieu_hoc",
        "governing_body": "UBND PHƯỜNG LONG XUYÊN",
    },
    framework="TT17-2018",
    document={
        "number": "45/KH-THVTS",
        "place": "Long Xuyên",
        "date": "2025-10-20",
        "school_year": "2025-2026",
    },
    purposes=[
        "Cải tiến các tiêu chí chưa đạt Mức 2 trong báo cáo tự đánh giá năm 2025.",
        "Bảo đảm mỗi nội dung cải tiến có người chủ trì và thời gian hoàn thành cụ thể.",
    ],
    bases=[
        "- Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;",
        "- Báo cáo tự đánh giá năm 2025 của Trường Tiểu học Võ Thị Sáu.",
    ],
    standards=[
        {"number": 2, "title": "CÁN BỘ QUẢN LÝ, GIÁO VIÊN, NHÂN VIÊN VÀ HỌC SINH"},
        {"number": 3, "title": "CƠ SỞ VẬT CHẤT VÀ THIẾT BỊ DẠY HỌC"},
        {"number": 5, "title": "HOẠT ĐỘNG GIÁO DỤC VÀ KẾT QUẢ GIÁO DỤC"},
    ],
    items=[
        coded(
            row(
                2,
                "2.2",
                "Đối với giáo viên",
                ("Phấn đấu đạt mức ba", 3),
                ["- Bồi dưỡng giáo viên dạy tiếng Anh, Tin học theo Chương trình 2018."],
                "Phó hiệu trưởng",
                ("Tháng 9/2025 - tháng 5/2026",),
                ("5 tr", 5000000),
                part=None,
            ),
            "",
        ),
        coded(
            row(
                2,
                "2.4",
                "Đối với học sinh",
                ("Giữ vững Mức 2", 2),
                ["- Tổ chức tuần lễ kỹ năng sống mỗi học kỳ."],
                "Tổng phụ trách Đội",
                ("Cả năm học",),
                ("3.000.000 VNĐ", 3000000),
                part=None,
            ),
            "Tiêu chí 2 .4",
        ),
        coded(
            row(
                3,
                "3.6",
                "Thư viện",
                ("Đạt Mức một", 1),
                ["- Bổ sung tủ sách lớp học;", "- Xây dựng thư viện thân thiện ở điểm lẻ Mỹ Hòa."],
                "Nhân viên thư viện",
                ("Tháng 12/2025",),
                ("Ngân sách nhà nước", None),
                "Ban đại diện cha mẹ học sinh",
                part=None,
            ),
            "TC 3.6:",
        ),
        coded(
            row(
                5,
                "5.4",
                "Công tác phổ cập giáo dục tiểu học",
                ("Duy trì phổ cập giáo dục tiểu học mức độ 3", None),
                ["- Điều tra, cập nhật số liệu phổ cập trên hệ thống."],
                "Phó hiệu trưởng; giáo viên phụ trách phổ cập",
                ("Tháng 10/2025",),
                ("Không", None),
                part=None,
            ),
            "Tiêu chí 5.4.",
        ),
    ],
    organization=[
        {"role": "Hiệu trưởng", "duties": ["- Phê duyệt kế hoạch, chỉ đạo chung."]},
        {"role": "Phó hiệu trưởng", "duties": ["- Theo dõi tiến độ, tổng hợp báo cáo."]},
    ],
    recipients=["Phòng Văn hóa - Xã hội phường (b/c);", "Lưu: VT."],
    signer={"title": "HIỆU TRƯỞNG", "name": "Trần Thị Kim Loan"},
    _layout={
        "header": "breaks",
        "school_caps": "TRƯỜNG TIỂU HỌC VÕ THỊ SÁU",
        "number_line": "Số: 45/KH-THVTS",
        "date_line": "Long Xuyên, ngày 20 tháng 10 năm 2025",
        "title": ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2025 - 2026"],
        "section_iii": "III. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
        "section_org": "IV. TỔ CHỨC THỰC HIỆN",
        "heads_2018": [
            ("TT", "tt"),
            ("Tiêu chí", "criterion"),
            ("Kết quả cần đạt", "target"),
            ("Giải pháp thực hiện", "actions"),
            ("Người chủ trì", "responsible"),
            ("Thời gian", "timeline"),
            ("Kinh phí", "budget"),
            ("Điều kiện hỗ trợ", "support"),
            ("Ghi chú", "notes"),
        ],
        "standard_rows": "capitals",
        "parts": {},
    },
    _rows=[
        ("standard", 2),
        ("item", 0),
        ("item", 1),
        ("standard", 3),
        ("item", 2),
        ("standard", 5),
        ("item", 3),
    ],
)

GDTX_2026_PIPES = plan(
    form="2026",
    school={
        "name": "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Hải Hậu",
        "level": "gdtx",
        "governing_body": "UBND TỈNH NINH BÌNH",
    },
    framework="TT57-2026",
    document={
        "number": "14/KH-TTGDNN-GDTX",
        "place": "Hải Hậu",
        "date": "2026-10-12",
        "school_year": "2026-2027",
    },
    general_info=[
        "Tên cơ sở giáo dục: Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Hải Hậu.",
        "Loại hình: công lập.",
        "Quy mô: 12 lớp bổ túc THPT, 430 học viên; 35 cán bộ, giáo viên, nhân viên.",
    ],
    bases=[
        "- Thông tư số 57/2026/TT-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo;",
        "- Báo cáo tự đánh giá năm 2026 của Trung tâm;",
        "- Kế hoạch phát triển Trung tâm giai đoạn 2026 - 2030.",
    ],
    purposes=[
        "Khắc phục các hạn chế nêu trong báo cáo tự đánh giá năm 2026.",
        "Nâng tỷ lệ học viên duy trì sĩ số và hoàn thành chương trình.",
    ],
    problems=[
        {
            "standard": "Tiêu chuẩn 3",
            "criteria": "3.4",
            "current_state": "Tỷ lệ học viên bỏ học năm học 2025 - 2026 là 7,2%.",
            "limitation": "Chưa theo dõi kịp thời học viên nghỉ học dài ngày.",
            "cause": "Học viên vừa học vừa làm; giáo viên chủ nhiệm kiêm nhiệm nhiều việc.",
        },
        {
            "standard": "Tiêu chuẩn 4",
            "criteria": "4.1",
            "current_state": "Phòng thực hành nghề Điện dân dụng xuống cấp.",
            "limitation": "Thiết bị thực hành thiếu, không bảo đảm an toàn.",
            "cause": "Nguồn kinh phí đầu tư hạn chế.",
        },
    ],
    standards=[],
    items=[
        row_2026(
            3,
            "3.4",
            "Quản lý, theo dõi, hỗ trợ người học và giáo dục hòa nhập",
            "Tiêu chí 3.4: Quản lý, theo dõi, hỗ trợ người học và giáo dục hòa nhập",
            ("Giảm tỷ lệ học viên bỏ học xuống dưới 4%", None),
            "Lập sổ theo dõi chuyên cần điện tử; liên hệ doanh nghiệp nơi học viên làm việc.",
            "Tỷ lệ học viên bỏ học",
            "Tháng 10/2026 - tháng 5/2027",
            "Phó giám đốc; giáo viên chủ nhiệm",
            ("Chi thường xuyên", None),
            "Sổ theo dõi chuyên cần; danh sách học viên",
            "Đang thực hiện",
        ),
        row_2026(
            4,
            "4.1",
            None,
            "Cải tạo phòng thực hành nghề Điện dân dụng (Tiêu chí 4.1)",
            ("Phấn đấu đạt Mức 2", 2),
            "Lập dự toán sửa chữa; mua bổ sung 10 bộ thiết bị thực hành.",
            "Số bộ thiết bị thực hành bảo đảm an toàn",
            "Học kỳ I",
            "Giám đốc; kế toán",
            ("80 triệu đồng", 80000000),
            "Dự toán; hợp đồng; biên bản nghiệm thu",
            "Chưa thực hiện",
        ),
        row_2026(
            2,
            "2.2",
            None,
            "Bồi dưỡng giáo viên dạy tích hợp văn hóa - nghề (TC 2.2)",
            ("100% giáo viên được bồi dưỡng", None),
            "Cử giáo viên dự tập huấn của Sở; sinh hoạt chuyên môn theo nghiên cứu bài học.",
            "Tỷ lệ giáo viên hoàn thành bồi dưỡng",
            "Cả năm học",
            "Tổ Văn hóa; tổ Nghề",
            ("6.000.000 đ", 6000000),
            "Giấy chứng nhận bồi dưỡng",
        ),
    ],
    monitoring=[
        {
            "when": "Cuối học kỳ I",
            "content": "Tỷ lệ chuyên cần; tiến độ sửa chữa phòng thực hành",
            "result": "",
            "adjustment": "",
            "assessor": "Hội đồng tự đánh giá",
        },
        {
            "when": "Cuối năm học",
            "content": "Mức độ đạt các chỉ số",
            "result": "",
            "adjustment": "",
            "assessor": "Giám đốc Trung tâm",
        },
    ],
    organization=[
        {"role": "Giám đốc Trung tâm", "duties": ["Chỉ đạo chung; phê duyệt dự toán."]},
        {"role": "Hội đồng tự đánh giá", "duties": ["Theo dõi, đánh giá tiến độ thực hiện."]},
        {"role": "Các tổ chuyên môn", "duties": ["Thực hiện các hoạt động được giao."]},
    ],
    reporting=[
        "Các tổ báo cáo tiến độ cuối mỗi học kỳ.",
        "Trung tâm báo cáo Sở Giáo dục và Đào tạo kết quả thực hiện trước ngày 30/6/2027.",
    ],
    recipients=["Sở GDĐT (để b/c);", "Các tổ (để th/h);", "Lưu: VT."],
    signer={"title": "GIÁM ĐỐC", "name": "Vũ Văn Khiêm"},
    _layout={
        "school_caps": "TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP - GIÁO DỤC THƯỜNG XUYÊN HUYỆN HẢI HẬU",
        "number_line": "Số: 14/KH-TTGDNN-GDTX",
        "date_line": "Hải Hậu, ngày 12 tháng 10 năm 2026",
        "title": ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2026 - 2027"],
        "headings": [
            "I. THÔNG TIN CHUNG",
            "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
            "III. MỤC ĐÍCH, YÊU CẦU",
            "IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN",
            "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
            "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)",
            "VII. TỔ CHỨC THỰC HIỆN",
            "VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO",
        ],
    },
    _rows=[("item", 0), ("item", 1), ("item", 2)],
)

THCS_2026_REORDERED_TABLES = plan(
    form="2026",
    school={
        "name": "Trường THCS Trần Phú",
        "level": "thcs",
        "governing_body": "UBND PHƯỜNG HẢI CHÂU",
    },
    framework="TT57-2026",
    document={
        "number": "88/KH-THCSTP",
        "place": "Đà Nẵng",
        "date": "2026-09-28",
        "school_year": "2026-2027",
    },
    general_info=[
        "Tên cơ sở giáo dục: Trường THCS Trần Phú.",
        "Địa chỉ: 22 Lê Lợi, phường Hải Châu, thành phố Đà Nẵng.",
        "Quy mô: 30 lớp, 1.260 học sinh; 72 cán bộ, giáo viên, nhân viên.",
    ],
    bases=[
        "- Thông tư số 57/2026/TT-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo;",
        "- Báo cáo tự đánh giá năm 2026 của Trường THCS Trần Phú;",
        "- Kết quả thực hiện kế hoạch cải tiến chất lượng năm học 2025 - 2026.",
    ],
    purposes=[
        "Tập trung cải tiến ba vấn đề trọng tâm được xác định qua tự đánh giá.",
        "Theo dõi thường xuyên, điều chỉnh kịp thời các hoạt động chưa đạt tiến độ.",
    ],
    problems=[
        {
            "standard": "Tiêu chuẩn 3",
            "criteria": "3.2",
            "current_state": "Giáo viên đã dạy học theo hướng phát triển phẩm chất, năng lực.",
            "limitation": "Kiểm tra, đánh giá còn nặng về ghi nhớ kiến thức.",
            "cause": "Giáo viên chưa được tập huấn xây dựng ma trận đề theo năng lực.",
        },
        {
            "standard": "Tiêu chuẩn 4",
            "criteria": "4.2; 4.3",
            "current_state": "Trường có phòng tư vấn tâm lý nhưng hoạt động chưa thường xuyên.",
            "limitation": "Còn xảy ra mâu thuẫn giữa học sinh trên mạng xã hội.",
            "cause": "Chưa có giáo viên chuyên trách tư vấn; phối hợp với gia đình chưa chặt.",
        },
    ],
    standards=[],
    items=[
        row_2026(
            3,
            "3.2",
            "Đổi mới phương pháp dạy học và theo dõi, đánh giá sự phát triển, tiến bộ của "
            "người học",
            "Tiêu chí 3.2: Đổi mới phương pháp dạy học và theo dõi, đánh giá sự phát triển, "
            "tiến bộ của người học",
            ("100% đề kiểm tra định kỳ có ma trận, đặc tả theo năng lực", None),
            "Tập huấn xây dựng ma trận đề; mỗi tổ xây dựng ngân hàng câu hỏi dùng chung.",
            "Tỷ lệ đề kiểm tra có ma trận, đặc tả",
            "Tháng 10/2026 - tháng 3/2027",
            "Phó hiệu trưởng chuyên môn; tổ trưởng chuyên môn",
            ("8.000.000 đồng", 8000000),
            "Ma trận, đặc tả đề; ngân hàng câu hỏi",
            "Đang thực hiện",
        ),
        row_2026(
            4,
            "4.2",
            None,
            "Nâng cao hiệu quả tư vấn tâm lý học đường (Tiêu chí 4.2)",
            ("Phấn đấu đạt Mức 2", 2),
            "Phân công giáo viên kiêm nhiệm tư vấn; mở hộp thư và kênh tư vấn trực tuyến.",
            "Số lượt học sinh được tư vấn; số vụ mâu thuẫn",
            "Cả năm học",
            "Giáo viên tư vấn; Tổng phụ trách Đội",
            ("Xã hội hóa", None),
            "Sổ tư vấn; báo cáo học kỳ",
        ),
        row_2026(
            4,
            "4.3",
            None,
            "Phối hợp với cha mẹ học sinh phòng chống bạo lực trên mạng (Tiêu chí 4.3)",
            ("Không có học sinh vi phạm trên mạng xã hội", None),
            "Họp cha mẹ học sinh theo lớp; ký cam kết phối hợp.",
            "Số học sinh vi phạm",
            "Học kỳ I",
            "Giáo viên chủ nhiệm; Ban đại diện cha mẹ học sinh",
            ("Không", None),
            "Biên bản họp; bản cam kết",
            "Hoàn thành",
        ),
    ],
    monitoring=[
        {
            "when": "Giữa học kỳ I",
            "content": "Tiến độ tập huấn ma trận đề",
            "result": "",
            "adjustment": "",
            "assessor": "Phó hiệu trưởng",
        },
        {
            "when": "Cuối học kỳ I",
            "content": "Kết quả các hoạt động 1, 2, 3",
            "result": "",
            "adjustment": "",
            "assessor": "Hội đồng tự đánh giá",
        },
        {
            "when": "Giữa học kỳ II",
            "content": "Hoạt động tư vấn tâm lý",
            "result": "",
            "adjustment": "",
            "assessor": "Tổ giám sát",
        },
        {
            "when": "Cuối năm học",
            "content": "Mức độ đạt mục tiêu, chỉ số",
            "result": "",
            "adjustment": "",
            "assessor": "Hiệu trưởng",
        },
    ],
    organization=[
        {"role": "Hiệu trưởng", "duties": ["Chỉ đạo chung, bảo đảm nguồn lực thực hiện."]},
        {"role": "Hội đồng tự đánh giá", "duties": ["Theo dõi, đánh giá theo các thời điểm."]},
    ],
    reporting=[
        "Tổ giám sát báo cáo Hiệu trưởng sau mỗi thời điểm theo dõi.",
        "Nhà trường báo cáo kết quả về cơ quan quản lý trước ngày 15/6/2027.",
    ],
    recipients=["Sở GDĐT thành phố Đà Nẵng;", "Lưu: VT."],
    signer={"title": "HIỆU TRƯỞNG", "name": "Phan Thị Thu Hà"},
    _layout={
        "header": "table",
        "school_caps": "TRƯỜNG THCS TRẦN PHÚ",
        "number_line": "Số: 88/KH-THCSTP",
        "date_line": "Đà Nẵng, ngày 28 tháng 9 năm 2026",
        "title": ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2026 - 2027"],
        "headings": [
            "I. THÔNG TIN CHUNG",
            "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
            "III. MỤC ĐÍCH, YÊU CẦU",
            "IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN",
            "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
            "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)",
            "VII. TỔ CHỨC THỰC HIỆN",
            "VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO",
        ],
        "heads_iv": [
            ("TT", "tt"),
            ("Tiêu chí liên quan", "criteria"),
            ("Tiêu chuẩn", "standard"),
            ("Điểm hạn chế", "limitation"),
            ("Nguyên nhân", "cause"),
            ("Hiện trạng", "current_state"),
        ],
        "heads_vi": [
            ("Thời điểm đánh giá", "when"),
            ("Nội dung theo dõi, đánh giá", "content"),
            ("Người/bộ phận đánh giá", "assessor"),
            ("Kết quả", "result"),
            ("Điều chỉnh, bổ sung", "adjustment"),
        ],
        "number_row": True,
        "general_prefix": "{n}. ",
    },
    _rows=[("item", 0), ("item", 1), ("item", 2)],
)

ROUND2 = {
    "thcs-2018-reordered-columns": THCS_2018_REORDERED,
    "nhieu-cap-2018-level-4": NHIEU_CAP_2018_LEVEL_4,
    "tieu-hoc-2018-no-parts": TIEU_HOC_2018_NO_PARTS,
    "thcs-2026-reordered-tables": THCS_2026_REORDERED_TABLES,
}
