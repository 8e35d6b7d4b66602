"""The DOCX reader: a Word package's body as paragraphs and tables (see docs/formats/docx.md).

Named ``word`` so that it never shadows the ``docx`` library (python-docx).
"""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING

from lxml import etree

from caitien.errors import DocumentError
from caitien.importers import SUPPORTED_FORMATS
from caitien.importers._document import RawDocument, legacy_font_notes
from caitien.importers._zipsafety import open_package, read_member
from caitien.importers.odt._kinds import describe_opendocument
from caitien.importers.word._body import BodyWalker
from caitien.importers.word._elements import NUM_PR, RSTYLE, VANISH
from caitien.importers.word._legacy import convert_legacy_runs, legacy_fonts_possible
from caitien.importers.word._numbering import Numbering
from caitien.importers.word._styles import Styles
from caitien.importers.word._xml import REL_NS, VAL, W_NS, parse_xml, w

if TYPE_CHECKING:
    import zipfile
    from pathlib import Path

    from caitien.importers import ImportContext

ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
WORD_SUFFIXES = frozenset({".docx", ".docm", ".dotx", ".dotm"})
_OFFICE_DOCUMENT = "/officeDocument"
_RELATIONSHIP = f"{{{REL_NS}}}Relationship"
_KINDS = (
    (b"\x89PNG", "một ảnh PNG"),
    (b"\xff\xd8\xff", "một ảnh JPEG"),
    (b"GIF8", "một ảnh GIF"),
    (b"%PDF", "một tệp PDF"),
    (OLE_SIGNATURE, "một tệp Office đời cũ"),
    (b"PK", "một tệp nén ZIP"),
    (b"{\\rtf", "một tệp RTF"),
)


def describe_bytes(head: bytes) -> str:
    """A Vietnamese phrase naming what the first bytes of a file are ("một ảnh PNG")."""
    for signature, kind in _KINDS:
        if head.startswith(signature):
            return kind
    return "dữ liệu không rõ định dạng"


class DocxReader:
    """Reads Word 2007+ packages (.docx, .docm, templates) by their ZIP content."""

    name = "docx"

    def score(self, head: bytes, path: Path) -> float:
        """0.9 for a ZIP whose first entries are Word parts, 0.5 for any other ZIP.

        A file named .docx whose bytes nobody recognises gets 0.01, so that the
        user hears what the bytes really are rather than "unknown format".
        """
        if head.startswith(ZIP_SIGNATURES):
            return 0.9 if b"word/" in head or b"[Content_Types].xml" in head else 0.5
        if path.suffix.lower() in WORD_SUFFIXES and not head.startswith(OLE_SIGNATURE):
            return 0.01
        return 0.0

    def extract(self, path: Path, context: ImportContext) -> RawDocument:
        """The body of the package at ``path``; raises :class:`DocumentError` when unreadable."""
        return read_docx(path, context.max_bytes)


def read_docx(path: Path, max_bytes: int, source_format: str = "docx") -> RawDocument:
    """Extract the body of the Word package at ``path`` (checked against ``max_bytes`` first).

    Raises :class:`DocumentError` for anything that is not a readable Word package.
    """
    with path.open("rb") as handle:
        head = handle.read(8)
    if not head.startswith(ZIP_SIGNATURES):
        raise DocumentError(
            f"Tệp «{path.name}» không phải tệp Word: nội dung của nó là {describe_bytes(head)}."
        )
    with open_package(path, max_bytes) as archive:
        main = _main_part(archive, path.name)
        document = _required(archive, main, path.name)
        body = parse_xml(document, main, path.name).find(w("body"))
        if body is None:
            raise DocumentError(f"Tệp «{path.name}» không có phần thân văn bản Word.")
        rels = _relationships(archive, main, path.name, ("/styles", "/numbering", "/fontTable"))
        styles_data = read_member(archive, rels.get("/styles", "word/styles.xml"), path.name)
        styles = Styles(styles_data)
        legacy = (
            convert_legacy_runs(body, styles, styles_data)
            if _legacy_fonts_named(archive, rels, document, styles_data, path.name)
            else set()
        )
        paragraph_styles: set[str | None] = set(_PARAGRAPH_STYLES(body))
        # numbering.xml is read and parsed only for a body that shows list markers:
        # Word's default template defines lists that most plans never use.
        lists = _lists_used(body, styles, paragraph_styles)
        numbering = _numbering(archive, rels, path.name) if lists else None
    walker = BodyWalker(styles, Numbering(numbering))
    blocks = walker.body_blocks(
        body,
        hidden_possible=_hidden_possible(body, styles, paragraph_styles),
        lists_possible=numbering is not None,
    )
    notes = legacy_font_notes(legacy)
    return RawDocument(blocks=blocks, notes=notes, source_format=source_format)


def _legacy_fonts_named(
    archive: zipfile.ZipFile,
    rels: dict[str, str],
    document: bytes,
    styles: bytes | None,
    name: str,
) -> bool:
    """Whether the package names a legacy Vietnamese font (``.Vn…``, ``VNI…``).

    Word and LibreOffice list every font a document uses in its font table, a
    part of a few kilobytes: searching it spares searching the document and
    the styles (hundreds of kilobytes from Word's template). A package
    without a font table has those searched instead.
    """
    table = rels.get("/fontTable")
    fonts = read_member(archive, table, name) if table else None
    return legacy_fonts_possible((fonts,) if fonts is not None else (document, styles))


# The style ids of the body's paragraphs as strings, gathered in C (no element proxies):
# LibreOffice names a style on every paragraph.
_PARAGRAPH_STYLES = etree.XPath("//w:pStyle/@w:val", namespaces={"w": W_NS}, smart_strings=False)


def _lists_used(body: etree._Element, styles: Styles, paragraph_styles: set[str | None]) -> bool:
    """Whether any paragraph can carry a list marker: its own ``w:numPr`` or a list style's.

    Word's default template defines list styles that most plans never use, so
    the styles part alone says little; the paragraph styles the body uses decide.
    A tag the parsed body never names costs lxml no walk at all.
    """
    if next(body.iter(NUM_PR), None) is not None:
        return True
    return any(styles.resolve(style_id, "paragraph").num for style_id in paragraph_styles | {None})


def _hidden_possible(
    body: etree._Element, styles: Styles, paragraph_styles: set[str | None]
) -> bool:
    """Whether any text of the body can be hidden (``w:vanish``, directly or through a style).

    A run is hidden by its own properties, its character style or its paragraph's
    style (the body walker consults nothing else), so only those styles are looked
    at: Word's default template defines hidden styles that plans never use.
    """
    if next(body.iter(VANISH), None) is not None:
        return True
    if any(styles.resolve(style_id, "paragraph").hidden for style_id in paragraph_styles | {None}):
        return True
    character_styles = {style.get(VAL) for style in body.iter(RSTYLE)}
    return any(styles.resolve(style_id, "character").hidden for style_id in character_styles)


def _required(archive: zipfile.ZipFile, part: str, name: str) -> bytes:
    data = read_member(archive, part, name)
    if data is None:
        raise DocumentError(f"Tệp «{name}» bị hỏng: thiếu phần «{part}» của tài liệu Word.")
    return data


def _relationships(
    archive: zipfile.ZipFile, source: str, name: str, kinds: tuple[str, ...]
) -> dict[str, str]:
    """Relationship type suffix ("/styles") → target part, for ``source`` ("" = the package).

    Only the ``kinds`` asked for are resolved (the first relationship of each):
    a document names a dozen parts, images and hyperlinks included.
    """
    folder, base = posixpath.split(source)
    rels_name = posixpath.join(folder, "_rels", f"{base}.rels")
    data = read_member(archive, rels_name, name)
    if data is None:
        return {}
    targets: dict[str, str] = {}
    for rel in parse_xml(data, rels_name, name).iter(_RELATIONSHIP):
        kind = rel.get("Type", "")
        kind = kind[kind.rfind("/") :]
        target = rel.get("Target", "")
        if kind not in kinds or kind in targets or rel.get("TargetMode") == "External":
            continue
        if not target:
            continue
        resolved = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        targets[kind] = posixpath.normpath(resolved)
    return targets


def _main_part(archive: zipfile.ZipFile, name: str) -> str:
    rels = _relationships(archive, "", name, (_OFFICE_DOCUMENT,))
    main = rels.get(_OFFICE_DOCUMENT, "word/document.xml")
    names = set(archive.namelist())
    if main in names and main.startswith("word/"):
        return main
    if "word/document.xml" in names:
        return "word/document.xml"
    raise DocumentError(
        f"Tệp «{name}» là {_package_kind(archive, names)}, không phải tài liệu Word: "
        f"{SUPPORTED_FORMATS}"
    )


def _package_kind(archive: zipfile.ZipFile, names: set[str]) -> str:
    if "xl/workbook.xml" in names:
        return "một bảng tính Excel"
    if "ppt/presentation.xml" in names:
        return "một bản trình chiếu PowerPoint"
    mimetype = read_member(archive, "mimetype", "") if "mimetype" in names else None
    if mimetype and mimetype.startswith(b"application/vnd.oasis.opendocument"):
        return describe_opendocument(mimetype.decode("ascii", "replace").strip())
    return "một tệp nén ZIP"


def _numbering(archive: zipfile.ZipFile, rels: dict[str, str], name: str) -> etree._Element | None:
    """The parsed numbering part, ``None`` when the package has none (or an empty one)."""
    part = rels.get("/numbering", "word/numbering.xml")
    data = read_member(archive, part, name)
    return parse_xml(data, part, name) if data else None
