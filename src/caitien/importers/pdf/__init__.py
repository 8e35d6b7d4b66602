"""The PDF reader: text-layer PDFs made by Word or LibreOffice, read with pypdfium2.

Characters come with their boxes and borders come from the page's path objects;
from those the reader rebuilds paragraphs, ruled tables (with spans, vertical
merges, headers repeated on each page and rows broken across pages joined back)
and side-by-side header blocks. See ``docs/formats/pdf.md``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from caitien.errors import DocumentError
from caitien.importers._document import Note, Paragraph, RawDocument, Table, legacy_font_notes
from caitien.importers.pdf._body import (
    MARGIN_SHARE,
    BodyLine,
    body_line,
    build_blocks,
    furniture_key,
    is_page_furniture,
)
from caitien.importers.pdf._grid import GridTable, build_table
from caitien.importers.pdf._join import append_table
from caitien.importers.pdf._lines import group_lines
from caitien.importers.pdf._notes import Footnotes, find_footnotes, set_marks_apart
from caitien.importers.pdf._pages import MAX_PAGES, Page, open_document, read_page

if TYPE_CHECKING:
    from pathlib import Path

    from caitien.importers import ImportContext
    from caitien.importers.pdf._runs import Run

PDF_SIGNATURE = b"%PDF-"
# A plan page holds a few kilobytes; a page cap from the size limit keeps a
# crafted file with thousands of empty pages from running for minutes.
BYTES_PER_PAGE_ALLOWED = 20_000


class PdfReader:
    """Reads PDFs that carry a text layer; refuses scans, encrypted and damaged files."""

    name = "pdf"

    def score(self, head: bytes, path: Path) -> float:
        """1.0 when ``%PDF-`` opens the file (or follows a short preamble), else 0.0."""
        return 1.0 if PDF_SIGNATURE in head[:1024] else 0.0

    def extract(self, path: Path, context: ImportContext) -> RawDocument:
        """Extract paragraphs and tables, page after page.

        Raises :class:`DocumentError` when the file is encrypted, damaged, has
        more pages than a plan can have, or has no text layer (a scan).
        """
        max_pages = min(MAX_PAGES, max(context.max_bytes // BYTES_PER_PAGE_ALLOWED, 1))
        document = open_document(path, max_pages)
        try:
            pages = [read_page(document, number) for number in range(len(document))]
        finally:
            document.close()
        _require_text(pages, path)
        return assemble(pages)


def _require_text(pages: list[Page], path: Path) -> None:
    if any(page.runs for page in pages):
        return
    if any(page.images for page in pages):
        raise DocumentError(
            f"Tệp PDF «{path.name}» là bản quét (không có lớp chữ): cần nhận dạng chữ (OCR) "
            "hoặc gửi tệp gốc Word."
        )
    raise DocumentError(f"Tệp PDF «{path.name}» không có chữ nào để nhập.")


@dataclass
class _Assembly:
    """Blocks built so far and the body lines waiting to become paragraphs."""

    bounds: dict[int, tuple[float, float]]
    blocks: list[Paragraph | Table] = field(default_factory=list)
    pending: list[BodyLine] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    tails: dict[int, GridTable] = field(default_factory=dict)

    def flush(self) -> None:
        """Turn the pending body lines into blocks."""
        if self.pending:
            self.blocks.extend(build_blocks(self.pending, self.bounds))
            self.pending = []


def assemble(pages: list[Page]) -> RawDocument:
    """Build the raw document from read pages (no pdfium needed from here on)."""
    repeated = _running_heads(pages)
    footnotes = [find_footnotes(page) for page in pages]
    laid_out = [
        _lay_out(page, repeated, notes) for page, notes in zip(pages, footnotes, strict=True)
    ]
    assembly = _Assembly(bounds=_text_bounds(laid_out))
    floors = _floors(pages, laid_out, footnotes)
    for items in laid_out:
        for _, item in items:
            if isinstance(item, GridTable):
                assembly.flush()
                append_table(assembly.blocks, item, assembly.notes, assembly.tails, floors)
            else:
                assembly.pending.append(item)
    assembly.flush()
    legacy = {encoding for page in pages for encoding in page.legacy}
    assembly.notes.extend(legacy_font_notes(legacy))
    return RawDocument(blocks=list(assembly.blocks), notes=assembly.notes, source_format="pdf")


def _running_heads(pages: list[Page]) -> set[str]:
    """Keys of margin lines that repeat on at least three pages (running headers and footers)."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        band = MARGIN_SHARE * page.height
        edges = [r for r in page.runs if r.bottom < band or r.top > page.height - band]
        margin = [
            furniture_key(line.text)
            for line in group_lines(edges)
            if is_page_furniture(line, page, {furniture_key(line.text)})
        ]
        counts.update(set(margin))
    return {key for key, count in counts.items() if count >= 3}


def _lay_out(
    page: Page, repeated: set[str], footnotes: Footnotes | None
) -> list[tuple[float, BodyLine | GridTable]]:
    grids = page.grids
    inside: list[list[Run]] = [[] for _ in grids]
    outside: list[Run] = []
    boxes = [(g.xs[0], g.xs[-1], g.ys[0], g.ys[-1], inside[i]) for i, g in enumerate(grids)]
    # The footnotes under their separator are page furniture, as page numbers are.
    floor = footnotes.top if footnotes else page.height + 1
    for run in set_marks_apart(page.runs, footnotes):
        x, y = (run.x0 + run.x1) / 2, (run.top + run.bottom) / 2
        for left, right, top, bottom, bucket in boxes:
            if left <= x <= right and top <= y <= bottom:
                bucket.append(run)
                break
        else:
            if run.top < floor:
                outside.append(run)
    items: list[tuple[float, BodyLine | GridTable]] = []
    for grid, runs in zip(grids, inside, strict=True):
        items.append((grid.top, build_table(grid, runs)))
    for line in group_lines(outside):
        if page.number > 1 and is_page_furniture(line, page, repeated):
            continue
        if page.number == 1 and repeated and is_page_furniture(line, page, repeated):
            continue
        items.append((line.top, body_line(line, page)))
    return sorted(items, key=lambda item: item[0])


def _floors(
    pages: list[Page],
    laid_out: list[list[tuple[float, BodyLine | GridTable]]],
    footnotes: list[Footnotes | None],
) -> list[float]:
    """For each page, the bottom of the text area: the lowest text or grid on pages of its size.

    Page numbers, running footers and footnotes were dropped already. Portrait
    and landscape pages have their own; a size with no text gets its full
    height. On a page with footnotes the text area ends at their separator.
    """
    lowest: dict[tuple[int, int], float] = {}
    for page, items in zip(pages, laid_out, strict=True):
        key = (round(page.width), round(page.height))
        for _, item in items:
            bottom = item.grid.bottom if isinstance(item, GridTable) else item.line.bottom
            lowest[key] = max(lowest.get(key, 0.0), bottom)
    floors = [lowest.get((round(p.width), round(p.height)), p.height) for p in pages]
    return [
        min(floor, notes.top) if notes else floor
        for floor, notes in zip(floors, footnotes, strict=True)
    ]


def _text_bounds(
    laid_out: list[list[tuple[float, BodyLine | GridTable]]],
) -> dict[int, tuple[float, float]]:
    """Left and right edges of running text for each page width (portrait and landscape differ)."""
    edges: dict[int, list[tuple[float, float]]] = {}
    for items in laid_out:
        for _, item in items:
            if isinstance(item, BodyLine) and len(item.fragments) == 1:
                edges.setdefault(item.width, []).append((item.line.x0, item.line.x1))
            elif isinstance(item, BodyLine):
                edges.setdefault(item.width, [])
    return {
        width: (min(e[0] for e in es), max(e[1] for e in es)) if es else (0.0, float(width))
        for width, es in edges.items()
    }
