"""Golden test: every sample document imported and scored field by field against its truth.

Covers the shared fixtures (seed texts, v1.docx, v2.pdf, v3.docx) and every
``tests/samples/<format>/<name>.<ext>`` with its ``<name>.plan.json``. A
document whose reader is not registered is skipped with the reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from caitien.importers import import_plan, readers
from caitien.plan import load_plan
from caitien.scoring import score_plan
from tests.conftest import FIXTURES, SAMPLES, SEED_TEXTS

if TYPE_CHECKING:
    from pathlib import Path

DOCUMENT_THRESHOLD = 0.95
MEAN_THRESHOLD = 0.98
_EXTENSIONS = {".txt": "text", ".docx": "docx", ".doc": "doc", ".pdf": "pdf"}
_EXTENSIONS |= {ext: "html" for ext in (".html", ".htm", ".xhtml", ".mht", ".mhtml")}
_EXTENSIONS |= {".odt": "odt", ".fodt": "odt"}
_EXTENSIONS |= {".xlsx": "xlsx", ".xls": "xlsx", ".ods": "xlsx"}
# Workbooks read through a LibreOffice conversion: slow, and only where it is installed.
_CONVERTED = frozenset({".xls", ".ods"})


def golden_pairs() -> list[tuple[Path, Path]]:
    """(document, truth) for the shared fixtures and the repository's samples."""
    pairs = [(text, FIXTURES / "seeds" / f"{text.stem}.json") for text in SEED_TEXTS.glob("*.txt")]
    for document in (FIXTURES / "samples").iterdir():
        truth = document.with_suffix(".json")
        if document.suffix in _EXTENSIONS and truth.exists():
            pairs.append((document, truth))
    for document in SAMPLES.glob("*/**/*"):
        # A legacy copy (docx/legacy/x.doc) shares the truth of the document it copies.
        truths = [folder / f"{document.stem}.plan.json" for folder in document.parents[:2]]
        truth = next((path for path in truths if path.exists()), None)
        if document.suffix in _EXTENSIONS and truth is not None:
            pairs.append((document, truth))
    return sorted(pairs)


def _reader_of(document: Path) -> str:
    """The reader a sample is written for: a web page named .doc (samples/html/) is the HTML
    reader's, every other sample its suffix's."""
    return "html" if document.parent.name == "html" else _EXTENSIONS[document.suffix]


def _param(document: Path, truth: Path) -> object:
    slow = _reader_of(document) == "doc" or document.suffix in _CONVERTED
    marks = [pytest.mark.libreoffice, pytest.mark.slow] if slow else []
    return pytest.param(document, truth, id=document.name, marks=marks)


def _registered(document: Path) -> bool:
    return _reader_of(document) in {reader.name for reader in readers()}


PAIRS = golden_pairs()


@pytest.mark.parametrize(("document", "truth"), [_param(*pair) for pair in PAIRS])
def test_it_imports_each_document_at_the_document_threshold(document: Path, truth: Path) -> None:
    if not _registered(document):
        pytest.skip(f"chưa có bộ đọc {document.suffix}")
    score = score_plan(import_plan(document).plan, load_plan(truth))
    report = "\n".join(str(mismatch) for mismatch in score.mismatches)
    assert score.accuracy >= DOCUMENT_THRESHOLD, f"{score.accuracy:.3f}\n{report}"


def test_it_imports_the_documents_at_the_mean_threshold() -> None:
    scores = [
        score_plan(import_plan(document).plan, load_plan(truth)).accuracy
        for document, truth in PAIRS
        if _registered(document)
        and _reader_of(document) != "doc"
        and document.suffix not in _CONVERTED
    ]
    assert scores
    assert sum(scores) / len(scores) >= MEAN_THRESHOLD
