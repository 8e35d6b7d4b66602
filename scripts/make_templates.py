"""Build the default DOCX templates of ``caitien.exporters`` (one per form) with python-docx.

Run ``.venv/bin/python scripts/make_templates.py`` after changing the layout; the
outputs ``src/caitien/exporters/templates/plan-2018.docx`` and ``plan-2026.docx``
are committed. Everything docxtpl cannot express is set here as a property of
the template itself, so a school's own template can carry it too: A4 pages and
Nghị định 30 margins, landscape sections for the tables, the header row repeated
on every page, and the page number centred at the top from page 2 (a different
first page). The Jinja placeholders name the context of ``exporters/_context.py``.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent.parent / "src" / "caitien" / "exporters" / "templates"
FONT = "Times New Roman"
BODY_PT = 14
TABLE_PT = 12
CENTER = WD_ALIGN_PARAGRAPH.CENTER
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
LEFT = WD_ALIGN_PARAGRAPH.LEFT
# characters of the date line that fit the 9.4 cm right header column at 14 pt italic
# (measured in the rendered PDF: "Thành phố Thủ Đức, ngày 05 tháng 01 năm 2025" wraps)
DATE_LINE_FITS = 40

COLUMNS_2018 = [
    ("TT", 1.0),
    ("Tiêu chuẩn, tiêu chí", 4.2),
    ("Kết quả cần đạt (so với hiện trạng)", 3.0),
    ("Công việc/giải pháp cần thực hiện", 5.4),
    ("Chủ trì và phối hợp thực hiện", 3.0),
    ("Thời gian thực hiện và hoàn thành", 2.8),
    ("Dự kiến kinh phí", 2.6),
    ("Điều kiện hỗ trợ khác", 2.2),
    ("Ghi chú", 1.5),
]
CELLS_2018 = [
    "{{ r.tt }}",
    "{{ r.criterion_cell }}",
    "{{ r.target }}",
    "{{ r.actions }}",
    "{{ r.responsible }}",
    "{{ r.timeline }}",
    "{{ r.budget }}",
    "{{ r.support }}",
    "{{ r.notes }}",
]
COLUMNS_PROBLEMS = [
    ("TT", 1.0),
    ("Tiêu chuẩn", 3.0),
    ("Tiêu chí liên quan (nếu có)", 2.7),
    ("Đánh giá hiện trạng", 6.5),
    ("Điểm hạn chế", 6.5),
    ("Nguyên nhân của hạn chế", 6.0),
]
CELLS_PROBLEMS = [
    "{{ loop.index }}",
    "{{ p.standard }}",
    "{{ p.criteria }}",
    "{{ p.current_state }}",
    "{{ p.limitation }}",
    "{{ p.cause }}",
]
COLUMNS_2026 = [
    ("TT", 1.0),
    ("Nội dung cải tiến", 3.3),
    ("Mục tiêu cải tiến", 3.0),
    ("Hoạt động/giải pháp", 4.0),
    ("Chỉ số đánh giá kết quả", 2.8),
    ("Thời gian thực hiện", 2.0),
    ("Đơn vị/cá nhân phụ trách", 2.4),
    # wide enough for "180.000.000 đồng" to break between the number and its unit
    ("Nguồn lực bảo đảm", 2.6),
    ("Thông tin, dữ liệu hoặc minh chứng dự kiến", 2.6),
    ("Mức độ thực hiện", 2.0),
]
CELLS_2026 = [
    "{{ r.tt }}",
    "{{ r.content }}",
    "{{ r.target }}",
    "{{ r.actions }}",
    "{{ r.indicator }}",
    "{{ r.timeline }}",
    "{{ r.responsible }}",
    "{{ r.budget }}",
    "{{ r.evidence }}",
    "{{ r.status }}",
]
COLUMNS_MONITORING = [
    ("Thời điểm", 3.2),
    ("Nội dung theo dõi", 8.0),
    ("Kết quả thực hiện", 5.5),
    ("Điều chỉnh (nếu có)", 4.5),
    ("Người đánh giá", 4.5),
]
CELLS_MONITORING = [
    "{{ m.when }}",
    "{{ m.content }}",
    "{{ m.result }}",
    "{{ m.adjustment }}",
    "{{ m.assessor }}",
]


def main() -> None:
    """Write both templates."""
    OUT.mkdir(parents=True, exist_ok=True)
    build_2018().save(str(OUT / "plan-2018.docx"))
    build_2026().save(str(OUT / "plan-2026.docx"))
    print(f"Đã ghi các mẫu vào {OUT}")


def build_2018():  # type: ignore[no-untyped-def]
    """The 2018 form (Thông tư 17/18/19): I, II, the table III in landscape, VI."""
    doc = _new_document()
    _heading_block(doc)
    _section_heading(doc, "I. MỤC ĐÍCH, YÊU CẦU")
    _loop(doc, "x in purposes", "{{ x }}")
    _section_heading(doc, "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH")
    _loop(doc, "x in bases", "{{ x }}")
    _new_section(doc, landscape=True)
    _section_heading(doc, "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC")
    _plain(doc, "{%p if split_time %}")
    _table_2018(doc, split=True)
    _plain(doc, "{%p else %}")
    _table_2018(doc, split=False)
    _plain(doc, "{%p endif %}")
    _new_section(doc, landscape=False)
    _section_heading(doc, "VI. TỔ CHỨC THỰC HIỆN")
    _roles(doc)
    _closing(doc)
    return doc


def build_2026():  # type: ignore[no-untyped-def]
    """Biểu 2 (Mẫu số 2, Phụ lục V, Thông tư 57/2026): I–VIII, tables IV–VI in landscape."""
    doc = _new_document()
    _heading_block(doc)
    _section_heading(doc, "I. THÔNG TIN CHUNG")
    _loop(doc, "x in general_info", "{{ x }}")
    _section_heading(doc, "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH")
    _loop(doc, "x in bases", "{{ x }}")
    _section_heading(doc, "III. MỤC ĐÍCH, YÊU CẦU")
    _loop(doc, "x in purposes", "{{ x }}")
    _new_section(doc, landscape=True)
    _section_heading(doc, "IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN")
    _simple_table(doc, COLUMNS_PROBLEMS, CELLS_PROBLEMS, "p in problems")
    _section_heading(doc, "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG")
    _table_2026(doc)
    _section_heading(doc, "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)")
    _simple_table(doc, COLUMNS_MONITORING, CELLS_MONITORING, "m in monitoring")
    _new_section(doc, landscape=False)
    _section_heading(doc, "VII. TỔ CHỨC THỰC HIỆN")
    _roles(doc)
    _section_heading(doc, "VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO")
    _loop(doc, "x in reporting", "{{ x }}")
    _closing(doc)
    return doc


# The schema order of the property elements this script adds: Word refuses a file
# whose properties are out of order, where LibreOffice shrugs.
PPR_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]
RPR_ORDER = [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
]
TBLPR_ORDER = [
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
    "tblPrChange",
]


def _insert(parent, child, order: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Insert ``child`` before the first sibling that the schema puts after it."""
    rank = order.index(child.tag.split("}")[1])
    for sibling in parent:
        name = sibling.tag.split("}")[1]
        if name in order and order.index(name) > rank:
            sibling.addprevious(child)
            return
    parent.append(child)


# --- document, sections, page numbers -------------------------------------------------


def _new_document():  # type: ignore[no-untyped-def]
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(BODY_PT)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "vi-VN")
    _insert(style.element.get_or_add_rPr(), lang, RPR_ORDER)
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(6), 1.1
    section = doc.sections[0]
    _page_setup(section, landscape=False)
    section.different_first_page_header_footer = True
    _page_number_header(section)
    return doc


def _page_setup(section, landscape: bool) -> None:  # type: ignore[no-untyped-def]
    """A4; portrait margins per Nghị định 30 (top/bottom 2 cm, left 3 cm, right 2 cm)."""
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    short, long = Cm(21.0), Cm(29.7)
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    section.top_margin = section.bottom_margin = Cm(2.0)
    section.left_margin = Cm(2.5) if landscape else Cm(3.0)
    section.right_margin = Cm(1.5) if landscape else Cm(2.0)
    section.header_distance = Cm(1.0)


def _new_section(doc, landscape: bool) -> None:  # type: ignore[no-untyped-def]
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    # python-docx copies the previous section's properties; only page 1 is a "first page"
    section.different_first_page_header_footer = False
    _page_setup(section, landscape)


def _page_number_header(section) -> None:  # type: ignore[no-untyped-def]
    """The PAGE field centred in the default header; the first page's header stays empty."""
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
    section.first_page_header.paragraphs[0].text = ""


# --- paragraphs -----------------------------------------------------------------------


def _paragraph(container, text: str, **style):  # type: ignore[no-untyped-def]
    """Add one single-run paragraph; ``style`` keys: size, bold, italic, align, indent, after."""
    paragraph = container.add_paragraph()
    run = paragraph.add_run(text)
    run.font.size = Pt(style.get("size", BODY_PT))
    run.font.bold = style.get("bold") or None
    run.font.italic = style.get("italic") or None
    fmt = paragraph.paragraph_format
    paragraph.alignment = style.get("align", JUSTIFY)
    fmt.first_line_indent = Cm(style.get("indent", 1.0))
    fmt.space_after = Pt(style.get("after", 6))
    return paragraph


def _plain(container, text: str):  # type: ignore[no-untyped-def]
    """A paragraph holding only a docxtpl tag (it disappears when rendered)."""
    return _paragraph(container, text, indent=0, after=0)


def _section_heading(doc, text: str) -> None:  # type: ignore[no-untyped-def]
    _paragraph(doc, text, bold=True, indent=1.0)


def _loop(doc, head: str, body: str) -> None:  # type: ignore[no-untyped-def]
    _plain(doc, "{%p for " + head + " %}")
    _paragraph(doc, body)
    _plain(doc, "{%p endfor %}")


def _roles(doc) -> None:  # type: ignore[no-untyped-def]
    """Role headings numbered "1.", "2." in bold, each with its duty points."""
    _plain(doc, "{%p for role in roles %}")
    _paragraph(doc, "{{ loop.index }}. {{ role.role }}", bold=True)
    _loop(doc, "d in role.duties", "{{ d }}")
    _plain(doc, "{%p endfor %}")


def _all_caps(paragraph) -> None:  # type: ignore[no-untyped-def]
    """Show a paragraph in capitals (Nghị định 30) while its stored text keeps the plan's case."""
    for run in paragraph.runs:
        run.font.all_caps = True


def _bottom_rule(paragraph, size: int = 8) -> None:  # type: ignore[no-untyped-def]
    """A solid bottom border: as long as the paragraph between its indents."""
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", str(size)), ("w:space", "1")):
        bottom.set(qn(key), value)
    bottom.set(qn("w:color"), "000000")
    borders.append(bottom)
    _insert(paragraph._p.get_or_add_pPr(), borders, PPR_ORDER)


def _rule_paragraph(container, left_cm: float, right_cm: float):  # type: ignore[no-untyped-def]
    """An empty, tiny paragraph drawing a centred line between two indents."""
    paragraph = _paragraph(container, "", size=2, indent=0, after=0, align=CENTER)
    paragraph.paragraph_format.left_indent = Cm(left_cm)
    paragraph.paragraph_format.right_indent = Cm(right_cm)
    paragraph.paragraph_format.line_spacing = Pt(2)
    _bottom_rule(paragraph)
    return paragraph


# --- header, title, closing -----------------------------------------------------------


def _heading_block(doc) -> None:  # type: ignore[no-untyped-def]
    """The borderless two-column header (40/60), then KẾ HOẠCH and the trích yếu."""
    # wider than the text area, as văn thư templates do, so school names rarely wrap
    table = _borderless_table(doc, [7.8, 9.8])
    _indent_table(table, -1.0)
    left, right = table.rows[0].cells
    _all_caps(_cell_paragraph(left, "{{ governing_body }}", size=12))
    name = _paragraph(
        left, "{{ school_name }}", size=12, bold=True, align=CENTER, indent=0, after=0
    )
    _all_caps(name)
    _rule_paragraph(left, 2.6, 2.6)
    number = _paragraph(left, "{{ number_line }}", size=13, align=CENTER, indent=0, after=0)
    number.paragraph_format.space_before = Pt(8)
    _cell_paragraph(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=12, bold=True)
    motto = _paragraph(
        right, "Độc lập - Tự do - Hạnh phúc", size=13, bold=True, align=CENTER, indent=0, after=0
    )
    # the rule is the motto's own bottom border, its indents sized to the 13 pt text
    motto.paragraph_format.left_indent = motto.paragraph_format.right_indent = Cm(1.85)
    _bottom_rule(motto)
    _date_line(right)
    title = _paragraph(doc, "KẾ HOẠCH", bold=True, align=CENTER, indent=0, after=0)
    title.paragraph_format.space_before = Pt(18)
    _paragraph(doc, "{{ subject }}", bold=True, align=CENTER, indent=0, after=0)
    _rule_paragraph(doc, 6.0, 6.0).paragraph_format.space_after = Pt(12)


def _date_line(cell) -> None:  # type: ignore[no-untyped-def]
    """The italic place-and-date line: 14 pt, or 13 pt when a long place would wrap it.

    Both sizes are within Nghị định 30's 13–14; the switch is a Jinja test in
    the template, so a school's copy of it keeps the behaviour.
    """
    _plain(cell, "{%p if date_line|length <= " + str(DATE_LINE_FITS) + " %}")
    for size, tag in ((BODY_PT, "{%p else %}"), (13, "{%p endif %}")):
        date = _paragraph(
            cell, "{{ date_line }}", size=size, italic=True, align=CENTER, indent=0, after=0
        )
        date.paragraph_format.space_before = Pt(8)
        _plain(cell, tag)


def _closing(doc) -> None:  # type: ignore[no-untyped-def]
    """Nơi nhận (bold italic 12, list 11) beside the signature block, borderless."""
    table = _borderless_table(doc, [7.6, 8.4])
    left, right = table.rows[0].cells
    label = _cell_paragraph(left, "Nơi nhận:", size=12, bold=True, italic=True, align=LEFT)
    label.paragraph_format.space_before = Pt(12)
    _plain(left, "{%p for x in recipients %}")
    _paragraph(left, "{{ x }}", size=11, align=LEFT, indent=0, after=0)
    _plain(left, "{%p endfor %}")
    _keep_together(table.rows[0])
    title = _cell_paragraph(right, "{{ signer_title }}", bold=True)
    title.paragraph_format.space_before = Pt(12)
    for _ in range(4):
        _paragraph(right, "", indent=0, after=6)
    _paragraph(right, "{{ signer_name }}", bold=True, align=CENTER, indent=0)


def _cell_paragraph(cell, text: str, **style):  # type: ignore[no-untyped-def]
    """Write the first (existing) paragraph of a cell; centred, no indent, unless told."""
    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(text)
    run.font.size = Pt(style.get("size", BODY_PT))
    run.font.bold = style.get("bold") or None
    run.font.italic = style.get("italic") or None
    paragraph.alignment = style.get("align", CENTER)
    paragraph.paragraph_format.first_line_indent = Cm(0)
    paragraph.paragraph_format.space_after = Pt(style.get("after", 0))
    return paragraph


# --- tables ---------------------------------------------------------------------------


def _borderless_table(doc, widths: list[float]):  # type: ignore[no-untyped-def]
    table = doc.add_table(rows=1, cols=len(widths))
    table.autofit = False
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    _insert(table._tbl.tblPr, borders, TBLPR_ORDER)
    _widths(table, widths)
    return table


def _indent_table(table, cm: float) -> None:  # type: ignore[no-untyped-def]
    """Shift a table from the left margin (negative: into the margin)."""
    indent = OxmlElement("w:tblInd")
    indent.set(qn("w:w"), str(round(cm * 567)))
    indent.set(qn("w:type"), "dxa")
    _insert(table._tbl.tblPr, indent, TBLPR_ORDER)


def _grid_table(doc, widths: list[float], rows: int):  # type: ignore[no-untyped-def]
    table = doc.add_table(rows=rows, cols=len(widths))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _widths(table, widths)
    return table


def _widths(table, widths: list[float]) -> None:  # type: ignore[no-untyped-def]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)


def _keep_together(row) -> None:  # type: ignore[no-untyped-def]
    """Keep a row on one page (the signature block never splits from its name)."""
    flag = OxmlElement("w:cantSplit")
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


def _repeat_header(row) -> None:  # type: ignore[no-untyped-def]
    """Mark a row as a header row, repeated at the top of every page the table spans."""
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


def _fill(row, texts: list[str], bold: bool = False, align=LEFT) -> None:  # type: ignore[no-untyped-def]
    for cell, text in zip(row.cells, texts, strict=True):
        _cell_paragraph(cell, text, size=TABLE_PT, bold=bold, align=align)


def _header_row(table, index: int, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    row = table.rows[index]
    _fill(row, names, bold=True, align=CENTER)
    for cell in row.cells:
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    _repeat_header(row)


def _tag_row(table, index: int, tag: str) -> None:  # type: ignore[no-untyped-def]
    """A row holding only a ``{%tr %}`` tag: docxtpl replaces the whole row with it."""
    _cell_paragraph(table.rows[index].cells[0], tag, size=TABLE_PT)


def _merged_row(table, index: int, first: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Merge cells ``first``…end of a row and write ``text`` in bold there."""
    row = table.rows[index]
    cell = row.cells[first].merge(row.cells[-1])
    paragraph = _cell_paragraph(cell, text, size=TABLE_PT, bold=True, align=LEFT)
    # a part or standard heading row never ends a page alone
    paragraph.paragraph_format.keep_with_next = True


def _simple_table(doc, columns, cells: list[str], loop: str) -> None:  # type: ignore[no-untyped-def]
    """A header row and one looped row (problems, monitoring)."""
    table = _grid_table(doc, [w for _, w in columns], 4)
    _header_row(table, 0, [name for name, _ in columns])
    _tag_row(table, 1, "{%tr for " + loop + " %}")
    _fill(table.rows[2], cells)
    if columns[0][0] == "TT":
        _cell_paragraph_center(table.rows[2].cells[0])
    _tag_row(table, 3, "{%tr endfor %}")
    _plain(doc, "")


def _table_2018(doc, split: bool) -> None:  # type: ignore[no-untyped-def]
    """The 9-column table; with ``split`` the time column becomes Bắt đầu / Kết thúc."""
    columns = list(COLUMNS_2018)
    cells = list(CELLS_2018)
    if split:
        columns[1] = (columns[1][0], 3.8)
        columns[3] = (columns[3][0], 4.6)
        columns[7] = (columns[7][0], 2.0)
        columns[5:6] = [("Bắt đầu", 2.0), ("Kết thúc", 2.0)]
        cells[5:6] = ["{{ r.time_start }}", "{{ r.time_end }}"]
    top = 2 if split else 1
    table = _grid_table(doc, [w for _, w in columns], top + 8)
    _header_row(table, 0, [name for name, _ in columns])
    if split:
        _split_header(table)
    _loop_rows(table, top, cells, first_merged=1)


def _split_header(table) -> None:  # type: ignore[no-untyped-def]
    """Two header rows: the time heading over Bắt đầu / Kết thúc, the others merged down."""
    top, sub = table.rows[0], table.rows[1]
    names = [c.text for c in top.cells]
    _fill(sub, names, bold=True, align=CENTER)
    _repeat_header(sub)
    for cell in top.cells:
        cell.paragraphs[0].runs[0].text = ""
    for index in (0, 1, 2, 3, 4, 7, 8, 9):
        sub.cells[index].paragraphs[0].runs[0].text = ""
        merged = top.cells[index].merge(sub.cells[index])
        merged.paragraphs[0].runs[0].text = names[index]
    time = top.cells[5].merge(top.cells[6])
    time.paragraphs[0].runs[0].text = "Thời gian thực hiện và hoàn thành"


def _loop_rows(table, top: int, cells: list[str], first_merged: int) -> None:  # type: ignore[no-untyped-def]
    """Rows ``top``…: the for/if tags, the item row, the standard row, the part row."""
    _tag_row(table, top, "{%tr for r in rows %}")
    _tag_row(table, top + 1, '{%tr if r.kind == "item" %}')
    _fill(table.rows[top + 2], cells)
    _cell_paragraph_center(table.rows[top + 2].cells[0])
    _tag_row(table, top + 3, '{%tr elif r.kind == "standard" %}')
    _merged_row(table, top + 4, first_merged, "{{ r.text }}")
    _tag_row(table, top + 5, "{%tr else %}")
    _merged_row(table, top + 6, 0, "{{ r.text }}")
    _tag_row(table, top + 7, "{%tr endif %}")
    table.add_row()
    _tag_row(table, top + 8, "{%tr endfor %}")


def _cell_paragraph_center(cell) -> None:  # type: ignore[no-untyped-def]
    cell.paragraphs[0].alignment = CENTER


def _table_2026(doc) -> None:  # type: ignore[no-untyped-def]
    """The 10-column table V with the column-number row (1)…(10), both rows repeated."""
    table = _grid_table(doc, [w for _, w in COLUMNS_2026], 2 + 8)
    _header_row(table, 0, [name for name, _ in COLUMNS_2026])
    _header_row(table, 1, [f"({n})" for n in range(1, 11)])
    for cell in table.rows[1].cells:
        cell.paragraphs[0].runs[0].font.bold = False
        cell.paragraphs[0].runs[0].font.italic = True
    _loop_rows(table, 2, CELLS_2026, first_merged=0)
    _plain(doc, "")


if __name__ == "__main__":
    main()
