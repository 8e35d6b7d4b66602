"""The raw structure every importer extracts: paragraphs and tables, before any plan meaning.

Format readers (DOCX, PDF, text) produce a :class:`RawDocument`; one shared
mapping (``caitien.importers._mapping``) turns it into a :class:`caitien.plan.Plan`.
Keeping the two layers apart means a new source format needs only a reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from caitien.normalise import ascii_fold, clean_lines
from caitien.normalise._legacy import legacy_note_message

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from caitien.plan import Plan


@dataclass
class Paragraph:
    """A paragraph of running text outside tables.

    ``text`` is the paragraph's text with its line breaks kept as ``\\n``;
    ``bold``/``italic`` are true when the whole visible text carries the style;
    ``centered`` when it is centred; ``page`` the 1-based page where it starts,
    when the format knows pages (PDF), else ``None``.
    """

    text: str
    bold: bool = False
    italic: bool = False
    centered: bool = False
    page: int | None = None


@dataclass
class Cell:
    """One cell of a table row, on the table's grid.

    ``paragraphs`` holds the cell's paragraphs (each may contain ``\\n``);
    ``column`` the first grid column it covers (0-based) and ``span`` how many
    grid columns it covers; ``continued`` is true for a vertically merged
    continuation (the cell above holds the content).
    """

    paragraphs: list[str]
    column: int
    span: int = 1
    continued: bool = False

    @property
    def text(self) -> str:
        """The cell's paragraphs joined by ``\\n``."""
        return "\n".join(self.paragraphs)

    # The mapping reads each cell's clean text and folded words several times (the
    # heading rows by every test of a table's kind and roles, a body row by each test
    # of the row): both are computed once, on first reading. Plain fields rather than
    # functools.cached_property, whose lock (Python 3.11) costs more than the cleaning
    # of a short cell; readers never read them, so the paragraphs are final by then.
    _clean: str | None = field(default=None, init=False, repr=False, compare=False)
    _words: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def clean(self) -> str:
        """The cell's text as one clean line (:func:`caitien.normalise.clean_text` of ``text``).

        Computed on first reading and kept: the paragraphs must not change afterwards.
        """
        if self._clean is None:
            self._clean = clean_lines(self.paragraphs)
        return self._clean

    @property
    def words(self) -> str:
        """The cell's text folded for matching (:func:`caitien.normalise.ascii_fold` of ``text``).

        Computed on first reading and kept: the paragraphs must not change afterwards.
        """
        if self._words is None:
            self._words = ascii_fold(self.text)
        return self._words


@dataclass
class Row:
    """A table row; ``repeated_header`` is true for a header row marked to repeat on each page."""

    cells: list[Cell]
    repeated_header: bool = False
    page: int | None = None


class Table:
    """A table as a list of rows on a grid of ``columns`` columns.

    ``bordered`` is true when the table draws lines (a ruled plan table, not a
    borderless header or signature block). A reader may give a function instead
    of the value when telling it costs work that nobody may ask for (the Word
    reader's vote of cells drawn one by one): it runs once, the first time
    ``bordered`` is read, and the table then compares, prints and behaves as if
    the value had been given.
    """

    __slots__ = ("_bordered", "columns", "rows")

    def __init__(
        self, rows: list[Row], columns: int, bordered: bool | Callable[[], bool] = True
    ) -> None:
        """A table of ``rows`` on ``columns`` grid columns; ``bordered`` a value or its function."""
        self.rows = rows
        self.columns = columns
        self._bordered = bordered

    @property
    def bordered(self) -> bool:
        """Whether the table draws lines (computed on first reading when given as a function)."""
        if not isinstance(self._bordered, bool):
            self._bordered = bool(self._bordered())
        return self._bordered

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Table):
            return NotImplemented
        return (self.rows, self.columns, self.bordered) == (
            other.rows,
            other.columns,
            other.bordered,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclasses beside it

    def __repr__(self) -> str:
        return f"Table(rows={self.rows!r}, columns={self.columns!r}, bordered={self.bordered!r})"


Block = Paragraph | Table

# Labels of a time column split in two, as the heading row of a table nested in a cell.
_TIME_PAIRS = frozenset(
    {
        ("bắt đầu", "kết thúc"),
        ("bắt đầu", "hoàn thành"),
        ("từ", "đến"),
        ("từ ngày", "đến ngày"),
        ("từ tháng", "đến tháng"),
    }
)


def nested_texts(table: Table) -> list[str]:
    """The paragraphs a table nested in a cell gives that cell.

    A "Bắt đầu | Kết thúc" table gives one "start - end" line per row below
    its labels (as a split time column reads); any other is flattened row by
    row, cell by cell.
    """
    rows = [[" ".join(cell.paragraphs).strip() for cell in row.cells] for row in table.rows]
    if rows and len(rows[0]) == 2 and tuple(text.lower() for text in rows[0]) in _TIME_PAIRS:
        return [" - ".join(text for text in row if text) for row in rows[1:] if any(row)]
    return [text for row in table.rows for cell in row.cells for text in cell.paragraphs]


def cell_texts(blocks: Iterable[Block]) -> list[str]:
    """The paragraphs a cell holding ``blocks`` gives: each paragraph's text, and for a
    table nested in the cell its :func:`nested_texts`."""
    texts: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            texts.append(block.text)
        else:
            texts.extend(nested_texts(block))
    return texts


@dataclass
class Note:
    """Something the importer guessed: ``field`` is a path into the plan ("items[3].budget")."""

    field: str
    message: str


def legacy_font_notes(encodings: set[str] | frozenset[str]) -> list[Note]:
    """The document-wide note for text converted from legacy font ``encodings``; none if empty."""
    return [Note("", legacy_note_message(encodings))] if encodings else []


@dataclass
class RawDocument:
    """What a reader extracted, in document order, plus the reader's own uncertainty notes.

    ``plan`` is set, and ``blocks`` left empty, by a reader that reads a plan as
    data rather than a document (our own XLSX export): no mapping is needed then.
    """

    blocks: list[Block] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    source_format: str = ""
    plan: Plan | None = None
