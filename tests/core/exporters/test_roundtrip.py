"""Round trips: every fixture plan exported (DOCX, PDF, XLSX) and imported back is the same."""

from __future__ import annotations

import datetime
import shutil
from typing import TYPE_CHECKING

import pytest

from caitien.exporters import write_plan
from caitien.importers import import_plan
from caitien.plan import MonitoringRow, load_plan
from caitien.scoring import score_plan
from tests.conftest import fixture_truths

if TYPE_CHECKING:
    from pathlib import Path

TRUTHS = fixture_truths()
PDF_FLOOR = 0.98


def _round_trip(truth: Path, tmp_path: Path, suffix: str) -> tuple[float, list[str]]:
    plan = load_plan(truth)
    path = tmp_path / f"ke-hoach{suffix}"
    write_plan(plan, path)
    score = score_plan(import_plan(path).plan, plan)
    return score.accuracy, [str(m) for m in score.mismatches[:10]]


@pytest.mark.parametrize("truth", TRUTHS, ids=[t.stem for t in TRUTHS])
def test_it_reads_back_every_field_of_an_exported_docx(truth: Path, tmp_path: Path) -> None:
    accuracy, mismatches = _round_trip(truth, tmp_path, ".docx")
    assert (accuracy, mismatches) == (1.0, [])


@pytest.mark.parametrize("truth", TRUTHS, ids=[t.stem for t in TRUTHS])
def test_it_reads_back_every_field_of_an_exported_xlsx(truth: Path, tmp_path: Path) -> None:
    accuracy, mismatches = _round_trip(truth, tmp_path, ".xlsx")
    assert (accuracy, mismatches) == (1.0, [])


def test_it_reads_back_an_exported_xlsx_that_a_user_edited(tmp_path: Path) -> None:
    # A user who edits the export: columns reordered, a date typed as a date cell,
    # an amount retyped as a plain number, a row added at the end.
    import openpyxl

    plan = load_plan(next(t for t in TRUTHS if load_plan(t).form == "2018"))
    path = tmp_path / "ke-hoach.xlsx"
    write_plan(plan, path)
    book = openpyxl.load_workbook(path)
    items = book["Kế hoạch"]
    items.move_range("A1:A200", cols=items.max_column + 1)
    items.delete_cols(1)
    header = book["Thông tin chung"]
    date_row = next(r for r in header.iter_rows() if r[0].value == "Ngày ban hành")
    date_row[1].value = datetime.date(2024, 9, 5)
    date_row[1].number_format = "dd/mm/yyyy"
    budget_column = next(c.column for c in items[1] if c.value == "Kinh phí (đồng)")
    items.cell(row=2, column=budget_column).value = 1234567
    items.cell(row=2, column=budget_column).number_format = "General"
    book.save(path)
    imported = import_plan(path).plan
    assert imported.document.date == "2024-09-05"
    assert imported.items[0].budget_vnd == 1234567
    assert [i.actions for i in imported.items] == [i.actions for i in plan.items]


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="cần LibreOffice")
@pytest.mark.parametrize("truth", TRUTHS, ids=[t.stem for t in TRUTHS])
def test_it_reads_back_an_exported_pdf_almost_exactly(truth: Path, tmp_path: Path) -> None:
    accuracy, mismatches = _round_trip(truth, tmp_path, ".pdf")
    assert accuracy >= PDF_FLOOR, mismatches


def test_it_reads_back_a_split_time_column_as_the_joined_timeline(tmp_path: Path) -> None:
    plan = load_plan(next(t for t in TRUTHS if load_plan(t).form == "2018"))
    for number, item in enumerate(plan.items, start=1):
        item.timeline = f"Tháng {number % 12 + 1}/2025 - tháng {number % 5 + 1}/2026"
    path = tmp_path / "ke-hoach.docx"
    write_plan(plan, path)
    imported = import_plan(path).plan
    assert [i.timeline for i in imported.items] == [i.timeline for i in plan.items]


def test_it_reads_back_the_forms_two_review_points_from_a_plan_without_monitoring(
    tmp_path: Path,
) -> None:
    # Biểu 2 prints "Cuối học kỳ I" and "Cuối năm học": the export writes them for a
    # plan that has no monitoring row yet, and they are rows of the table as written.
    plan = load_plan(next(t for t in TRUTHS if load_plan(t).form == "2026"))
    plan.monitoring = []
    path = tmp_path / "ke-hoach.docx"
    write_plan(plan, path)
    assert import_plan(path).plan.monitoring == [
        MonitoringRow(when="Cuối học kỳ I"),
        MonitoringRow(when="Cuối năm học"),
    ]


def test_it_reads_back_every_sample_plan_from_its_xlsx_export(tmp_path: Path) -> None:
    # Every truth of tests/samples (88 plans of both forms, 2026 titles included), once each.
    from tests.conftest import SAMPLES

    truths = {path.name: path for path in sorted(SAMPLES.glob("**/*.plan.json"))}
    below = {}
    for name, truth in truths.items():
        plan = load_plan(truth)
        path = tmp_path / f"{name}.xlsx"
        write_plan(plan, path)
        score = score_plan(import_plan(path).plan, plan)
        if score.accuracy < 1.0:
            below[name] = [str(m) for m in score.mismatches[:3]]
    assert len(truths) > 50 and below == {}
