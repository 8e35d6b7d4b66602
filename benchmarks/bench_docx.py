"""DOCX import timings: the Word reader and the whole import beside opening with python-docx.

Target: importing a DOCX takes at most 1.5 times what ``docx.Document(path)``
needs to open it. Medians of repeated runs, on the shared Word samples and ours.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING

import docx

from caitien.importers import ImportContext, import_plan
from caitien.importers.word import DocxReader

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CAITIEN_SHARED", ROOT.parent / "shared"))
DOCUMENTS = [
    SHARED / "fixtures" / "samples" / "v1.docx",
    SHARED / "fixtures" / "samples" / "v3.docx",
    *sorted((ROOT / "tests/samples/docx").glob("*.docx")),
]
TARGET_RATIO = 1.5
REPEATS = 21


def _median_ms(work: Callable[[], object]) -> float:
    work()
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def run() -> None:
    """Print, per document, open, reader and import times and the import/open ratio."""
    print(f"{'document':36} {'open ms':>8} {'reader ms':>9} {'import ms':>9} ratio")
    for path in DOCUMENTS:
        opened = _median_ms(lambda path=path: docx.Document(str(path)))
        reader = _median_ms(lambda path=path: DocxReader().extract(path, ImportContext()))
        full = _median_ms(lambda path=path: import_plan(path))
        verdict = "ok" if full <= TARGET_RATIO * opened else f"over {TARGET_RATIO}x"
        print(
            f"{path.name:36} {opened:8.1f} {reader:9.1f} {full:9.1f} "
            f"{full / opened:4.2f}x {verdict}"
        )
