"""The plans behind ``tests/samples/*/siblings/``: ``caitien.plan/1`` truth plus layout.

Keys starting with "_" are layout only (see ``generate_docx_plans.py``); ``_rows``
lists the table's rows in order: ("part", text), ("standard", number or heading
text) and ("item", index into ``items``). Criterion and standard titles come
from the framework files, so they are the regulations' own wording.
"""

from __future__ import annotations

from typing import Any

from generate_docx_plans import plan, row, row_2026

from caitien.frameworks import get_framework


def criterion_title(framework: str, level: str, code: str) -> str:
    """The title of criterion ``code`` in ``framework`` as the framework file writes it."""
    standard = get_framework(framework, level).standards[int(code.split(".")[0]) - 1]
    return next(c.title for c in standard.criteria if c.code == code)


def standards(framework: str, level: str, numbers: list[int]) -> list[dict[str, Any]]:
    """The standard rows ``numbers`` of a 2018 table, titled as the framework writes them."""
    found = get_framework(framework, level).standards
    return [{"number": n, "title": found[n - 1].title} for n in numbers]


def coded(framework: str, level: str, code: str, **fields: Any) -> dict[str, Any]:
    """A 2018 row for criterion ``code`` (its standard and title looked up)."""
    title = criterion_title(framework, level, code)
    return row(int(code.split(".")[0]), code, title, **fields)


def org(*roles: tuple[str, list[str]]) -> list[dict[str, Any]]:
    """The ``organization`` list from (role, duties) pairs."""
    return [{"role": role, "duties": duties} for role, duties in roles]


def rows_of(items: list[dict[str, Any]], parts: dict[str, str]) -> list[tuple[str, Any]]:
    """Table rows for ``items`` in order: part and standard rows where they change.

    ``parts`` maps a part to its row text; a part with no items still gets its row
    when its text is in ``parts`` (the "MỨC 4: Không thực hiện" row).
    """
    rows: list[tuple[str, Any]] = []
    for part, text in parts.items():
        rows.append(("part", text))
        standard = None
        for index, item in enumerate(items):
            if item["part"] != part:
                continue
            if item["standard"] is not None and item["standard"] != standard:
                standard = item["standard"]
                rows.append(("standard", standard))
            rows.append(("item", index))
    return rows


# 1. Mầm non, TT19, v2's layout: 2 × 2 header, three-line title, dashed purposes,
#    plain "Căn cứ" bases ending "như sau:", Roman standard rows, "Tiêu chí 1.4 - ",
#    "MỨC 4: Không thực hiện", section IV with plain duties and "Trên đây là …".
TT19 = "TT19-2018"
MAM_NON_ITEMS = [
    coded(
        TT19,
        "mam_non",
        "1.4",
        target=("Nâng từ Mức 1 lên Mức 2", 2),
        actions=[
            "Kiện toàn tổ chuyên môn nhà trẻ và tổ chuyên môn mẫu giáo; xây dựng kế hoạch "
            "sinh hoạt chuyên môn theo hướng nghiên cứu bài học, mỗi tháng hai lần, có biên "
            "bản và đánh giá sau mỗi buổi;",
            "Tổ văn phòng lập sổ theo dõi công văn đi, đến trên phần mềm quản lý văn bản của xã.",
        ],
        responsible="Hiệu trưởng; Phó hiệu trưởng phụ trách chuyên môn",
        timeline=("Tháng 9/2025", "tháng 5/2026"),
        budget=("Không", None),
    ),
    coded(
        TT19,
        "mam_non",
        "2.2",
        target=("Giữ vững Mức 2; 100% giáo viên đạt chuẩn trình độ đào tạo", 2),
        actions=[
            "Cử 02 giáo viên học nâng chuẩn cao đẳng sư phạm mầm non; bồi dưỡng thường xuyên "
            "theo các mô đun về giáo dục hòa nhập trẻ khuyết tật."
        ],
        responsible="Phó hiệu trưởng; tổ trưởng chuyên môn",
        timeline=("Tháng 10/2025", "tháng 6/2026"),
        budget=("3.000.000 đồng", 3000000),
        support="Phòng Văn hóa - Xã hội xã",
    ),
    coded(
        TT19,
        "mam_non",
        "3.2",
        target=("Đạt Mức 2: 100% nhóm, lớp có phòng sinh hoạt chung đủ diện tích", 2),
        actions=[
            "Tham mưu UBND xã cải tạo hai phòng học cấp bốn tại điểm lẻ thôn Đông Yên thành "
            "phòng sinh hoạt chung cho lớp mẫu giáo 4 - 5 tuổi; thay toàn bộ hệ thống điện, "
            "lát lại nền gạch chống trơn, lắp quạt trần và đèn chiếu sáng đạt chuẩn;",
            "Bổ sung giá để đồ chơi, tủ đựng đồ dùng cá nhân cho trẻ; sơn lại tường và trang "
            "trí lớp theo chủ đề, có góc thiên nhiên cho trẻ chăm sóc cây;",
            "Bàn giao và đưa vào sử dụng trước ngày khai giảng năm học sau; nghiệm thu có "
            "đại diện Ban đại diện cha mẹ trẻ.",
        ],
        responsible="Hiệu trưởng; kế toán; Ban đại diện cha mẹ trẻ",
        timeline=("Tháng 11/2025", "tháng 8/2026"),
        budget=("850 triệu đồng", 850000000),
        support="UBND xã Đông Yên",
        notes="Theo kế hoạch đầu tư công của xã",
    ),
    coded(
        TT19,
        "mam_non",
        "3.5",
        target=("Phấn đấu đạt Mức 3", 3),
        actions=[
            "Mua bổ sung bộ đồ dùng, đồ chơi, thiết bị dạy học tối thiểu cho lớp 5 tuổi; tự "
            "làm đồ chơi từ nguyên vật liệu sẵn có ở địa phương (mây, tre, lá dừa)."
        ],
        responsible="Phó hiệu trưởng; giáo viên các lớp mẫu giáo",
        timeline=("Tháng 9/2025", "tháng 3/2026"),
        budget=("15 triệu đồng", 15000000),
    ),
    coded(
        TT19,
        "mam_non",
        "4.1",
        target=("Giữ vững Mức 2", 2),
        actions=[
            "Họp Ban đại diện cha mẹ trẻ đầu năm, cuối kỳ; lập nhóm Zalo của từng lớp để "
            "trao đổi hằng ngày về tình hình của trẻ."
        ],
        responsible="Hiệu trưởng; giáo viên chủ nhiệm các lớp",
        timeline=("Tháng 9/2025", "tháng 5/2026"),
        budget=("Xã hội hóa", None),
    ),
    coded(
        TT19,
        "mam_non",
        "5.2",
        target=("Tỷ lệ trẻ được tổ chức ăn bán trú đạt 100%", None),
        actions=[
            "Xây dựng thực đơn theo mùa, cân đối dinh dưỡng; kiểm tra bếp ăn một chiều hằng "
            "tuần; lưu mẫu thức ăn 24 giờ.",
        ],
        responsible="Phó hiệu trưởng phụ trách nuôi dưỡng; nhân viên nấu ăn",
        timeline=("Tháng 9/2025", "tháng 5/2026"),
        budget=("Ngân sách xã", None),
        support="Trạm Y tế xã",
    ),
]
MAM_NON_2018 = plan(
    school={
        "name": "Trường Mầm non Hoa Sen",
        "level": "mam_non",
        "governing_body": "UBND XÃ ĐÔNG YÊN",
    },
    framework=TT19,
    document={
        "number": "27/KH-MNHS",
        "place": "Đông Yên",
        "date": "2025-09-18",
        "school_year": "2025-2026",
    },
    purposes=[
        "- Xác định những việc cần ưu tiên sau đợt tự đánh giá năm 2025 để nâng chất lượng "
        "nuôi dưỡng, chăm sóc, giáo dục trẻ ở điểm trường chính và điểm lẻ thôn Đông Yên.",
        "- Huy động chính quyền xã, cha mẹ trẻ cùng tham gia cải tạo phòng học, bổ sung đồ "
        "dùng, đồ chơi cho trẻ mẫu giáo.",
        "- Mỗi nội dung có người chủ trì, mốc thời gian và kinh phí dự kiến để Hội đồng tự đánh "
        "giá theo dõi cuối mỗi học kỳ.",
    ],
    bases=[
        "Căn cứ Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo ban "
        "hành Quy định về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối "
        "với trường mầm non;",
        "Căn cứ kết quả tự đánh giá năm 2025 của Trường Mầm non Hoa Sen;",
        "Căn cứ tình hình thực tế về đội ngũ, cơ sở vật chất của nhà trường, Trường Mầm non Hoa "
        "Sen xây dựng kế hoạch cải tiến chất lượng giáo dục năm học 2025 - 2026 như sau:",
    ],
    standards=standards(TT19, "mam_non", [1, 2, 3, 4, 5]),
    items=MAM_NON_ITEMS,
    organization=org(
        (
            "Hiệu trưởng",
            [
                "Triển khai kế hoạch đến toàn thể cán bộ, giáo viên, nhân viên; phân công "
                "thành viên Hội đồng tự đánh giá theo dõi từng tiêu chí.",
                "Tham mưu UBND xã Đông Yên bố trí kinh phí cải tạo phòng học điểm lẻ.",
            ],
        ),
        (
            "Phó hiệu trưởng",
            [
                "Chỉ đạo tổ chuyên môn thực hiện các nội dung về chăm sóc, giáo dục trẻ; "
                "tổng hợp minh chứng cuối mỗi học kỳ.",
            ],
        ),
        (
            "Tổ chuyên môn, tổ văn phòng",
            [
                "Đưa các nội dung cải tiến vào kế hoạch tổ; báo cáo tiến độ trong buổi sinh "
                "hoạt tổ hằng tháng.",
            ],
        ),
    ),
    recipients=["UBND xã Đông Yên (để b/c);", "Các tổ chuyên môn;", "Lưu: VT."],
    signer={"title": "HIỆU TRƯỞNG", "name": "Nguyễn Thị Thu Hà"},
    _layout={
        "header": "table_two_rows",
        "school_caps": "TRƯỜNG MẦM NON HOA SEN",
        "number_line": "Số: 27/KH-MNHS",
        "date_line": "Đông Yên, ngày 18 tháng 9 năm 2025",
        "title": ["KẾ HOẠCH", "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", "NĂM HỌC 2025 - 2026"],
        "purposes_numbered": False,
        "standard_rows": "roman",
        "criterion_style": " - ",
        "section_org": "IV. TỔ CHỨC THỰC HIỆN",
        "closing_sentence": "Trên đây là kế hoạch cải tiến chất lượng giáo dục năm học 2025 - "
        "2026 của Trường Mầm non Hoa Sen, đề nghị các bộ phận nghiêm túc thực hiện./.",
    },
    _rows=rows_of(
        MAM_NON_ITEMS, {"levels_1_3": "MỨC 1, 2, 3", "level_4": "MỨC 4: Không thực hiện"}
    ),
)


# 2. Tiểu học, TT17, v1's layout: one-row header, one-line title, numbered purposes,
#    dashed bases, "Tiêu chí 1.1. …", standard rows merged across TT, MỨC 4 rows
#    without codes, section VI with numbered roles and dashed duties.
TT17 = "TT17-2018"
TIEU_HOC_ITEMS = [
    coded(
        TT17,
        "tieu_hoc",
        "1.1",
        target=("Phấn đấu đạt Mức 3", 3),
        actions=[
            "- Rà soát, điều chỉnh chiến lược phát triển nhà trường giai đoạn 2025 - 2030 sau "
            "khi sáp nhập điểm trường Phú Lộc;",
            "- Công khai chiến lược trên trang thông tin điện tử của nhà trường.",
        ],
        responsible="Hiệu trưởng chủ trì; Hội đồng trường phối hợp",
        timeline=("Tháng 10/2025", "tháng 12/2025"),
        budget=("Không", None),
    ),
    coded(
        TT17,
        "tieu_hoc",
        "1.8",
        target=("Giữ vững Mức 2", 2),
        actions=["- Ứng dụng phần mềm quản lý học sinh, sổ điểm điện tử ở 100% lớp học."],
        responsible="Phó hiệu trưởng; nhân viên công nghệ thông tin",
        timeline=("Tháng 9/2025", "tháng 11/2025"),
        budget=("12.500.000đ", 12500000),
    ),
    coded(
        TT17,
        "tieu_hoc",
        "2.3",
        target=("Đạt Mức 2: nhân viên được bồi dưỡng nghiệp vụ hằng năm", 2),
        actions=["- Cử nhân viên thư viện, thiết bị tham gia lớp bồi dưỡng của Sở."],
        responsible="Hiệu trưởng",
        timeline=("Tháng 1/2026", "tháng 3/2026"),
        budget=("2.000.000đ", 2000000),
        support="Sở Giáo dục và Đào tạo",
    ),
    coded(
        TT17,
        "tieu_hoc",
        "3.3",
        target=("Nâng từ Mức 1 lên Mức 2", 2),
        actions=[
            "- Cải tạo phòng Tin học và phòng Tiếng Anh; lắp 35 máy tính, máy chiếu và hệ "
            "thống âm thanh;",
            "- Sắp xếp lại khối phòng hỗ trợ học tập tại dãy nhà B.",
        ],
        responsible="Hiệu trưởng; kế toán",
        timeline=("Tháng 11/2025", "tháng 7/2026"),
        budget=("480.000.000đ", 480000000),
        support="UBND phường Phú Lợi",
        notes="Làm trong hè",
    ),
    coded(
        TT17,
        "tieu_hoc",
        "4.2",
        target=("Giữ vững Mức 2", 2),
        actions=["- Phối hợp với Đoàn phường tổ chức ngày hội đọc sách và trò chơi dân gian."],
        responsible="Tổng phụ trách Đội",
        timeline=("Tháng 3/2026", "tháng 4/2026"),
        budget=("Xã hội hóa", None),
    ),
    coded(
        TT17,
        "tieu_hoc",
        "5.3",
        target=("Tỷ lệ học sinh hoàn thành chương trình lớp học đạt 99%", None),
        actions=["- Phụ đạo học sinh chưa hoàn thành môn Toán, Tiếng Việt vào chiều thứ Năm."],
        responsible="Giáo viên chủ nhiệm các lớp",
        timeline=("Tháng 10/2025", "tháng 5/2026"),
        budget=("Ngân sách chi thường xuyên", None),
    ),
    row(
        None,
        None,
        "Có thư viện đạt chuẩn xuất sắc, phục vụ đọc sách ngoài giờ cho học sinh",
        target=("Đạt yêu cầu Mức 4 về thư viện", 4),
        actions=["- Xây dựng thư viện xanh ngoài trời; bổ sung 1.200 đầu sách thiếu nhi."],
        responsible="Hiệu trưởng; nhân viên thư viện",
        timeline=("Tháng 2/2026", "tháng 8/2026"),
        budget=("60.000.000đ", 60000000),
        support="Ban đại diện cha mẹ học sinh",
        part="level_4",
    ),
    row(
        None,
        None,
        "Học sinh được học ngoại ngữ thứ hai theo nhu cầu",
        target=("Mức 4: tổ chức câu lạc bộ tiếng Trung cho học sinh lớp 4, 5", 4),
        actions=["- Ký hợp đồng giáo viên thỉnh giảng; mở hai câu lạc bộ vào thứ Bảy."],
        responsible="Phó hiệu trưởng",
        timeline=("Tháng 1/2026", "tháng 5/2026"),
        budget=("Không", None),
        notes="Khi đủ học sinh đăng ký",
        part="level_4",
    ),
]
TIEU_HOC_2018 = plan(
    school={
        "name": "Trường Tiểu học Phú Lợi",
        "level": "tieu_hoc",
        "governing_body": "UBND PHƯỜNG PHÚ LỢI",
    },
    framework=TT17,
    document={
        "number": "41/KH-THPL",
        "place": "Phú Lợi",
        "date": "2025-09-29",
        "school_year": "2025-2026",
    },
    purposes=[
        "Xác định các nội dung cần cải tiến sau đợt tự đánh giá năm 2025 của nhà trường.",
        "Nâng dần các tiêu chí đạt Mức 2 lên Mức 3 và chuẩn bị điều kiện đạt Mức 4 về thư "
        "viện, ngoại ngữ.",
        "Phân công người chủ trì, người phối hợp và thời gian hoàn thành cho từng nội dung.",
    ],
    bases=[
        "- Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo về kiểm định "
        "chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với trường tiểu học;",
        "- Báo cáo tự đánh giá năm 2025 của Trường Tiểu học Phú Lợi;",
        "- Kế hoạch năm học 2025 - 2026 của nhà trường.",
    ],
    standards=standards(TT17, "tieu_hoc", [1, 2, 3, 4, 5]),
    items=TIEU_HOC_ITEMS,
    organization=org(
        (
            "Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá",
            [
                "- Triển khai kế hoạch trong cuộc họp hội đồng sư phạm tháng 10/2025.",
                "- Báo cáo, đề xuất với UBND phường Phú Lợi về các hạng mục cải tạo phòng "
                "học bộ môn.",
            ],
        ),
        (
            "Các phó hiệu trưởng",
            ["- Theo dõi tiến độ từng nội dung được phân công; tổng hợp minh chứng."],
        ),
        (
            "Tổ trưởng chuyên môn, tổ văn phòng",
            [
                "- Xây dựng kế hoạch của tổ gắn với các nội dung cải tiến;",
                "- Báo cáo kết quả vào cuối mỗi học kỳ.",
            ],
        ),
    ),
    recipients=[
        "Phòng Văn hóa - Xã hội phường Phú Lợi (để b/c);",
        "Hội đồng tự đánh giá;",
        "Lưu: VT.",
    ],
    signer={"title": "HIỆU TRƯỞNG", "name": "Trần Văn Hùng"},
    _layout={
        "header": "table",
        "school_caps": "TRƯỜNG TIỂU HỌC PHÚ LỢI",
        "number_line": "Số: 41/KH-THPL",
        "date_line": "Phú Lợi, ngày 29 tháng 9 năm 2025",
        "title": ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2025 - 2026"],
        "purposes_numbered": True,
        "standard_rows": "merged",
        "criterion_style": ". ",
        "section_org": "VI. TỔ CHỨC THỰC HIỆN",
    },
    _rows=rows_of(TIEU_HOC_ITEMS, {"levels_1_3": "MỨC 1, 2, 3", "level_4": "MỨC 4"}),
)


# 3. THPT, TT18: code and title in separate paragraphs, 2 × 2 header, three-line
#    title, numbered purposes, dashed bases ending "… như sau:", one MỨC 4 row,
#    targets without levels, section VI then "Trên đây là …".
TT18 = "TT18-2018"
THPT_ITEMS = [
    coded(
        TT18,
        "thpt",
        "1.2",
        target=("Giữ vững Mức 2", 2),
        actions=[
            "Kiện toàn Hội đồng trường nhiệm kỳ 2025 - 2030; ban hành quy chế hoạt động và "
            "chương trình công tác năm học."
        ],
        responsible="Hiệu trưởng; Chủ tịch Hội đồng trường",
        timeline=("Tháng 9/2025", "tháng 10/2025"),
        budget=("Không", None),
    ),
    coded(
        TT18,
        "thpt",
        "1.10",
        target=("Không để xảy ra bạo lực học đường, tai nạn thương tích trong trường", None),
        actions=[
            "Lắp camera giám sát tại cổng trường, nhà xe và hành lang các dãy phòng học; "
            "phân công trực ban theo tuần;",
            "Phối hợp với Công an xã tuyên truyền phòng chống ma túy, an toàn giao thông "
            "cho học sinh đầu năm học.",
        ],
        responsible="Phó hiệu trưởng; Đoàn trường; bảo vệ",
        timeline=("Tháng 9/2025", "tháng 12/2025"),
        budget=("35 triệu đồng", 35000000),
        support="Công an xã Thanh Hà",
    ),
    coded(
        TT18,
        "thpt",
        "2.2",
        target=("Đạt Mức 3: 30% giáo viên đạt chuẩn nghề nghiệp mức tốt", 3),
        actions=[
            "Tổ chức chuyên đề đổi mới phương pháp dạy học theo Chương trình giáo dục phổ "
            "thông 2018 ở tất cả các tổ; dự giờ, góp ý ít nhất hai tiết mỗi giáo viên mỗi "
            "học kỳ; cử giáo viên cốt cán dự tập huấn của Sở và nhân rộng tại trường;",
            "Đánh giá giáo viên theo chuẩn nghề nghiệp vào cuối năm học; lập kế hoạch bồi "
            "dưỡng riêng cho giáo viên mới tuyển dụng và giáo viên dạy môn tích hợp;",
            "Khuyến khích giáo viên viết sáng kiến, nghiên cứu khoa học sư phạm ứng dụng và "
            "chia sẻ trên kho học liệu số của nhà trường.",
        ],
        responsible="Phó hiệu trưởng chuyên môn; tổ trưởng các tổ",
        timeline=("Tháng 9/2025", "tháng 5/2026"),
        budget=("20.000.000 đồng", 20000000),
    ),
    coded(
        TT18,
        "thpt",
        "3.5",
        target=("Nâng từ Mức 1 lên Mức 2", 2),
        actions=[
            "Bổ sung thiết bị dạy học tối thiểu môn Vật lý, Hóa học lớp 11, 12; sửa chữa "
            "phòng thí nghiệm."
        ],
        responsible="Hiệu trưởng; nhân viên thiết bị",
        timeline=("Tháng 12/2025", "tháng 6/2026"),
        budget=("Ngân sách tỉnh", None),
        notes="Đã trình Sở",
    ),
    coded(
        TT18,
        "thpt",
        "5.4",
        target=("Tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt 99%", None),
        actions=["Ôn tập theo nhóm đối tượng; thi thử hai lần trong học kỳ II."],
        responsible="Ban giám hiệu; giáo viên chủ nhiệm lớp 12",
        timeline=("Tháng 1/2026", "tháng 6/2026"),
        budget=("Xã hội hóa", None),
        support="Hội Cha mẹ học sinh",
    ),
    row(
        None,
        None,
        "Kết quả giáo dục vượt trội so với các trường trong tỉnh",
        target=("Đạt yêu cầu Mức 4 về học sinh giỏi cấp tỉnh", 4),
        actions=["Thành lập đội tuyển học sinh giỏi ba môn; mời giảng viên đại học bồi dưỡng."],
        responsible="Phó hiệu trưởng chuyên môn",
        timeline=("Tháng 10/2025", "tháng 3/2026"),
        budget=("40.000.000đ", 40000000),
        part="level_4",
    ),
]
THPT_2018 = plan(
    school={
        "name": "Trường THPT Thanh Hà",
        "level": "thpt",
        "governing_body": "SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG",
    },
    framework=TT18,
    document={
        "number": "112/KH-THPTTH",
        "place": "Thanh Hà",
        "date": "2025-10-06",
        "school_year": "2025-2026",
    },
    purposes=[
        "Khắc phục những hạn chế mà báo cáo tự đánh giá năm 2025 đã chỉ ra, nhất là về "
        "thiết bị dạy học và an ninh trường học.",
        "Nâng cao chất lượng đội ngũ và kết quả giáo dục, phấn đấu giữ vững trường đạt chuẩn "
        "quốc gia mức độ 1.",
    ],
    bases=[
        "- Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo về "
        "kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với trường trung "
        "học;",
        "- Căn cứ báo cáo tự đánh giá năm 2025 của nhà trường;",
        "- Căn cứ tình hình thực tế, Trường THPT Thanh Hà xây dựng kế hoạch cải tiến chất "
        "lượng năm học 2025 - 2026 như sau:",
    ],
    standards=standards(TT18, "thpt", [1, 2, 3, 5]),
    items=THPT_ITEMS,
    organization=org(
        (
            "Ban giám hiệu",
            [
                "- Chỉ đạo, kiểm tra việc thực hiện kế hoạch; điều chỉnh khi cần thiết.",
                "- Tham mưu Sở Giáo dục và Đào tạo đầu tư thiết bị dạy học.",
            ],
        ),
        (
            "Tổ chuyên môn, Đoàn trường",
            ["- Thực hiện các nội dung được giao; báo cáo kết quả cuối học kỳ."],
        ),
    ),
    recipients=["Sở GD&ĐT Hải Phòng (để b/c);", "Ban giám hiệu;", "Lưu: VT, KĐCL."],
    signer={"title": "HIỆU TRƯỞNG", "name": "Vũ Đức Thắng"},
    _layout={
        "header": "table_two_rows",
        "school_caps": "TRƯỜNG THPT THANH HÀ",
        "number_line": "Số: 112/KH-THPTTH",
        "date_line": "Thanh Hà, ngày 06 tháng 10 năm 2025",
        "title": ["KẾ HOẠCH", "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", "NĂM HỌC 2025 - 2026"],
        "purposes_numbered": True,
        "standard_rows": "merged",
        "criterion_style": "apart",
        "section_org": "VI. TỔ CHỨC THỰC HIỆN",
        "closing_sentence": "Trên đây là kế hoạch cải tiến chất lượng giáo dục năm học 2025 - "
        "2026 của Trường THPT Thanh Hà./.",
    },
    _rows=rows_of(THPT_ITEMS, {"levels_1_3": "MỨC 1, 2, 3", "level_4": "MỨC 4"}),
)


# The 2026 form ---------------------------------------------------------------------------

TT57 = "TT57-2026"


def item_2026(
    level: str,
    code: str | None,
    content: str,
    standard: int | None = None,
    with_title: bool = False,
    **fields: Any,
) -> dict[str, Any]:
    """A table V row: the standard from the code (or the heading row given), title if written."""
    if code is not None:
        standard = int(code.split(".")[0])
    title = criterion_title(TT57, level, code) if with_title and code else None
    return row_2026(standard, code, title, content, **fields)


def problem(
    standard: str, criteria: str, state: str, limitation: str, cause: str
) -> dict[str, str]:
    """A row of table IV (TT left out)."""
    return {
        "standard": standard,
        "criteria": criteria,
        "current_state": state,
        "limitation": limitation,
        "cause": cause,
    }


def watch(
    when: str, content: str, assessor: str, result: str = "", adjustment: str = ""
) -> dict[str, str]:
    """A row of the monitoring table VI."""
    return {
        "when": when,
        "content": content,
        "result": result,
        "adjustment": adjustment,
        "assessor": assessor,
    }


def v_rows(items: list[dict[str, Any]], headings: dict[int, str] | None) -> list[tuple[str, Any]]:
    """Table V rows: a standard heading row before the first item of each standard if asked."""
    rows: list[tuple[str, Any]] = []
    current = None
    for index, item in enumerate(items):
        if headings and item["standard"] != current:
            current = item["standard"]
            rows.append(("standard", headings[current]))
        rows.append(("item", index))
    return rows


# 4. Tiểu học, TT57 Phụ lục II, v3's layout: no standard heading rows, "(Tiêu chí x.y)"
#    references (one row none), status partly filled, monitoring results empty,
#    "Ghi chú" under table IV, one-line title, one-row header.
TH_2026_ITEMS = [
    item_2026(
        "tieu_hoc",
        "1.2",
        "Rà soát cơ cấu tổ chức và phân công nhiệm vụ sau khi sáp nhập điểm trường (Tiêu chí 1.2)",
        target=("Tiêu chí 1.2 đạt Mức 2: mỗi bộ phận có quy chế phối hợp được công khai", 2),
        actions="Xây dựng quy chế phối hợp giữa các tổ; rà soát bảng phân công nhiệm vụ.",
        indicator="Quy chế được ban hành trước 30/10/2026; 100% viên chức nắm nhiệm vụ",
        timeline="Tháng 9/2026 - tháng 10/2026",
        responsible="Hiệu trưởng; Phó hiệu trưởng Đặng Thu Trang",
        budget=("Không phát sinh kinh phí", None),
        evidence="Quy chế phối hợp; bảng phân công nhiệm vụ",
        status="Đang thực hiện",
    ),
    item_2026(
        "tieu_hoc",
        "2.2",
        "Bồi dưỡng giáo viên dạy học phân hóa cho học sinh đọc, viết chậm (Tiêu chí 2.2)",
        target=("Tiêu chí 2.2 đạt Mức 3", 3),
        actions="Sinh hoạt chuyên môn theo nghiên cứu bài học hai lần mỗi tháng; dự giờ chéo.",
        indicator="100% giáo viên lớp 1, 2 dự ít nhất 04 buổi sinh hoạt chuyên môn",
        timeline="Tháng 10/2026 - tháng 4/2027",
        responsible="Tổ trưởng tổ 1, tổ 2",
        budget=("Kinh phí chi thường xuyên: 8.000.000 đồng", 8000000),
        evidence="Biên bản sinh hoạt chuyên môn; phiếu dự giờ",
    ),
    item_2026(
        "tieu_hoc",
        "3.4",
        "Cải tạo khu vệ sinh học sinh dãy nhà A (Tiêu chí 3.4)",
        target=("Khu vệ sinh đạt yêu cầu về số lượng, vệ sinh môi trường", None),
        actions="Tham mưu UBND xã bố trí kinh phí; giám sát thi công trong dịp nghỉ Tết.",
        indicator="Khu vệ sinh mới được đưa vào sử dụng trước 28/02/2027",
        timeline="Tháng 12/2026 - tháng 2/2027",
        responsible="Hiệu trưởng; kế toán",
        budget=("Ngân sách xã và vận động tài trợ: 180 triệu đồng", 180000000),
        evidence="Biên bản nghiệm thu; hình ảnh khu vệ sinh",
    ),
    item_2026(
        "tieu_hoc",
        None,
        "Tổ chức ngày hội đọc sách với sự tham gia của cha mẹ học sinh",
        target=("Mỗi học sinh đọc ít nhất 10 cuốn sách trong năm học", None),
        actions="Xây dựng tủ sách lớp học; tổ chức ngày hội đọc vào tháng 4.",
        indicator="Số sách được mượn tăng 30% so với năm học trước",
        timeline="Tháng 10/2026 - tháng 4/2027",
        responsible="Nhân viên thư viện; giáo viên chủ nhiệm",
        budget=("Vận động tài trợ", None),
        evidence="Sổ mượn sách; kế hoạch ngày hội đọc",
        status="Đang thực hiện",
    ),
    item_2026(
        "tieu_hoc",
        "4.1",
        "Nâng tỷ lệ học sinh hoàn thành tốt môn Tiếng Việt lớp 1 (Tiêu chí 4.1)",
        target=("Tiêu chí 4.1 giữ vững Mức 2; tỷ lệ hoàn thành tốt đạt 45%", 2),
        actions="Phụ đạo học sinh đọc, viết chậm vào buổi chiều; họp cha mẹ học sinh theo nhóm.",
        indicator="Tỷ lệ học sinh lớp 1 hoàn thành tốt môn Tiếng Việt cuối năm",
        timeline="Tháng 9/2026 - tháng 5/2027",
        responsible="Phó hiệu trưởng; giáo viên lớp 1",
        budget=("Không", None),
        evidence="Bảng tổng hợp kết quả đánh giá học sinh",
    ),
]
TIEU_HOC_2026 = plan(
    form="2026",
    school={
        "name": "Trường Tiểu học Tân Phong",
        "level": "tieu_hoc",
        "governing_body": "UBND XÃ TÂN PHONG",
    },
    framework=TT57,
    document={
        "number": "58/KH-THTP",
        "place": "Tân Phong",
        "date": "2026-09-21",
        "school_year": "2026-2027",
    },
    general_info=[
        "Tên cơ sở giáo dục: Trường Tiểu học Tân Phong.",
        "Loại hình: Trường công lập.",
        "Địa chỉ: Thôn Tân Lập, xã Tân Phong, tỉnh Lai Châu.",
        "Quy mô: 18 lớp với 512 học sinh; 31 cán bộ quản lý, giáo viên, nhân viên.",
    ],
    bases=[
        "Thông tư số 57/2025/TT-BGDĐT của Bộ Giáo dục và Đào tạo quy định về kiểm định chất "
        "lượng giáo dục và công nhận đạt chuẩn quốc gia;",
        "Báo cáo tự đánh giá năm học 2025 - 2026 của Trường Tiểu học Tân Phong;",
        "Kế hoạch giáo dục năm học 2026 - 2027 của nhà trường.",
    ],
    purposes=[
        "Xác định các vấn đề ưu tiên cải tiến từ kết quả tự đánh giá.",
        "Nâng cao chất lượng dạy học tiếng Việt cho học sinh dân tộc thiểu số.",
        "Mỗi nội dung cải tiến có người phụ trách, chỉ số và minh chứng cụ thể.",
        "Kế hoạch được rà soát cuối học kỳ I và cuối năm học.",
    ],
    problems=[
        problem(
            "Tiêu chuẩn 1",
            "1.2",
            "Cơ cấu tổ chức đủ các bộ phận theo quy định; tiêu chí đạt Mức 1.",
            "Phân công nhiệm vụ sau sáp nhập điểm trường còn chồng chéo.",
            "Chưa rà soát lại quy chế sau khi sáp nhập.",
        ),
        problem(
            "Tiêu chuẩn 2",
            "2.2",
            "Giáo viên đạt chuẩn trình độ đào tạo.",
            "Giáo viên lúng túng khi dạy phân hóa học sinh đọc, viết chậm.",
            "Sinh hoạt chuyên môn còn nặng hình thức.",
        ),
        problem(
            "Tiêu chuẩn 3",
            "3.4",
            "Có khu vệ sinh riêng cho học sinh nam, nữ.",
            "Khu vệ sinh dãy nhà A xuống cấp.",
            "Công trình xây dựng từ năm 2008, chưa được cải tạo.",
        ),
    ],
    standards=[],
    items=TH_2026_ITEMS,
    monitoring=[
        watch("Cuối học kỳ I", "Tiến độ các nội dung 1, 2, 3", "Hội đồng tự đánh giá"),
        watch(
            "Cuối năm học",
            "Mức độ hoàn thành 05 nội dung cải tiến; chỉ số so với mục tiêu",
            "Hội đồng tự đánh giá; đại diện cha mẹ học sinh",
        ),
    ],
    organization=org(
        (
            "Hiệu trưởng",
            [
                "- Phê duyệt, công bố kế hoạch; bố trí nguồn lực thực hiện.",
                "- Chỉ đạo rà soát kế hoạch cuối học kỳ I và cuối năm học.",
            ],
        ),
        ("Hội đồng tự đánh giá", ["- Theo dõi, thu thập minh chứng theo từng chỉ số."]),
    ),
    reporting=[
        "Kế hoạch được rà soát 02 lần trong năm học.",
        "Kết quả thực hiện được báo cáo UBND xã Tân Phong và công khai trên trang thông tin "
        "điện tử của nhà trường.",
    ],
    recipients=["UBND xã Tân Phong (để b/c);", "Hội đồng tự đánh giá;", "Lưu: VT."],
    signer={"title": "HIỆU TRƯỞNG", "name": "Lò Văn Thành"},
    _layout={
        "header": "table",
        "school_caps": "TRƯỜNG TIỂU HỌC TÂN PHONG",
        "number_line": "Số: 58/KH-THTP",
        "date_line": "Tân Phong, ngày 21 tháng 9 năm 2026",
        "title": ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2026 - 2027"],
        "bases_numbered": True,
        "purpose_groups": [("Mục đích", 2), ("Yêu cầu", 2)],
        "table_note": "Ghi chú: Cột (3) ghi mã tiêu chí theo Phụ lục II Thông tư số "
        "57/2025/TT-BGDĐT.",
    },
    _rows=v_rows(TH_2026_ITEMS, None),
)


# 5. Mầm non, TT57 Phụ lục I: standard heading rows in table V, criteria written with
#    their titles or referenced, status filled on every row, monitoring results filled,
#    2 × 2 header, three-line title, "1. Mục đích: …" paragraphs, dashed bases.
_MN_TITLE = get_framework(TT57, "mam_non").standards
MN_HEADINGS = {n: f"Tiêu chuẩn {n}: {_MN_TITLE[n - 1].title}" for n in (1, 2, 3)}
MN_2026_ITEMS = [
    item_2026(
        "mam_non",
        "1.3",
        f"Tiêu chí 1.3. {criterion_title(TT57, 'mam_non', '1.3')}",
        with_title=True,
        target=("Đạt Mức 2: dữ liệu trẻ, đội ngũ cập nhật đầy đủ trên cơ sở dữ liệu ngành", 2),
        actions="Phân công nhân viên văn thư cập nhật dữ liệu hằng tháng; đối chiếu hồ sơ gốc.",
        indicator="100% hồ sơ trẻ khớp dữ liệu ngành",
        timeline="Tháng 9/2026 - tháng 12/2026",
        responsible="Phó hiệu trưởng Hoàng Thị Mai",
        budget=("Nhân lực của nhà trường", None),
        evidence="Báo cáo dữ liệu; biên bản đối chiếu",
        status="Hoàn thành",
    ),
    item_2026(
        "mam_non",
        None,
        "Bồi dưỡng giáo viên tổ chức hoạt động giáo dục lấy trẻ làm trung tâm",
        standard=2,
        target=("Giáo viên tổ chức được ít nhất 02 hoạt động trải nghiệm mỗi tháng", None),
        actions="Tổ chức chuyên đề cấp trường; dự giờ, góp ý theo nhóm lớp.",
        indicator="100% giáo viên tham gia chuyên đề",
        timeline="Tháng 10/2026 - tháng 3/2027",
        responsible="Tổ trưởng chuyên môn",
        budget=("5.000.000 đồng", 5000000),
        evidence="Kế hoạch chuyên đề; phiếu dự giờ",
        status="Đang thực hiện",
    ),
    item_2026(
        "mam_non",
        "2.1",
        "Nâng chuẩn trình độ đào tạo cho giáo viên (Tiêu chí 2.1)",
        target=("Tiêu chí 2.1 đạt Mức 3", 3),
        actions="Cử 03 giáo viên học đại học sư phạm mầm non hệ vừa làm vừa học.",
        indicator="Số giáo viên có bằng đại học",
        timeline="Tháng 9/2026 - tháng 6/2027",
        responsible="Hiệu trưởng",
        budget=("Ngân sách xã hỗ trợ học phí: 24 triệu đồng", 24000000),
        evidence="Quyết định cử đi học",
        status="Đang thực hiện",
    ),
    item_2026(
        "mam_non",
        "3.2",
        f"Tiêu chí 3.2 - {criterion_title(TT57, 'mam_non', '3.2')}",
        with_title=True,
        target=("Tiêu chí 3.2 đạt Mức 2: sân chơi có đủ thiết bị vận động an toàn", 2),
        actions="Lát lại sân chơi bằng cỏ nhân tạo; bổ sung cầu trượt, nhà bóng.",
        indicator="Sân chơi được nghiệm thu trước 31/5/2027",
        timeline="Tháng 1/2027 - tháng 5/2027",
        responsible="Hiệu trưởng; kế toán",
        budget=("320.000.000 đồng", 320000000),
        evidence="Hồ sơ nghiệm thu; hình ảnh sân chơi",
        status="Chưa thực hiện",
    ),
]
MAM_NON_2026 = plan(
    form="2026",
    school={
        "name": "Trường Mầm non Họa Mi",
        "level": "mam_non",
        "governing_body": "UBND PHƯỜNG HẢI CHÂU",
    },
    framework=TT57,
    document={
        "number": "19/KH-MNHM",
        "place": "Hải Châu",
        "date": "2026-10-02",
        "school_year": "2026-2027",
    },
    general_info=[
        "Tên cơ sở giáo dục: Trường Mầm non Họa Mi.",
        "Loại hình: Trường công lập.",
        "Địa chỉ: 24 đường Lê Lợi, phường Hải Châu, thành phố Đà Nẵng.",
        "Quy mô: 12 nhóm, lớp với 365 trẻ.",
    ],
    bases=[
        "- Thông tư số 57/2025/TT-BGDĐT của Bộ Giáo dục và Đào tạo;",
        "- Báo cáo tự đánh giá năm học 2025 - 2026 của nhà trường;",
        "- Kế hoạch năm học 2026 - 2027 của Trường Mầm non Họa Mi.",
    ],
    purposes=[
        "Mục đích: Cải tiến các tiêu chí còn hạn chế, nâng chất lượng chăm sóc, giáo dục trẻ.",
        "Yêu cầu: Các nội dung cải tiến khả thi, có người phụ trách và minh chứng rõ ràng.",
    ],
    problems=[
        problem(
            "Tiêu chuẩn 1",
            "1.3",
            "Dữ liệu được cập nhật trên cơ sở dữ liệu ngành.",
            "Dữ liệu còn sai lệch so với hồ sơ gốc.",
            "Chưa phân công người phụ trách dữ liệu.",
        ),
        problem(
            "Tiêu chuẩn 2",
            "2.1; 2.2",
            "Đội ngũ đủ về số lượng.",
            "Tỷ lệ giáo viên trên chuẩn thấp.",
            "Giáo viên ngại đi học vì đông con nhỏ.",
        ),
        problem(
            "Tiêu chuẩn 3",
            "3.2",
            "Có sân chơi chung.",
            "Thiết bị vận động ngoài trời cũ, thiếu an toàn.",
            "Chưa có kinh phí thay thế.",
        ),
    ],
    standards=[{"number": n, "title": _MN_TITLE[n - 1].title} for n in (1, 2, 3)],
    items=MN_2026_ITEMS,
    monitoring=[
        watch(
            "Cuối học kỳ I",
            "Tiến độ các nội dung 1, 2, 3",
            "Hội đồng tự đánh giá",
            result="Nội dung 1 hoàn thành; nội dung 2, 3 đúng tiến độ",
            adjustment="Không",
        ),
        watch(
            "Cuối năm học",
            "Mức độ hoàn thành 04 nội dung cải tiến",
            "Hội đồng tự đánh giá",
        ),
    ],
    organization=org(
        ("Hiệu trưởng", ["- Chỉ đạo chung; bố trí kinh phí thực hiện."]),
        (
            "Phó hiệu trưởng, tổ trưởng chuyên môn",
            ["- Triển khai các nội dung được giao; báo cáo tiến độ hằng tháng."],
        ),
    ),
    reporting=[
        "Cuối học kỳ I và cuối năm học, Hội đồng tự đánh giá báo cáo kết quả thực hiện.",
        "Kết quả là căn cứ cập nhật báo cáo tự đánh giá năm học sau.",
    ],
    recipients=["UBND phường Hải Châu (để b/c);", "Lưu: VT."],
    signer={"title": "HIỆU TRƯỞNG", "name": "Phan Thị Thanh Thủy"},
    _layout={
        "header": "table_two_rows",
        "school_caps": "TRƯỜNG MẦM NON HỌA MI",
        "number_line": "Số: 19/KH-MNHM",
        "date_line": "Hải Châu, ngày 02 tháng 10 năm 2026",
        "title": ["KẾ HOẠCH", "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", "NĂM HỌC 2026 - 2027"],
        "bases_numbered": False,
        "closing_sentence": "Trên đây là kế hoạch cải tiến chất lượng giáo dục năm học 2026 - "
        "2027 của Trường Mầm non Họa Mi./.",
    },
    _rows=v_rows(MN_2026_ITEMS, MN_HEADINGS),
)


# 6. GDTX, TT57 Phụ lục III: table V without standard headings or criterion references,
#    status empty, monitoring in three rows without results, one-row header,
#    three-line title.
GDTX_ITEMS = [
    item_2026(
        "gdtx",
        None,
        "Hoàn thiện quy chế nội bộ về quản lý học viên",
        target=("Quy chế được ban hành và áp dụng từ học kỳ II", None),
        actions="Lấy ý kiến giáo viên, học viên; trình Giám đốc ban hành.",
        indicator="Quy chế ban hành trước 15/01/2027",
        timeline="Tháng 10/2026 - tháng 1/2027",
        responsible="Phó Giám đốc; phòng Đào tạo",
        budget=("Không", None),
        evidence="Quyết định ban hành quy chế",
    ),
    item_2026(
        "gdtx",
        None,
        "Mở lớp tin học ứng dụng cho người lao động tại các xã",
        target=("Mở 04 lớp, 120 học viên hoàn thành khóa học", None),
        actions="Phối hợp UBND các xã tuyển sinh; bố trí phòng máy lưu động.",
        indicator="Số học viên hoàn thành khóa học",
        timeline="Tháng 11/2026 - tháng 6/2027",
        responsible="Tổ Tin học - Ngoại ngữ",
        budget=("Học phí của học viên: 60 triệu đồng", 60000000),
        evidence="Danh sách học viên; kết quả kiểm tra cuối khóa",
    ),
    item_2026(
        "gdtx",
        None,
        "Sửa chữa hệ thống điện và phòng học tầng 2",
        target=("Phòng học bảo đảm an toàn điện, đủ ánh sáng", None),
        actions="Khảo sát, lập dự toán; thi công trong hè.",
        indicator="Nghiệm thu trước 15/8/2027",
        timeline="Tháng 6/2027 - tháng 8/2027",
        responsible="Giám đốc; kế toán",
        budget=("Ngân sách tỉnh: 1.200.000.000 đồng", 1200000000),
        evidence="Hồ sơ nghiệm thu",
    ),
]
GDTX_2026 = plan(
    form="2026",
    school={
        "name": "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên Yên Thế",
        "level": "gdtx",
        "governing_body": "SỞ GIÁO DỤC VÀ ĐÀO TẠO BẮC NINH",
    },
    framework=TT57,
    document={
        "number": "33/KH-TTGDNN-GDTX",
        "place": "Yên Thế",
        "date": "2026-10-12",
        "school_year": "2026-2027",
    },
    general_info=[
        "Tên cơ sở giáo dục: Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên Yên Thế.",
        "Địa chỉ: Thị trấn Phồn Xương cũ, xã Yên Thế, tỉnh Bắc Ninh.",
        "Quy mô: 14 lớp bổ túc văn hóa với 520 học viên.",
    ],
    bases=[
        "Thông tư số 57/2025/TT-BGDĐT của Bộ Giáo dục và Đào tạo;",
        "Báo cáo tự đánh giá năm 2026 của Trung tâm.",
    ],
    purposes=[
        "Cải tiến công tác quản lý học viên và cơ sở vật chất.",
        "Mở rộng các chương trình giáo dục thường xuyên đáp ứng nhu cầu người học.",
        "Nội dung cải tiến cụ thể, khả thi, đo được.",
    ],
    problems=[
        problem(
            "Tiêu chuẩn 1",
            "",
            "Có quy chế chi tiêu nội bộ.",
            "Chưa có quy chế quản lý học viên.",
            "Trung tâm mới hợp nhất năm 2025.",
        ),
        problem(
            "Tiêu chuẩn 4",
            "4.1",
            "Có đủ phòng học.",
            "Hệ thống điện tầng 2 xuống cấp.",
            "Công trình sử dụng hơn 20 năm.",
        ),
    ],
    standards=[],
    items=GDTX_ITEMS,
    monitoring=[
        watch("Cuối học kỳ I", "Tiến độ nội dung 1, 2", "Phó Giám đốc"),
        watch("Giữa học kỳ II", "Tuyển sinh các lớp tin học ứng dụng", "Phòng Đào tạo"),
        watch("Cuối năm học", "Mức độ hoàn thành 03 nội dung cải tiến", "Giám đốc Trung tâm"),
    ],
    organization=org(
        (
            "Giám đốc Trung tâm",
            ["- Phê duyệt kế hoạch; chỉ đạo các tổ thực hiện.", "- Bố trí kinh phí."],
        ),
        ("Các tổ chuyên môn, phòng Đào tạo", ["- Thực hiện nội dung được giao."]),
    ),
    reporting=["Báo cáo Sở Giáo dục và Đào tạo kết quả thực hiện vào cuối năm học."],
    recipients=["Sở GD&ĐT Bắc Ninh (để b/c);", "Lưu: VT."],
    signer={"title": "GIÁM ĐỐC", "name": "Ngô Văn Quyết"},
    _layout={
        "header": "table",
        "school_caps": "TRUNG TÂM GDNN - GDTX YÊN THẾ",
        "number_line": "Số: 33/KH-TTGDNN-GDTX",
        "date_line": "Yên Thế, ngày 12 tháng 10 năm 2026",
        "title": ["KẾ HOẠCH", "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", "NĂM HỌC 2026 - 2027"],
        "bases_numbered": True,
        "purpose_groups": [("Mục đích", 2), ("Yêu cầu", 1)],
    },
    _rows=v_rows(GDTX_ITEMS, None),
)

SIBLINGS = {
    "mam-non-2018-roman-no-level-4": MAM_NON_2018,
    "tieu-hoc-2018-level-4-rows": TIEU_HOC_2018,
    "thpt-2018-code-apart": THPT_2018,
    "tieu-hoc-2026-criterion-refs": TIEU_HOC_2026,
    "mam-non-2026-standard-headings": MAM_NON_2026,
    "gdtx-2026-no-references": GDTX_2026,
}
