"""Helpers of the spreadsheet reader's tests: a workbook saved, blocks as texts, a package."""

from __future__ import annotations

import zipfile
from typing import TYPE_CHECKING

from openpyxl.styles import Border, Side

from caitien.importers._document import Paragraph, Table

if TYPE_CHECKING:
    from pathlib import Path

    import openpyxl


THIN = Side(style="thin")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def save(book: openpyxl.Workbook, path: Path) -> Path:
    """``book`` saved at ``path``; returns ``path``."""
    book.save(path)
    return path


def texts(blocks: list[object]) -> list[object]:
    """Paragraphs as their text, tables as rows of cell texts."""
    out: list[object] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(block.text)
        elif isinstance(block, Table):
            out.append([[c.text for c in row.cells] for row in block.rows])
    return out


def package(path: Path, sheet_xml: str, extra: dict[str, bytes] | None = None) -> Path:
    """A minimal workbook written by hand: one sheet, no styles, inline strings."""
    main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    parts = {
        "[Content_Types].xml": b"<Types/>",
        "xl/workbook.xml": (
            f'<workbook {main} {rel}><sheets><sheet name="KH" sheetId="1" r:id="rId1"/>'
            "</sheets></workbook>"
        ).encode(),
        "xl/_rels/workbook.xml.rels": (
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/>'
            b"</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": f"<worksheet {main}>{sheet_xml}</worksheet>".encode(),
        **(extra or {}),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path
