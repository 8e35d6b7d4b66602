"""Write the variant samples: layouts and wordings real schools use that the first samples lack.

Run from the repository root (deterministic for the .docx and .txt; the PDFs
are LibreOffice's conversion of each .docx, refreshed only when missing)::

    .venv/bin/python tests/samples/generate_variants.py

The variants: 2026 section headings worded otherwise ("IV. VẤN ĐỀ ƯU TIÊN CẦN
CẢI TIẾN", "VI. GIÁM SÁT, ĐÁNH GIÁ …", "VIII. CHẾ ĐỘ BÁO CÁO") or numbered in
Arabic ("4. TÓM TẮT …"); table V with its columns in another order and other
words ("Biện pháp", "Người thực hiện", "Thời gian hoàn thành", "Kinh phí dự
kiến"), no column-number row and no repeated header row; a 2018 table whose
standard and "Mức" rows are written in the first cells only (not merged) and
whose codes are written "TC 2.2", "Tiêu chí 1 .4"; LibreOffice paragraph style
names; a time column split into "Từ ngày" / "Đến ngày" above a column-number
row; lower-case section headings; budgets "5 tr", "5.000.000 VNĐ", "1,2 tỷ
đồng", "Ngân sách nhà nước"; a problems cell merged down; and two plans
pasted from a school website as text (tab-separated rows, CRLF, no-break
spaces, a byte-order mark).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from generate_docx import (
    HEAD_2026_IV,
    HEAD_2026_VI,
    HEADERS,
    MOTTO,
    ROMAN,
    SLOGAN,
    _standard_title,
    closing,
    fill,
    heading_row,
    landscape,
    merged_row,
    new_document,
    paragraph,
    points,
    ruled_table,
    save_deterministic,
    title,
    truth,
)
from generate_variants_plans import VARIANTS

from caitien.plan import dumps_plan

SAMPLES = Path(__file__).resolve().parent
PDF_VARIANTS = (
    "thpt-2026-reworded-headings",
    "thcs-2018-plain-unmerged",
    "tieu-hoc-2018-from-to-dates",
)
TEXT_VARIANTS = {
    "mam-non-2026-website-paste": "mam-non-2026-arabic-headings",
    "thcs-2018-website-paste": "thcs-2018-plain-unmerged",
}


# Table cells --------------------------------------------------------------------------


def criterion_cell(item: dict[str, Any], apart: bool) -> list[str]:
    """The 2018 criterion cell: the code as the plan writes it, then the title."""
    code = item.get("_code", f"Tiêu chí {item['criterion']}")
    if item["criterion"] is None or not code:  # a level-4 row, or a title written alone
        return [item["criterion_title"]]
    if apart:
        return [code, item["criterion_title"]]
    joiner = " " if code[-1] in ".:" else ": "
    return [f"{code}{joiner}{item['criterion_title']}"]


def item_cells(
    item: dict[str, Any], heads: list[tuple[str, str]], split: bool, apart: bool
) -> list[list[str]]:
    """The cells of one 2018 item row, in the order of ``heads``."""
    cells: list[list[str]] = []
    for _, field in heads:
        if field == "tt":
            cells.append([item["_tt"]])
        elif field == "criterion":
            cells.append(criterion_cell(item, apart))
        elif field == "actions":
            cells.append(item["_actions"])
        elif field == "content_split":  # a "Nội dung" column before the measures
            cells.append([item["_content"]])
        elif field == "timeline" and split:
            start, end = (*item["_timeline"], "")[:2]
            cells.extend([[start], [end]])
        else:
            cells.append([item[field]])
    return cells


def table_rows(description: dict[str, Any]) -> list[tuple[str, Any]]:
    """The rows in order, items numbered: ("part", key), ("standard", (n, title)), ("item", …).

    With standard rows "numbered" (seed 003) the standard rows carry the numbers
    (``(n, title, "1")``) and the items' TT cells stay empty.
    """
    by_standard = description.get("_layout", {}).get("standard_rows") == "numbered"
    lines: list[tuple[str, Any]] = []
    number = 0
    for kind, value in description["_rows"]:
        if kind == "item":
            number += 0 if by_standard else 1
            tt = "" if by_standard else str(number)
            value = description["items"][value] | {"_tt": tt}
        elif kind == "standard":
            number += 1 if by_standard else 0
            value = (value, _standard_title(description, value), str(number))
        lines.append((kind, value))
    return lines


# The 2018 table -------------------------------------------------------------------------


def table_2018(document: Any, description: dict[str, Any]) -> None:
    """Section III with the layout's own headings, heading rows and standard rows."""
    layout = description["_layout"]
    heads, split = layout["heads_2018"], layout.get("split_time")
    columns = len(heads) + (1 if split else 0)
    heading_rows = (2 if split else 1) + (1 if layout.get("number_row") else 0)
    lines = table_rows(description)
    table = ruled_table(document, heading_rows + len(lines), columns)
    _heading_2018(table, heads, split, layout)
    for offset, (kind, value) in enumerate(lines):
        cells = table.rows[heading_rows + offset].cells
        if kind == "part":
            _part_row(table, heading_rows + offset, layout["parts"][value], layout)
        elif kind == "standard":
            _standard_row(table, heading_rows + offset, value, layout)
        else:
            contents = item_cells(value, heads, bool(split), layout.get("code_apart", False))
            for cell, texts in zip(cells, contents, strict=True):
                fill(cell, texts)
    if layout.get("style_names"):
        _libreoffice_styles(document, table)


def _heading_2018(
    table: Any, heads: list[tuple[str, str]], split: Any, layout: dict[str, Any]
) -> None:
    texts = [text for text, _ in heads]
    if not split:
        _heading(table, 0, texts, layout)
    else:
        at = [field for _, field in heads].index("timeline")
        top, bottom = table.rows[0].cells, table.rows[1].cells
        for column, text in enumerate(texts):
            grid = column if column <= at else column + 1
            if column == at:
                fill(top[grid].merge(top[grid + 1]), [text], bold=True, center=True)
                fill(bottom[grid], [split[0]], bold=True, center=True)
                fill(bottom[grid + 1], [split[1]], bold=True, center=True)
            else:
                fill(top[grid].merge(bottom[grid]), [text], bold=True, center=True)
    if layout.get("number_row"):
        numbers = table.rows[2 if split else 1].cells
        for index, cell in enumerate(numbers, start=1):
            fill(cell, [f"({index})"], center=True)


def _heading(table: Any, index: int, texts: list[str], layout: dict[str, Any]) -> None:
    if layout.get("repeat_header", True):
        heading_row(table, index, texts)
        return
    for cell, text in zip(table.rows[index].cells, texts, strict=False):
        fill(cell, [text], bold=True, center=True)


def _part_row(table: Any, index: int, text: str, layout: dict[str, Any]) -> None:
    if layout.get("standard_rows") == "first_cell":
        fill(table.rows[index].cells[1], [text], bold=True)  # written beside the empty TT cell
    else:
        merged_row(table, index, text)


def _standard_row(
    table: Any, index: int, value: tuple[int, str, str], layout: dict[str, Any]
) -> None:
    number, name, tt = value
    style = layout.get("standard_rows", "merged")
    if style == "numbered":  # "1 | Tiêu chuẩn 1: …" in the first two cells (seed 003)
        fill(table.rows[index].cells[0], [tt], bold=True)
        fill(table.rows[index].cells[1], [f"Tiêu chuẩn {number}: {name}"], bold=True)
    elif style == "capitals":
        merged_row(table, index, f"TIÊU CHUẨN {number}. {name}")
    elif style == "first_cell":
        fill(table.rows[index].cells[1], [f"Tiêu chuẩn {number}: {name}"], bold=True)
    elif style == "roman_text":
        merged_row(table, index, f"Tiêu chuẩn {ROMAN[number]}: {name}")
    else:
        merged_row(table, index, f"Tiêu chuẩn {number}: {name}")


def _libreoffice_styles(document: Any, table: Any) -> None:
    """Name the cell paragraphs' styles as LibreOffice does ("Table Contents")."""
    from docx.enum.style import WD_STYLE_TYPE

    style = document.styles.add_style("Table Contents", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    for row in table.rows:
        for cell in row.cells:
            for para in cell.paragraphs:
                para.style = style


# The 2026 tables ------------------------------------------------------------------------


def table_v(document: Any, description: dict[str, Any]) -> None:
    """Section V with the layout's headings (order and words), optional number row."""
    layout = description["_layout"]
    heads = layout.get("heads_v", DEFAULT_V)
    lines = table_rows(description)
    offset = 2 if layout.get("number_row") else 1
    table = ruled_table(document, offset + len(lines), len(heads))
    _heading(table, 0, [text for text, _ in heads], layout)
    if offset == 2:
        for index, cell in enumerate(table.rows[1].cells, start=1):
            fill(cell, [f"({index})"], center=True)
    for row_index, (_, item) in enumerate(lines):
        for cell, (_, field) in zip(table.rows[offset + row_index].cells, heads, strict=True):
            fill(cell, [item["_tt"] if field == "tt" else item[field]])


DEFAULT_V = [
    ("TT", "tt"),
    ("Nội dung cải tiến", "content"),
    ("Mục tiêu cải tiến", "target"),
    ("Hoạt động/giải pháp", "actions"),
    ("Chỉ số đánh giá kết quả", "indicator"),
    ("Thời gian thực hiện", "timeline"),
    ("Đơn vị/cá nhân phụ trách", "responsible"),
    ("Nguồn lực bảo đảm", "budget"),
    ("Thông tin, dữ liệu hoặc minh chứng dự kiến", "evidence"),
    ("Mức độ thực hiện", "status"),
]
PROBLEM_FIELDS = ("standard", "criteria", "current_state", "limitation", "cause")
MONITORING_FIELDS = ("when", "content", "result", "adjustment", "assessor")
DEFAULT_IV = list(zip(HEAD_2026_IV, ("tt", *PROBLEM_FIELDS), strict=True))
DEFAULT_VI = list(zip(HEAD_2026_VI, MONITORING_FIELDS, strict=True))


def table_iv(document: Any, description: dict[str, Any]) -> None:
    """Section IV; a standard cell merged down over rows of the same standard."""
    problems = description["problems"]
    heads = description["_layout"].get("heads_iv", DEFAULT_IV)
    table = ruled_table(document, 1 + len(problems), len(heads))
    _heading(table, 0, [text for text, _ in heads], description["_layout"])
    for index, problem in enumerate(problems, start=1):
        texts = [str(index) if name == "tt" else problem[name] for _, name in heads]
        for cell, text in zip(table.rows[index].cells, texts, strict=True):
            fill(cell, [text])
    for first, second in description["_layout"].get("merge_problem_standard", []):
        top, bottom = table.cell(first + 1, 1), table.cell(second + 1, 1)
        bottom.paragraphs[0].runs[0].text = ""
        merged = top.merge(bottom)
        for para in merged.paragraphs[1:]:
            para._p.getparent().remove(para._p)


def table_vi(document: Any, description: dict[str, Any]) -> None:
    """Section VI, with a "(1) … (5)" row under the headings when the layout asks."""
    numbers = description["_layout"].get("monitoring_numbers", False)
    heads = description["_layout"].get("heads_vi", DEFAULT_VI)
    rows = [[m[name] for _, name in heads] for m in description["monitoring"]]
    offset = 2 if numbers else 1
    table = ruled_table(document, offset + len(rows), len(heads))
    _heading(table, 0, [text for text, _ in heads], description["_layout"])
    if numbers:
        for index, cell in enumerate(table.rows[1].cells, start=1):
            fill(cell, [f"({index})"], center=True)
    for row_index, values in enumerate(rows):
        for cell, value in zip(table.rows[offset + row_index].cells, values, strict=True):
            fill(cell, [value])


# Whole documents ------------------------------------------------------------------------


def _prefixed(document: Any, texts: list[str], prefix: str) -> None:
    points(document, texts, prefix=prefix)


def organization(document: Any, roles: list[dict[str, Any]], prefix: str) -> None:
    """Role headings numbered by ``prefix`` with their duty paragraphs."""
    for index, role in enumerate(roles, start=1):
        paragraph(document, prefix.format(n=index) + role["role"], bold=True)
        points(document, role["duties"])


def write_2026(description: dict[str, Any]) -> Any:
    """A 2026-form plan with the layout's own section headings."""
    layout = description["_layout"]
    headings = layout["headings"]
    document = new_document()
    HEADERS[layout["header"]](document, description)
    title(document, layout["title"])
    paragraph(document, headings[0], bold=True)
    _prefixed(document, description["general_info"], layout.get("general_prefix", ""))
    paragraph(document, headings[1], bold=True)
    bases = description["bases"]
    points(document, bases, prefix=layout.get("bases_prefix", ""))
    paragraph(document, headings[2], bold=True)
    _prefixed(document, description["purposes"], layout.get("purpose_prefix", "{n}. "))
    landscape(document)
    paragraph(document, headings[3], bold=True)
    table_iv(document, description)
    paragraph(document, headings[4], bold=True)
    table_v(document, description)
    paragraph(document, headings[5], bold=True)
    table_vi(document, description)
    paragraph(document, headings[6], bold=True)
    organization(document, description["organization"], layout.get("org_prefix", "{n}. "))
    paragraph(document, headings[7], bold=True)
    _prefixed(document, description["reporting"], "{n}. ")
    closing(document, description)
    return document


def write_2018(description: dict[str, Any]) -> Any:
    """A 2018-form plan with the layout's section headings and table."""
    layout = description["_layout"]
    sections = layout.get(
        "section_titles",
        [
            "I. MỤC ĐÍCH, YÊU CẦU",
            "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
            layout.get("section_iii"),
            layout.get("section_org"),
        ],
    )
    document = new_document()
    HEADERS[layout["header"]](document, description)
    title(document, layout["title"])
    paragraph(document, sections[0], bold=True)
    _prefixed(document, description["purposes"], layout.get("purpose_prefix", "{n}. "))
    paragraph(document, sections[1], bold=True)
    points(document, description["bases"])
    landscape(document)
    paragraph(document, sections[2], bold=True)
    table_2018(document, description)
    paragraph(document, sections[3], bold=True)
    organization(document, description["organization"], "{n}. ")
    closing(document, description)
    return document


# Text pasted from a website ---------------------------------------------------------------


def website_text(description: dict[str, Any]) -> str:
    """The plan as a school website shows it, copied into a text file.

    The header blocks come one under the other, headings and points one per
    line, and every table row on one line with its cells separated by tabs (a
    cell's paragraphs joined by a space); some spaces are no-break spaces.
    """
    layout = description["_layout"]
    lines = [description["school"]["governing_body"], layout["school_caps"], layout["number_line"]]
    lines += [MOTTO, SLOGAN, layout["date_line"], "", *layout["title"], ""]
    if description["form"] == "2026":
        lines += _website_2026(description)
    else:
        lines += _website_2018(description)
    lines += ["Nơi nhận:", *(f"- {line}" for line in description["recipients"])]
    lines += [description["signer"]["title"], "", description["signer"]["name"], ""]
    text = "\r\n".join(lines)
    return text.replace("Kế hoạch", "Kế\u00a0hoạch").replace(": ", ":\u00a0")


def _tab_row(cells: list[str]) -> str:
    return "\t".join(cells)


def _website_2026(description: dict[str, Any]) -> list[str]:
    layout = description["_layout"]
    headings = layout["headings"]
    lines = [headings[0], *description["general_info"], headings[1], *description["bases"]]
    lines += [headings[2], *description["purposes"], headings[3]]
    lines.append(_tab_row(HEAD_2026_IV))
    for index, problem in enumerate(description["problems"], start=1):
        lines.append(_tab_row([str(index), *(problem[name] for name in PROBLEM_FIELDS)]))
    lines.append(headings[4])
    heads = layout.get("heads_v", DEFAULT_V)
    lines.append(_tab_row([text for text, _ in heads]))
    for _, item in table_rows(description):
        lines.append(_tab_row([item["_tt"] if f == "tt" else item[f] for _, f in heads]))
    lines += [headings[5], _tab_row(HEAD_2026_VI)]
    lines += [_tab_row(list(m.values())) for m in description["monitoring"]]
    lines.append(headings[6])
    for index, role in enumerate(description["organization"], start=1):
        lines += [f"{index}. {role['role']}", *role["duties"]]
    lines.append(headings[7])
    lines += [f"{n}. {text}" for n, text in enumerate(description["reporting"], start=1)]
    return lines


def _website_2018(description: dict[str, Any]) -> list[str]:
    layout = description["_layout"]
    heads = layout["heads_2018"]
    lines = ["I. MỤC ĐÍCH, YÊU CẦU"]
    lines += [f"{n}. {text}" for n, text in enumerate(description["purposes"], start=1)]
    lines += ["II. CĂN CỨ XÂY DỰNG KẾ HOẠCH", *description["bases"], layout["section_iii"]]
    lines.append(_tab_row([text for text, _ in heads]))
    for kind, value in table_rows(description):
        if kind == "part":
            lines.append(_tab_row(["", layout["parts"][value], *[""] * (len(heads) - 2)]))
        elif kind == "standard":
            text = f"Tiêu chuẩn {value[0]}: {value[1]}"
            lines.append(_tab_row(["", text, *[""] * (len(heads) - 2)]))
        else:
            cells = item_cells(value, heads, False, False)
            lines.append(_tab_row([" ".join(texts) for texts in cells]))
    lines.append(layout["section_org"])
    for index, role in enumerate(description["organization"], start=1):
        lines += [f"{index}. {role['role']}", *role["duties"]]
    return lines


# Files ------------------------------------------------------------------------------------


def write_pdf(source: Path, folder: Path) -> None:
    """Convert ``source`` to PDF with LibreOffice into ``folder`` (skipped without it)."""
    with tempfile.TemporaryDirectory() as temporary:
        profile = (Path(temporary) / "profile").as_uri()
        command = ["soffice", f"-env:UserInstallation={profile}", "--headless"]
        command += ["--convert-to", "pdf", "--outdir", str(folder), str(source)]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=180)
        except (OSError, subprocess.SubprocessError) as exc:
            sys.stdout.write(f"LibreOffice unavailable, {source.stem}.pdf not written: {exc}\n")


def main() -> None:
    """Write every variant .docx, the text pastes, their truths, and missing PDFs."""
    for name, description in VARIANTS.items():
        writer = write_2026 if description["form"] == "2026" else write_2018
        save_deterministic(writer(description), SAMPLES / "docx" / f"{name}.docx")
        (SAMPLES / "docx" / f"{name}.plan.json").write_text(
            dumps_plan(truth(description)), encoding="utf-8"
        )
        sys.stdout.write(f"wrote docx/{name}.docx\n")
    for name, source in TEXT_VARIANTS.items():
        description = VARIANTS[source]
        data = "\ufeff" + website_text(description)
        (SAMPLES / "text" / f"{name}.txt").write_bytes(data.encode("utf-8"))
        (SAMPLES / "text" / f"{name}.plan.json").write_text(
            dumps_plan(truth(description)), encoding="utf-8"
        )
        sys.stdout.write(f"wrote text/{name}.txt\n")
    for name in PDF_VARIANTS:
        # Apart from pdf/*.pdf, whose reader tests assume a header row repeated on each page.
        pdf = SAMPLES / "pdf" / "libreoffice" / f"{name}.pdf"
        if not pdf.exists():  # LibreOffice output is not byte-stable
            write_pdf(SAMPLES / "docx" / f"{name}.docx", pdf.parent)
        (pdf.parent / f"{name}.plan.json").write_text(
            dumps_plan(truth(VARIANTS[name])), encoding="utf-8"
        )
        sys.stdout.write(f"wrote pdf/libreoffice/{name}.pdf\n")


if __name__ == "__main__":
    main()
