"""OpenDocument media types: read from a package's head, and named in Vietnamese."""

from __future__ import annotations

ODF_PREFIX = "application/vnd.oasis.opendocument."
_ZIP = b"PK\x03\x04"
_MIMETYPE_AT = 30  # the first member's name follows its 30-byte local header
TEXT_TYPES = frozenset({ODF_PREFIX + "text", ODF_PREFIX + "text-template"})
_KINDS = {
    "spreadsheet": "một bảng tính OpenDocument (.ods)",
    "spreadsheet-template": "một mẫu bảng tính OpenDocument (.ots)",
    "presentation": "một bản trình chiếu OpenDocument (.odp)",
    "presentation-template": "một mẫu trình chiếu OpenDocument (.otp)",
    "graphics": "một bản vẽ OpenDocument (.odg)",
    "formula": "một công thức OpenDocument (.odf)",
    "chart": "một biểu đồ OpenDocument (.odc)",
    "database": "một cơ sở dữ liệu OpenDocument (.odb)",
    "text-master": "một tài liệu chủ OpenDocument (.odm)",
    "text-web": "một trang web OpenDocument (.oth)",
}


def describe_opendocument(mimetype: str) -> str:
    """A Vietnamese phrase naming an OpenDocument kind ("một bảng tính OpenDocument (.ods)")."""
    if mimetype in TEXT_TYPES:
        return "một văn bản OpenDocument (.odt)"
    return _KINDS.get(mimetype.removeprefix(ODF_PREFIX), "một tài liệu OpenDocument")


def first_member_mimetype(head: bytes) -> str | None:
    """The ``mimetype`` a ZIP stores as its first member, read from the head bytes; else ``None``.

    ODF requires that member first, stored uncompressed, so its bytes sit right
    after its local header and name.
    """
    if not head.startswith(_ZIP) or len(head) < _MIMETYPE_AT:
        return None
    name_length = int.from_bytes(head[26:28], "little")
    extra_length = int.from_bytes(head[28:30], "little")
    if head[_MIMETYPE_AT : _MIMETYPE_AT + name_length] != b"mimetype" or head[8:10] != b"\0\0":
        return None
    start = _MIMETYPE_AT + name_length + extra_length
    size = int.from_bytes(head[18:22], "little")
    value = head[start : start + min(size, 200)]
    return value.decode("ascii", "replace").strip() if value else None
