"""Write the mangled samples: plans as schools' Word files carry them after years of copying.

Run from the repository root (deterministic)::

    .venv/bin/python tests/samples/generate_mangled.py

Each sample is an existing sample's plan (so its truth is exact and already
checked) written by that sample's writer, then damaged the way real files are:
the plan table split into several tables (per standard, or cut by an empty or a
page-break paragraph, header repeated or not); a "Tổng cộng" row, empty rows,
the heading row and the "(1) (2) …" row pasted again in the middle; tracked
changes left in (insertions, deletions, a deleted row) and comments; content
controls around cells and around the table; a "Bắt đầu | Kết thúc" table nested
in the time cell; a stamp text box ("ĐÃ KÝ") in a cell and beside the table; the
school's name in the page header, a footer and footnotes; cells written with
Shift+Enter line breaks; the criterion code alone in bold above its title.
None of the damage changes what the plan says: the truth is the source's.

No PDF of these is kept: printed by LibreOffice none reads at 0.98 yet (see
``docs/formats/docx.md``, "Plans as schools mangle them").
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import generate_docx
import generate_variants
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from generate_docx import save_deterministic, truth
from generate_docx_plans import GDTX_2026, MAM_NON_2026_LISTS, NHIEU_CAP_NO_TT, TIEU_HOC_TABS
from generate_variants_plans import THCS_2018_PLAIN, THPT_2026_REWORDED

from caitien.plan import dumps_plan

SAMPLES = Path(__file__).resolve().parent
W = nsdecls("w")
Accident = Callable[[Any, Any], None]


# Finding things in the plan table ---------------------------------------------------------


def plan_table(document: Any) -> Any:
    """The plan table: the longest table whose heading names a time column."""
    tables = [t for t in document.tables if "Thời gian" in _text(t._tbl.tr_lst[0])]
    return max(tables, key=lambda table: len(table._tbl.tr_lst))._tbl


def _text(element: Any) -> str:
    return "".join(node.text or "" for node in element.iter(qn("w:t")))


def _header_count(tbl: Any) -> int:
    """Rows of headings above the first part, standard or item row (those starting a group)."""
    for index, tr in enumerate(tbl.tr_lst):
        words = _text(tr)
        if (
            words.startswith(("MỨC", "Mức", "Tiêu chuẩn", "TIÊU CHUẨN"))
            or _text(tr.tc_lst[0]).isdigit()
        ):
            return index
    raise ValueError("no body row")


def _is_standard(tr: Any) -> bool:
    return _text(tr).startswith(("Tiêu chuẩn", "TIÊU CHUẨN"))


def _items(tbl: Any) -> list[Any]:
    """The item rows: rows below the headings with more than two cells holding text."""
    rows = tbl.tr_lst[_header_count(tbl) :]
    return [tr for tr in rows if sum(1 for tc in tr.tc_lst if _text(tc)) > 2]


def _column(tbl: Any, word: str) -> int:
    """The grid column of the first heading cell holding ``word`` (any case)."""
    column = 0
    for tc in tbl.tr_lst[0].tc_lst:
        if word.lower() in _text(tc).lower():
            return column
        column += tc.grid_span
    raise ValueError(word)


def _cell(tr: Any, column: int) -> Any:
    """The cell of ``tr`` at grid ``column``."""
    at = 0
    for tc in tr.tc_lst:
        if at <= column < at + tc.grid_span:
            return tc
        at += tc.grid_span
    raise ValueError(column)


def _blank(tr: Any) -> Any:
    """A copy of ``tr`` with every paragraph emptied and no repeated-header mark."""
    row = copy.deepcopy(tr)
    for header in row.iter(qn("w:tblHeader")):
        header.getparent().remove(header)
    for tc in row.tc_lst:
        paragraphs = tc.findall(qn("w:p"))
        for extra in paragraphs[1:]:
            tc.remove(extra)
        for run in paragraphs[0].findall(qn("w:r")):
            paragraphs[0].remove(run)
    return row


def _write(tc: Any, text: str, bold: bool = False) -> None:
    bold_xml = "<w:rPr><w:b/></w:rPr>" if bold else ""
    tc.findall(qn("w:p"))[0].append(parse_xml(f"<w:r {W}>{bold_xml}<w:t>{text}</w:t></w:r>"))


# Table accidents ----------------------------------------------------------------------------


def split_per_standard(repeat: bool, separator: str) -> Accident:
    """Cut the table before each standard row after the first into a new table."""

    def apply(document: Any, tbl: Any) -> None:
        cuts = [tr for tr in tbl.tr_lst if _is_standard(tr)][1:]
        _split(tbl, cuts, repeat, separator)

    return apply


def split_at_items(positions: tuple[int, ...], repeat: bool, separator: str) -> Accident:
    """Cut the table before the item rows at ``positions`` (someone pressed Enter there)."""

    def apply(document: Any, tbl: Any) -> None:
        items = _items(tbl)
        _split(tbl, [items[position] for position in positions], repeat, separator)

    return apply


def _split(tbl: Any, cuts: list[Any], repeat: bool, separator: str) -> None:
    headers = tbl.tr_lst[: _header_count(tbl)]
    rows = tbl.tr_lst
    anchor = tbl
    for index, cut in enumerate(cuts):
        end = cuts[index + 1] if index + 1 < len(cuts) else None
        piece = rows[rows.index(cut) : rows.index(end) if end is not None else len(rows)]
        new = copy.deepcopy(tbl)
        for tr in new.tr_lst:
            new.remove(tr)
        if repeat:
            for header in headers:
                new.append(copy.deepcopy(header))
        for tr in piece:
            new.append(tr)  # moved out of the first table
        anchor = _insert_after(anchor, _separator(separator))
        anchor = _insert_after(anchor, new)


def _insert_after(element: Any, new: Any) -> Any:
    element.addnext(new)
    return new


def _separator(kind: str) -> Any:
    if kind == "page_break":
        return parse_xml(f'<w:p {W}><w:r><w:br w:type="page"/></w:r></w:p>')
    if kind == "text":
        return parse_xml(f"<w:p {W}><w:r><w:t>(tiếp theo)</w:t></w:r></w:p>")
    return parse_xml(f"<w:p {W}/>")


def total_row(label: str, amount: str, merged: bool) -> Accident:
    """Append a total row: ``label`` (merged over the cells before the budget) and ``amount``."""

    def apply(document: Any, tbl: Any) -> None:
        row = _blank(_items(tbl)[-1])
        heading = _text(tbl.tr_lst[0]).lower()
        budget = _column(tbl, "nguồn lực bảo đảm" if "nguồn lực bảo đảm" in heading else "kinh phí")
        cells = row.tc_lst
        if merged:
            for tc in cells[1:budget]:
                row.remove(tc)
            span = parse_xml(f'<w:gridSpan {W} w:val="{budget}"/>')
            cells[0].get_or_add_tcPr().append(span)
            _write(cells[0], label, bold=True)
        else:
            _write(cells[1], label, bold=True)
        _write(row.tc_lst[1] if merged else _cell(row, budget), amount, bold=True)
        _last_table(tbl).append(row)

    return apply


def _last_table(tbl: Any) -> Any:
    """The last piece of a split table (the table itself when it was not split)."""
    last = tbl
    for sibling in tbl.itersiblings():
        if sibling.tag == qn("w:tbl"):
            last = sibling
        elif sibling.tag == qn("w:p") and _text(sibling).strip():
            break
    return last


def empty_rows(after_items: tuple[int, ...]) -> Accident:
    """Insert an empty row after each item row at ``after_items``."""

    def apply(document: Any, tbl: Any) -> None:
        items = _items(tbl)
        for position in after_items:
            items[position].addnext(_blank(items[position]))

    return apply


def pasted_heading(after_item: int, with_numbers: bool) -> Accident:
    """Paste the heading row(s) again after an item row, as when last year's rows were pasted."""

    def apply(document: Any, tbl: Any) -> None:
        at = _items(tbl)[after_item]
        for header in reversed(tbl.tr_lst[: _header_count(tbl)]):
            pasted = copy.deepcopy(header)
            for mark in pasted.iter(qn("w:tblHeader")):
                mark.getparent().remove(mark)
            at.addnext(pasted)
        if with_numbers:
            numbers = _blank(at)
            for index, tc in enumerate(numbers.tc_lst, start=1):
                _write(tc, f"({index})")
            at.addnext(numbers)

    return apply


def number_row(after_item: int) -> Accident:
    """A lone "(1) (2) …" row between two item rows."""

    def apply(document: Any, tbl: Any) -> None:
        at = _items(tbl)[after_item]
        numbers = _blank(at)
        for index, tc in enumerate(numbers.tc_lst, start=1):
            _write(tc, f"({index})")
        at.addnext(numbers)

    return apply


# Revisions and comments ----------------------------------------------------------------------

REVISION = 'w:id="{id}" w:author="Tổ trưởng" w:date="2025-09-20T08:00:00Z"'


def tracked_changes(columns: tuple[str, ...]) -> Accident:
    """In each item's cells under ``columns``: the last word inserted, a deleted word before it.

    Word shows the text with the insertion and without the deletion, which is the truth.
    """

    def apply(document: Any, tbl: Any) -> None:
        indexes = [_column(tbl, word) for word in columns]
        for number, tr in enumerate(_items(tbl)):
            for index in indexes:
                _revise(_cell(tr, index), 100 + number * 10 + index)

    return apply


def _revise(tc: Any, ident: int) -> None:
    paragraph = tc.findall(qn("w:p"))[-1]
    runs = paragraph.findall(qn("w:r"))
    if not runs:
        return
    text = runs[-1].findtext(qn("w:t")) or ""
    head, _, last = text.rpartition(" ")
    if not head:
        return
    runs[-1].find(qn("w:t")).text = head + " "
    runs[-1].find(qn("w:t")).set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    deleted = parse_xml(
        f"<w:del {W} {REVISION.format(id=ident)}><w:r><w:delText>năm học trước </w:delText>"
        "</w:r></w:del>"
    )
    inserted = parse_xml(
        f"<w:ins {W} {REVISION.format(id=ident + 1)}><w:r><w:t>{last}</w:t></w:r></w:ins>"
    )
    runs[-1].addnext(deleted)
    deleted.addnext(inserted)


def deleted_row(after_item: int) -> Accident:
    """Last year's row deleted with Track Changes on: still in the file, not on the page."""

    def apply(document: Any, tbl: Any) -> None:
        at = _items(tbl)[after_item]
        row = copy.deepcopy(at)
        row.get_or_add_trPr().append(parse_xml(f"<w:del {W} {REVISION.format(id=900)}/>"))
        for number, run in enumerate(row.iter(qn("w:r"))):
            for t in run.findall(qn("w:t")):
                t.tag = qn("w:delText")
            wrapper = parse_xml(f"<w:del {W} {REVISION.format(id=901 + number)}/>")
            run.addprevious(wrapper)
            wrapper.append(run)
        at.addnext(row)

    return apply


def comments(columns: tuple[str, ...]) -> Accident:
    """A reviewer's comment on the first run of each item's cell under each of ``columns``."""

    def apply(document: Any, tbl: Any) -> None:
        from docx.text.run import Run

        for word in columns:
            index = _column(tbl, word)
            for tr in _items(tbl)[::2]:
                runs = _cell(tr, index).findall(f"{qn('w:p')}/{qn('w:r')}")
                if runs:
                    document.add_comment(
                        Run(runs[0], None), text="Đề nghị ghi rõ số liệu.", author="Phó hiệu trưởng"
                    )

    return apply


# Content controls, nested tables, text boxes ------------------------------------------------


def controls(columns: tuple[str, ...], whole_table: bool) -> Accident:
    """Wrap each item's cells under ``columns`` in a content control; the table too if asked."""

    def apply(document: Any, tbl: Any) -> None:
        indexes = [_column(tbl, word) for word in columns]
        for tr in _items(tbl):
            for tc in [_cell(tr, index) for index in indexes]:
                _wrap(tc, "Ô nhập liệu")
            first = tr.findall(f"{qn('w:tc')}/{qn('w:p')}/{qn('w:r')}")
            if first:
                _wrap(first[0], "Số thứ tự")  # a run-level control inside a cell too
        if whole_table:
            _wrap(tbl, "Bảng kế hoạch")

    return apply


def _wrap(element: Any, alias: str) -> None:
    sdt = parse_xml(
        f'<w:sdt {W}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="kh"/></w:sdtPr>'
        "<w:sdtContent/></w:sdt>"
    )
    element.addprevious(sdt)
    sdt[1].append(element)


def nested_time(document: Any, tbl: Any) -> None:
    """Replace each time cell "A - B" by a small table "Bắt đầu | Kết thúc" / "A | B"."""
    index = _column(tbl, "Thời gian")
    for tr in _items(tbl):
        tc = _cell(tr, index)
        start, _, end = _text(tc).partition(" - ")
        if not end:
            continue
        for paragraph in tc.findall(qn("w:p")):
            tc.remove(paragraph)
        tc.append(_small_table([["Bắt đầu", "Kết thúc"], [start, end]]))
        tc.append(parse_xml(f"<w:p {W}/>"))  # a cell must end with a paragraph


def _small_table(rows: list[list[str]]) -> Any:
    body = "".join(
        "<w:tr>"
        + "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="900" w:type="dxa"/></w:tcPr>'
            f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"
            for text in row
        )
        + "</w:tr>"
        for row in rows
    )
    return parse_xml(
        f'<w:tbl {W}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
        f'</w:tblPr><w:tblGrid><w:gridCol w:w="900"/><w:gridCol w:w="900"/></w:tblGrid>{body}'
        "</w:tbl>"
    )


STAMP = (
    '<w:r {w}><mc:AlternateContent {mc}><mc:Choice Requires="wps"><w:drawing>'
    '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="3" '
    'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" {wp}>'
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>{x}'
    '</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0'
    '</wp:posOffset></wp:positionV><wp:extent cx="1080000" cy="360000"/><wp:effectExtent l="0" '
    't="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="{id}" name="Dấu {id}"/><wp:cNvGraphicFramePr/>'
    '<a:graphic {a}><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
    'wordprocessingShape"><wps:wsp {wps}><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" '
    'y="0"/><a:ext cx="1080000" cy="360000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
    '</a:prstGeom><a:noFill/><a:ln><a:solidFill><a:srgbClr val="C00000"/></a:solidFill></a:ln>'
    '</wps:spPr><wps:txbx><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>'
    '<w:rPr><w:b/><w:color w:val="C00000"/></w:rPr><w:t>{text}</w:t></w:r></w:p></w:txbxContent>'
    '</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" '
    'anchor="ctr"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
    '</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape {v} style="position:absolute;'
    'width:85pt;height:28pt" stroked="t"><v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t>'
    "</w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
    "</mc:AlternateContent></w:r>"
)
NAMESPACES = {
    "w": W,
    "mc": 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
    "wp": 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
    "a": 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
    "wps": 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
    "v": 'xmlns:v="urn:schemas-microsoft-com:vml"',
}


def stamps(in_cell_item: int) -> Accident:
    """A "ĐÃ KÝ" stamp floating in an item's last cell, and a "ĐÃ DUYỆT" one under the table."""

    def apply(document: Any, tbl: Any) -> None:
        cell = _items(tbl)[in_cell_item].tc_lst[-1]
        cell.findall(qn("w:p"))[-1].append(_stamp("ĐÃ KÝ", 7001, 0))
        below = parse_xml(f"<w:p {W}/>")
        below.append(_stamp("ĐÃ DUYỆT", 7002, 5400000))
        _last_table(tbl).addnext(below)

    return apply


def _stamp(text: str, ident: int, x: int) -> Any:
    return parse_xml(STAMP.format(text=text, id=ident, x=x, **NAMESPACES))


# Cell text ------------------------------------------------------------------------------------


def line_breaks(columns: tuple[str, ...]) -> Accident:
    """Cells of several paragraphs rewritten as one paragraph with Shift+Enter breaks."""

    def apply(document: Any, tbl: Any) -> None:
        for word in columns:
            index = _column(tbl, word)
            for tr in _items(tbl):
                _join_paragraphs(_cell(tr, index))

    return apply


def _join_paragraphs(tc: Any) -> None:
    paragraphs = tc.findall(qn("w:p"))
    for paragraph in paragraphs[1:]:
        paragraphs[0].append(parse_xml(f"<w:r {W}><w:br/></w:r>"))
        for run in paragraph.findall(qn("w:r")):
            paragraphs[0].append(run)
        tc.remove(paragraph)


def bold_code_apart(document: Any, tbl: Any) -> None:
    """Criterion cells "Tiêu chí 1.4: title" rewritten as a bold code paragraph, then the title."""
    index = _column(tbl, "Tiêu chí")
    for tr in _items(tbl):
        tc = _cell(tr, index)
        code, colon, rest = _text(tc).partition(": ")
        if not colon or not code.startswith("Tiêu chí"):
            continue
        paragraph = tc.findall(qn("w:p"))[0]
        for run in paragraph.findall(qn("w:r")):
            paragraph.remove(run)
        paragraph.append(parse_xml(f"<w:r {W}><w:rPr><w:b/></w:rPr><w:t>{code}</w:t></w:r>"))
        paragraph.addnext(parse_xml(f"<w:p {W}><w:r><w:t>{rest}</w:t></w:r></w:p>"))


# Header, footer, footnotes -------------------------------------------------------------------


def page_frame(description: dict[str, Any]) -> Accident:
    """The school's name in every page header; a footer with the plan's number and the page."""

    def apply(document: Any, tbl: Any) -> None:
        layout = description["_layout"]
        for section in document.sections:
            section.header.is_linked_to_previous = False
            section.header.paragraphs[0].text = layout["school_caps"]
            section.footer.is_linked_to_previous = False
            footer = section.footer.paragraphs[0]
            footer.text = f"{layout['number_line']} - Trang "
            footer._p.append(
                parse_xml(
                    f'<w:fldSimple {W} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
                )
            )

    return apply


FOOTNOTES = (
    "<w:footnotes {w}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote>{notes}</w:footnotes>"
)


def footnotes(texts: tuple[str, ...]) -> Accident:
    """Footnotes on the first item's target cell and on the paragraph above the table."""

    def apply(document: Any, tbl: Any) -> None:
        notes = "".join(
            f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p>'
            "</w:footnote>"
            for n, text in enumerate(texts, start=1)
        )
        blob = FOOTNOTES.format(w=W, notes=notes).encode("utf-8")
        content_type = (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
        )
        part = Part(PackURI("/word/footnotes.xml"), content_type, blob, document.part.package)
        document.part.relate_to(part, RT.FOOTNOTES)
        target = _cell(
            _items(tbl)[0],
            _column(tbl, "Kết quả" if "Kết quả" in _text(tbl.tr_lst[0]) else "Mục tiêu"),
        ).findall(qn("w:p"))[-1]
        above = tbl.getprevious()
        for paragraph, number in ((above, 1), (target, 2)):
            paragraph.append(
                parse_xml(
                    f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{number}"/></w:r>'
                )
            )

    return apply


# The samples ----------------------------------------------------------------------------------

SAMPLES_SPEC: dict[str, tuple[dict[str, Any], Callable[[dict[str, Any]], Any], list[Accident]]] = {
    "tieu-hoc-2018-split-per-standard": (
        TIEU_HOC_TABS,
        generate_docx.write_2018,
        [
            total_row("Tổng cộng", "27.000.000", merged=True),
            line_breaks(("giải pháp",)),
            split_per_standard(repeat=True, separator="empty"),
            page_frame(TIEU_HOC_TABS),
            footnotes(("Theo báo cáo tự đánh giá năm 2025.", "Số liệu tháng 9/2025.")),
        ],
    ),
    "thcs-2018-pasted-rows": (
        THCS_2018_PLAIN,
        generate_variants.write_2018,
        [
            line_breaks(("Biện pháp",)),
            empty_rows((0, 2)),
            pasted_heading(1, with_numbers=True),
            number_row(3),
            total_row("Tổng kinh phí", "Tổng: 41.500.000 đồng", merged=False),
            split_at_items((2,), repeat=False, separator="page_break"),
        ],
    ),
    "nhieu-cap-2018-tracked-changes": (
        NHIEU_CAP_NO_TT,
        generate_docx.write_2018,
        [
            tracked_changes(("Kết quả", "Chủ trì")),
            deleted_row(1),
            comments(("giải pháp", "kinh phí")),
            bold_code_apart,
            page_frame(NHIEU_CAP_NO_TT),
        ],
    ),
    "gdtx-2026-content-controls": (
        GDTX_2026,
        generate_docx.write_2026,
        [
            stamps(1),
            total_row("Tổng kinh phí", "36.500.000 đồng", merged=True),
            controls(("Mục tiêu", "Nguồn lực"), whole_table=True),
        ],
    ),
    "mam-non-2026-nested-time": (
        MAM_NON_2026_LISTS,
        generate_docx.write_2026,
        [
            nested_time,
            line_breaks(("Hoạt động",)),
            page_frame(MAM_NON_2026_LISTS),
            empty_rows((1,)),
        ],
    ),
    "thpt-2026-split-pasted": (
        THPT_2026_REWORDED,
        generate_variants.write_2026,
        [
            pasted_heading(0, with_numbers=False),
            number_row(2),
            tracked_changes(("Chỉ số",)),
            split_at_items((1, 3), repeat=True, separator="text"),
            total_row("Tổng cộng", "Tổng: 52.000.000 đồng", merged=False),
        ],
    ),
}


def write(name: str) -> Path:
    """Write the sample ``name`` and its truth; return the .docx path."""
    description, writer, accidents = SAMPLES_SPEC[name]
    document = writer(description)
    tbl = plan_table(document)
    for accident in accidents:
        accident(document, tbl)
    path = SAMPLES / "docx" / f"{name}.docx"
    save_deterministic(document, path)
    (path.parent / f"{name}.plan.json").write_text(dumps_plan(truth(description)), "utf-8")
    return path


def main() -> None:
    """Write every mangled .docx with its truth."""
    for name in SAMPLES_SPEC:
        write(name)
        sys.stdout.write(f"wrote docx/{name}.docx\n")


if __name__ == "__main__":
    main()
