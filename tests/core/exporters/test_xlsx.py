"""XLSX export: sheets, header and cells with parsed values, and formula-injection escaping."""

from __future__ import annotations

import io

import openpyxl
import pytest

from caitien.exporters import export_plan
from caitien.exporters.xlsx import escape_excel_formula
from tests.core.exporters.helpers import plan_2018, plan_2026


def _book(plan: object) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(export_plan(plan, "xlsx")))  # type: ignore[arg-type]


def _rows(sheet: object) -> list[dict[str, object]]:
    rows = list(sheet.iter_rows(values_only=True))  # type: ignore[attr-defined]
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


@pytest.mark.parametrize(
    ("value", "escaped"),
    [
        ('=HYPERLINK("http://x.example","Bấm")', '\'=HYPERLINK("http://x.example","Bấm")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("- Hiệu trưởng", "'- Hiệu trưởng"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Hiệu trưởng", "Hiệu trưởng"),
        ("30.000.000", "30.000.000"),
        ("", ""),
    ],
)
def test_it_escapes_values_a_spreadsheet_would_read_as_formulas(value: str, escaped: str) -> None:
    assert escape_excel_formula(value) == escaped


def test_it_writes_one_sheet_of_rows_and_one_of_header_fields_for_2018() -> None:
    book = _book(plan_2018())
    assert book.sheetnames == ["Kế hoạch", "Thông tin chung"]


def test_it_adds_problem_and_monitoring_sheets_for_2026() -> None:
    book = _book(plan_2026())
    assert book.sheetnames == [
        "Kế hoạch",
        "Thông tin chung",
        "Vấn đề trọng tâm",
        "Theo dõi, đánh giá",
    ]
    problems = _rows(book["Vấn đề trọng tâm"])
    assert [p["Tiêu chí liên quan (nếu có)"] for p in problems] == [
        p.criteria for p in plan_2026().problems
    ]
    assert [m["Thời điểm"] for m in _rows(book["Theo dõi, đánh giá"])] == [
        "Cuối học kỳ I",
        "Cuối năm học",
    ]


@pytest.mark.parametrize("make", [plan_2018, plan_2026])
def test_it_writes_every_row_with_its_parsed_level_and_amount(make: object) -> None:
    plan = make()  # type: ignore[operator]
    rows = _rows(_book(plan)["Kế hoạch"])
    assert len(rows) == len(plan.items)
    for row, item in zip(rows, plan.items, strict=True):
        assert (row["Tiêu chí"] or "") == (item.criterion or "")  # an empty cell reads as None
        assert row["Mức phấn đấu"] == item.target_level
        assert row["Kinh phí (đồng)"] == item.budget_vnd
        assert item.actions in (
            row.get("Công việc/giải pháp cần thực hiện"),
            row.get("Hoạt động/giải pháp"),
        )


def test_it_freezes_the_header_wraps_text_and_sets_widths() -> None:
    sheet = _book(plan_2018())["Kế hoạch"]
    assert sheet.freeze_panes == "A2"
    assert sheet["E2"].alignment.wrap_text
    assert sheet.column_dimensions["E"].width > sheet.column_dimensions["A"].width
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.row_dimensions[2].height > sheet.row_dimensions[1].height > 15
    assert sheet.print_title_rows == "$1:$1"


def test_it_writes_the_header_fields() -> None:
    fields = {
        r["Trường thông tin"]: r["Giá trị"] for r in _rows(_book(plan_2018())["Thông tin chung"])
    }
    assert fields["Số, ký hiệu"] == "05/KH-MNAL"
    assert fields["Ngày ban hành"] == "2024-08-25"
    assert fields["Người ký"] == "Trần Thị Thanh Lý"


def test_it_keeps_dangerous_text_readable_as_text_never_a_formula() -> None:
    plan = plan_2018()
    plan.items[0].actions = '=HYPERLINK("http://x.example","Bấm")'
    plan.items[0].notes = "+1"
    plan.items[0].responsible = "- Hiệu trưởng"
    sheet = _book(plan)["Kế hoạch"]
    header = [c.value for c in sheet[1]]
    cells = {name: sheet.cell(row=2, column=header.index(name) + 1) for name in header}
    for name, text in [
        ("Công việc/giải pháp cần thực hiện", '=HYPERLINK("http://x.example","Bấm")'),
        ("Ghi chú", "+1"),
        ("Chủ trì và phối hợp thực hiện", "- Hiệu trưởng"),
    ]:
        assert cells[name].value == text
        assert cells[name].data_type == "s"
        assert cells[name].quotePrefix
    assert not cells["Kết quả cần đạt (so với hiện trạng)"].quotePrefix


def test_it_groups_the_amounts_by_thousands_and_keeps_them_numbers() -> None:
    plan = plan_2026()
    sheet = _book(plan)["Kế hoạch"]
    header = [c.value for c in sheet[1]]
    column = header.index("Kinh phí (đồng)") + 1
    cells = [sheet.cell(row=r, column=column) for r in range(2, len(plan.items) + 2)]
    assert [c.value for c in cells] == [i.budget_vnd for i in plan.items]
    assert any(isinstance(c.value, int) and c.value >= 1000 for c in cells)
    assert {c.number_format for c in cells} == {"#,##0"}


@pytest.mark.parametrize("make", [plan_2018, plan_2026])
def test_it_freezes_wraps_and_sizes_every_sheet(make: object) -> None:
    for sheet in _book(make()).worksheets:  # type: ignore[operator]
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.bold for cell in sheet[1])
        widths = [sheet.column_dimensions[c.column_letter].width for c in sheet[1]]
        assert all(w and w >= 5 for w in widths)
        assert all(c.alignment.wrap_text for row in sheet.iter_rows() for c in row)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("target", "\tcmd"),
        ("target", "\rcmd"),
        ("support", "@SUM(A1)"),
        ("notes", "-2+3"),
    ],
)
def test_it_writes_every_formula_trigger_as_quoted_text(field: str, value: str) -> None:
    plan = plan_2018()
    setattr(plan.items[0], field, value)
    sheet = _book(plan)["Kế hoạch"]
    cell = next(c for c in sheet[2] if c.value == value)
    assert cell.data_type == "s" and cell.quotePrefix


def test_it_escapes_text_in_the_header_fields_and_2026_sheets() -> None:
    plan = plan_2026()
    plan.recipients = ["=1+1"]
    plan.problems[0].cause = "+SUM(A1)"
    plan.monitoring[0].assessor = "@Hiệu trưởng"
    book = _book(plan)
    for sheet_name, text in [
        ("Thông tin chung", "=1+1"),
        ("Vấn đề trọng tâm", "+SUM(A1)"),
        ("Theo dõi, đánh giá", "@Hiệu trưởng"),
    ]:
        cell = next(c for row in book[sheet_name].iter_rows() for c in row if c.value == text)
        assert cell.data_type == "s" and cell.quotePrefix


def test_it_writes_the_prose_sections_one_row_per_line_so_the_workbook_holds_the_plan() -> None:
    plan = plan_2018()
    rows = [(r["Trường thông tin"], r["Giá trị"]) for r in _rows(_book(plan)["Thông tin chung"])]
    assert [v for k, v in rows if k == "Mục đích, yêu cầu"] == plan.purposes
    assert [v for k, v in rows if k == "Căn cứ"] == plan.bases
    assert [(k, v) for k, v in rows if k.startswith("Tiêu chuẩn ")] == [
        (f"Tiêu chuẩn {s.number}", s.title) for s in plan.standards
    ]
    roles = [v for k, v in rows if k == "Tổ chức thực hiện"]
    assert roles == [role.role for role in plan.organization]
    assert [v for k, v in rows if k == "Nhiệm vụ"] == [
        duty for role in plan.organization for duty in role.duties
    ]
