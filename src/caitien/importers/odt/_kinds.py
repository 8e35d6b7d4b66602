"""OpenDocument media types and the Vietnamese names of the kinds the ODT reader does not read."""

from __future__ import annotations

ODF_PREFIX = "application/vnd.oasis.opendocument."
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
