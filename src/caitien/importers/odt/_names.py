"""OpenDocument namespaces, element and attribute names the ODT reader compares tags with."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
DRAW_NS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
FO_NS = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
MANIFEST_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _clark(namespace: str) -> Callable[[str], str]:
    """The function naming a local name in ``namespace`` in Clark notation (``{ns}local``)."""
    return f"{{{namespace}}}".__add__


office, style, text = _clark(OFFICE_NS), _clark(STYLE_NS), _clark(TEXT_NS)
table, draw, fo = _clark(TABLE_NS), _clark(DRAW_NS), _clark(FO_NS)


P, H, SPAN, S, TAB, LINE_BREAK = (
    text(name) for name in ("p", "h", "span", "s", "tab", "line-break")
)
LIST, LIST_ITEM, LIST_HEADER, NUMBER = (
    text(name) for name in ("list", "list-item", "list-header", "number")
)
CHANGE_START, CHANGE_END, TRACKED_CHANGES = (
    text(name) for name in ("change-start", "change-end", "tracked-changes")
)
CHANGED_REGION, DELETION, TEXT_ID = text("changed-region"), text("deletion"), text("id")
NUMBERED_PARAGRAPH = text("numbered-paragraph")
SECTION, HIDDEN_TEXT, HIDDEN_PARAGRAPH = (
    text(name) for name in ("section", "hidden-text", "hidden-paragraph")
)
TABLE, ROW, CELL, COVERED_CELL, COLUMN = (
    table(name)
    for name in ("table", "table-row", "table-cell", "covered-table-cell", "table-column")
)
HEADER_ROWS = table("table-header-rows")
# Row and column groups whose children are rows or columns like the table's own.
ROW_GROUPS = frozenset(table(name) for name in ("table-rows", "table-row-group"))
COLUMN_GROUPS = frozenset(
    table(name) for name in ("table-columns", "table-column-group", "table-header-columns")
)
FRAME, TEXT_BOX, GROUP, DRAW_LINK = draw("frame"), draw("text-box"), draw("g"), draw("a")
# Shapes that may carry text paragraphs of their own (draw:frame holds a draw:text-box instead).
SHAPES = frozenset(
    draw(name)
    for name in (
        "custom-shape",
        "rect",
        "ellipse",
        "circle",
        "polygon",
        "regular-polygon",
        "polyline",
        "path",
        "caption",
        "line",
        "connector",
        "measure",
    )
)
# Inline content that shows nothing of its text on the page, or none that belongs to the plan.
SKIPPED_INLINE = frozenset(
    {
        text("note"),
        office("annotation"),
        office("annotation-end"),
        text("ruby-text"),
        text("tracked-changes"),
    }
)
# Block containers read for their paragraphs and tables (a table of contents' body included).
BLOCK_WRAPPERS = frozenset(
    text(name)
    for name in (
        "section",
        "index-body",
        "index-title",
        "table-of-content",
        "illustration-index",
        "table-index",
        "object-index",
        "user-index",
        "alphabetical-index",
        "bibliography",
    )
)
STYLE_NAME, TABLE_STYLE_NAME = text("style-name"), table("style-name")
FAMILY, NAME, PARENT = style("family"), style("name"), style("parent-style-name")
LIST_STYLE_NAME = style("list-style-name")
OUTLINE_LEVEL, LEVEL, START_VALUE = text("outline-level"), text("level"), text("start-value")
ANCHOR_TYPE = text("anchor-type")
DISPLAY = text("display")
IS_HIDDEN = text("is-hidden")
# Repeats and spans are clamped: Word allows 63 columns, and a few bytes must not ask for
# millions of rows.
MAX_COLUMNS = 64
MAX_ROWS = 1000
MAX_SPACES = 1000
