"""PDF import timings: the PDF reader and the whole import beside pypdfium2's raw text extraction.

Target: importing a PDF takes at most twice the time pypdfium2 needs to open it
and extract the raw text of every page (``get_text_range``). Both sides are
timed the same way: warm (one run first), best of several runs, in CPU time of
this process (``time.process_time``), so that other work on a shared machine
does not blur the ratio; both open the document and read every page.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2  # type: ignore[import-untyped]

from caitien.importers import ImportContext, import_plan
from caitien.importers.pdf import PdfReader

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CAITIEN_SHARED", ROOT.parent / "shared"))
DOCUMENTS = [
    SHARED / "fixtures" / "samples" / "v2.pdf",
    *sorted((ROOT / "tests/samples/pdf").glob("*.pdf")),
]
TARGET_RATIO = 2.0
REPEATS = 15


def _raw_text(path: Path) -> list[str]:
    document = pypdfium2.PdfDocument(path)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def _best_ms(work: Callable[[], object]) -> float:
    work()
    times = []
    for _ in range(REPEATS):
        started = time.process_time()
        work()
        times.append((time.process_time() - started) * 1000)
    return min(times)


def run() -> None:
    """Print, per document, raw-text, reader and import times and the import/raw ratio."""
    print(f"{'document':42} {'pages':>5} {'raw ms':>8} {'reader ms':>9} {'import ms':>9} ratio")
    for path in DOCUMENTS:
        pages = len(_raw_text(path))
        raw = _best_ms(lambda path=path: _raw_text(path))
        reader = _best_ms(lambda path=path: PdfReader().extract(path, ImportContext()))
        full = _best_ms(lambda path=path: import_plan(path))
        verdict = "ok" if full <= TARGET_RATIO * raw else f"over {TARGET_RATIO:.0f}x"
        print(
            f"{path.name:42} {pages:5d} {raw:8.1f} {reader:9.1f} {full:9.1f} "
            f"{full / raw:4.1f}x {verdict}"
        )
