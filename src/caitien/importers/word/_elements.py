"""WordprocessingML element names and small readers of single elements for the body walker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from caitien.importers.word._xml import MC_NS, VAL, int_val, is_on, w

if TYPE_CHECKING:
    from lxml import etree

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
GRID_BEFORE, TBL_HEADER = w("gridBefore"), w("tblHeader")
TBL_GRID, GRID_COL = w("tblGrid"), w("gridCol")
TBL_BORDERS, TBL_STYLE = w("tblBorders"), w("tblStyle")


def first_choice(alternate: etree._Element) -> etree._Element | None:
    """The first ``mc:Choice`` of an ``mc:AlternateContent`` (its fallback repeats the content)."""
    return alternate.find(CHOICE)


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


def hides(rpr: etree._Element) -> bool:
    """True when run properties hide the run, directly or through a character style."""
    return any(child.tag in (VANISH, RSTYLE) for child in rpr)


def first_child(element: etree._Element, tag: str) -> etree._Element | None:
    """The first child when it has ``tag``: where the schema puts ``w:pPr``, ``w:rPr``, ``w:tcPr``.

    Much cheaper than ``element.find``, which compiles a path on every call.
    """
    for child in element:
        return child if child.tag == tag else None
    return None


def first_of(element: etree._Element, tag: str) -> etree._Element | None:
    """The first child with ``tag``, anywhere among the children."""
    for child in element:
        if child.tag == tag:
            return child
    return None


def row_props(tr: etree._Element) -> tuple[int, bool]:
    """(grid columns skipped before the first cell, repeated-header flag) of a row."""
    skipped, header = 0, False
    trpr = first_of(tr, TRPR)  # may follow w:tblPrEx
    for child in trpr if trpr is not None else ():
        if child.tag == GRID_BEFORE:
            skipped = min(max(int_val(child, 0), 0), MAX_COLUMNS)
        elif child.tag == TBL_HEADER:
            header = bool(is_on(child))
    return skipped, header


def cell_props(tcpr: etree._Element) -> tuple[int, str | None, str | None]:
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


def paragraph_props(
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


def children(element: etree._Element, tag: str) -> list[etree._Element]:
    """Direct children with ``tag``, looking through content controls and custom XML wrappers."""
    found: list[etree._Element] = []
    for child in element:
        if child.tag == tag:
            found.append(child)
        elif child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                found.extend(children(content, tag))
        elif child.tag in BLOCK_WRAPPERS:
            found.extend(children(child, tag))
    return found


def is_frame(trs: list[etree._Element]) -> bool:
    """True for a layout table: one cell per row, and tables inside it."""
    if not trs:
        return False
    cells = [children(tr, TC) for tr in trs]
    if any(len(row) != 1 for row in cells):
        return False
    return any(tc.find(TBL) is not None for row in cells for tc in row)


def text_boxes(shape: etree._Element) -> list[etree._Element]:
    """The outermost text-box contents inside a drawing, VML shape or alternate content."""
    if shape.tag == ALTERNATE:
        choice = first_choice(shape)
        return _text_boxes_in(choice) if choice is not None else []
    return _text_boxes_in(shape)


WP_ANCHOR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}anchor"
VML_NS = "{urn:schemas-microsoft-com:vml}"


def is_floating(box: etree._Element) -> bool:
    """True when a text box floats over the page (an anchored drawing, an absolute VML shape).

    In a table cell such a box is a stamp or a note laid over the table ("ĐÃ
    KÝ"), not the cell's text; a box set inline with the text is.
    """
    for parent in box.iterancestors():
        tag = parent.tag
        if tag == WP_ANCHOR:
            return True
        if isinstance(tag, str) and tag.startswith(VML_NS):
            style = (parent.get("style") or "").replace(" ", "")
            if "position:absolute" in style:
                return True
        if tag in (P, TC):
            return False
    return False


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
