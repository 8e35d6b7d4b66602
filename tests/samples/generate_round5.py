"""Write the fifth round of unseen-layout samples: eight 2018-form plans, DOCX, PDF and text.

Run from the repository root (the .docx and .txt are deterministic; the PDFs are
LibreOffice's conversion of each .docx, refreshed only when missing)::

    .venv/bin/python tests/samples/generate_round5.py

The plans (``generate_round5_plans.py``) vary what schools vary in the 2018 form:
governing body "UBND XÃ …" or "SỞ GD&ĐT …", the school's name over two lines,
"Số: 12 /KH-THCS", a blank number and day, a title over two or three lines,
reworded headings numbered I–VI, one or two heading rows (a split time), with or
without the "(1) (2) …" row, "MỨC" rows in several spellings or none, standard
rows merged across, in the criterion column only or absent, criterion cells
"Tiêu chí 1.1: …", "TC 1.1", "1.1. …", code and title apart or code only, a
criterion cell merged down over several rows, amounts in figures, words or a
funding source, "KT. HIỆU TRƯỞNG". Layout keys (``_layout``): ``left`` (header
lines above the number), ``date_line``, ``title``, ``headings`` (I, II, III and
Tổ chức thực hiện), ``purposes`` / ``bases`` / ``organization`` (the lines as
written), ``columns`` ((heading, field)), ``group`` (a heading over columns
first..last on a second heading row), ``numbers``, ``rows`` (("part" or
"standard", text), ("crit_standard", text): in the criterion column only, or
("item", index)), ``merge`` (runs of item indexes whose criterion cell is one
merged cell; the text layouts write it on the run's first row only, as a merged
table copied as text does), ``bullet`` (the Nơi nhận marker), ``level_4_apart``
(the Mức 4 rows in a second table after a paragraph "MỨC 4"; the text layouts
keep one table). Documents go to ``docx/round5/``, ``pdf/round5/`` and
``text/round5/``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from generate_docx import (
    MOTTO,
    SLOGAN,
    borderless,
    fill,
    landscape,
    merged_row,
    new_document,
    paragraph,
    repeat_header,
    ruled_table,
    save_deterministic,
    title,
    truth,
)
from generate_round4 import heading_rows
from generate_round5_plans import ROUND5, TEXT_ROUND5
from generate_variants import write_pdf

from caitien.plan import dumps_plan

SAMPLES = Path(__file__).resolve().parent
DOCX = SAMPLES / "docx" / "round5"
PDF = SAMPLES / "pdf" / "round5"
TEXT = SAMPLES / "text" / "round5"


def item_cells(
    record: dict[str, Any], columns: list[tuple[str, str]], number: int
) -> list[list[str]]:
    """One row's cells as paragraphs: the row number, the criterion cell, or the field."""
    special = {
        "tt": [str(number)],
        "criterion": record["_cell"],
        "actions": record["_actions"],
        "start": [record["_start"]],
        "end": [record["_end"]],
    }
    return [special.get(field, [record.get(field, "")]) for _, field in columns]


def body_rows(description: dict[str, Any], pasted: bool = False) -> list[tuple[str, Any]]:
    """Table rows: ("merged", text), ("crit", text) or ("cells", paragraphs per cell).

    ``pasted``: as a merged table copied as text, a criterion cell merged down over a
    run of rows is written on the first row only.
    """
    layout = description["_layout"]
    below = {index for run in layout.get("merge", []) for index in run[1:]}
    crit = [field for _, field in layout["columns"]].index("criterion")
    rows: list[tuple[str, Any]] = []
    number = layout.get("numbered_after", 0)
    for kind, value in layout["rows"]:
        if kind in ("part", "standard"):
            rows.append(("merged", value))
        elif kind == "crit_standard":
            rows.append(("crit", value))
        else:
            number += 1
            cells = item_cells(description["items"][value], layout["columns"], number)
            if pasted and value in below:
                cells[crit] = [""]
            rows.append(("cells", cells))
    return rows


# Word ----------------------------------------------------------------------------------------


def word_header(document: Any, description: dict[str, Any]) -> None:
    """The header in a borderless two-cell table, one paragraph per line."""
    layout = description["_layout"]
    table = document.add_table(rows=1, cols=2)
    borderless(table)
    fill(table.cell(0, 0), layout["left"], center=True)
    fill(table.cell(0, 1), [MOTTO, SLOGAN, "", layout["date_line"]], center=True)


def word_heading(table: Any, layout: dict[str, Any]) -> int:
    """The heading rows (a group across a second row, the others merged down); how many."""
    heads = [text for text, _ in layout["columns"]]
    group = layout.get("group")
    if group is None:
        for cell, text in zip(table.rows[0].cells, heads, strict=True):
            fill(cell, [text], bold=True, center=True)
        repeat_header(table.rows[0])
        return 1
    label, first, last = group
    for index, text in enumerate(heads):
        if first <= index <= last:
            fill(table.cell(1, index), [text], bold=True, center=True)
        else:
            fill(table.cell(0, index).merge(table.cell(1, index)), [text], bold=True, center=True)
    fill(table.cell(0, first).merge(table.cell(0, last)), [label], bold=True, center=True)
    return 2


def word_table(document: Any, description: dict[str, Any]) -> None:
    """Section III's table with its heading rows, number row, part, standard and item rows."""
    layout = description["_layout"]
    columns = layout["columns"]
    body = body_rows(description)
    offset = (2 if layout.get("group") else 1) + (1 if layout.get("numbers") else 0)
    table = ruled_table(document, offset + len(body), len(columns))
    start = word_heading(table, layout)
    if layout.get("numbers"):
        for index, cell in enumerate(table.rows[start].cells, start=1):
            fill(cell, [f"({index})"], center=True)
    crit = [field for _, field in columns].index("criterion")
    for index, (kind, value) in enumerate(body, start=offset):
        if kind == "merged":
            merged_row(table, index, value)
        elif kind == "crit":
            fill(table.rows[index].cells[crit], [value], bold=True)
        else:
            for cell, lines in zip(table.rows[index].cells, value, strict=True):
                fill(cell, lines)
    merge_criteria(table, description, offset, crit)


def merge_criteria(table: Any, description: dict[str, Any], offset: int, crit: int) -> None:
    """Merge the criterion cell of each run of items down, its text kept in the first row."""
    layout = description["_layout"]
    positions = {value: i for i, (kind, value) in enumerate(layout["rows"]) if kind == "item"}
    for run in layout.get("merge", []):
        top = table.cell(offset + positions[run[0]], crit)
        for index in run[1:]:
            below = table.cell(offset + positions[index], crit)
            for para in below.paragraphs:
                for r in para.runs:
                    r.text = ""
            top = top.merge(below)
        keep = len(description["items"][run[0]]["_cell"])
        for para in top.paragraphs[keep:]:
            para._p.getparent().remove(para._p)


def word_closing(document: Any, description: dict[str, Any]) -> None:
    """Nơi nhận and the signature side by side in a borderless table."""
    bullet = description["_layout"].get("bullet", "-")
    table = document.add_table(rows=1, cols=2)
    borderless(table)
    fill(table.cell(0, 0), ["Nơi nhận:", *(f"{bullet} {r}" for r in description["recipients"])])
    signer = description["signer"]
    lines = [*signer["title"].split("\n"), "", "", signer["name"]]
    fill(table.cell(0, 1), lines, bold=True, center=True)
    document.add_paragraph()


def table_parts(description: dict[str, Any]) -> list[dict[str, Any]]:
    """The plan table as one table, or (``level_4_apart``) two: the Mức 4 rows in a
    table of their own after a paragraph naming the part, as some schools write it."""
    layout = description["_layout"]
    if not layout.get("level_4_apart"):
        return [description]
    rows = layout["rows"]
    cut = next(i for i, (kind, text) in enumerate(rows) if kind == "part" and "4" in str(text))
    first = description | {"_layout": layout | {"rows": rows[:cut]}}
    items_before = sum(1 for kind, _ in rows[:cut] if kind == "item")
    rest = {"rows": rows[cut + 1 :], "numbers": False, "part_line": rows[cut][1], "merge": []}
    rest["numbered_after"] = items_before  # the TT column goes on counting
    return [first, description | {"_layout": layout | rest}]


def write_docx(description: dict[str, Any]) -> Any:
    """The whole plan as a Word document in its layout."""
    layout = description["_layout"]
    document = new_document()
    word_header(document, description)
    title(document, layout["title"])
    headings = layout["headings"]
    for heading, key in zip(headings[:2], ("purposes", "bases"), strict=True):
        paragraph(document, heading, bold=True)
        for line in layout[key]:
            paragraph(document, line)
    landscape(document)
    paragraph(document, headings[2], bold=True)
    for part in table_parts(description):
        if part["_layout"].get("part_line"):
            paragraph(document, part["_layout"]["part_line"], bold=True)
        word_table(document, part)
    paragraph(document, headings[3], bold=True)
    for line in layout["organization"]:
        paragraph(document, line)
    word_closing(document, description)
    return document


# Text ----------------------------------------------------------------------------------------


def text_table(description: dict[str, Any], style: str) -> list[str]:
    """The table as pasted text: "| a | b |" rows, tab rows, or one cell per line (seed 000)."""
    layout = description["_layout"]
    width = len(layout["columns"])
    rows = heading_rows(layout["columns"], layout.get("group"))
    if layout.get("numbers"):
        rows.append([f"({n})" for n in range(1, width + 1)])
    crit = [field for _, field in layout["columns"]].index("criterion")
    for kind, value in body_rows(description, pasted=True):
        if kind == "merged":
            rows.append([value, *[""] * (width - 1)])
        elif kind == "crit":
            rows.append(["" if i != crit else value for i in range(width)])
        else:
            rows.append([" ".join(lines) for lines in value])
    if style == "pipe":
        return ["| " + " | ".join(row) + " |" for row in rows]
    if style == "tab":
        return ["\t".join(row) for row in rows]
    lines: list[str] = []
    for row in rows:
        lines += [f"{cell} |" if cell else "|" for cell in row] + ["|" * 5]
    return lines


def write_text(description: dict[str, Any], style: str) -> str:
    """The whole plan as text: header lines, headings, points, the table, closing."""
    layout = description["_layout"]
    signer = description["signer"]
    lines = [*layout["left"], MOTTO, SLOGAN, layout["date_line"], "", *layout["title"], ""]
    headings = layout["headings"]
    lines += [headings[0], *layout["purposes"], headings[1], *layout["bases"], headings[2]]
    lines += [*text_table(description, style), headings[3], *layout["organization"]]
    bullet = layout.get("bullet", "-")
    lines += ["Nơi nhận:", *(f"{bullet} {r}" for r in description["recipients"])]
    lines += [*signer["title"].split("\n"), "", signer["name"], ""]
    return "\n".join(lines)


# Files ---------------------------------------------------------------------------------------


def main() -> None:
    """Write every round-5 .docx and text with their truths, and each PDF when missing."""
    for folder in (DOCX, PDF, TEXT):
        folder.mkdir(parents=True, exist_ok=True)
    for name, description in ROUND5.items():
        text = dumps_plan(truth(description))
        source = DOCX / f"{name}.docx"
        save_deterministic(write_docx(description), source)
        (DOCX / f"{name}.plan.json").write_text(text, encoding="utf-8")
        if not (PDF / f"{name}.pdf").exists():  # LibreOffice output is not byte-stable
            write_pdf(source, PDF)
        (PDF / f"{name}.plan.json").write_text(text, encoding="utf-8")
        if name in TEXT_ROUND5:
            plain = write_text(description, TEXT_ROUND5[name])
            (TEXT / f"{name}.txt").write_text(plain, encoding="utf-8")
            (TEXT / f"{name}.plan.json").write_text(text, encoding="utf-8")
        sys.stdout.write(f"wrote round5/{name}\n")


if __name__ == "__main__":
    main()
