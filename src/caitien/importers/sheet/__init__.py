"""The spreadsheet reader: an Excel workbook's visible sheets as paragraphs and tables.

The package's XML is read with lxml directly, text boxes included (see
docs/formats/xlsx.md); our own XLSX export is recognised by its sheets' headings
and read back field by field; .xls and ODS are converted by LibreOffice first.
"""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from caitien.errors import DocumentError
from caitien.importers import HEAD_BYTES, MAX_FILE_BYTES
from caitien.importers._document import Block, Note, RawDocument
from caitien.importers._zipsafety import open_package
from caitien.importers.odt._kinds import first_member_mimetype
from caitien.importers.sheet._blocks import sheet_blocks
from caitien.importers.sheet._converted import convert_to_xlsx, converted_kind
from caitien.importers.sheet._drawings import drawing_texts
from caitien.importers.sheet._export import read_export
from caitien.importers.sheet._grid import MAX_CELLS, SheetValues, read_grid
from caitien.importers.sheet._parts import (
    ADVICE,
    KIND,
    parse_part,
    read_styles,
    shared_strings,
    workbook_parts,
)

if TYPE_CHECKING:
    from caitien.importers import ImportContext
    from caitien.importers.sheet._grid import GridRow

ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
WORKBOOK_PART = "xl/workbook.xml"


class SheetReader:
    """Reads Excel 2007+ workbooks (.xlsx, .xlsm, templates), and .xls and ODS converted first."""

    name = "xlsx"

    def score(self, head: bytes, path: Path) -> float:
        """0.95 for a ZIP holding ``xl/workbook.xml``, an .xls or an ODS; 0.0 for anything else.

        The head usually names the ``xl/`` parts; a ZIP whose head names neither
        ``xl/`` nor ``word/`` parts, and is no OpenDocument package (its first
        member ``mimetype``), has its central directory read to decide. An
        OLE file has its directory read for a workbook stream (the DOC reader,
        0.9, takes the other OLE files).
        """
        if converted_kind(head, path, MAX_FILE_BYTES) is not None:
            return 0.95
        if not head.startswith(ZIP_SIGNATURES):
            return 0.0
        if b"xl/" in head:
            return 0.95
        if b"word/" in head or first_member_mimetype(head) is not None:
            return 0.0  # a Word package, or an OpenDocument one (an ODS was taken above)
        return 0.95 if _holds_workbook(path) else 0.0

    def extract(self, path: Path, context: ImportContext) -> RawDocument:
        """The workbook's visible sheets; raises :class:`DocumentError` when unreadable.

        An .xls or ODS is converted to .xlsx by LibreOffice first (bounded by
        ``context.timeout_seconds``; ``context.soffice`` names the binary).
        """
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
        kind = converted_kind(head, path, context.max_bytes)
        if kind is None:
            return read_workbook(path, context.max_bytes)
        with tempfile.TemporaryDirectory(prefix="caitien-xlsx-") as folder:
            converted = convert_to_xlsx(
                path, kind, Path(folder), context.soffice, context.timeout_seconds
            )
            raw = read_workbook(converted, context.max_bytes, name=path.name)
        raw.source_format = kind
        return raw


def _holds_workbook(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return WORKBOOK_PART in archive.NameToInfo
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return False


def read_workbook(path: Path, max_bytes: int, *, name: str | None = None) -> RawDocument:
    """Read every visible worksheet of the workbook at ``path``, in tab order.

    The archive's declared sizes are checked against ``max_bytes`` before any
    part is inflated. Messages name the file ``name`` (default: its own name).
    Raises :class:`DocumentError` for a damaged package or a workbook without a
    visible worksheet.
    """
    name = name or path.name
    with open_package(path, max_bytes, KIND, ADVICE, name) as archive:
        parts = workbook_parts(archive, name)
        if not parts.sheets:
            raise DocumentError(
                f"Tệp «{name}» là bảng tính Excel nhưng không có trang tính nào để đọc."
            )
        values = SheetValues(
            shared_strings(archive, parts.strings, name),
            read_styles(archive, parts.styles, name),
            parts.date1904,
        )
        budget = [MAX_CELLS]
        grids: list[tuple[str, list[GridRow]]] = []
        notes: list[Note] = []
        for sheet in parts.sheets:
            root = parse_part(archive, sheet.part, name)
            if root is None:
                continue
            floating = drawing_texts(archive, sheet.part, name)
            rows, truncated = read_grid(root, values, budget, floating)
            grids.append((sheet.name, rows))
            if truncated:
                notes.append(Note("", f"Trang tính «{sheet.name}» quá lớn: phần sau bị bỏ qua."))
    return _document(grids, notes)


def _document(grids: list[tuple[str, list[GridRow]]], notes: list[Note]) -> RawDocument:
    """Our own export read field by field, any other workbook as blocks, sheet after sheet."""
    exported = read_export([rows for _, rows in grids])
    if exported is not None:
        plan, export_notes = exported
        return RawDocument(notes=[*notes, *export_notes], source_format="xlsx", plan=plan)
    blocks: list[Block] = []
    for _, rows in grids:
        blocks.extend(sheet_blocks(rows))
    return RawDocument(blocks=blocks, notes=notes, source_format="xlsx")
