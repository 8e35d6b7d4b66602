"""PDF import timings: the PDF reader and the whole import beside pypdfium2's raw text extraction.

Target: importing a PDF takes at most twice the time pypdfium2 needs to open it
and extract the raw text of every page (``get_textpage`` and ``get_text_range``
on each). Both sides are timed the same way: warm (one run of each first),
best of many rounds, in CPU time of this process (``time.process_time``), so
that other work on a shared machine does not blur the ratio; both open the
document, read every page and close what they opened. The timed works take
turns round by round, so that a burst of load hits them alike, and each starts
after a collection of the previous work's garbage (the cyclic collector would
otherwise bill one side for the other's objects).
"""

from __future__ import annotations

import gc
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
SHARED = Path(os.environ.get("CAITIEN_SHARED_DIR", ROOT.parent / "shared"))
DOCUMENTS = [
    SHARED / "fixtures" / "samples" / "v2.pdf",
    *sorted((ROOT / "tests/samples/pdf").glob("*.pdf")),
]
TARGET_RATIO = 2.0
ROUNDS = 31


def _raw_text(path: Path) -> list[str]:
    """Open ``path`` and extract the raw text of every page, closing each page and text page."""
    document = pypdfium2.PdfDocument(path)
    try:
        texts = []
        for number in range(len(document)):
            page = document[number]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return texts
    finally:
        document.close()


def _best_ms(works: list[Callable[[], object]], rounds: int = ROUNDS) -> list[float]:
    """The best CPU time in ms of each work over ``rounds`` warm rounds, taking turns."""
    for work in works:
        work()
    gc.collect()
    gc.freeze()  # what is alive now stays: the collections below only see the works' garbage
    best = [float("inf")] * len(works)
    for _ in range(rounds):
        for index, work in enumerate(works):
            gc.collect()  # the garbage of the previous work is not this one's to collect
            started = time.process_time()
            work()
            best[index] = min(best[index], (time.process_time() - started) * 1000)
    gc.unfreeze()
    return best


def run() -> None:
    """Print, per document, raw-text, reader and import times and the import/raw ratio."""
    print(f"{'document':42} {'pages':>5} {'raw ms':>8} {'reader ms':>9} {'import ms':>9} ratio")
    for path in DOCUMENTS:
        pages = len(_raw_text(path))
        raw, reader, full = _best_ms(
            [
                lambda path=path: _raw_text(path),
                lambda path=path: PdfReader().extract(path, ImportContext()),
                lambda path=path: import_plan(path),
            ]
        )
        verdict = "ok" if full <= TARGET_RATIO * raw else f"over {TARGET_RATIO:.0f}x"
        print(
            f"{path.name:42} {pages:5d} {raw:8.1f} {reader:9.1f} {full:9.1f} "
            f"{full / raw:4.2f}x {verdict}"
        )
