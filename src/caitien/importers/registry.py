"""The list of source-format readers that :func:`caitien.importers.import_plan` chooses from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from caitien.importers.doc import DocReader
from caitien.importers.html import HtmlReader
from caitien.importers.odt import OdtReader
from caitien.importers.pdf import PdfReader
from caitien.importers.sheet import SheetReader
from caitien.importers.text import TextReader
from caitien.importers.word import DocxReader

if TYPE_CHECKING:
    from caitien.importers import Reader


def all_readers() -> list[Reader]:
    """Every registered reader, in tie-break order."""
    readers: list[Reader] = []
    readers.append(DocxReader())
    readers.append(SheetReader())
    readers.append(DocReader())
    readers.append(OdtReader())
    readers.append(PdfReader())
    readers.append(HtmlReader())
    readers.append(TextReader())
    return readers
