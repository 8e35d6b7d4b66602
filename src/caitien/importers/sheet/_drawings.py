"""Text in a sheet's text boxes and shapes, placed at the cell each one is anchored to.

Some schools type the header (Quốc hiệu, the school's name) or the signature in
text boxes drawn over the sheet. A drawing part (``xl/drawings/drawingN.xml``)
anchors each shape to a cell (``xdr:from``: 0-based column and row); its text is
the shape's paragraphs, one line each.
"""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING

from caitien.importers.sheet._parts import PKG_REL_NS, parse_part

if TYPE_CHECKING:
    import zipfile

    from lxml import etree

XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
_ANCHORS = tuple(f"{{{XDR_NS}}}{name}" for name in ("twoCellAnchor", "oneCellAnchor"))
_SHAPE = f"{{{XDR_NS}}}sp"
_PARAGRAPH, _TEXT = f"{{{A_NS}}}p", f"{{{A_NS}}}t"
# A sheet with hundreds of shapes is a drawing, not a plan's header: read the first ones.
MAX_SHAPES = 200


def drawing_texts(
    archive: zipfile.ZipFile, sheet_part: str, name: str
) -> dict[tuple[int, int], str]:
    """(row, column), both 1-based, → the text of the shapes anchored there, for one sheet.

    Shapes without text (pictures, lines) give nothing; a sheet without drawings
    gives an empty mapping.
    """
    texts: dict[tuple[int, int], str] = {}
    for part in _drawing_parts(archive, sheet_part, name):
        root = parse_part(archive, part, name)
        if root is None:
            continue
        for anchor in [a for a in root if a.tag in _ANCHORS][:MAX_SHAPES]:
            text = _anchor_text(anchor)
            place = _anchor_cell(anchor)
            if text and place is not None:
                texts[place] = f"{texts[place]}\n{text}" if place in texts else text
    return texts


def _drawing_parts(archive: zipfile.ZipFile, sheet_part: str, name: str) -> list[str]:
    folder, base = posixpath.split(sheet_part)
    rels = parse_part(archive, posixpath.join(folder, "_rels", f"{base}.rels"), name)
    if rels is None:
        return []
    parts = []
    for rel in rels.iter(f"{{{PKG_REL_NS}}}Relationship"):
        target = rel.get("Target", "")
        if rel.get("Type", "").endswith("/drawing") and rel.get("TargetMode") != "External":
            resolved = (
                target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            )
            parts.append(posixpath.normpath(resolved))
    return parts


def _anchor_cell(anchor: etree._Element) -> tuple[int, int] | None:
    start = anchor.find(f"{{{XDR_NS}}}from")
    if start is None:
        return None
    try:
        column = int(start.findtext(f"{{{XDR_NS}}}col") or "")
        row = int(start.findtext(f"{{{XDR_NS}}}row") or "")
    except ValueError:
        return None
    return (row + 1, column + 1) if row >= 0 and column >= 0 else None


def _anchor_text(anchor: etree._Element) -> str:
    """The text of every shape under the anchor (a group holds several), one line a paragraph."""
    lines = [
        "".join(t.text or "" for t in paragraph.iter(_TEXT))
        for shape in anchor.iter(_SHAPE)
        for paragraph in shape.iter(_PARAGRAPH)
    ]
    return "\n".join(line for line in lines if line.strip())
