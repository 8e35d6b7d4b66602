"""The common styles of ``styles.xml`` (``office:styles``), found by name without parsing it all.

LibreOffice writes every default style and, for a document converted from Word,
a list style per Word list into ``styles.xml``: 90 kB that cost more to parse
than the body of a plan, of which a document uses a dozen styles. As the Word
reader does with its ``styles.xml``, a style element is found by a byte search
for its ``style:name`` and parsed alone, within the root element's namespace
declarations. Anything unexpected (other prefixes, a chunk that does not parse)
falls back to parsing the part whole, so the search can only be faster, never
read otherwise.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml import etree

from caitien.importers._xmlsafety import SAFE_PARSER
from caitien.importers.odt._names import FAMILY, NAME, office, text

if TYPE_CHECKING:
    from collections.abc import Iterable

_LIST_STYLE, _OUTLINE_STYLE = text("list-style"), text("outline-style")
_ROOT = re.compile(rb"<office:document-styles\b[^>]*>")
_ROOT_CLOSE = b"</office:document-styles>"
_STYLES_OPEN, _STYLES_CLOSE = b"<office:styles>", b"</office:styles>"
# The elements searched for by name, with their closing tags.
_CLOSING = {b"style:style": b"</style:style>", b"text:list-style": b"</text:list-style>"}
_TAG_NAME = re.compile(rb"[\w.-]+:[\w.-]+")


class _Unreadable:
    """The type of :data:`UNREADABLE`."""


# What a search returns when the bytes cannot be cut out or parsed: parse the part whole.
UNREADABLE = _Unreadable()


def _family(element: etree._Element) -> str:
    return element.get(FAMILY) or ("list" if element.tag == _LIST_STYLE else "")


def index_styles(elements: Iterable[etree._Element]) -> dict[tuple[str, str], etree._Element]:
    """(family, name) → the first style element of that name; list styles have family "list"."""
    found: dict[tuple[str, str], etree._Element] = {}
    for element in elements:
        name = element.get(NAME)
        if name is not None:
            found.setdefault((_family(element), name), element)
    return found


class CommonStyles:
    """The common styles of one document, by family and name, and its outline style."""

    def __init__(self, container: etree._Element | None = None, data: bytes = b"") -> None:
        """Styles of a parsed ``office:styles`` ``container``, or of ``styles.xml`` ``data``.

        With ``data`` the styles are searched lazily (see the module docstring); an
        unreadable part gives no styles (they only cost formatting and list markers).
        """
        self._data = data
        self._index: dict[tuple[str, str], etree._Element] | None = None
        self._found: dict[tuple[str, str], etree._Element | None] = {}
        self._span = self._styles_span(data) if data else None
        if not data:
            self._use(container)  # a flat document's styles, or none at all
        elif self._span is None:
            self._parse_all()

    def _use(self, container: etree._Element | None) -> None:
        self._index = index_styles(container if container is not None else ())
        self._outline = container.find(_OUTLINE_STYLE) if container is not None else None

    def _styles_span(self, data: bytes) -> tuple[bytes, int, int] | None:
        """(root start tag, start, end) of ``office:styles`` in ``data``; ``None`` if not there."""
        root = _ROOT.search(data)
        start = data.find(_STYLES_OPEN)
        end = data.find(_STYLES_CLOSE, max(start, 0))
        if root is None or start < 0 or end < 0:
            return None
        return root.group(0), start, end

    def _parse_all(self) -> None:
        self._span = None
        try:
            root = etree.fromstring(self._data, SAFE_PARSER)
        except etree.XMLSyntaxError:
            root = None
        self._use(root.find(office("styles")) if root is not None else None)

    def get(self, family: str, name: str) -> etree._Element | None:
        """The common style ``name`` of ``family`` ("list" for list styles), ``None`` if none."""
        if self._index is not None:
            return self._index.get((family, name))
        key = (family, name)
        if key not in self._found:
            found = self._search(family, name)
            if isinstance(found, _Unreadable):
                self._parse_all()
                return self.get(family, name)
            self._found[key] = found
        return self._found[key]

    def outline(self) -> etree._Element | None:
        """The ``text:outline-style`` (heading numbering), ``None`` when the document has none."""
        if self._index is not None:
            return self._outline
        assert self._span is not None
        _, start, end = self._span
        at = self._data.find(b"<text:outline-style", start, end)
        element = self._element(at) if at >= 0 else None
        if isinstance(element, _Unreadable):
            self._parse_all()
            return self._outline
        return element

    def _search(self, family: str, name: str) -> etree._Element | _Unreadable | None:
        """The element named ``name`` of ``family``; ``None`` if absent, :data:`UNREADABLE`."""
        assert self._span is not None
        _, start, end = self._span
        needle = b' style:name="' + name.encode() + b'"'
        at = self._data.find(needle, start, end)
        while at >= 0:
            element = self._element(self._data.rfind(b"<", start, at))
            if isinstance(element, _Unreadable):
                return element
            if element is not None and _family(element) == family:
                return element
            at = self._data.find(needle, at + 1, end)
        return None

    def _element(self, opening: int) -> etree._Element | _Unreadable | None:
        """The style element whose start tag opens at ``opening``, parsed alone.

        ``None`` for an element of another kind (a page layout, a data style);
        :data:`UNREADABLE` when its bytes cannot be cut out or parsed.
        """
        assert self._span is not None
        root, _, end = self._span
        tag = _TAG_NAME.match(self._data, opening + 1)
        if tag is None:
            return UNREADABLE
        closing = _CLOSING.get(tag.group(0), b"</text:outline-style>")
        if tag.group(0) not in _CLOSING and tag.group(0) != b"text:outline-style":
            return None
        tag_end = self._data.find(b">", opening, end)
        if tag_end < 0:
            return UNREADABLE
        if self._data[tag_end - 1 : tag_end] == b"/":
            stop = tag_end + 1
        else:
            close = self._data.find(closing, tag_end, end)
            if close < 0:
                return UNREADABLE
            stop = close + len(closing)
        try:
            wrapper = etree.fromstring(root + self._data[opening:stop] + _ROOT_CLOSE, SAFE_PARSER)
        except etree.XMLSyntaxError:
            return UNREADABLE
        return wrapper[0] if len(wrapper) else UNREADABLE
