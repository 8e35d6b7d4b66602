"""Write the varied Word sample plans of ``tests/samples/docx/`` and their exact truth.

Each plan is described once, as data in the ``caitien.plan/1`` shape (the
truth), and written as a .docx in its own layout, so document and truth cannot
disagree. Run from the repository root (deterministic, rerunnable)::

    .venv/bin/python tests/samples/generate_docx.py

The layouts differ from each other and from the shared samples: header on tab
stops or in a borderless table (one or two rows, soft line breaks), the time
column split into "Bắt đầu" / "Kết thúc" under two repeated header rows, a
"Chủ trì" cell merged down over two criterion rows (its text belongs to both
rows in the truth), criterion code and title in separate paragraphs, "+"
bullets, Word automatic bullets and numbering, a column-number row, a table
without a TT column, standard rows with Roman numerals, a plan written without a
table, a 2026 (TT57, GDTX) plan with standard heading rows in table V, and a
2026 mầm non plan whose headings and points are numbered by Word lists.
Schools, people and figures are fictional; places are real localities.
"""

from __future__ import annotations

import datetime
import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from generate_docx_plans import PLANS

from caitien.plan import Plan, dumps_plan

HERE = Path(__file__).resolve().parent / "docx"
LEGACY = HERE / "legacy"
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
SLOGAN = "Độc lập - Tự do - Hạnh phúc"
HEAD_2018 = [
    "Tiêu chuẩn, tiêu chí",
    "Kết quả cần đạt (so với hiện trạng)",
    "Công việc/giải pháp cần thực hiện",
    "Chủ trì và phối hợp thực hiện",
    "Thời gian thực hiện và hoàn thành",
    "Dự kiến kinh phí",
    "Điều kiện hỗ trợ khác",
    "Ghi chú",
]
HEAD_2026_V = [
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
HEAD_2026_IV = [
    "TT",
    "Tiêu chuẩn",
    "Tiêu chí liên quan (nếu có)",
    "Đánh giá hiện trạng",
    "Điểm hạn chế",
    "Nguyên nhân của hạn chế",
]
HEAD_2026_VI = [
    "Thời điểm",
    "Nội dung theo dõi",
    "Kết quả thực hiện",
    "Điều chỉnh (nếu có)",
    "Người đánh giá",
]


# Truth ---------------------------------------------------------------------------------


def truth(description: dict[str, Any]) -> Plan:
    """The validated truth of a description (layout hints, keys starting with "_", removed)."""
    data = {key: value for key, value in description.items() if not key.startswith("_")}
    data["items"] = [
        {key: value for key, value in item.items() if not key.startswith("_")}
        for item in description["items"]
    ]
    return Plan.from_dict(data)


# Word building blocks ---------------------------------------------------------------


def new_document() -> docx.document.Document:
    """A blank A4 portrait document in Times New Roman 13 pt."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)
    return document


def paragraph(
    document: Any,
    text: str,
    bold: bool = False,
    italic: bool = False,
    center: bool = False,
    style: str | None = None,
) -> Any:
    """Add one paragraph; ``\\n`` in ``text`` becomes a soft line break."""
    para = document.add_paragraph(style=style)
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = para.add_run(text)
    run.bold, run.italic = bold or None, italic or None
    return para


def fill(cell: Any, lines: list[str], bold: bool = False, center: bool = False) -> None:
    """Write ``lines`` into a table cell, one paragraph each (``""`` leaves it empty)."""
    first = cell.paragraphs[0]
    for index, line in enumerate(lines):
        para = first if index == 0 else cell.add_paragraph()
        if center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if line:
            run = para.add_run(line)
            run.bold = bold or None


def repeat_header(table_row: Any) -> None:
    """Mark a row to repeat at the top of each page (``w:tblHeader``)."""
    tr_pr = table_row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))


def borderless(table: Any) -> None:
    """Remove every border of a table, as the Nghị định 30 header and signature tables do."""
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def ruled_table(document: Any, rows: int, columns: int) -> Any:
    """A table with every border drawn ("Table Grid")."""
    table = document.add_table(rows=rows, cols=columns)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    return table


def landscape(document: Any) -> None:
    """Start a new A4 landscape section."""
    section = document.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21)
    section.left_margin = section.right_margin = Cm(1.5)


def merged_row(table: Any, index: int, text: str, bold: bool = True, start: int = 0) -> None:
    """Merge the cells of row ``index`` from grid column ``start`` and write ``text`` there."""
    cells = table.rows[index].cells
    merged = cells[start].merge(cells[-1])
    fill(merged, [text], bold=bold)


def heading_row(table: Any, index: int, texts: list[str]) -> None:
    """Write a header row, bold and centred, repeated on each page."""
    for cell, text in zip(table.rows[index].cells, texts, strict=False):
        fill(cell, [text], bold=True, center=True)
    repeat_header(table.rows[index])


# Header, title, closing ------------------------------------------------------------


def header_lines(description: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The left (governing body, school, số) and right (motto, slogan, date) header lines."""
    layout = description["_layout"]
    left = [description["school"]["governing_body"], layout["school_caps"], layout["number_line"]]
    return left, [MOTTO, SLOGAN, layout["date_line"]]


def header_on_tabs(document: Any, description: dict[str, Any]) -> None:
    """The header as three paragraphs on a centre tab stop: left block "\\t" right block."""
    left, right = header_lines(description)
    for index, (left_text, right_text) in enumerate(zip(left, right, strict=True)):
        para = document.add_paragraph()
        para.paragraph_format.tab_stops.add_tab_stop(Cm(11.5), WD_TAB_ALIGNMENT.CENTER)
        para.paragraph_format.space_after = Pt(0)
        para.add_run(left_text).bold = index == 1 or None
        para.add_run("\t")
        para.add_run(right_text).bold = index < 2 or None


def header_in_table(document: Any, description: dict[str, Any], two_rows: bool) -> None:
    """The header in a borderless table: one row of two cells, or two rows (số | date below)."""
    left, right = header_lines(description)
    table = document.add_table(rows=2 if two_rows else 1, cols=2)
    borderless(table)
    if two_rows:
        fill(table.cell(0, 0), left[:2], center=True)
        fill(table.cell(0, 1), right[:2], bold=True, center=True)
        fill(table.cell(1, 0), [left[2]], center=True)
        fill(table.cell(1, 1), [right[2]], center=True)
        return
    fill(table.cell(0, 0), [left[0], left[1], "", left[2]], center=True)
    fill(table.cell(0, 1), [right[0], right[1], "", right[2]], center=True)


def header_with_breaks(document: Any, description: dict[str, Any]) -> None:
    """The header in a one-row borderless table, each block one paragraph with soft breaks."""
    left, right = header_lines(description)
    table = document.add_table(rows=1, cols=2)
    borderless(table)
    fill(table.cell(0, 0), ["\n".join(left)], center=True)
    fill(table.cell(0, 1), ["\n".join(right)], center=True)


def title(document: Any, lines: list[str]) -> None:
    """The centred, bold title lines."""
    document.add_paragraph()
    for line in lines:
        paragraph(document, line, bold=True, center=True)


def closing(document: Any, description: dict[str, Any]) -> None:
    """Nơi nhận and the signature side by side in a borderless table."""
    table = document.add_table(rows=1, cols=2)
    borderless(table)
    recipients = [f"- {line}" for line in description["recipients"]]
    fill(table.cell(0, 0), ["Nơi nhận:", *recipients])
    signer = description["signer"]
    fill(table.cell(0, 1), [signer["title"], "", "", signer["name"]], bold=True, center=True)
    document.add_paragraph()  # Word always ends the body with a paragraph after a table


def points(document: Any, texts: list[str], prefix: str = "", style: str | None = None) -> None:
    """One paragraph per point, each written ``prefix`` + text (or in a Word list style)."""
    for index, text in enumerate(texts, start=1):
        shown = prefix.format(n=index) + text if prefix else text
        paragraph(document, shown, style=style)


def organization(document: Any, roles: list[dict[str, Any]], numbered_style: bool) -> None:
    """Role headings ("1. Hiệu trưởng", or Word numbering) with their duty paragraphs."""
    for index, role in enumerate(roles, start=1):
        if numbered_style:
            paragraph(document, role["role"], bold=True, style="List Number")
        else:
            paragraph(document, f"{index}. {role['role']}", bold=True)
        points(document, role["duties"])


# The 2018 plan table ----------------------------------------------------------------


def criterion_lines(item: dict[str, Any], apart: bool) -> list[str]:
    """The criterion cell: "Tiêu chí 1.4: title", or code and title in two paragraphs."""
    if item["criterion"] is None:
        return [item["criterion_title"]]
    if apart:
        return [f"Tiêu chí {item['criterion']}", item["criterion_title"]]
    return [f"Tiêu chí {item['criterion']}: {item['criterion_title']}"]


def table_2018(document: Any, description: dict[str, Any]) -> None:
    """Section III as a Word table in the layout ``description["_layout"]`` asks for."""
    layout = description["_layout"]
    with_tt, split = layout.get("tt", True), layout.get("split_time", False)
    heads = (["TT"] if with_tt else []) + HEAD_2018
    columns = len(heads) + (1 if split else 0)
    lines = _table_lines(description)
    header_rows = 2 if split else 1 + (1 if layout.get("column_numbers") else 0)
    table = ruled_table(document, header_rows + len(lines), columns)
    _table_2018_header(table, heads, split, layout.get("column_numbers", False))
    for offset, line in enumerate(lines):
        _table_2018_line(table, header_rows + offset, line, layout, with_tt)
    for first, second in layout.get("merge_responsible", []):
        _merge_down(table, header_rows, lines, first, second, with_tt)


def _table_lines(description: dict[str, Any]) -> list[tuple[str, Any]]:
    """The table's rows in order: ("part", text), ("standard", text), ("item", item + "_tt")."""
    lines: list[tuple[str, Any]] = []
    number = 0
    for kind, value in description["_rows"]:
        if kind == "item":
            number += 1
            value = description["items"][value] | {"_tt": str(number)}
        elif kind == "standard":
            value = (value, _standard_title(description, value))
        lines.append((kind, value))
    return lines


def _standard_title(description: dict[str, Any], number: int) -> str:
    return next(s["title"] for s in description["standards"] if s["number"] == number)


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII"}


def _table_2018_header(table: Any, heads: list[str], split: bool, numbers: bool) -> None:
    if not split:
        heading_row(table, 0, heads)
        if numbers:
            for cell, index in zip(table.rows[1].cells, range(1, len(heads) + 1), strict=True):
                fill(cell, [f"({index})"], center=True)
        return
    at = heads.index("Thời gian thực hiện và hoàn thành")
    top, bottom = table.rows[0].cells, table.rows[1].cells
    for column, text in enumerate(heads):
        grid = column if column <= at else column + 1
        if column == at:
            fill(top[grid].merge(top[grid + 1]), ["Thời gian thực hiện"], bold=True, center=True)
            fill(bottom[grid], ["Bắt đầu"], bold=True, center=True)
            fill(bottom[grid + 1], ["Kết thúc"], bold=True, center=True)
        else:
            fill(top[grid].merge(bottom[grid]), [text], bold=True, center=True)
    repeat_header(table.rows[0])
    repeat_header(table.rows[1])


def _table_2018_line(
    table: Any, index: int, line: tuple[str, Any], layout: dict[str, Any], with_tt: bool
) -> None:
    kind, value = line
    if kind == "part":
        merged_row(table, index, value)
    elif kind == "standard" and layout.get("roman_standards"):
        fill(table.rows[index].cells[0], [ROMAN[value[0]]], bold=True, center=True)
        merged_row(table, index, value[1], start=1)
    elif kind == "standard":
        merged_row(table, index, f"Tiêu chuẩn {value[0]}: {value[1]}")
    else:
        _item_cells(table.rows[index].cells, value, layout, with_tt)


def _item_cells(cells: list[Any], item: dict[str, Any], layout: dict[str, Any], tt: bool) -> None:
    split = layout.get("split_time", False)
    timeline = [[part] for part in item["_timeline"]] if split else [[_timeline(item, layout)]]
    contents: list[list[str]] = [
        *([[item["_tt"]]] if tt else []),
        criterion_lines(item, layout.get("code_apart", False)),
        [item["target"]],
        item["_actions"],
        [item["responsible"]],
        *timeline,
        [item["budget"]],
        [item["support"]],
        [item["notes"]],
    ]
    for cell, lines in zip(cells, contents, strict=True):
        fill(cell, lines)


def _timeline(item: dict[str, Any], layout: dict[str, Any]) -> str:
    start, end = item["_timeline"]
    return f"{start}\n- {end}" if layout.get("timeline_break") else f"{start} - {end}"


def _merge_down(
    table: Any,
    header_rows: int,
    lines: list[tuple[str, Any]],
    first: int,
    second: int,
    with_tt: bool,
) -> None:
    """Merge the "Chủ trì" cells of items ``first`` and ``second`` (adjacent rows) vertically."""
    rows = [header_rows + n for n, line in enumerate(lines) if line[0] == "item"]
    column = 4 if with_tt else 3
    top, bottom = table.cell(rows[first], column), table.cell(rows[second], column)
    for para in bottom.paragraphs:
        for run in para.runs:
            run.text = ""
    merged = top.merge(bottom)
    for para in merged.paragraphs[1:]:
        para._p.getparent().remove(para._p)


# The 2026 tables --------------------------------------------------------------------


def simple_table(document: Any, heads: list[str], rows: list[list[str]], numbers: bool) -> None:
    """A ruled table: a repeated header row, an optional "(1) (2) …" row, then ``rows``."""
    offset = 2 if numbers else 1
    table = ruled_table(document, offset + len(rows), len(heads))
    heading_row(table, 0, heads)
    if numbers:
        for index, cell in enumerate(table.rows[1].cells, start=1):
            fill(cell, [f"({index})"], center=True)
        repeat_header(table.rows[1])
    for row_index, values in enumerate(rows):
        for cell, value in zip(table.rows[offset + row_index].cells, values, strict=True):
            fill(cell, [value])


def table_v(document: Any, description: dict[str, Any]) -> None:
    """Section V: the 10-column table with standard heading rows merged across.

    An item's ``_actions`` (a list of points), when present, fills the actions cell
    one paragraph per point; otherwise every cell is one paragraph.
    """
    lines = _table_lines(description)
    table = ruled_table(document, 2 + len(lines), 10)
    heading_row(table, 0, HEAD_2026_V)
    for index, cell in enumerate(table.rows[1].cells, start=1):
        fill(cell, [f"({index})"], center=True)
    repeat_header(table.rows[1])
    for offset, (kind, value) in enumerate(lines):
        if kind == "standard":
            merged_row(table, 2 + offset, f"Tiêu chuẩn {value[0]}: {value[1]}")
            continue
        fields = ["content", "target", "actions", "indicator", "timeline", "responsible"]
        texts = [value["_tt"], *(value[name] for name in fields)]
        texts += [value["budget"], value["evidence"], value["status"]]
        for column, (cell, text) in enumerate(
            zip(table.rows[2 + offset].cells, texts, strict=True)
        ):
            # "_actions", when given, writes the actions cell one paragraph per point.
            fill(cell, value.get("_actions", [text]) if column == 3 else [text])


# Whole documents --------------------------------------------------------------------


def write_2018(description: dict[str, Any]) -> Any:
    """A 2018-form plan in the layout its description asks for."""
    layout = description["_layout"]
    document = new_document()
    HEADERS[layout["header"]](document, description)
    title(document, layout["title"])
    paragraph(document, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    points(document, description["purposes"], prefix=layout.get("purpose_prefix", ""))
    paragraph(document, "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH", bold=True)
    if layout.get("bases_style"):
        points(document, [b.removeprefix("- ") for b in description["bases"]], style="List Bullet")
    else:
        points(document, description["bases"])
    landscape(document)
    paragraph(document, layout["section_iii"], bold=True)
    if layout.get("no_table"):
        blocks_2018(document, description)
    else:
        table_2018(document, description)
    paragraph(document, layout["section_org"], bold=True)
    organization(document, description["organization"], layout.get("roles_style", False))
    closing(document, description)
    return document


def blocks_2018(document: Any, description: dict[str, Any]) -> None:
    """Section III written without a table: one block of labelled paragraphs per criterion."""
    for kind, value in _table_lines(description):
        if kind == "part":
            paragraph(document, value, bold=True)
        elif kind == "standard":
            paragraph(document, f"Tiêu chuẩn {value[0]}: {value[1]}", bold=True, italic=True)
        else:
            item = value
            paragraph(
                document, f"Tiêu chí {item['criterion']}: {item['criterion_title']}", bold=True
            )
            for label, field in BLOCK_LABELS:
                paragraph(document, f"- {label}: {item[field]}")


BLOCK_LABELS = (
    ("Kết quả cần đạt", "target"),
    ("Công việc, giải pháp", "actions"),
    ("Chủ trì, phối hợp", "responsible"),
    ("Thời gian thực hiện", "timeline"),
    ("Dự kiến kinh phí", "budget"),
)


def write_2026(description: dict[str, Any]) -> Any:
    """A 2026-form plan (TT57, Biểu 2) with all eight sections."""
    layout = description["_layout"]
    document = new_document()
    lists = layout.get("word_lists", False)
    if lists:
        add_list_definitions(document)
    heading = _list_heading if lists else _typed_heading
    HEADERS[layout["header"]](document, description)
    title(document, layout["title"])
    heading(document, 1, "THÔNG TIN CHUNG")
    _numbered_points(document, description["general_info"], lists, LIST_DECIMAL, 0)
    heading(document, 2, "CĂN CỨ XÂY DỰNG KẾ HOẠCH")
    points(document, description["bases"])
    heading(document, 3, "MỤC ĐÍCH, YÊU CẦU")
    _purposes_2026(document, description, lists)
    landscape(document)
    heading(document, 4, "TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN")
    problems = [
        [str(n), p["standard"], p["criteria"], p["current_state"], p["limitation"], p["cause"]]
        for n, p in enumerate(description["problems"], start=1)
    ]
    simple_table(document, HEAD_2026_IV, problems, numbers=False)
    heading(document, 5, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG")
    table_v(document, description)
    heading(document, 6, "THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)")
    monitoring = [list(m.values()) for m in description["monitoring"]]
    simple_table(document, HEAD_2026_VI, monitoring, numbers=False)
    heading(document, 7, "TỔ CHỨC THỰC HIỆN")
    organization(document, description["organization"], numbered_style=False)
    heading(document, 8, "CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO")
    _numbered_points(document, description["reporting"], lists, LIST_LETTERS, 1)
    closing(document, description)
    return document


def _typed_heading(document: Any, number: int, text: str) -> None:
    paragraph(document, f"{ROMAN[number]}. {text}", bold=True)


def _list_heading(document: Any, number: int, text: str) -> None:
    listed(document, text, LIST_SECTIONS, 0, bold=True)


def _numbered_points(document: Any, texts: list[str], lists: bool, num_id: int, level: int) -> None:
    """Points numbered by Word (``lists``) or written as they are in the truth."""
    if not lists:
        points(document, texts, prefix="{n}. " if level == 0 else "")
        return
    for text in texts:
        listed(document, text, num_id, level)


def _purposes_2026(document: Any, description: dict[str, Any], lists: bool) -> None:
    """Section III: one paragraph per point, or Word-numbered groups with lettered points."""
    groups = description.get("_purpose_groups")
    if not (lists and groups):
        points(document, description["purposes"], prefix="{n}. ")
        return
    for group, texts in groups:
        listed(document, group, LIST_PURPOSES, 0, bold=True)
        for text in texts:
            listed(document, text, LIST_PURPOSES, 1)


LIST_SECTIONS, LIST_DECIMAL, LIST_PURPOSES, LIST_LETTERS = 91, 92, 93, 94
W_NAMESPACE = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def add_list_definitions(document: Any) -> None:
    """Word list definitions: I. II. (sections); 1. with a) under it (points), each restarting."""
    numbering = document.part.numbering_part.element
    roman = _abstract(91, [("upperRoman", "%1.")])
    decimal = _abstract(92, [("decimal", "%1."), ("lowerLetter", "%2)")])
    numbering.insert(0, roman)
    numbering.insert(1, decimal)
    for num_id, abstract in ((91, 91), (92, 92), (93, 92), (94, 92)):
        restart = (
            "<w:lvlOverride w:ilvl='0'><w:startOverride w:val='1'/></w:lvlOverride>"
            "<w:lvlOverride w:ilvl='1'><w:startOverride w:val='1'/></w:lvlOverride>"
        )
        numbering.append(
            parse_xml(
                f"<w:num {W_NAMESPACE} w:numId='{num_id}'>"
                f"<w:abstractNumId w:val='{abstract}'/>{restart}</w:num>"
            )
        )


def _abstract(abstract_id: int, levels: list[tuple[str, str]]) -> Any:
    xml = "".join(
        f"<w:lvl w:ilvl='{index}'><w:start w:val='1'/><w:numFmt w:val='{fmt}'/>"
        f"<w:lvlText w:val='{text}'/><w:lvlJc w:val='left'/>"
        f"<w:pPr><w:ind w:left='{360 * (index + 1)}' w:hanging='360'/></w:pPr></w:lvl>"
        for index, (fmt, text) in enumerate(levels)
    )
    return parse_xml(
        f"<w:abstractNum {W_NAMESPACE} w:abstractNumId='{abstract_id}'>{xml}</w:abstractNum>"
    )


def listed(document: Any, text: str, num_id: int, level: int, bold: bool = False) -> Any:
    """A paragraph numbered by Word (``w:numPr``): the number is not in its text."""
    para = paragraph(document, text, bold=bold)
    para._p.get_or_add_pPr().append(
        parse_xml(
            f"<w:numPr {W_NAMESPACE}><w:ilvl w:val='{level}'/><w:numId w:val='{num_id}'/></w:numPr>"
        )
    )
    return para


HEADERS = {
    "tabs": header_on_tabs,
    "table": lambda document, description: header_in_table(document, description, False),
    "table_two_rows": lambda document, description: header_in_table(document, description, True),
    "breaks": header_with_breaks,
}


def write_legacy_doc(source: Path) -> None:
    """Convert ``source`` to Word 97–2003 with LibreOffice into ``legacy/`` (skipped without it)."""
    with tempfile.TemporaryDirectory() as folder:
        profile = (Path(folder) / "profile").as_uri()
        command = ["soffice", f"-env:UserInstallation={profile}", "--headless"]
        command += ["--convert-to", "doc", "--outdir", str(LEGACY), str(source)]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=120)
        except (OSError, subprocess.SubprocessError) as exc:
            sys.stdout.write(f"LibreOffice unavailable, {source.stem}.doc not refreshed: {exc}\n")


FIXED_TIME = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


def save_deterministic(document: Any, path: Path) -> None:
    """Save with fixed properties and ZIP timestamps, so reruns give identical bytes."""
    properties = document.core_properties
    properties.author = properties.last_modified_by = "Caitien"
    properties.created = properties.modified = properties.last_printed = FIXED_TIME
    properties.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w") as target:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(member))


def main() -> None:
    """Write every sample (.docx + .plan.json), and the legacy .doc of the first if missing."""
    HERE.mkdir(exist_ok=True)
    LEGACY.mkdir(exist_ok=True)
    for name, description in PLANS.items():
        writer = write_2026 if description["form"] == "2026" else write_2018
        document = writer(description)
        save_deterministic(document, HERE / f"{name}.docx")
        (HERE / f"{name}.plan.json").write_text(dumps_plan(truth(description)), encoding="utf-8")
        sys.stdout.write(f"wrote {name}.docx and {name}.plan.json\n")
    first = next(iter(PLANS))
    if not (LEGACY / f"{first}.doc").exists():  # LibreOffice output is not byte-stable
        write_legacy_doc(HERE / f"{first}.docx")


if __name__ == "__main__":
    main()
