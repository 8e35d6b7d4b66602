"""Runs typed in legacy Vietnamese fonts (TCVN3, VNI) rewritten as Unicode in the parsed body.

See docs/formats/legacy-fonts.md. A run's font is the first of: its own
``w:rFonts`` (``w:hAnsi``, else ``w:ascii``), its character style, its
paragraph's style (with ``w:basedOn`` chains) and ``w:docDefaults``. A theme
font (``w:hAnsiTheme``/``w:asciiTheme``) is never a legacy one.

The walk runs only when a byte search of the document and styles parts finds a
font attribute naming ``.Vn…`` or ``VNI…``: most documents have none, and they
pay for that one search only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml import etree

from caitien.importers._xmlsafety import SAFE_PARSER
from caitien.importers.word._elements import RPR, RSTYLE, first_of
from caitien.importers.word._xml import VAL, W_NS, w
from caitien.normalise._legacy import LegacyFont, decode_legacy, legacy_font

if TYPE_CHECKING:
    from collections.abc import Iterable

    from caitien.importers.word._styles import Styles

# A font attribute value starting ".Vn" or "VNI", in any case.
_LEGACY_ATTRIBUTE = re.compile(rb'="(?:\.[Vv][Nn]|[Vv][Nn][Ii])')

_R, _P, _T, _PPR, _PSTYLE = w("r"), w("p"), w("t"), w("pPr"), w("pStyle")
_SOFT_HYPHEN = w("softHyphen")
_RFONTS = w("rFonts")
_ASCII, _HANSI = w("ascii"), w("hAnsi")
_THEMES = (w("asciiTheme"), w("hAnsiTheme"))
_RPR_DEFAULT = f"{w('docDefaults')}/{w('rPrDefault')}/{RPR}"
_WRAP_OPEN = f'<w:styles xmlns:w="{W_NS}">'.encode()

# No font said (inherit) versus a font that is not a legacy one (stop looking).
_UNSAID = "unsaid"
# What properties say of the font: a legacy one, another one (None), or nothing (_UNSAID).
_Found = LegacyFont | str | None


def legacy_fonts_possible(parts: Iterable[bytes | None]) -> bool:
    """Whether any of the XML ``parts`` has an attribute value naming a legacy font."""
    return any(part is not None and _LEGACY_ATTRIBUTE.search(part) for part in parts)


def _own_font(rpr: etree._Element | None) -> _Found:
    """The legacy font ``rpr`` names, ``None`` for another font, :data:`_UNSAID` for none."""
    fonts = first_of(rpr, _RFONTS) if rpr is not None else None
    if fonts is None:
        return _UNSAID
    if any(fonts.get(theme) for theme in _THEMES):
        return None
    name = fonts.get(_HANSI) or fonts.get(_ASCII)
    return legacy_font(name) if name else _UNSAID


class _StyleFonts:
    """The font each style sets, following ``w:basedOn``, and the document defaults' font.

    Styles are taken from the reader's :class:`Styles`, which parses only the
    ones asked for: Word's template defines hundreds.
    """

    def __init__(self, styles: Styles, data: bytes | None) -> None:
        self._styles = styles
        self.defaults = _own_font(_doc_defaults(data)) if data else _UNSAID

    def font(self, style_id: str | None, paragraph: bool) -> _Found:
        """The font the style ``style_id`` (or the default paragraph style) sets."""
        if style_id is None and paragraph:
            style_id = self._styles.default_id("paragraph")
        for style in self._styles.chain(style_id):
            found = _own_font(first_of(style, RPR))
            if found != _UNSAID:
                return found
        return _UNSAID


def _doc_defaults(data: bytes) -> etree._Element | None:
    """The ``w:rPr`` of ``w:docDefaults``, parsed alone from the styles part's bytes."""
    start, end = data.find(b"<w:docDefaults"), data.find(b"</w:docDefaults>")
    if start < 0 or end < start:
        return None
    chunk = data[start : end + len(b"</w:docDefaults>")]
    try:
        root = etree.fromstring(_WRAP_OPEN + chunk + b"</w:styles>", SAFE_PARSER)
    except etree.XMLSyntaxError:
        return None  # damaged defaults only cost their font
    return root.find(_RPR_DEFAULT)


def convert_legacy_runs(
    body: etree._Element, styles: Styles, styles_data: bytes | None
) -> set[str]:
    """Rewrite, in place, the text of every run of ``body`` typed in a legacy font.

    ``styles`` resolves style ids; ``styles_data`` is the styles part, for its
    document defaults. Returns the encodings met ("tcvn3", "vni"); empty when
    nothing changed.
    """
    fonts = _StyleFonts(styles, styles_data)
    paragraph_fonts: dict[etree._Element, _Found] = {}
    met: set[str] = set()
    for run in body.iter(_R):
        font = _run_font(run, fonts, paragraph_fonts)
        if not isinstance(font, LegacyFont):
            continue
        if font.encoding == "tcvn3":
            _soft_hyphens_as_text(run)
        for text in run.findall(_T):
            if text.text:
                text.text = decode_legacy(text.text, font)
                met.add(font.encoding)
    return met


def _soft_hyphens_as_text(run: etree._Element) -> None:
    """Write each ``w:softHyphen`` of a TCVN3 run back as the character 0xAD it stands for.

    0xAD is TCVN3's ư; LibreOffice saves it as a soft hyphen element, which
    the body walker (rightly, elsewhere) drops.
    """
    for hyphen in run.findall(_SOFT_HYPHEN):
        text = etree.Element(_T)
        text.text = "\u00ad"
        text.tail = hyphen.tail
        run.replace(hyphen, text)


def _run_font(
    run: etree._Element,
    styles: _StyleFonts,
    paragraph_fonts: dict[etree._Element, _Found],
) -> _Found:
    """The effective font of ``run``: its own, its character style's, its paragraph's."""
    rpr = first_of(run, RPR)
    found = _own_font(rpr)
    if found == _UNSAID and rpr is not None:
        char_style = first_of(rpr, RSTYLE)
        if char_style is not None:
            found = styles.font(char_style.get(VAL), paragraph=False)
    if found != _UNSAID:
        return found
    paragraph = next(run.iterancestors(_P), None)
    if paragraph is None:
        return styles.defaults
    if paragraph not in paragraph_fonts:
        paragraph_fonts[paragraph] = _paragraph_font(paragraph, styles)
    return paragraph_fonts[paragraph]


def _paragraph_font(paragraph: etree._Element, styles: _StyleFonts) -> _Found:
    ppr = first_of(paragraph, _PPR)
    pstyle = first_of(ppr, _PSTYLE) if ppr is not None else None
    found = styles.font(pstyle.get(VAL) if pstyle is not None else None, paragraph=True)
    return styles.defaults if found == _UNSAID else found
