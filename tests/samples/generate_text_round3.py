"""Write the round-3 text samples: real-world text layouts of plans, each with its truth.

Run ``python tests/samples/generate_text_round3.py`` to (re)write
``tests/samples/text/<name>.txt`` and ``<name>.plan.json``. Each plan is
written here once, as data (the truth), and rendered into the layout a real
extraction gives (seed 000's cells closed by " |", seed 001's one cell per
line, seed 003's tab rows) with the quirks those tools add: odd spacing, stray
indentation, cells wrapped across rows, decomposed Unicode, non-breaking
spaces, Windows-1258, CRLF and a BOM. The truth follows
``shared/schema/PLAN-FORMAT.md``: text as written, layout noise removed.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generate_docx import HEAD_2026_V

OUT = Path(__file__).resolve().parent / "text"
_TONES = "\u0300\u0301\u0303\u0309\u0323"
HEADINGS_2018 = [
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


@dataclass
class Row:
    """One row of a 2018 plan table: the criterion cell as written and the item it gives."""

    cell: str  # the criterion cell as the document writes it (lines split by "\n")
    item: dict[str, Any]
    cells: list[str] = field(default_factory=list)  # the other 7 cells, lines split by "\n"


def item(
    part: str | None,
    standard: int | None,
    criterion: str | None,
    title: str | None,
    target: str,
    level: int | None,
    actions: str,
    responsible: str,
    timeline: str,
    budget: str,
    vnd: int | None,
    support: str = "",
    notes: str = "",
) -> dict[str, Any]:
    """A 2018 item of the truth, every key present."""
    return {
        "part": part,
        "standard": standard,
        "criterion": criterion,
        "criterion_title": title,
        "content": "",
        "target": target,
        "target_level": level,
        "actions": actions,
        "indicator": "",
        "responsible": responsible,
        "timeline": timeline,
        "budget": budget,
        "budget_vnd": vnd,
        "evidence": "",
        "status": "",
        "support": support,
        "notes": notes,
    }


def row(cell: str, it: dict[str, Any], **written: str) -> Row:
    """A row whose cells are the item's fields, or as ``written`` (lines split by "\n")."""
    keys = ("target", "actions", "responsible", "timeline", "budget", "support", "notes")
    return Row(cell, it, [written.get(key, it[key]) for key in keys])


def truth(**fields: Any) -> dict[str, Any]:
    """A whole truth with the empty values of what the plan does not have."""
    plan: dict[str, Any] = {
        "format": "caitien.plan/1",
        "form": "2018",
        "school": {"name": None, "level": None, "governing_body": None},
        "framework": None,
        "document": {"number": None, "place": None, "date": None, "school_year": None},
        "general_info": [],
        "purposes": [],
        "bases": [],
        "problems": [],
        "standards": [],
        "items": [],
        "monitoring": [],
        "organization": [],
        "reporting": [],
        "recipients": [],
        "signer": {"title": None, "name": None},
    }
    plan.update(fields)
    return plan


# --- layouts -----------------------------------------------------------------------------


def pipe_cells(rows: list[list[str]]) -> list[str]:
    """Seed 000: each cell's last line closed by " |", each row by a line of pipes."""
    lines: list[str] = []
    for cells in rows:
        for cell in cells:
            parts = cell.split("\n")
            lines += [*parts[:-1], f"{parts[-1]} |" if parts[-1] else "|"]
        lines.append("|" * 5)
    return lines


def tab_cells(rows: list[list[str]]) -> list[str]:
    """Seed 001: each cell's first line opened by a tab, rows apart by a blank line."""
    lines: list[str] = []
    for cells in rows:
        for cell in cells:
            first, *rest = cell.split("\n")
            lines += [f"\t{first}", *rest]
        lines.append("")
    return lines


def tab_rows(rows: list[list[str]], wrap: int = 0) -> list[str]:
    """Seed 003: one row per line, cells apart by tabs; a cell's lines after the first go on
    continuation rows whose first two cells are empty (a wrapped cell)."""
    lines: list[str] = []
    for cells in rows:
        split = [cell.split("\n") for cell in cells]
        lines.append("\t".join(parts[0] for parts in split))
        for depth in range(1, max(len(parts) for parts in split)):
            lines.append("\t".join(p[depth] if len(p) > depth else "" for p in split))
    return lines


def table_rows(heading: list[str], body: list[Row | list[str]]) -> list[list[str]]:
    """The grid of a 2018 table: the heading, then part/standard rows and item rows."""
    grid = [heading]
    number = 0
    for entry in body:
        if isinstance(entry, Row):
            grid.append(["", entry.cell, *entry.cells])
        elif entry[0] == "std":
            number += 1
            grid.append([str(number), entry[1], *[""] * 7])
        else:
            grid.append([entry[1], *[""] * 8])
    return grid


def nfd_tones(text: str) -> str:
    """Vietnamese as Windows-1258 writes it: composed letters, tone marks combining."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(mark for mark in parts if mark in _TONES)
        base = unicodedata.normalize("NFC", "".join(mark for mark in parts if mark not in _TONES))
        out.append(base + tones)
    return "".join(out)


def write(
    name: str,
    lines: list[str],
    plan: dict[str, Any],
    encoding: str = "utf-8",
    *,
    newline: str = "\n",
    nfd: bool = False,
    nbsp: bool = False,
) -> None:
    text = newline.join(lines) + newline
    if nbsp:
        text = text.replace("Trường ", "Trường\u00a0").replace(": ", ":\u00a0")
    if nfd:
        text = nfd_tones(text) if encoding == "cp1258" else unicodedata.normalize("NFD", text)
    (OUT / f"{name}.txt").write_bytes(text.encode(encoding))
    (OUT / f"{name}.plan.json").write_text(
        json.dumps(plan, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def numbered(points: list[str]) -> list[str]:
    return [f"{index}. {point}" for index, point in enumerate(points, 1)]


def organization_numbered(roles: list[dict[str, Any]]) -> list[str]:
    lines = []
    for index, role in enumerate(roles, 1):
        lines.append(f"{index}. {role['role']}")
        lines += role["duties"]
    return lines


def items_of(body: list[Row | list[str]]) -> list[dict[str, Any]]:
    return [entry.item for entry in body if isinstance(entry, Row)]


# --- 1. THCS 2019, cells closed by " |" (seed 000), cells holding several "-" points ---------

L13 = "levels_1_3"
L4 = "level_4"
ROLES_2018 = [
    {
        "role": "Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá",
        "duties": [
            "- Chỉ đạo chung, phân công nhiệm vụ cho từng thành viên.",
            "- Tổ chức sơ kết, tổng kết việc thực hiện kế hoạch vào cuối mỗi học kỳ.",
        ],
    },
    {
        "role": "Các thành viên của Hội đồng tự đánh giá",
        "duties": ["- Thực hiện nhiệm vụ được phân công, bổ sung minh chứng đúng thời hạn."],
    },
    {
        "role": "Tổ Giám sát kế hoạch cải tiến chất lượng",
        "duties": ["- Theo dõi, giám sát và báo cáo định kỳ với Chủ tịch Hội đồng."],
    },
]


def thcs_2019_pipe_cells_points() -> None:
    body: list[Row | list[str]] = [
        ["part", "Mức 1,2,3"],
        ["std", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"],
        row(
            "Tiêu chí 1. 2: Hội đồng trường (Hội đồng quản trị đối với trường tư thục)\n"
            "và các hội đồng khác",
            item(
                L13,
                1,
                "1.2",
                "Hội đồng trường (Hội đồng quản trị đối với trường tư thục) và các hội đồng khác",
                "Phấn đấu đạt Mức 2",
                2,
                "- Kiện toàn Hội đồng trường theo quy định. - Hội đồng trường họp định kỳ mỗi "
                "học kỳ một lần, có biên bản.",
                "Hiệu trưởng, Chủ tịch Hội đồng trường",
                "Tháng 10/2019 - Tháng 5/2020",
                "Không",
                None,
                "Các thành viên Hội đồng trường",
            ),
            actions="- Kiện toàn Hội đồng trường theo quy định.\n- Hội đồng trường họp định kỳ mỗi"
            "\nhọc kỳ một lần, có biên bản.",
        ),
        row(
            "Tiêu chí 1. 6: Quản lý hành chính, tài chính và tài sản",
            item(
                L13,
                1,
                "1.6",
                "Quản lý hành chính, tài chính và tài sản",
                "Giữ vững Mức 3",
                3,
                "- Cập nhật phần mềm quản lý tài sản. - Công khai tài chính đúng quy định.",
                "Hiệu trưởng, kế toán",
                "Tháng 9/2019 - Tháng 5/2020",
                "2.000.000đ",
                2000000,
            ),
            actions="- Cập nhật phần mềm quản lý tài sản.\n- Công khai tài chính đúng quy định.",
        ),
        ["std", "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"],
        row(
            "Tiêu chí 3. 3: Khối hành chính - quản trị",
            item(
                L13,
                3,
                "3.3",
                "Khối hành chính - quản trị",
                "Phấn đấu đạt Mức 2",
                2,
                "Tham mưu UBND huyện sửa chữa phòng họp, nhà kho.",
                "Hiệu trưởng",
                "Học kỳ II năm học 2019-2020",
                "45.000.000 đồng",
                45000000,
                "Ngân sách huyện",
                "Chờ phê duyệt",
            ),
        ),
        row(
            "Tiêu chí 3. 6: Thư viện",
            item(
                L13,
                3,
                "3.6",
                "Thư viện",
                "Giữ vững Mức 2",
                2,
                "- Bổ sung 200 đầu sách tham khảo. - Tổ chức ngày hội đọc sách.",
                "Nhân viên thư viện, Đoàn Đội",
                "Tháng 4/2020",
                "Xã hội hóa",
                None,
                "Cha mẹ học sinh",
            ),
            actions="- Bổ sung 200 đầu sách tham khảo.\n- Tổ chức ngày hội đọc sách.",
        ),
    ]
    head = [
        "PHÒNG GD&ĐT HUYỆN CHÂU THÀNH TRƯỜNG THCS AN HIỆP",
        "Số:  12 / KH-THCS |",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
        " Châu Thành, ngày 15 tháng 10 năm 2019 |",
        "KẾ HOẠCH",
        "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
        "Năm học 2019 - 2020",
    ]
    purposes = [
        "Khắc phục những điểm yếu đã nêu trong báo cáo tự đánh giá.",
        "Huy động mọi nguồn lực để nâng cao chất lượng giáo dục của nhà trường.",
    ]
    bases = [
        "- Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;",
        "- Báo cáo tự đánh giá năm 2019 của Trường THCS An Hiệp.",
    ]
    lines = [
        *head,
        "I. MỤC ĐÍCH, YÊU CẦU",
        *numbered(purposes),
        "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
        *bases,
        "III. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
        *pipe_cells(table_rows(HEADINGS_2018, body)),
        "VI. TỔ CHỨC THỰC HIỆN",
        *organization_numbered(ROLES_2018),
        "Nơi nhận: - Phòng GD&ĐT (để b/c); - Lưu VT. |",
        "KT. HIỆU TRƯỞNG",
        "PHÓ HIỆU TRƯỞNG",
        "(Đã ký)",
        "Lê Văn Tám",
        "|",
    ]
    plan = truth(
        school={
            "name": "Trường THCS An Hiệp",
            "level": "thcs",
            "governing_body": "PHÒNG GD&ĐT HUYỆN CHÂU THÀNH",
        },
        framework="TT18-2018",
        document={
            "number": "12/KH-THCS",
            "place": "Châu Thành",
            "date": "2019-10-15",
            "school_year": "2019-2020",
        },
        purposes=purposes,
        bases=bases,
        standards=[
            {"number": 1, "title": "Tổ chức và quản lý nhà trường"},
            {"number": 3, "title": "Cơ sở vật chất và thiết bị dạy học"},
        ],
        items=items_of(body),
        organization=ROLES_2018,
        recipients=["Phòng GD&ĐT (để b/c);", "Lưu VT."],
        signer={"title": "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG", "name": "Lê Văn Tám"},
    )
    write("thcs-2019-pipe-cells-points", lines, plan)


# --- 2. Tiểu học 2023, one cell per line (seed 001), Windows-1258 with combining tones, CRLF --


def tieu_hoc_2023_tab_cells_cp1258() -> None:
    body: list[Row | list[str]] = [
        ["part", "MỨC 1, 2, 3"],
        ["std", "TIÊU CHUẨN 2: CÁN BỘ QUẢN LÝ, GIÁO VIÊN, NHÂN VIÊN VÀ HỌC SINH"],
        row(
            "TC 2.2\nĐối với giáo viên",
            item(
                L13,
                2,
                "2.2",
                "Đối với giáo viên",
                "Đạt Mức 3",
                3,
                "Cử giáo viên tham gia bồi dưỡng thường xuyên; tổ chức chuyên đề dạy học "
                "theo Chương trình giáo dục phổ thông 2018.",
                "Phó hiệu trưởng, tổ trưởng chuyên môn",
                "Từ 09/2023 đến 05/2024",
                "2 triệu",
                2000000,
                "Phòng GD&ĐT hỗ trợ tài liệu",
            ),
            actions="Cử giáo viên tham gia bồi dưỡng thường xuyên; tổ chức chuyên đề dạy học\n"
            "theo Chương trình giáo dục phổ thông 2018.",
        ),
        row(
            "TC 2.4\nĐối với học sinh",
            item(
                L13,
                2,
                "2.4",
                "Đối với học sinh",
                "Giữ vững Mức 2",
                2,
                "Giáo viên chủ nhiệm theo dõi, hỗ trợ học sinh có hoàn cảnh khó khăn.",
                "Giáo viên chủ nhiệm",
                "Cả năm học",
                "Không",
                None,
            ),
        ),
        ["std", "TIÊU CHUẨN 4: QUAN HỆ GIỮA NHÀ TRƯỜNG, GIA ĐÌNH VÀ XÃ HỘI"],
        row(
            "TC 4.1\nBan đại diện cha mẹ học sinh",
            item(
                L13,
                4,
                "4.1",
                "Ban đại diện cha mẹ học sinh",
                "Đạt Mức 2",
                2,
                "Ban đại diện cha mẹ học sinh xây dựng kế hoạch hoạt động theo năm học.",
                "Hiệu trưởng, Ban đại diện cha mẹ học sinh",
                "Tháng 9/2023 - Tháng 5/2024",
                "Tiết kiệm chi",
                None,
                "",
                "Đã có quy chế",
            ),
        ),
    ]
    roles = [
        {
            "role": "Hiệu trưởng",
            "duties": [
                "Xây dựng và triển khai kế hoạch đến toàn thể cán bộ, giáo viên, nhân viên.",
                "Kiểm tra, đánh giá việc thực hiện kế hoạch cuối mỗi học kỳ.",
            ],
        },
        {
            "role": "Phó hiệu trưởng",
            "duties": ["Chỉ đạo tổ chuyên môn thực hiện các nội dung của tiêu chuẩn 2."],
        },
        {
            "role": "Tổ trưởng chuyên môn",
            "duties": ["Triển khai kế hoạch trong tổ, báo cáo kết quả hằng tháng."],
        },
    ]
    purposes = [
        "- Giúp nhà trường nhìn nhận lại thực trạng chất lượng giáo dục.",
        "- Đề ra các biện pháp cải tiến phù hợp, khả thi.",
    ]
    bases = [
        "- Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018 của Bộ GD&ĐT;",
        "- Kết quả tự đánh giá năm học 2022-2023 của nhà trường.",
    ]
    heading = [*HEADINGS_2018[:5], "Thời gian\nthực hiện và hoàn thành", *HEADINGS_2018[6:]]
    grid = table_rows(heading, body)
    lines = [
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN HẢI CHÂU",
        "TRƯỜNG TIỂU HỌC NÚI THÀNH",
        "Số: 25/KH-THNT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Hải Châu, ngày 20 tháng 9 năm 2023",
        "",
        " KẾ HOẠCH",
        "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
        "Năm học 2023 – 2024",
        "",
        "I. MỤC ĐÍCH, YÊU CẦU",
        purposes[0],
        "  " + purposes[1],
        "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
        *bases,
        " III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
        "",
        *tab_cells(grid),
        "",
        "VI. TỔ CHỨC THỰC HIỆN",
        *[f"{i}. {r['role']}:" for i, r in [(1, roles[0])]],
        *roles[0]["duties"],
        "2. Phó hiệu trưởng:",
        *roles[1]["duties"],
        "\t3. Tổ trưởng chuyên môn:",
        *roles[2]["duties"],
        "\tNơi nhận:",
        "· Phòng GD&ĐT quận Hải Châu;",
        "· Lưu: VT.",
        "HIỆU TRƯỞNG",
        "",
        "Trần Thị Mai",
    ]
    plan = truth(
        school={
            "name": "Trường Tiểu học Núi Thành",
            "level": "tieu_hoc",
            "governing_body": "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN HẢI CHÂU",
        },
        framework="TT17-2018",
        document={
            "number": "25/KH-THNT",
            "place": "Hải Châu",
            "date": "2023-09-20",
            "school_year": "2023-2024",
        },
        purposes=purposes,
        bases=bases,
        standards=[
            {"number": 2, "title": "CÁN BỘ QUẢN LÝ, GIÁO VIÊN, NHÂN VIÊN VÀ HỌC SINH"},
            {"number": 4, "title": "QUAN HỆ GIỮA NHÀ TRƯỜNG, GIA ĐÌNH VÀ XÃ HỘI"},
        ],
        items=items_of(body),
        organization=roles,
        recipients=["Phòng GD&ĐT quận Hải Châu;", "Lưu: VT."],
        signer={"title": "HIỆU TRƯỞNG", "name": "Trần Thị Mai"},
    )
    write("tieu-hoc-2023-tab-cells-cp1258", lines, plan, "cp1258", newline="\r\n", nfd=True)


# --- 3. THPT 2022, tab rows (seed 003), BOM and CRLF, date before an oddly spaced number -----


def thpt_2022_tab_rows_bom() -> None:
    body: list[Row | list[str]] = [
        ["part", "MỨC 1, 2, 3"],
        ["std", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"],
        row(
            "1.4. Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng",
            item(
                L13,
                1,
                "1.4",
                "Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng",
                "Nâng từ Mức 2 lên Mức 3",
                3,
                "Tổ chuyên môn sinh hoạt theo nghiên cứu bài học ít nhất hai lần mỗi tháng; "
                "hiệu trưởng dự giờ, góp ý.",
                "Hiệu trưởng, tổ trưởng",
                "Từ 09/2022 đến 05/2023",
                "Không",
                None,
            ),
            actions="Tổ chuyên môn sinh hoạt theo nghiên cứu bài học ít nhất hai lần mỗi tháng;\n"
            "hiệu trưởng dự giờ, góp ý.",
        ),
        ["std", "Tiêu chuẩn 5: Hoạt động giáo dục và kết quả giáo dục"],
        row(
            "5.4. Thực hiện hoạt động hướng nghiệp",
            item(
                L13,
                5,
                "5.4",
                "Thực hiện hoạt động hướng nghiệp",
                "Học sinh lớp 12 được tư vấn chọn ngành nghề",
                None,
                "Phối hợp với các trường đại học tổ chức ngày hội tư vấn tuyển sinh.",
                "Phó hiệu trưởng, Đoàn trường",
                "Tháng 3/2023",
                "5 triệu đồng",
                5000000,
                "Các trường đại học trong tỉnh",
            ),
        ),
        ["part", "MỨC 4"],
        row(
            "Kế hoạch giáo dục của nhà trường có những nội dung được tham khảo chương trình "
            "giáo dục tiên tiến",
            item(
                L4,
                None,
                None,
                "Kế hoạch giáo dục của nhà trường có những nội dung được tham khảo chương trình "
                "giáo dục tiên tiến",
                "Đạt Mức 4",
                4,
                "Tổ chuyên môn nghiên cứu, đề xuất nội dung tham khảo.",
                "Hiệu trưởng",
                "Cả năm học",
                "Tiết kiệm chi",
                None,
            ),
        ),
    ]
    grid = table_rows(HEADINGS_2018, body)
    purposes = [
        "- Xác định những việc cần làm để cải tiến chất lượng giáo dục.",
        "- Nâng cao trách nhiệm của cán bộ, giáo viên, nhân viên.",
    ]
    bases = [
        "Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;",
        "Căn cứ kết quả tự đánh giá năm 2022 của Trường THPT Long Khánh.",
    ]
    roles = [
        {"role": "Hiệu trưởng", "duties": ["Chỉ đạo chung việc thực hiện kế hoạch."]},
        {
            "role": "Các tổ chuyên môn",
            "duties": [
                "Xây dựng kế hoạch của tổ theo kế hoạch này.",
                "Báo cáo kết quả với hiệu trưởng cuối mỗi học kỳ.",
            ],
        },
    ]
    lines = [
        "SỞ GD&ĐT ĐỒNG NAI",
        "TRƯỜNG THPT LONG KHÁNH",
        "",
        "Long Khánh, ngày 05 tháng 10 năm 2022",
        "Số :  45 / KH-THPTLK",
        "",
        "KẾ HOẠCH",
        "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2022-2023",
        "",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "",
        *purposes,
        "",
        "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
        "",
        *bases,
        "",
        "III. CÁC GIẢI PHÁP CẢI TIẾN",
        "",
        *tab_rows(grid),
        "",
        "VI. TỔ CHỨC THỰC HIỆN",
        "",
        *organization_numbered(roles),
        "",
        "Nơi nhận:",
        "- Sở GD&ĐT (b/c);",
        "- Lưu: VT.",
        "",
        "HIỆU TRƯỞNG",
        "(Đã ký)",
        "",
        "Phạm Quốc Hùng",
    ]
    plan = truth(
        school={
            "name": "Trường THPT Long Khánh",
            "level": "thpt",
            "governing_body": "SỞ GD&ĐT ĐỒNG NAI",
        },
        framework="TT18-2018",
        document={
            "number": "45/KH-THPTLK",
            "place": "Long Khánh",
            "date": "2022-10-05",
            "school_year": "2022-2023",
        },
        purposes=purposes,
        bases=bases,
        standards=[
            {"number": 1, "title": "Tổ chức và quản lý nhà trường"},
            {"number": 5, "title": "Hoạt động giáo dục và kết quả giáo dục"},
        ],
        items=items_of(body),
        organization=roles,
        recipients=["Sở GD&ĐT (b/c);", "Lưu: VT."],
        signer={"title": "HIỆU TRƯỞNG", "name": "Phạm Quốc Hùng"},
    )
    write("thpt-2022-tab-rows-bom", lines, plan, "utf-8-sig", newline="\r\n")


# --- 4. Mầm non 2020, cells closed by " |", non-breaking spaces, Roman standards, MỨC 4 ------


def mam_non_2020_pipe_cells_nbsp() -> None:
    body: list[Row | list[str]] = [
        ["part", "MỨC 1, 2, 3"],
        ["std", "Tiêu chuẩn II: Cán bộ quản lý, giáo viên, nhân viên và trẻ"],
        row(
            "Tiêu chí 2.2: Đối với giáo viên",
            item(
                L13,
                2,
                "2.2",
                "Đối với giáo viên",
                "Phấn đấu đạt Mức 3",
                3,
                "Giáo viên tự bồi dưỡng, tham gia thao giảng cấp trường mỗi học kỳ.",
                "Phó hiệu trưởng chuyên môn",
                "Tháng 9/2020 - Tháng 5/2021",
                "Kinh phí: 5.000.000 đồng",
                5000000,
                "Phòng GD&ĐT",
            ),
        ),
        ["std", "Tiêu chuẩn V: Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ"],
        row(
            "Tiêu chí 5.3: Kết quả nuôi dưỡng và chăm sóc sức khỏe",
            item(
                L13,
                5,
                "5.3",
                "Kết quả nuôi dưỡng và chăm sóc sức khỏe",
                "Giảm tỷ lệ trẻ suy dinh dưỡng xuống dưới 3%",
                None,
                "- Cân đo, theo dõi biểu đồ tăng trưởng hằng quý. - Tư vấn dinh dưỡng cho cha "
                "mẹ trẻ.",
                "Nhân viên y tế, giáo viên",
                "Cả năm học",
                "Không",
                None,
            ),
            actions="- Cân đo, theo dõi biểu đồ tăng trưởng hằng quý.\n- Tư vấn dinh dưỡng cho "
            "cha\nmẹ trẻ.",
        ),
        ["part", "MỨC 4"],
        row(
            "Tiêu chí 1.1: Phương hướng, chiến lược xây dựng và phát triển nhà trường",
            item(
                L4,
                1,
                "1.1",
                "Phương hướng, chiến lược xây dựng và phát triển nhà trường",
                "Đạt Mức 4",
                4,
                "Lấy ý kiến cha mẹ trẻ và cộng đồng khi rà soát chiến lược.",
                "Hiệu trưởng",
                "Tháng 12/2020",
                "Không",
                None,
            ),
        ),
        row(
            "Nhà trường có thư viện thân thiện với trẻ",
            item(
                L4,
                None,
                None,
                "Nhà trường có thư viện thân thiện với trẻ",
                "Đạt Mức 4",
                4,
                "Bố trí góc đọc sách ở hành lang các lớp.",
                "Tổ trưởng chuyên môn",
                "Tháng 3/2021",
                "1,5 triệu",
                1500000,
            ),
        ),
    ]
    purposes = [
        "Rà soát những điểm yếu của nhà trường để có biện pháp khắc phục.",
        "Duy trì và phát huy những điểm mạnh đã đạt được.",
    ]
    bases = [
        "- Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;",
        "- Báo cáo tự đánh giá năm học 2019-2020 của Trường Mầm non Hoa Sen.",
    ]
    roles = [
        {"role": "Hiệu trưởng", "duties": ["- Chỉ đạo chung và kiểm tra việc thực hiện kế hoạch."]},
        {
            "role": "Phó hiệu trưởng",
            "duties": ["- Phụ trách các nội dung của tiêu chuẩn 2 và tiêu chuẩn 5."],
        },
        {
            "role": "Giáo viên, nhân viên",
            "duties": ["- Thực hiện nhiệm vụ được giao, báo cáo kết quả cuối học kỳ."],
        },
    ]
    lines = [
        "UBND HUYỆN THANH TRÌ",
        "TRƯỜNG MẦM NON HOA SEN |",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc |",
        "Số: 08/KH-MNHS |",
        "Thanh Trì, ngày 28 tháng 9 năm 2020 |",
        "|||||",
        "KẾ HOẠCH",
        "Cải tiến chất lượng giáo dục năm học 2020 - 2021",
        "I. MỤC ĐÍCH, YÊU CẦU",
        *numbered(purposes),
        "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
        *bases,
        "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
        *pipe_cells(table_rows(HEADINGS_2018, body)),
        "VI. TỔ CHỨC THỰC HIỆN",
        *organization_numbered(roles),
        "Nơi nhận:",
        "- Phòng GD&ĐT huyện Thanh Trì;",
        "- Lưu: VT. |",
        "HIỆU TRƯỞNG",
        "",
        "Nguyễn Thị Hồng Vân |",
        "|||||",
    ]
    plan = truth(
        school={
            "name": "Trường Mầm non Hoa Sen",
            "level": "mam_non",
            "governing_body": "UBND HUYỆN THANH TRÌ",
        },
        framework="TT19-2018",
        document={
            "number": "08/KH-MNHS",
            "place": "Thanh Trì",
            "date": "2020-09-28",
            "school_year": "2020-2021",
        },
        purposes=purposes,
        bases=bases,
        standards=[
            {"number": 2, "title": "Cán bộ quản lý, giáo viên, nhân viên và trẻ"},
            {"number": 5, "title": "Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ"},
        ],
        items=items_of(body),
        organization=roles,
        recipients=["Phòng GD&ĐT huyện Thanh Trì;", "Lưu: VT."],
        signer={"title": "HIỆU TRƯỞNG", "name": "Nguyễn Thị Hồng Vân"},
    )
    write("mam-non-2020-pipe-cells-nbsp", lines, plan, nbsp=True)


# --- 5. THCS 2024, tab rows with no section heading, header run together on one line -------


def thcs_2024_tab_rows_no_heading() -> None:
    body: list[Row | list[str]] = [
        ["part", "Mức 1,2,3"],
        ["std", "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh"],
        row(
            "Tiêu chí 2.3: Đối với nhân viên",
            item(
                L13,
                2,
                "2.3",
                "Đối với nhân viên",
                "Đạt Mức 2",
                2,
                "Cử nhân viên thư viện, thiết bị tham gia lớp bồi dưỡng nghiệp vụ do Sở tổ chức.",
                "Hiệu trưởng",
                "Tháng 10/2024 - Tháng 12/2024",
                "3.500.000 đồng",
                3500000,
            ),
            actions="Cử nhân viên thư viện, thiết bị tham gia lớp bồi dưỡng nghiệp vụ\n"
            "do Sở tổ chức.",
        ),
        ["std", "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"],
        row(
            "Tiêu chí 3.4: Khu vệ sinh, hệ thống cấp thoát nước",
            item(
                L13,
                3,
                "3.4",
                "Khu vệ sinh, hệ thống cấp thoát nước",
                "Khu vệ sinh học sinh được cải tạo, đủ nước sạch",
                None,
                "Tham mưu UBND huyện cải tạo khu vệ sinh dãy B; lắp thêm bồn chứa nước.",
                "Hiệu trưởng, kế toán",
                "Học kỳ I năm học 2024-2025",
                "120 triệu đồng",
                120000000,
                "UBND huyện Củ Chi",
            ),
        ),
        row(
            "Tiêu chí 3.6: Thư viện",
            item(
                L13,
                3,
                "3.6",
                "Thư viện",
                "Giữ vững Mức 3",
                3,
                "Duy trì thư viện xanh; tổ chức Ngày sách và văn hóa đọc.",
                "Nhân viên thư viện",
                "Tháng 4/2025",
                "Xã hội hóa",
                None,
                "Cha mẹ học sinh",
            ),
        ),
    ]
    purposes = [
        "- Thực hiện các giải pháp khắc phục điểm yếu nêu trong báo cáo tự đánh giá.",
        "- Huy động các nguồn lực để nâng cao chất lượng giáo dục.",
    ]
    bases = [
        "- Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;",
        "- Kết quả tự đánh giá năm học 2023-2024 của nhà trường.",
    ]
    roles = [
        {
            "role": "Hiệu trưởng",
            "duties": [
                "- Phê duyệt kế hoạch, chỉ đạo chung.",
                "- Kiểm tra, đánh giá kết quả thực hiện cuối năm học.",
            ],
        },
        {
            "role": "Tổ trưởng chuyên môn, tổ trưởng văn phòng",
            "duties": ["- Triển khai kế hoạch đến các thành viên trong tổ."],
        },
    ]
    lines = [
        "UBND HUYỆN CỦ CHI TRƯỜNG THCS TÂN THẠNH ĐÔNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
        "Độc lập - Tự do - Hạnh phúc",
        "Củ Chi, ngày 12 tháng 9 năm 2024",
        "Số: 102/KH-THCSTTĐ",
        "",
        "KẾ HOẠCH",
        "Cải tiến chất lượng giáo dục năm học 2024 - 2025",
        "",
        "I. MỤC ĐÍCH, YÊU CẦU",
        *purposes,
        "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
        *bases,
        "",
        *tab_rows(table_rows(HEADINGS_2018, body)),
        "",
        "VI. TỔ CHỨC THỰC HIỆN",
        "1. Hiệu trưởng",
        "   " + roles[0]["duties"][0],
        "   " + roles[0]["duties"][1],
        "2. Tổ trưởng chuyên môn, tổ trưởng văn phòng",
        "   " + roles[1]["duties"][0],
        "Trên đây là kế hoạch cải tiến chất lượng giáo dục năm học 2024-2025 của trường.",
        "Nơi nhận:",
        "- Phòng GD&ĐT huyện Củ Chi;",
        "- Lưu: VT.",
        "KT. HIỆU TRƯỞNG",
        "PHÓ HIỆU TRƯỞNG",
        "",
        "Võ Thị Lan",
    ]
    plan = truth(
        school={
            "name": "Trường THCS Tân Thạnh Đông",
            "level": "thcs",
            "governing_body": "UBND HUYỆN CỦ CHI",
        },
        framework="TT18-2018",
        document={
            "number": "102/KH-THCSTTĐ",
            "place": "Củ Chi",
            "date": "2024-09-12",
            "school_year": "2024-2025",
        },
        purposes=purposes,
        bases=bases,
        standards=[
            {"number": 2, "title": "Cán bộ quản lý, giáo viên, nhân viên và học sinh"},
            {"number": 3, "title": "Cơ sở vật chất và thiết bị dạy học"},
        ],
        items=items_of(body),
        organization=roles,
        recipients=["Phòng GD&ĐT huyện Củ Chi;", "Lưu: VT."],
        signer={"title": "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG", "name": "Võ Thị Lan"},
    )
    write("thcs-2024-tab-rows-no-heading", lines, plan)


# --- 6. THPT 2026 (TT57 form), pasted as tab rows, signer before "Nơi nhận" ----------------


def item_2026(  # one argument per column of table V
    standard: int | None,
    criterion: str | None,
    title: str | None,
    content: str,
    target: str,
    level: int | None,
    actions: str,
    indicator: str,
    timeline: str,
    responsible: str,
    budget: str,
    vnd: int | None,
    evidence: str,
    status: str,
) -> dict[str, Any]:
    """A 2026 item of the truth, every key present."""
    return {
        "part": None,
        "standard": standard,
        "criterion": criterion,
        "criterion_title": title,
        "content": content,
        "target": target,
        "target_level": level,
        "actions": actions,
        "indicator": indicator,
        "responsible": responsible,
        "timeline": timeline,
        "budget": budget,
        "budget_vnd": vnd,
        "evidence": evidence,
        "status": status,
        "support": "",
        "notes": "",
    }


def thpt_2026_tab_rows() -> None:
    items = [
        item_2026(
            2,
            "2.2",
            "Giáo viên",
            "Tiêu chí 2.2: Giáo viên",
            "Tiêu chí 2.2 đạt Mức 2",
            2,
            "Tập huấn dạy học phát triển năng lực; dự giờ, góp ý theo nghiên cứu bài học.",
            "100% giáo viên được dự giờ ít nhất 2 tiết",
            "Từ 09/2026 đến 05/2027",
            "Phó hiệu trưởng chuyên môn",
            "8.000.000 đồng",
            8000000,
            "Biên bản dự giờ, kế hoạch bài dạy",
            "Đang thực hiện",
        ),
        item_2026(
            3,
            "3.3",
            None,
            "Nâng cao chất lượng giáo dục kỹ năng số (Tiêu chí 3.3)",
            "Học sinh khối 10 đạt chuẩn kỹ năng số cơ bản",
            None,
            "Tổ Tin học tổ chức các buổi học ngoại khóa về an toàn trên mạng.",
            "Tỷ lệ học sinh đạt chuẩn",
            "Học kỳ II",
            "Tổ Tin học",
            "Ngân sách nhà nước",
            None,
            "Kết quả khảo sát kỹ năng số",
            "",
        ),
    ]
    heading = HEAD_2026_V
    keys = (
        "content",
        "target",
        "actions",
        "indicator",
        "timeline",
        "responsible",
        "budget",
        "evidence",
        "status",
    )
    plan_rows = [heading, [f"({n})" for n in range(1, 11)]]
    plan_rows += [[str(n), *[it[key] for key in keys]] for n, it in enumerate(items, 1)]
    plan_rows[2][3] = (
        "Tập huấn dạy học phát triển năng lực;\ndự giờ, góp ý theo nghiên cứu bài học."
    )
    problems = [
        {
            "standard": "Tiêu chuẩn 2",
            "criteria": "2.2",
            "current_state": "Giáo viên đạt chuẩn trình độ đào tạo.",
            "limitation": "Đổi mới phương pháp dạy học chưa đồng đều.",
            "cause": "Một số giáo viên lớn tuổi ngại thay đổi.",
        },
        {
            "standard": "Tiêu chuẩn 3",
            "criteria": "",
            "current_state": "Phòng tin học có 45 máy tính.",
            "limitation": "Kỹ năng số của học sinh còn hạn chế.",
            "cause": "Chưa có chương trình ngoại khóa.",
        },
    ]
    monitoring = [
        {
            "when": "Cuối học kỳ I",
            "content": "Tiến độ thực hiện các hoạt động",
            "result": "",
            "adjustment": "",
            "assessor": "Hội đồng tự đánh giá",
        },
        {
            "when": "Cuối năm học",
            "content": "Mức độ đạt các chỉ số",
            "result": "",
            "adjustment": "",
            "assessor": "Hiệu trưởng",
        },
    ]
    general_info = [
        "Tên cơ sở giáo dục: Trường THPT Nguyễn Du.",
        "Loại hình: công lập.",
        "Địa chỉ: 12 Lê Lợi, thị xã Buôn Hồ, tỉnh Đắk Lắk.",
    ]
    purposes = [
        "Xác định các vấn đề trọng tâm cần cải tiến sau tự đánh giá.",
        "Các hoạt động cải tiến cụ thể, khả thi, có chỉ số đánh giá.",
    ]
    bases = [
        "- Thông tư số 57/2026/TT-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo;",
        "- Báo cáo tự đánh giá năm 2026 của nhà trường.",
    ]
    roles = [
        {"role": "Người đứng đầu cơ sở giáo dục", "duties": ["- Phê duyệt và chỉ đạo thực hiện."]},
        {"role": "Hội đồng tự đánh giá", "duties": ["- Theo dõi, tổng hợp kết quả thực hiện."]},
        {
            "role": "Các tổ chuyên môn và bộ phận liên quan",
            "duties": ["- Thực hiện các hoạt động được giao."],
        },
    ]
    reporting = ["- Báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 30/6/2027."]
    lines = [
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐẮK LẮK\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TRƯỜNG THPT NGUYỄN DU\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 56/KH-THPTND\tBuôn Hồ, ngày 30 tháng 9 năm 2026",
        "",
        "KẾ HOẠCH",
        "Cải tiến chất lượng giáo dục năm học 2026 - 2027",
        "",
        "I. THÔNG TIN CHUNG",
        *numbered(general_info),
        "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
        *bases,
        "III. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "- " + purposes[0],
        "2. Yêu cầu",
        "- " + purposes[1],
        "IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN",
        *tab_rows(
            [
                [
                    "TT",
                    "Tiêu chuẩn",
                    "Tiêu chí liên quan (nếu có)",
                    "Đánh giá hiện trạng",
                    "Điểm hạn chế",
                    "Nguyên nhân của hạn chế",
                ],
                *[[str(n), *p.values()] for n, p in enumerate(problems, 1)],
            ]
        ),
        "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
        *tab_rows(plan_rows),
        "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)",
        *tab_rows(
            [
                [
                    "Thời điểm",
                    "Nội dung theo dõi",
                    "Kết quả thực hiện",
                    "Điều chỉnh (nếu có)",
                    "Người đánh giá",
                ],
                *[list(m.values()) for m in monitoring],
            ]
        ),
        "VII. TỔ CHỨC THỰC HIỆN",
        *organization_numbered(roles),
        "VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO",
        *reporting,
        "",
        "Nơi nhận:\tHIỆU TRƯỞNG",
        "- Sở GD&ĐT Đắk Lắk (để b/c);",
        "- Lưu: VT.",
        "\t(Đã ký)",
        "\tĐặng Minh Quân",
    ]
    plan = truth(
        form="2026",
        school={
            "name": "Trường THPT Nguyễn Du",
            "level": "thpt",
            "governing_body": "SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐẮK LẮK",
        },
        framework="TT57-2026",
        document={
            "number": "56/KH-THPTND",
            "place": "Buôn Hồ",
            "date": "2026-09-30",
            "school_year": "2026-2027",
        },
        general_info=general_info,
        purposes=["- " + point for point in purposes],
        bases=bases,
        problems=problems,
        items=items,
        monitoring=monitoring,
        organization=roles,
        reporting=reporting,
        recipients=["Sở GD&ĐT Đắk Lắk (để b/c);", "Lưu: VT."],
        signer={"title": "HIỆU TRƯỞNG", "name": "Đặng Minh Quân"},
    )
    write("thpt-2026-tab-rows", lines, plan)


# --- 7. Tiểu học 2025, one cell per line, no "MỨC" rows, roles "- Hiệu trưởng: …" ---------


def tieu_hoc_2025_tab_cells_dash_roles() -> None:
    body: list[Row | list[str]] = [
        ["std", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"],
        row(
            "Tiêu chí 1.8: Quản lý các hoạt động giáo dục",
            item(
                None,
                1,
                "1.8",
                "Quản lý các hoạt động giáo dục",
                "Duy trì Mức 2",
                2,
                "Xây dựng kế hoạch giáo dục nhà trường theo Chương trình giáo dục phổ thông "
                "2018, công khai trên trang thông tin điện tử.",
                "Hiệu trưởng, phó hiệu trưởng",
                "Tháng 8/2025 - Tháng 9/2025",
                "Không",
                None,
            ),
            actions="Xây dựng kế hoạch giáo dục nhà trường theo Chương trình giáo dục phổ thông\n"
            "2018, công khai trên trang thông tin điện tử.",
        ),
        ["std", "Tiêu chuẩn 5: Hoạt động giáo dục và kết quả giáo dục"],
        row(
            "Tiêu chí 5.2: Tổ chức hoạt động giáo dục cho học sinh có hoàn cảnh khó khăn, "
            "học sinh có năng khiếu, học sinh gặp khó khăn trong học tập và rèn luyện",
            item(
                None,
                5,
                "5.2",
                "Tổ chức hoạt động giáo dục cho học sinh có hoàn cảnh khó khăn, học sinh có năng "
                "khiếu, học sinh gặp khó khăn trong học tập và rèn luyện",
                "100% học sinh khuyết tật có kế hoạch giáo dục cá nhân",
                None,
                "Giáo viên lập kế hoạch giáo dục cá nhân; phối hợp với cha mẹ học sinh.",
                "Giáo viên chủ nhiệm",
                "Cả năm học",
                "",
                None,
                "Trung tâm hỗ trợ giáo dục hòa nhập",
            ),
        ),
    ]
    grid = table_rows(HEADINGS_2018, body)
    purposes = [
        "Khắc phục các hạn chế đã chỉ ra trong báo cáo tự đánh giá.",
        "Nâng cao chất lượng giáo dục toàn diện cho học sinh.",
    ]
    bases = [
        "Căn cứ Thông tư số 17/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ Giáo dục và Đào tạo;",
        "Căn cứ kết quả tự đánh giá năm học 2024-2025 của Trường Tiểu học Hòa Bình.",
    ]
    roles = [
        {"role": "Hiệu trưởng", "duties": ["Chỉ đạo chung, kiểm tra việc thực hiện kế hoạch."]},
        {
            "role": "Phó hiệu trưởng",
            "duties": ["Phụ trách chuyên môn, theo dõi các nội dung của tiêu chuẩn 5."],
        },
        {
            "role": "Giáo viên chủ nhiệm",
            "duties": ["Thực hiện các giải pháp với học sinh của lớp mình."],
        },
    ]
    lines = [
        "UBND THÀNH PHỐ TUY HÒA",
        "TRƯỜNG TIỂU HỌC HÒA BÌNH",
        "",
        "Số: 31/KH-THHB",
        "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "",
        "Tuy Hòa, ngày 08 tháng 9 năm 2025",
        "",
        "KẾ HOẠCH",
        "Cải tiến chất lượng giáo dục năm học 2025-2026",
        "",
        "I. MỤC ĐÍCH, YÊU CẦU",
        *numbered(purposes),
        "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
        bases[0][:-4],
        bases[0][-4:],
        bases[1],
        "III. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
        "",
        *tab_cells(grid),
        "VI. TỔ CHỨC THỰC HIỆN",
        *[f"- {r['role']}: {r['duties'][0]}" for r in roles],
        "",
        "HIỆU TRƯỞNG",
        "(Đã ký)",
        "Lê Thị Thu Hà",
        "Nơi nhận:",
        "- Phòng GD&ĐT (để b/c);",
        "- Lưu: VT.",
    ]
    plan = truth(
        school={
            "name": "Trường Tiểu học Hòa Bình",
            "level": "tieu_hoc",
            "governing_body": "UBND THÀNH PHỐ TUY HÒA",
        },
        framework="TT17-2018",
        document={
            "number": "31/KH-THHB",
            "place": "Tuy Hòa",
            "date": "2025-09-08",
            "school_year": "2025-2026",
        },
        purposes=purposes,
        bases=bases,
        standards=[
            {"number": 1, "title": "Tổ chức và quản lý nhà trường"},
            {"number": 5, "title": "Hoạt động giáo dục và kết quả giáo dục"},
        ],
        items=items_of(body),
        organization=roles,
        recipients=["Phòng GD&ĐT (để b/c);", "Lưu: VT."],
        signer={"title": "HIỆU TRƯỞNG", "name": "Lê Thị Thu Hà"},
    )
    write("tieu-hoc-2025-tab-cells-dash-roles", lines, plan)


# --- 8. TH và THCS 2021, one cell per line, decomposed Unicode (NFD), "TIÊU CHUẨN 1." ------


def nhieu_cap_2021_tab_cells_nfd() -> None:
    body: list[Row | list[str]] = [
        ["part", "MỨC 1, 2, 3"],
        ["std", "TIÊU CHUẨN 1. TỔ CHỨC VÀ QUẢN LÝ NHÀ TRƯỜNG"],
        row(
            "Tiêu chí 1.10: Đảm bảo an ninh trật tự, an toàn trường học",
            item(
                L13,
                1,
                "1.10",
                "Đảm bảo an ninh trật tự, an toàn trường học",
                "Đạt Mức 2",
                2,
                "Xây dựng phương án phòng cháy, chữa cháy; diễn tập thoát hiểm mỗi năm một lần.",
                "Phó hiệu trưởng, bảo vệ",
                "Tháng 11/2021",
                "3 triệu đồng",
                3000000,
                "Công an xã Tân Lập",
            ),
        ),
        ["std", "TIÊU CHUẨN 3. CƠ SỞ VẬT CHẤT VÀ THIẾT BỊ DẠY HỌC"],
        row(
            "Tiêu chí 3.5: Thiết bị",
            item(
                L13,
                3,
                "3.5",
                "Thiết bị",
                "Giữ vững Mức 2",
                2,
                "Kiểm kê, sửa chữa thiết bị dạy học; giáo viên tự làm đồ dùng dạy học.",
                "Nhân viên thiết bị",
                "Từ tháng 9/2021 đến tháng 5/2022",
                "",
                None,
            ),
        ),
        ["part", "MỨC 4"],
        row(
            "Tiêu chí 3.6: Thư viện",
            item(
                L4,
                3,
                "3.6",
                "Thư viện",
                "Đạt Mức 4",
                4,
                "Thư viện điện tử kết nối với thư viện của trường bạn.",
                "Nhân viên thư viện",
                "Năm học 2021-2022",
                "Xã hội hóa",
                None,
                "",
                "Dự kiến",
            ),
        ),
    ]
    purposes = [
        "- Khắc phục tồn tại, phát huy điểm mạnh đã chỉ ra trong báo cáo tự đánh giá.",
        "- Làm cơ sở để nhà trường đề nghị đánh giá ngoài.",
    ]
    bases = [
        "- Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;",
        "- Báo cáo tự đánh giá năm 2021 của Trường TH và THCS Tân Lập.",
    ]
    lines = [
        "UBND HUYỆN ĐỒNG PHÚ",
        "TRƯỜNG TH VÀ THCS TÂN LẬP",
        "Số: 19/KH-THCSTL",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Đồng Phú, ngày 01 tháng 11 năm 2021",
        "",
        "KẾ HOẠCH",
        "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
        "Năm học 2021-2022",
        "",
        "I. MỤC ĐÍCH, YÊU CẦU",
        *purposes,
        "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
        *bases,
        "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
        "",
        *tab_cells(table_rows(HEADINGS_2018, body)),
        "VI. TỔ CHỨC THỰC HIỆN",
        *organization_numbered(ROLES_2018),
        "Nơi nhận:",
        "- Phòng GD&ĐT huyện Đồng Phú;",
        "- Lưu: VT.",
        "HIỆU TRƯỞNG",
        "Hoàng Văn Sơn",
    ]
    plan = truth(
        school={
            "name": "Trường TH và THCS Tân Lập",
            "level": "nhieu_cap",
            "governing_body": "UBND HUYỆN ĐỒNG PHÚ",
        },
        framework="TT18-2018",
        document={
            "number": "19/KH-THCSTL",
            "place": "Đồng Phú",
            "date": "2021-11-01",
            "school_year": "2021-2022",
        },
        purposes=purposes,
        bases=bases,
        standards=[
            {"number": 1, "title": "TỔ CHỨC VÀ QUẢN LÝ NHÀ TRƯỜNG"},
            {"number": 3, "title": "CƠ SỞ VẬT CHẤT VÀ THIẾT BỊ DẠY HỌC"},
        ],
        items=items_of(body),
        organization=ROLES_2018,
        recipients=["Phòng GD&ĐT huyện Đồng Phú;", "Lưu: VT."],
        signer={"title": "HIỆU TRƯỞNG", "name": "Hoàng Văn Sơn"},
    )
    # Trailing whitespace stripped by the tool: an empty cell's lone tab is a blank line.
    lines = ["" if line == "\t" else line for line in lines]
    write("nhieu-cap-2021-tab-cells-nfd", lines, plan, nfd=True)


SAMPLES = [
    thcs_2019_pipe_cells_points,
    tieu_hoc_2023_tab_cells_cp1258,
    thpt_2022_tab_rows_bom,
    mam_non_2020_pipe_cells_nbsp,
    thcs_2024_tab_rows_no_heading,
    thpt_2026_tab_rows,
    tieu_hoc_2025_tab_cells_dash_roles,
    nhieu_cap_2021_tab_cells_nfd,
]

if __name__ == "__main__":
    for sample in SAMPLES:
        sample()
