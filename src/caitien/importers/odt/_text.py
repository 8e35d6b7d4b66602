"""The text of one ODF paragraph as it is read: white space collapsed, style flags gathered."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml import etree

    from caitien.importers.odt._styles import StyleProps

# The white space the standard collapses in paragraph text: tab, line feed, carriage return, space.
_WHITE_SPACE = re.compile(r"[ \t\n\r]+")


def collapse(raw: str) -> str:
    """``raw`` with each run of white space as one space (most text has none to collapse)."""
    if raw.isprintable() and "  " not in raw:
        return raw  # no tab, line feed or carriage return, no double space
    return _WHITE_SPACE.sub(" ", raw)


class ParagraphText:
    """What one paragraph's content produced: text, style flags, the text boxes met."""

    __slots__ = (
        "bold",
        "boxes",
        "deleting",
        "has_number",
        "hidden",
        "italic",
        "last_space",
        "parts",
        "visible",
    )

    def __init__(self, deleting: set[str]) -> None:
        """``deleting`` is the walker's set of tracked deletions open at this point (shared)."""
        self.deleting = deleting
        self.parts: list[str] = []
        self.bold = True
        self.italic = True
        self.visible = False
        self.boxes: list[tuple[etree._Element, bool]] = []
        self.has_number = False
        self.hidden = False
        self.last_space = True  # white space at the start of a paragraph is not shown

    def add(self, raw: str, props: StyleProps) -> None:
        """Character data of the paragraph, its white space collapsed as the standard says."""
        if props.hidden or self.deleting:
            return
        piece = collapse(raw)
        if self.last_space and piece.startswith(" "):
            piece = piece[1:]
        if piece:
            self.last_space = piece.endswith(" ")
            self._append(piece, props)

    def add_literal(self, piece: str, props: StyleProps) -> None:
        """Text an element writes (``text:s``, ``text:tab``, ``text:line-break``): not collapsed."""
        if not props.hidden and not self.deleting:
            self.last_space = piece == "\n"
            self._append(piece, props)

    def _append(self, piece: str, props: StyleProps) -> None:
        self.parts.append(piece)
        if piece.strip():
            self.visible = True
            self.bold = self.bold and bool(props.bold)
            self.italic = self.italic and bool(props.italic)
