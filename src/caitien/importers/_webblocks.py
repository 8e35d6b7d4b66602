"""The flows, open elements and table drafts the web-page reader builds, and their tables.

:mod:`caitien.importers.html` drives these from ``html.parser`` events; this
module knows what one element passes to its text (hidden, bold, centred, a
Word tab stop) and how a finished table lands on its grid
(``docs/formats/html.md``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from caitien.importers._document import Block, Cell, Paragraph, Row, Table, cell_texts
from caitien.normalise._legacy import LegacyFont, legacy_font

MAX_SPAN = 1000
MAX_CONTINUED_CELLS = 100_000
_HIDDEN_TAGS = frozenset(
    {"head", "title", "script", "style", "noscript", "template", "iframe", "object", "svg"}
    | {"math", "xml", "select", "option", "button", "textarea", "noframes", "canvas"}
    | {"audio", "video", "map", "datalist", "dialog", "del"}
)
_FURNITURE_TAGS = frozenset({"nav", "header", "footer", "aside"})
_NOTE_ELEMENTS = frozenset({"footnote-list", "endnote-list", "comment-list"})
_NOTE_CLASSES = frozenset({"sdfootnoteanc", "sdendnoteanc", "msocomanchor", "msocomoff"})
# In-page links to notes as Word (#_ftn1), LibreOffice (#sdfootnote1sym, #ftn1),
# pandoc (#fn1) and footnote plug-ins (#footnote-1) name them.
_NOTE_LINK = re.compile(r"^#(?:_?ftn|fn|_?edn|sdfootnote|sdendnote|footnote|endnote)", re.I)
_NOTE_BODY = re.compile(r"^sd(foot|end)note\d+$")
_BOLD_TAGS = frozenset({"b", "strong", "th", "h1", "h2", "h3", "h4", "h5", "h6"})
_ITALIC_TAGS = frozenset({"i", "em", "cite", "dfn", "var"})
_ALIGNED_TAGS = frozenset({"p", "div", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6"})
_FURNITURE_WORDS = frozenset(
    {"nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "sidebar", "footer"}
    | {"share", "social", "comment", "comments", "related", "banner", "topbar"}
)
_NEVER_FURNITURE = frozenset({"html", "body", "main", "article"})
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "menu", "menubar"})
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u200b]+")
_RUNS_OF_SPACES = re.compile(r" {2,}")
_SPACE_AROUND_BREAK = re.compile(r" *([\n\t]) *")
_STYLE_PROPERTY = re.compile(r"(?:^|;)\s*([a-z-]+)\s*:\s*([^;]*)")


# Open elements ---------------------------------------------------------------------------


@dataclass(slots=True)
class OpenElement:
    """An open element and what it passes to its content (inherited from its parent)."""

    tag: str
    hidden: bool = False
    bold: bool = False
    italic: bool = False
    center: bool | None = None
    tab: bool = False
    pre: bool = False
    marker: bool = False
    active: bool = False  # it opened a table, row, cell or list that its end tag closes
    in_cell: bool = False
    guessed: bool = False  # hidden only because its names look like page furniture
    tab_stop: bool = False  # its text starts at a tab stop (a tab goes before it)
    floats: bool = False  # floated beside the text (a list label): a space goes after it
    font: LegacyFont | None = None  # a legacy Vietnamese font (TCVN3, VNI) its text is typed in


ROOT = OpenElement("#root")


def inline_style(attrs: dict[str, str]) -> dict[str, str]:
    """The inline ``style`` declarations, property names and values in lower case."""
    style = attrs.get("style")
    if not style:
        return {}
    return {
        match.group(1): match.group(2).strip() for match in _STYLE_PROPERTY.finditer(style.lower())
    }


def element_attrs(raw: list[tuple[str, str | None]]) -> dict[str, str]:
    """A start tag's attributes as a dict, a valueless attribute (``hidden``) as ``""``."""
    return {key: value or "" for key, value in raw}


def _hiding(
    tag: str, attrs: dict[str, str], style: dict[str, str], parent: OpenElement, guess: bool
) -> tuple[bool, bool]:
    """(hidden, guessed): whether the element shows nothing of the plan, and whether only
    because its tag, role, title, class or id look like page furniture (``guess`` allows
    that).

    Hidden for sure: what the browser hides, notes and comments of the editor, a box
    floating over a cell. The page's own wrappers (html, body, main, article) are never
    guessed to be furniture: WordPress names them "has-sidebar", "menu-open".
    """
    if parent.hidden:
        return True, parent.guessed
    words = _class_words(attrs)
    if _not_shown(tag, attrs, style) or (parent.in_cell and _floats(style)):
        return True, False
    if _is_note(tag, attrs, style, parent, words):
        return True, False
    guessed = guess and tag not in _NEVER_FURNITURE and _is_furniture(tag, attrs, words)
    return guessed, guessed


def _class_words(attrs: dict[str, str]) -> frozenset[str]:
    """The words of ``class`` and ``id``, split at "-", "_" and spaces (most elements have none)."""
    names = f"{attrs.get('class', '')} {attrs.get('id', '')}".strip()
    return frozenset(_WORD_SPLIT.split(names.lower())) if names else frozenset()


def _not_shown(tag: str, attrs: dict[str, str], style: dict[str, str]) -> bool:
    """Hidden tags, ``hidden``, ``display:none``, ``visibility:hidden``, Word's ``mso-hide``."""
    if tag in _HIDDEN_TAGS or "hidden" in attrs or style.get("mso-hide") == "all":
        return True
    return style.get("display") == "none" or style.get("visibility") == "hidden"


def _is_furniture(tag: str, attrs: dict[str, str], words: frozenset[str]) -> bool:
    """Menus, sidebars, footers by tag, role or class/id word; LibreOffice's running
    header/footer."""
    if tag in _FURNITURE_TAGS or attrs.get("role", "").lower() in _FURNITURE_ROLES:
        return True
    if attrs.get("title", "").lower() in ("header", "footer"):
        return True  # LibreOffice's page header and footer, repeated on every printed page
    return not words.isdisjoint(_FURNITURE_WORDS)


def _is_note(
    tag: str,
    attrs: dict[str, str],
    style: dict[str, str],
    parent: OpenElement,
    words: frozenset[str],
) -> bool:
    """Footnote and comment marks and their lists, which the DOCX reader leaves out too.

    Word writes ``mso-footnote-id`` references and ``mso-element: footnote-list``;
    LibreOffice ``sdfootnoteanc`` references and ``sdfootnote1`` bodies; any page a
    link to an anchor in a superscript ("Mức 2<sup><a href="#x2">2</a></sup>") or
    to an anchor named as notes are (``#_ftn1``, ``#ftn3``, ``#fn1``, ``#footnote-1``).
    """
    if "mso-footnote-id" in style or "mso-endnote-id" in style:
        return True
    if style.get("mso-element") in _NOTE_ELEMENTS:
        return True
    if words and (not words.isdisjoint(_NOTE_CLASSES) or any(map(_NOTE_BODY.match, words))):
        return True
    if tag != "a" or not attrs.get("href", "").startswith("#"):
        return False
    return parent.tag == "sup" or bool(_NOTE_LINK.match(attrs["href"]))


def _floats(style: dict[str, str]) -> bool:
    """A box taken out of the text's flow (a stamp laid over a cell, as Word's floating boxes);
    not a tab stop (:func:`_tab_stop`)."""
    if style.get("float") in ("left", "right"):
        return True
    return style.get("position") in ("absolute", "fixed") and not _tab_stop(style)


def _tab_stop(style: dict[str, str]) -> bool:
    """Text placed at a distance from the line's start, on no layer of its own: a tab stop.

    LibreOffice's XHTML writes "UBND XÃ<span style="position:absolute;left:10.5cm">CỘNG
    HÒA…</span>" for a header on tab stops; Word's floating boxes carry a ``z-index``.
    """
    return (
        style.get("position") == "absolute"
        and "left" in style
        and "z-index" not in style
        and "mso-ignore" not in style
    )


def _symbol_font(style: dict[str, str]) -> bool:
    """A Symbol or Wingdings font: its one glyph is a bullet (Word's filtered web page writes
    its list bullets so, without the ``mso-list: Ignore`` mark)."""
    family = style.get("font-family", "").lstrip("'\" ")
    return family.startswith(("symbol", "wingdings"))


def _legacy_font(
    tag: str, attrs: dict[str, str], style: dict[str, str], parent: OpenElement
) -> LegacyFont | None:
    """The legacy font the element's text is in: its ``font-family`` (or ``<font face>``)
    when it names one, the parent's otherwise. Only the first family of a list counts:
    it is the one a browser with the font draws."""
    families = style.get("font-family") or (attrs.get("face") if tag == "font" else None)
    if not families:
        return parent.font
    return legacy_font(families.split(",", 1)[0])


def _weight(style: dict[str, str]) -> bool | None:
    value = style.get("font-weight")
    if value is None:
        return None
    return value in ("bold", "bolder") or (value.isdigit() and int(value) >= 600)


def _alignment(tag: str, attrs: dict[str, str], style: dict[str, str]) -> bool | None:
    """True/False when the element sets its text alignment (centred or not), None to inherit."""
    if tag == "center":
        return True
    value = style.get("text-align") or (attrs.get("align") if tag in _ALIGNED_TAGS else None)
    return None if not value else value.strip().lower() == "center"


def open_element(
    tag: str, attrs: dict[str, str], parent: OpenElement, guess_furniture: bool = True
) -> OpenElement:
    """The open element of a start tag under ``parent``: its own settings over inherited ones.

    ``guess_furniture`` False shows what only looks like menus and footers by its names.
    """
    style = inline_style(attrs)
    weight = _weight(style)
    alignment = _alignment(tag, attrs, style)
    hidden, guessed = _hiding(tag, attrs, style, parent, guess_furniture)
    return OpenElement(
        tag=tag,
        hidden=hidden,
        guessed=guessed,
        bold=weight if weight is not None else (parent.bold or tag in _BOLD_TAGS),
        italic=style.get("font-style") == "italic" or parent.italic or tag in _ITALIC_TAGS,
        center=alignment if alignment is not None else parent.center,
        tab="mso-tab-count" in style,
        pre=parent.pre or tag in ("pre", "listing", "xmp") or style.get("white-space") == "pre",
        marker=parent.marker or style.get("mso-list") == "ignore" or _symbol_font(style),
        in_cell=parent.in_cell or tag in ("td", "th"),
        tab_stop=_tab_stop(style),
        floats=style.get("float") in ("left", "right"),
        font=_legacy_font(tag, attrs, style, parent),
    )


# Flows: the body and each cell -------------------------------------------------------------


@dataclass
class Flow:
    """Where running text goes (the body or a cell): finished blocks and the open paragraph."""

    blocks: list[Block] = field(default_factory=list)
    pieces: list[str] = field(default_factory=list)
    visible: int = 0
    bold: int = 0
    italic: int = 0
    centered: bool | None = None
    # A list item's marker waits for the item's first text: LibreOffice and Google
    # Docs write "<li><p>text</p></li>", whose <p> would otherwise part them.
    marker: str = ""

    def add_text(self, data: str, element: OpenElement) -> None:
        """Add text shown by ``element``; white space collapses unless it is preformatted."""
        if element.tab:
            if not self.pieces or self.pieces[-1] != "\t":
                self.pieces.append("\t")
            return
        # Control characters are no text (LibreOffice leaves field marks \x04…\x05 in).
        text = _CONTROLS.sub("", data)
        text = text if element.pre else _SPACES.sub(" ", text)
        if self.marker and text.strip():
            self.pieces.append(self.marker)
            self.marker = ""
        if element.marker and len(text.strip()) == 1 and text.strip() != "+" and self._opening():
            text = "-"  # a Word bullet glyph (Symbol "·", Wingdings "§", "Ø"), as the DOCX reads it
        self.pieces.append(text)
        shown = len(text) - text.count(" ") - text.count("\n")
        if shown and not element.marker:
            self.visible += shown
            self.bold += shown if element.bold else 0
            self.italic += shown if element.italic else 0
        if shown and self.centered is None:
            self.centered = bool(element.center)

    def _opening(self) -> bool:
        """Whether nothing shows yet in the paragraph (a glyph here is a bullet, not a symbol
        such as Symbol's "³" for "≥" inside a sentence)."""
        return self.visible == 0 and not "".join(self.pieces).strip()

    def add_marker(self, marker: str) -> None:
        """A list marker a browser draws, put before the item's first text (not counted in
        the paragraph's style); ``""`` drops a marker left by an item without text."""
        self.marker = marker

    def add_break(self) -> None:
        self.pieces.append("\n")

    def add_tab(self) -> None:
        self.pieces.append("\t")

    def add_space(self) -> None:
        self.pieces.append(" ")

    def flush(self) -> None:
        """End the open paragraph: a :class:`Paragraph` when it shows any text."""
        text = _SPACE_AROUND_BREAK.sub(r"\1", _RUNS_OF_SPACES.sub(" ", "".join(self.pieces)))
        text = text.strip()
        if text:
            self.blocks.append(
                Paragraph(
                    text,
                    bold=self.visible > 0 and self.bold == self.visible,
                    italic=self.visible > 0 and self.italic == self.visible,
                    centered=bool(self.centered),
                )
            )
        self.pieces = []
        self.visible = self.bold = self.italic = 0
        self.centered = None


@dataclass
class CellDraft:
    flow: Flow
    colspan: int = 1
    rowspan: int = 1


@dataclass
class RowDraft:
    cells: list[CellDraft] = field(default_factory=list)
    header: bool = False


@dataclass
class TableDraft:
    """An open table: its rows so far, the open row and cell, and where it will be placed."""

    parent: Flow
    bordered: bool
    rows: list[RowDraft] = field(default_factory=list)
    row: RowDraft | None = None
    cell: CellDraft | None = None
    in_head: int = 0
    first_cell_style: dict[str, str] | None = None


def span_value(value: str | None) -> int:
    """A ``colspan``/``rowspan`` clamped to 1..MAX_SPAN (junk and 0 count as 1)."""
    digits = re.match(r"\s*(\d{1,6})", value or "")
    return min(max(int(digits.group(1)), 1), MAX_SPAN) if digits else 1


def draws_border(attrs: dict[str, str], style: dict[str, str]) -> bool:
    """A ``border`` attribute other than 0 (a bare ``border`` is 1 to browsers), or a
    ``border`` style other than none or 0."""
    if "border" in attrs and attrs["border"].strip() not in ("0", "0px"):
        return True
    value = style.get("border", "")
    return bool(value) and not value.startswith(("none", "0 ", "0pt", "0px")) and value != "0"


# From drafts to tables ----------------------------------------------------------------------


def lines_apart(blocks: list[Block]) -> list[Block]:
    """The document's blocks with each line of a paragraph outside tables a paragraph.

    A website keeps a pasted plan as one block of lines broken by ``<br>``
    (often in the content cell of a layout table): read as paragraphs, as the
    text reader reads a pasted page. Lines in cells stay lines of their cell.
    """
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Paragraph) and "\n" in block.text:
            flags = {"bold": block.bold, "italic": block.italic, "centered": block.centered}
            out.extend(Paragraph(line, **flags) for line in block.text.split("\n") if line)
        else:
            out.append(block)
    return out


def table_blocks(rows: list[RowDraft], bordered: bool) -> list[Block]:
    """The blocks a finished table stands for: a :class:`Table`, or a layout table's content.

    A layout table (one cell; one cell per row holding a table; or holding a
    table of three or more rows and columns) gives its cells' blocks in place.
    """
    if not rows:
        return []
    if _is_layout(rows):
        return [block for row in rows for cell in row.cells for block in cell.flow.blocks]
    grid, columns = _grid(rows)
    return [Table(grid, columns, bordered)]


def _is_layout(rows: list[RowDraft]) -> bool:
    """Whether a table only lays the page out: one cell; one cell per row and a table in
    one; or tables of three rows and columns or more holding most of its text (a content
    cell beside a menu cell, where a plan table's cell may hold a small table of its own)."""
    cells = [cell for row in rows for cell in row.cells]
    if len(cells) == 1:
        return True
    inner = [block for cell in cells for block in cell.flow.blocks if isinstance(block, Table)]
    if not inner:
        return False
    if all(len(row.cells) == 1 for row in rows):
        return True
    big = [table for table in inner if len(table.rows) >= 3 and table.columns >= 3]
    return 2 * sum(map(_text_size, big)) > sum(_text_size(cell.flow.blocks) for cell in cells)


def _text_size(blocks: Table | list[Block]) -> int:
    """The characters of text in a table or a list of blocks."""
    if isinstance(blocks, Table):
        return sum(len(cell.text) for row in blocks.rows for cell in row.cells)
    return sum(len(b.text) if isinstance(b, Paragraph) else _text_size(b) for b in blocks)


def _grid(rows: list[RowDraft]) -> tuple[list[Row], int]:
    """The rows on the table's grid: cells past the columns rowspans take from above, and an
    empty continued cell (Word's vertical merge) where a rowspan reaches into a row."""
    above: dict[int, tuple[int, int]] = {}  # column -> (rows still covered, span)
    budget = MAX_CONTINUED_CELLS
    out: list[Row] = []
    for draft in rows:
        cells: list[Cell] = []
        below: dict[int, tuple[int, int]] = {}
        column = 0
        for cell in draft.cells:
            while column in above:
                column = _continue(cells, below, column, above.pop(column))
            cells.append(Cell(cell_texts(cell.flow.blocks), column, cell.colspan))
            if cell.rowspan > 1 and budget > 0:
                below[column] = (cell.rowspan - 1, cell.colspan)
                budget -= min(cell.rowspan - 1, len(rows))
            column += cell.colspan
        for start in sorted(above):
            _continue(cells, below, start, above[start])
        cells.sort(key=lambda placed: placed.column)
        out.append(Row(cells, repeated_header=draft.header))
        above = below
    columns = max((cell.column + cell.span for row in out for cell in row.cells), default=0)
    return out, columns


def _continue(
    cells: list[Cell], below: dict[int, tuple[int, int]], column: int, covered: tuple[int, int]
) -> int:
    """Place the continued cell of a rowspan at ``column``; the column after it."""
    left, span = covered
    cells.append(Cell([], column, span, continued=True))
    if left > 1:
        below[column] = (left - 1, span)
    return column + span
