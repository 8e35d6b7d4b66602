"""The web-page reader: HTML pages, Word's web pages and MHT files read into paragraphs and tables.

What each page layout becomes is documented in ``docs/formats/html.md``. The
page is parsed by the standard library's ``html.parser`` into events, and the
events build the raw structure with explicit stacks (open elements, open
tables), never by recursion, so deeply nested markup costs no stack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from caitien.importers._document import Block, RawDocument, legacy_font_notes
from caitien.importers._markers import letters, roman
from caitien.importers._webblocks import (
    ROOT,
    CellDraft,
    Flow,
    OpenElement,
    RowDraft,
    TableDraft,
    draws_border,
    element_attrs,
    inline_style,
    lines_apart,
    open_element,
    span_value,
    table_blocks,
)
from caitien.importers._webdecode import (
    FRAGMENT_SCORE,
    HTML_SCORE,
    MHT_SCORE,
    page_kind,
    page_text,
)
from caitien.importers._webfonts import FontRules, rule_font, stylesheet_fonts
from caitien.normalise._legacy import decode_legacy

if TYPE_CHECKING:
    from pathlib import Path

    from caitien.importers import ImportContext

_SCORES = {"mht": MHT_SCORE, "html": HTML_SCORE, "fragment": FRAGMENT_SCORE}
# Past these depths markup is still read, as text: hostile nesting must not cost without bound.
MAX_OPEN_ELEMENTS = 1000
MAX_TABLE_DEPTH = 50
MAX_IMPLIED_SCAN = 100
# Menus and footers are shorter than this; a plan (header, sections, a table) is longer.
MIN_PLAN_CHARS = 1000

_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"}
    | {"source", "track", "wbr", "keygen", "basefont", "frame", "isindex"}
)
_BLOCKS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd"}
    | {"blockquote", "center", "pre", "hr", "section", "article", "main", "address"}
    | {"figure", "figcaption", "form", "fieldset", "caption", "table", "body", "html"}
    | {"legend", "details", "summary", "listing", "xmp", "plaintext"}
)
# A style sheet rule on bare li/ol/ul elements that draws no marker: the page writes its own
# labels (LibreOffice's XHTML: "li { list-style: none; }" and a "1." span in each item).
_NO_LIST_MARKERS = re.compile(
    r"(?:^|[},])\s*(?:li|ol|ul)\s*(?:,\s*(?:li|ol|ul)\s*)*\{[^}]*list-style(?:-type)?\s*:\s*none",
    re.IGNORECASE,
)
# What a <head> holds; any other start tag ends a head left open.
_HEAD_TAGS = frozenset(
    {"head", "title", "meta", "link", "style", "script", "base", "noscript", "template"}
)
# Block starts that end an open <p> (HTML's implied </p>).
_CLOSES_P = _BLOCKS - {"li", "dt", "dd", "caption", "body", "html"}


class HtmlReader:
    """Reads web pages: HTML (a website's, Word's "Save as Web Page") and single-file MHT."""

    name = "html"

    def score(self, head: bytes, path: Path) -> float:
        """0.95 for an MHT or an HTML page, 0.8 for an HTML fragment, 0.0 otherwise."""
        kind = page_kind(head)
        return 0.0 if kind is None else _SCORES[kind]

    def extract(self, path: Path, context: ImportContext) -> RawDocument:
        """Decode the page (the root HTML part of an MHT) and build its paragraphs and tables.

        Raises :class:`DocumentError` when an MHT holds no HTML or its parts nest
        beyond reading, or the bytes cannot be decoded.
        """
        data = path.read_bytes()[: context.max_bytes + 1]
        markup, kind = page_text(data, path.name)
        blocks, legacy = parse_page(markup)
        notes = legacy_font_notes(legacy)
        return RawDocument(blocks=blocks, notes=notes, source_format=kind)


def parse_blocks(markup: str) -> list[Block]:
    """The paragraphs and tables a browser would show of ``markup``, in order.

    Any markup is read, as a browser reads it: nothing here raises.
    """
    return parse_page(markup)[0]


def parse_page(markup: str) -> tuple[list[Block], set[str]]:
    """:func:`parse_blocks`, and the legacy encodings ("tcvn3", "vni") whose text it converted."""
    builder = _read(markup, guess_furniture=True)
    if builder.guessed_chars > max(builder.shown_chars, MIN_PLAN_CHARS):
        # The guess hid more text than it left, and enough to be a plan: it took the page's
        # content for furniture (a wrapper named "content has-sidebar"). Show it all.
        builder = _read(markup, guess_furniture=False)
    return builder.finish(), builder.legacy


def _read(markup: str, guess_furniture: bool) -> _PageBuilder:
    builder = _PageBuilder(guess_furniture)
    builder.feed(markup)
    builder.close()
    return builder


@dataclass
class _ListState:
    """An open ``<ol>``/``<ul>``: the marker its next item gets."""

    ordered: bool
    number: int = 1
    style: str = "1"

    def next_marker(self) -> str:
        if not self.ordered:
            return "- "
        marker = _list_number(self.number, self.style)
        self.number += 1
        return f"{marker}. "


def _names_font(tag: str, attrs: dict[str, str]) -> bool:
    """Whether the element names its font itself (inline, or ``<font face>``): it beats rules."""
    return "font-family" in attrs.get("style", "").lower() or (tag == "font" and "face" in attrs)


def _list_number(number: int, style: str) -> str:
    """``number`` in an ``<ol type>`` style: 1, a, A (up to 26), i, I (up to 39), else decimal."""
    if style in ("a", "A") and 1 <= number <= 26:
        letter = letters(number)
        return letter.upper() if style == "A" else letter
    if style in ("i", "I") and 1 <= number < 40:
        numeral = roman(number)
        return numeral if style == "I" else numeral.lower()
    return str(number)


class _PageBuilder(HTMLParser):
    """Turns ``html.parser`` events into blocks (see ``docs/formats/html.md``)."""

    def __init__(self, guess_furniture: bool = True) -> None:
        """``guess_furniture`` hides what looks like menus, sidebars and footers by its names."""
        super().__init__(convert_charrefs=True)
        self.guess_furniture = guess_furniture
        self.shown_chars = 0
        self.guessed_chars = 0  # the text hidden only because it looked like furniture
        self.body = Flow()
        self.stack: list[OpenElement] = []
        self.counts: dict[str, int] = {}
        self.tables: list[TableDraft] = []
        self.lists: list[_ListState] = []
        self.skipping = False  # inside Word's <![if !supportMisalignedColumns]> spacer row
        self.list_markers = True  # False when the page's style sheet draws no list markers
        self.legacy: set[str] = set()  # legacy font encodings whose text was converted
        self.font_rules: FontRules = {}  # legacy fonts the style sheet sets by tag or class

    # Where things go -------------------------------------------------------------------

    @property
    def top(self) -> OpenElement:
        return self.stack[-1] if self.stack else ROOT

    @property
    def flow(self) -> Flow:
        """The innermost open cell's flow, else the flow around the innermost table, else the body.

        Text between a table's cells goes to the flow around it, as browsers show it.
        """
        if not self.tables:
            return self.body
        table = self.tables[-1]
        return table.cell.flow if table.cell is not None else table.parent

    # Events ----------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            return
        if self.counts.get("head") and tag not in _HEAD_TAGS:
            self._pop_through("head")  # a body tag ends a head left open, as in browsers
        if tag in _VOID:
            self._void(tag)
            return
        self._implied_ends(tag)
        if tag in _BLOCKS and not self.top.hidden:
            self.flow.flush()
        if len(self.stack) >= MAX_OPEN_ELEMENTS:
            return
        values = element_attrs(attrs)
        element = open_element(tag, values, self.top, self.guess_furniture)
        if self.font_rules and not _names_font(tag, values):
            found, font = rule_font(tag, values.get("class", ""), self.font_rules)
            element.font = font if found else element.font
        self.stack.append(element)
        self.counts[tag] = self.counts.get(tag, 0) + 1
        if not element.hidden:
            element.active = self._open_structure(tag, values)
            if element.tab_stop:
                self.flow.add_tab()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            return
        if not self.counts.get(tag):
            if tag == "br" and not self.top.hidden:  # browsers read a stray </br> as <br>
                self.flow.add_break()
            elif tag == "p" and not self.top.hidden:
                self.flow.flush()
            return
        self._pop_through(tag)

    def handle_data(self, data: str) -> None:
        element = self.top
        if element.tag == "style":
            if _NO_LIST_MARKERS.search(data):
                self.list_markers = False
            self.font_rules.update(stylesheet_fonts(data))
        if self.skipping:
            return
        if element.hidden:
            self.guessed_chars += len(data.strip()) if element.guessed else 0
            return
        self.shown_chars += len(data.strip())
        if element.font is not None:
            data = decode_legacy(data, element.font)
            self.legacy.add(element.font.encoding)
        self.flow.add_text(data, element)

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """Word's ``<![if …]>`` marks as ``html.parser`` reads them; any other ``<![…]>`` (which
        ``html.parser`` refuses with an AssertionError) is a bogus comment up to the next
        ``>``, as browsers read it."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    def unknown_decl(self, data: str) -> None:
        """Word's downlevel-revealed ``<![if …]>`` marks: kept content, except the spacer row."""
        condition = data.strip().lower()
        if condition.startswith("if") and "supportmisalignedcolumns" in condition:
            self.skipping = True
        elif condition.startswith("endif"):
            self.skipping = False

    def finish(self) -> list[Block]:
        """Close what is still open and return the document's blocks."""
        self.skipping = False
        while self.stack:
            self._closed(self.stack.pop())
        self.body.flush()
        return lines_apart(self.body.blocks)

    # Elements --------------------------------------------------------------------------

    def _void(self, tag: str) -> None:
        if self.top.hidden:
            return
        if tag == "br":
            self.flow.add_break()
        elif tag == "hr":
            self.flow.flush()

    def _implied_ends(self, tag: str) -> None:
        """End what HTML ends implicitly: a cell at the next cell, a row at the next row, an
        item at the next item, a paragraph at a block (only when one is open at all)."""
        if tag in ("td", "th") and self._any_open("td", "th"):
            self._pop_back_to(("td", "th"), ("tr", "table"))
        elif tag == "tr" and self._any_open("tr", "td", "th"):
            self._pop_back_to(("tr", "td", "th"), ("table",), lowest=True)
        elif tag == "li" and self._any_open("li"):
            self._pop_back_to(("li",), ("ul", "ol", "table", "td", "th"))
        # Not from inside a hidden box: its paragraphs would escape into the text (LibreOffice
        # writes a stamp floating over a cell as <p>…<span style="float…"><p>ĐÃ KÝ</p>).
        if tag in _CLOSES_P and self._any_open("p") and not self.top.hidden:
            self._pop_back_to(("p",), ("td", "th", "table", "li", "div", "blockquote"))

    def _any_open(self, *tags: str) -> bool:
        return any(self.counts.get(tag) for tag in tags)

    def _pop_back_to(
        self, targets: tuple[str, ...], stops: tuple[str, ...], lowest: bool = False
    ) -> None:
        """Pop the open elements down through the nearest ``targets`` element above any ``stops``
        one (the lowest such element when ``lowest``); nothing when there is none.

        The search looks at the top :data:`MAX_IMPLIED_SCAN` elements only: a cell
        under more unclosed inline elements than that is not ended implicitly,
        so hostile markup cannot make every tag scan the whole stack.
        """
        found = -1
        bottom = max(len(self.stack) - MAX_IMPLIED_SCAN, 0)
        for index in range(len(self.stack) - 1, bottom - 1, -1):
            tag = self.stack[index].tag
            if tag in targets:
                found = index
                if not lowest:
                    break
            elif tag in stops:
                break
        while found >= 0 and len(self.stack) > found:
            self._closed(self.stack.pop())

    def _pop_through(self, tag: str) -> None:
        """Pop the open elements down to and including the nearest ``tag`` (it is open)."""
        while self.stack:
            element = self.stack.pop()
            self._closed(element)
            if element.tag == tag:
                return

    def _closed(self, element: OpenElement) -> None:
        """An element ended: its count, and the paragraph, cell, row, table or list it closes."""
        self.counts[element.tag] -= 1
        if element.hidden:
            return
        tag = element.tag
        if element.floats:
            self.flow.add_space()  # a floated label stands apart from the text after it
        if element.active:
            self._close_structure(tag)
        if tag in _BLOCKS and tag != "table":
            self.flow.flush()

    # Tables and lists ------------------------------------------------------------------

    def _open_structure(self, tag: str, attrs: dict[str, str]) -> bool:
        """Open the table, row, cell, head or list ``tag`` starts; whether it opened one."""
        if tag == "table":
            return self._open_table(attrs)
        if tag in ("ol", "ul"):
            start = span_value(attrs.get("start")) if attrs.get("start") else 1
            self.lists.append(_ListState(tag == "ol", start, attrs.get("type", "1") or "1"))
            return True
        if tag == "li":
            self._list_item(attrs)
            return True
        if not self.tables:
            return False
        table = self.tables[-1]
        if tag == "thead":
            table.in_head += 1
            return True
        if tag == "tr":
            self._end_row(table)
            table.row = RowDraft(header=table.in_head > 0)
            return True
        if tag in ("td", "th"):
            self._open_cell(table, attrs)
            return True
        return False

    def _open_table(self, attrs: dict[str, str]) -> bool:
        if len(self.tables) >= MAX_TABLE_DEPTH:
            return False
        outer = self.tables[-1] if self.tables else None
        if outer is not None and outer.cell is None:  # a table straight in a table: a cell for it
            self._open_cell(outer, {})
        parent = self.flow
        parent.flush()
        self.tables.append(TableDraft(parent, draws_border(attrs, inline_style(attrs))))
        return True

    def _open_cell(self, table: TableDraft, attrs: dict[str, str]) -> None:
        self._end_cell(table)
        if table.row is None:
            table.row = RowDraft(header=table.in_head > 0)
        cell = CellDraft(Flow(), span_value(attrs.get("colspan")), span_value(attrs.get("rowspan")))
        table.row.cells.append(cell)
        table.cell = cell
        if table.first_cell_style is None:
            table.first_cell_style = inline_style(attrs)
            table.bordered = table.bordered or draws_border({}, table.first_cell_style)

    def _list_item(self, attrs: dict[str, str]) -> None:
        if not self.lists or not self.list_markers:
            return
        state = self.lists[-1]
        if attrs.get("value", "").strip().isdigit():
            state.number = int(attrs["value"])
        self.flow.add_marker(state.next_marker())

    def _close_structure(self, tag: str) -> None:
        if tag == "li":
            self.flow.add_marker("")  # an item that showed no text leaves no marker behind
            return
        if tag in ("ol", "ul"):
            if self.lists:
                self.lists.pop()
            return
        if tag == "table":
            self._close_table()
            return
        if not self.tables:
            return
        table = self.tables[-1]
        if tag == "thead":
            table.in_head -= 1
        elif tag == "tr":
            self._end_row(table)
        else:
            self._end_cell(table)

    def _end_cell(self, table: TableDraft) -> None:
        if table.cell is not None:
            table.cell.flow.flush()
            table.cell = None

    def _end_row(self, table: TableDraft) -> None:
        self._end_cell(table)
        if table.row is not None and table.row.cells:
            table.rows.append(table.row)
        table.row = None

    def _close_table(self) -> None:
        table = self.tables.pop()
        self._end_row(table)
        table.parent.flush()  # text met between the cells goes before the table, as browsers put it
        table.parent.blocks.extend(table_blocks(table.rows, table.bordered))
