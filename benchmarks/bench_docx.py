"""DOCX import timings: the Word reader and the whole import beside opening with python-docx.

Target: importing a DOCX takes at most 1.5 times what ``docx.Document(path)``
needs to open it, and a 30-page plan peaks under 200 MB. Best of many warm
runs, on every DOCX we have (the shared Word samples, ours, ours re-saved by
LibreOffice), and two ~30-page plans written at bench time (``large_docx.py``),
for which the mapping's share of the import, the peak memory and the accuracy
are printed too.

Times are CPU time of this process (``time.process_time``), not wall time: the
machine is shared with other engineers' test runs, whose load would otherwise
decide the ratio. Even CPU time grows under load (shared caches), and only ever
grows, so the best run is the figure (issue 3 states the target so), and the
timed works take turns round by round so that a burst of load hits them alike.
Everything timed runs in this process on one thread.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import docx

from caitien.importers import ImportContext, import_plan
from caitien.importers._document import Table
from caitien.importers._mapping import map_document
from caitien.importers.word import DocxReader
from caitien.scoring import score_plan

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import best_cpu_ms
from large_docx import write_large_plans

if TYPE_CHECKING:
    from caitien.importers._document import RawDocument

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CAITIEN_SHARED_DIR", ROOT.parent / "shared"))
SAMPLES = ROOT / "tests/samples/docx"
# Every DOCX we have: the shared samples, ours, and ours as LibreOffice (or any
# other subfolder) saved them: their small styles parts make python-docx's open
# cheap, so the fixed cost of an import shows there.
DOCUMENTS = [
    *sorted((SHARED / "fixtures" / "samples").glob("*.docx")),
    *sorted(SAMPLES.rglob("*.docx")),
]
TARGET_RATIO = 1.5
# A best of 21 still moved by 0.1-0.2 ms on a shared machine (a tenth of the
# ratio for a 2 ms open); small documents cost little, so they get as many rounds
# as the large plans.
ROUNDS = 41
LARGE_ROUNDS = 41


def run() -> None:
    """Print, per document, open, reader and import times and the import/open ratio."""
    print(f"{'document':46} {'open ms':>8} {'reader ms':>9} {'import ms':>9} ratio")
    for path in DOCUMENTS:
        opened, reader, full = best_cpu_ms(
            [
                lambda path=path: docx.Document(str(path)),
                lambda path=path: DocxReader().extract(path, ImportContext()),
                lambda path=path: import_plan(path),
            ],
            ROUNDS,
        )
        verdict = "ok" if full <= TARGET_RATIO * opened else f"over {TARGET_RATIO}x"
        print(
            f"{_label(path):46} {opened:8.2f} {reader:9.2f} {full:9.2f} "
            f"{full / opened:4.2f}x {verdict}"
        )
    _large_plans()


def _label(path: Path) -> str:
    """The document's name, with its folder under ``tests/samples/docx`` when in one."""
    return str(path.relative_to(SAMPLES)) if path.is_relative_to(SAMPLES) else path.name


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


def _as_extracted(raw: RawDocument) -> RawDocument:
    """``raw`` with the texts an earlier mapping kept on its cells forgotten, as extracted.

    The mapping keeps each cell's cleaned and folded text on the cell; mapping the
    same raw document again would time a warm second pass, which no import makes.
    Forgetting them (about 0.02 ms for 450 cells) is timed with the mapping, so the
    figure errs high. A fresh raw document per round would not: forty of them held
    at once would also swell the peak memory measured below.
    """
    for block in raw.blocks:
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    cell._clean = cell._words = None
    return raw


def _large_plans() -> None:
    """The ~30-page plans: open, reader, mapping and import times, ratio, peak memory, accuracy."""
    print(
        f"\n{'~30-page plan':46} {'open ms':>8} {'reader ms':>9} {'mapping ms':>10} "
        f"{'import ms':>9} ratio {'peak MiB':>8} accuracy"
    )
    with tempfile.TemporaryDirectory() as folder:
        for path, truth in write_large_plans(Path(folder)):
            raw = DocxReader().extract(path, ImportContext())
            opened, reader, mapping, full = best_cpu_ms(
                [
                    lambda path=path: docx.Document(str(path)),
                    lambda path=path: DocxReader().extract(path, ImportContext()),
                    lambda raw=raw, path=path: map_document(_as_extracted(raw), path.name),
                    lambda path=path: import_plan(path),
                ],
                LARGE_ROUNDS,
            )
            peak = _peak_mib(path)
            accuracy = score_plan(import_plan(path).plan, truth).accuracy
            verdict = "ok" if full <= TARGET_RATIO * opened else f"over {TARGET_RATIO}x"
            print(
                f"{path.name:46} {opened:8.1f} {reader:9.1f} {mapping:10.1f} {full:9.1f} "
                f"{full / opened:4.2f}x {peak:8.1f} {accuracy:.3f} {verdict}"
            )
