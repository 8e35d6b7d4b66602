"""Write the school-made Excel plans of ``tests/samples/xlsx/`` and their exact truth.

The plans are those described for the Word samples (``generate_docx_plans.py``,
``generate_siblings_plans.py``), laid out as schools lay them out in Excel, so
workbook and truth cannot disagree. Where a workbook types a value differently
from the Word sample (an amount as a number, a time as two date cells), the
truth takes what the workbook shows. Run from the repository root
(deterministic, rerunnable)::

    .venv/bin/python tests/samples/generate_xlsx.py [--libreoffice]

With ``--libreoffice`` each workbook is also saved again by LibreOffice Calc
into ``xlsx/libreoffice/``, two of them as .xls and .ods into
``xlsx/legacy/``, and two Word web pages of ``tests/samples/html`` and six
Word samples (through Writer's HTML) are opened in Calc and saved as
workbooks (a Word plan pasted into a spreadsheet); not
byte for byte rerunnable: LibreOffice stamps its own times.

Layouts: the header block in merged cells above a 9-column table with a split
time column of date cells, "MỨC" and standard rows merged across and a formula
total row (amounts typed as numbers, ``#,##0``); one sheet per standard behind a
sheet of the header and sections; a cover sheet of instructions first, a hidden
helper column and cells broken by Alt+Enter; the 2026 form's tables IV, V and
VI on one sheet; the 2026 form one sheet per section with amounts ``#,##0
"đồng"``; a plain grid without rules or merges; and the 2026 form ruled all
over from IV to VI (section headings inside the borders) under a header of two
merged cells broken by Alt+Enter; and a 2018 plan whose header is typed in two
text boxes drawn over the top rows.
"""

from __future__ import annotations

import calendar
import copy
import datetime
import html
import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
from generate_docx import (
    HEAD_2018,
    HEAD_2026_IV,
    HEAD_2026_V,
    HEAD_2026_VI,
    MOTTO,
    ROMAN,
    SLOGAN,
    criterion_lines,
    truth,
)
from generate_docx_plans import PLANS
from generate_siblings_plans import SIBLINGS
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from caitien.plan import dumps_plan

HERE = Path(__file__).resolve().parent / "xlsx"
# Fixed file and part times, so that a rerun writes the same bytes.
FIXED_TIME = datetime.datetime(2026, 1, 1)
THIN = Side(style="thin")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)
SECTION_III = "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC"
_MONTH = re.compile(r"^[Tt]háng (\d{1,2})/(\d{4})$")
_MONEY_ONLY = re.compile(r"^[\d.]+ ?(?:đ|đồng)?$")


class Sheet:
    """A worksheet being written top to bottom, ``width`` columns wide."""

    def __init__(self, sheet: Any, width: int) -> None:
        self.sheet = sheet
        self.width = width
        self.row = 0

    def line(self, text: str, *, bold: bool = False, merged: bool = False) -> None:
        """One line of text in column A (merged across and centred when ``merged``)."""
        self.row += 1
        cell = self.sheet.cell(row=self.row, column=1, value=text)
        cell.font = Font(bold=bold)
        if merged:
            self.sheet.merge_cells(
                start_row=self.row, start_column=1, end_row=self.row, end_column=self.width
            )
            cell.alignment = CENTER

    def blank(self) -> None:
        self.row += 1

    def cells(self, values: list[Any], *, ruled: bool = True, bold: bool = False) -> int:
        """One row of cells from column A; returns the row number."""
        self.row += 1
        for column, value in enumerate(values, start=1):
            cell = self.sheet.cell(row=self.row, column=column, value=value)
            cell.alignment = CENTER if bold else WRAP
            cell.font = Font(bold=bold)
            if ruled:
                cell.border = GRID
        return self.row

    def merged_row(self, text: str, *, ruled: bool = True) -> None:
        """A row of one cell merged across the table ("MỨC 1, 2, 3", "Tiêu chuẩn 1: …")."""
        row = self.cells([text] + [None] * (self.width - 1), ruled=ruled, bold=True)
        self.sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=self.width)

    def widths(self, widths: list[int]) -> None:
        for column, width in enumerate(widths, start=1):
            self.sheet.column_dimensions[get_column_letter(column)].width = width


# The header and closing blocks --------------------------------------------------------


def merged_header(out: Sheet, description: dict[str, Any], left: int) -> None:
    """Governing body, school and number merged over A…``left``; the motto block beside it."""
    layout = description["_layout"]
    lefts = [description["school"]["governing_body"], layout["school_caps"], layout["number_line"]]
    for text_left, text_right in zip(lefts, [MOTTO, SLOGAN, layout["date_line"]], strict=True):
        out.row += 1
        out.sheet.cell(row=out.row, column=1, value=text_left).alignment = CENTER
        out.sheet.cell(row=out.row, column=left + 1, value=text_right).alignment = CENTER
        out.sheet.merge_cells(start_row=out.row, start_column=1, end_row=out.row, end_column=left)
        out.sheet.merge_cells(
            start_row=out.row, start_column=left + 1, end_row=out.row, end_column=out.width
        )
    out.blank()
    for text in layout["title"]:
        out.line(text, bold=True, merged=True)
    out.blank()


def plain_header(out: Sheet, description: dict[str, Any], right: int) -> None:
    """The header in single cells: the left block in A, the motto block in column ``right``."""
    layout = description["_layout"]
    lefts = [description["school"]["governing_body"], layout["school_caps"], layout["number_line"]]
    for text_left, text_right in zip(lefts, [MOTTO, SLOGAN, layout["date_line"]], strict=True):
        out.row += 1
        out.sheet.cell(row=out.row, column=1, value=text_left)
        out.sheet.cell(row=out.row, column=right, value=text_right)
    out.blank()
    for text in layout["title"]:
        out.line(text, bold=True)
    out.blank()


def closing(out: Sheet, description: dict[str, Any], right: int) -> None:
    """Nơi nhận down column A, the signer's title and name in column ``right``."""
    out.blank()
    signer = description["signer"]
    out.row += 1
    out.sheet.cell(row=out.row, column=1, value="Nơi nhận:").font = Font(bold=True, italic=True)
    out.sheet.cell(row=out.row, column=right, value=signer["title"]).font = BOLD
    for recipient in description["recipients"]:
        out.row += 1
        out.sheet.cell(row=out.row, column=1, value=f"- {recipient}")
    out.blank()
    out.row += 1
    out.sheet.cell(row=out.row, column=right, value=signer["name"]).font = BOLD


def prose_2018(out: Sheet, description: dict[str, Any]) -> None:
    out.line("I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    for number, text in enumerate(description["purposes"], start=1):
        out.line(f"{number}. {text}")
    out.line("II. CĂN CỨ XÂY DỰNG KẾ HOẠCH", bold=True)
    for text in description["bases"]:
        out.line(text)


def organization(out: Sheet, description: dict[str, Any], heading: str) -> None:
    out.line(heading, bold=True)
    for number, role in enumerate(description["organization"], start=1):
        out.line(f"{number}. {role['role']}", bold=True)
        for duty in role["duties"]:
            out.line(duty)


# The 2018 table ---------------------------------------------------------------------


def table_lines(description: dict[str, Any]) -> list[tuple[str, Any]]:
    """The table's rows in order: ("part", text), ("standard", (n, title)), ("item", item).

    Items are the description's own dicts (numbered in "_tt"), so what a layout
    changes in them (an amount typed as a number) reaches the truth.
    """
    lines: list[tuple[str, Any]] = []
    number = 0
    for kind, value in description["_rows"]:
        if kind == "item":
            number += 1
            item = description["items"][value]
            item["_tt"] = str(number)
            lines.append((kind, item))
        elif kind == "standard" and isinstance(value, str):
            # The siblings' descriptions give the row as written: "Tiêu chuẩn 1: …".
            written, _, title = value.removeprefix("Tiêu chuẩn ").partition(": ")
            lines.append((kind, (int(written), title)))
        elif kind == "standard":
            title = next(s["title"] for s in description["standards"] if s["number"] == value)
            lines.append((kind, (value, title)))
        else:
            lines.append((kind, value))
    return lines


def as_number(item: dict[str, Any], suffix: str) -> int | None:
    """The amount to type as a number when the cell states only an amount; truth follows."""
    if item["budget_vnd"] is None or not _MONEY_ONLY.match(item["budget"]):
        return None
    grouped = f"{item['budget_vnd']:,}".replace(",", ".")
    item["budget"] = f"{grouped}{suffix}"
    return int(item["budget_vnd"])


def as_dates(item: dict[str, Any]) -> tuple[datetime.date, datetime.date] | None:
    """ "Tháng 9/2025 - Tháng 5/2026" typed as two date cells, the first and last of the months."""
    parts = item["timeline"].split(" - ")
    matches = [_MONTH.match(part.strip()) for part in parts]
    if len(parts) != 2 or not all(matches):
        return None
    (m1, y1), (m2, y2) = ((int(m[1]), int(m[2])) for m in matches if m)
    start = datetime.date(y1, m1, 1)
    end = datetime.date(y2, m2, calendar.monthrange(y2, m2)[1])
    item["timeline"] = f"{start:%d/%m/%Y} - {end:%d/%m/%Y}"
    return start, end


def table_2018_merged(out: Sheet, description: dict[str, Any]) -> None:
    """TT + the 9 columns, time split into date cells, a total row with a cached SUM."""
    heads = ["TT", *HEAD_2018]
    top = out.cells([*heads[:5], heads[5], None, *heads[6:]], bold=True)
    out.cells([None] * 5 + ["Bắt đầu", "Kết thúc"] + [None] * 3, bold=True)
    for column in (*range(1, 6), 8, 9, 10):
        out.sheet.merge_cells(
            start_row=top, start_column=column, end_row=top + 1, end_column=column
        )
    out.sheet.merge_cells(start_row=top, start_column=6, end_row=top, end_column=7)
    first_item = None
    for kind, value in table_lines(description):
        if kind == "part":
            out.merged_row(value)
        elif kind == "standard":
            out.merged_row(f"Tiêu chuẩn {value[0]}: {value[1]}")
        else:
            item = value
            dates = as_dates(item) or (item["timeline"], None)
            amount = as_number(item, "")
            row = out.cells(
                [
                    int(item["_tt"]),
                    "\n".join(criterion_lines(item, apart=False)),
                    item["target"],
                    "\n".join(item.get("_actions", [item["actions"]])),
                    item["responsible"],
                    *dates,
                    item["budget"] if amount is None else amount,
                    item["support"],
                    item["notes"],
                ]
            )
            first_item = first_item or row
            for column in (6, 7):
                out.sheet.cell(row=row, column=column).number_format = "dd/mm/yyyy"
            out.sheet.cell(row=row, column=8).number_format = "#,##0"
    total = out.cells(
        ["Tổng cộng", None, None, None, None, None, None, f"=SUM(H{first_item}:H{out.row})"]
    )
    out.sheet.merge_cells(start_row=total, start_column=1, end_row=total, end_column=7)
    out.sheet.cell(row=total, column=8).number_format = "#,##0"


def table_2018_rows(
    out: Sheet, items: list[tuple[str, Any]], *, ruled: bool, suffix: str | None
) -> None:
    """The 9-column table's heading row and ``items`` (criterion code and title on two lines).

    ``suffix`` ``None`` writes amounts as text; "" types them as plain numbers
    (General format: "30000000"); another suffix formats them ``#,##0" đồng"``.
    """
    out.cells(HEAD_2018 if not ruled else ["TT", *HEAD_2018], ruled=ruled, bold=True)
    for kind, value in items:
        if kind == "part":
            if ruled:
                out.merged_row(value)
            else:
                out.cells([value], ruled=False)
        elif kind == "standard":
            text = f"Tiêu chuẩn {value[0]}: {value[1]}"
            out.merged_row(text) if ruled else out.cells([text], ruled=False)
        else:
            item = value
            amount = as_number(item, suffix) if suffix is not None else None
            cells = [
                "\n".join(criterion_lines(item, apart=ruled)),
                item["target"],
                "\n".join(item.get("_actions", [item["actions"]])),
                item["responsible"],
                item["timeline"],
                item["budget"] if amount is None else amount,
                item["support"],
                item["notes"],
            ]
            row = out.cells([int(item["_tt"]), *cells] if ruled else cells, ruled=ruled)
            if amount is not None and suffix:
                out.sheet.cell(row=row, column=7).number_format = '#,##0" đồng"'


# Whole workbooks ----------------------------------------------------------------------


def merged_header_2018(description: dict[str, Any]) -> openpyxl.Workbook:
    """One sheet: merged header, title and sections, the table with dates and a total row."""
    book = openpyxl.Workbook()
    out = Sheet(book.active, 10)
    out.sheet.title = "KH cải tiến"
    out.widths([5, 30, 25, 40, 20, 12, 12, 14, 18, 12])
    merged_header(out, description, 4)
    prose_2018(out, description)
    out.line(description["_layout"].get("section_iii", SECTION_III), bold=True)
    table_2018_merged(out, description)
    organization(out, description, description["_layout"]["section_org"])
    closing(out, description, 7)
    return book


def sheet_per_standard_2018(description: dict[str, Any]) -> openpyxl.Workbook:
    """A sheet of header and sections, then one sheet per standard, then Tổ chức thực hiện."""
    book = openpyxl.Workbook()
    out = Sheet(book.active, 9)
    out.sheet.title = "Chung"
    merged_header(out, description, 4)
    prose_2018(out, description)
    out.line(description["_layout"].get("section_iii", SECTION_III), bold=True)
    # A sheet per standard (its title row above the table), and one for MỨC 4; the
    # "MỨC 1, 2, 3" row opens the first standard's table.
    groups: list[tuple[str, list[tuple[str, Any]]]] = []
    pending: list[tuple[str, Any]] = []
    for kind, value in table_lines(description):
        if kind == "standard":
            groups.append((f"TC{value[0]}", [(kind, value), *pending]))
            pending = []
        elif kind == "part" and "4" in value:
            groups.append(("Mức 4", [(kind, value)]))
        elif kind == "part":
            pending.append((kind, value))
        else:
            groups[-1][1].append((kind, value))
    for name, rows in groups:
        sheet = Sheet(book.create_sheet(name), 9)
        sheet.widths([5, 30, 25, 40, 20, 16, 16, 18, 12])
        title = rows[0]
        if title[0] == "standard":
            sheet.line(f"Tiêu chuẩn {title[1][0]}: {title[1][1]}", bold=True, merged=True)
        else:
            sheet.line(title[1], bold=True, merged=True)
        table_2018_rows(sheet, rows[1:], ruled=True, suffix=" đồng")
    last = Sheet(book.create_sheet("Tổ chức thực hiện"), 9)
    organization(last, description, description["_layout"]["section_org"])
    closing(last, description, 6)
    return book


INSTRUCTIONS = [
    "HƯỚNG DẪN SỬ DỤNG BIỂU MẪU",
    "Nhập mỗi tiêu chí cần cải tiến trên một dòng của trang «Kế hoạch».",
    "Cột ẩn «Mã dòng» dùng để tổng hợp, không in.",
    "Gửi tệp về Phòng Giáo dục trước ngày 30 tháng 9.",
]


def cover_sheet_2018(description: dict[str, Any]) -> openpyxl.Workbook:
    """An instructions sheet first; the plan on the next sheet with a hidden helper column."""
    book = openpyxl.Workbook()
    cover = Sheet(book.active, 6)
    cover.sheet.title = "Hướng dẫn"
    for text in INSTRUCTIONS:
        cover.line(text, bold=text.isupper())
    out = Sheet(book.create_sheet("Kế hoạch"), 9)
    out.widths([30, 25, 40, 20, 18, 18, 18, 12, 10])
    merged_header(out, description, 3)
    prose_2018(out, description)
    out.line(description["_layout"].get("section_iii", SECTION_III), bold=True)
    start = out.row + 1
    table_2018_rows(out, table_lines(description), ruled=True, suffix=None)
    helper = out.width + 1
    out.sheet.column_dimensions[get_column_letter(helper)].hidden = True
    out.sheet.cell(row=start, column=helper, value="Mã dòng").border = GRID
    for row in range(start + 1, out.row + 1):
        cell = out.sheet.cell(row=row, column=helper, value=f"KH-{row - start:02d}")
        cell.border = GRID
    organization(out, description, description["_layout"]["section_org"])
    closing(out, description, 5)
    return book


def plain_grid_2018(description: dict[str, Any]) -> openpyxl.Workbook:
    """No rules, no merges: the header in single cells, the table found by its shape."""
    book = openpyxl.Workbook()
    out = Sheet(book.active, 8)
    out.sheet.title = "Sheet1"
    plain_header(out, description, 5)
    prose_2018(out, description)
    out.line(description["_layout"].get("section_iii", SECTION_III), bold=True)
    table_2018_rows(out, table_lines(description), ruled=False, suffix="")
    out.blank()
    organization(out, description, description["_layout"]["section_org"])
    closing(out, description, 5)
    return book


def _table_v(out: Sheet, description: dict[str, Any], suffix: str) -> None:
    out.cells(HEAD_2026_V, bold=True)
    out.cells([f"({n})" for n in range(1, 11)], bold=True)
    for kind, value in table_lines(description):
        if kind == "standard":
            out.merged_row(f"Tiêu chuẩn {value[0]}: {value[1]}")
            continue
        item = value
        amount = as_number(item, suffix) if suffix else None
        row = out.cells(
            [
                int(item["_tt"]),
                item["content"],
                item["target"],
                "\n".join(item.get("_actions", [item["actions"]])),
                item["indicator"],
                item["timeline"],
                item["responsible"],
                item["budget"] if amount is None else amount,
                item["evidence"],
                item["status"],
            ]
        )
        if amount is not None:
            out.sheet.cell(row=row, column=8).number_format = '#,##0" đồng"'


def _table_iv(out: Sheet, description: dict[str, Any]) -> None:
    out.cells(HEAD_2026_IV, bold=True)
    for number, p in enumerate(description["problems"], start=1):
        out.cells(
            [number, p["standard"], p["criteria"], p["current_state"], p["limitation"], p["cause"]]
        )


def _table_vi(out: Sheet, description: dict[str, Any]) -> None:
    out.cells(HEAD_2026_VI, bold=True)
    for m in description["monitoring"]:
        out.cells([m["when"], m["content"], m["result"], m["adjustment"], m["assessor"]])


def _heading(out: Sheet, number: int, text: str) -> None:
    out.line(f"{ROMAN[number]}. {text}", bold=True)


def _sections_i_iii(out: Sheet, description: dict[str, Any]) -> None:
    _heading(out, 1, "THÔNG TIN CHUNG")
    for number, text in enumerate(description["general_info"], start=1):
        out.line(f"{number}. {text}")
    _heading(out, 2, "CĂN CỨ XÂY DỰNG KẾ HOẠCH")
    for text in description["bases"]:
        out.line(text)
    _heading(out, 3, "MỤC ĐÍCH, YÊU CẦU")
    for number, text in enumerate(description["purposes"], start=1):
        out.line(f"{number}. {text}")


def _sections_vii_viii(out: Sheet, description: dict[str, Any]) -> None:
    organization(out, description, f"{ROMAN[7]}. TỔ CHỨC THỰC HIỆN")
    _heading(out, 8, "CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO")
    for text in description["reporting"]:
        out.line(text)


def one_sheet_2026(description: dict[str, Any]) -> openpyxl.Workbook:
    """Biểu 2 on one sheet: header merged, I–III, tables IV, V and VI, VII, VIII, closing."""
    book = openpyxl.Workbook()
    out = Sheet(book.active, 10)
    out.sheet.title = "Biểu 2"
    out.widths([5, 30, 25, 40, 25, 16, 20, 18, 25, 14])
    merged_header(out, description, 4)
    _sections_i_iii(out, description)
    _heading(out, 4, "TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN")
    _table_iv(out, description)
    _heading(out, 5, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG")
    _table_v(out, description, suffix="")
    _heading(out, 6, "THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)")
    _table_vi(out, description)
    _sections_vii_viii(out, description)
    closing(out, description, 7)
    return book


def sheet_per_section_2026(description: dict[str, Any]) -> openpyxl.Workbook:
    """Biểu 2 one sheet per part: I–III, IV, V (amounts as numbers), VI, VII–VIII."""
    book = openpyxl.Workbook()
    out = Sheet(book.active, 10)
    out.sheet.title = "I-III"
    merged_header(out, description, 4)
    _sections_i_iii(out, description)
    for title, number, text, table in (
        ("IV", 4, "TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN", _table_iv),
        ("V", 5, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG", None),
        ("VI", 6, "THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)", _table_vi),
    ):
        sheet = Sheet(book.create_sheet(title), 10)
        sheet.widths([5, 30, 25, 40, 25, 16, 20, 18, 25, 14])
        _heading(sheet, number, text)
        if table is None:
            _table_v(sheet, description, suffix=" đồng")
        else:
            table(sheet, description)
    last = Sheet(book.create_sheet("VII-VIII"), 10)
    _sections_vii_viii(last, description)
    closing(last, description, 7)
    return book


def two_cell_header(out: Sheet, description: dict[str, Any], left: int) -> None:
    """The header as two merged cells of three lines each (Alt+Enter), then the title."""
    layout = description["_layout"]
    lefts = [description["school"]["governing_body"], layout["school_caps"], layout["number_line"]]
    out.sheet.cell(row=1, column=1, value="\n".join(lefts)).alignment = CENTER
    right = "\n".join([MOTTO, SLOGAN, layout["date_line"]])
    out.sheet.cell(row=1, column=left + 1, value=right).alignment = CENTER
    out.sheet.merge_cells(start_row=1, start_column=1, end_row=3, end_column=left)
    out.sheet.merge_cells(start_row=1, start_column=left + 1, end_row=3, end_column=out.width)
    out.row = 3
    out.blank()
    for text in layout["title"]:
        out.line(text, bold=True, merged=True)
    out.blank()


def ruled_all_over_2026(description: dict[str, Any]) -> openpyxl.Workbook:
    """Biểu 2 on one sheet with "All Borders" applied over IV to VI, headings included."""
    book = openpyxl.Workbook()
    out = Sheet(book.active, 10)
    out.sheet.title = "KHCT"
    out.widths([5, 30, 25, 40, 25, 16, 20, 18, 25, 14])
    two_cell_header(out, description, 4)
    _sections_i_iii(out, description)
    first = out.row + 1
    _heading(out, 4, "TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN")
    _table_iv(out, description)
    _heading(out, 5, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG")
    _table_v(out, description, suffix="")
    _heading(out, 6, "THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)")
    _table_vi(out, description)
    for row in out.sheet.iter_rows(min_row=first, max_row=out.row, max_col=out.width):
        for cell in row:
            cell.border = GRID
    _sections_vii_viii(out, description)
    closing(out, description, 7)
    return book


# Text boxes drawn over a sheet: (0-based column, row, lines) anchored in the sheet's cells.
TextBox = tuple[int, int, list[str]]
XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main"


def text_box_header_2018(description: dict[str, Any]) -> openpyxl.Workbook:
    """The header left to two text boxes over rows 1–4 (see ``header_boxes``); the rest
    with the table's time in one text column and amounts as text."""
    book = openpyxl.Workbook()
    out = Sheet(book.active, 9)
    out.sheet.title = "Kế hoạch"
    out.widths([30, 25, 40, 20, 18, 18, 18, 12, 10])
    out.row = 5
    for text in description["_layout"]["title"]:
        out.line(text, bold=True, merged=True)
    out.blank()
    prose_2018(out, description)
    out.line(description["_layout"].get("section_iii", SECTION_III), bold=True)
    table_2018_rows(out, table_lines(description), ruled=True, suffix=None)
    organization(out, description, description["_layout"]["section_org"])
    closing(out, description, 5)
    return book


def header_boxes(description: dict[str, Any]) -> list[TextBox]:
    """The governing body, school and number in a box at A1; the motto block at E1."""
    layout = description["_layout"]
    left = [description["school"]["governing_body"], layout["school_caps"], layout["number_line"]]
    return [(0, 0, left), (4, 0, [MOTTO, SLOGAN, layout["date_line"]])]


def _box_xml(index: int, box: TextBox) -> str:
    column, row, lines = box
    runs = "".join(
        f'<a:p><a:pPr algn="ctr"/><a:r><a:rPr lang="vi-VN" sz="1200"/><a:t>{line}</a:t></a:r></a:p>'
        for line in (html.escape(line) for line in lines)
    )
    place = (
        "<xdr:col>{}</xdr:col><xdr:colOff>0</xdr:colOff>"
        "<xdr:row>{}</xdr:row><xdr:rowOff>0</xdr:rowOff>"
    )
    return (
        f"<xdr:twoCellAnchor><xdr:from>{place.format(column, row)}</xdr:from>"
        f"<xdr:to>{place.format(column + 3, row + 4)}</xdr:to>"
        f'<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="{index + 2}" '
        f'name="TextBox {index + 1}"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody>'
        f'<a:bodyPr wrap="square"/><a:lstStyle/>{runs}</xdr:txBody></xdr:sp>'
        "<xdr:clientData/></xdr:twoCellAnchor>"
    )


def add_text_boxes(data: bytes, boxes: list[TextBox]) -> bytes:
    """The first sheet of the package ``data`` with ``boxes`` drawn over it, as Excel
    stores them: a drawing part, its relationship and content type, a ``<drawing>``."""
    drawing = (
        f'<xdr:wsDr xmlns:xdr="{XDR}" xmlns:a="{DRAWINGML}">'
        + "".join(_box_xml(index, box) for index, box in enumerate(boxes))
        + "</xdr:wsDr>"
    ).encode()
    relationship = (
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rIdText1" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>'
    )
    override = (
        b'<Override PartName="/xl/drawings/drawing1.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>'
    )
    reference = (
        b'<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
        b' r:id="rIdText1"/></worksheet>'
    )
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            part = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                part = part.replace(b"</worksheet>", reference)
            elif info.filename == "[Content_Types].xml":
                part = part.replace(b"</Types>", override)
            target.writestr(info, part)
        for name, part in (
            ("xl/worksheets/_rels/sheet1.xml.rels", relationship),
            ("xl/drawings/drawing1.xml", drawing),
        ):
            info = zipfile.ZipInfo(name, FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, part)
    return out.getvalue()


# Workbooks whose header is drawn in text boxes: name → the boxes of its description.
TEXT_BOXES = {"tieu-hoc-2018-header-in-text-boxes": header_boxes}


WORKBOOKS = {
    "tieu-hoc-2018-merged-header-dates": (PLANS["tieu-hoc-2018-tab-header"], merged_header_2018),
    "thcs-2018-sheet-per-standard": (PLANS["thcs-2018-code-title-apart"], sheet_per_standard_2018),
    "nhieu-cap-2018-cover-sheet-hidden-column": (PLANS["nhieu-cap-2018-no-tt"], cover_sheet_2018),
    "thpt-2018-plain-grid": (SIBLINGS["thpt-2018-code-apart"], plain_grid_2018),
    "gdtx-2026-one-sheet": (PLANS["gdtx-2026-standard-rows"], one_sheet_2026),
    "mam-non-2026-sheet-per-section": (PLANS["mam-non-2026-word-lists"], sheet_per_section_2026),
    "mam-non-2026-ruled-all-over": (
        SIBLINGS["mam-non-2026-standard-headings"],
        ruled_all_over_2026,
    ),
    "tieu-hoc-2018-header-in-text-boxes": (
        SIBLINGS["tieu-hoc-2018-level-4-rows"],
        text_box_header_2018,
    ),
}


def cache_formulas(data: bytes, description: dict[str, Any]) -> bytes:
    """Store the SUM's result beside its formula, as Excel does on saving (openpyxl does not)."""
    typed = [i for i in description["items"] if i["budget_vnd"] and _MONEY_ONLY.match(i["budget"])]
    cached = f"<v>{sum(item['budget_vnd'] for item in typed)}</v>".encode()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            part = source.read(info)
            if info.filename.startswith("xl/worksheets/"):
                part = re.sub(rb"(<f>SUM\([^<]*\)</f>)<v></v>", rb"\1" + cached, part)
            elif info.filename == "docProps/core.xml":
                # openpyxl stamps the saving time whatever the properties say.
                part = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", part
                )
            info.date_time = FIXED_TIME.timetuple()[:6]
            target.writestr(info, part)
    return out.getvalue()


def write_libreoffice_copies() -> None:
    """Each workbook saved again by LibreOffice Calc as .xlsx: another writer's XML (its own
    styles, shared strings and number formats) for the same truth. Skipped without it."""
    folder = HERE / "libreoffice"
    folder.mkdir(exist_ok=True)
    names = sorted(WORKBOOKS)
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "in"
        source.mkdir()
        for name in names:
            shutil.copyfile(HERE / f"{name}.xlsx", source / f"{name}.xlsx")
        profile = (Path(work) / "profile").as_uri()
        command = ["soffice", f"-env:UserInstallation={profile}", "--headless"]
        command += ["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", work]
        command += [str(source / f"{name}.xlsx") for name in names]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=300)
        except (OSError, subprocess.SubprocessError) as exc:
            sys.stdout.write(f"LibreOffice unavailable, its copies not refreshed: {exc}\n")
            return
        for name in names:
            shutil.copyfile(Path(work) / f"{name}.xlsx", folder / f"{name}.xlsx")
            shutil.copyfile(HERE / f"{name}.plan.json", folder / f"{name}.plan.json")
    write_legacy_copies()
    write_word_pages_in_calc()


# Word plans saved as web pages (tests/samples/html), opened in Calc as a sheet: what a
# school gets by pasting its Word plan into a spreadsheet (cells merged where Word's
# grid had spacer columns, the header on tab stops in one cell).
WORD_PAGES = ["tieu-hoc-2018-word-web-page-cp1258", "thcs-2018-word-web-page-bullets"]


# Word samples (tests/samples/docx) saved as web pages by Writer, then opened in Calc.
WORD_DOCUMENTS = [
    "mam-non-2026-word-lists",
    "thcs-2018-reordered-columns",
    "gdtx-2026-standard-rows",
    "nhieu-cap-2018-no-tt",
    "tieu-hoc-2018-no-parts",
    "thpt-2026-reworded-headings",
]


def write_word_pages_in_calc() -> None:
    """The Word web pages of ``WORD_PAGES`` and the Word documents of ``WORD_DOCUMENTS``
    (through Writer's HTML) imported by Calc and saved as .xlsx."""
    folder = HERE / "libreoffice"
    samples = HERE.parent
    with tempfile.TemporaryDirectory() as work:
        profile = (Path(work) / "profile").as_uri()
        soffice = ["soffice", f"-env:UserInstallation={profile}", "--headless"]
        pages = Path(work) / "pages"
        command = [*soffice, "--convert-to", "html", "--outdir", str(pages)]
        command += [str(samples / "docx" / f"{name}.docx") for name in WORD_DOCUMENTS]
        subprocess.run(command, check=True, capture_output=True, timeout=300)
        sources = [samples / "html" / f"{name}.htm" for name in WORD_PAGES]
        sources += [pages / f"{name}.html" for name in WORD_DOCUMENTS]
        command = [*soffice, "--infilter=HTML (StarCalc)"]
        command += ["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", work]
        subprocess.run([*command, *map(str, sources)], check=True, capture_output=True, timeout=300)
        for name, kind in [(n, "html") for n in WORD_PAGES] + [(n, "docx") for n in WORD_DOCUMENTS]:
            target = f"{name}-in-calc"
            shutil.copyfile(Path(work) / f"{name}.xlsx", folder / f"{target}.xlsx")
            shutil.copyfile(samples / kind / f"{name}.plan.json", folder / f"{target}.plan.json")


# The workbooks also kept in the older formats the reader reads through LibreOffice.
LEGACY = {"xls": "tieu-hoc-2018-merged-header-dates", "ods": "gdtx-2026-one-sheet"}


def write_legacy_copies() -> None:
    """An Excel 97–2003 and an ODS copy into ``xlsx/legacy/`` (truth: the workbook's)."""
    folder = HERE / "legacy"
    folder.mkdir(exist_ok=True)
    for suffix, name in LEGACY.items():
        with tempfile.TemporaryDirectory() as work:
            profile = (Path(work) / "profile").as_uri()
            command = ["soffice", f"-env:UserInstallation={profile}", "--headless"]
            command += ["--convert-to", suffix, "--outdir", work, str(HERE / f"{name}.xlsx")]
            subprocess.run(command, check=True, capture_output=True, timeout=300)
            shutil.copyfile(Path(work) / f"{name}.{suffix}", folder / f"{name}.{suffix}")


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    for name, (plan_description, write) in WORKBOOKS.items():
        description = copy.deepcopy(plan_description)
        book = write(description)
        book.properties.created = book.properties.modified = FIXED_TIME
        buffer = io.BytesIO()
        book.save(buffer)
        data = cache_formulas(buffer.getvalue(), description)
        if name in TEXT_BOXES:
            data = add_text_boxes(data, TEXT_BOXES[name](description))
        (HERE / f"{name}.xlsx").write_bytes(data)
        (HERE / f"{name}.plan.json").write_text(dumps_plan(truth(description)), encoding="utf-8")
    if "--libreoffice" in sys.argv:
        write_libreoffice_copies()


if __name__ == "__main__":
    main()
