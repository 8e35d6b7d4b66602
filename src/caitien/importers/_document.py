"""The raw structure every importer extracts: paragraphs and tables, before any plan meaning.

Format readers (DOCX, PDF, text) produce a :class:`RawDocument`; one shared
mapping (``caitien.importers._mapping``) turns it into a :class:`caitien.plan.Plan`.
Keeping the two layers apart means a new source format needs only a reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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


@dataclass
class Row:
    """A table row; ``repeated_header`` is true for a header row marked to repeat on each page."""

    cells: list[Cell]
    repeated_header: bool = False
    page: int | None = None


@dataclass
class Table:
    """A table as a list of rows on a grid of ``columns`` columns."""

    rows: list[Row]
    columns: int
    bordered: bool = True


Block = Paragraph | Table


@dataclass
class Note:
    """Something the importer guessed: ``field`` is a path into the plan ("items[3].budget")."""

    field: str
    message: str


@dataclass
class RawDocument:
    """What a reader extracted, in document order, plus the reader's own uncertainty notes."""

    blocks: list[Block] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    source_format: str = ""
