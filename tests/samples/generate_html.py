"""Write the web-page samples of ``tests/samples/html/`` (HTML, Word pages, MHT) and their truth.

The plans are those of ``generate_docx_plans.py``, laid out by the Word writer
of ``generate_docx.py`` (so layout and truth cannot disagree), then saved as a
web page the way each tool writes one: Word's "Save as Web Page" (``mso-``
styles, conditional comments, ``<o:p>``, list numbers as text, tab-stop spans,
a spacer row, Windows-1258), Word's single-file page (MHT, quoted-printable),
a WordPress post (menus, sidebar, footer, ``<ul>``/``<ol>`` lists, a nested
"Bắt đầu | Kết thúc" table) and an old portal laid out with tables. Two are
named ``.doc``, as portals hand them out. Six Word samples are also saved as
HTML, and four as XHTML, by LibreOffice itself, into ``html/libreoffice/``,
with the truth of the .docx. Run from the repository root::

    .venv/bin/python tests/samples/generate_html.py
"""

from __future__ import annotations

import html
import quopri
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from generate_docx import truth, write_2018, write_2026
from generate_docx_plans import PLANS

from caitien.plan import dumps_plan

HERE = Path(__file__).resolve().parent / "html"
_TONES = "\u0300\u0301\u0303\u0309\u0323"
# Word list definitions of generate_docx.add_list_definitions, and the built-in list styles.
_LIST_FORMATS = {
    "91": ["upper-roman", "decimal"],
    "92": ["decimal", "lower-letter"],
    "93": ["decimal", "lower-letter"],
    "94": ["decimal", "lower-letter"],
    "List Number": ["decimal"],
    "List Bullet": ["bullet"],
}


# Reading the Word document the generator wrote ------------------------------------------


@dataclass
class Para:
    """A paragraph as a web page shows it: runs (text, bold), centring, the list marker."""

    runs: list[tuple[str, bool]]
    centered: bool = False
    marker: str = ""  # "1.", "a)", "I.", "·" (bullet) — what Word writes before the text
    ordered: bool = False

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.runs)


@dataclass
class Cell:
    paras: list[Para]
    colspan: int = 1
    rowspan: int = 1


@dataclass
class Grid:
    """A table: rows of cells (vertical-merge continuations left out), ruled or not."""

    rows: list[list[Cell]]
    ruled: bool
    header_rows: int = 0


@dataclass
class Lists:
    """Word's list counters, to write the numbers it shows as text."""

    counters: dict[str, list[int]] = field(default_factory=dict)

    def marker(self, key: str, level: int) -> tuple[str, bool]:
        formats = _LIST_FORMATS[key]
        counts = self.counters.setdefault(key, [0] * len(formats))
        counts[level] += 1
        for deeper in range(level + 1, len(counts)):
            counts[deeper] = 0
        fmt, number = formats[level], counts[level]
        if fmt == "bullet":
            return "·", False
        if fmt == "upper-roman":
            return ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][number - 1] + ".", True
        if fmt == "lower-letter":
            return chr(ord("a") + number - 1) + ")", True
        return f"{number}.", True


def read_paragraph(paragraph: DocxParagraph, lists: Lists) -> Para:
    runs = [(run.text, bool(run.bold)) for run in paragraph.runs if run.text]
    para = Para(runs, centered=paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER)
    num = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
    if num is not None:
        para.marker, para.ordered = lists.marker(str(num.numId.val), int(num.ilvl.val))
    elif paragraph.style is not None and paragraph.style.name in _LIST_FORMATS:
        para.marker, para.ordered = lists.marker(paragraph.style.name, 0)
    return para


def read_table(table: DocxTable, lists: Lists) -> Grid:
    """The table's cells with their spans: a vertical merge becomes one cell with a rowspan."""
    placed: list[list[tuple[int, Any]]] = []
    for tr in table._tbl.tr_lst:
        column, row = 0, []
        for tc in tr.tc_lst:
            row.append((column, tc))
            column += tc.grid_span
        placed.append(row)
    rows: list[list[Cell]] = []
    for index, row in enumerate(placed):
        cells = []
        for column, tc in row:
            if tc.vMerge == "continue":
                continue
            paras = [read_paragraph(DocxParagraph(p, table), lists) for p in tc.p_lst]
            cells.append(Cell(paras, tc.grid_span, _rowspan(placed, index, column, tc)))
        rows.append(cells)
    headers = sum(
        1
        for tr in table._tbl.tr_lst
        if tr.trPr is not None and tr.trPr.find(qn("w:tblHeader")) is not None
    )
    ruled = table.style is not None and table.style.name == "Table Grid"
    return Grid(rows, ruled, headers)


def _rowspan(placed: list[list[tuple[int, Any]]], index: int, column: int, tc: Any) -> int:
    if tc.vMerge != "restart":
        return 1
    span = 1
    for row in placed[index + 1 :]:
        below = next((cell for start, cell in row if start == column), None)
        if below is None or below.vMerge != "continue":
            break
        span += 1
    return span


def read_body(document: Any) -> list[Para | Grid]:
    """The document body in order: paragraphs and tables."""
    lists = Lists()
    out: list[Para | Grid] = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            out.append(read_paragraph(DocxParagraph(child, document), lists))
        elif child.tag == qn("w:tbl"):
            out.append(read_table(DocxTable(child, document), lists))
    return out


# Word's "Save as Web Page" -----------------------------------------------------------------

WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset={charset}">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="ke-hoach_files/filelist.xml">
<title>KẾ HOẠCH</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Văn thư</o:Author>
  <o:Pages>6</o:Pages>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>100</w:Zoom>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{mso-style-parent:"";
\tmargin:0cm;
\tfont-size:13.0pt;
\tfont-family:"Times New Roman",serif;}
p.MsoListParagraph
\t{margin-left:36.0pt;}
@page WordSection1
\t{size:595.3pt 841.9pt;
\tmargin:2.0cm 2.0cm 2.0cm 3.0cm;}
div.WordSection1
\t{page:WordSection1;}
-->
</style>
<!--[if gte mso 10]>
<style>
 table.MsoNormalTable
\t{mso-style-name:"Table Normal";}
</style>
<![endif]-->
</head>

<body lang=EN-US style='tab-interval:36.0pt'>

<div class=WordSection1>

"""
_WORD_TAB = "<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
_WORD_GAP = "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"


def word_run(text: str, bold: bool) -> str:
    pieces = []
    for index, line in enumerate(text.split("\n")):
        if index:
            pieces.append("<br>\n")
        pieces.append(_WORD_TAB.join(html.escape(part, quote=False) for part in line.split("\t")))
    span = f"<span lang=VI style='font-size:13.0pt'>{''.join(pieces)}</span>"
    return f"<b>{span}</b>" if bold else span


def word_paragraph(para: Para) -> str:
    styles = ["text-align:center"] if para.centered else []
    align = " align=center" if para.centered else ""
    marker = ""
    if para.marker:
        styles.append("text-indent:-18.0pt;mso-list:l0 level1 lfo1")
        font = " style='font-family:Symbol'" if para.marker == "·" else ""
        marker = (
            f"<![if !supportLists]><span lang=VI{font}><span style='mso-list:Ignore'>"
            f"{para.marker}{_WORD_GAP}</span></span><![endif]>"
        )
    style = f" style='{';'.join(styles)}'" if styles else ""
    css = "MsoListParagraph" if para.marker else "MsoNormal"
    body = "".join(word_run(text, bold) for text, bold in para.runs)
    if not body:
        return f"<p class={css}{align}{style}><o:p>&nbsp;</o:p></p>\n\n"
    return f"<p class={css}{align}{style}>{marker}{body}<o:p></o:p></p>\n\n"


def word_table(grid: Grid) -> str:
    border = "border:solid windowtext 1.0pt;" if grid.ruled else ""
    css = "MsoTableGrid border=1" if grid.ruled else "MsoNormalTable border=0"
    out = [f"<table class={css} cellspacing=0 cellpadding=0\n style='border-collapse:collapse'>\n"]
    for index, row in enumerate(grid.rows):
        if index == 0 and grid.header_rows:
            out.append("<thead>\n")
        out.append(f" <tr style='mso-yfti-irow:{index}'>\n")
        for cell in row:
            spans = (f" colspan={cell.colspan}" if cell.colspan > 1 else "") + (
                f" rowspan={cell.rowspan}" if cell.rowspan > 1 else ""
            )
            paras = "".join(word_paragraph(para) for para in cell.paras)
            out.append(
                f"  <td valign=top{spans} style='{border}padding:0cm 5.4pt'>\n  {paras}  </td>\n"
            )
        out.append(" </tr>\n")
        if index + 1 == grid.header_rows:
            out.append("</thead>\n")
    if grid.ruled:  # Word's spacer row, for browsers that misalign merged columns
        width = max(sum(cell.colspan for cell in row) for row in grid.rows)
        out.append(" <![if !supportMisalignedColumns]>\n <tr height=0>\n")
        out.append("  <td width=60 style='border:none'></td>\n" * width)
        out.append(" </tr>\n <![endif]>\n")
    out.append("</table>\n\n")
    return "".join(out)


def word_page(body: list[Para | Grid], charset: str) -> str:
    parts = [word_paragraph(item) if isinstance(item, Para) else word_table(item) for item in body]
    page = "".join(parts) + "</div>\n\n</body>\n\n</html>\n"
    return WORD_HEAD.replace("{charset}", charset) + wrap(page)


def wrap(markup: str, width: int = 76) -> str:
    """Word's source wrapping: long lines broken at a space (a space to a browser)."""
    out = []
    for line in markup.split("\n"):
        while len(line) > width and " " in line[width // 2 : width]:
            cut = line.rindex(" ", width // 2, width)
            out.append(line[:cut])
            line = line[cut + 1 :]
        out.append(line)
    return "\r\n".join(out)


# A WordPress post and an old table-laid portal --------------------------------------------

WEB_TOP = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} – {school}</title>
<link rel="stylesheet" href="/wp-content/themes/truonghoc/style.css">
<style>.entry-content table {{ border-collapse: collapse; }} td {{ padding: 4px; }}</style>
<script>window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header">
  <div class="site-branding"><p class="site-title"><a href="/">{school}</a></p>
  <p class="site-description">Dạy tốt – Học tốt</p></div>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
    <li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
    <li><a href="/tin-tuc">Tin tức</a></li><li><a href="/van-ban">Văn bản</a></li>
    <li><a href="/lien-he">Liên hệ</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div class="breadcrumbs">Trang chủ &raquo; Văn bản &raquo; Kế hoạch</div>
<main id="main" class="site-main">
<article id="post-1187" class="post-1187 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta">Đăng ngày 05/10/2024 bởi Văn thư &middot; 312 lượt xem</div></header>
<div class="entry-content">
"""
WEB_BOTTOM = """</div>
<div class="share-buttons">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div>
</article>
<div class="related-posts"><h3>Bài viết liên quan</h3>
<ul><li>Kế hoạch năm học 2023 - 2024</li></ul></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2>Thông báo</h2>
<ul><li>Lịch họp phụ huynh đầu năm</li><li>Kết quả tuyển sinh lớp 6</li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><p>&copy; 2024 {school}. Địa chỉ: thôn 3.</p></footer>
</div>
<script src="/wp-includes/js/wp-embed.min.js"></script>
</body>
</html>
"""


def web_text(para: Para, *, strong: str = "strong") -> str:
    return "".join(
        f"<{strong}>{html.escape(text, quote=False)}</{strong}>"
        if bold
        else html.escape(text, quote=False)
        for text, bold in para.runs
    ).replace("\n", "<br />\n")


def web_body(body: list[Para | Grid], timelines: dict[str, tuple[str, str]]) -> str:
    """Paragraphs as <p>, Word lists as <ul>/<ol> items, tables ruled with <br /> in cells."""
    out: list[str] = []
    for item in body:
        if isinstance(item, Grid):
            out.append(web_table(item, timelines))
        elif item.marker:
            tag = "ol" if item.ordered else "ul"
            start = f' start="{item.marker.rstrip(".")}"' if item.ordered else ""
            strong = web_text(item)
            out.append(f"<{tag}{start}>\n<li>{strong}</li>\n</{tag}>\n")
        elif item.runs:
            style = ' style="text-align: center;"' if item.centered else ""
            out.append(f"<p{style}>{web_text(item)}</p>\n")
        else:
            out.append("<p>&nbsp;</p>\n")
    return "".join(out)


def web_table(grid: Grid, timelines: dict[str, tuple[str, str]]) -> str:
    border = ' border="1"' if grid.ruled else ""
    out = [f'<table{border} style="width: 100%;">\n']
    if grid.header_rows:
        out.append("<thead>\n")
    for index, row in enumerate(grid.rows):
        if index == grid.header_rows and grid.header_rows:
            out.append("</thead>\n<tbody>\n")
        cells = []
        for cell in row:
            spans = (f' colspan="{cell.colspan}"' if cell.colspan > 1 else "") + (
                f' rowspan="{cell.rowspan}"' if cell.rowspan > 1 else ""
            )
            text = "\n".join(para.text for para in cell.paras)
            if text in timelines:  # the time column split in a nested table, as some posts do
                start, end = timelines[text]
                inner = (
                    '<table border="1"><tr><td>Bắt đầu</td><td>Kết thúc</td></tr>'
                    f"<tr><td>{start}</td><td>{end}</td></tr></table>"
                )
            else:
                inner = "<br />\n".join(web_text(para) for para in cell.paras)
            cells.append(f"<td{spans}>{inner}</td>")
        out.append("<tr>\n" + "\n".join(cells) + "\n</tr>\n")
    out.append("</tbody>\n</table>\n" if grid.header_rows else "</table>\n")
    return "".join(out)


def wordpress_page(body: list[Para | Grid], description: dict[str, Any]) -> str:
    timelines = {
        " - ".join(item["_timeline"]): item["_timeline"]
        for item in description["items"]
        if "_timeline" in item
    }
    values = {
        "title": " ".join(description["_layout"]["title"]),
        "school": description["school"]["name"],
    }
    return WEB_TOP.format(**values) + web_body(body, timelines) + WEB_BOTTOM.format(**values)


JOOMLA_TOP = """<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<title>{title}</title>
<script src="/media/jui/js/jquery.min.js"></script>
</head>
<body class="site com_content view-article">
<div class="container">
<div class="header"><a class="brand" href="/">{school}</a></div>
<div class="navigation"><ul class="nav menu"><li><a href="/">Trang chủ</a></li>
<li><a href="/thong-bao">Thông báo</a></li><li><a href="/van-ban">Văn bản</a></li></ul></div>
<div class="row-fluid">
<div id="sidebar" class="span3"><div class="moduletable"><h3>Lịch công tác</h3>
<p>Tuần 6: họp hội đồng</p></div></div>
<main id="content" role="main" class="span9">
<div class="item-page"><div class="page-header"><h2>{title}</h2></div>
<dl class="article-info"><dd class="hits">Lượt xem: 215</dd></dl>
"""
JOOMLA_BOTTOM = """</div>
</main>
</div>
<div class="footer"><p>{school}</p></div>
</div>
</body>
</html>
"""


def br_lines(body: list[Para | Grid]) -> str:
    """A CMS paste: the running text as blocks of lines broken by <br />, tables kept."""
    out: list[str] = []
    lines: list[str] = []
    for item in [*body, None]:
        if isinstance(item, Para) and item.runs:
            marker = f"{item.marker} " if item.marker and item.ordered else ""
            marker = "- " if item.marker == "·" else marker
            lines.append(marker + web_text(item))
            continue
        if lines:
            out.append("<p>" + "<br />\n".join(lines) + "</p>\n")
            lines = []
        if isinstance(item, Grid):
            out.append(web_table(item, {}))
    return "".join(out)


def joomla_page(body: list[Para | Grid], description: dict[str, Any]) -> str:
    values = {
        "title": " ".join(description["_layout"]["title"]),
        "school": description["school"]["name"],
    }
    return JOOMLA_TOP.format(**values) + br_lines(body) + JOOMLA_BOTTOM.format(**values)


PORTAL_TOP = """<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<TITLE>Cổng thông tin điện tử - {school}</TITLE>
<SCRIPT LANGUAGE="JavaScript">
function openMenu(id) {{ document.getElementById(id).style.display = 'block'; }}
</SCRIPT>
</HEAD>
<BODY BGCOLOR="#FFFFFF" TOPMARGIN="0">
<TABLE WIDTH="980" BORDER="0" CELLPADDING="0" CELLSPACING="0" ALIGN="center">
<TR><TD COLSPAN="2" CLASS="banner"><IMG SRC="images/banner.jpg" ALT="{school}"></TD></TR>
<TR>
<TD WIDTH="200" VALIGN="top" CLASS="left-menu">
<TABLE WIDTH="100%"><TR><TD><A HREF="default.aspx">Trang chủ</A></TD></TR>
<TR><TD><A HREF="tintuc.aspx">Tin tức - Sự kiện</A></TD></TR>
<TR><TD><A HREF="vanban.aspx">Văn bản - Kế hoạch</A></TD></TR>
<TR><TD><A HREF="thuvien.aspx">Thư viện ảnh</A></TD></TR></TABLE>
</TD>
<TD VALIGN="top" CLASS="main-content">
<DIV CLASS="tieude">Văn bản - Kế hoạch</DIV><HR>
"""
PORTAL_BOTTOM = """</TD>
</TR>
<TR><TD COLSPAN="2" ALIGN="center" CLASS="footer">
Bản quyền thuộc {school}<BR>Thiết kế bởi VNPT</TD></TR>
</TABLE>
</BODY>
</HTML>
"""


def portal_body(body: list[Para | Grid]) -> str:
    """Paragraphs as <DIV ALIGN> with <B>, tables ruled with BORDER=1, cells' lines by <BR>."""
    out: list[str] = []
    for item in body:
        if isinstance(item, Grid):
            border = ' BORDER="1" CELLPADDING="3"' if item.ruled else ' BORDER="0"'
            rows = []
            for row in item.rows:
                cells = "".join(
                    f"<TD{' COLSPAN=' + str(c.colspan) if c.colspan > 1 else ''}>"
                    + "<BR>".join(
                        f'<FONT FACE="Times New Roman">{web_text(p, strong="B")}</FONT>'
                        for p in c.paras
                    )
                    + "</TD>"
                    for c in row
                )
                rows.append(f"<TR>{cells}</TR>\n")
            out.append(f'<TABLE WIDTH="100%"{border}>\n{"".join(rows)}</TABLE>\n')
        elif item.runs:
            align = ' ALIGN="center"' if item.centered else ""
            out.append(
                f"<DIV{align}>{f'{item.marker} ' if item.marker else ''}"
                f"{web_text(item, strong='B')}</DIV>\n"
            )
        else:
            out.append("<DIV>&nbsp;</DIV>\n")
    return "".join(out)


def portal_page(body: list[Para | Grid], description: dict[str, Any]) -> str:
    school = description["school"]["name"]
    return (
        PORTAL_TOP.format(school=school) + portal_body(body) + PORTAL_BOTTOM.format(school=school)
    )


# Encodings and the single-file page ---------------------------------------------------------


def cp1258(text: str) -> bytes:
    """Windows-1258 as Word writes it: a base letter and a combining tone mark where needed."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            tone = next((mark for mark in parts if mark in _TONES), None)
            if tone is None:
                out += f"&#{ord(char)};".encode("ascii")
                continue
            base = unicodedata.normalize("NFC", parts.replace(tone, ""))
            out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


BOUNDARY = "----=_NextPart_01DB1A2B.3C4D5E60"


def single_file_page(page: bytes, charset: str) -> bytes:
    """Word's MHT: the page quoted-printable in a multipart/related message, with its file list."""
    encoded = quopri.encodestring(page).decode("ascii").replace("\r\n", "\n").replace("\n", "\r\n")
    parts = [
        "MIME-Version: 1.0",
        f'Content-Type: multipart/related; boundary="{BOUNDARY}"',
        "",
        "This document is a Single File Web Page, also known as a Web Archive file.  If you are "
        "seeing this message, your browser or editor doesn't support Web Archive files.",
        "",
        f"--{BOUNDARY}",
        "Content-Location: file:///C:/6B3F2A10/ke-hoach.htm",
        "Content-Transfer-Encoding: quoted-printable",
        f'Content-Type: text/html; charset="{charset}"',
        "",
        encoded,
        "",
        f"--{BOUNDARY}",
        "Content-Location: file:///C:/6B3F2A10/ke-hoach_files/filelist.xml",
        "Content-Transfer-Encoding: quoted-printable",
        'Content-Type: text/xml; charset="utf-8"',
        "",
        '<xml xmlns:o=3D"urn:schemas-microsoft-com:office:office">',
        ' <o:MainFile HRef=3D"../ke-hoach.htm"/>',
        "</xml>",
        f"--{BOUNDARY}",
        "Content-Location: file:///C:/6B3F2A10/ke-hoach_files/image001.png",
        "Content-Transfer-Encoding: base64",
        "Content-Type: image/png",
        "",
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
        "",
        f"--{BOUNDARY}--",
        "",
    ]
    return "\r\n".join(parts).encode("ascii")


# The samples ---------------------------------------------------------------------------------


def _body(name: str) -> tuple[dict[str, Any], list[Para | Grid]]:
    description = PLANS[name]
    writer = write_2026 if description["form"] == "2026" else write_2018
    return description, read_body(writer(description))


def word_cp1258(name: str) -> bytes:
    return cp1258(word_page(_body(name)[1], "windows-1258"))


def word_utf8(name: str) -> bytes:
    return word_page(_body(name)[1], "utf-8").encode("utf-8")


def mht_ascii(name: str) -> bytes:
    page = word_page(_body(name)[1], "us-ascii").encode("ascii", "xmlcharrefreplace")
    return single_file_page(page, "us-ascii")


def mht_utf8(name: str) -> bytes:
    return single_file_page(word_page(_body(name)[1], "utf-8").encode("utf-8"), "utf-8")


def wordpress(name: str) -> bytes:
    description, body = _body(name)
    return wordpress_page(body, description).encode("utf-8")


def joomla(name: str) -> bytes:
    description, body = _body(name)
    return joomla_page(body, description).encode("utf-8")


def portal(name: str) -> bytes:
    description, body = _body(name)
    return b"\xef\xbb\xbf" + portal_page(body, description).replace("\n", "\r\n").encode("utf-8")


# (plan in generate_docx_plans, file written, how)
SAMPLES = [
    ("tieu-hoc-2018-tab-header", "tieu-hoc-2018-word-web-page-cp1258.htm", word_cp1258),
    ("thcs-2018-code-title-apart", "thcs-2018-wordpress-nested-time.html", wordpress),
    ("thpt-2018-no-table", "thpt-2018-portal-table-layout.html", portal),
    ("nhieu-cap-2018-no-tt", "nhieu-cap-2018-single-file-ascii.mht", mht_ascii),
    ("thcs-2018-code-title-apart", "thcs-2018-word-web-page-bullets.htm", word_utf8),
    ("gdtx-2026-standard-rows", "gdtx-2026-web-page-named-doc.doc", word_utf8),
    ("mam-non-2026-word-lists", "mam-non-2026-joomla-br-lines.html", joomla),
    ("mam-non-2026-word-lists", "mam-non-2026-single-file-named-doc.doc", mht_utf8),
]


# Word samples saved as HTML by LibreOffice: its own markup (<li><p>, footnote anchors, a
# stamp floating over a cell, field marks, the running header as <div title="header">).
# The two with tracked changes are left out: LibreOffice writes their deleted words into
# the inserted ones, at the wrong places, with no mark to tell them apart.
LIBREOFFICE_PAGES = [
    "gdtx-2026-content-controls",
    "mam-non-2026-nested-time",
    "thcs-2018-code-title-apart",
    "tieu-hoc-2018-split-per-standard",
    "tieu-hoc-2018-tab-header",
    "thcs-2026-reordered-tables",
]
DOCX = Path(__file__).resolve().parent / "docx"


# The same with LibreOffice's XHTML filter: list labels written as floated text under a
# "li { list-style: none }" style sheet, a header on tab stops as absolutely placed text,
# footnote links named "#ftn1".
LIBREOFFICE_XHTML_PAGES = [
    "mam-non-2026-word-lists",
    "thcs-2018-code-title-apart",
    "tieu-hoc-2018-split-per-standard",
    "tieu-hoc-2018-tab-header",
]
_FILTERS = {"html": "html", "xhtml": "xhtml:XHTML Writer File:UTF8"}


def write_libreoffice_pages() -> None:
    """Convert the Word samples above to HTML and XHTML with LibreOffice (skipped without it)."""
    folder = HERE / "libreoffice"
    folder.mkdir(exist_ok=True)
    for suffix, names in (("html", LIBREOFFICE_PAGES), ("xhtml", LIBREOFFICE_XHTML_PAGES)):
        with tempfile.TemporaryDirectory() as work:
            profile = (Path(work) / "profile").as_uri()
            command = ["soffice", f"-env:UserInstallation={profile}", "--headless"]
            command += ["--convert-to", _FILTERS[suffix], "--outdir", work]
            command += [str(DOCX / f"{name}.docx") for name in names]
            try:
                subprocess.run(command, check=True, capture_output=True, timeout=300)
            except (OSError, subprocess.SubprocessError) as exc:
                sys.stdout.write(f"LibreOffice unavailable, its pages not refreshed: {exc}\n")
                return
            for name in names:
                shutil.copyfile(Path(work) / f"{name}.{suffix}", folder / f"{name}.{suffix}")
                shutil.copyfile(DOCX / f"{name}.plan.json", folder / f"{name}.plan.json")
                sys.stdout.write(f"wrote libreoffice/{name}.{suffix} and its truth\n")


def main() -> None:
    """Write every sample and its truth (deterministic, rerunnable)."""
    HERE.mkdir(exist_ok=True)
    for plan_name, file_name, render in SAMPLES:
        (HERE / file_name).write_bytes(render(plan_name))
        stem = Path(file_name).stem
        (HERE / f"{stem}.plan.json").write_text(
            dumps_plan(truth(PLANS[plan_name])), encoding="utf-8"
        )
        sys.stdout.write(f"wrote {file_name} and {stem}.plan.json\n")
    write_libreoffice_pages()


if __name__ == "__main__":
    main()
