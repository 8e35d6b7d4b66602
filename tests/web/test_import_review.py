"""Where the review page shows a doubt: importer notes and check findings filed by row and field."""

from __future__ import annotations

import pytest

from caitien.checks import Finding, Severity, Where
from caitien_web.imports.review import gather_doubts, review_columns, review_rows
from tests.web.conftest import seed_plan


@pytest.mark.parametrize(
    ("place", "row", "field", "header", "other"),
    [
        ("items[3].budget", 3, "budget", None, None),
        ("items[0]", 0, None, None, None),
        ("items[12].budget_vnd", 12, "budget", None, None),
        ("items[2].criterion_title", 2, "criterion", None, None),
        ("school.name", None, None, "name", None),
        ("document.date", None, None, "date", None),
        ("items", None, None, None, "Bảng kế hoạch"),
        ("school.level", None, None, None, "Cấp học"),
        ("somewhere.new", None, None, None, ""),
    ],
)
def test_it_files_a_note_under_its_place(
    place: str, row: int | None, field: str | None, header: str | None, other: str | None
) -> None:
    doubts = gather_doubts([{"field": place, "message": "Không chắc"}], [])
    assert doubts.rows == ({} if row is None else {row: {field: ["Không chắc"]}})
    assert doubts.header == ({} if header is None else {header: ["Không chắc"]})
    assert doubts.other == ([] if other is None else [(other, "Không chắc")])


@pytest.mark.parametrize(
    ("severity", "where", "filed"),
    [
        (Severity.WARNING, Where("items", 4, "1.2", "timeline"), {4: {"timeline": ["m"]}}),
        (Severity.ERROR, Where("items", 1, None, None), {1: {None: ["m"]}}),
        (Severity.INFO, Where("items", 4, None, "timeline"), {}),
        (Severity.WARNING, Where("document", None, None, "number"), {}),
        (Severity.WARNING, Where("recipients", 1, None, None), {}),
    ],
)
def test_it_files_row_errors_and_warnings_of_the_checks(
    severity: Severity, where: Where, filed: dict[int, dict[str | None, list[str]]]
) -> None:
    assert gather_doubts([], [Finding("rule", severity, "m", where)]).rows == filed


def test_it_puts_a_doubt_about_a_column_the_table_lacks_on_the_whole_row() -> None:
    notes = [
        {"field": "items[1].evidence", "message": "Minh chứng"},
        {"field": "items[1].budget", "message": "Kinh phí"},
        {"field": "items[1]", "message": "Nối dòng"},
    ]
    rows = review_rows(seed_plan(), gather_doubts(notes, []))
    second = rows[1]
    assert second.number == 2 and second.flagged
    assert second.doubts == ("Minh chứng", "Nối dòng")
    assert {cell.field: cell.doubts for cell in second.cells if cell.doubts} == {
        "budget": ("Kinh phí",)
    }
    assert not rows[0].flagged


def test_it_leaves_out_the_columns_no_row_fills_unless_in_doubt() -> None:
    plan = seed_plan()
    for item in plan.items:
        item.content, item.budget = "", None
    shown = [name for name, _label in review_columns(plan, gather_doubts([], []))]
    assert "content" not in shown and "budget" not in shown and shown[0] == "criterion"
    doubts = gather_doubts([{"field": "items[0].budget", "message": "Không đọc được"}], [])
    assert "budget" in [name for name, _label in review_columns(plan, doubts)]
