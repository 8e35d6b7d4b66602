"""The plain-text reader: decodes a text file and rebuilds its paragraphs and tables.

Text exports of plans come in a few layouts (see ``docs/formats/text.md``):
cells closed by ``|`` with rows closed by a line of pipes; one cell per line
opened by a tab with rows separated by blank lines; rows on one line with
tab-separated cells; and running text. The reader finds table regions by these
marks and leaves everything else as paragraphs for the shared mapping.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import TYPE_CHECKING

from caitien.errors import DocumentError
from caitien.importers._document import (
    Block,
    Cell,
    Note,
    Paragraph,
    RawDocument,
    Row,
    Table,
    legacy_font_notes,
)
from caitien.importers._layouttext import find_tables
from caitien.importers._layouttext import rebuild_table as rebuild_columns
from caitien.importers._pdftext import looks_blocked, rebuild_table
from caitien.normalise._legacy import repair_mojibake_lines

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

_OTHER_FORMATS = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"{\\rtf")
_PIPES_ONLY = re.compile(r"^\s*\|{2,}\s*$")
_HEADING = re.compile(r"^\s*[IVX]{1,4}\s*[.:/)-]\s*\S")
_NOISE = re.compile(r"\[bookmark: [^\]]*\]")
_POINT = re.compile(r"^([-+*•·]|\d{1,2}[.)]|[a-zđ][.)])\s")
_SEPARATOR_ROW = re.compile(r"^[\s\-–—]*$")
_RULE_CELL = re.compile(r"^:?-{3,}:?$")
_COLUMNS_NOTE = (
    "Bảng được dựng lại theo vị trí cột của chữ trích từ PDF; nên đối chiếu với bản gốc."
)


class TextReader:
    """Reads ``.txt`` exports of plans (UTF-8/16 with or without BOM, legacy code pages)."""

    name = "text"

    def score(self, head: bytes, path: Path) -> float:
        """0.6 for bytes that decode to mostly printable text, 0.0 otherwise."""
        if head.startswith(_OTHER_FORMATS):
            return 0.0
        text = _decode_head(head)
        if text is None or not text.strip():
            return 0.0
        printable = sum(1 for char in text if char.isprintable() or char in "\t\r\n")
        return 0.6 if printable / len(text) > 0.97 else 0.0

    def extract(self, path: Path, context: object) -> RawDocument:
        """Decode the file and split it into paragraphs and tables."""
        data = path.read_bytes()
        text = decode_text(data, path.name)
        lines, legacy = repair_mojibake_lines(_clean_lines(text))
        notes = legacy_font_notes(legacy)
        return RawDocument(blocks=split_blocks(lines, notes), notes=notes, source_format="text")


def _decode_head(head: bytes) -> str | None:
    """Decode the first bytes, tolerating a character cut at the end."""
    encoding = _bom_encoding(head)
    if encoding is None and b"\x00" in head:
        return None
    if encoding is None:
        try:
            return head.decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start >= len(head) - 3:
                return head[: exc.start].decode("utf-8")
        return _guess_code_page(head)
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    return decoder.decode(head[: len(head) - len(head) % 2] if "16" in encoding else head)


def _bom_encoding(data: bytes) -> str | None:
    """UTF-8/16 told by a BOM, or UTF-16 without one by where its NUL bytes fall."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 8:
        return None
    # Latin letters, digits and spaces dominate Vietnamese text: one NUL per character.
    odd, even = sample[1::2].count(0) / pairs, sample[0::2].count(0) / pairs
    if odd > 0.3 and even < 0.02:
        return "utf-16-le"
    if even > 0.3 and odd < 0.02:
        return "utf-16-be"
    return None


def _guess_code_page(data: bytes) -> str | None:
    """Decode a non-UTF file: charset-normalizer's guess (Windows-1258 first), or None."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1258", "cp1252", "utf_8"]).best()
    if best is None:
        best = from_bytes(data).best()
    return None if best is None else str(best)


def decode_text(data: bytes, name: str) -> str:
    """Decode a whole text file: BOM first, then UTF-8, then a legacy code page.

    Raises :class:`DocumentError` when the bytes are not text.
    """
    encoding = _bom_encoding(data)
    if encoding is not None:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise DocumentError(f"Tệp «{name}» không đọc được: mã hoá {encoding} bị hỏng.") from exc
    if b"\x00" in data:
        raise DocumentError(f"Tệp «{name}» không phải tệp văn bản.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = _guess_code_page(data)
    if text is None:
        raise DocumentError(f"Tệp «{name}» không phải tệp văn bản đọc được.")
    return text


def _clean_lines(text: str) -> list[str]:
    """NFC, Windows line endings, non-breaking spaces and export noise removed."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\ufeff", "").replace("\f", "\n")
    # Trailing tabs are kept: they are the empty cells of a tab-separated row.
    return [_NOISE.sub("", line).rstrip(" \v") for line in text.split("\n")]


def split_blocks(lines: list[str], notes: list[Note] | None = None) -> list[Block]:
    """Choose the layout from its marks and split the lines into blocks.

    ``notes`` receives what the rebuild guessed (a table rebuilt from PDF text).
    """
    if sum(1 for line in lines if _pipe_row(line) is not None) >= 3:
        return _pipe_row_blocks(lines)
    pipe_lines = sum(1 for line in lines if line.endswith("|"))
    if pipe_lines >= 10:
        return _PipeLayout(lines).blocks()
    if sum(1 for line in lines if line.count("\t") >= 3) >= 3:
        return _tab_row_blocks(lines)
    if sum(1 for line in lines if line.startswith("\t")) >= 10:
        return _tab_cell_blocks(lines)
    notes = [] if notes is None else notes
    tables = find_tables(lines)
    if tables:
        return _column_blocks(lines, tables, notes)
    return _paragraph_blocks(lines, notes)


def _column_blocks(
    lines: list[str], tables: list[tuple[int, int]], notes: list[Note]
) -> list[Block]:
    """Text laid out in columns by spaces (pdftotext -layout): tables cut by column, text between.

    See :mod:`caitien.importers._layouttext`.
    """
    blocks: list[Block] = []
    done = 0
    for start, end in tables:
        blocks += _paragraph_blocks(lines[done:start], notes)
        blocks.append(rebuild_columns(lines[start:end]))
        done = end
    notes.append(Note("items", _COLUMNS_NOTE))
    return [*blocks, *_paragraph_blocks(lines[done:], notes)]


def _paragraph_blocks(lines: list[str], notes: list[Note]) -> list[Block]:
    """Running text: blank-line separated paragraphs when the file uses them, else lines.

    Blank-line blocks that hold a plan table cell by cell (text extracted from a
    PDF) are rebuilt into a table (:mod:`caitien.importers._pdftext`).
    """
    blank = sum(1 for line in lines if not line.strip())
    if blank < 3 or blank * 6 < len(lines):
        return [Paragraph(line.strip()) for line in lines if line.strip()]
    blocks = _blank_separated(lines)
    region = _table_region(blocks) if looks_blocked(blocks) else None
    if region is None:
        return _paragraphs(blocks)
    start, first_row, end = region
    table, table_notes = rebuild_table(blocks[first_row:end])
    notes.extend(table_notes)
    return [*_paragraphs(blocks[:start]), table, *_paragraphs(blocks[end:])]


def _paragraphs(blocks: list[list[str]]) -> list[Block]:
    """A block's wrapped lines joined; an indented line, a heading or a point opens a new one.

    Before the first Roman heading every line is its own paragraph: the header's
    blocks (governing body, school, number, motto, date, title) are not wrapped
    prose, and a PDF viewer copies them as one block, the two columns interleaved.
    """
    paragraphs: list[Block] = []
    in_header = True
    for block in blocks:
        current: list[str] = []
        for line in block:
            in_header = in_header and not _HEADING.match(line)
            if current and (in_header or _opens_paragraph(line)):
                paragraphs.append(Paragraph("\n".join(current)))
                current = []
            current.append(line.strip())
        paragraphs.append(Paragraph("\n".join(current)))
    return paragraphs


def _opens_paragraph(line: str) -> bool:
    return line[:1].isspace() or bool(_HEADING.match(line) or _POINT.match(line))


def _blank_separated(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    return blocks


def _table_region(blocks: list[list[str]]) -> tuple[int, int, int] | None:
    """(heading cells start, first row, end) of a cell-by-cell table, or None."""
    start = next((i for i, block in enumerate(blocks) if block[0].strip() == "TT"), None)
    if start is None:
        return None
    first_row = next((i for i in range(start, len(blocks)) if _row_opening(blocks[i][0])), None)
    if first_row is None:
        return None
    end = next(
        (i for i in range(first_row, len(blocks)) if _HEADING.match(blocks[i][0])), len(blocks)
    )
    return start, first_row, end


def _row_opening(line: str) -> bool:
    return bool(
        re.match(r"^\s*(MỨC\s*\d|(\d{1,2}\s+)?Tiêu\s+chuẩn\s+\d|Tiêu\s+chí\s*:?\s*\d)", line)
    )


class _PipeLayout:
    """Cells closed by ``|``, rows closed by a line of pipes (seeds 000)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = [line for line in lines if line.strip()]
        self.out: list[Block] = []
        self.rows: list[Row] = []
        self.cells: list[Cell] = []
        self.pending: list[str] = []
        self.in_table = False

    def blocks(self) -> list[Block]:
        for index, line in enumerate(self.lines):
            self._line(line, self.lines[index + 1] if index + 1 < len(self.lines) else "")
        self._flush_table()
        self.out.extend(Paragraph(text) for text in self.pending)
        return self.out

    def _line(self, line: str, following: str) -> None:
        if _PIPES_ONLY.match(line):
            self._end_row()
            self.in_table = True
        elif line.endswith("|"):
            self.pending.append(line[:-1].strip())
            self.cells.append(_cell(self.pending, len(self.cells)))
            self.pending = []
        elif self.in_table and not self.cells and not self.pending:
            self._flush_table()
            self.out.append(Paragraph(line.strip()))
        elif self.in_table or (following.endswith("|") and _opens_cell(line)):
            self.pending.append(line.strip())
        else:
            self._flush_table()
            self.out.append(Paragraph(line.strip()))

    def _end_row(self) -> None:
        if self.pending:
            self.cells.append(_cell(self.pending, len(self.cells)))
            self.pending = []
        if self.cells:
            self.rows.append(Row(self.cells))
        self.cells = []

    def _flush_table(self) -> None:
        self._end_row()
        if self.rows:
            self.out.append(_table(self.rows))
        self.rows = []
        self.in_table = False


def _opens_cell(line: str) -> bool:
    """Whether a line outside a table starts a cell the next line closes (a header block)."""
    stripped = line.strip()
    return len(stripped) < 100 and not _HEADING.match(line) and not _POINT.match(stripped)


def _cell(paragraphs: list[str], column: int) -> Cell:
    return Cell([text for text in paragraphs if text], column)


def _table(rows: list[Row]) -> Table:
    return Table(rows, max(len(row.cells) for row in rows))


def _tab_cell_blocks(lines: list[str]) -> list[Block]:
    """One cell per line opened by a tab, rows separated by blank lines (seed 001).

    A group of lines is a table row when two or more of its lines open with a
    tab; a line without the tab continues the cell above it.
    """
    if _blank_cells(lines):
        lines = _blank_cells_as_tabs(lines)
    out: list[Block] = []
    rows: list[list[list[str]]] = []
    for group in _groups(lines):
        tabbed = sum(1 for line in group if _opens_tab_cell(line))
        if _opens_tab_cell(group[0]) and (tabbed >= 2 or rows):
            rows.extend(_tab_rows(group))
            continue
        if rows:
            out.append(_tab_table(rows))
            rows = []
        out.extend(Paragraph(line.strip()) for line in group if line.strip())
    if rows:
        out.append(_tab_table(rows))
    return out


def _blank_cells(lines: list[str]) -> bool:
    """Whether empty cells lost their tab (trailing whitespace stripped): no tab-only
    line, and two or more runs of three blank lines between tabbed lines."""
    if any(line.strip(" ") == "\t" for line in lines):
        return False
    marks = "".join("t" if _opens_tab_cell(line) else "-" if line else "b" for line in lines)
    return len(re.findall(r"tb{3,}(?=t)", marks)) >= 2


def _blank_cells_as_tabs(lines: list[str]) -> list[str]:
    """Give the empty cells written as blank lines their tab back.

    The heading row (the first row of three or more tabbed cells) gives the
    table's width; after it a blank line is an empty cell until the row has that
    many cells, and then ends the row. A line neither tabbed nor blank at the
    start of a row ends the table.
    """
    start, width = _heading_row_end(lines)
    if not width:
        return lines
    out = lines[:start]
    count = 0
    for index in range(start, len(lines)):
        line = lines[index]
        if line and count == 0 and not _opens_tab_cell(line):
            return out + lines[index:]
        if line:
            count += _opens_tab_cell(line)
            out.append(line)
        elif count >= width:
            out.append("")
            count = 0
        else:
            out.append("\t")
            count += 1
    return out


def _heading_row_end(lines: list[str]) -> tuple[int, int]:
    """(index after the blank line closing the first row of three or more tabbed cells,
    its number of cells), or (0, 0)."""
    count = 0
    for index, line in enumerate(lines):
        if _opens_tab_cell(line):
            count += 1
        elif not line:
            if count >= 3:
                return index + 1, count
            count = 0
    return 0, 0


def _opens_tab_cell(line: str) -> bool:
    return line.lstrip(" ").startswith("\t")


def _tab_rows(group: list[str]) -> list[list[list[str]]]:
    """A group's rows: a line opened by a space and a tab starts another row (Word's export)."""
    rows: list[list[list[str]]] = [[]]
    for line in group:
        if line.startswith(" \t") and rows[-1]:
            rows.append([])
        if _opens_tab_cell(line) or not rows[-1]:
            rows[-1].append([])
        if line.strip():
            rows[-1][-1].append(line.strip())
    return rows


def _tab_table(rows: list[list[list[str]]]) -> Table:
    """Rows cut by a stray blank line are joined while they fit the table's width."""
    width = max(len(row) for row in rows)
    joined: list[list[list[str]]] = []
    for row in rows:
        previous = joined[-1] if joined else None
        fits = previous and 2 < len(previous) < width and len(previous) + len(row) <= width
        if previous and fits and not _opens_row(row):
            previous.extend(row)
            continue
        joined.append(row)
    return _grid_table(joined)


def _opens_row(row: list[list[str]]) -> bool:
    """Whether a row opens with a number, a standard or a criterion (it is not a cut-off tail)."""
    head = " ".join(" ".join(cell) for cell in row[:2]).strip().lower()
    return head[:1].isdigit() or head.startswith(("tiêu chuẩn", "tiêu chí", "mức"))


def _groups(lines: list[str]) -> list[list[str]]:
    groups: list[list[str]] = [[]]
    for line in lines:
        if line:  # a line holding only a tab is an empty cell, not a blank line
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    return [group for group in groups if group]


def _tab_row_blocks(lines: list[str]) -> list[Block]:
    """Rows on one line with tab-separated cells (seed 003).

    A row whose first two cells are empty continues the row above (a cell
    wrapped across a page or a manual break); a row of dashes ends the table.
    Blank lines inside the table are skipped.
    """
    return _row_blocks(lines, _tab_cells, blank_ends_table=False)


def _tab_cells(line: str) -> list[str] | None:
    """The cells of a line holding at least two tabs, else None."""
    return line.split("\t") if line.count("\t") >= 2 else None


def _pipe_row(line: str) -> list[str] | None:
    """The cells of a row written "| a | b | c |" (Markdown, pandoc), else None."""
    stripped = line.strip()
    if len(stripped) < 5 or stripped[0] != "|" or stripped[-1] != "|" or stripped.count("|") < 3:
        return None
    cells = [cell.strip() for cell in stripped[1:-1].split("|")]
    return cells if any(cells) else None  # "|||||" closes a row of seed 000


def _pipe_row_blocks(lines: list[str]) -> list[Block]:
    """Rows on one line with cells between pipes ("| a | b |"); the "|---|---|" rule dropped.

    As in the tab layout, a row whose first two cells are empty continues the row
    above; a blank line ends the table.
    """
    return _row_blocks(lines, _pipe_cells, blank_ends_table=True)


def _pipe_cells(line: str) -> list[str] | None:
    """The cells of a pipe row ([] for the "|---|" rule under the headings), else None."""
    cells = _pipe_row(line)
    if cells is not None and all(_RULE_CELL.match(cell) for cell in cells):
        return []
    return cells


def _row_blocks(
    lines: list[str], cells_of: Callable[[str], list[str] | None], *, blank_ends_table: bool
) -> list[Block]:
    """Tables of one-line rows (``cells_of`` gives a line's cells, or None) and paragraphs."""
    out: list[Block] = []
    rows: list[list[list[str]]] = []
    for line in lines:
        if not blank_ends_table and not line.strip():
            continue
        cells = cells_of(line)
        if cells is not None:
            if cells:
                _add_tab_row(rows, cells)
            continue
        if rows:
            out.append(_grid_table(rows))
            rows = []
        if line.strip():
            out.append(Paragraph(line.strip()))
    if rows:
        out.append(_grid_table(rows))
    return out


def _add_tab_row(rows: list[list[list[str]]], parts: list[str]) -> None:
    if _SEPARATOR_ROW.match("".join(parts)):
        return
    continues = rows and not parts[0].strip() and not parts[1].strip()
    if not continues:
        rows.append([[part.strip()] if part.strip() else [] for part in parts])
        return
    previous = rows[-1]
    for index, part in enumerate(parts):
        if not part.strip():
            continue
        while len(previous) <= index:
            previous.append([])
        previous[index].append(part.strip())


def _grid_table(rows: list[list[list[str]]]) -> Table:
    return _table([Row([_cell(texts, index) for index, texts in enumerate(row)]) for row in rows])
