"""Walk a Word body once and turn its paragraphs and tables into the raw-structure IR.

The walk reads the lxml tree directly (python-docx's proxies are too slow cell by
cell). What each WordprocessingML structure becomes is documented in
``docs/formats/docx.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from caitien.importers._document import Block, Cell, Paragraph, Row, Table, cell_texts
from caitien.importers.word._elements import (
    ALTERNATE,
    BLOCK_WRAPPERS,
    BR,
    BR_TYPE,
    GRID_COL,
    INLINE_WRAPPERS,
    PLAIN_PARAGRAPH_CHILDREN,
    PLAIN_RUN_CHILDREN,
    PPR,
    RPR,
    RSTYLE,
    RUN_FLAGS,
    RUN_TEXT,
    SDT,
    SDT_CONTENT,
    SHAPES,
    SYM,
    SYM_CHAR,
    TBL,
    TBL_BORDERS,
    TBL_GRID,
    TBL_STYLE,
    TBLPR,
    TC,
    TCPR,
    TR,
    P,
    R,
    T,
    cell_props,
    children,
    first_child,
    first_choice,
    first_of,
    hides,
    is_floating,
    is_frame,
    paragraph_props,
    row_props,
    symbol_text,
    text_boxes,
)
from caitien.importers.word._plain import PlainTable, plain_rows
from caitien.importers.word._styles import BORDER_SIDES, StyleProps, visible_borders
from caitien.importers.word._xml import OFF_VALUES, VAL, W_NS

if TYPE_CHECKING:
    from caitien.importers.word._numbering import Numbering
    from caitien.importers.word._styles import Styles


class _NotPlain:
    """The type of :data:`NOT_PLAIN`."""


# What the fast cell-paragraph path returns when the paragraph needs the full walk.
NOT_PLAIN = _NotPlain()
# A run without a character style: inherits nothing from one.
_NO_STYLE = StyleProps()


def _flag(own: bool | None, char: bool | None, paragraph: bool | None) -> bool:
    """A run flag: the run's own value, else its character style's, else its paragraph's."""
    if own is not None:
        return own
    return bool(paragraph if char is None else char)


class _Text:
    """What one paragraph's runs produced: text pieces, style flags, text boxes met on the way."""

    __slots__ = ("bold", "boxes", "italic", "parts", "visible")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.bold = True
        self.italic = True
        self.visible = False
        self.boxes: list[etree._Element] = []


class BodyWalker:
    """Turns WordprocessingML containers (body, cells, text boxes) into IR blocks."""

    def __init__(self, styles: Styles, numbering: Numbering) -> None:
        """Use ``styles`` for inherited formatting and ``numbering`` for list markers."""
        self.styles = styles
        self.numbering = numbering
        # What the package can hold at all: when a feature is absent from its bytes,
        # the fast cell path skips looking for it paragraph by paragraph.
        self.hidden_possible = True
        self.lists_possible = True

    def body_blocks(
        self, body: etree._Element, hidden_possible: bool = True, lists_possible: bool = True
    ) -> list[Block]:
        """The blocks of a document body.

        ``hidden_possible`` / ``lists_possible`` are False when the package holds
        no ``w:vanish`` / ``w:numPr`` at all (a byte search by the caller).
        """
        self.hidden_possible = hidden_possible
        self.lists_possible = lists_possible
        return self.blocks(body)

    # Block level ------------------------------------------------------------

    def blocks(self, container: etree._Element) -> list[Block]:
        """The paragraphs and tables of ``container`` in document order."""
        out: list[Block] = []
        for child in container:
            out.extend(self._block(child))
        return out

    def _block(self, child: etree._Element) -> list[Block]:
        """The blocks one child of a container stands for (none for properties, bookmarks…)."""
        tag = child.tag
        if tag == P:
            return self._paragraph_blocks(child)
        if tag == TBL:
            return self.table(child)
        if tag == SDT:
            content = child.find(SDT_CONTENT)
            return self.blocks(content) if content is not None else []
        if tag in BLOCK_WRAPPERS:
            return self.blocks(child)
        if tag == ALTERNATE:
            choice = first_choice(child)
            return self.blocks(choice) if choice is not None else []
        return []

    def _paragraph_blocks(self, element: etree._Element, in_cell: bool = False) -> list[Block]:
        """A paragraph and the blocks of its text boxes (in a cell: of its inline ones only)."""
        paragraph, boxes = self.paragraph(element)
        out: list[Block] = [paragraph] if paragraph is not None else []
        for box in boxes:
            if not (in_cell and is_floating(box)):
                out.extend(self.blocks(box))
        return out

    # Paragraphs -------------------------------------------------------------

    def paragraph(self, element: etree._Element) -> tuple[Paragraph | None, list[etree._Element]]:
        """One ``w:p``: the paragraph (``None`` when it shows no text) and its text boxes."""
        ppr = first_child(element, PPR)
        style_id, num, jc = paragraph_props(ppr) if ppr is not None else (None, None, None)
        style = self.styles.resolve(style_id, "paragraph")
        collected = _Text()
        self._inline(element, collected, style)
        text = "".join(collected.parts).rstrip()  # trailing breaks and tabs are layout
        if not text.strip():
            return None, collected.boxes
        marker = self._marker(num, style)
        paragraph = Paragraph(
            text=marker + text if marker and not text.startswith(marker) else text,
            bold=collected.visible and collected.bold,
            italic=collected.visible and collected.italic,
            centered=jc == "center" if jc is not None else bool(style.centered),
        )
        return paragraph, collected.boxes

    def _marker(self, num: tuple[str | None, int | None] | None, style: StyleProps) -> str:
        """The list marker of a paragraph whose own ``w:numPr`` is ``num`` (over its style's)."""
        inherited = style.num or ("0", 0)
        if num is None:
            return self.numbering.marker(*style.num) if style.num else ""
        num_id = num[0] if num[0] is not None else inherited[0]
        level = num[1] if num[1] is not None else inherited[1]
        return self.numbering.marker(num_id, level)

    def _inline(self, element: etree._Element, out: _Text, style: StyleProps) -> None:
        for child in element:
            tag = child.tag
            if tag == R:
                self._run(child, out, style)
            elif tag in INLINE_WRAPPERS:
                self._inline(child, out, style)
            elif tag == SDT:
                content = child.find(SDT_CONTENT)
                if content is not None:
                    self._inline(content, out, style)
            elif tag == ALTERNATE:
                choice = first_choice(child)
                if choice is not None:
                    self._inline(choice, out, style)

    def _run_props(self, rpr: etree._Element | None, style: StyleProps) -> tuple[bool, bool, bool]:
        """(bold, italic, hidden) of a run: own, character style's, paragraph's."""
        if rpr is None:
            return bool(style.bold), bool(style.italic), bool(style.hidden)
        own: dict[str, bool] = {}
        char = _NO_STYLE
        for child in rpr:  # one pass: this runs for every run of the document
            tag = child.tag
            flag = RUN_FLAGS.get(tag)
            if flag is not None:
                own[flag] = child.get(VAL, "true").lower() not in OFF_VALUES
            elif tag == RSTYLE:
                char = self.styles.resolve(child.get(VAL), "character")
        if not own and char is _NO_STYLE:  # fonts, sizes, languages: the paragraph decides
            return bool(style.bold), bool(style.italic), bool(style.hidden)
        return (
            _flag(own.get("bold"), char.bold, style.bold),
            _flag(own.get("italic"), char.italic, style.italic),
            _flag(own.get("hidden"), char.hidden, style.hidden),
        )

    def _run(self, run: etree._Element, out: _Text, style: StyleProps) -> None:
        pieces: list[str] = []
        rpr: etree._Element | None = None
        for child in run:
            tag = child.tag
            if tag == T:
                pieces.append(child.text or "")
            elif tag == RPR and rpr is None and child is run[0]:
                rpr = child  # only a leading w:rPr counts, as first_child reads it
            elif tag in RUN_TEXT:
                pieces.append(RUN_TEXT[tag])
            elif tag == BR:
                if child.get(BR_TYPE, "textWrapping") == "textWrapping":
                    pieces.append("\n")
            elif tag == SYM:
                pieces.append(symbol_text(child.get(SYM_CHAR, "")))
            elif tag in SHAPES:
                out.boxes.extend(text_boxes(child))
        if not pieces:
            return
        bold, italic, hidden = self._run_props(rpr, style)
        if hidden:
            return
        out.parts.extend(pieces)
        if "".join(pieces).strip():
            out.visible = True
            out.bold = out.bold and bold
            out.italic = out.italic and italic

    # Tables -----------------------------------------------------------------

    def table(self, element: etree._Element) -> list[Block]:
        """One ``w:tbl`` as a :class:`Table`, or its content when it only frames other tables."""
        plain = self._plain_rows(element)
        if plain is None:
            trs = list(children(element, TR))
            if is_frame(trs):
                return [block for tr in trs for tc in children(tr, TC) for block in self.blocks(tc)]
            rows = [self._row(tr) for tr in trs]
            cells = None
        else:
            rows, cells = plain.rows, plain.cells
        # first_of and a count by tag, not find/findall: ElementPath costs more per call.
        grid = first_of(element, TBL_GRID)
        grid_columns = sum(child.tag == GRID_COL for child in grid) if grid is not None else 0
        widest = max((cell.column + cell.span for row in rows for cell in row.cells), default=0)
        columns = max(grid_columns, widest)
        # The vote costs a count over every cell and nothing in the mapping reads
        # it: the table tells it when asked (it keeps the element alive till then).
        return [Table(rows=rows, columns=columns, bordered=lambda: self._bordered(element, cells))]

    def _plain_rows(self, element: etree._Element) -> PlainTable | None:
        """The table's rows read in one pass when its cells are plain, else ``None``.

        Hidden text needs each run's properties, so a body that can hold any
        is always walked the exact way.
        """
        if self.hidden_possible:
            return None
        return plain_rows(element, self.with_marker if self.lists_possible else None)

    def _row(self, tr: etree._Element) -> Row:
        column, header = row_props(tr)
        cells: list[Cell] = []
        for tc in children(tr, TC):
            tcpr = first_child(tc, TCPR)
            span, v_merge, h_merge = cell_props(tcpr) if tcpr is not None else (1, None, None)
            if h_merge == "continue" and cells:
                cells[-1].span += span  # legacy horizontal merge: widen the cell on the left
            else:
                continued = v_merge == "continue"
                cells.append(Cell(self._cell_paragraphs(tc), column, span, continued))
            column += span
        return Row(cells=cells, repeated_header=header)

    def _cell_paragraphs(self, container: etree._Element) -> list[str]:
        """The texts of a cell's paragraphs; nested tables are flattened row by row."""
        texts: list[str] = []
        for child in container:
            tag = child.tag
            if tag == P:
                text = self._plain_text(child)
                if isinstance(text, str):
                    texts.append(text)
                if text is not NOT_PLAIN:
                    continue
            elif tag == TCPR:
                continue
            blocks = self._paragraph_blocks(child, in_cell=True) if tag == P else self._block(child)
            texts.extend(cell_texts(blocks))
        return texts

    def _plain_text(self, element: etree._Element) -> str | _NotPlain | None:
        """A cell paragraph's text without formatting (cells keep none).

        :data:`NOT_PLAIN` when the paragraph needs the full walk (see
        :meth:`_plain_pieces`); ``None`` when it shows no text.
        """
        if self.hidden_possible and self._paragraph_style(element)[1].hidden:
            return NOT_PLAIN  # every run without its own setting is hidden
        pieces = self._plain_pieces(element)
        if pieces is None:
            return NOT_PLAIN
        text = "".join(pieces).rstrip()
        if not text:
            return None
        return self.with_marker(element, text) if self.lists_possible else text

    def with_marker(self, element: etree._Element, text: str) -> str:
        """``text`` of the paragraph ``element`` behind the list marker it shows, if any."""
        num, style = self._paragraph_style(element)
        marker = self._marker(num, style)
        return marker + text if marker and not text.startswith(marker) else text

    def _paragraph_style(
        self, element: etree._Element
    ) -> tuple[tuple[str | None, int | None] | None, StyleProps]:
        """A paragraph's own ``w:numPr`` (or ``None``) and its resolved paragraph style."""
        ppr = first_child(element, PPR)
        style_id, num, _ = paragraph_props(ppr) if ppr is not None else (None, None, None)
        return num, self.styles.resolve(style_id, "paragraph")

    def _plain_pieces(self, element: etree._Element) -> list[str] | None:
        """The text pieces of a paragraph of plain runs; ``None`` for anything else.

        Anything else is wrappers, fields, shapes, text boxes, and hidden text when
        the package can hold any: the full walk resolves those. The runs are read
        in this one loop, with no call per run: it runs for every cell paragraph.
        """
        pieces: list[str] = []
        append = pieces.append
        hidden_possible = self.hidden_possible
        for child in element:
            tag = child.tag
            if tag != R:
                if tag not in PLAIN_PARAGRAPH_CHILDREN:
                    return None
                continue
            for node in child:
                tag = node.tag
                if tag == T:
                    append(node.text or "")
                elif tag == RPR:
                    if hidden_possible and hides(node):
                        return None
                elif tag in RUN_TEXT:
                    append(RUN_TEXT[tag])
                elif tag != BR and tag not in PLAIN_RUN_CHILDREN:
                    return None
                elif tag == BR and node.get(BR_TYPE, "textWrapping") == "textWrapping":
                    append("\n")
        return pieces

    def _bordered(self, element: etree._Element, cells: int | None) -> bool:
        """Whether the table draws lines: its own borders, else its style's, else its cells'.

        ``cells`` is the number of ``w:tc`` in the table when the one pass counted
        them, ``None`` to count them here.
        """
        tblpr = first_of(element, TBLPR)
        own = visible_borders(first_of(tblpr, TBL_BORDERS)) if tblpr is not None else None
        if own:
            return True
        style_ref = first_of(tblpr, TBL_STYLE) if tblpr is not None else None
        if (
            own is None
            and style_ref is not None
            and self.styles.resolve(style_ref.get(VAL), "table").bordered
        ):
            return True
        # LibreOffice and some templates draw borders cell by cell instead.
        if cells is None:
            cells = sum(1 for _ in element.iter(TC))
            drawn = _DRAWN_CELLS(element)
        else:  # read in one pass: no nested tables, every cell directly in a row
            drawn = _DRAWN_CELLS_IN_ROWS(element)
        return cells > 0 and int(drawn) * 2 >= cells


# The cells (nested tables' included) whose properties draw a border line: counted
# in C, because LibreOffice writes borders on every cell and reading each side's
# element from Python cost more than the rest of a cell.
_LINE = "[@w:val != 'nil' and @w:val != 'none']"
_DRAWN = "w:tcPr/w:tcBorders[" + " or ".join(f"w:{side}{_LINE}" for side in BORDER_SIDES) + "]"
_DRAWN_CELLS = etree.XPath(f"count(.//w:tc/{_DRAWN})", namespaces={"w": W_NS})
_DRAWN_CELLS_IN_ROWS = etree.XPath(f"count(w:tr/w:tc/{_DRAWN})", namespaces={"w": W_NS})
