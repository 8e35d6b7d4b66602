"""Text typed in legacy Vietnamese fonts (TCVN3, VNI) rewritten as Unicode in the parsed content.

See docs/formats/legacy-fonts.md. A font is named by ``style:font-name`` (a
``style:font-face`` declaration, whose ``svg:font-family`` is the family) or
``fo:font-family`` in a style's ``style:text-properties``; a span's text style
decides, else the enclosing span's, else the paragraph's style (with
``style:parent-style-name`` chains). The walk runs only when the content's
font declarations (LibreOffice lists there every font the document uses) name
a legacy font: most documents pay for reading a dozen declarations only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from caitien.importers.odt._names import fo, office, style, text
from caitien.normalise._legacy import LegacyFont, decode_legacy, legacy_font

if TYPE_CHECKING:
    from lxml import etree

    from caitien.importers.odt._styles import Styles

_FONT_FACE, _FONT_NAME = style("font-face"), style("font-name")
_NAME, _SVG_FAMILY = (
    style("name"),
    "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}font-family",
)
_FO_FAMILY, _TEXT_PROPS = fo("font-family"), style("text-properties")
_STYLE_NAME = text("style-name")
_PARAGRAPHS = frozenset((text("p"), text("h")))
_SPAN = text("span")
# What a style says of the font: a legacy one, another one (None), or nothing (False).
_Found = LegacyFont | bool | None


def legacy_faces(content: etree._Element) -> dict[str, LegacyFont]:
    """The declared font faces (by ``style:name``) whose family is a legacy font."""
    decls = content.find(office("font-face-decls"))
    faces: dict[str, LegacyFont] = {}
    for face in decls if decls is not None else ():
        if face.tag != _FONT_FACE:
            continue
        found = legacy_font(face.get(_SVG_FAMILY) or face.get(_NAME))
        if found is not None:
            faces[face.get(_NAME, "")] = found
    return faces


class _Fonts:
    """The font each text or paragraph style sets, following parent styles."""

    def __init__(self, styles: Styles, faces: dict[str, LegacyFont]) -> None:
        self._styles = styles
        self._faces = faces
        self._cache: dict[tuple[str, str], _Found] = {}

    def font(self, name: str | None, family: str) -> _Found:
        """The legacy font style ``name`` sets; ``None`` for another font, ``False`` for none."""
        key = (family, name or "")
        if key not in self._cache:
            self._cache[key] = self._resolve(name, family)
        return self._cache[key]

    def _resolve(self, name: str | None, family: str) -> _Found:
        for element in self._styles.chain(name, family):
            props = next((child for child in element if child.tag == _TEXT_PROPS), None)
            if props is not None and (props.get(_FONT_NAME) or props.get(_FO_FAMILY)):
                face = props.get(_FONT_NAME)
                return self._faces.get(face) if face else legacy_font(props.get(_FO_FAMILY))
        return False


def convert_legacy_text(content: etree._Element, body: etree._Element, styles: Styles) -> set[str]:
    """Rewrite, in place, the text of ``body`` typed in a legacy font; the encodings met.

    ``content`` holds the font declarations; ``styles`` resolves the style chains.
    """
    faces = legacy_faces(content)
    if not faces:
        return set()
    met: set[str] = set()
    _walk(body, None, _Fonts(styles, faces), met)
    return met


def _walk(element: etree._Element, font: LegacyFont | None, fonts: _Fonts, met: set[str]) -> None:
    """Convert ``element``'s own text in its font, then its children's (their tails in ``font``)."""
    own = font
    if element.tag in _PARAGRAPHS or element.tag == _SPAN:
        family = "text" if element.tag == _SPAN else "paragraph"
        found = fonts.font(element.get(_STYLE_NAME), family)
        own = font if found is False else found if isinstance(found, LegacyFont) else None
    if own is not None and element.text:
        element.text = decode_legacy(element.text, own)
        met.add(own.encoding)
    for child in element:
        _walk(child, own, fonts, met)
        if own is not None and child.tail:
            child.tail = decode_legacy(child.tail, own)
            met.add(own.encoding)
