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

import os
import sys
from pathlib import Path

import pypdfium2  # type: ignore[import-untyped]

from caitien.importers import ImportContext, import_plan
from caitien.importers.pdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import best_cpu_ms

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


def run() -> None:
    """Print, per document, raw-text, reader and import times and the import/raw ratio."""
    print(f"{'document':42} {'pages':>5} {'raw ms':>8} {'reader ms':>9} {'import ms':>9} ratio")
    for path in DOCUMENTS:
        pages = len(_raw_text(path))
        raw, reader, full = best_cpu_ms(
            [
                lambda path=path: _raw_text(path),
                lambda path=path: PdfReader().extract(path, ImportContext()),
                lambda path=path: import_plan(path),
            ],
            ROUNDS,
        )
        verdict = "ok" if full <= TARGET_RATIO * raw else f"over {TARGET_RATIO:.0f}x"
        print(
            f"{path.name:42} {pages:5d} {raw:8.1f} {reader:9.1f} {full:9.1f} "
            f"{full / raw:4.2f}x {verdict}"
        )
