"""The style properties the Word reader needs: bold, italic, hidden, centring, lists, borders.

``styles.xml`` made from Word's default template holds hundreds of style
definitions and costs more to parse than a plan's whole body, so a ``<w:style>``
element is found by a byte search and parsed only when a paragraph, run or table
refers to it (directly or through ``w:basedOn``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from lxml import etree

from caitien.importers._xmlsafety import SAFE_PARSER
from caitien.importers.word._elements import (
    ILVL,
    JC,
    NUM_ID,
    NUM_PR,
    PPR,
    RPR,
    TBL_BORDERS,
    TBLPR,
    VANISH,
    first_of,
)
from caitien.importers.word._xml import VAL, W_NS, W_STRICT_NS, is_on, w

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

_STYLE_OPEN = b"<w:style "
_STYLE_CLOSE = b"</w:style>"
_ID = re.compile(rb'w:styleId="([^"]*)"')
_DEFAULT_STYLE = re.compile(rb'<w:style [^>]*w:default="(?:1|true|on)"[^>]*>')
_TYPE = re.compile(rb'w:type="([^"]*)"')
_ROOT = re.compile(rb"<w:styles\b[^>]*>")
_MAX_DEPTH = 10  # basedOn chains are short; a cycle must not loop forever

_B, _I, _BASED_ON = w("b"), w("i"), w("basedOn")

BORDER_SIDES = ("top", "left", "bottom", "right", "insideH", "insideV", "start", "end")


@dataclass(frozen=True)
class StyleProps:
    """Properties a style sets; ``None`` where it (and its ancestors) say nothing."""

    bold: bool | None = None
    italic: bool | None = None
    hidden: bool | None = None
    centered: bool | None = None
    num: tuple[str, int] | None = None
    bordered: bool | None = None


SIDE_TAGS = frozenset(w(side) for side in BORDER_SIDES)
NO_LINE = ("nil", "none")


def visible_borders(borders: etree._Element | None) -> bool | None:
    """Whether a ``w:tblBorders``/``w:tcBorders`` element draws any line; ``None`` when absent.

    A side counts when it is one of :data:`BORDER_SIDES` in the WordprocessingML
    namespace (strict packages are mapped to it before parsing) with a line style
    other than ``nil``/``none``. The tags are compared as strings: this runs for
    every cell of tables whose borders are drawn cell by cell (LibreOffice).
    """
    if borders is None:
        return None
    return any(side.tag in SIDE_TAGS and side.get(VAL, "nil") not in NO_LINE for side in borders)


def _numbering(ppr: etree._Element | None) -> tuple[str, int] | None:
    num_pr = first_of(ppr, NUM_PR) if ppr is not None else None
    if num_pr is None:
        return None
    num_id = first_of(num_pr, NUM_ID)
    level = first_of(num_pr, ILVL)
    if num_id is None:
        return None
    ilvl = int(level.get(VAL, "0")) if level is not None and level.get(VAL, "").isdigit() else 0
    return num_id.get(VAL, "0"), ilvl


def own_props(style: etree._Element) -> StyleProps:
    """The properties written on one ``w:style`` element itself (no inheritance).

    Children are found by a loop (``first_of``), not ElementPath's ``find``,
    which costs more per call: this runs for every style a document uses.
    """
    rpr = first_of(style, RPR)
    ppr = first_of(style, PPR)
    tbl_pr = first_of(style, TBLPR)
    jc = first_of(ppr, JC) if ppr is not None else None
    return StyleProps(
        bold=is_on(first_of(rpr, _B)) if rpr is not None else None,
        italic=is_on(first_of(rpr, _I)) if rpr is not None else None,
        hidden=is_on(first_of(rpr, VANISH)) if rpr is not None else None,
        centered=(jc.get(VAL) == "center") if jc is not None else None,
        num=_numbering(ppr),
        bordered=visible_borders(first_of(tbl_pr, TBL_BORDERS)) if tbl_pr is not None else None,
    )


def _merge(child: StyleProps, parent: StyleProps) -> StyleProps:
    """``child``'s properties, with ``parent``'s where the child says nothing."""
    return StyleProps(
        bold=parent.bold if child.bold is None else child.bold,
        italic=parent.italic if child.italic is None else child.italic,
        hidden=parent.hidden if child.hidden is None else child.hidden,
        centered=parent.centered if child.centered is None else child.centered,
        num=parent.num if child.num is None else child.num,
        bordered=parent.bordered if child.bordered is None else child.bordered,
    )


def _find_style(data: bytes, style_id: str) -> bytes | None:
    """The ``<w:style …>…</w:style>`` bytes whose ``w:styleId`` is ``style_id``, if any."""
    at = data.find(b'w:styleId="' + style_id.encode() + b'"')
    start = data.rfind(_STYLE_OPEN, 0, at) if at >= 0 else -1
    end = data.find(_STYLE_CLOSE, at) if start >= 0 else -1
    if end < 0 or data.find(_STYLE_CLOSE, start, at) >= 0:
        return None  # the id sits outside a style element (a latent style, say)
    return data[start : end + len(_STYLE_CLOSE)]


class Styles:
    """Resolved style properties by style id, parsed lazily from ``styles.xml`` bytes."""

    def __init__(self, data: bytes | None) -> None:
        """Index ``data`` (``None`` when the package has no styles part) without parsing it."""
        self._data = b""
        self._chunks: dict[str, bytes | None] = {}
        self._parsed: dict[str, etree._Element] = {}
        self._defaults: dict[str, str] = {}
        self._root_open = b"<w:styles>"
        if data and W_STRICT_NS in data:
            data = data.replace(W_STRICT_NS, W_NS.encode())
        root = _ROOT.search(data) if data else None
        if data and root is not None:
            self._index(data, root)
        elif data:
            self._parse_all(data)
        self.resolve: Callable[[str | None, str], StyleProps] = cache(self._resolve)

    def _index(self, data: bytes, root: re.Match[bytes]) -> None:
        """Remember the bytes and the ``root`` tag, and find the default styles.

        Other styles are found on demand.
        """
        self._root_open = root.group(0)
        self._data = data
        for match in _DEFAULT_STYLE.finditer(data):
            head = match.group(0)
            kind, style_id = _TYPE.search(head), _ID.search(head)
            if kind is not None and style_id is not None:
                self._defaults[kind.group(1).decode()] = style_id.group(1).decode(
                    "utf-8", "replace"
                )

    def _chunk(self, style_id: str) -> bytes | None:
        """The bytes of the ``<w:style>`` element with ``style_id`` (a byte search, no parse)."""
        if style_id not in self._chunks:
            self._chunks[style_id] = _find_style(self._data, style_id)
        return self._chunks[style_id]

    def _parse_all(self, data: bytes) -> None:
        """Fallback for a styles part whose prefix is not ``w:``: parse it whole."""
        try:
            root = etree.fromstring(data, SAFE_PARSER)
        except etree.XMLSyntaxError:
            return  # unreadable styles only cost inherited formatting
        for style in root.iter(w("style")):
            style_id = style.get(w("styleId"))
            if style_id is None:
                continue
            self._parsed[style_id] = style
            if style.get(w("default")) in ("1", "true", "on"):
                self._defaults[style.get(w("type"), "")] = style_id

    def chain(self, style_id: str | None) -> Iterator[etree._Element]:
        """The ``w:style`` with ``style_id``, then the styles it is ``w:basedOn``, nearest first.

        Each is parsed on first use; the chain ends at an absent style, a cycle
        or :data:`_MAX_DEPTH` styles.
        """
        seen: set[str] = set()
        while style_id and style_id not in seen and len(seen) < _MAX_DEPTH:
            seen.add(style_id)
            element = self._element(style_id)
            if element is None:
                return
            yield element
            based_on = first_of(element, _BASED_ON)
            style_id = based_on.get(VAL) if based_on is not None else None

    def default_id(self, kind: str) -> str | None:
        """The id of the default style of ``kind`` ("paragraph", "character"), if any."""
        return self._defaults.get(kind)

    def _element(self, style_id: str) -> etree._Element | None:
        if style_id in self._parsed:
            return self._parsed[style_id]
        chunk = self._chunk(style_id)
        if chunk is None:
            return None
        try:
            wrapper = etree.fromstring(self._root_open + chunk + b"</w:styles>", SAFE_PARSER)
        except etree.XMLSyntaxError:
            return None  # one damaged style must not sink the import: treat it as absent
        if not len(wrapper):
            return None
        # Kept: the default style is resolved both by its id and as the default.
        self._parsed[style_id] = wrapper[0]
        return wrapper[0]

    def _resolve(self, style_id: str | None, kind: str) -> StyleProps:
        """The properties of ``style_id`` (or the default style of ``kind``) with inheritance."""
        if not style_id:
            # The default style resolves as itself: one cached resolution for both.
            default = self._defaults.get(kind)
            return self.resolve(default, kind) if default else StyleProps()
        props = StyleProps()
        for element in self.chain(style_id):
            props = _merge(props, own_props(element))
        return props
