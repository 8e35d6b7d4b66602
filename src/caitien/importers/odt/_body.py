"""Walk ``office:text`` once and turn its paragraphs, lists and tables into the raw-structure IR.

What each OpenDocument structure becomes is documented in ``docs/formats/odt.md``;
the IR is the Word reader's, so both read a plan alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from caitien.importers._document import Block, Cell, Paragraph, Row, Table, cell_texts
from caitien.importers.odt._grid import (
    COLUMNS_REPEATED,
    count,
    declared_columns,
    is_frame,
    table_rows,
)
from caitien.importers.odt._lists import OUTLINE_CHAIN, ListCounters, marker
from caitien.importers.odt._names import (
    ANCHOR_TYPE,
    BLOCK_WRAPPERS,
    CELL,
    CHANGE_END,
    CHANGE_START,
    CHANGED_REGION,
    COVERED_CELL,
    DELETION,
    DISPLAY,
    DRAW_LINK,
    FRAME,
    GROUP,
    HIDDEN_PARAGRAPH,
    HIDDEN_TEXT,
    IS_HIDDEN,
    LINE_BREAK,
    LIST,
    LIST_HEADER,
    LIST_ITEM,
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_SPACES,
    NUMBER,
    NUMBERED_PARAGRAPH,
    OUTLINE_LEVEL,
    SECTION,
    SHAPES,
    SKIPPED_INLINE,
    SPAN,
    START_VALUE,
    STYLE_NAME,
    TAB,
    TABLE,
    TABLE_STYLE_NAME,
    TEXT_BOX,
    TEXT_ID,
    TRACKED_CHANGES,
    XML_ID,
    H,
    P,
    S,
    table,
    text,
)
from caitien.importers.odt._styles import StyleProps, merge
from caitien.importers.odt._text import ParagraphText, collapse

if TYPE_CHECKING:
    from lxml import etree

    from caitien.importers.odt._styles import Styles

_COUNT, _IS_LIST_HEADER = text("c"), text("is-list-header")
_RESTART = text("restart-numbering")
_COLUMNS_SPANNED, _ROWS_SPANNED = table("number-columns-spanned"), table("number-rows-spanned")
_ROWS_REPEATED = table("number-rows-repeated")
_STYLE_OVERRIDE = text("style-override")


@dataclass(frozen=True)
class _ListContext:
    """Where an item stands: its chain of counters, its depth (0-based) and the list's style."""

    chain: int
    depth: int
    style: str | None


class BodyWalker:
    """Turns ODF containers (the body, cells, list items, text boxes) into IR blocks."""

    def __init__(self, styles: Styles) -> None:
        """Use ``styles`` for formatting and list styles; counters start afresh."""
        self.styles = styles
        self.counters = ListCounters()
        self.repeats_left = MAX_ROWS  # copies of repeated rows the document may still ask for
        self.deletions: frozenset[str] = frozenset()
        # Tracked deletions whose text stands in the body between change marks, open now.
        self.deleting: set[str] = set()

    def body_blocks(self, body: etree._Element) -> list[Block]:
        """The blocks of ``office:text``, its tracked deletions known first."""
        self.deletions = frozenset(_deletions(body))
        return self.blocks(body)

    def blocks(self, container: etree._Element, in_cell: bool = False) -> list[Block]:
        """The paragraphs and tables of ``container`` in document order."""
        out: list[Block] = []
        for child in container:
            out.extend(self._block(child, in_cell))
        return out

    def _block(self, child: etree._Element, in_cell: bool) -> list[Block]:
        """The blocks one child of a container stands for (none for declarations, changes…)."""
        tag = child.tag
        if tag in (P, H):
            return self._paragraph_blocks(child, in_cell, None)
        if tag == TABLE:
            return self.table(child)
        if tag == LIST:
            return self._list(child, in_cell, None)
        if tag == NUMBERED_PARAGRAPH:  # ODF 1.2's list paragraph: its number is written in it
            shown = _written_number(child) or ""
            return [
                block
                for paragraph in child
                if paragraph.tag in (P, H)
                for block in self._paragraph_blocks(paragraph, in_cell, shown)
            ]
        if tag in BLOCK_WRAPPERS:
            return (
                []
                if tag == SECTION and child.get(DISPLAY) == "none"
                else self.blocks(child, in_cell)
            )
        if tag in (FRAME, GROUP, DRAW_LINK) or tag in SHAPES:
            return [
                block
                for box in self._boxes(child, None)
                if not (in_cell and box[1])
                for block in self.blocks(box[0], in_cell)
            ]
        return []

    # Lists ------------------------------------------------------------------

    def _list(
        self, element: etree._Element, in_cell: bool, outer: _ListContext | None
    ) -> list[Block]:
        """A ``text:list``: its items, each first paragraph behind the marker it shows."""
        style = element.get(STYLE_NAME) or (outer.style if outer is not None else None)
        if outer is None:
            context = _ListContext(self.counters.open_list(element, style), 0, style)
        else:
            context = _ListContext(outer.chain, outer.depth + 1, style)
        out: list[Block] = []
        for item in element:
            if item.tag in (LIST_ITEM, LIST_HEADER):
                out.extend(self._item(item, in_cell, context, numbered=item.tag == LIST_ITEM))
        return out

    def _item(
        self, item: etree._Element, in_cell: bool, context: _ListContext, numbered: bool
    ) -> list[Block]:
        """One list item: its first paragraph takes the marker, nested lists go one level down."""
        out: list[Block] = []
        written = _written_number(item)
        for child in item:
            tag = child.tag
            if tag in (P, H) and numbered:
                numbered = False
                shown = self._item_marker(child, context, item)
                shown = shown if written is None else written
                out.extend(self._paragraph_blocks(child, in_cell, shown))
            elif tag == LIST:
                numbered = False  # an item that opens with a nested list shows no number itself
                out.extend(self._list(child, in_cell, context))
            else:
                out.extend(self._block(child, in_cell))
        return out

    def _item_marker(
        self, paragraph: etree._Element, context: _ListContext, item: etree._Element
    ) -> str:
        """Count the item and return its marker, as LibreOffice shows it.

        The item counts in the list's style (the innermost list naming one), else in
        its paragraph style's list style; the marker is written in the item's
        ``text:style-override`` when it has one, else in that style.
        """
        own = self.styles.resolve(paragraph.get(STYLE_NAME), "paragraph").list_style
        counted = context.style or own
        levels = self.styles.list_style(counted)
        start = item.get(START_VALUE)
        restart = int(start) if start is not None and start.isdigit() else None
        counts = self.counters.advance((context.chain, counted), context.depth, levels, restart)
        override = item.get(_STYLE_OVERRIDE)
        shown = self.styles.list_style(override) if override else levels
        return marker(shown, context.depth, counts)

    def _outline_marker(self, heading: etree._Element) -> str:
        """The outline number of a ``text:h`` outside lists ("" when its level numbers nothing)."""
        level = heading.get(OUTLINE_LEVEL, "")
        if not self.styles.outline or not level.isdigit() or heading.get(_IS_LIST_HEADER) == "true":
            return ""
        depth = min(max(int(level), 1), 10) - 1
        start = heading.get(START_VALUE) if heading.get(_RESTART) == "true" else None
        restart = int(start) if start is not None and start.isdigit() else None
        counts = self.counters.advance((OUTLINE_CHAIN, None), depth, self.styles.outline, restart)
        return marker(self.styles.outline, depth, counts)

    # Paragraphs -------------------------------------------------------------

    def _paragraph_blocks(
        self, element: etree._Element, in_cell: bool, shown: str | None
    ) -> list[Block]:
        """A paragraph and the blocks of its text boxes (in a cell: of its inline ones only)."""
        paragraph, boxes = self.paragraph(element, shown)
        out: list[Block] = [paragraph] if paragraph is not None else []
        for box, floating in boxes:
            if not (in_cell and floating):
                out.extend(self.blocks(box, in_cell))
        return out

    def paragraph(
        self, element: etree._Element, shown: str | None = None
    ) -> tuple[Paragraph | None, list[tuple[etree._Element, bool]]]:
        """One ``text:p``/``text:h``: the paragraph (``None`` when it shows no text) and its boxes.

        ``shown`` is the list marker of a list item's first paragraph; ``None`` outside
        lists, where a heading takes its outline number.
        """
        props = self.styles.resolve(element.get(STYLE_NAME), "paragraph")
        if shown is None:
            shown = self._outline_marker(element) if element.tag == H else ""
        if not len(element) and not self.deleting and not props.hidden:
            return self._plain_paragraph(element, props, shown), []
        collected = ParagraphText(self.deleting)
        self._inline(element, collected, props)
        body = "".join(collected.parts).rstrip()  # trailing breaks and tabs are layout
        if collected.hidden or not body.strip():
            return None, collected.boxes
        if shown and not collected.has_number and not body.startswith(shown):
            body = shown + body
        paragraph = Paragraph(
            text=body,
            bold=collected.visible and collected.bold,
            italic=collected.visible and collected.italic,
            centered=bool(props.centered),
        )
        return paragraph, collected.boxes

    @staticmethod
    def _plain_paragraph(
        element: etree._Element, props: StyleProps, shown: str
    ) -> Paragraph | None:
        """A paragraph of bare text (no spans, fields or marks): what :meth:`paragraph` reads
        of it, without the walk (most cell paragraphs are such)."""
        body = collapse(element.text or "").lstrip(" ").rstrip()
        if not body.strip():
            return None
        return Paragraph(
            text=shown + body if shown and not body.startswith(shown) else body,
            bold=bool(props.bold),
            italic=bool(props.italic),
            centered=bool(props.centered),
        )

    def _inline(self, element: etree._Element, out: ParagraphText, props: StyleProps) -> None:
        """The text of ``element``'s content (its own text, children and their tails)."""
        if element.text:
            out.add(element.text, props)
        for child in element:
            self._inline_child(child, out, props)
            if child.tail:
                out.add(child.tail, props)

    def _inline_child(self, child: etree._Element, out: ParagraphText, props: StyleProps) -> None:
        """One child of a paragraph or span: spans, spaces, breaks, marks and numbers."""
        tag = child.tag
        if tag == SPAN:
            own = self.styles.resolve(child.get(STYLE_NAME), "text")
            self._inline(child, out, merge(own, props))
        elif tag == S:
            out.add_literal(" " * count(child, _COUNT, MAX_SPACES), props)
        elif tag == TAB:
            out.add_literal("\t", props)
        elif tag == LINE_BREAK:
            out.add_literal("\n", props)
        elif tag in SKIPPED_INLINE or not isinstance(tag, str):
            return
        elif tag in (CHANGE_START, CHANGE_END):
            self._change_mark(child)
        elif tag == NUMBER:
            out.has_number = True
            number = "".join(child.itertext()).strip()
            if number:
                out.add_literal(number + " ", props)
        else:
            self._inline_other(child, out, props)

    def _inline_other(self, child: etree._Element, out: ParagraphText, props: StyleProps) -> None:
        """Hidden-text fields, frames and shapes; any other element shows its text."""
        tag = child.tag
        if tag == HIDDEN_PARAGRAPH:
            out.hidden = out.hidden or child.get(IS_HIDDEN) == "true"
        elif tag == HIDDEN_TEXT:
            if child.get(IS_HIDDEN) != "true":
                self._inline(child, out, props)
        elif tag in (FRAME, GROUP) or tag in SHAPES:
            out.boxes.extend(self._boxes(child, None))
        else:  # links, fields, content controls, ruby bases: their text
            self._inline(child, out, props)

    def _change_mark(self, mark: etree._Element) -> None:
        """Open or close a tracked deletion whose text stands between its marks (not shown)."""
        change = mark.get(text("change-id"), "")
        if change not in self.deletions:
            return
        if mark.tag == CHANGE_START:
            self.deleting.add(change)
        else:
            self.deleting.discard(change)

    def _boxes(
        self, shape: etree._Element, anchor: str | None
    ) -> list[tuple[etree._Element, bool]]:
        """The text containers of a frame or shape, each with whether it floats (not as-char)."""
        anchor = shape.get(ANCHOR_TYPE) or anchor
        tag = shape.tag
        if tag == FRAME:
            return [(box, anchor != "as-char") for box in shape if box.tag == TEXT_BOX]
        if tag in (GROUP, DRAW_LINK):
            return [box for child in shape for box in self._boxes(child, anchor)]
        if tag in SHAPES:
            return [(shape, anchor != "as-char")]
        return []

    # Tables -----------------------------------------------------------------

    def table(self, element: etree._Element) -> list[Block]:
        """One ``table:table`` as a :class:`Table`, or its content when it frames other tables."""
        rows_found = list(table_rows(element, header=False))
        if is_frame([row for row, _ in rows_found]):
            return [
                block
                for row, _ in rows_found
                for cell in row
                if cell.tag == CELL
                for block in self.blocks(cell)
            ]
        rows: list[Row] = []
        cell_styles: list[str | None] = []
        vertical: dict[int, list[int]] = {}
        for row, header in rows_found:
            copies = 1 + min(count(row, _ROWS_REPEATED, MAX_ROWS) - 1, self.repeats_left)
            self.repeats_left -= copies - 1
            for _ in range(copies):
                rows.append(self._row(row, header, vertical, cell_styles))
        widest = max((cell.column + cell.span for row in rows for cell in row.cells), default=0)
        columns = max(declared_columns(element), widest)
        return [Table(rows=rows, columns=columns, bordered=lambda: self._bordered(cell_styles))]

    def _row(
        self,
        element: etree._Element,
        header: bool,
        vertical: dict[int, list[int]],
        cell_styles: list[str | None],
    ) -> Row:
        """One row on the grid; ``vertical`` holds the row spans still open above, by column."""
        cells: list[Cell] = []
        column = 0
        for child in element:
            if child.tag not in (CELL, COVERED_CELL) or column >= MAX_COLUMNS:
                continue
            texts = self.cell_texts(child) if child.tag == CELL else []
            for _ in range(count(child, COLUMNS_REPEATED, MAX_COLUMNS - column)):
                if child.tag == CELL:
                    cells.append(self._cell(child, texts, column, vertical))
                    cell_styles.append(child.get(TABLE_STYLE_NAME))
                else:
                    merged = vertical.get(column)
                    if merged is not None and merged[0] > 0:
                        cells.append(Cell([], column, merged[1], continued=True))
                        merged[0] -= 1
                column += 1
        return Row(cells=cells, repeated_header=header)

    @staticmethod
    def _cell(
        element: etree._Element, texts: list[str], column: int, vertical: dict[int, list[int]]
    ) -> Cell:
        span = count(element, _COLUMNS_SPANNED, MAX_COLUMNS - column)
        rows_spanned = count(element, _ROWS_SPANNED, MAX_ROWS)
        if rows_spanned > 1:
            vertical[column] = [rows_spanned - 1, span]
        else:
            vertical.pop(column, None)
        return Cell(list(texts), column, span)

    def cell_texts(self, cell: etree._Element) -> list[str]:
        """The texts of a cell's paragraphs; nested tables give :func:`nested_texts`."""
        return cell_texts(self.blocks(cell, in_cell=True))

    def _bordered(self, cell_styles: list[str | None]) -> bool:
        """Whether at least half the table's cells draw a line (ODF borders live on cells)."""
        drawn = sum(1 for name in cell_styles if self.styles.resolve(name, "table-cell").bordered)
        return bool(cell_styles) and drawn * 2 >= len(cell_styles)


def _written_number(item: etree._Element) -> str | None:
    """The label a writer stored in a list item's ``text:number`` ("2.", "" for none), else None."""
    for child in item:
        if child.tag == NUMBER:
            label = "".join(child.itertext()).strip()
            return f"{label} " if label else ""
    return None


def _deletions(body: etree._Element) -> set[str]:
    """The ids of the tracked changes that are deletions (``text:tracked-changes`` of the body)."""
    found: set[str] = set()
    for tracked in body:
        if tracked.tag != TRACKED_CHANGES:
            continue
        for region in tracked.iter(CHANGED_REGION):
            if any(child.tag == DELETION for child in region):
                found.update(name for name in (region.get(TEXT_ID), region.get(XML_ID)) if name)
    return found
