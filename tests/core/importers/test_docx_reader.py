"""The DOCX reader's raw structure on small Word documents built in each test.

Covers: grid columns and spans of merged cells (gridSpan, vMerge, gridBefore,
legacy hMerge), repeated header rows, borderless tables, nested and frame
tables, tabs, soft line breaks, fields, hyperlinks, tracked changes, hidden
text, text boxes, automatic numbering and bullets, bold/italic/centred
paragraphs, and the Reader protocol (scores judged by bytes, not names).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml

from caitien.errors import DocumentError
from caitien.importers import HEAD_BYTES, ImportContext, import_plan
from caitien.importers._document import Paragraph, RawDocument, Table
from caitien.importers.word import DocxReader
from caitien.importers.word._body import BodyWalker
from caitien.importers.word._numbering import format_number

ROOT = Path(__file__).resolve().parents[3]

NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


def _body_docx(tmp_path: Path, xml: str, name: str = "doc.docx") -> Path:
    """A real .docx (python-docx's default template) whose body is ``xml``."""
    document = docx.Document()
    body = document.element.body
    section = body[-1]
    for child in list(body)[:-1]:
        body.remove(child)
    for child in list(parse_xml(f"<w:body {NAMESPACES}>{xml}</w:body>")):
        section.addprevious(child)
    path = tmp_path / name
    document.save(str(path))
    return path


def _read(path: Path) -> RawDocument:
    return DocxReader().extract(path, ImportContext())


def _p(text: str, ppr: str = "", rpr: str = "") -> str:
    return f"<w:p>{ppr}<w:r>{rpr}<w:t xml:space='preserve'>{text}</w:t></w:r></w:p>"


def _tc(text: str, tcpr: str = "") -> str:
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{_p(text) if text else '<w:p/>'}</w:tc>"


def _table(rows: str, columns: int, tblpr: str = "") -> str:
    grid = "".join("<w:gridCol w:w='1000'/>" for _ in range(columns))
    return f"<w:tbl><w:tblPr>{tblpr}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>"


def _only_table(raw: RawDocument) -> Table:
    tables = [block for block in raw.blocks if isinstance(block, Table)]
    assert len(tables) == 1
    return tables[0]


def _texts(raw: RawDocument) -> list[str]:
    return [block.text for block in raw.blocks if isinstance(block, Paragraph)]


def _layout(table: Table) -> list[list[tuple[int, int, bool, str]]]:
    return [
        [(cell.column, cell.span, cell.continued, cell.text) for cell in row.cells]
        for row in table.rows
    ]


def test_it_places_merged_cells_on_the_grid(tmp_path: Path) -> None:
    rows = (
        "<w:tr>"
        + _tc("Thời gian", "<w:gridSpan w:val='2'/>")
        + _tc("Chủ trì", "<w:vMerge w:val='restart'/>")
        + _tc("Kinh phí")
        + "</w:tr><w:tr>"
        + _tc("Bắt đầu")
        + _tc("Kết thúc")
        + _tc("", "<w:vMerge/>")
        + _tc("5.000.000")
        + "</w:tr><w:tr>"
        + _tc("Tiêu chuẩn 2: Cán bộ quản lý", "<w:gridSpan w:val='4'/>")
        + "</w:tr>"
    )
    table = _only_table(_read(_body_docx(tmp_path, _table(rows, 4))))
    assert table.columns == 4
    assert _layout(table) == [
        [(0, 2, False, "Thời gian"), (2, 1, False, "Chủ trì"), (3, 1, False, "Kinh phí")],
        [
            (0, 1, False, "Bắt đầu"),
            (1, 1, False, "Kết thúc"),
            (2, 1, True, ""),
            (3, 1, False, "5.000.000"),
        ],
        [(0, 4, False, "Tiêu chuẩn 2: Cán bộ quản lý")],
    ]


def test_it_skips_grid_columns_before_a_row_and_folds_legacy_horizontal_merges(
    tmp_path: Path,
) -> None:
    rows = (
        "<w:tr><w:trPr><w:gridBefore w:val='1'/></w:trPr>"
        + _tc("b")
        + _tc("c")
        + "</w:tr><w:tr>"
        + _tc("a", "<w:hMerge w:val='restart'/>")
        + _tc("", "<w:hMerge/>")
        + _tc("c")
        + "</w:tr>"
    )
    table = _only_table(_read(_body_docx(tmp_path, _table(rows, 3))))
    assert _layout(table) == [
        [(1, 1, False, "b"), (2, 1, False, "c")],
        [(0, 2, False, "a"), (2, 1, False, "c")],
    ]


def test_it_counts_columns_from_the_widest_row_when_the_grid_is_short(tmp_path: Path) -> None:
    rows = "<w:tr>" + _tc("1") + _tc("2") + _tc("3") + "</w:tr>"
    assert _only_table(_read(_body_docx(tmp_path, _table(rows, 1)))).columns == 3


def test_it_flags_header_rows_repeated_on_each_page(tmp_path: Path) -> None:
    rows = (
        "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + _tc("TT") + "</w:tr>"
        "<w:tr><w:trPr><w:tblHeader w:val='false'/></w:trPr>" + _tc("(1)") + "</w:tr>"
        "<w:tr>" + _tc("1") + "</w:tr>"
    )
    table = _only_table(_read(_body_docx(tmp_path, _table(rows, 1))))
    assert [row.repeated_header for row in table.rows] == [True, False, False]


@pytest.mark.parametrize(
    ("tblpr", "tcpr", "bordered"),
    [
        (
            "<w:tblBorders><w:top w:val='nil'/><w:insideV w:val='none'/></w:tblBorders>",
            "",
            False,
        ),
        ("<w:tblBorders><w:insideH w:val='single'/></w:tblBorders>", "", True),
        ("<w:tblStyle w:val='TableGrid'/>", "", True),
        ("", "", False),
        ("", "<w:tcBorders><w:top w:val='single' w:sz='4'/></w:tcBorders>", True),
    ],
)
def test_it_tells_borderless_layout_tables_from_ruled_ones(
    tmp_path: Path, tblpr: str, tcpr: str, bordered: bool
) -> None:
    rows = "<w:tr>" + _tc("UBND HUYỆN", tcpr) + _tc("CỘNG HÒA", tcpr) + "</w:tr>"
    table = _only_table(_read(_body_docx(tmp_path, _table(rows, 2, tblpr))))
    assert table.bordered is bordered


def test_it_leaves_the_border_vote_to_whoever_reads_bordered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The mapping never asks: an import must not pay for the vote, nor keep a wrong answer.
    votes: list[bool] = []
    vote = BodyWalker._bordered

    def spy(self: BodyWalker, element: object, cells: int | None) -> bool:
        votes.append(vote(self, element, cells))  # type: ignore[arg-type]
        return votes[-1]

    monkeypatch.setattr(BodyWalker, "_bordered", spy)
    path = ROOT / "tests/samples/docx/libreoffice/thcs-2026-reordered-tables.docx"
    import_plan(path, ImportContext())
    assert votes == []
    tables = [block for block in _read(path).blocks if isinstance(block, Table)]
    assert votes == []
    assert [table.bordered for table in tables] == votes
    assert True in votes and False in votes  # ruled plan tables, borderless header


def test_it_keeps_a_cells_paragraphs_apart(tmp_path: Path) -> None:
    cell = "<w:tc>" + _p("Tiêu chí 2.2") + _p("Đối với giáo viên") + _p("+ Bồi dưỡng") + "</w:tc>"
    table = _only_table(_read(_body_docx(tmp_path, _table(f"<w:tr>{cell}</w:tr>", 1))))
    assert table.rows[0].cells[0].paragraphs == [
        "Tiêu chí 2.2",
        "Đối với giáo viên",
        "+ Bồi dưỡng",
    ]


def test_it_flattens_a_table_nested_in_a_cell_row_by_row(tmp_path: Path) -> None:
    inner = _table("<w:tr>" + _tc("a") + _tc("b") + "</w:tr><w:tr>" + _tc("c") + "</w:tr>", 2)
    outer = "<w:tr>" + _tc("trước") + "<w:tc>" + _p("x") + inner + "<w:p/></w:tc></w:tr>"
    table = _only_table(_read(_body_docx(tmp_path, _table(outer, 2))))
    assert table.rows[0].cells[1].paragraphs == ["x", "a", "b", "c"]


@pytest.mark.parametrize(
    ("labels", "dates", "paragraphs"),
    [
        (("Bắt đầu", "Kết thúc"), ("9/2026", "5/2027"), ["9/2026 - 5/2027"]),
        (("Từ ngày", "Đến ngày"), ("05/9/2026", ""), ["05/9/2026"]),
        (("Năm", "Quý"), ("2026", "I"), ["Năm", "Quý", "2026", "I"]),
    ],
)
def test_it_reads_a_start_end_table_nested_in_a_cell_as_one_time_line(
    tmp_path: Path, labels: tuple[str, str], dates: tuple[str, str], paragraphs: list[str]
) -> None:
    rows = "".join("<w:tr>" + _tc(a) + _tc(b) + "</w:tr>" for a, b in (labels, dates))
    outer = "<w:tr>" + _tc("Tiêu chí 1.1") + "<w:tc>" + _table(rows, 2) + "<w:p/></w:tc></w:tr>"
    table = _only_table(_read(_body_docx(tmp_path, _table(outer, 2))))
    assert table.rows[0].cells[1].paragraphs == paragraphs


def _stamp(anchor: str) -> str:
    box = "<w:txbxContent>" + _p("ĐÃ KÝ") + "</w:txbxContent>"
    return (
        f"<w:r><w:drawing><wp:{anchor}><a:graphic><a:graphicData><wps:wsp><wps:txbx>{box}"
        f"</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:{anchor}></w:drawing></w:r>"
    )


@pytest.mark.parametrize(
    ("shape", "paragraphs"),
    [
        (_stamp("anchor"), ["Không phát sinh"]),
        (_stamp("inline"), ["Không phát sinh", "ĐÃ KÝ"]),
        (
            "<w:r><w:pict><v:shape style='position: absolute; width:85pt'><v:textbox>"
            "<w:txbxContent>"
            + _p("ĐÃ KÝ")
            + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>",
            ["Không phát sinh"],
        ),
    ],
)
def test_it_leaves_a_stamp_floating_over_a_cell_out_of_its_text(
    tmp_path: Path, shape: str, paragraphs: list[str]
) -> None:
    cell = f"<w:tc><w:p><w:r><w:t>Không phát sinh</w:t></w:r>{shape}</w:p></w:tc>"
    table = _only_table(_read(_body_docx(tmp_path, _table(f"<w:tr>{cell}</w:tr>", 1))))
    assert table.rows[0].cells[0].paragraphs == paragraphs


def test_it_unwraps_a_one_cell_frame_around_a_table(tmp_path: Path) -> None:
    inner = _table("<w:tr>" + _tc("TT") + _tc("Tiêu chí") + "</w:tr>", 2)
    frame = _table(f"<w:tr><w:tc>{_p('III. NỘI DUNG')}{inner}<w:p/></w:tc></w:tr>", 1)
    raw = _read(_body_docx(tmp_path, frame))
    assert _texts(raw) == ["III. NỘI DUNG"]
    assert _layout(_only_table(raw)) == [[(0, 1, False, "TT"), (1, 1, False, "Tiêu chí")]]


@pytest.mark.parametrize(
    ("runs", "text"),
    [
        ("<w:r><w:t>UBND HUYỆN A</w:t><w:tab/><w:t>CỘNG HÒA</w:t></w:r>", "UBND HUYỆN A\tCỘNG HÒA"),
        ("<w:r><w:t>dòng 1</w:t><w:br/><w:t>dòng 2</w:t></w:r>", "dòng 1\ndòng 2"),
        ("<w:r><w:t>trang</w:t><w:br w:type='page'/><w:t>mới</w:t></w:r>", "trangmới"),
        ("<w:r><w:tab/><w:t>CỘNG HÒA</w:t><w:br/><w:tab/></w:r>", "\tCỘNG HÒA"),
        ("<w:r><w:t>a</w:t><w:cr/><w:t>b</w:t><w:noBreakHyphen/><w:t>c</w:t></w:r>", "a\nb-c"),
        (
            "<w:hyperlink r:id='rId99'><w:r><w:t>thuvienphapluat.vn</w:t></w:r></w:hyperlink>",
            "thuvienphapluat.vn",
        ),
        (
            "<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
            "<w:r><w:instrText> DATE \\@ dd/MM/yyyy </w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType='separate'/></w:r>"
            "<w:r><w:t>05/9/2024</w:t></w:r><w:r><w:fldChar w:fldCharType='end'/></w:r>",
            "05/9/2024",
        ),
        (
            "<w:fldSimple w:instr=' PAGE '><w:r><w:t>3</w:t></w:r></w:fldSimple>",
            "3",
        ),
        (
            "<w:r><w:t xml:space='preserve'>Giữ </w:t></w:r>"
            "<w:del w:id='1' w:author='x'><w:r><w:delText>bỏ</w:delText></w:r></w:del>"
            "<w:ins w:id='2' w:author='x'><w:r><w:t>vững</w:t></w:r></w:ins>",
            "Giữ vững",
        ),
        ("<w:r><w:t>hiện</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r>", "hiện"),
        (
            "<w:r><w:sym w:font='Symbol' w:char='F02D'/>"
            "<w:t xml:space='preserve'> Rà soát</w:t></w:r>",
            "- Rà soát",
        ),
        ("<w:r><w:sym w:font='Wingdings' w:char='F0D8'/><w:t>x</w:t></w:r>", "•x"),
        (
            "<w:sdt><w:sdtContent><w:r><w:t>điều khiển nội dung</w:t></w:r></w:sdtContent></w:sdt>",
            "điều khiển nội dung",
        ),
    ],
)
def test_it_reads_a_paragraphs_text_as_the_page_shows_it(
    tmp_path: Path, runs: str, text: str
) -> None:
    raw = _read(_body_docx(tmp_path, f"<w:p>{runs}</w:p>"))
    assert _texts(raw) == [text]


def test_it_reads_text_boxes_once_after_their_anchor(tmp_path: Path) -> None:
    box = "<w:txbxContent>" + _p("PHÒNG GD&amp;ĐT") + _p("TRƯỜNG THCS A") + "</w:txbxContent>"
    shape = (
        "<mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wp:anchor><a:graphic>"
        "<a:graphicData><wps:wsp><wps:txbx>" + box + "</wps:txbx></wps:wsp></a:graphicData>"
        "</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
        "<v:textbox>" + box + "</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent>"
    )
    xml = f"<w:p><w:r><w:t>neo</w:t>{shape}</w:r></w:p>" + _p("sau")
    assert _texts(_read(_body_docx(tmp_path, xml))) == [
        "neo",
        "PHÒNG GD&ĐT",
        "TRƯỜNG THCS A",
        "sau",
    ]


def test_it_drops_paragraphs_that_show_no_text(tmp_path: Path) -> None:
    xml = "<w:p/>" + _p("   ") + _p("nội dung")
    assert _texts(_read(_body_docx(tmp_path, xml))) == ["nội dung"]


def test_it_renders_word_bullets_and_numbers_as_a_reader_sees_them(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Thông tư 17/2018/TT-BGDĐT;", style="List Bullet")
    document.add_paragraph("Báo cáo tự đánh giá;", style="List Bullet 2")
    document.add_paragraph("Hiệu trưởng", style="List Number")
    document.add_paragraph("Phó hiệu trưởng", style="List Number")
    path = tmp_path / "lists.docx"
    document.save(str(path))
    assert _texts(_read(path)) == [
        "- Thông tư 17/2018/TT-BGDĐT;",
        "- Báo cáo tự đánh giá;",
        "1. Hiệu trưởng",
        "2. Phó hiệu trưởng",
    ]


def _with_numbering_part(path: Path, numbering: bytes) -> Path:
    """A copy of the package at ``path`` whose ``word/numbering.xml`` is ``numbering``."""
    copy = path.with_name(f"numbering-{path.name}")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(copy, "w") as target:
        for member in source.infolist():
            data = source.read(member)
            target.writestr(member, numbering if member.filename == "word/numbering.xml" else data)
    return copy


def test_it_leaves_the_list_definitions_unread_when_no_paragraph_is_listed(tmp_path: Path) -> None:
    path = _body_docx(tmp_path, _p("Kế hoạch cải tiến chất lượng"))
    assert _texts(_read(_with_numbering_part(path, b"<w:numbering hong"))) == [
        "Kế hoạch cải tiến chất lượng"
    ]


def test_it_still_refuses_damaged_list_definitions_that_a_list_needs(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Hiệu trưởng", style="List Number")
    path = tmp_path / "lists.docx"
    document.save(str(path))
    with pytest.raises(DocumentError, match=re.escape("word/numbering.xml")):
        _read(_with_numbering_part(path, b"<w:numbering hong"))


def test_it_renders_roman_letter_and_plus_list_levels(tmp_path: Path) -> None:
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f"<w:abstractNum {NAMESPACES} w:abstractNumId='90'>"
            "<w:lvl w:ilvl='0'><w:start w:val='1'/><w:numFmt w:val='upperRoman'/>"
            "<w:lvlText w:val='%1.'/></w:lvl>"
            "<w:lvl w:ilvl='1'><w:start w:val='1'/><w:numFmt w:val='lowerLetter'/>"
            "<w:lvlText w:val='%2)'/></w:lvl>"
            "<w:lvl w:ilvl='2'><w:numFmt w:val='bullet'/><w:lvlText w:val='+'/></w:lvl>"
            "</w:abstractNum>"
        ),
    )
    numbering.append(
        parse_xml(f"<w:num {NAMESPACES} w:numId='90'><w:abstractNumId w:val='90'/></w:num>")
    )
    for level, text in [(0, "MỤC ĐÍCH"), (1, "Mục đích"), (1, "Yêu cầu"), (2, "cụ thể")]:
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(
                f"<w:numPr {NAMESPACES}><w:ilvl w:val='{level}'/><w:numId w:val='90'/></w:numPr>"
            )
        )
    document.add_paragraph("CĂN CỨ")._p.get_or_add_pPr().append(
        parse_xml(f"<w:numPr {NAMESPACES}><w:ilvl w:val='0'/><w:numId w:val='90'/></w:numPr>")
    )
    path = tmp_path / "levels.docx"
    document.save(str(path))
    assert _texts(_read(path)) == [
        "I. MỤC ĐÍCH",
        "a) Mục đích",
        "b) Yêu cầu",
        "+ cụ thể",
        "II. CĂN CỨ",
    ]


def test_it_reports_bold_italic_and_centred_paragraphs(tmp_path: Path) -> None:
    document = docx.Document()
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("KẾ HOẠCH").bold = True
    document.add_heading("I. MỤC ĐÍCH, YÊU CẦU", level=1)
    mixed = document.add_paragraph()
    mixed.add_run("Tiêu chí 1.1: ").bold = True
    mixed.add_run("Phương hướng")
    note = document.add_paragraph()
    note.add_run("Ghi chú: chỉ đưa vấn đề ưu tiên").italic = True
    path = tmp_path / "styles.docx"
    document.save(str(path))
    flags = [
        (block.text, block.bold, block.italic, block.centered)
        for block in _read(path).blocks
        if isinstance(block, Paragraph)
    ]
    assert flags == [
        ("KẾ HOẠCH", True, False, True),
        ("I. MỤC ĐÍCH, YÊU CẦU", True, False, False),
        ("Tiêu chí 1.1: Phương hướng", False, False, False),
        ("Ghi chú: chỉ đưa vấn đề ưu tiên", False, True, False),
    ]


def test_it_reads_across_a_landscape_section_break(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("II. CĂN CỨ")
    section = document.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    document.add_paragraph("III. NỘI DUNG")
    document.add_table(rows=1, cols=9)
    path = tmp_path / "landscape.docx"
    document.save(str(path))
    raw = _read(path)
    assert _texts(raw) == ["II. CĂN CỨ", "III. NỘI DUNG"]
    assert _only_table(raw).columns == 9
    assert raw.source_format == "docx"


# The Reader protocol ---------------------------------------------------------


def test_it_scores_a_word_package_high_whatever_its_name(tmp_path: Path) -> None:
    path = _body_docx(tmp_path, _p("x"), name="ke-hoach.txt")
    head = path.read_bytes()[:HEAD_BYTES]
    assert DocxReader().score(head, path) >= 0.9
    assert _texts(_read(path)) == ["x"]


@pytest.mark.parametrize(
    ("number", "fmt", "shown"),
    [
        (4, "upperRoman", "IV"),
        (14, "lowerRoman", "xiv"),
        (27, "lowerLetter", "aa"),
        (3, "upperLetter", "C"),
        (7, "decimalZero", "07"),
        (5, "ordinal", "5"),
        (10**9, "upperRoman", "1000000000"),
        (0, "lowerLetter", "0"),
    ],
)
def test_it_formats_list_numbers_like_word(number: int, fmt: str, shown: str) -> None:
    assert format_number(number, fmt) == shown


@pytest.mark.parametrize(
    ("head", "name"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "ke-hoach.pdf"),
        ("KẾ HOẠCH cải tiến chất lượng".encode(), "ke-hoach.txt"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "anh.png"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "cu.docx"),
    ],
)
def test_it_scores_other_formats_zero(tmp_path: Path, head: bytes, name: str) -> None:
    assert DocxReader().score(head, tmp_path / name) == 0.0


def test_it_names_what_a_file_called_docx_really_is(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert 0.0 < DocxReader().score(path.read_bytes(), path) < 0.1
    with pytest.raises(DocumentError, match="ảnh PNG"):
        _read(path)


def test_it_bounds_crafted_column_spans(tmp_path: Path) -> None:
    rows = "<w:tr>" + _tc("a", "<w:gridSpan w:val='999999999'/>") + "</w:tr>"
    table = _only_table(_read(_body_docx(tmp_path, _table(rows, 1))))
    assert table.rows[0].cells[0].span <= 64
    assert table.columns == table.rows[0].cells[0].span


def test_it_reads_inherited_bold_from_styles_written_with_another_prefix(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("II. CĂN CỨ XÂY DỰNG KẾ HOẠCH", level=1)
    source = tmp_path / "source.docx"
    document.save(str(source))
    path = tmp_path / "prefix.docx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as rewritten:
        for member in original.infolist():
            data = original.read(member)
            if member.filename == "word/styles.xml":
                data = re.sub(rb"\bw:", b"x:", data.replace(b"xmlns:w=", b"xmlns:x="))
            rewritten.writestr(member, data)
    [heading] = _read(path).blocks
    assert isinstance(heading, Paragraph)
    assert heading.bold


def test_it_renders_list_markers_inside_table_cells(tmp_path: Path) -> None:
    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "Rà soát hồ sơ;"
    cell.paragraphs[0].style = document.styles["List Bullet"]
    cell.add_paragraph("Tập huấn giáo viên.", style="List Bullet")
    path = tmp_path / "cell-lists.docx"
    document.save(str(path))
    table = _only_table(_read(path))
    assert table.rows[0].cells[0].paragraphs == ["- Rà soát hồ sơ;", "- Tập huấn giáo viên."]


@pytest.mark.parametrize("kind", ["character", "paragraph"])
def test_it_drops_text_hidden_by_a_style_the_body_uses(tmp_path: Path, kind: str) -> None:
    document = docx.Document()
    hidden = document.styles.add_style(
        "Ghi chú ẩn", WD_STYLE_TYPE.CHARACTER if kind == "character" else WD_STYLE_TYPE.PARAGRAPH
    )
    hidden.font.hidden = True
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    for container in (document, cell):
        if kind == "character":
            paragraph = container.add_paragraph("Hiện ")
            paragraph.add_run("ẩn", style=hidden)
        else:
            container.add_paragraph("Đoạn ẩn", style=hidden)
            paragraph = container.add_paragraph("Hiện ")
        paragraph.add_run("rõ")
    path = tmp_path / "hidden-style.docx"
    document.save(str(path))
    raw = _read(path)
    assert _texts(raw) == ["Hiện rõ"]
    assert _only_table(raw).rows[0].cells[0].paragraphs == ["Hiện rõ"]
