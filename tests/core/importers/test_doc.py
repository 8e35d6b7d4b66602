"""The DOC reader: Word 97–2003 files through LibreOffice, and OLE files that are not a .doc.

Covers: scoring by the OLE signature whatever the name, a real .doc (made by
LibreOffice from one of our .docx samples) read to the same paragraphs and
tables as its .docx, the message when LibreOffice is missing, the time-out, and
the compound-file directory parsing (streams found, chains bounded).
"""

from __future__ import annotations

import shutil
import time
from typing import TYPE_CHECKING

import pytest

from caitien.errors import DocumentError
from caitien.importers import HEAD_BYTES, ImportContext
from caitien.importers._document import Paragraph, RawDocument, Table
from caitien.importers._ole import CompoundFile, OleError
from caitien.importers.doc import NO_LIBREOFFICE, DocReader, find_soffice
from caitien.importers.word import DocxReader, read_docx
from tests.conftest import SAMPLES

if TYPE_CHECKING:
    from pathlib import Path

SAMPLE_DOCX = SAMPLES / "docx" / "tieu-hoc-2018-tab-header.docx"
SAMPLE_DOC = SAMPLES / "docx" / "legacy" / "tieu-hoc-2018-tab-header.doc"
HAS_SOFFICE = shutil.which("soffice") is not None


def _shape(raw: RawDocument) -> list[object]:
    """What must survive a .doc round trip: paragraph texts and each table's cell texts."""
    out: list[object] = []
    for block in raw.blocks:
        if isinstance(block, Paragraph):
            out.append(block.text)
        elif isinstance(block, Table):
            out.append(
                [[cell.text for cell in row.cells if not cell.continued] for row in block.rows]
            )
    return out


def test_it_scores_an_ole_file_high_whatever_its_name(tmp_path: Path) -> None:
    renamed = tmp_path / "ke-hoach.txt"
    renamed.write_bytes(SAMPLE_DOC.read_bytes())
    head = renamed.read_bytes()[:HEAD_BYTES]
    assert DocReader().score(head, renamed) >= 0.9
    assert DocxReader().score(head, renamed) == 0.0


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        (b"PK\x03\x04\x14\x00", "ke-hoach.doc", 0.0),
        (b"%PDF-1.4", "ke-hoach.pdf", 0.0),
        ("Kế hoạch".encode(), "ke-hoach.txt", 0.0),
        (b"{\\rtf1\\ansi", "ke-hoach.doc", 0.6),
    ],
)
def test_it_scores_other_formats_low(
    tmp_path: Path, head: bytes, name: str, expected: float
) -> None:
    assert DocReader().score(head, tmp_path / name) == expected


def test_it_lists_the_streams_of_a_real_doc() -> None:
    ole = CompoundFile(SAMPLE_DOC.read_bytes())
    assert ole.is_word_document()
    assert not ole.is_encrypted_package()
    assert not ole.is_encrypted_word_document()
    assert ole.head("WordDocument", 2) == b"\xec\xa5"  # the FIB's wIdent of every Word binary


@pytest.mark.parametrize(
    "data",
    [b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\xff" * 600],
)
def test_it_refuses_a_broken_compound_file(data: bytes) -> None:
    with pytest.raises(OleError):
        CompoundFile(data)


def test_it_asks_for_libreoffice_when_it_is_missing() -> None:
    context = ImportContext(soffice="/nonexistent")
    with pytest.raises(DocumentError) as caught:
        DocReader().extract(SAMPLE_DOC, context)
    assert str(caught.value) == NO_LIBREOFFICE
    with pytest.raises(DocumentError, match="LibreOffice"):
        find_soffice("/nonexistent")


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_it_reads_a_doc_like_the_docx_it_was_saved_from() -> None:
    raw = DocReader().extract(SAMPLE_DOC, ImportContext(timeout_seconds=120))
    assert raw.source_format == "doc"
    assert _shape(raw) == _shape(read_docx(SAMPLE_DOCX, 1 << 25))


@pytest.mark.libreoffice
@pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_it_stops_libreoffice_at_the_time_limit() -> None:
    started = time.perf_counter()
    with pytest.raises(DocumentError, match="quá"):
        DocReader().extract(SAMPLE_DOC, ImportContext(timeout_seconds=0.05))
    assert time.perf_counter() - started < 10
