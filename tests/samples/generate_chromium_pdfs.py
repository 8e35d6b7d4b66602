"""Print seven sample plans as HTML pages with Chromium, as a school website or online editor would.

Run from the repository root (the HTML is deterministic; the PDFs are
Chromium's print of it, written only when missing, since Chromium's output
is not byte-stable)::

    .venv/bin/python tests/samples/generate_chromium_pdfs.py

The plans are descriptions already used by the Word samples (the truth beside
each PDF is ``truth(description)``); only the page differs. Chromium draws a
table's borders as filled rectangles (with ``border-collapse: separate``, a
frame per cell with a gap between neighbours), writes its own font subsets and
repeats a ``thead`` on each page. The seven pages vary: both forms (the 2018
nine-column table with "Mức" and standard rows; the 2026 TT57 form with
sections I–VIII and tables IV, V and VI), portrait, landscape and a portrait
page whose tables sit on named landscape pages, collapsed and separate
borders (one plan's tables as the browser draws ``<table border="1">``),
Liberation Serif, DejaVu Sans and Liberation Sans (Arial's metrics),
a header as a two-column borderless table, bullets as ``<ul><li>`` (a disc, or
the "- " string marker) and as "-" typed in the text, a split time heading
(``colspan`` over ``rowspan``), a responsible cell merged down two rows, a
problems' standard cell merged down, and tables long enough to run over pages
with rows broken by the page.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generate_docx import HEAD_2018, MOTTO, ROMAN, SLOGAN, truth
from generate_docx_plans import PLANS
from generate_round2_plans import ROUND2
from generate_variants import DEFAULT_IV, DEFAULT_V, DEFAULT_VI, item_cells, table_rows
from generate_variants_plans import VARIANTS

from caitien.plan import dumps_plan

SAMPLES = Path(__file__).resolve().parent
OUT = SAMPLES / "pdf" / "chromium"
FIELDS_2018 = (
    "criterion",
    "target",
    "actions",
    "responsible",
    "timeline",
    "budget",
    "support",
    "notes",
)
HEADINGS_2026 = (
    "THÔNG TIN CHUNG",
    "CĂN CỨ XÂY DỰNG KẾ HOẠCH",
    "MỤC ĐÍCH, YÊU CẦU",
    "TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN",
    "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
    "THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)",
    "TỔ CHỨC THỰC HIỆN",
    "CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO",
)


@dataclass(frozen=True)
class Page:
    """How one plan is laid out on the page (the CSS and the markup choices).

    ``size`` is the CSS page size, or "mixed": portrait text with the tables on
    named landscape pages. ``collapse`` chooses ``border-collapse``; ``lists``
    writes points as ``<ul><li>`` (a "- " string marker for points the plan
    writes with a dash, a disc for the others) instead of typed text;
    ``cell_lists`` does the same for the points inside a table cell;
    ``html_borders`` draws the tables as ``<table border="1">`` with the
    browser's own style (separate inset borders 2 px apart inside an outset
    frame) instead of the stylesheet's.
    """

    font: str
    size: str
    collapse: bool
    font_size: str = "12pt"
    cell_font_size: str = "11pt"
    lists: bool = False
    cell_lists: bool = False
    html_borders: bool = False


CHROMIUM: dict[str, tuple[dict[str, Any], Page]] = {
    "tieu-hoc-2018-chromium-landscape": (
        PLANS["tieu-hoc-2018-tab-header"],
        Page('"Liberation Serif"', "A4 landscape", collapse=True, font_size="13pt"),
    ),
    "thcs-2018-chromium-separate": (
        VARIANTS["thcs-2018-plain-unmerged"],
        Page('"DejaVu Sans"', "A4 portrait", collapse=False, lists=True, cell_font_size="9pt"),
    ),
    "nhieu-cap-2018-chromium-arial": (
        ROUND2["nhieu-cap-2018-level-4"],
        Page('"Liberation Sans", Arial', "A4 landscape", collapse=True, cell_lists=True),
    ),
    "gdtx-2026-chromium-serif": (
        PLANS["gdtx-2026-standard-rows"],
        Page('"Liberation Serif"', "A4 portrait", collapse=True, lists=True, font_size="13pt"),
    ),
    "mam-non-2026-chromium-separate": (
        VARIANTS["mam-non-2026-arabic-headings"],
        Page('"DejaVu Sans"', "mixed", collapse=False, lists=True, cell_font_size="10pt"),
    ),
    "thcs-2026-chromium-mixed": (
        ROUND2["thcs-2026-reordered-tables"],
        Page('"Liberation Sans", Arial', "mixed", collapse=True, font_size="13pt"),
    ),
    "thcs-2018-chromium-html-borders": (
        PLANS["thcs-2018-code-title-apart"],
        Page('"Liberation Serif"', "A4 landscape", collapse=False, html_borders=True),
    ),
}


# Markup pieces -------------------------------------------------------------------------------


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def _para(text: str, css: str = "") -> str:
    attribute = f' class="{css}"' if css else ""
    return f"<p{attribute}>{_text(text)}</p>"


def _points(texts: list[str], page: Page, prefix: str = "") -> str:
    """Points as typed paragraphs (``prefix`` numbering them), or as a list when ``page.lists``.

    A list keeps what the plan's text says: points written "- …" get the
    "- " string marker, the others a disc; numbered points become ``<ol>``.
    """
    if not page.lists:
        return "".join(_para(prefix.format(n=n) + text) for n, text in enumerate(texts, 1))
    return _list(texts, numbered=bool(prefix) and "{n}" in prefix)


def _list(texts: list[str], numbered: bool = False) -> str:
    if numbered:
        return "<ol>" + "".join(f"<li>{_text(t)}</li>" for t in texts) + "</ol>"
    dashed = all(text.startswith("- ") for text in texts)
    items = "".join(f"<li>{_text(t.removeprefix('- ') if dashed else t)}</li>" for t in texts)
    return f'<ul class="{"dash" if dashed else "disc"}">{items}</ul>'


def _cell(lines: list[str], page: Page, attributes: str = "", tag: str = "td") -> str:
    """A table cell holding ``lines`` as paragraphs (or a list of "- " points)."""
    points = len(lines) > 1 and all(line.startswith(("- ", "+ ")) for line in lines)
    if page.cell_lists and points and all(line.startswith("- ") for line in lines):
        body = _list(lines)
    else:
        body = "".join(_para(line) for line in lines if line)
    return f"<{tag}{attributes}>{body}</{tag}>"


def _row(cells: list[str]) -> str:
    return "<tr>" + "".join(cells) + "</tr>"


def _heading_cells(texts: list[str], page: Page) -> str:
    return _row([_cell([text], page, tag="th") for text in texts])


def _number_row(count: int, page: Page) -> str:
    return _row([_cell([f"({n})"], page, ' class="number"') for n in range(1, count + 1)])


def _table(head: str, body: str, page: Page) -> str:
    """A ruled table; with ``page.html_borders`` the browser's own ``border="1"`` look."""
    attributes = ' border="1" cellpadding="4"' if page.html_borders else ""
    return (
        f'<table class="{"plain" if page.html_borders else "grid"}"{attributes}>'
        f"<thead>{head}</thead><tbody>{body}</tbody></table>"
    )


# Header, title, closing ----------------------------------------------------------------------


def header(description: dict[str, Any]) -> str:
    """The Nghị định 30 header as a two-column borderless table, one paragraph per line."""
    layout = description["_layout"]
    left = [
        _para(description["school"]["governing_body"]),
        _para(layout["school_caps"], "strong"),
        _para(layout["number_line"]),
    ]
    right = [_para(MOTTO, "strong"), _para(SLOGAN, "strong"), _para(layout["date_line"], "em")]
    return (
        '<table class="blocks"><tr>'
        f'<td class="left">{"".join(left)}</td><td class="right">{"".join(right)}</td>'
        "</tr></table>"
    )


def title(description: dict[str, Any]) -> str:
    """The centred, bold title lines."""
    return "".join(_para(line, "title") for line in description["_layout"]["title"])


def closing(description: dict[str, Any]) -> str:
    """Nơi nhận beside the signature, in a borderless two-column table."""
    signer = description["signer"]
    recipients = [f"- {line}" for line in description["recipients"]]
    left = _para("Nơi nhận:", "strong") + "".join(_para(line, "small") for line in recipients)
    right = _para(signer["title"], "strong") + '<p class="sign"></p>'
    right += _para(signer["name"], "strong")
    return (
        '<table class="blocks closing"><tr>'
        f'<td class="recipients">{left}</td><td class="right">{right}</td>'
        "</tr></table>"
    )


def organization(description: dict[str, Any], page: Page, prefix: str = "{n}. ") -> str:
    """Role headings numbered by ``prefix``, each with its duties."""
    parts = []
    for index, role in enumerate(description["organization"], start=1):
        parts.append(_para(prefix.format(n=index) + role["role"], "strong"))
        parts.append(_points(role["duties"], page))
    return "".join(parts)


# The 2018 form -------------------------------------------------------------------------------


def heads_2018(layout: dict[str, Any]) -> list[tuple[str, str]]:
    """The table's (heading, field) pairs: the layout's own, or the Word samples' nine columns."""
    if "heads_2018" in layout:
        return [(text, field) for text, field in layout["heads_2018"]]
    with_tt = [("TT", "tt")] if layout.get("tt", True) else []
    return with_tt + list(zip(HEAD_2018, FIELDS_2018, strict=True))


def _split_labels(layout: dict[str, Any]) -> tuple[str, str, str] | None:
    """The time heading split in two ("Thời gian thực hiện" over "Bắt đầu" | "Kết thúc")."""
    split = layout.get("split_time")
    if not split:
        return None
    start, end = ("Bắt đầu", "Kết thúc") if split is True else split
    return ("Thời gian thực hiện", start, end)


def head_2018(layout: dict[str, Any], page: Page) -> str:
    """The heading rows: one row, or a split time cell over two rows; then the number row."""
    heads = heads_2018(layout)
    split = _split_labels(layout)
    if split is None:
        rows = _heading_cells([text for text, _ in heads], page)
        columns = len(heads)
    else:
        top = [
            _cell([split[0]], page, ' colspan="2"', "th")
            if field == "timeline"
            else _cell([text], page, ' rowspan="2"', "th")
            for text, field in heads
        ]
        rows = _row(top) + _heading_cells([split[1], split[2]], page)
        columns = len(heads) + 1
    if layout.get("number_row"):
        rows += _number_row(columns, page)
    return rows


def _standard_2018(value: tuple[int, str, str], layout: dict[str, Any], columns: int) -> list[str]:
    """A standard row's cells, as the layout writes it (merged, first cells, numbered …)."""
    number, name, tt = value
    kind = layout.get("standard_rows", "merged")
    if kind == "numbered":  # "1 | Tiêu chuẩn 1: …" (seed 003)
        rest = f' colspan="{columns - 1}"'
        return [
            f'<td class="strong">{tt}</td>',
            f'<td{rest} class="strong">{_text(f"Tiêu chuẩn {number}: {name}")}</td>',
        ]
    if kind == "first_cell":
        empty = "<td></td>" * (columns - 2)
        return [
            "<td></td>",
            f'<td class="strong">{_text(f"Tiêu chuẩn {number}: {name}")}</td>',
            empty,
        ]
    if layout.get("roman_standards"):
        return [f'<td class="strong">{ROMAN[number]}</td>', _span(name, columns - 1)]
    text = f"TIÊU CHUẨN {number}. {name}" if kind == "capitals" else f"Tiêu chuẩn {number}: {name}"
    return [_span(text, columns)]


def _span(text: str, columns: int) -> str:
    return f'<td colspan="{columns}" class="strong">{_text(text)}</td>'


def _merged_rows(layout: dict[str, Any]) -> dict[int, int]:
    """Item index → rows its responsible cell spans (Word's vertical merge, as ``rowspan``)."""
    return {first: second - first + 1 for first, second in layout.get("merge_responsible", [])}


def _cell_fields(heads: list[tuple[str, str]], split: bool) -> list[str]:
    """The field of each cell of an item row (the time split in two gives two cells)."""
    fields = []
    for _, field in heads:
        fields += [field, field] if split and field == "timeline" else [field]
    return fields


def body_2018(description: dict[str, Any], page: Page) -> str:
    """The part, standard and item rows of the 2018 table."""
    layout = description["_layout"]
    heads = heads_2018(layout)
    split = _split_labels(layout) is not None
    fields = _cell_fields(heads, split)
    spans, covered, item_index, rows = _merged_rows(layout), 0, -1, []
    for kind, value in table_rows(description):
        if kind == "part":
            rows.append(_row([_span(layout.get("parts", {}).get(value, value), len(fields))]))
            continue
        if kind == "standard":
            rows.append(_row(_standard_2018(value, layout, len(fields))))
            continue
        item_index += 1
        cells = []
        contents = item_cells(value, heads, split, layout.get("code_apart", False))
        for field, lines in zip(fields, contents, strict=True):
            if field == "responsible" and covered:
                covered -= 1  # under the cell merged down from the row above
                continue
            span = spans.get(item_index, 1) if field == "responsible" else 1
            covered = span - 1 if span > 1 else covered
            cells.append(_cell(lines, page, f' rowspan="{span}"' if span > 1 else ""))
        rows.append(_row(cells))
    return "".join(rows)


def sections_2018(description: dict[str, Any], page: Page) -> str:
    """Sections I–IV of a 2018 plan, the table in section III."""
    layout = description["_layout"]
    titles = layout.get(
        "section_titles",
        [
            "I. MỤC ĐÍCH, YÊU CẦU",
            "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
            layout["section_iii"],
            layout["section_org"],
        ],
    )
    purposes = _points(description["purposes"], page, layout.get("purpose_prefix", "{n}. "))
    table = _table(head_2018(layout, page), body_2018(description, page), page)
    return "".join(
        [
            _para(titles[0], "strong"),
            purposes,
            _para(titles[1], "strong"),
            _points(description["bases"], page),
            f'<section class="wide">{_para(titles[2], "strong")}{table}</section>',
            _para(titles[3], "strong"),
            organization(description, page),
        ]
    )


# The 2026 form -------------------------------------------------------------------------------


def _headings_2026(layout: dict[str, Any]) -> list[str]:
    if "headings" in layout:
        return list(layout["headings"])
    return [f"{ROMAN[n]}. {text}" for n, text in enumerate(HEADINGS_2026, start=1)]


def table_iv(description: dict[str, Any], page: Page) -> str:
    """Table IV; a standard cell merged down over the problems of the same standard."""
    layout = description["_layout"]
    heads = [(t, f) for t, f in layout.get("heads_iv", DEFAULT_IV)]
    spans = {
        first: second - first + 1 for first, second in layout.get("merge_problem_standard", [])
    }
    rows, covered = [], 0
    for index, problem in enumerate(description["problems"]):
        cells = []
        for _, field in heads:
            if field == "standard" and covered:
                covered -= 1
                continue
            text = str(index + 1) if field == "tt" else problem[field]
            span = spans.get(index, 1) if field == "standard" else 1
            covered = span - 1 if span > 1 else covered
            cells.append(_cell([text], page, f' rowspan="{span}"' if span > 1 else ""))
        rows.append(_row(cells))
    return _table(_heading_cells([t for t, _ in heads], page), "".join(rows), page)


def table_v(description: dict[str, Any], page: Page) -> str:
    """Table V with a number row when the layout has one, standard rows merged across."""
    layout = description["_layout"]
    heads = [(t, f) for t, f in layout.get("heads_v", DEFAULT_V)]
    head = _heading_cells([t for t, _ in heads], page)
    if layout.get("number_row"):
        head += _number_row(len(heads), page)
    rows = []
    for kind, value in table_rows(description):
        if kind == "standard":
            rows.append(_row([_span(f"Tiêu chuẩn {value[0]}: {value[1]}", len(heads))]))
            continue
        cells = []
        for _, field in heads:
            lines = value.get("_actions") if field == "actions" else None
            text = value["_tt"] if field == "tt" else value[field]
            cells.append(_cell(lines or [text], page))
        rows.append(_row(cells))
    return _table(head, "".join(rows), page)


def table_vi(description: dict[str, Any], page: Page) -> str:
    """Table VI, with a "(1) … (5)" row when the layout asks for one."""
    layout = description["_layout"]
    heads = [(t, f) for t, f in layout.get("heads_vi", DEFAULT_VI)]
    head = _heading_cells([t for t, _ in heads], page)
    if layout.get("monitoring_numbers"):
        head += _number_row(len(heads), page)
    rows = [_row([_cell([m[f]], page) for _, f in heads]) for m in description["monitoring"]]
    return _table(head, "".join(rows), page)


def sections_2026(description: dict[str, Any], page: Page) -> str:
    """Sections I–VIII of a TT57 plan, the three tables on the wide pages."""
    layout = description["_layout"]
    headings = _headings_2026(layout)
    general = _points(description["general_info"], page, layout.get("general_prefix", ""))
    purposes = _points(description["purposes"], page, layout.get("purpose_prefix", "{n}. "))
    tables = [table_iv(description, page), table_v(description, page), table_vi(description, page)]
    wide = "".join(_para(h, "strong") + t for h, t in zip(headings[3:6], tables, strict=True))
    reporting = _points(description["reporting"], page, "{n}. ")
    return "".join(
        [
            _para(headings[0], "strong"),
            general,
            _para(headings[1], "strong"),
            _points(description["bases"], page),
            _para(headings[2], "strong"),
            purposes,
            f'<section class="wide">{wide}</section>',
            _para(headings[6], "strong"),
            organization(description, page, layout.get("org_prefix", "{n}. ")),
            _para(headings[7], "strong"),
            reporting,
        ]
    )


# The page ----------------------------------------------------------------------------------


def style(page: Page) -> str:
    """The stylesheet: page size, font, tables' borders and the list markers."""
    size = "A4 portrait" if page.size == "mixed" else page.size
    wide = "@page wide { size: A4 landscape; margin: 15mm 12mm; }" if page.size == "mixed" else ""
    borders = (
        "border-collapse: collapse;"
        if page.collapse
        else "border-collapse: separate; border-spacing: 2px;"
    )
    return f"""
@page {{ size: {size}; margin: 20mm 15mm 20mm 25mm; }}
{wide}
section.wide {{ {"page: wide;" if page.size == "mixed" else ""} }}
body {{ font-family: {page.font}; font-size: {page.font_size}; line-height: 1.3; margin: 0; }}
p {{ margin: 0 0 4pt 0; text-align: justify; }}
p.title {{ text-align: center; font-weight: bold; margin: 0; }}
.strong, th {{ font-weight: bold; }}
p.em {{ font-style: italic; }}
p.small {{ font-size: 10pt; margin: 0; }}
p.sign {{ height: 48pt; }}
table.blocks {{ width: 100%; border: none; margin-bottom: 14pt; }}
table.blocks td {{ vertical-align: top; text-align: center; padding: 0; }}
table.blocks td p {{ text-align: center; margin: 0; }}
table.blocks td.left {{ width: 42%; }}
table.blocks td.recipients, table.blocks td.recipients p {{ text-align: left; }}
table.closing {{ margin-top: 18pt; break-inside: avoid; }}
table.grid {{ {borders} width: 100%; font-size: {page.cell_font_size}; margin: 4pt 0 10pt; }}
table.grid th, table.grid td {{ border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; }}
table.grid th p, td.number p {{ text-align: center; margin: 0; }}
table.grid td p {{ text-align: left; margin: 0 0 2pt 0; }}
ul, ol {{ margin: 0 0 4pt 0; padding-left: 22pt; }}
ul.dash {{ list-style-type: "- "; }}
ul.disc {{ list-style-type: disc; }}
table.grid ul {{ padding-left: 10pt; margin: 0; }}
{_plain_tables(page) if page.html_borders else ""}"""


def _plain_tables(page: Page) -> str:
    """Rules for tables left to the browser's border style: size, font and paragraphs only."""
    return f"""table.plain {{ width: 100%; font-size: {page.cell_font_size}; margin: 4pt 0 10pt; }}
table.plain td {{ vertical-align: top; }}
table.plain th p {{ text-align: center; margin: 0; }}
table.plain td p {{ text-align: left; margin: 0 0 2pt 0; }}
"""


def document(description: dict[str, Any], page: Page) -> str:
    """The whole plan as one HTML page."""
    body = sections_2026 if description["form"] == "2026" else sections_2018
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f"<title>{_text(' '.join(description['_layout']['title']))}</title>"
        f"<style>{style(page)}</style></head><body>"
        f"{header(description)}{title(description)}<p></p>"
        f"{body(description, page)}{closing(description)}</body></html>\n"
    )


# Files -------------------------------------------------------------------------------------


def chromium() -> str | None:
    """The Chromium binary on the path, if any."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def print_pdf(source: Path, target: Path) -> None:
    """Print ``source`` to ``target`` with headless Chromium (a message without it)."""
    binary = chromium()
    if binary is None:
        sys.stdout.write(f"Chromium unavailable, {target.name} not printed\n")
        return
    with tempfile.TemporaryDirectory() as profile:
        command = [binary, "--headless", "--no-sandbox", "--disable-gpu"]
        command += [f"--user-data-dir={profile}", "--no-pdf-header-footer"]
        command += [f"--print-to-pdf={target}", source.as_uri()]
        subprocess.run(command, check=True, capture_output=True, timeout=180)


def main() -> None:
    """Write each plan's HTML and truth; print the PDFs that are missing."""
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        for name, (description, page) in CHROMIUM.items():
            source = Path(folder) / f"{name}.html"
            source.write_text(document(description, page), encoding="utf-8")
            (OUT / f"{name}.plan.json").write_text(dumps_plan(truth(description)), encoding="utf-8")
            if not (OUT / f"{name}.pdf").exists():
                print_pdf(source, OUT / f"{name}.pdf")
            sys.stdout.write(f"wrote pdf/chromium/{name}\n")


if __name__ == "__main__":
    main()
