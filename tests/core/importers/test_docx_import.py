"""Word files end to end through ``import_plan``: reader choice, the shared mapping, .doc parity.

Covers: every Word sample (the shared v1.docx and v3.docx, and ours in
``tests/samples/docx/``) is read by the DOCX reader and maps to a valid plan
close to its truth; a renamed .docx is still read as Word; a .doc made by
LibreOffice imports to the very plan its .docx gives. The field-by-field golden
comparison is ``test_golden.py``'s.
"""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import pytest

from caitien.importers import ImportContext, import_plan
from caitien.plan import load_plan
from caitien.scoring import score_plan
from tests.conftest import FIXTURES, SAMPLES

if TYPE_CHECKING:
    from pathlib import Path

WORD_SAMPLES = [
    (FIXTURES / "samples" / "v1.docx", FIXTURES / "samples" / "v1.json"),
    (FIXTURES / "samples" / "v3.docx", FIXTURES / "samples" / "v3.json"),
] + [
    (path, path.with_name(path.name.removesuffix(".docx") + ".plan.json"))
    for path in sorted((SAMPLES / "docx").glob("*.docx"))
]
HAS_SOFFICE = shutil.which("soffice") is not None


@pytest.mark.parametrize(("document", "truth"), WORD_SAMPLES, ids=lambda path: path.name)
def test_it_imports_word_samples_close_to_their_truth(document: Path, truth: Path) -> None:
    result = import_plan(document)
    assert result.reader == "docx"
    result.plan.to_dict()  # validates against the schema
    score = score_plan(result.plan, load_plan(truth))
    assert score.accuracy >= 0.8, score.mismatches[:10]


def test_it_reads_a_renamed_word_file_by_its_bytes(tmp_path: Path) -> None:
    source = SAMPLES / "docx" / "thcs-2018-code-title-apart.docx"
    renamed = tmp_path / "ke-hoach.pdf"
    renamed.write_bytes(source.read_bytes())
    assert import_plan(renamed).plan == import_plan(source).plan


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_it_imports_a_doc_to_the_plan_of_its_docx() -> None:
    legacy = SAMPLES / "docx" / "legacy" / "tieu-hoc-2018-tab-header.doc"
    result = import_plan(legacy, ImportContext(timeout_seconds=120))
    assert result.reader == "doc"
    assert result.plan == import_plan(SAMPLES / "docx" / "tieu-hoc-2018-tab-header.docx").plan
