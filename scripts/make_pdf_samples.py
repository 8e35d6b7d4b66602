"""Make the PDF samples of ``tests/samples/pdf/``: plans written with python-docx, printed to PDF.

Each sample is a plan described below as a :class:`caitien.plan.Plan` (its
exact truth) plus a layout; the script writes the DOCX, converts it with
``soffice --headless --convert-to pdf`` in a private profile, and writes the PDF
and ``<name>.plan.json`` beside each other. Run it from the repository root:
``.venv/bin/python scripts/make_pdf_samples.py`` (LibreOffice required).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from caitien.plan import (
    Document,
    Item,
    MonitoringRow,
    Plan,
    Problem,
    Role,
    School,
    Signer,
    StandardHeading,
    dump_plan,
)

OUT = Path(__file__).resolve().parent.parent / "tests" / "samples" / "pdf"


@dataclass
class Layout:
    """How a plan is drawn: page, header lines, table columns (cm) and which tricks to use."""

    landscape: bool
    governing_caps: str
    school_caps: str
    number_line: str
    date_line: str
    title: list[str]
    widths: list[float]
    split_time: bool = False
    rows: list[tuple[str, object]] = field(default_factory=list)


def _item(
    standard: int | None,
    code: str | None,
    title: str | None,
    target: tuple[str, int | None],
    actions: str,
    responsible: str,
    timeline: str,
    budget: tuple[str, int | None],
    support: str = "",
    notes: str = "",
    part: str = "levels_1_3",
) -> Item:
    return Item(
        part=part,  # type: ignore[arg-type]
        standard=standard,
        criterion=code,
        criterion_title=title,
        target=target[0],
        target_level=target[1],
        actions=actions,
        responsible=responsible,
        timeline=timeline,
        budget=budget[0],
        budget_vnd=budget[1],
        support=support,
        notes=notes,
    )


LONG = (
    "Rà soát lại toàn bộ hồ sơ theo dõi của các nhóm, lớp; tổ chức tập huấn cho giáo viên "
    "về cách ghi chép, lưu trữ và khai thác hồ sơ; phân công người phụ trách kiểm tra hằng "
    "tháng, báo cáo kết quả trong cuộc họp hội đồng sư phạm; bổ sung tủ đựng hồ sơ cho các "
    "lớp còn thiếu và số hóa các biểu mẫu dùng chung của nhà trường."
)

MAM_NON = Plan(
    form="2018",
    school=School(
        name="Trường Mầm non Hoa Sen", level="mam_non", governing_body="UBND XÃ PHÚ XUÂN"
    ),
    framework="TT19-2018",
    document=Document(
        number="21/KH-MNHS", place="Phú Xuân", date="2025-09-19", school_year="2025-2026"
    ),
    purposes=[
        "- Xác định rõ các nội dung cần cải tiến sau tự đánh giá năm 2025 và người chịu trách "
        "nhiệm từng nội dung.",
        "- Huy động nguồn lực của cha mẹ trẻ và địa phương để cải thiện cơ sở vật chất.",
    ],
    bases=[
        "Căn cứ Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo ban "
        "hành Quy định về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối "
        "với trường mầm non;",
        "Căn cứ kết quả tự đánh giá của Trường Mầm non Hoa Sen năm 2025, nhà trường xây dựng "
        "kế hoạch cải tiến chất lượng như sau:",
    ],
    standards=[
        StandardHeading(1, "Tổ chức và quản lý nhà trường"),
        StandardHeading(2, "Cán bộ quản lý, giáo viên, nhân viên"),
        StandardHeading(3, "Cơ sở vật chất và thiết bị dạy học"),
        StandardHeading(5, "Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ"),
    ],
    items=[
        _item(
            1,
            "1.1",
            "Phương hướng, chiến lược xây dựng và phát triển nhà trường",
            ("Phấn đấu đạt Mức 3", 3),
            LONG,
            "Hiệu trưởng; tổ trưởng chuyên môn",
            "Tháng 9/2025 - Tháng 5/2026",
            ("30.000.000đ", 30000000),
            "Ban đại diện cha mẹ trẻ",
        ),
        _item(
            1,
            "1.3",
            "Tổ chức Đảng Cộng sản Việt Nam, các đoàn thể và tổ chức khác trong nhà trường",
            ("Giữ vững Mức 2", 2),
            "Chi bộ xây dựng nghị quyết chuyên đề về cải tiến chất lượng; Công đoàn và Chi đoàn "
            "tổ chức phong trào thi đua gắn với các nội dung cải tiến. " + LONG,
            "Bí thư Chi bộ; Chủ tịch Công đoàn",
            "Tháng 10/2025 - Tháng 12/2025",
            ("Không", None),
        ),
        _item(
            2,
            "2.2",
            "Đối với giáo viên",
            ("Nâng từ Mức 2 lên Mức 3", 3),
            "Cử 02 giáo viên học nâng chuẩn trình độ đào tạo; tổ chức dự giờ, thao giảng mỗi "
            "tháng một lần. " + LONG,
            "Phó hiệu trưởng chuyên môn",
            "Tháng 9/2025 - Tháng 8/2026",
            ("125.500.000đ", 125500000),
            "Phòng Văn hóa - Xã hội xã",
            "Ưu tiên giáo viên trẻ",
        ),
        _item(
            3,
            "3.1",
            "Diện tích, khuôn viên và sân vườn",
            ("Phấn đấu đạt Mức 2", 2),
            "Trồng thêm cây bóng mát, làm vườn rau cho trẻ trải nghiệm; sửa lại hàng rào phía "
            "sau trường. " + LONG,
            "Hiệu trưởng; kế toán",
            "Tháng 11/2025 - Tháng 3/2026",
            ("45 triệu đồng", 45000000),
            "Xã hội hóa",
        ),
        _item(
            3,
            "3.2",
            "Khối phòng nhóm trẻ, lớp mẫu giáo và khối phòng phục vụ học tập",
            ("Giữ vững Mức 2", 2),
            "Sơn lại 04 phòng lớp mẫu giáo; bổ sung đồ chơi ngoài trời. " + LONG,
            "Kế toán; nhân viên văn phòng",
            "Tháng 6/2026 - Tháng 8/2026",
            ("1.250.000.000đ", 1250000000),
            "Ngân sách xã",
        ),
        _item(
            5,
            "5.2",
            "Tổ chức hoạt động nuôi dưỡng, chăm sóc và giáo dục trẻ",
            ("Phấn đấu đạt Mức 3", 3),
            "Xây dựng thực đơn theo mùa, cân đối dinh dưỡng; tổ chức các hoạt động trải nghiệm "
            "cho trẻ mẫu giáo lớn hằng tháng. " + LONG,
            "Phó hiệu trưởng nuôi dưỡng; giáo viên các lớp",
            "Tháng 9/2025 - Tháng 5/2026",
            ("12.000.000đ", 12000000),
        ),
    ],
    organization=[
        Role(
            "Hiệu trưởng",
            ["Chỉ đạo chung việc thực hiện kế hoạch; kiểm tra, đánh giá kết quả từng học kỳ."],
        ),
        Role(
            "Phó hiệu trưởng",
            ["Theo dõi các nội dung cải tiến của Tiêu chuẩn 2 và Tiêu chuẩn 5."],
        ),
    ],
    recipients=["Phòng Văn hóa - Xã hội xã (để b/c);", "Các tổ chuyên môn;", "Lưu: VT."],
    signer=Signer(title="HIỆU TRƯỞNG", name="Phạm Thị Hồng Nhung"),
)

MAM_NON_LAYOUT = Layout(
    landscape=True,
    governing_caps="UBND XÃ PHÚ XUÂN",
    school_caps="TRƯỜNG MẦM NON HOA SEN",
    number_line="Số: 21/KH-MNHS",
    date_line="Phú Xuân, ngày 19 tháng 9 năm 2025",
    title=["KẾ HOẠCH", "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", "NĂM HỌC 2025 - 2026"],
    # TT, criterion, target, actions, responsible, start, end, budget (narrow), support, notes
    widths=[1.0, 4.0, 3.0, 7.0, 3.2, 2.2, 2.2, 1.6, 2.2, 1.6],
    split_time=True,
    rows=[
        ("part", "MỨC 1, 2, 3"),
        ("standard", 1),
        ("item", 0),
        ("item", 1),
        ("standard", 2),
        ("item", 2),
        ("standard", 3),
        ("item", 3),
        ("item", 4),
        ("standard", 5),
        ("item", 5),
        ("part", "MỨC 4: Không thực hiện"),
    ],
)


def _paragraph(
    document: docx.document.Document,
    text: str,
    *,
    bold: bool = False,
    centre: bool = False,
    indent: bool = False,
) -> None:
    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = bold
    if centre:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        paragraph.paragraph_format.first_line_indent = Cm(1)
    paragraph.paragraph_format.space_after = Pt(0)


def _no_borders(table: docx.table.Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _cell_text(cell: docx.table._Cell, lines: list[str], *, bold: bool = False) -> None:
    cell.paragraphs[0].text = ""
    for index, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(line).bold = bold


def _header(document: docx.document.Document, plan: Plan, layout: Layout) -> None:
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    left, right = table.rows[0].cells
    _cell_text(left, [layout.governing_caps, layout.school_caps, layout.number_line])
    _cell_text(
        right,
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", layout.date_line],
    )
    for line in layout.title:
        _paragraph(document, line, bold=True, centre=True)


def _repeat_header(row: docx.table._Row) -> None:
    properties = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    properties.append(element)


def _plan_table(document: docx.document.Document, plan: Plan, layout: Layout) -> None:
    columns = len(layout.widths)
    table = document.add_table(rows=0, cols=columns)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    headings = [
        "TT",
        "Tiêu chuẩn, tiêu chí",
        "Kết quả cần đạt",
        "Công việc, giải pháp",
        "Chủ trì, phối hợp",
        "Thời gian",
        "",
        "Kinh phí",
        "Điều kiện hỗ trợ",
        "Ghi chú",
    ]
    top = table.add_row()
    sub = table.add_row()
    for row in (top, sub):
        _repeat_header(row)
    for index, heading in enumerate(headings):
        if index in (5, 6):
            continue
        top.cells[index].merge(sub.cells[index])
        _cell_text(top.cells[index], [heading], bold=True)
    time_cell = top.cells[5].merge(top.cells[6])
    _cell_text(time_cell, ["Thời gian"], bold=True)
    _cell_text(sub.cells[5], ["Bắt đầu"], bold=True)
    _cell_text(sub.cells[6], ["Hoàn thành"], bold=True)
    number = 0
    for kind, value in layout.rows:
        cells = table.add_row().cells
        if kind == "part":
            merged = cells[0].merge(cells[-1])
            merged.paragraphs[0].add_run(str(value)).bold = True
        elif kind == "standard":
            heading = next(s for s in plan.standards if s.number == value)
            cells[0].paragraphs[0].add_run(_roman(int(str(value)))).bold = True
            merged = cells[1].merge(cells[-1])
            merged.paragraphs[0].add_run(f"Tiêu chuẩn {value}: {heading.title}").bold = True
        else:
            number += 1
            _item_row(cells, plan.items[int(str(value))], number)
    for row in table.rows:
        for index, width in enumerate(layout.widths):
            row.cells[index].width = Cm(width)


def _item_row(cells: list[docx.table._Cell], item: Item, number: int) -> None:
    start, end = item.timeline.split(" - ")
    texts = [
        str(number),
        f"Tiêu chí {item.criterion}. {item.criterion_title}",
        item.target,
        item.actions,
        item.responsible,
        start,
        end,
        item.budget,
        item.support,
        item.notes,
    ]
    for cell, text in zip(cells, texts, strict=True):
        cell.paragraphs[0].text = text


def _roman(number: int) -> str:
    return ["", "I", "II", "III", "IV", "V"][number]


def _roles(document: docx.document.Document, plan: Plan) -> None:
    for number, role in enumerate(plan.organization, start=1):
        _paragraph(document, f"{number}. {role.role}", bold=True, indent=True)
        for duty in role.duties:
            _paragraph(document, duty, indent=True)


def _signature(document: docx.document.Document, plan: Plan) -> None:
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    left, right = table.rows[0].cells
    left.paragraphs[0].add_run("Nơi nhận:").bold = True
    for recipient in plan.recipients:
        left.add_paragraph(f"- {recipient}")
    _cell_text(right, [plan.signer.title or "", "", "", plan.signer.name or ""], bold=True)
    document.add_paragraph()


def _new_document(layout: Layout) -> docx.document.Document:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    section = document.sections[0]
    if layout.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Cm(1.5))
    return document


def write_docx(plan: Plan, layout: Layout, path: Path) -> None:
    """Write the Word document of a 2018-form ``plan`` drawn as ``layout``."""
    if plan.form == "2026":
        write_docx_2026(plan, layout, path)
        return
    document = _new_document(layout)
    _header(document, plan, layout)
    _paragraph(document, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    for purpose in plan.purposes:
        _paragraph(document, purpose, indent=True)
    _paragraph(document, "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH", bold=True)
    for basis in plan.bases:
        _paragraph(document, basis, indent=True)
    _paragraph(document, "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG", bold=True)
    _plan_table(document, plan, layout)
    _paragraph(document, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    _roles(document, plan)
    _signature(document, plan)
    document.save(str(path))


def _item_2026(
    code: str | None,
    content: str,
    target: tuple[str, int | None],
    actions: str,
    indicator: str,
    timeline: str,
    responsible: str,
    budget: tuple[str, int | None],
    evidence: str,
    status: str = "",
) -> Item:
    return Item(
        part=None,
        standard=int(code.split(".")[0]) if code else None,
        criterion=code,
        content=content,
        target=target[0],
        target_level=target[1],
        actions=actions,
        indicator=indicator,
        responsible=responsible,
        timeline=timeline,
        budget=budget[0],
        budget_vnd=budget[1],
        evidence=evidence,
        status=status,
    )


THCS_2026 = Plan(
    form="2026",
    school=School(name="Trường THCS Lê Lợi", level="thcs", governing_body="UBND PHƯỜNG HẢI CHÂU"),
    framework="TT57-2026",
    document=Document(
        number="47/KH-THCSLL", place="Hải Châu", date="2026-09-28", school_year="2026-2027"
    ),
    general_info=[
        "Tên cơ sở giáo dục: Trường THCS Lê Lợi.",
        "Địa chỉ: Số 8 đường Lê Lợi, phường Hải Châu, thành phố Đà Nẵng.",
        "Quy mô: 32 lớp với 1.348 học sinh; 71 cán bộ quản lý, giáo viên, nhân viên.",
    ],
    bases=[
        "Căn cứ Thông tư số 57/2026/TT-BGDĐT của Bộ Giáo dục và Đào tạo quy định về kiểm "
        "định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với cơ sở giáo dục phổ "
        "thông;",
        "Căn cứ báo cáo tự đánh giá năm 2026 của Trường THCS Lê Lợi.",
    ],
    purposes=[
        "- Xác định những vấn đề trọng tâm cần cải tiến từ kết quả tự đánh giá.",
        "- Các giải pháp phải cụ thể, có người phụ trách, thời hạn và chỉ số đo được.",
    ],
    problems=[
        Problem(
            standard="Tiêu chuẩn 2",
            criteria="2.3",
            current_state="Tiêu chí đạt Mức 1; 06 giáo viên chưa đạt chuẩn trình độ đào tạo.",
            limitation="Việc bồi dưỡng giáo viên dạy môn Khoa học tự nhiên còn chậm.",
            cause="Kinh phí bồi dưỡng hạn chế; giáo viên kiêm nhiệm nhiều việc.",
        ),
        Problem(
            standard="Tiêu chuẩn 3",
            criteria="3.2; 3.5",
            current_state="Thiếu 02 phòng học bộ môn; thiết bị dạy học lớp 9 chưa đủ.",
            limitation="Học sinh ít được thực hành thí nghiệm.",
            cause="Ngân sách đầu tư chưa được bố trí.",
        ),
    ],
    items=[
        _item_2026(
            "2.3",
            "Bồi dưỡng đội ngũ giáo viên dạy môn Khoa học tự nhiên (Tiêu chí 2.3)",
            ("Tiêu chí 2.3 đạt Mức 2: 100% giáo viên Khoa học tự nhiên được bồi dưỡng", 2),
            "Cử giáo viên tham gia các lớp bồi dưỡng của Sở; tổ chức sinh hoạt chuyên môn "
            "theo nghiên cứu bài học mỗi tháng một lần; dự giờ, góp ý sau mỗi chuyên đề.",
            "Tỷ lệ giáo viên được bồi dưỡng đạt 100%",
            "Tháng 9/2026 - tháng 5/2027",
            "Phó hiệu trưởng Ngô Văn Hải; tổ trưởng tổ Khoa học tự nhiên",
            ("Kinh phí chi thường xuyên: 36.500.000 đồng", 36500000),
            "Danh sách giáo viên được cử đi học; chứng chỉ bồi dưỡng",
            "Đang thực hiện",
        ),
        _item_2026(
            "3.2",
            "Bổ sung phòng học bộ môn (Tiêu chí 3.2)",
            ("Tiêu chí 3.2 đạt Mức 2", 2),
            "Lập tờ trình đề nghị UBND phường đầu tư 02 phòng học bộ môn; cải tạo phòng kho "
            "thành phòng thực hành tạm thời.",
            "Số phòng học bộ môn được đưa vào sử dụng",
            "Năm học 2026 - 2027",
            "Hiệu trưởng; kế toán",
            ("Ngân sách phường: 1.250.000.000 đồng", 1250000000),
            "Tờ trình; quyết định phê duyệt dự án",
        ),
        _item_2026(
            None,
            "Tăng cường trao đổi thông tin với cha mẹ học sinh qua sổ liên lạc điện tử",
            ("100% cha mẹ học sinh nhận thông tin qua sổ liên lạc điện tử", None),
            "Tập huấn giáo viên chủ nhiệm sử dụng phần mềm; hướng dẫn cha mẹ học sinh cài "
            "đặt ứng dụng trong buổi họp đầu năm.",
            "Tỷ lệ cha mẹ học sinh sử dụng sổ liên lạc điện tử",
            "Tháng 9/2026 - tháng 10/2026",
            "Giáo viên chủ nhiệm",
            ("Không phát sinh kinh phí", None),
            "Thống kê tài khoản phần mềm",
        ),
    ],
    monitoring=[
        MonitoringRow(
            when="Cuối học kỳ I",
            content="Tiến độ các nội dung 1, 2, 3",
            assessor="Hội đồng tự đánh giá",
        ),
        MonitoringRow(
            when="Cuối năm học", content="Kết quả toàn bộ kế hoạch", assessor="Hiệu trưởng"
        ),
    ],
    organization=[
        Role(
            "Hiệu trưởng",
            ["- Phê duyệt kế hoạch; phân công người phụ trách từng nội dung."],
        ),
        Role("Hội đồng tự đánh giá", ["- Theo dõi, giám sát việc thực hiện kế hoạch."]),
    ],
    reporting=[
        "- Kế hoạch được rà soát vào cuối học kỳ I và cuối năm học.",
        "- Kết quả thực hiện được công khai trên trang thông tin điện tử của nhà trường.",
    ],
    recipients=["UBND phường Hải Châu (để b/c);", "Hội đồng tự đánh giá;", "Lưu: VT."],
    signer=Signer(title="HIỆU TRƯỞNG", name="Trần Thị Thu Hà"),
)

THCS_2026_LAYOUT = Layout(
    landscape=False,
    governing_caps="UBND PHƯỜNG HẢI CHÂU",
    school_caps="TRƯỜNG THCS LÊ LỢI",
    number_line="Số: 47/KH-THCSLL",
    date_line="Hải Châu, ngày 28 tháng 9 năm 2026",
    title=["KẾ HOẠCH", "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2026 - 2027"],
    widths=[0.8, 2.2, 2.2, 2.6, 2.0, 1.7, 1.9, 1.8, 1.8, 1.4],
)

PROBLEM_HEADINGS = [
    "TT",
    "Tiêu chuẩn",
    "Tiêu chí liên quan (nếu có)",
    "Đánh giá hiện trạng",
    "Điểm hạn chế",
    "Nguyên nhân của hạn chế",
]
PLAN_HEADINGS = [
    "TT",
    "Nội dung cải tiến",
    "Mục tiêu cải tiến",
    "Hoạt động/giải pháp",
    "Chỉ số đánh giá kết quả",
    "Thời gian thực hiện",
    "Đơn vị/cá nhân phụ trách",
    "Nguồn lực bảo đảm",
    "Thông tin, dữ liệu hoặc minh chứng dự kiến",
    "Mức độ thực hiện",
]
MONITORING_HEADINGS = [
    "Thời điểm",
    "Nội dung theo dõi",
    "Kết quả thực hiện",
    "Điều chỉnh (nếu có)",
    "Người đánh giá",
]


def _grid_table(
    document: docx.document.Document, headings: list[str], rows: list[list[str]]
) -> None:
    table = document.add_table(rows=1, cols=len(headings))
    table.style = "Table Grid"
    _repeat_header(table.rows[0])
    for cell, heading in zip(table.rows[0].cells, headings, strict=True):
        _cell_text(cell, [heading], bold=True)
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.paragraphs[0].text = value


def write_docx_2026(plan: Plan, layout: Layout, path: Path) -> None:
    """Write the Word document of a 2026-form (TT57) plan, all eight sections, in portrait."""
    document = _new_document(layout)
    _header(document, plan, layout)
    _paragraph(document, "I. THÔNG TIN CHUNG", bold=True)
    for line in plan.general_info:
        _paragraph(document, line, indent=True)
    _paragraph(document, "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH", bold=True)
    for basis in plan.bases:
        _paragraph(document, basis, indent=True)
    _paragraph(document, "III. MỤC ĐÍCH, YÊU CẦU", bold=True)
    for purpose in plan.purposes:
        _paragraph(document, purpose, indent=True)
    _paragraph(document, "IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN", bold=True)
    problems = [
        [str(n), p.standard, p.criteria, p.current_state, p.limitation, p.cause]
        for n, p in enumerate(plan.problems, start=1)
    ]
    _grid_table(document, PROBLEM_HEADINGS, problems)
    _paragraph(document, "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG", bold=True)
    items = [
        [
            str(n),
            i.content,
            i.target,
            i.actions,
            i.indicator,
            i.timeline,
            i.responsible,
            i.budget,
            i.evidence,
            i.status,
        ]
        for n, i in enumerate(plan.items, start=1)
    ]
    _grid_table(document, PLAN_HEADINGS, items)
    _paragraph(document, "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)", bold=True)
    rows = [[m.when, m.content, m.result, m.adjustment, m.assessor] for m in plan.monitoring]
    _grid_table(document, MONITORING_HEADINGS, rows)
    _paragraph(document, "VII. TỔ CHỨC THỰC HIỆN", bold=True)
    _roles(document, plan)
    _paragraph(document, "VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO", bold=True)
    for point in plan.reporting:
        _paragraph(document, point, indent=True)
    _signature(document, plan)
    document.save(str(path))


def convert(source: Path, folder: Path) -> Path:
    """Print ``source`` to PDF with LibreOffice in a private profile; return the PDF path."""
    soffice = shutil.which("soffice") or sys.exit("LibreOffice (soffice) is required")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{folder}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return folder / f"{source.stem}.pdf"


SAMPLES = {
    "mam-non-2018-landscape-split-time": (MAM_NON, MAM_NON_LAYOUT),
    "thcs-2026-portrait-narrow": (THCS_2026, THCS_2026_LAYOUT),
}


def main() -> int:
    """Write every sample PDF and its truth into ``tests/samples/pdf/``."""
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="caitien-pdf-") as folder:
        for name, (plan, layout) in SAMPLES.items():
            source = Path(folder) / f"{name}.docx"
            write_docx(plan, layout, source)
            shutil.copyfile(convert(source, Path(folder)), OUT / f"{name}.pdf")
            dump_plan(plan, OUT / f"{name}.plan.json")
            print(f"{name}.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
