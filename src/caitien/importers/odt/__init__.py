"""The ODT reader: an OpenDocument text's body as paragraphs and tables (see docs/formats/odt.md).

Reads ``.odt`` / ``.ott`` packages and flat ``.fodt`` files natively with lxml,
into the same raw structure as the Word reader.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml import etree

from caitien.errors import DocumentError
from caitien.importers import SUPPORTED_FORMATS, too_large
from caitien.importers._document import RawDocument, legacy_font_notes
from caitien.importers._xmlsafety import SAFE_PARSER
from caitien.importers._zipsafety import open_package, read_member
from caitien.importers.odt._body import BodyWalker
from caitien.importers.odt._common import CommonStyles
from caitien.importers.odt._kinds import (
    ODF_PREFIX,
    TEXT_TYPES,
    describe_opendocument,
    first_member_mimetype,
)
from caitien.importers.odt._legacy import convert_legacy_text
from caitien.importers.odt._names import MANIFEST_NS, OFFICE_NS, office
from caitien.importers.odt._styles import Styles

__all__ = ["OdtReader", "describe_opendocument", "first_member_mimetype", "read_odt"]

if TYPE_CHECKING:
    import zipfile
    from pathlib import Path

    from caitien.importers import ImportContext

_KIND = "tài liệu OpenDocument (.odt)"
_ADVICE = "hãy mở lại trong LibreOffice và lưu thành .odt."
_ZIP = b"PK\x03\x04"
_OFFICE_NS = OFFICE_NS.encode()
_FLAT_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?document[\s>/]")
_MANIFEST_ENTRY, _ENCRYPTION = f"{{{MANIFEST_NS}}}file-entry", f"{{{MANIFEST_NS}}}encryption-data"
_FULL_PATH, _MEDIA_TYPE = f"{{{MANIFEST_NS}}}full-path", f"{{{MANIFEST_NS}}}media-type"
_MIMETYPE_ATTRIBUTE = office("mimetype")


def _flat_head(head: bytes) -> bool:
    """Whether ``head`` opens an XML document rooted in ``office:document`` (a flat ODF file)."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return start.startswith(b"<") and _OFFICE_NS in head and _FLAT_ROOT.search(head) is not None


class OdtReader:
    """Reads OpenDocument text (.odt, .ott packages and flat .fodt XML) by its content."""

    name = "odt"

    def score(self, head: bytes, path: Path) -> float:
        """0.95 for an ODF text package or a flat ODF document, 0.55 for a ZIP that may be one.

        A package whose first member names another OpenDocument kind scores 0: the
        Word reader refuses it naming that kind, as it refuses any other ZIP.
        """
        mimetype = first_member_mimetype(head)
        if mimetype is not None:
            return 0.95 if mimetype in TEXT_TYPES else 0.0
        if head.startswith(_ZIP):
            if b"word/" in head or b"[Content_Types].xml" in head:
                return 0.0
            parts = (b"META-INF/manifest.xml", b"content.xml", b"mimetype")
            return 0.55 if any(part in head for part in parts) else 0.0
        return 0.95 if _flat_head(head) else 0.0

    def extract(self, path: Path, context: ImportContext) -> RawDocument:
        """The body of the document at ``path``; raises :class:`DocumentError` when unreadable."""
        return read_odt(path, context.max_bytes)


def read_odt(path: Path, max_bytes: int) -> RawDocument:
    """Extract the body of the OpenDocument text at ``path`` (package or flat XML).

    Raises :class:`DocumentError` for a damaged, encrypted or over-large file and
    for OpenDocument files that are not text (a spreadsheet, a presentation).
    """
    with path.open("rb") as handle:
        head = handle.read(4)
    if head.startswith(_ZIP):
        content, common = _package_parts(path, max_bytes)
    else:
        content = _parse(_flat_bytes(path, max_bytes), "", path.name)
        _require_text(content.get(_MIMETYPE_ATTRIBUTE, ""), path.name, "tệp XML")
        common = CommonStyles(container=content.find(office("styles")))
    body = content.find(f"{office('body')}/{office('text')}")
    if body is None:
        raise DocumentError(f"Tệp «{path.name}» không có phần thân văn bản OpenDocument.")
    styles = Styles(content, common)
    legacy = convert_legacy_text(content, body, styles)
    blocks = BodyWalker(styles).body_blocks(body)
    notes = legacy_font_notes(legacy)
    return RawDocument(blocks=blocks, notes=notes, source_format="odt")


def _package_parts(path: Path, max_bytes: int) -> tuple[etree._Element, CommonStyles]:
    """The parsed ``content.xml`` and the common styles of ``styles.xml`` (none when absent)."""
    with open_package(path, max_bytes, _KIND, _ADVICE) as archive:
        manifest = read_member(archive, "META-INF/manifest.xml", path.name, _ADVICE)
        entries = _manifest_entries(manifest, path.name) if manifest else {}
        if any(encrypted for _, encrypted in entries.values()):
            raise DocumentError(
                f"Tệp «{path.name}» được bảo vệ bằng mật khẩu: hãy mở trong LibreOffice, "
                "gỡ mật khẩu (Tệp → Lưu thành…, bỏ chọn «Lưu với mật khẩu») rồi lưu và nhập lại."
            )
        _require_text(_mimetype(archive, entries, path.name), path.name)
        content = read_member(archive, "content.xml", path.name, _ADVICE)
        if content is None:
            raise DocumentError(f"Tệp «{path.name}» bị hỏng: thiếu phần «content.xml».")
        styles = read_member(archive, "styles.xml", path.name, _ADVICE)
    return _parse(content, "content.xml", path.name), CommonStyles(data=styles or b"")


def _manifest_entries(data: bytes, name: str) -> dict[str, tuple[str, bool]]:
    """Full path → (media type, encrypted) of each manifest entry."""
    root = _parse(data, "META-INF/manifest.xml", name)
    return {
        entry.get(_FULL_PATH, ""): (
            entry.get(_MEDIA_TYPE, ""),
            any(child.tag == _ENCRYPTION for child in entry),
        )
        for entry in root.iter(_MANIFEST_ENTRY)
    }


def _mimetype(archive: zipfile.ZipFile, entries: dict[str, tuple[str, bool]], name: str) -> str:
    """The package's media type: its ``mimetype`` member, else the manifest's root entry."""
    data = read_member(archive, "mimetype", name, _ADVICE)
    if data:
        return data.decode("ascii", "replace").strip()
    return entries.get("/", ("", False))[0]


def _require_text(mimetype: str, name: str, container: str = "tệp nén ZIP") -> None:
    """Refuse OpenDocument kinds other than text, naming the kind.

    Without an OpenDocument media type the file is named by its ``container``
    ("tệp nén ZIP" for a package, "tệp XML" for a flat file), "không rõ loại"
    when it declares none.
    """
    if mimetype in TEXT_TYPES:
        return
    if mimetype.startswith(ODF_PREFIX):
        kind = describe_opendocument(mimetype)
    else:
        kind = f"một {container}" if mimetype else f"một {container} không rõ loại"
    raise DocumentError(f"Tệp «{name}» là {kind}, không phải văn bản: {SUPPORTED_FORMATS}")


def _flat_bytes(path: Path, max_bytes: int) -> bytes:
    with path.open("rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_large(path.name, max_bytes)
    return data


def _parse(data: bytes, part: str, name: str) -> etree._Element:
    """Parse one part (``part`` "" for a flat file); raise :class:`DocumentError` when not XML."""
    try:
        return etree.fromstring(data, SAFE_PARSER)
    except etree.XMLSyntaxError as exc:
        where = f" (phần «{part}» không phải XML hợp lệ)" if part else " (XML không hợp lệ)"
        raise DocumentError(f"Tệp «{name}» bị hỏng{where}: {_ADVICE}") from exc
