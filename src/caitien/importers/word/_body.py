"""Walk a Word body once and turn its paragraphs and tables into the raw-structure IR.

The walk reads the lxml tree directly (python-docx's proxies are too slow cell by
cell). What each WordprocessingML structure becomes is documented in
``docs/formats/docx.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from caitien.importers._document import Block, Cell, Paragraph, Row, Table
from caitien.importers.word._styles import StyleProps, visible_borders
from caitien.importers.word._xml import MC_NS, OFF_VALUES, VAL, int_val, is_on, w

if TYPE_CHECKING:
    from lxml import etree

    from caitien.importers.word._numbering import Numbering
    from caitien.importers.word._styles import Styles

P, R, T, TBL, TR, TC = w("p"), w("r"), w("t"), w("tbl"), w("tr"), w("tc")
TAB, BR, CR = w("tab"), w("br"), w("cr")
PPR, RPR, TCPR, TRPR, TBLPR = w("pPr"), w("rPr"), w("tcPr"), w("trPr"), w("tblPr")
SDT, SDT_CONTENT = w("sdt"), w("sdtContent")
TXBX = w("txbxContent")
ALTERNATE, CHOICE = f"{{{MC_NS}}}AlternateContent", f"{{{MC_NS}}}Choice"
# Inline wrappers whose children are runs shown on the page.
INLINE_WRAPPERS = frozenset(
    w(name)
    for name in ("hyperlink", "ins", "fldSimple", "smartTag", "customXml", "moveTo", "dir", "bdo")
)
BLOCK_WRAPPERS = frozenset({w("customXml"), w("ins"), w("moveTo")})
# Run children that carry shapes, where text boxes live.
SHAPES = frozenset({w("drawing"), w("pict"), w("object"), ALTERNATE})
RUN_TEXT = {
    TAB: "\t",
    CR: "\n",
    w("noBreakHyphen"): "-",
    w("softHyphen"): "",
    w("ptab"): "\t",
}
# Word allows 63 columns; a crafted span must not make the mapping build a huge grid.
MAX_COLUMNS = 64
RUN_FLAGS: dict[object, str] = {w("b"): "bold", w("i"): "italic", w("vanish"): "hidden"}
RSTYLE, BR_TYPE, VANISH = w("rStyle"), w("type"), w("vanish")
SYM, SYM_CHAR = w("sym"), w("char")
P_STYLE, JC, NUM_PR, NUM_ID, ILVL = w("pStyle"), w("jc"), w("numPr"), w("numId"), w("ilvl")
# What plain paragraphs and runs hold besides text; anything else takes the full walk.
PLAIN_PARAGRAPH_CHILDREN = frozenset(
    {PPR}
    | {w(name) for name in ("bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd")}
)
PLAIN_RUN_CHILDREN = frozenset(
    {T, BR, RPR, *RUN_TEXT}
    | {w(name) for name in ("lastRenderedPageBreak", "footnoteReference", "annotationRef")}
)
GRID_SPAN, V_MERGE, H_MERGE = w("gridSpan"), w("vMerge"), w("hMerge")
GRID_BEFORE, TBL_HEADER, TC_BORDERS = w("gridBefore"), w("tblHeader"), w("tcBorders")


def _flag(own: dict[str, bool], name: str, char: StyleProps | None, style: StyleProps) -> bool:
    """A run flag: the run's own value, else its character style's, else its paragraph's."""
    if name in own:
        return own[name]
    inherited = getattr(char, name) if char is not None else None
    return bool(getattr(style, name) if inherited is None else inherited)


@dataclass
class _Text:
    """What one paragraph's runs produced: text pieces, style flags, text boxes met on the way."""

    parts: list[str] = field(default_factory=list)
    bold: bool = True
    italic: bool = True
    visible: bool = False
    boxes: list[etree._Element] = field(default_factory=list)


def _choice(alternate: etree._Element) -> etree._Element | None:
    """The first ``mc:Choice`` of an ``mc:AlternateContent`` (its fallback repeats the content)."""
    return alternate.find(CHOICE)


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
            choice = _choice(child)
            return self.blocks(choice) if choice is not None else []
        return []

    def _paragraph_blocks(self, element: etree._Element) -> list[Block]:
        paragraph, boxes = self.paragraph(element)
        out: list[Block] = [paragraph] if paragraph is not None else []
        for box in boxes:
            out.extend(self.blocks(box))
        return out

    # Paragraphs -------------------------------------------------------------

    def paragraph(self, element: etree._Element) -> tuple[Paragraph | None, list[etree._Element]]:
        """One ``w:p``: the paragraph (``None`` when it shows no text) and its text boxes."""
        ppr = _first(element, PPR)
        style_id, num, jc = _paragraph_props(ppr) if ppr is not None else (None, None, None)
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
                choice = _choice(child)
                if choice is not None:
                    self._inline(choice, out, style)

    def _run_props(self, rpr: etree._Element | None, style: StyleProps) -> tuple[bool, bool, bool]:
        """(bold, italic, hidden) of a run: own, character style's, paragraph's."""
        if rpr is None:
            return bool(style.bold), bool(style.italic), bool(style.hidden)
        own: dict[str, bool] = {}
        char: StyleProps | None = None
        for child in rpr:  # one pass: this runs for every run of the document
            flag = RUN_FLAGS.get(child.tag)
            if flag is not None:
                own[flag] = child.get(VAL, "true").lower() not in OFF_VALUES
            elif child.tag == RSTYLE:
                char = self.styles.resolve(child.get(VAL), "character")
        return (
            _flag(own, "bold", char, style),
            _flag(own, "italic", char, style),
            _flag(own, "hidden", char, style),
        )

    def _run(self, run: etree._Element, out: _Text, style: StyleProps) -> None:
        pieces: list[str] = []
        for child in run:
            tag = child.tag
            if tag == T:
                pieces.append(child.text or "")
            elif tag in RUN_TEXT:
                pieces.append(RUN_TEXT[tag])
            elif tag == BR:
                if child.get(BR_TYPE, "textWrapping") == "textWrapping":
                    pieces.append("\n")
            elif tag == SYM:
                pieces.append(symbol_text(child.get(SYM_CHAR, "")))
            elif tag in SHAPES:
                out.boxes.extend(_text_boxes(child))
        if not pieces:
            return
        bold, italic, hidden = self._run_props(_first(run, RPR), style)
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
        trs = list(_children(element, TR))
        if _is_frame(trs):
            return [block for tr in trs for tc in _children(tr, TC) for block in self.blocks(tc)]
        rows = [self._row(tr) for tr in trs]
        grid = element.find(w("tblGrid"))
        grid_columns = len(grid.findall(w("gridCol"))) if grid is not None else 0
        widest = max((cell.column + cell.span for row in rows for cell in row.cells), default=0)
        columns = max(grid_columns, widest)
        return [Table(rows=rows, columns=columns, bordered=self._bordered(element))]

    def _row(self, tr: etree._Element) -> Row:
        column, header = _row_props(tr)
        cells: list[Cell] = []
        for tc in _children(tr, TC):
            tcpr = _first(tc, TCPR)
            span, v_merge, h_merge = _cell_props(tcpr) if tcpr is not None else (1, None, None)
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
            if child.tag == P:
                handled, text = self._plain_text(child)
                if handled:
                    if text is not None:
                        texts.append(text)
                    continue
            for block in self._block(child):
                if isinstance(block, Paragraph):
                    texts.append(block.text)
                else:
                    texts.extend(
                        text for row in block.rows for cell in row.cells for text in cell.paragraphs
                    )
        return texts

    def _plain_text(self, element: etree._Element) -> tuple[bool, str | None]:
        """A cell paragraph's text without formatting (cells keep none): ``(handled, text)``.

        Walks runs directly; gives up (``handled`` False, so the full walk runs)
        on anything but plain runs: wrappers, fields, shapes, text boxes. The
        text is ``None`` when the paragraph shows none.
        """
        pieces: list[str] = []
        for child in element:
            tag = child.tag
            if tag == R:
                if not self._plain_run(child, pieces):
                    return False, None
            elif tag not in PLAIN_PARAGRAPH_CHILDREN:
                return False, None
        text = "".join(pieces).rstrip()
        if not text.strip():
            return True, None
        if not self.lists_possible:
            return True, text
        ppr = _first(element, PPR)
        style_id, num, _ = _paragraph_props(ppr) if ppr is not None else (None, None, None)
        marker = self._marker(num, self.styles.resolve(style_id, "paragraph"))
        return True, (marker + text if marker and not text.startswith(marker) else text)

    def _plain_run(self, run: etree._Element, pieces: list[str]) -> bool:
        """Append a plain run's text to ``pieces``; False when the run holds more than text."""
        start = len(pieces)
        for node in run:
            tag = node.tag
            if tag == T:
                pieces.append(node.text or "")
            elif tag in RUN_TEXT:
                pieces.append(RUN_TEXT[tag])
            elif tag == BR:
                if node.get(BR_TYPE, "textWrapping") == "textWrapping":
                    pieces.append("\n")
            elif tag == RPR:
                if self.hidden_possible and _hides(node):
                    return False  # let the full walk resolve hidden text with its styles
            elif tag in SHAPES or tag not in PLAIN_RUN_CHILDREN:
                del pieces[start:]
                return False
        return True

    def _bordered(self, element: etree._Element) -> bool:
        tblpr = element.find(TBLPR)
        own = visible_borders(tblpr.find(w("tblBorders"))) if tblpr is not None else None
        if own:
            return True
        style_ref = tblpr.find(w("tblStyle")) if tblpr is not None else None
        if (
            own is None
            and style_ref is not None
            and self.styles.resolve(style_ref.get(VAL), "table").bordered
        ):
            return True
        # LibreOffice and some templates draw borders cell by cell instead.
        cells = list(element.iter(TC))
        drawn = sum(bool(visible_borders(_cell_borders(tc))) for tc in cells)
        return bool(cells) and drawn * 2 >= len(cells)


def symbol_text(code: str) -> str:
    """The character a ``w:sym`` shows: Symbol/Wingdings codes F020–F07F are ASCII, others "•".

    Schools insert dashes, plus signs and bullets with Insert → Symbol; the
    private-use code points mean nothing outside the symbol font.
    """
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    if 0xF020 <= value < 0xF080:
        return chr(value - 0xF000)
    if value >= 0xF000 or value < 0x20:
        return "•"
    return chr(value)


def _hides(rpr: etree._Element) -> bool:
    """True when run properties hide the run, directly or through a character style."""
    return any(child.tag in (VANISH, RSTYLE) for child in rpr)


def _cell_borders(tc: etree._Element) -> etree._Element | None:
    tcpr = _first(tc, TCPR)
    return _first_of(tcpr, TC_BORDERS) if tcpr is not None else None


def _first(element: etree._Element, tag: str) -> etree._Element | None:
    """The first child when it has ``tag``: where the schema puts ``w:pPr``, ``w:rPr``, ``w:tcPr``.

    Much cheaper than ``element.find``, which compiles a path on every call.
    """
    for child in element:
        return child if child.tag == tag else None
    return None


def _first_of(element: etree._Element, tag: str) -> etree._Element | None:
    """The first child with ``tag``, anywhere among the children."""
    for child in element:
        if child.tag == tag:
            return child
    return None


def _row_props(tr: etree._Element) -> tuple[int, bool]:
    """(grid columns skipped before the first cell, repeated-header flag) of a row."""
    skipped, header = 0, False
    trpr = _first_of(tr, TRPR)  # may follow w:tblPrEx
    for child in trpr if trpr is not None else ():
        if child.tag == GRID_BEFORE:
            skipped = min(max(int_val(child, 0), 0), MAX_COLUMNS)
        elif child.tag == TBL_HEADER:
            header = bool(is_on(child))
    return skipped, header


def _cell_props(tcpr: etree._Element) -> tuple[int, str | None, str | None]:
    """(span, vMerge, hMerge) of a cell; an empty merge element means ``continue``."""
    span, v_merge, h_merge = 1, None, None
    for child in tcpr:
        tag = child.tag
        if tag == GRID_SPAN:
            span = min(max(int_val(child, 1), 1), MAX_COLUMNS)
        elif tag == V_MERGE:
            v_merge = child.get(VAL, "continue")
        elif tag == H_MERGE:
            h_merge = child.get(VAL, "continue")
    return span, v_merge, h_merge


def _paragraph_props(
    ppr: etree._Element,
) -> tuple[str | None, tuple[str | None, int | None] | None, str | None]:
    """(style id, own (numId, ilvl) or ``None``, justification) of a paragraph, in one pass."""
    style_id = jc = None
    num: tuple[str | None, int | None] | None = None
    for child in ppr:
        tag = child.tag
        if tag == P_STYLE:
            style_id = child.get(VAL)
        elif tag == JC:
            jc = child.get(VAL)
        elif tag == NUM_PR:
            num_id = child.find(NUM_ID)
            level = child.find(ILVL)
            num = (
                num_id.get(VAL, "0") if num_id is not None else None,
                int_val(level, 0) if level is not None else None,
            )
    return style_id, num, jc


def _children(element: etree._Element, tag: str) -> list[etree._Element]:
    """Direct children with ``tag``, looking through content controls and custom XML wrappers."""
    found: list[etree._Element] = []
    for child in element:
        if child.tag == tag:
            found.append(child)
        elif child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                found.extend(_children(content, tag))
        elif child.tag in BLOCK_WRAPPERS:
            found.extend(_children(child, tag))
    return found


def _is_frame(trs: list[etree._Element]) -> bool:
    """True for a layout table: one cell per row, and tables inside it."""
    if not trs:
        return False
    cells = [_children(tr, TC) for tr in trs]
    if any(len(row) != 1 for row in cells):
        return False
    return any(tc.find(TBL) is not None for row in cells for tc in row)


def _text_boxes(shape: etree._Element) -> list[etree._Element]:
    """The outermost text-box contents inside a drawing, VML shape or alternate content."""
    if shape.tag == ALTERNATE:
        choice = _choice(shape)
        return _text_boxes_in(choice) if choice is not None else []
    return _text_boxes_in(shape)


def _text_boxes_in(element: etree._Element) -> list[etree._Element]:
    boxes: list[etree._Element] = []
    for box in element.iter(TXBX):
        if not _inside_box(box, element):
            boxes.append(box)
    return boxes


def _inside_box(box: etree._Element, limit: etree._Element) -> bool:
    """True when ``box`` sits in another text box below ``limit`` (it is read with that one)."""
    for parent in box.iterancestors():
        if parent is limit:
            return False
        if parent.tag == TXBX:
            return True
    return False
