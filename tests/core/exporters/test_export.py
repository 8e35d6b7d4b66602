"""export_plan and write_plan: format by suffix, JSON, unknown formats, no half-written file."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from caitien.errors import ExportError
from caitien.exporters import export_plan, write_plan
from caitien.plan import load_plan, loads_plan
from tests.core.exporters.helpers import plan_2018, plan_2026

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize("make", [plan_2018, plan_2026])
def test_it_exports_json_that_reads_back_as_the_same_plan(make: object) -> None:
    plan = make()  # type: ignore[operator]
    assert loads_plan(export_plan(plan, "json").decode("utf-8")) == plan


@pytest.mark.parametrize(("suffix", "magic"), [(".docx", b"PK"), (".xlsx", b"PK"), (".json", b"{")])
def test_it_chooses_the_format_by_suffix(tmp_path: Path, suffix: str, magic: bytes) -> None:
    path = tmp_path / f"ke-hoach{suffix.upper()}"
    write_plan(plan_2018(), path)
    assert path.read_bytes().startswith(magic)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_it_writes_json_a_plan_loader_reads(tmp_path: Path) -> None:
    write_plan(plan_2026(), tmp_path / "ke-hoach.json")
    assert load_plan(tmp_path / "ke-hoach.json") == plan_2026()


@pytest.mark.parametrize("fmt", ["odt", "csv", ""])
def test_it_refuses_an_unknown_format(fmt: str) -> None:
    with pytest.raises(ExportError, match="chỉ hỗ trợ docx, pdf, xlsx, json"):
        export_plan(plan_2018(), fmt)


def test_it_leaves_an_existing_file_untouched_when_the_export_fails(tmp_path: Path) -> None:
    target = tmp_path / "ke-hoach.docx"
    target.write_bytes(b"ban cu")
    broken = tmp_path / "mau.docx"
    broken.write_text("không phải Word", encoding="utf-8")
    with pytest.raises(ExportError):
        write_plan(plan_2018(), target, template=broken)
    assert target.read_bytes() == b"ban cu"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ke-hoach.docx", "mau.docx"]


def test_it_refuses_a_target_in_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="Không có thư mục"):
        write_plan(plan_2018(), tmp_path / "khong-co" / "ke-hoach.docx")


def test_it_refuses_an_unknown_suffix_before_writing(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"đuôi tệp phải là \.docx, \.pdf, \.xlsx, \.json"):
        write_plan(plan_2018(), tmp_path / "ke-hoach.odt")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("form", ["2018", "2026"])
@pytest.mark.parametrize("fmt", ["docx", "xlsx", "json"])
def test_it_exports_an_empty_plan_of_either_form(form: str, fmt: str) -> None:
    from caitien.plan import Plan

    assert export_plan(Plan(form=form), fmt)  # type: ignore[arg-type]


def test_it_writes_a_readable_file_and_keeps_an_existing_files_mode(tmp_path: Path) -> None:
    fresh, kept = tmp_path / "moi.json", tmp_path / "cu.json"
    kept.write_text("{}", encoding="utf-8")
    kept.chmod(0o640)
    write_plan(plan_2018(), fresh)
    write_plan(plan_2018(), kept)
    assert fresh.stat().st_mode & 0o777 == 0o644
    assert kept.stat().st_mode & 0o777 == 0o640
