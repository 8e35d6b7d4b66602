"""Export timings: DOCX of a 30-row plan beside an empty python-docx document, and PDF per page."""

from __future__ import annotations

import io
import os
import shutil
import statistics
import time
from copy import deepcopy
from pathlib import Path
from typing import TYPE_CHECKING

import docx
import pypdfium2  # type: ignore[import-untyped]

from caitien.exporters import export_plan
from caitien.plan import load_plan

if TYPE_CHECKING:
    from collections.abc import Callable

    from caitien.plan import Plan

SHARED = Path(os.environ.get("CAITIEN_SHARED_DIR", Path(__file__).resolve().parents[2] / "shared"))
ROWS = 30
DOCX_TARGET_MS = 300.0
REPEATS = 7


def plan_with_rows(rows: int = ROWS) -> Plan:
    """Seed 000 (2018 form) with its rows repeated up to ``rows`` items."""
    plan = load_plan(SHARED / "fixtures" / "seeds" / "000_6b6f76a0e3ebec30.json")
    base = plan.items
    plan.items = [deepcopy(base[i % len(base)]) for i in range(rows)]
    return plan


def _median_ms(work: Callable[[], object], repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _empty_docx() -> bytes:
    out = io.BytesIO()
    docx.Document().save(out)
    return out.getvalue()


def _pdf_pages(pdf: bytes) -> int:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def run() -> None:
    """Print the DOCX timing with its ratio to an empty document, then PDF seconds per page."""
    plan = plan_with_rows()
    export_plan(plan, "docx")  # warm imports and the template cache
    ours = _median_ms(lambda: export_plan(plan, "docx"))
    empty = _median_ms(_empty_docx)
    print(
        f"DOCX, {ROWS} hàng (kế hoạch → bytes): {ours:.0f} ms (mục tiêu < {DOCX_TARGET_MS:.0f} ms)"
    )
    print(f"python-docx, văn bản rỗng:          {empty:.0f} ms  → tỉ lệ {ours / empty:.1f}×")
    if shutil.which("soffice") is None:
        print("PDF: bỏ qua (không có LibreOffice)")
        return
    started = time.perf_counter()
    pdf = export_plan(plan, "pdf")
    seconds = time.perf_counter() - started
    pages = _pdf_pages(pdf)
    print(f"PDF: {seconds:.1f} s cho {pages} trang → {seconds / pages:.2f} s/trang")
