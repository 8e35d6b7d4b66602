"""Our own XLSX export read back field by field: it is data, not a document to interpret.

The export (``caitien.exporters.xlsx``) writes a "Kế hoạch" sheet of items with
parsed values, a "Thông tin chung" sheet of header fields and prose sections,
and for 2026 the problems and monitoring sheets. Columns are found by their
headings and rows by content, so a user may reorder columns, add or delete rows
and edit cells before importing the workbook again.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from caitien.importers._document import Note
from caitien.normalise import parse_budget, parse_date, parse_target_level
from caitien.plan import (
    SCHOOL_LEVELS,
    Item,
    MonitoringRow,
    Plan,
    Problem,
    Role,
    StandardHeading,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from caitien.importers.sheet._grid import GridRow

HEADER_HEADINGS = ["Trường thông tin", "Giá trị"]

# Column heading → item field, for both forms (the export's headings, see exporters/xlsx.py).
ITEM_COLUMNS = {
    "Phần": "part",
    "Tiêu chuẩn": "standard",
    "Tiêu chí": "criterion",
    "Tiêu chuẩn, tiêu chí": "criterion_title",
    "Tên tiêu chí": "criterion_title",
    "Nội dung cải tiến": "content",
    "Kết quả cần đạt (so với hiện trạng)": "target",
    "Mục tiêu cải tiến": "target",
    "Mức phấn đấu": "target_level",
    "Công việc/giải pháp cần thực hiện": "actions",
    "Hoạt động/giải pháp": "actions",
    "Chỉ số đánh giá kết quả": "indicator",
    "Chủ trì và phối hợp thực hiện": "responsible",
    "Đơn vị/cá nhân phụ trách": "responsible",
    "Thời gian thực hiện và hoàn thành": "timeline",
    "Thời gian thực hiện": "timeline",
    "Dự kiến kinh phí": "budget",
    "Nguồn lực bảo đảm": "budget",
    "Kinh phí (đồng)": "budget_vnd",
    "Thông tin, dữ liệu hoặc minh chứng dự kiến": "evidence",
    "Mức độ thực hiện": "status",
    "Điều kiện hỗ trợ khác": "support",
    "Ghi chú": "notes",
}
PROBLEM_COLUMNS = {
    "Tiêu chuẩn": "standard",
    "Tiêu chí liên quan (nếu có)": "criteria",
    "Đánh giá hiện trạng": "current_state",
    "Điểm hạn chế": "limitation",
    "Nguyên nhân của hạn chế": "cause",
}
MONITORING_COLUMNS = {
    "Thời điểm": "when",
    "Nội dung theo dõi": "content",
    "Kết quả thực hiện": "result",
    "Điều chỉnh (nếu có)": "adjustment",
    "Người đánh giá": "assessor",
}
# The header sheet's rows: label → (object, field) of the plan.
HEADER_FIELDS = {
    "Khung tiêu chí": ("plan", "framework"),
    "Cơ quan chủ quản": ("school", "governing_body"),
    "Tên trường": ("school", "name"),
    "Số, ký hiệu": ("document", "number"),
    "Địa danh": ("document", "place"),
    "Năm học": ("document", "school_year"),
    "Chức vụ người ký": ("signer", "title"),
    "Người ký": ("signer", "name"),
}
SECTION_ROWS = {
    "Thông tin chung": "general_info",
    "Mục đích, yêu cầu": "purposes",
    "Căn cứ": "bases",
    "Cơ chế đánh giá và báo cáo": "reporting",
}
ROLE_LABEL = "Tổ chức thực hiện"
DUTY_LABEL = "Nhiệm vụ"
_PARTS = {"Mức 1, 2, 3": "levels_1_3", "Mức 4": "level_4"}
_STANDARD_LABEL = re.compile(r"^Tiêu chuẩn (\d{1,2})$")
_CRITERION_CELL = re.compile(r"^Tiêu chí (\S+?)(?:: (.*))?$", re.DOTALL)
_GROUPED = re.compile(r"^(?:\d{1,3}(?:[.,]\d{3})+|\d+)$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def read_export(sheets: list[list[GridRow]]) -> tuple[Plan, list[Note]] | None:
    """The plan of a workbook Caitien exported, ``None`` when the workbook is not one.

    Sheets are known by their heading rows, not their tab names (a user may
    rename a tab): it is an export when one sheet is headed "Trường thông tin |
    Giá trị" and another names "Tiêu chuẩn", "Tiêu chí" and the work ("Công
    việc/giải pháp cần thực hiện" or "Hoạt động/giải pháp"). Values a plan
    cannot hold are dropped with a note.
    """
    header = _sheet(sheets, lambda headings: headings == HEADER_HEADINGS)
    items = _sheet(sheets, _is_items_heading)
    if header is None or items is None:
        return None
    notes: list[Note] = []
    plan = Plan()
    _read_header(plan, header[1:], notes)
    plan.items = [_item(record, i, notes) for i, record in enumerate(_records(items, ITEM_COLUMNS))]
    if plan.form == "2026" or "content" in {ITEM_COLUMNS.get(h) for h in _headings(items[0])}:
        plan.form = "2026"
        problems = _sheet(sheets, lambda headings: set(PROBLEM_COLUMNS) <= set(headings))
        plan.problems = [Problem(**r) for r in _records(problems or [], PROBLEM_COLUMNS)]
        monitoring = _sheet(sheets, lambda headings: set(MONITORING_COLUMNS) <= set(headings))
        plan.monitoring = [
            MonitoringRow(**r) for r in _records(monitoring or [], MONITORING_COLUMNS)
        ]
    return plan, notes


def _sheet(
    sheets: list[list[GridRow]], heading: Callable[[list[str]], bool]
) -> list[GridRow] | None:
    """The first sheet whose first row's headings satisfy ``heading``."""
    return next((rows for rows in sheets if rows and heading(_headings(rows[0]))), None)


def _is_items_heading(headings: list[str]) -> bool:
    names = set(headings)
    work = {"Công việc/giải pháp cần thực hiện", "Hoạt động/giải pháp"}
    return {"Tiêu chuẩn", "Tiêu chí"} <= names and bool(work & names)


def _headings(row: GridRow) -> list[str]:
    return [cell.text.strip() for cell in row.cells if not cell.continued]


def _records(rows: list[GridRow], columns: dict[str, str]) -> list[dict[str, str]]:
    """Each row below the heading row as field → text, by the columns' headings."""
    if not rows:
        return []
    fields = {
        cell.column: columns[cell.text.strip()]
        for cell in rows[0].cells
        if cell.text.strip() in columns
    }
    records = []
    for row in rows[1:]:
        record = dict.fromkeys(fields.values(), "")
        for cell in row.cells:
            if cell.column in fields and not cell.continued:
                record[fields[cell.column]] = cell.text
        records.append(record)
    return records


def _read_header(plan: Plan, rows: list[GridRow], notes: list[Note]) -> None:
    """Header fields and prose sections from the "Trường thông tin | Giá trị" rows, in order."""
    targets: dict[str, Any] = {
        "plan": plan,
        "school": plan.school,
        "document": plan.document,
        "signer": plan.signer,
    }
    for row in rows:
        texts = {cell.column: cell.text for cell in row.cells if not cell.continued}
        label, value = texts.get(0, "").strip(), texts.get(1, "")
        if label in HEADER_FIELDS:
            owner, name = HEADER_FIELDS[label]
            setattr(targets[owner], name, value.strip() or None)
        else:
            _read_header_row(plan, label, value, notes)


def _read_header_row(plan: Plan, label: str, value: str, notes: list[Note]) -> None:
    standard = _STANDARD_LABEL.match(label)
    if label in SECTION_ROWS:
        getattr(plan, SECTION_ROWS[label]).append(value)
    elif standard:
        plan.standards.append(StandardHeading(int(standard.group(1)), value))
    elif label == ROLE_LABEL:
        plan.organization.append(Role(value))
    elif label == DUTY_LABEL and plan.organization:
        plan.organization[-1].duties.append(value)
    elif label == "Nơi nhận":
        plan.recipients = [line for line in value.split("\n") if line.strip()]
    elif label == "Mẫu kế hoạch":
        plan.form = "2026" if value.strip() == "2026" else "2018"
    elif label == "Cấp học":
        _read_level(plan, value.strip(), notes)
    elif label == "Ngày ban hành":
        plan.document.date = _iso_date(value, notes)


def _read_level(plan: Plan, value: str, notes: list[Note]) -> None:
    if value in SCHOOL_LEVELS:
        plan.school.level = value
    elif value:
        notes.append(Note("school.level", f"Cấp học «{value}» không hợp lệ: bỏ qua."))


def _iso_date(value: str, notes: list[Note]) -> str | None:
    """The ISO date of the cell: as exported ("2024-08-25"), or typed as a date by the user."""
    value = value.strip()
    if not value or _ISO_DATE.match(value):
        return value or None
    date = parse_date(value)
    if date is None:
        notes.append(Note("document.date", f"Ngày ban hành «{value}» không đọc được."))
    return date


def _item(record: dict[str, str], index: int, notes: list[Note]) -> Item:
    """One item from its row: parsed columns back to values, text columns as written."""
    item = Item()
    for name, text in record.items():
        if name not in _PARSED:
            setattr(item, name, text)
    item.part = _PARTS.get(record.get("part", "").strip())  # type: ignore[assignment]
    item.standard = _whole(record.get("standard", ""))
    item.criterion = record.get("criterion", "").strip() or None
    item.target_level = _level(record.get("target_level", ""), f"items[{index}]", notes)
    item.budget_vnd = _amount(record.get("budget_vnd", ""))
    item.criterion_title = _criterion_title(record.get("criterion_title", ""), item.criterion)
    return item


_PARSED = frozenset({"part", "standard", "criterion", "target_level", "budget_vnd"})


def _whole(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() else None


def _level(text: str, path: str, notes: list[Note]) -> int | None:
    text = text.strip()
    if not text:
        return None
    level = int(text) if text.isdigit() else parse_target_level(text)
    if level is None or not 1 <= level <= 4:
        notes.append(Note(f"{path}.target_level", f"Mức phấn đấu «{text}» không hợp lệ: bỏ qua."))
        return None
    return level


def _amount(text: str) -> int | None:
    """An amount in đồng: a number as the export writes it (grouped), else as a plan writes it."""
    text = text.strip().replace(" ", "")
    if _GROUPED.match(text):
        return int(re.sub(r"[.,]", "", text))
    return parse_budget(text) if text else None


def _criterion_title(cell: str, criterion: str | None) -> str | None:
    """The title in "Tiêu chí 1.1: title"; a cell without the code is the title as written."""
    if not cell.strip():
        return None
    match = _CRITERION_CELL.match(cell)
    if criterion is not None and match and match.group(1) == criterion:
        return match.group(2) or None
    return cell
