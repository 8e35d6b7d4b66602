"""The style properties the ODT reader needs: bold, italic, hidden, centring, lists, borders.

A paragraph or span names a style; automatic styles (``content.xml``) and
common styles (``styles.xml``) are looked up by family and name, and
``style:parent-style-name`` chains are followed (common styles only, as the
standard says). The default style of a family is not consulted, as the Word
reader does not consult document defaults.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING

from caitien.importers.odt._common import index_styles
from caitien.importers.odt._names import (
    DISPLAY,
    LEVEL,
    LIST_STYLE_NAME,
    PARENT,
    START_VALUE,
    fo,
    office,
    style,
    text,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from lxml import etree

    from caitien.importers.odt._common import CommonStyles

_MAX_DEPTH = 10  # parent chains are short; a cycle must not loop forever
_TEXT_PROPS, _PARAGRAPH_PROPS = style("text-properties"), style("paragraph-properties")
_CELL_PROPS = style("table-cell-properties")
_BORDERS = tuple(
    fo(name) for name in ("border", "border-top", "border-bottom", "border-left", "border-right")
)
_WEIGHT, _FONT_STYLE, _ALIGN = fo("font-weight"), fo("font-style"), fo("text-align")
_LIST_STYLE, _OUTLINE_STYLE = text("list-style"), text("outline-style")
_NUMBER_LEVEL, _BULLET_LEVEL = text("list-level-style-number"), text("list-level-style-bullet")
_IMAGE_LEVEL, _OUTLINE_LEVEL = text("list-level-style-image"), text("outline-level-style")
_LABEL_FORMAT = (
    "{urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0}num-list-format"
)


@dataclass(frozen=True)
class StyleProps:
    """Properties a style sets; ``None`` where it (and its parents) say nothing."""

    bold: bool | None = None
    italic: bool | None = None
    hidden: bool | None = None
    centered: bool | None = None
    list_style: str | None = None
    bordered: bool | None = None


def merge(child: StyleProps, parent: StyleProps) -> StyleProps:
    """``child``'s properties, with ``parent``'s where the child says nothing."""
    return StyleProps(
        bold=parent.bold if child.bold is None else child.bold,
        italic=parent.italic if child.italic is None else child.italic,
        hidden=parent.hidden if child.hidden is None else child.hidden,
        centered=parent.centered if child.centered is None else child.centered,
        list_style=parent.list_style if child.list_style is None else child.list_style,
        bordered=parent.bordered if child.bordered is None else child.bordered,
    )


def _weight(value: str | None) -> bool | None:
    """``fo:font-weight``: "bold" and 600–900 are bold, "normal" and lighter weights are not."""
    if value is None:
        return None
    if value.isdigit():
        return int(value) >= 600
    return value == "bold"


def _drawn(value: str) -> bool:
    """Whether an ``fo:border`` value ("0.5pt solid #000000", "none") draws a line."""
    parts = value.split()
    if not parts or parts[0] in ("none", "hidden") or "none" in parts or "hidden" in parts:
        return False
    number = parts[0].rstrip("abcdefghijklmnopqrstuvwxyz%")
    try:
        return float(number) > 0
    except ValueError:
        return True  # "solid #000000" without a width: the default width is a line


def _first(element: etree._Element, tag: str) -> etree._Element | None:
    for child in element:
        if child.tag == tag:
            return child
    return None


def own_props(element: etree._Element) -> StyleProps:
    """The properties written on one ``style:style`` element itself (no inheritance)."""
    text_props = _first(element, _TEXT_PROPS)
    paragraph = _first(element, _PARAGRAPH_PROPS)
    cell = _first(element, _CELL_PROPS)
    bold = italic = hidden = centered = bordered = None
    if text_props is not None:
        bold = _weight(text_props.get(_WEIGHT))
        font_style = text_props.get(_FONT_STYLE)
        italic = None if font_style is None else font_style in ("italic", "oblique")
        display = text_props.get(DISPLAY)
        hidden = None if display is None else display == "none"
    if paragraph is not None and paragraph.get(_ALIGN) is not None:
        centered = paragraph.get(_ALIGN) == "center"
    if cell is not None:
        sides = [cell.get(name) for name in _BORDERS]
        if any(side is not None for side in sides):
            bordered = any(_drawn(side) for side in sides if side is not None)
    return StyleProps(bold, italic, hidden, centered, element.get(LIST_STYLE_NAME), bordered)


@dataclass(frozen=True)
class Level:
    """One level of a list style: ``kind`` "number", "bullet" or "image", and its writing."""

    kind: str
    num_format: str = ""
    prefix: str = ""
    suffix: str = ""
    display_levels: int = 1
    start: int = 1
    bullet: str = ""
    # LibreOffice's own writing of the whole label ("%1%.%2%."), as Word's level text.
    label_format: str | None = None


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _level(element: etree._Element) -> Level:
    tag = element.tag
    if tag == _BULLET_LEVEL:
        return Level("bullet", bullet=element.get(text("bullet-char"), ""))
    if tag == _IMAGE_LEVEL:
        return Level("image")
    return Level(
        "number",
        num_format=element.get(style("num-format"), ""),
        prefix=element.get(style("num-prefix"), ""),
        suffix=element.get(style("num-suffix"), ""),
        display_levels=max(1, min(_int(element.get(text("display-levels")), 1), 10)),
        start=_int(element.get(START_VALUE), 1),
        label_format=element.get(_LABEL_FORMAT),
    )


def list_levels(element: etree._Element) -> dict[int, Level]:
    """The levels (1-based) of a ``text:list-style`` or ``text:outline-style``."""
    levels: dict[int, Level] = {}
    for child in element:
        if child.tag in (_NUMBER_LEVEL, _BULLET_LEVEL, _IMAGE_LEVEL, _OUTLINE_LEVEL):
            levels.setdefault(_int(child.get(LEVEL), 1), _level(child))
    return levels


class Styles:
    """Resolved style properties and list styles of one document, looked up by name."""

    def __init__(self, content: etree._Element, common: CommonStyles) -> None:
        """Index the automatic styles of ``content``; ``common`` finds the common styles."""
        automatic = content.find(office("automatic-styles"))
        self._automatic = index_styles(automatic if automatic is not None else ())
        self._common = common
        self.resolve: Callable[[str | None, str], StyleProps] = cache(self._resolve)
        self.list_style: Callable[[str | None], dict[int, Level]] = cache(self._list_style)

    @cached_property
    def outline(self) -> dict[int, Level]:
        """The levels of the outline (heading) numbering; empty when the document has none."""
        outline = self._common.outline()
        return list_levels(outline) if outline is not None else {}

    def chain(self, name: str | None, family: str) -> Iterator[etree._Element]:
        """Style ``name`` of ``family`` (automatic, else common), then its parents, nearest first.

        Nothing when the style is unknown; a cycle or a chain deeper than
        :data:`_MAX_DEPTH` is cut short.
        """
        key = (family, name or "")
        element = self._automatic.get(key)
        if element is None:
            element = self._common.get(*key)
        seen: set[str] = set()
        while element is not None and len(seen) < _MAX_DEPTH:
            yield element
            parent = element.get(PARENT)
            if parent is None or parent in seen:
                return
            seen.add(parent)
            element = self._common.get(family, parent)

    def _resolve(self, name: str | None, family: str) -> StyleProps:
        """The properties of style ``name`` of ``family`` with its parents' (empty when unknown)."""
        props = StyleProps()
        for element in self.chain(name, family):
            props = merge(props, own_props(element))
        return props

    def _list_style(self, name: str | None) -> dict[int, Level]:
        """The levels of list style ``name`` (automatic first, then common); empty when unknown."""
        element = self._automatic.get(("list", name or ""))
        if element is None:
            element = self._common.get("list", name or "")
        return list_levels(element) if element is not None else {}
