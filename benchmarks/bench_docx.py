"""DOCX import timings: the Word reader and the whole import beside opening with python-docx.

Target: importing a DOCX takes at most 1.5 times what ``docx.Document(path)``
needs to open it, and a 30-page plan peaks under 200 MB. Medians of repeated
runs, on the shared Word samples, ours, and two ~30-page plans written at bench
time (``large_docx.py``), for which the mapping's share of the import, the
peak memory and the accuracy are printed too.

Times are CPU time of this process (``time.process_time``), not wall time: the
machine is shared with other engineers' test runs, whose load would otherwise
decide the ratio. Everything timed runs in this process on one thread.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

import docx

from caitien.importers import ImportContext, import_plan
from caitien.importers._mapping import map_document
from caitien.importers.word import DocxReader
from caitien.scoring import score_plan

sys.path.insert(0, str(Path(__file__).resolve().parent))
from large_docx import write_large_plans

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


def _median_ms(work: Callable[[], object], repeats: int = REPEATS) -> float:
    work()
    times = []
    for _ in range(repeats):
        started = time.process_time()
        work()
        times.append((time.process_time() - started) * 1000)
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
    _large_plans()


# Run in a fresh interpreter, so that the peak is this import's and not the bench's.
_PEAK_SCRIPT = """
import resource, sys
from caitien.importers import import_plan
import_plan(sys.argv[1])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _peak_mib(path: Path) -> float:
    """Peak resident MiB of a fresh process importing ``path`` (interpreter and libraries in).

    ``tracemalloc`` does not see libxml2's memory, where the parsed trees live,
    so the process's peak resident size is measured instead.
    """
    out = subprocess.run(
        [sys.executable, "-c", _PEAK_SCRIPT, str(path)],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return int(out) / 1024


def _large_plans() -> None:
    """The ~30-page plans: open, reader, mapping and import times, ratio, peak memory, accuracy."""
    print(
        f"\n{'~30-page plan':36} {'open ms':>8} {'reader ms':>9} {'mapping ms':>10} "
        f"{'import ms':>9} ratio {'peak MiB':>8} accuracy"
    )
    with tempfile.TemporaryDirectory() as folder:
        for path, truth in write_large_plans(Path(folder)):
            raw = DocxReader().extract(path, ImportContext())
            opened = _median_ms(lambda path=path: docx.Document(str(path)), 11)
            reader = _median_ms(lambda path=path: DocxReader().extract(path, ImportContext()), 11)
            mapping = _median_ms(lambda raw=raw, path=path: map_document(raw, path.name), 11)
            full = _median_ms(lambda path=path: import_plan(path), 11)
            peak = _peak_mib(path)
            accuracy = score_plan(import_plan(path).plan, truth).accuracy
            verdict = "ok" if full <= TARGET_RATIO * opened else f"over {TARGET_RATIO}x"
            print(
                f"{path.name:36} {opened:8.1f} {reader:9.1f} {mapping:10.1f} {full:9.1f} "
                f"{full / opened:4.2f}x {peak:8.1f} {accuracy:.3f} {verdict}"
            )
