"""PDF export through LibreOffice: a missing converter, and the rendered first page of each form."""

from __future__ import annotations

import shutil
import subprocess
from typing import TYPE_CHECKING

import pytest

from caitien.errors import ExportError
from caitien.exporters import export_plan
from caitien.exporters.pdf import docx_to_pdf
from tests.core.exporters.helpers import plan_2018, plan_2026

if TYPE_CHECKING:
    from pathlib import Path

    from caitien.plan import Plan

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="cần LibreOffice")


def test_it_says_libreoffice_is_needed_when_it_is_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ExportError, match=r"^Xuất PDF cần LibreOffice: "):
        export_plan(plan_2018(), "pdf")


def test_it_says_libreoffice_is_needed_when_the_binary_cannot_run(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"^Xuất PDF cần LibreOffice: "):
        docx_to_pdf(b"PK", soffice=str(tmp_path / "soffice"))


def _first_page_ink(pdf: bytes, tmp_path: Path) -> float:
    """The share of non-white pixels on page 1 rendered at 30 dpi (pdftoppm, greyscale PGM)."""
    (tmp_path / "out.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "30", "-gray", "-f", "1", "-l", "1", "out.pdf", "page"],
        cwd=tmp_path,
        check=True,
        timeout=60,
    )
    data = next(tmp_path.glob("page*.pgm")).read_bytes()
    pixels = data.split(b"\n", 3)[3]
    return sum(1 for p in pixels if p < 200) / len(pixels)


@pytest.mark.libreoffice
@pytest.mark.slow
@needs_soffice
@pytest.mark.parametrize("make", [plan_2018, plan_2026])
def test_it_renders_a_first_page_that_is_not_blank(make: object, tmp_path: Path) -> None:
    plan: Plan = make()  # type: ignore[operator]
    pdf = export_plan(plan, "pdf")
    assert pdf.startswith(b"%PDF")
    assert 0.005 < _first_page_ink(pdf, tmp_path) < 0.5
