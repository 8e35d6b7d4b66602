"""WordprocessingML names and small lxml helpers shared by the Word reader's modules."""

from __future__ import annotations

from lxml import etree

from caitien.errors import DocumentError
from caitien.importers._xmlsafety import SAFE_PARSER

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# ISO 29500 "strict" packages use another namespace for the same vocabulary.
W_STRICT_NS = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def w(local: str) -> str:
    """The Clark name ``{w-namespace}local`` of a WordprocessingML element or attribute."""
    return f"{{{W_NS}}}{local}"


VAL = w("val")
OFF_VALUES = frozenset({"0", "false", "off", "none"})


def parse_xml(data: bytes, part: str, name: str) -> etree._Element:
    """Parse one package part; raise :class:`DocumentError` naming the file when it is not XML."""
    if W_STRICT_NS in data:
        data = data.replace(W_STRICT_NS, W_NS.encode())
    try:
        return etree.fromstring(data, SAFE_PARSER)
    except etree.XMLSyntaxError as exc:
        raise DocumentError(
            f"Tệp «{name}» bị hỏng (phần «{part}» không phải XML hợp lệ): "
            "hãy mở lại trong Word và lưu thành .docx."
        ) from exc


def is_on(element: etree._Element | None) -> bool | None:
    """The value of an on/off property element (``<w:b/>`` → True), ``None`` when absent."""
    if element is None:
        return None
    return element.get(VAL, "true").lower() not in OFF_VALUES


def int_val(element: etree._Element | None, default: int) -> int:
    """The integer ``w:val`` of ``element``, ``default`` when absent or not a number."""
    if element is None:
        return default
    try:
        return int(element.get(VAL, ""))
    except ValueError:
        return default
