"""Issue 3: text typed in legacy 8-bit fonts (TCVN3, VNI) read back as Unicode by each reader."""

from __future__ import annotations

import zipfile
from typing import TYPE_CHECKING

import pytest

from caitien.importers import ImportContext, import_plan
from caitien.importers.html import parse_page
from caitien.importers.odt import read_odt
from caitien.importers.pdf import PdfReader
from caitien.importers.word import read_docx
from caitien.importers.word._legacy import legacy_fonts_possible
from tests.conftest import SAMPLES
from tests.core.importers.test_docx_reader import _body_docx
from tests.core.importers.test_odt import NS, texts, write_package

if TYPE_CHECKING:
    from pathlib import Path

WHOLE = SAMPLES / "docx" / "legacy-fonts" / "thcs-2018-code-title-apart-vntime-whole.docx"
PASTED = SAMPLES / "docx" / "legacy-fonts" / "tieu-hoc-2018-tab-header-pasted-legacy.docx"
MOJIBAKE = SAMPLES / "text" / "legacy-fonts" / "thcs-2018-tab-rows-tcvn3-mojibake.txt"
PLAIN = SAMPLES / "docx" / "thcs-2018-code-title-apart.docx"


def _texts(path: Path) -> str:
    """Every paragraph and cell text the Word reader gives, one per line."""
    lines: list[str] = []
    for block in read_docx(path, 50_000_000).blocks:
        rows = getattr(block, "rows", None)
        if rows is None:
            lines.append(getattr(block, "text", ""))
            continue
        lines += [text for row in rows for cell in row.cells for text in cell.paragraphs]
    return "\n".join(lines)


def _legacy_notes(path: Path) -> list[str]:
    return [note.message for note in import_plan(path).notes if "phông chữ cũ" in note.message]


@pytest.mark.parametrize(
    ("xml", "expected"),
    [
        (b'<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>', True),
        (b'<w:rFonts w:ascii=".VNTIMEH"/>', True),
        (b'<w:rFonts w:hAnsi="VNI-Times"/>', True),
        (b'<w:rFonts w:ascii="Times New Roman"/><w:t>.Vn nh\xc6\xb0 VNI-Times</w:t>', False),
    ],
)
def test_it_searches_the_parts_for_a_legacy_font_attribute(xml: bytes, expected: bool) -> None:
    assert legacy_fonts_possible([None, xml]) is expected


def test_it_reads_a_plan_typed_wholly_in_vntime_and_vntimeh() -> None:
    text = _texts(WHOLE)
    assert "KẾ HOẠCH" in text  # .VnTimeH: lowercase codes drawn as capitals
    assert "Trường" in text or "TRƯỜNG" in text
    assert "\u00ad" not in text and "¹" not in text


def test_it_reads_paragraph_style_character_style_and_run_fonts() -> None:
    text = _texts(PASTED)
    assert "Ó" not in text and "ï" not in text and "¹" not in text
    assert "Kế hoạch" in text or "kế hoạch" in text


def test_it_notes_the_conversion_for_the_reviewer() -> None:
    assert _legacy_notes(WHOLE) == [
        "Một phần văn bản gõ bằng phông chữ cũ (TCVN3) đã được chuyển sang Unicode: "
        "hãy đối chiếu với bản gốc."
    ]
    assert _legacy_notes(PASTED) == [
        "Một phần văn bản gõ bằng phông chữ cũ (TCVN3, VNI) đã được chuyển sang Unicode: "
        "hãy đối chiếu với bản gốc."
    ]


def test_it_leaves_a_document_without_legacy_fonts_alone() -> None:
    assert _legacy_notes(PLAIN) == []


def test_it_repairs_a_text_file_of_tcvn3_mojibake_and_notes_it() -> None:
    result = import_plan(MOJIBAKE)
    assert result.plan.organization[1].role == "Tổ chuyên môn, tổ văn phòng"
    assert _legacy_notes(MOJIBAKE) != []


@pytest.mark.parametrize(
    ("markup", "expected", "encodings"),
    [
        ('<p><font face=".VnTime">Tr\u00adêng THCS</font></p>', "Trường THCS", {"tcvn3"}),
        ('<p><font face=".VnTimeH, serif">kÕ ho¹ch</font></p>', "KẾ HOẠCH", {"tcvn3"}),
        ("<p style=\"font-family:'VNI-Times'\">Keá hoaïch</p>", "Kế hoạch", {"vni"}),
        (
            '<div style="font-family: .VnTime">C¶i '
            '<span style="font-family: Arial">Café</span></div>',
            "Cải Café",
            {"tcvn3"},
        ),
        ('<p style="font-family: Arial, .VnTime">Café</p>', "Café", set()),
    ],
)
def test_it_reads_web_text_in_a_legacy_font_face_or_family(
    markup: str, expected: str, encodings: set[str]
) -> None:
    blocks, met = parse_page(f"<html><body>{markup}</body></html>")
    assert [getattr(block, "text", None) for block in blocks] == [expected]
    assert met == encodings


_FACES = (
    '<office:font-face-decls><style:font-face style:name="VnT" svg:font-family=".VnTime"/>'
    '<style:font-face style:name="VNI-Times" svg:font-family="VNI-Times"/>'
    '<style:font-face style:name="Arial" svg:font-family="Arial"/></office:font-face-decls>'
)
_ODT_STYLES = (
    '<style:style style:name="P1" style:family="paragraph">'
    '<style:text-properties style:font-name="VnT"/></style:style>'
    '<style:style style:name="T1" style:family="text">'
    '<style:text-properties style:font-name="VNI-Times"/></style:style>'
    '<style:style style:name="T2" style:family="text">'
    '<style:text-properties style:font-name="Arial"/></style:style>'
)


def _odt(tmp_path: Path, faces: str, body: str) -> Path:
    svg = 'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} {svg}>{faces}'
        f"<office:automatic-styles>{_ODT_STYLES}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    return write_package(tmp_path / "x.odt", content)


_ODT_BODY = (
    '<text:p text:style-name="P1">Tr\u00adêng <text:span text:style-name="T2">Café</text:span>'
    " c¶i</text:p>"
    '<text:p>Keá <text:span text:style-name="T1">hoaïch</text:span></text:p>'
)


def test_it_reads_odt_text_by_its_paragraph_and_span_fonts(tmp_path: Path) -> None:
    raw = read_odt(_odt(tmp_path, _FACES, _ODT_BODY), 1 << 20)
    assert texts(raw) == ["Trường Café cải", "Keá hoạch"]
    assert [note.message for note in raw.notes] == [
        "Một phần văn bản gõ bằng phông chữ cũ (TCVN3, VNI) đã được chuyển sang Unicode: "
        "hãy đối chiếu với bản gốc."
    ]


def test_it_leaves_odt_text_alone_when_no_legacy_font_is_declared(tmp_path: Path) -> None:
    raw = read_odt(_odt(tmp_path, "", _ODT_BODY), 1 << 20)
    assert texts(raw) == ["Tr\u00adêng Café c¶i", "Keá hoaïch"]
    assert raw.notes == []


def _drawn_pdf(path: Path, lines: list[tuple[str, str]]) -> Path:
    """A one-page PDF drawing each (font, text) line with a non-embedded font of that name.

    The bytes of ``text`` (Latin-1) are what a legacy keyboard driver typed; the
    fonts use WinAnsiEncoding, as Word's and LibreOffice's PDFs of such fonts do.
    """
    fonts = sorted({font for font, _ in lines})
    shown = b"".join(
        b"/F%d 12 Tf (%s) Tj T* " % (fonts.index(font), text.encode("latin-1"))
        for font, text in lines
    )
    content = b"BT 14 TL 72 760 Td " + shown + b"ET"
    resources = b" ".join(b"/F%d %d 0 R" % (index, 5 + index) for index in range(len(fonts)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
        + resources
        + b" >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        *(
            b"<< /Type /Font /Subtype /TrueType /BaseFont /%s /Encoding /WinAnsiEncoding >>"
            % font.encode()
            for font in fonts
        ),
    ]
    data, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(data))
        data += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(data)
    return path


def test_it_reads_pdf_runs_by_their_font_name(tmp_path: Path) -> None:
    pdf = _drawn_pdf(
        tmp_path / "legacy.pdf",
        [
            ("ABCDEE+.VnTime", "Tr\u00adêng THCS: KÕ ho¹ch c¶i tiÕn chÊt l\u00adîng"),
            ("ABCDEE+.VnTimeH,Bold", "tr\u00adêng trung häc"),
            ("VNI-Times", "Keá hoaïch caûi tieán"),
            ("ABCDEE+.VnTime", "Th«ng t\u00ad 18/2018/TT-BGD®T; 2025-2026"),
            ("Helvetica", "Caf\u00e9 - T\u00eaa"),
        ],
    )
    raw = PdfReader().extract(pdf, ImportContext())
    # Lines are joined into paragraphs by the layout rules: the words are what counts here.
    words = " ".join(getattr(block, "text", "") for block in raw.blocks).split()
    expected = (
        "Trường THCS: Kế hoạch cải tiến chất lượng TRƯỜNG TRUNG HỌC Kế hoạch cải tiến "
        "Thông tư 18/2018/TT-BGDđT; 2025-2026 Café - Têa"
    )
    assert words == expected.split(" ")
    assert [note.message for note in raw.notes] == [
        "Một phần văn bản gõ bằng phông chữ cũ (TCVN3, VNI) đã được chuyển sang Unicode: "
        "hãy đối chiếu với bản gốc."
    ]


def test_it_leaves_pdf_runs_in_other_fonts_alone(tmp_path: Path) -> None:
    pdf = _drawn_pdf(tmp_path / "plain.pdf", [("Helvetica", "KÕ ho¹ch"), ("Arial", "Keá")])
    raw = PdfReader().extract(pdf, ImportContext())
    assert " ".join(getattr(block, "text", "") for block in raw.blocks).split() == [
        "KÕ",
        "ho¹ch",
        "Keá",
    ]
    assert raw.notes == []


def test_it_searches_document_and_styles_when_the_package_has_no_font_table(
    tmp_path: Path,
) -> None:
    bare = tmp_path / "no-font-table.docx"
    with zipfile.ZipFile(WHOLE) as source, zipfile.ZipFile(bare, "w") as target:
        for info in source.infolist():
            if info.filename != "word/fontTable.xml":
                target.writestr(info, source.read(info))
    assert _texts(bare) == _texts(WHOLE)
    assert "KẾ HOẠCH" in _texts(bare)


def _legacy_docx(tmp_path: Path, body: str) -> Path:
    """A .docx whose body is ``body``, with .VnTime listed in its font table as Word lists it."""
    path = _body_docx(tmp_path, body)
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as target:
        for info, data in members:
            if info.filename == "word/fontTable.xml":
                data = data.replace(b"</w:fonts>", b'<w:font w:name=".VnTime"/></w:fonts>')
            target.writestr(info, data)
    return path


def test_it_reads_libreoffice_soft_hyphen_elements_in_tcvn3_runs_as_u_horn(tmp_path: Path) -> None:
    fonts = '<w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr>'
    body = (
        f"<w:p><w:r>{fonts}<w:t>Tr</w:t><w:softHyphen/><w:t>êng</w:t></w:r>"
        "<w:r><w:t xml:space='preserve'> ca</w:t><w:softHyphen/><w:t>fé</w:t></w:r></w:p>"
    )
    raw = read_docx(_legacy_docx(tmp_path, body), 1 << 20)
    assert [getattr(block, "text", "") for block in raw.blocks] == ["Trường café"]


_WORD_PAGE = """<html><head><style><!--
 /* Font Definitions */
 @font-face {font-family:.VnTime; panose-1:2 11 114 0 0 0 0 0 0 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in; font-family:".VnTime";}
 span.Hoa {font-family:".VnTimeH";}
 .Ghi {font-family: Arial}
 td {font-family:"VNI-Times"}
--></style></head><body>
<p class=MsoNormal>KÕ ho¹ch <span class=Hoa>tr\u00adêng</span></p>
<p class=MsoNormal><span style='font-family:"Times New Roman"'>Café</span> c¶i</p>
<p class=Ghi>Café</p>
<table><tr><td>Keá hoaïch</td></tr></table>
<p>Keá</p>
</body></html>"""


def test_it_reads_legacy_fonts_a_word_page_sets_in_its_style_sheet() -> None:
    blocks, met = parse_page(_WORD_PAGE)
    # A one-cell table is read as the paragraph it holds.
    texts_ = [getattr(block, "text", None) for block in blocks]
    assert texts_ == ["Kế hoạch TRƯỜNG", "Café cải", "Café", "Kế hoạch", "Keá"]
    assert met == {"tcvn3", "vni"}


def test_a_style_sheet_without_legacy_fonts_sets_no_rules() -> None:
    assert parse_page("<style>p.MsoNormal {font-family: Arial}</style><p>Keá</p>")[1] == set()


def test_a_text_box_inside_a_legacy_run_keeps_its_own_font(tmp_path: Path) -> None:
    vntime = '<w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr>'
    arial = '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr>'
    body = (
        f"<w:p><w:r>{vntime}<w:t>KÕ ho¹ch</w:t><w:pict><v:shape><v:textbox><w:txbxContent>"
        f"<w:p><w:r>{arial}<w:t>Tiêu chí</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
    )
    raw = read_docx(_legacy_docx(tmp_path, body), 1 << 20)
    assert [getattr(block, "text", "") for block in raw.blocks] == ["Kế hoạch", "Tiêu chí"]
