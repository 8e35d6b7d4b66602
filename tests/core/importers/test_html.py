"""The web-page reader: detection, decoding (meta charset, BOM, MHT), paragraphs, tables, bad input.

The golden test scores the whole samples of ``tests/samples/html/``; these
cases pin each rule of ``docs/formats/html.md`` on inline markup.
"""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

import pytest

from caitien.errors import DocumentError
from caitien.importers import HEAD_BYTES, ImportContext, _pick_reader, import_bytes
from caitien.importers._document import Cell, Paragraph, Row, Table
from caitien.importers.html import HtmlReader, parse_blocks

PLAN_BODY = (
    "<p>TRƯỜNG TIỂU HỌC HOA SEN</p>"
    "<p align=center><b>KẾ HOẠCH</b></p>"
    "<p align=center><b>CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC</b></p>"
    "<p align=center>Năm học 2025 – 2026</p>"
    "<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p><p>- Nâng cao chất lượng dạy học.</p>"
    "<p><b>III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC</b></p>"
    "<table border=1><tr><th>TT</th><th>Tiêu chuẩn, tiêu chí</th><th>Kết quả cần đạt</th>"
    "<th>Công việc/giải pháp</th><th>Chủ trì</th><th>Thời gian</th></tr>"
    "<tr><td>1</td><td colspan=5>Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên</td></tr>"
    "<tr><td></td><td>Tiêu chí 2.2: Đối với giáo viên</td><td>Phấn đấu Mức 2</td>"
    "<td>Bồi dưỡng giáo viên</td><td>Hiệu trưởng</td><td>Năm học 2025-2026</td></tr></table>"
)


def page(body: str, head: str = '<meta charset="utf-8"><title>Kế hoạch</title>') -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def texts(markup: str) -> list[str]:
    """The paragraph texts of ``markup`` (tables left out)."""
    return [block.text for block in parse_blocks(markup) if isinstance(block, Paragraph)]


def only_table(markup: str) -> Table:
    (table,) = [block for block in parse_blocks(markup) if isinstance(block, Table)]
    return table


# Detection ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"<!DOCTYPE html><html><body>x</body></html>", 0.95),
        (b"\xef\xbb\xbf  \r\n<!-- saved from url=(0042)https://thcs.edu.vn -->\n<html>", 0.95),
        (b'<html xmlns:o="urn:schemas-microsoft-com:office:office">\r\n<head>', 0.95),
        ("\ufeff<html><body>Kế hoạch</body></html>".encode("utf-16-le"), 0.95),
        (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n", 0.95),
        (b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;", 0.95),
        (b"<p><b>KE HOACH</b></p><table><tr><td>1</td></tr></table>", 0.8),
        ("KẾ HOẠCH\nCẢI TIẾN <html> CHẤT LƯỢNG\n".encode(), 0.0),
        (b"<b>only one kind of tag</b>", 0.0),
        (b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhello", 0.0),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, 0.0),
        (b"{\\rtf1\\ansi <html>", 0.0),
        (b"%PDF-1.7 <html>", 0.0),
        (b"PK\x03\x04<html>", 0.0),
    ],
)
def test_it_scores_web_pages_from_their_bytes(head: bytes, expected: float) -> None:
    assert HtmlReader().score(head, Path("x.bin")) == expected


@pytest.mark.parametrize(
    ("content", "name", "reader"),
    [
        (page(PLAN_BODY).encode(), "ke-hoach.doc", "html"),
        (page(PLAN_BODY).encode(), "ke-hoach.txt", "html"),
        (
            b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n",
            "x.doc",
            "html",
        ),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "ke-hoach.doc", "doc"),
        (b"{\\rtf1\\ansi\\deff0 {\\fonttbl} KE HOACH <html>}", "ke-hoach.doc", "doc"),
        ("KẾ HOẠCH\nCẢI TIẾN CHẤT LƯỢNG\n".encode(), "ke-hoach.html", "text"),
    ],
)
def test_the_content_not_the_name_picks_the_reader(content: bytes, name: str, reader: str) -> None:
    assert _pick_reader(content[:HEAD_BYTES], Path(name)).name == reader


# Paragraphs --------------------------------------------------------------------------------


def test_it_collapses_white_space_and_keeps_line_breaks() -> None:
    markup = (
        "<p>Kế  hoạch\r\n  cải&nbsp;tiến<br>năm học<br></p>"
        "<div>2025&ndash;2026 &amp; &#7871;&#x1EBF;</div>"
    )
    assert texts(markup) == ["Kế hoạch cải tiến", "năm học", "2025–2026 & ếế"]


def test_lines_broken_by_br_are_paragraphs_outside_tables_and_lines_inside() -> None:
    # A CMS keeps a pasted plan as one block of lines, often in a layout table's cell.
    markup = (
        "<table><tr><td class=content><p><b>I. MỤC ĐÍCH</b><br>1. Nâng cao.<br>2. Huy động.</p>"
        "<table border=1><tr><td>Tiêu chí 1.1:<br>Phương hướng</td><td>Mức 2</td></tr></table>"
        "</td></tr></table>"
    )
    first, second, third, table = parse_blocks(markup)
    assert [first, second, third] == [
        Paragraph("I. MỤC ĐÍCH"),
        Paragraph("1. Nâng cao."),
        Paragraph("2. Huy động."),
    ]
    assert isinstance(table, Table)
    assert table.rows[0].cells[0].paragraphs == ["Tiêu chí 1.1:\nPhương hướng"]


def test_text_straight_in_a_block_between_paragraphs_is_a_paragraph_of_its_own() -> None:
    assert texts("<div>a<p>b</p>c<h2>d</h2>e</div>") == ["a", "b", "c", "d", "e"]


def test_an_unclosed_paragraph_ends_at_the_next_block() -> None:
    assert texts("<p>một<p>hai<ul><li>ba<li>bốn</ul>") == ["một", "hai", "- ba", "- bốn"]


def test_it_ignores_head_scripts_styles_comments_and_word_islands() -> None:
    markup = (
        "<html><head><title>Tiêu đề</title><style>p {color: red}</style>"
        "<script>var a = '<p>không</p>';</script>"
        "<body><!--[if gte mso 9]><xml><w:WordDocument>x</w:WordDocument></xml><![endif]-->"
        "<p class=MsoNormal>Có<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        "<!-- một ghi chú --><noscript>Bật JavaScript</noscript></body></html>"
    )
    assert texts(markup) == ["Có"]


@pytest.mark.parametrize(
    "markup",
    [
        "<html><head><title>Kế hoạch</title><meta charset=utf-8><p>Nội dung</p></html>",
        "<html><head><style>p {}</style><body><p>Nội dung</p></body></html>",
        "<head><script>var x;</script></head><div>Nội dung</div>",
    ],
)
def test_a_head_left_open_ends_at_the_first_body_tag(markup: str) -> None:
    assert texts(markup) == ["Nội dung"]


def test_it_drops_what_a_browser_hides_and_page_furniture() -> None:
    markup = (
        "<nav><a>Trang chủ</a></nav><div class='main-menu'>Tin tức</div>"
        "<div id=sidebar>Thông báo</div><p style='display:none'>ẩn</p>"
        "<span style='mso-hide:all'>ẩn</span><div role=navigation>Văn bản</div>"
        "<div class='breadcrumbs'>Trang chủ » Văn bản</div>"
        "<article><header><h1>Tên bài đăng</h1></header><p>Nội dung</p></article>"
        "<footer>Bản quyền</footer><div class='menu-content-plan'>x</div>"
    )
    assert texts(markup) == ["Nội dung"]


def test_a_plan_inside_a_wrapper_named_like_furniture_is_still_read() -> None:
    # WordPress themes name content wrappers "has-sidebar", "menu-open": when the guess
    # hides more than it leaves, and enough to be a plan, the page is shown whole.
    bases = "".join(
        f"<p>- Công văn số {number}/SGDĐT-KTKĐ của Sở Giáo dục và Đào tạo về việc hướng dẫn "
        "tự đánh giá, xây dựng và thực hiện kế hoạch cải tiến chất lượng giáo dục;</p>"
        for number in range(1201, 1210)
    )
    body = PLAN_BODY.replace("<p><b>III.", f"<p><b>II. CĂN CỨ</b></p>{bases}<p><b>III.")
    markup = page(
        "<div class='site-content has-sidebar'>" + body + "</div>"
        "<div class='widget'>Liên kết: Sở Giáo dục và Đào tạo</div>"
    )
    result = import_bytes(markup.encode(), "ke-hoach.html")
    assert [item.criterion for item in result.plan.items] == ["2.2"]
    # The same for a plan written inside a <header> element.
    result = import_bytes(page(f"<header>{body}</header>").encode(), "ke-hoach.html")
    assert [item.criterion for item in result.plan.items] == ["2.2"]
    # A short menu is still left out of a page whose plan is not hidden.
    shown = texts(page(PLAN_BODY + "<div class='main-menu'>Trang chủ Tin tức</div>"))
    assert "Trang chủ Tin tức" not in shown


def test_word_list_numbers_are_text_and_its_bullet_glyph_a_dash() -> None:
    markup = (
        "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]>"
        "<span style='mso-list:Ignore'>1.<span style='font:7.0pt \"Times New Roman\"'>"
        "&nbsp;&nbsp;&nbsp; </span></span><![endif]><b>Hiệu trưởng</b></p>"
        "<p class=MsoListParagraph><![if !supportLists]><span style='font-family:Symbol'>"
        "<span style='mso-list:Ignore'>·<span>&nbsp;&nbsp; </span></span></span><![endif]>"
        "Thông tư số 18/2018/TT-BGDĐT;</p>"
    )
    first, second = parse_blocks(markup)
    assert first == Paragraph("1. Hiệu trưởng", bold=True)
    assert second == Paragraph("- Thông tư số 18/2018/TT-BGDĐT;")


def test_a_filtered_word_page_writes_its_bullets_in_a_symbol_font() -> None:
    markup = (
        "<p class=MsoListParagraph style='margin-left:36.0pt;text-indent:-18.0pt'>"
        "<span style='font-family:Symbol'>·</span><span style='font:7.0pt \"Times New "
        "Roman\"'>&nbsp;&nbsp;&nbsp; </span>Thông tư số 18/2018/TT-BGDĐT;</p>"
        "<p class=MsoListParagraph><span style='font-family:\"Wingdings\"'>§</span>"
        "<span>&nbsp;&nbsp;</span>Báo cáo tự đánh giá.</p>"
        "<p class=MsoListParagraph>1.<span>&nbsp;&nbsp; </span>Hiệu trưởng</p>"
        "<p>Tỷ lệ <span style='font-family:Symbol'>³</span> 95%</p>"
    )
    assert texts(markup) == [
        "- Thông tư số 18/2018/TT-BGDĐT;",
        "- Báo cáo tự đánh giá.",
        "1. Hiệu trưởng",
        "Tỷ lệ ³ 95%",  # a symbol inside a sentence is no bullet
    ]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<ol><li>a</li><li>b</li></ol>", ["1. a", "2. b"]),
        ("<ol start=3><li>a</li><li value=7>b</li></ol>", ["3. a", "7. b"]),
        ("<ol type=a><li>a</li><li>b</li></ol>", ["a. a", "b. b"]),
        ("<ol type=I><li>a</li><li>b</li></ol>", ["I. a", "II. b"]),
        ("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>", ["- a", "- b", "- c"]),
    ],
)
def test_list_items_get_the_marker_a_browser_draws(markup: str, expected: list[str]) -> None:
    assert texts(markup) == expected


def test_a_list_items_marker_waits_for_its_first_text() -> None:
    # LibreOffice and Google Docs write each item's text in a <p> inside the <li>.
    markup = "<ol start=2><li><p><b>Tổ chuyên môn</b></p><p>- Thực hiện.</p></li><li></li></ol>"
    assert parse_blocks(markup) == [
        Paragraph("2. Tổ chuyên môn", bold=True),
        Paragraph("- Thực hiện."),
    ]


@pytest.mark.parametrize(
    "markup",
    [
        # Word: the reference and the footnote list.
        "<p>Giữ vững Mức 2<a style='mso-footnote-id:ftn1' href='#_ftn1'><span "
        "class=MsoFootnoteReference>[1]</span></a></p><div style='mso-element:footnote-list'>"
        "<p>[1] Theo báo cáo tự đánh giá.</p></div>",
        # LibreOffice: the anchor and the note's body.
        "<p>Giữ vững Mức 2<sup><a class='sdfootnoteanc' href='#sdfootnote1sym'><sup>1</sup>"
        "</a></sup></p><div id='sdfootnote1'><p class='sdfootnote'>Theo báo cáo.</p></div>",
        # A website: a link to a note in a superscript.
        "<p>Giữ vững Mức 2<sup><a href='#ghi-chu-1'>1</a></sup></p>",
        # LibreOffice's XHTML: a superscript by class, a link named as a footnote.
        "<p>Giữ vững Mức 2<span class=T2><span title='Footnote: Số liệu.'>"
        "<a href='#ftn3' id='body_ftn3'>2</a></span></span></p>",
        # Word's comment mark and comment list, and a tracked deletion.
        "<p>Giữ vững Mức <del>1</del>2<a class=msocomanchor href='#_msocom_1'>[TH1]</a></p>"
        "<div style='mso-element:comment-list'><p>Sửa lại mức.</p></div>",
    ],
)
def test_notes_comments_and_deletions_are_not_text(markup: str) -> None:
    assert texts(markup) == ["Giữ vững Mức 2"]


def test_a_box_floating_over_a_cell_is_dropped_but_kept_in_the_body() -> None:
    stamp = "<span style='float: left; width: 1.18in'><p align=center><b>ĐÃ KÝ</b></p></span>"
    table = only_table(
        f"<table border=1><tr><td>Kinh phí</td><td><p>6 triệu đồng{stamp}</p></td></tr></table>"
    )
    assert table.rows[0].cells[1].paragraphs == ["6 triệu đồng"]
    assert texts(f"<p>Nơi nhận{stamp}</p>") == ["Nơi nhận", "ĐÃ KÝ"]


def test_control_characters_and_libreoffices_running_header_are_not_text() -> None:
    markup = (
        "<div title='header'><p>TRƯỜNG MẦM NON HOA SEN</p></div>"
        "<p>\x046 triệu đồng\r\x05</p><div title='footer'><p>Trang 1</p></div>"
    )
    assert texts(markup) == ["6 triệu đồng"]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>a<![foo bar]>b</p>", ["ab"]),
        ("<p>a<![ 12]>b<![CDATA[c]]>d</p>", ["abd"]),
        ("<p>a<![if !vml]>b<![endif]>c</p>", ["abc"]),
        ("<p>a</p><![unclosed", ["a", "<![unclosed"]),
    ],
)
def test_marked_sections_html_parser_refuses_are_read_as_browsers_do(
    markup: str, expected: list[str]
) -> None:
    assert texts(markup) == expected


def test_text_placed_at_a_tab_stop_follows_a_tab_but_a_layered_box_does_not() -> None:
    # LibreOffice's XHTML places a header on tab stops with absolute positions.
    markup = (
        "<p>UBND XÃ BẢO HÀ<span style='position:absolute;left:10.5cm;text-align:center'>"
        "<span>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</span></span></p>"
        "<table border=1><tr><td>Kinh phí</td><td>6 triệu<span style='position:absolute;"
        "left:2cm;z-index:3'>ĐÃ KÝ</span></td></tr></table>"
    )
    paragraph, table = parse_blocks(markup)
    assert paragraph == Paragraph("UBND XÃ BẢO HÀ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert isinstance(table, Table)
    assert table.rows[0].cells[1].paragraphs == ["6 triệu"]


def test_a_page_whose_style_sheet_draws_no_list_markers_keeps_its_own_labels() -> None:
    # LibreOffice's XHTML: "li { list-style: none }" and each label floated left.
    label = "<span style='display:block;float:left;min-width:0cm'>{}</span>"
    markup = (
        "<html><head><style>p {margin:0} li { list-style: none; margin:0; }</style></head>"
        f"<body><ol><li><p>{label.format('II.')}CĂN CỨ</p></li></ol>"
        f"<ol><li><p>{label.format('1.')}Mục đích</p><ol><li><p>{label.format('a)')}"
        "Xác định.</p></li></ol></li></ol></body></html>"
    )
    assert texts(markup) == ["II. CĂN CỨ", "1. Mục đích", "a) Xác định."]


def test_a_menus_list_style_does_not_silence_the_plans_lists() -> None:
    markup = (
        "<style>.nav li { list-style: none }</style><ul class=nav><li>Trang chủ</li></ul>"
        "<ol><li>Hiệu trưởng</li></ol>"
    )
    assert texts(markup) == ["1. Hiệu trưởng"]


def test_a_word_tab_stop_span_is_a_tab() -> None:
    markup = (
        "<p class=MsoNormal><b>UBND XÃ BẢO HÀ</b><span style='mso-tab-count:1'>"
        "&nbsp;&nbsp;&nbsp;&nbsp;\r\n</span><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p>"
    )
    assert texts(markup) == ["UBND XÃ BẢO HÀ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]


@pytest.mark.parametrize(
    ("markup", "bold", "italic", "centered"),
    [
        ("<p align=center><b>KẾ HOẠCH</b></p>", True, False, True),
        ("<center><strong>KẾ</strong> <b>HOẠCH</b></center>", True, False, True),
        ("<div style='text-align: center'><p align=left>x</p></div>", False, False, False),
        ("<p><b>I. MỤC</b> ĐÍCH</p>", False, False, False),
        ("<h2 style='font-weight:normal'>x</h2>", False, False, False),
        ("<p><span style='font-weight:700'><i>x</i></span></p>", True, True, False),
        ("<p><b style='mso-bidi-font-weight:normal'>x</b></p>", True, False, False),
    ],
)
def test_it_reads_bold_italic_and_centring_of_the_whole_paragraph(
    markup: str, bold: bool, italic: bool, centered: bool
) -> None:
    (paragraph,) = parse_blocks(markup)
    assert isinstance(paragraph, Paragraph)
    assert (paragraph.bold, paragraph.italic, paragraph.centered) == (bold, italic, centered)


# Tables ------------------------------------------------------------------------------------


def test_colspan_and_rowspan_land_on_the_grid_with_continued_cells() -> None:
    table = only_table(
        "<table border=1><thead>"
        "<tr><th rowspan=2>TT</th><th colspan=2>Thời gian</th><th rowspan=2>Chủ trì</th></tr>"
        "<tr><th>Bắt đầu</th><th>Kết thúc</th></tr></thead>"
        "<tr><td>1</td><td>9/2025</td><td>5/2026</td><td rowspan=2>Hiệu trưởng</td></tr>"
        "<tr><td>2</td><td>10/2025</td><td>12/2025</td></tr></table>"
    )
    assert table == Table(
        [
            Row(
                [Cell(["TT"], 0), Cell(["Thời gian"], 1, 2), Cell(["Chủ trì"], 3)],
                repeated_header=True,
            ),
            Row(
                [
                    Cell([], 0, continued=True),
                    Cell(["Bắt đầu"], 1),
                    Cell(["Kết thúc"], 2),
                    Cell([], 3, continued=True),
                ],
                repeated_header=True,
            ),
            Row(
                [Cell(["1"], 0), Cell(["9/2025"], 1), Cell(["5/2026"], 2), Cell(["Hiệu trưởng"], 3)]
            ),
            Row(
                [
                    Cell(["2"], 0),
                    Cell(["10/2025"], 1),
                    Cell(["12/2025"], 2),
                    Cell([], 3, continued=True),
                ]
            ),
        ],
        columns=4,
        bordered=True,
    )


def test_missing_cell_and_row_ends_are_implied_and_short_rows_kept() -> None:
    table = only_table("<TABLE><TR><TD>a<TD><P>b<P>c<TR><TD>d</TABLE><p>sau bảng</p>")
    assert [[cell.paragraphs for cell in row.cells] for row in table.rows] == [
        [["a"], ["b", "c"]],
        [["d"]],
    ]
    assert table.columns == 2
    assert table.bordered is False


def test_a_nested_time_table_gives_start_and_end_on_one_line() -> None:
    table = only_table(
        "<table border=1><tr><td>Tiêu chí 1.1</td><td>"
        "<table border=1><tr><td>Bắt đầu</td><td>Kết thúc</td></tr>"
        "<tr><td>9/2025</td><td>5/2026</td></tr></table></td></tr>"
        "<tr><td>Tiêu chí 1.2</td><td>Cả năm</td></tr></table>"
    )
    assert table.rows[0].cells[1].paragraphs == ["9/2025 - 5/2026"]


def test_a_layout_table_gives_its_content_in_place() -> None:
    blocks = parse_blocks(
        "<table width=980><tr><td colspan=2 class=banner><img src=b.jpg></td></tr>"
        "<tr><td class=left-menu><table><tr><td>Trang chủ</td></tr></table></td>"
        "<td class=main-content><p>KẾ HOẠCH</p>"
        "<table border=1><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>"
        "</td></tr></table>"
    )
    assert blocks[0] == Paragraph("KẾ HOẠCH")
    assert isinstance(blocks[1], Table) and len(blocks) == 2
    assert blocks[1].rows[1].cells[1].paragraphs == ["d"]


def test_a_plan_table_whose_cell_holds_a_small_table_stays_a_table() -> None:
    budget = (
        "<table border=1><tr><td>Nguồn</td><td>Số tiền</td><td>Ghi chú</td></tr>"
        "<tr><td>Ngân sách</td><td>5 triệu</td><td></td></tr>"
        "<tr><td>Xã hội hóa</td><td>3 triệu</td><td></td></tr></table>"
    )
    rows = "".join(
        f"<tr><td>{n}</td><td>Tiêu chí 1.{n}: Phương hướng, chiến lược xây dựng và phát triển "
        f"nhà trường</td><td>Đạt Mức 2</td><td>Rà soát, bổ sung kế hoạch chiến lược giai đoạn "
        f"2025 - 2030</td><td>{budget if n == 2 else 'Không'}</td></tr>"
        for n in range(1, 4)
    )
    blocks = parse_blocks(f"<table border=1>{rows}</table>")
    assert len(blocks) == 1 and isinstance(blocks[0], Table)
    assert blocks[0].rows[1].cells[4].paragraphs[:3] == ["Nguồn", "Số tiền", "Ghi chú"]


def test_words_spacer_row_is_not_a_row() -> None:
    table = only_table(
        "<table class=MsoTableGrid border=1><tr><td>a</td><td>b</td></tr>"
        "<![if !supportMisalignedColumns]><tr height=0><td width=40 style='border:none'></td>"
        "<td width=60 style='border:none'></td></tr><![endif]></table>"
    )
    assert len(table.rows) == 1


@pytest.mark.parametrize(
    ("attributes", "bordered"),
    [("border=1", True), ("border", True), ("border=0", False), ("", False)],
)
def test_a_tables_border_attribute_tells_whether_it_is_ruled(
    attributes: str, bordered: bool
) -> None:
    table = only_table(f"<table {attributes}><tr><td>a</td><td>b</td></tr></table>")
    assert table.bordered is bordered


def test_a_word_ruled_table_is_bordered_by_its_cells_style() -> None:
    table = only_table(
        "<table class=MsoTableGrid border=0 style='border-collapse:collapse;border:none'>"
        "<tr><td style='border:solid windowtext 1.0pt'>a</td><td>b</td></tr></table>"
    )
    assert table.bordered is True


# Decoding ----------------------------------------------------------------------------------


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Word writes it: a base letter and a combining tone mark where needed."""
    import unicodedata

    out = b""
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            tone = next(mark for mark in parts if mark in "\u0300\u0301\u0303\u0309\u0323")
            out += unicodedata.normalize("NFC", parts.replace(tone, "")).encode("cp1258")
            out += tone.encode("cp1258")
    return out


def _mht(html_bytes: bytes, charset: str, transfer: str) -> bytes:
    body = (
        quopri.encodestring(html_bytes)
        if transfer == "quoted-printable"
        else base64.encodebytes(html_bytes)
    )
    return (
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related; boundary="b0"; type="text/html"\r\n\r\n'
        b"--b0\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"iVBORw0KGgo=\r\n"
        b"--b0\r\nContent-Location: file:///C:/x/ke-hoach.htm\r\n"
        + f"Content-Transfer-Encoding: {transfer}\r\n".encode()
        + f'Content-Type: text/html; charset="{charset}"\r\n\r\n'.encode()
        + body
        + b"\r\n--b0--\r\n"
    )


PLAN_PAGE = page(PLAN_BODY, head="{meta}")


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (PLAN_PAGE.replace("{meta}", '<meta charset="utf-8">').encode(), "ke-hoach.html"),
        (
            _cp1258(
                PLAN_PAGE.replace(
                    "{meta}",
                    '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">',
                )
            ),
            "ke-hoach.htm",
        ),
        (b"\xff\xfe" + PLAN_PAGE.replace("{meta}", "").encode("utf-16-le"), "ke-hoach.htm"),
        (b"\xef\xbb\xbf" + PLAN_PAGE.replace("{meta}", "").encode(), "ke-hoach.doc"),
        (
            _mht(
                PLAN_PAGE.replace("{meta}", "").encode("ascii", "xmlcharrefreplace"),
                "us-ascii",
                "quoted-printable",
            ),
            "ke-hoach.mht",
        ),
        (_mht(PLAN_PAGE.replace("{meta}", "").encode(), "utf-8", "base64"), "ke-hoach.doc"),
        # A label Python does not know, or one the bytes do not fit, is passed over.
        (PLAN_PAGE.replace("{meta}", '<meta charset="x-viet-tcvn">').encode(), "a.html"),
        (PLAN_PAGE.replace("{meta}", '<meta charset="us-ascii">').encode(), "a.html"),
        (_mht(PLAN_PAGE.replace("{meta}", "").encode(), "us-ascii", "quoted-printable"), "a.mht"),
    ],
)
def test_each_encoding_and_container_gives_the_same_plan(data: bytes, name: str) -> None:
    result = import_bytes(data, name)
    assert result.reader == "html"
    assert result.plan.school.name == "Trường Tiểu học Hoa Sen"
    assert [item.criterion for item in result.plan.items] == ["2.2"]
    assert result.plan.items[0].responsible == "Hiệu trưởng"
    assert result.plan.items[0].target_level == 2


def test_a_page_saved_as_mhtml_by_a_browser_is_read() -> None:
    page_bytes = page(
        PLAN_BODY, head='<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
    ).encode()
    data = (
        b"From: <Saved by Blink>\r\n"
        b"Snapshot-Content-Location: https://thhoasen.edu.vn/van-ban/ke-hoach-cai-tien\r\n"
        b"Subject: =?utf-8?Q?K=E1=BA=BF_ho=E1=BA=A1ch?=\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        b'\tboundary="----MultipartBoundary--Xy7----"\r\n\r\n\r\n'
        b"------MultipartBoundary--Xy7----\r\nContent-Type: text/css\r\n"
        b"Content-Location: cid:css-1@mhtml.blink\r\n\r\np { color: red }\r\n"
        b"------MultipartBoundary--Xy7----\r\nContent-Type: text/html\r\n"
        b"Content-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        b"Content-Location: https://thhoasen.edu.vn/van-ban/ke-hoach-cai-tien\r\n\r\n"
        + quopri.encodestring(page_bytes)
        + b"\r\n------MultipartBoundary--Xy7------\r\n"
    )
    result = import_bytes(data, "ke-hoach.mhtml")
    assert (result.reader, result.plan.items[0].criterion) == ("html", "2.2")


def test_a_google_docs_page_with_class_styles_and_list_items_is_read() -> None:
    body = (
        PLAN_BODY.replace("<p>", '<p class="c3"><span class="c1">')
        .replace("</p>", "</span></p>")
        .replace("<td>", '<td class="c7" colspan="1" rowspan="1"><p class="c0">')
        .replace("</td>", "</p></td>")
    )
    markup = page(
        body + '<ol class="c8 lst-kix_x-0 start" start="1"><li class="c3 li-bullet-0">'
        '<span class="c1">Hiệu trưởng</span></li></ol>',
        head='<meta content="text/html; charset=UTF-8" http-equiv="content-type">'
        '<style type="text/css">.c1{font-weight:700}</style>',
    )
    result = import_bytes(markup.encode(), "Kế hoạch.html")
    assert result.plan.school.name == "Trường Tiểu học Hoa Sen"
    assert [item.criterion for item in result.plan.items] == ["2.2"]


def test_the_raw_document_names_its_container(tmp_path: Path) -> None:
    (tmp_path / "a.mht").write_bytes(_mht(page(PLAN_BODY).encode(), "utf-8", "quoted-printable"))
    (tmp_path / "a.htm").write_bytes(page(PLAN_BODY).encode())
    formats = [
        HtmlReader().extract(tmp_path / name, ImportContext()).source_format
        for name in ("a.mht", "a.htm")
    ]
    assert formats == ["mht", "html"]


# Bad input ---------------------------------------------------------------------------------


def _nested_mime(depth: int) -> bytes:
    """A message of ``depth`` multiparts nested one in another, a page at the bottom."""
    data = b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b0\r\n\r\n"
    for level in range(1, depth):
        data += (
            f"--b{level - 1}\r\nContent-Type: multipart/related; boundary=b{level}\r\n\r\n".encode()
        )
    data += f"--b{depth - 1}\r\nContent-Type: text/html\r\n\r\n{page(PLAN_BODY)}\r\n".encode()
    return data + b"".join(f"--b{level}--\r\n".encode() for level in reversed(range(depth)))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            page("<h1>Tin tức</h1><p>Lễ khai giảng năm học mới.</p>").encode(),
            "không phải kế hoạch cải tiến chất lượng",
        ),
        (page("").encode(), "không phải kế hoạch cải tiến chất lượng"),
        (
            b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n"
            b"--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n",
            "không có phần nội dung HTML",
        ),
        (_nested_mime(3000), "lồng nhau quá sâu"),
    ],
)
def test_it_refuses_bad_pages_with_a_vietnamese_message(data: bytes, message: str) -> None:
    with pytest.raises(DocumentError, match=message):
        import_bytes(data, "trang.html")


@pytest.mark.parametrize(
    "markup",
    [
        "<div>" * 50_000 + "sâu" + "</div>" * 50_000,
        "<table><tr><td>" * 5_000 + "sâu",
        "<b>" * 2_000 + "sâu" + "</i>" * 10_000,
        "<table>" + "<span>" * 500 + "<tr><td>sâu" * 2_000,
    ],
)
def test_deep_or_unbalanced_markup_is_read_without_recursion(markup: str) -> None:
    blocks = parse_blocks(markup)
    shown = [block.text if isinstance(block, Paragraph) else repr(block) for block in blocks]
    assert "sâu" in " ".join(shown)
