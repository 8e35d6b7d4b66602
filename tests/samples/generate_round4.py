"""Write the fourth round of unseen-layout samples: eight 2026-form plans, DOCX, PDF and text.

Run from the repository root (the .docx and .txt are deterministic; the PDFs are
LibreOffice's conversion of each .docx, refreshed only when missing)::

    .venv/bin/python tests/samples/generate_round4.py

The plans (``generate_round4_plans.py``) are written the way schools adapt the
TT57 Biểu 2 form: section headings "PHẦN I.", "A.", "1." in sentence case,
unnumbered and reworded; tables IV and VI with an STT or "Ghi chú" column, columns
in another order, a heading merged over sub-headings; table V with or without the
"(1) (2) …" row, its time in "Bắt đầu" / "Hoàn thành" columns (under a merged
heading or not), columns in another order, "Tiêu chuẩn N: …" rows; criterion codes
"TC 1.3", "Tiêu chí 1.2", "1.2."; amounts "5 triệu", "5.000.000đ", "Ngân sách nhà
nước"; lettered and dashed points; roles as labels; Nơi nhận beside, before or
after the signature. Layout keys of a description (``_layout``): ``headings``
(the eight as written), ``lines`` (the lines of sections I, II, III, VII, VIII),
``iv``/``v``/``vi`` (columns as (heading, field)), ``iv_group``/``v_group`` (a
heading over columns first..last, on a second heading row), ``v_numbers``,
``rows`` (table V: ("standard", text) or ("item", index)), ``notes`` (the
"Ghi chú" cells, not in the truth), ``merge_problem_standard``, ``closing``.
Documents go to ``docx/round4/``, ``pdf/round4/`` and ``text/round4/``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from generate_docx import (
    HEADERS,
    MOTTO,
    SLOGAN,
    closing,
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
from generate_round4_plans import ROUND4, TEXT_ROUND4
from generate_variants import write_pdf

from caitien.plan import dumps_plan

SAMPLES = Path(__file__).resolve().parent
DOCX = SAMPLES / "docx" / "round4"
PDF = SAMPLES / "pdf" / "round4"
TEXT = SAMPLES / "text" / "round4"


# Table cells -------------------------------------------------------------------------------


def cell_texts(
    record: dict[str, Any], columns: list[tuple[str, str]], number: int, note: str
) -> list[str]:
    """One row's cell texts: the row number, a note, a split time, or the record's field."""
    special = {"tt": str(number), "note": note}
    return [
        special.get(field, record.get(f"_{field}", record.get(field, ""))) for _, field in columns
    ]


def table_rows(description: dict[str, Any], key: str) -> list[list[str]]:
    """The body rows of table IV ("problems") or VI ("monitoring") with their extra columns."""
    layout = description["_layout"]
    columns = layout["iv" if key == "problems" else "vi"]
    notes = layout.get("notes", [])
    return [
        cell_texts(record, columns, number, notes[number - 1] if number <= len(notes) else "")
        for number, record in enumerate(description[key], start=1)
    ]


def v_rows(description: dict[str, Any]) -> list[list[str] | str]:
    """Table V's body: a standard heading row as its text, an item as its cells."""
    columns = description["_layout"]["v"]
    rows: list[list[str] | str] = []
    number = 0
    for kind, value in description["_layout"]["rows"]:
        if kind == "standard":
            rows.append(value)
            continue
        number += 1
        rows.append(cell_texts(description["items"][value], columns, number, ""))
    return rows


def v_parts(description: dict[str, Any]) -> list[tuple[str, list[list[str] | str]]]:
    """Table V as one table, or (``v_split``) one per standard, its heading a paragraph above."""
    body = v_rows(description)
    if not description["_layout"].get("v_split"):
        return [("", body)]
    parts: list[tuple[str, list[list[str] | str]]] = []
    for row in body:
        if isinstance(row, str):
            parts.append((row, []))
        else:
            parts[-1][1].append(row)
    return parts


def heading_rows(
    columns: list[tuple[str, str]], group: tuple[str, int, int] | None
) -> list[list[str]]:
    """The heading rows as a reader of merged cells sees them: the group on the first row."""
    heads = [text for text, _ in columns]
    if group is None:
        return [heads]
    label, first, last = group
    top = [
        label if index == first else ("" if first < index <= last else text)
        for index, text in enumerate(heads)
    ]
    bottom = [text if first <= index <= last else "" for index, text in enumerate(heads)]
    return [top, bottom]


# Word ----------------------------------------------------------------------------------------


def word_heading(
    table: Any, columns: list[tuple[str, str]], group: tuple[str, int, int] | None
) -> int:
    """Write the heading rows (a group across, the others merged down); return how many."""
    heads = [text for text, _ in columns]
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
    repeat_header(table.rows[0])
    repeat_header(table.rows[1])
    return 2


def word_table(
    document: Any,
    columns: list[tuple[str, str]],
    body: list[list[str] | str],
    layout: dict[str, Any],
    group_key: str,
    numbers: bool,
) -> Any:
    """A ruled table: heading rows, an optional "(1) (2) …" row, then rows or merged headings."""
    group = layout.get(group_key)
    offset = (2 if group else 1) + (1 if numbers else 0)
    table = ruled_table(document, offset + len(body), len(columns))
    start = word_heading(table, columns, group)
    if numbers:
        for index, cell in enumerate(table.rows[start].cells, start=1):
            fill(cell, [f"({index})"], center=True)
        repeat_header(table.rows[start])
    for index, row in enumerate(body, start=offset):
        if isinstance(row, str):
            merged_row(table, index, row)
            continue
        for cell, text in zip(table.rows[index].cells, row, strict=True):
            fill(cell, [text])
    return table


def merge_standard(table: Any, description: dict[str, Any]) -> None:
    """Merge the standard cell of two problems down, as schools do for one standard."""
    pair = description["_layout"].get("merge_problem_standard")
    if pair is None:
        return
    rows = 2 if description["_layout"].get("iv_group") else 1
    column = [field for _, field in description["_layout"]["iv"]].index("standard")
    top, bottom = table.cell(rows + pair[0], column), table.cell(rows + pair[1], column)
    bottom.paragraphs[0].runs[0].text = ""
    merged = top.merge(bottom)
    for para in merged.paragraphs[1:]:
        para._p.getparent().remove(para._p)


def word_closing(document: Any, description: dict[str, Any]) -> None:
    """Nơi nhận and signature side by side, or one after the other in either order."""
    style = description["_layout"]["closing"]
    if style == "side":
        closing(document, description)
        return
    signer = description["signer"]
    signature = [(signer["title"], True), ("", False), ("", False), (signer["name"], True)]
    recipients = [("Nơi nhận:", False), *((f"- {r}", False) for r in description["recipients"])]
    blocks = [recipients, signature] if style == "stacked" else [signature, recipients]
    for block in blocks:
        for text, bold in block:
            paragraph(document, text, bold=bold, center=bold)


def write_docx(description: dict[str, Any]) -> Any:
    """The whole plan as a Word document in its layout."""
    layout = description["_layout"]
    document = new_document()
    HEADERS[layout["header"]](document, description)
    title(document, layout["title"])
    headings, lines = layout["headings"], layout["lines"]
    for index in range(3):
        paragraph(document, headings[index], bold=True)
        for line in lines[index]:
            paragraph(document, line)
    landscape(document)
    paragraph(document, headings[3], bold=True)
    problems = word_table(
        document, layout["iv"], list(table_rows(description, "problems")), layout, "iv_group", False
    )
    merge_standard(problems, description)
    paragraph(document, headings[4], bold=True)
    for standard, rows in v_parts(description):
        if standard:
            paragraph(document, standard, bold=True)
        word_table(document, layout["v"], rows, layout, "v_group", layout.get("v_numbers", False))
    paragraph(document, headings[5], bold=True)
    word_table(
        document,
        layout["vi"],
        list(table_rows(description, "monitoring")),
        layout,
        "vi_group",
        False,
    )
    for heading, section in ((headings[6], lines[3]), (headings[7], lines[4])):
        paragraph(document, heading, bold=True)
        for line in section:
            paragraph(document, line)
    if layout.get("closing_sentence"):
        paragraph(document, layout["closing_sentence"])
    word_closing(document, description)
    return document


# Text ----------------------------------------------------------------------------------------


def text_row(cells: list[str], style: str) -> str:
    """One table row as a line: "| a | b |" or cells between tabs."""
    return "| " + " | ".join(cells) + " |" if style == "pipe" else "\t".join(cells)


def text_table(
    heads: list[list[str]], body: list[list[str] | str], width: int, style: str, numbers: bool
) -> list[str]:
    """A table as pasted text: heading rows, the number row, rows (a merged row as one cell)."""
    rows = [*heads]
    if numbers:
        rows.append([f"({n})" for n in range(1, width + 1)])
    rows += [[row, *[""] * (width - 1)] if isinstance(row, str) else row for row in body]
    return [text_row(row, style) for row in rows]


def write_text(description: dict[str, Any], style: str) -> str:
    """The whole plan as text: header lines, headings, points and tables one row per line."""
    layout = description["_layout"]
    signer = description["signer"]
    lines = [description["school"]["governing_body"], layout["school_caps"], layout["number_line"]]
    lines += [MOTTO, SLOGAN, layout["date_line"], "", *layout["title"], ""]
    headings, points = layout["headings"], layout["lines"]
    for index in range(3):
        lines += [headings[index], *points[index]]
    tables = (
        ("iv", "iv_group", list(table_rows(description, "problems")), False),
        ("v", "v_group", v_rows(description), layout.get("v_numbers", False)),
        ("vi", "vi_group", list(table_rows(description, "monitoring")), False),
    )
    for heading, (key, group, body, numbers) in zip(headings[3:6], tables, strict=True):
        heads = heading_rows(layout[key], layout.get(group))
        lines += [heading, *text_table(heads, body, len(layout[key]), style, numbers)]
    lines += [headings[6], *points[3], headings[7], *points[4]]
    if layout.get("closing_sentence"):
        lines.append(layout["closing_sentence"])
    lines += ["Nơi nhận:", *(f"- {r}" for r in description["recipients"])]
    lines += [*signer["title"].split("\n"), "", signer["name"], ""]
    return "\n".join(lines)


# Files ---------------------------------------------------------------------------------------


def main() -> None:
    """Write every round-4 .docx and text with their truths, and each PDF when missing."""
    for folder in (DOCX, PDF, TEXT):
        folder.mkdir(parents=True, exist_ok=True)
    for name, description in ROUND4.items():
        text = dumps_plan(truth(description))
        source = DOCX / f"{name}.docx"
        save_deterministic(write_docx(description), source)
        (DOCX / f"{name}.plan.json").write_text(text, encoding="utf-8")
        if not (PDF / f"{name}.pdf").exists():  # LibreOffice output is not byte-stable
            write_pdf(source, PDF)
        (PDF / f"{name}.plan.json").write_text(text, encoding="utf-8")
        if name in TEXT_ROUND4:
            plain = write_text(description, TEXT_ROUND4[name])
            (TEXT / f"{name}.txt").write_text(plain, encoding="utf-8")
            (TEXT / f"{name}.plan.json").write_text(text, encoding="utf-8")
        sys.stdout.write(f"wrote round4/{name}\n")


if __name__ == "__main__":
    main()
