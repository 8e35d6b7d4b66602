"""Write siblings of the shared samples v1.docx, v2.pdf and v3.docx, each as DOCX and PDF.

Run from the repository root (the .docx are deterministic; the PDFs are
LibreOffice's conversion of each .docx, refreshed only when missing)::

    .venv/bin/python tests/samples/generate_siblings.py

The plans (``generate_siblings_plans.py``) vary what the generator of the shared
samples varies (see ``/work/shared/fixtures/samples/README.md``): school kind and
framework, a one-row or 2 × 2 header table, the title in one or three lines,
purposes numbered or dashed, bases with or without markers and a "… như sau:"
line, criterion cells "Tiêu chí 1.1. …" / "Tiêu chí 1.4 - …" / code and title
apart, standard rows merged across or with a Roman numeral in TT, a MỨC 4 part
with rows without codes or "MỨC 4: Không thực hiện", every budget form, rows
long enough to break across a PDF page, the 2026 table V with or without
standard heading rows, "(Tiêu chí x.y)" references or none, "Mức độ thực hiện"
filled or empty, the monitoring table filled or empty, the "Ghi chú" line under
table IV, organisation sections with roles and duties, a closing "Trên đây là …"
sentence, and Nơi nhận beside the signature. The documents go to
``docx/siblings/`` and ``pdf/siblings/`` with their truths.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from generate_docx import (
    HEAD_2018,
    HEAD_2026_IV,
    HEAD_2026_V,
    HEAD_2026_VI,
    HEADERS,
    ROMAN,
    closing,
    fill,
    heading_row,
    landscape,
    merged_row,
    new_document,
    paragraph,
    repeat_header,
    ruled_table,
    save_deterministic,
    simple_table,
    title,
    truth,
)
from generate_siblings_plans import SIBLINGS
from generate_variants import write_pdf

from caitien.plan import dumps_plan

SAMPLES = Path(__file__).resolve().parent
DOCX = SAMPLES / "docx" / "siblings"
PDF = SAMPLES / "pdf" / "siblings"


# Shared pieces -----------------------------------------------------------------------------


def prefixed(document: Any, texts: list[str], numbered: bool) -> None:
    """One paragraph per point, numbered "1." … when ``numbered`` (the truth drops numbers)."""
    for index, text in enumerate(texts, start=1):
        paragraph(document, f"{index}. {text}" if numbered else text)


def organization(document: Any, description: dict[str, Any]) -> None:
    """Numbered role headings with their duties, then the closing sentence when there is one."""
    for index, role in enumerate(description["organization"], start=1):
        paragraph(document, f"{index}. {role['role']}", bold=True)
        for duty in role["duties"]:
            paragraph(document, duty)
    if description["_layout"].get("closing_sentence"):
        paragraph(document, description["_layout"]["closing_sentence"])


def begin(description: dict[str, Any]) -> Any:
    """A new document with the header table and the title the layout asks for."""
    layout = description["_layout"]
    document = new_document()
    HEADERS[layout["header"]](document, description)
    title(document, layout["title"])
    return document


# 2018 form ---------------------------------------------------------------------------------


def criterion_cell(item: dict[str, Any], style: str) -> list[str]:
    """The criterion cell: "Tiêu chí 1.1. …", "Tiêu chí 1.4 - …", or code and title apart."""
    if item["criterion"] is None:
        return [item["criterion_title"]]
    code, text = item["criterion"], item["criterion_title"]
    if style == "apart":
        return [f"Tiêu chí {code}", text]
    return [f"Tiêu chí {code}{style}{text}"]


def table_2018(document: Any, description: dict[str, Any]) -> None:
    """Section III: TT + eight columns, one repeated header row, part/standard/item rows."""
    layout = description["_layout"]
    rows = description["_rows"]
    table = ruled_table(document, 1 + len(rows), 9)
    heading_row(table, 0, ["TT", *HEAD_2018])
    number = 0
    for index, (kind, value) in enumerate(rows, start=1):
        if kind == "part":
            merged_row(table, index, value)
        elif kind == "standard":
            title_text = next(s["title"] for s in description["standards"] if s["number"] == value)
            if layout["standard_rows"] == "roman":
                fill(table.rows[index].cells[0], [ROMAN[value]], bold=True, center=True)
                merged_row(table, index, title_text, start=1)
            else:
                merged_row(table, index, f"Tiêu chuẩn {value}: {title_text}")
        else:
            number += 1
            item = description["items"][value]
            cells = [
                [str(number)],
                criterion_cell(item, layout["criterion_style"]),
                [item["target"]],
                item["_actions"],
                [item["responsible"]],
                [item["timeline"]],
                [item["budget"]],
                [item["support"]],
                [item["notes"]],
            ]
            for cell, lines in zip(table.rows[index].cells, cells, strict=True):
                fill(cell, lines)


def write_2018(description: dict[str, Any]) -> Any:
    """A 2018-form plan: sections I, II in portrait, the table and the rest in landscape."""
    layout = description["_layout"]
    document = begin(description)
    paragraph(document, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    prefixed(document, description["purposes"], layout["purposes_numbered"])
    paragraph(document, "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH", bold=True)
    prefixed(document, description["bases"], numbered=False)
    landscape(document)
    paragraph(document, "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", bold=True)
    table_2018(document, description)
    if layout.get("table_note"):
        paragraph(document, layout["table_note"], italic=True)
    paragraph(document, layout["section_org"], bold=True)
    organization(document, description)
    closing(document, description)
    return document


# 2026 form ---------------------------------------------------------------------------------


def table_v(document: Any, description: dict[str, Any]) -> None:
    """Section V: header and "(1) … (10)" rows repeated, optional standard heading rows."""
    rows = description["_rows"]
    table = ruled_table(document, 2 + len(rows), 10)
    heading_row(table, 0, HEAD_2026_V)
    for index, cell in enumerate(table.rows[1].cells, start=1):
        fill(cell, [f"({index})"], center=True)
    repeat_header(table.rows[1])
    number = 0
    for index, (kind, value) in enumerate(rows, start=2):
        if kind == "standard":
            merged_row(table, index, value)
            continue
        number += 1
        item = description["items"][value]
        fields = ["content", "target", "actions", "indicator", "timeline", "responsible"]
        texts = [str(number), *(item[name] for name in fields)]
        texts += [item["budget"], item["evidence"], item["status"]]
        for cell, text in zip(table.rows[index].cells, texts, strict=True):
            fill(cell, [text])


def purposes_2026(document: Any, description: dict[str, Any]) -> None:
    """Section III: "1. Mục đích" / "2. Yêu cầu" with lettered points, or two paragraphs."""
    groups = description["_layout"].get("purpose_groups")
    if groups is None:
        prefixed(document, description["purposes"], numbered=True)
        return
    points = iter(description["purposes"])
    for number, (heading, count) in enumerate(groups, start=1):
        paragraph(document, f"{number}. {heading}", bold=True)
        for letter in "abcdđeghik"[:count]:
            paragraph(document, f"{letter}) {next(points)}")


def write_2026(description: dict[str, Any]) -> Any:
    """A 2026-form plan (TT57, Biểu 2) with its eight sections."""
    layout = description["_layout"]
    document = begin(description)
    paragraph(document, "I. THÔNG TIN CHUNG", bold=True)
    prefixed(document, description["general_info"], numbered=True)
    paragraph(document, "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH", bold=True)
    prefixed(document, description["bases"], numbered=layout["bases_numbered"])
    paragraph(document, "III. MỤC ĐÍCH, YÊU CẦU", bold=True)
    purposes_2026(document, description)
    landscape(document)
    paragraph(document, "IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN", bold=True)
    problems = [
        [str(n), p["standard"], p["criteria"], p["current_state"], p["limitation"], p["cause"]]
        for n, p in enumerate(description["problems"], start=1)
    ]
    simple_table(document, HEAD_2026_IV, problems, numbers=False)
    if layout.get("table_note"):
        paragraph(document, layout["table_note"], italic=True)
    paragraph(document, "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG", bold=True)
    table_v(document, description)
    paragraph(document, "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)", bold=True)
    monitoring = [list(m.values()) for m in description["monitoring"]]
    simple_table(document, HEAD_2026_VI, monitoring, numbers=False)
    paragraph(document, "VII. TỔ CHỨC THỰC HIỆN", bold=True)
    organization(document, description)
    paragraph(document, "VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO", bold=True)
    for letter, text in zip("abcdđe", description["reporting"], strict=False):
        paragraph(document, f"{letter}) {text}")
    closing(document, description)
    return document


# Files -------------------------------------------------------------------------------------


def main() -> None:
    """Write every sibling .docx with its truth, and its PDF when missing."""
    DOCX.mkdir(parents=True, exist_ok=True)
    PDF.mkdir(parents=True, exist_ok=True)
    for name, description in SIBLINGS.items():
        writer = write_2026 if description["form"] == "2026" else write_2018
        source = DOCX / f"{name}.docx"
        save_deterministic(writer(description), source)
        text = dumps_plan(truth(description))
        (DOCX / f"{name}.plan.json").write_text(text, encoding="utf-8")
        if not (PDF / f"{name}.pdf").exists():  # LibreOffice output is not byte-stable
            write_pdf(source, PDF)
        (PDF / f"{name}.plan.json").write_text(text, encoding="utf-8")
        sys.stdout.write(f"wrote siblings/{name}.docx, .pdf and .plan.json\n")


if __name__ == "__main__":
    main()
