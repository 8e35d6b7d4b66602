"""XLSX export: plan rows with parsed values, header fields, and (2026) problems and monitoring.

Every string goes through :func:`escape_excel_formula`. Where it would add the
OWASP apostrophe, the cell instead keeps the text as written and carries
Excel's own *quote prefix* — exactly what Excel stores when a user types a
leading apostrophe — so "- Hiệu trưởng" bullets stay readable, the cell is text
(never a formula, even after it is edited), and no stray apostrophe is shown.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from caitien.exporters._context import criterion_cell

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from caitien.plan import Item, Plan

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
LINE_POINTS = 15
# amounts in đồng grouped by thousands (the spreadsheet's locale picks "." or ",")
NUMBER_FORMATS = {"Kinh phí (đồng)": "#,##0"}

# (heading, width, value of an item); the 2018 and 2026 forms name their columns differently
_COMMON_HEAD: list[tuple[str, int, Any]] = [
    ("TT", 5, None),
    ("Tiêu chuẩn", 10, lambda i: i.standard),
    ("Tiêu chí", 9, lambda i: i.criterion or ""),
]
_COLUMNS_2018: list[tuple[str, int, Any]] = [
    ("Phần", 11, lambda i: {"levels_1_3": "Mức 1, 2, 3", "level_4": "Mức 4"}.get(i.part, "")),
    *_COMMON_HEAD[1:],
    ("Tiêu chuẩn, tiêu chí", 36, criterion_cell),
    ("Kết quả cần đạt (so với hiện trạng)", 28, lambda i: i.target),
    ("Mức phấn đấu", 9, lambda i: i.target_level),
    ("Công việc/giải pháp cần thực hiện", 50, lambda i: i.actions),
    ("Chủ trì và phối hợp thực hiện", 26, lambda i: i.responsible),
    ("Thời gian thực hiện và hoàn thành", 24, lambda i: i.timeline),
    ("Dự kiến kinh phí", 18, lambda i: i.budget),
    ("Kinh phí (đồng)", 15, lambda i: i.budget_vnd),
    ("Điều kiện hỗ trợ khác", 24, lambda i: i.support),
    ("Ghi chú", 16, lambda i: i.notes),
]
_COLUMNS_2026: list[tuple[str, int, Any]] = [
    *_COMMON_HEAD[1:],
    # Biểu 2 has no title column; the plan keeps the title when the content cell opens with it.
    ("Tên tiêu chí", 30, lambda i: i.criterion_title or ""),
    ("Nội dung cải tiến", 36, lambda i: i.content),
    ("Mục tiêu cải tiến", 30, lambda i: i.target),
    ("Mức phấn đấu", 9, lambda i: i.target_level),
    ("Hoạt động/giải pháp", 50, lambda i: i.actions),
    ("Chỉ số đánh giá kết quả", 30, lambda i: i.indicator),
    ("Thời gian thực hiện", 20, lambda i: i.timeline),
    ("Đơn vị/cá nhân phụ trách", 24, lambda i: i.responsible),
    ("Nguồn lực bảo đảm", 20, lambda i: i.budget),
    ("Kinh phí (đồng)", 15, lambda i: i.budget_vnd),
    ("Thông tin, dữ liệu hoặc minh chứng dự kiến", 32, lambda i: i.evidence),
    ("Mức độ thực hiện", 16, lambda i: i.status),
]
# The header sheet's labels of the prose sections (one row per line).
SECTION_LABELS = {
    "general_info": "Thông tin chung",
    "purposes": "Mục đích, yêu cầu",
    "bases": "Căn cứ",
    "organization": "Tổ chức thực hiện",
    "duty": "Nhiệm vụ",
    "reporting": "Cơ chế đánh giá và báo cáo",
}
_PROBLEMS = [
    ("TT", 5, None),
    ("Tiêu chuẩn", 16, "standard"),
    ("Tiêu chí liên quan (nếu có)", 14, "criteria"),
    ("Đánh giá hiện trạng", 45, "current_state"),
    ("Điểm hạn chế", 45, "limitation"),
    ("Nguyên nhân của hạn chế", 40, "cause"),
]
_MONITORING = [
    ("Thời điểm", 16, "when"),
    ("Nội dung theo dõi", 50, "content"),
    ("Kết quả thực hiện", 36, "result"),
    ("Điều chỉnh (nếu có)", 30, "adjustment"),
    ("Người đánh giá", 30, "assessor"),
]


def escape_excel_formula(value: str) -> str:
    """Return ``value`` safe for a spreadsheet cell (OWASP CSV-injection guidance).

    A value starting with = + - @, a tab or a carriage return gets a leading
    apostrophe so no spreadsheet reads it as a formula; others come back as is.
    """
    return "'" + value if value.startswith(FORMULA_TRIGGERS) else value


def render_xlsx(plan: Plan) -> bytes:
    """Return the workbook of ``plan`` as XLSX bytes."""
    book = Workbook()
    _items_sheet(book.create_sheet("Kế hoạch"), plan)
    book.remove(book.worksheets[0])
    _header_sheet(book.create_sheet("Thông tin chung"), plan)
    if plan.form == "2026":
        rows = [
            [getattr(p, key) if key else n for _, _, key in _PROBLEMS]
            for n, p in _numbered(plan.problems)
        ]
        _table_sheet(book.create_sheet("Vấn đề trọng tâm"), _PROBLEMS, rows)
        rows = [[getattr(m, key) for _, _, key in _MONITORING] for m in plan.monitoring]
        _table_sheet(book.create_sheet("Theo dõi, đánh giá"), _MONITORING, rows)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _numbered(values: list[Any]) -> list[tuple[int, Any]]:
    return list(enumerate(values, start=1))


def _items_sheet(sheet: Worksheet, plan: Plan) -> None:
    columns = [("TT", 5, None), *(_COLUMNS_2018 if plan.form == "2018" else _COLUMNS_2026)]
    rows = [_item_values(columns, n, item) for n, item in _numbered(plan.items)]
    _table_sheet(sheet, columns, rows)


def _item_values(columns: list[tuple[str, int, Any]], number: int, item: Item) -> list[Any]:
    return [number if read is None else read(item) for _, _, read in columns]


def _table_sheet(
    sheet: Worksheet, columns: list[tuple[str, int, Any]], rows: list[list[Any]]
) -> None:
    """Bold wrapped header row frozen at the top, column widths, wrapped cells."""
    sheet.append([name for name, _, _ in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for index, (_, width, _) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    _fit_height(sheet, 1, [name for name, _, _ in columns])
    for values in rows:
        _append(sheet, values)
    _number_formats(sheet, [name for name, _, _ in columns])
    sheet.freeze_panes = "A2"
    _print_setup(sheet)


def _number_formats(sheet: Worksheet, names: list[str]) -> None:
    for index, name in enumerate(names, start=1):
        if name in NUMBER_FORMATS:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = NUMBER_FORMATS[name]


def _print_setup(sheet: Worksheet) -> None:
    """Print on A4 landscape, one page wide, the header row repeated on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = "1:1"


def _append(sheet: Worksheet, values: list[Any]) -> None:
    row = sheet.max_row + 1
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=column)
        _put(cell, value)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    _fit_height(sheet, row, values)


def _fit_height(sheet: Worksheet, row: int, values: list[Any]) -> None:
    """Set a row's height to its longest wrapped cell: not every spreadsheet grows it on opening."""
    columns = range(1, len(values) + 1)
    widths = [sheet.column_dimensions[get_column_letter(c)].width or 10 for c in columns]
    lines = max((_line_count(v, w) for v, w in zip(values, widths, strict=True)), default=1)
    sheet.row_dimensions[row].height = LINE_POINTS * lines


def _line_count(value: Any, width: float) -> int:
    """Roughly how many lines ``value`` wraps to in a column ``width`` characters wide."""
    text = "" if value is None else str(value)
    return sum(max(1, -(-len(part) // max(1, int(width * 1.1)))) for part in text.split("\n"))


def _put(cell: Any, value: Any) -> None:
    """Write one value: numbers as numbers, strings as text that is never a formula."""
    if not isinstance(value, str):
        cell.value = value
        return
    cell.value = value
    cell.data_type = "s"
    if escape_excel_formula(value) != value:
        cell.quotePrefix = True


def _header_sheet(sheet: Worksheet, plan: Plan) -> None:
    """One field a row: what the document states in its header and closing."""
    fields = [
        ("Mẫu kế hoạch", plan.form),
        ("Khung tiêu chí", plan.framework),
        ("Cơ quan chủ quản", plan.school.governing_body),
        ("Tên trường", plan.school.name),
        ("Cấp học", plan.school.level),
        ("Số, ký hiệu", plan.document.number),
        ("Địa danh", plan.document.place),
        ("Ngày ban hành", plan.document.date),
        ("Năm học", plan.document.school_year),
        ("Chức vụ người ký", plan.signer.title),
        ("Người ký", plan.signer.name),
        ("Nơi nhận", "\n".join(plan.recipients)),
        *_section_fields(plan),
    ]
    _table_sheet(
        sheet, [("Trường thông tin", 22, None), ("Giá trị", 70, None)], [list(f) for f in fields]
    )


def _section_fields(plan: Plan) -> list[tuple[str, str]]:
    """The prose sections, one row per line, so the workbook holds the whole plan.

    Labels repeat ("Mục đích, yêu cầu" on each point); a role's duties follow it
    as "Nhiệm vụ" rows. The importer reads the workbook back from these rows.
    """
    rows = [(SECTION_LABELS["general_info"], line) for line in plan.general_info]
    rows += [(SECTION_LABELS["purposes"], line) for line in plan.purposes]
    rows += [(SECTION_LABELS["bases"], line) for line in plan.bases]
    rows += [(f"Tiêu chuẩn {s.number}", s.title) for s in plan.standards]
    for role in plan.organization:
        rows.append((SECTION_LABELS["organization"], role.role))
        rows += [(SECTION_LABELS["duty"], duty) for duty in role.duties]
    rows += [(SECTION_LABELS["reporting"], line) for line in plan.reporting]
    return rows
