"""Import benchmark: field accuracy per document, and time and memory per format beside raw reads.

Accuracy: every document of ``../shared/fixtures`` (seed texts, v1.docx,
v2.pdf, v3.docx) and of ``tests/samples`` scored with
:func:`caitien.scoring.score_plan`. Cost: the best CPU time of an import over
warm rounds, taken in turns with the raw cost of reading the same file (python-docx
``Document(path)`` for DOCX, pypdfium2 text of every page for PDF, the bytes
for text), and the peak Python memory of one import (tracemalloc).
"""

from __future__ import annotations

import os
import sys
import tempfile
import tracemalloc
from pathlib import Path
from typing import TYPE_CHECKING

from caitien.importers import import_plan
from caitien.plan import load_plan
from caitien.scoring import score_plan

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import best_cpu_ms

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CAITIEN_SHARED_DIR", ROOT.parent / "shared"))
RUNS = 15
TARGETS = {
    ".docx": "≤ 1.5× python-docx mở tệp",
    ".pdf": "≤ 2× pypdfium2 lấy chữ",
    ".txt": "< 50 ms",
    ".doc": "(LibreOffice chuyển đổi)",
    ".htm": "< 50 ms",
    ".html": "< 50 ms",
    ".xhtml": "< 50 ms",
    ".mht": "< 50 ms",
    ".odt": "(so với lxml đọc content.xml)",
    ".fodt": "(so với lxml đọc tệp)",
    ".xlsx": "≤ openpyxl read_only đọc mọi ô",
}


def _pairs() -> list[tuple[Path, Path]]:
    pairs = [
        (text, SHARED / "fixtures" / "seeds" / f"{text.stem}.json")
        for text in sorted((SHARED / "seeds").glob("*.txt"))
    ]
    for document in sorted((SHARED / "fixtures" / "samples").iterdir()):
        if document.suffix in TARGETS and document.with_suffix(".json").exists():
            pairs.append((document, document.with_suffix(".json")))
    for document in sorted((ROOT / "tests" / "samples").glob("*/**/*")):
        truth = document.parent / f"{document.stem}.plan.json"
        if document.suffix in TARGETS and truth.exists():
            pairs.append((document, truth))
    return pairs


def _raw_read(path: Path) -> Callable[[], object]:
    if path.suffix == ".docx":
        import docx

        return lambda: docx.Document(str(path))
    if path.suffix == ".pdf":
        import pypdfium2

        def pdf_text() -> list[str]:
            document = pypdfium2.PdfDocument(str(path))
            try:
                return [page.get_textpage().get_text_range() for page in document]
            finally:
                document.close()

        return pdf_text
    if path.suffix in (".odt", ".fodt"):
        return lambda: _opendocument_content(path)
    if path.suffix == ".xlsx":
        return lambda: _openpyxl_values(path)
    return path.read_bytes


def _openpyxl_values(path: Path) -> list[list[tuple[object, ...]]]:
    """openpyxl's read-only load and every cell's value (its fastest read; no merged ranges)."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets]
    finally:
        book.close()


def _opendocument_content(path: Path) -> object:
    """What any reader of an ODT pays: ``content.xml`` (a flat file: all of it) parsed by lxml."""
    import zipfile

    from lxml import etree

    if path.suffix == ".fodt":
        return etree.fromstring(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("content.xml"))


def _peak_mib(path: Path) -> float:
    tracemalloc.start()
    try:
        import_plan(path)
        return tracemalloc.get_traced_memory()[1] / (1024 * 1024)
    finally:
        tracemalloc.stop()


def _accuracy(pairs: list[tuple[Path, Path]]) -> None:
    print(f"{'tài liệu':<45} {'độ chính xác':>12} {'đúng/tổng':>10}")
    scores = []
    for document, truth in pairs:
        score = score_plan(import_plan(document).plan, load_plan(truth))
        scores.append(score.accuracy)
        flag = "" if score.accuracy >= 0.95 else "  < 0,95"
        print(
            f"{document.name:<45} {score.accuracy:>12.3f} {score.correct:>5}/{score.total:<4}{flag}"
        )
    mean = sum(scores) / len(scores)
    print(f"{'trung bình (mục tiêu ≥ 0,98; từng tệp ≥ 0,95)':<45} {mean:>12.3f}")


def _cost(pairs: list[tuple[Path, Path]]) -> None:
    heading = f"{'nhập ms':>8} {'đọc thô ms':>10} {'tỉ lệ':>6} {'bộ nhớ MiB':>10}  mục tiêu"
    print(f"\n{'tài liệu':<45} {heading}")
    for document, _ in pairs:
        # Best CPU time over warm rounds, taking turns: as bench_docx and bench_pdf.
        imported, raw = best_cpu_ms(
            [lambda document=document: import_plan(document), _raw_read(document)], RUNS
        )
        ratio = imported / raw if raw else float("inf")
        peak = _peak_mib(document)
        print(
            f"{document.name:<45} {imported:>8.1f} {raw:>10.2f} {ratio:>6.1f} "
            f"{peak:>10.1f}  {TARGETS[document.suffix]}; bộ nhớ < 200 MB"
        )


def _large_plan() -> None:
    """A ~30-page text plan: the rows of seed 000 (about 8 pages) written four times."""
    seed = SHARED / "seeds" / "000_6b6f76a0e3ebec30.txt"
    lines = seed.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("MỨC 1"))
    end = next(i for i, line in enumerate(lines) if line.startswith("VI."))
    body = lines[:start] + lines[start:end] * 4 + lines[end:]
    milliseconds, items, peak = _import_written("ke-hoach-30-trang.txt", "\n".join(body).encode())
    print(
        f"\nkế hoạch ~30 trang ({items} dòng): {milliseconds:.1f} ms, "
        f"bộ nhớ đỉnh {peak:.1f} MiB (mục tiêu < 200 MB)"
    )


def _large_web_page() -> None:
    """A ~30-page Word web page: the rows of the Windows-1258 sample written sixteen times."""
    sample = ROOT / "tests" / "samples" / "html" / "tieu-hoc-2018-word-web-page-cp1258.htm"
    markup = sample.read_bytes()
    start = markup.index(b"</thead>") + len(b"</thead>")
    end = markup.index(b"<![if !supportMisalignedColumns]>")
    body = markup[:start] + markup[start:end] * 16 + markup[end:]
    milliseconds, items, peak = _import_written("ke-hoach-30-trang.htm", body)
    print(
        f"trang web Word ~30 trang ({len(body) // 1024} KiB, {items} dòng): "
        f"{milliseconds:.1f} ms, bộ nhớ đỉnh {peak:.1f} MiB"
    )


def _import_written(name: str, data: bytes) -> tuple[float, int, float]:
    """``data`` written as ``name`` in a temporary folder: import ms (best), rows, peak MiB."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        (milliseconds,) = best_cpu_ms([lambda: import_plan(path)], RUNS)
        items = len(import_plan(path).plan.items)
        return milliseconds, items, _peak_mib(path)


def run() -> None:
    """Print accuracy, then time and memory per document, with the targets beside them."""
    pairs = _pairs()
    _accuracy(pairs)
    _cost([pair for pair in pairs if pair[0].suffix != ".doc"])
    _large_plan()
    _large_web_page()
