"""The PDF reader on the shared v2.pdf (LibreOffice, landscape, a table over four pages).

Covers: reader scoring; the borderless two-column header and signature blocks;
paragraphs joined across wrapped lines, bold headings and centred titles; page
numbers dropped; the plan table as one logical table with its header kept once
and marked, standard rows spanning the grid, and the row broken across pages
3 → 4 joined back with a note; every cell text equal to the truth's field.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caitien.importers import ImportContext
from caitien.importers._document import Paragraph, RawDocument, Row, Table
from caitien.importers.pdf import PdfReader
from tests.conftest import FIXTURES

V2 = FIXTURES / "samples" / "v2.pdf"
TRUTH = json.loads((FIXTURES / "samples" / "v2.json").read_text(encoding="utf-8"))
FIELDS = ("target", "actions", "responsible", "timeline", "budget", "support", "notes")


@pytest.fixture(scope="module")
def raw() -> RawDocument:
    return PdfReader().extract(V2, ImportContext())


def _plan_table(raw: RawDocument) -> Table:
    return next(b for b in raw.blocks if isinstance(b, Table) and b.bordered)


def _criterion_rows(table: Table) -> list[Row]:
    return [row for row in table.rows if row.cells[0].text.isdigit()]


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", "plan.pdf", 1.0),
        (b"%PDF-1.4\n", "renamed.docx", 1.0),
        (b"\x00\x00garbage %PDF-1.5", "prefixed.bin", 1.0),
        (b"PK\x03\x04", "plan.pdf", 0.0),
        (b"KE HOACH", "plan.txt", 0.0),
    ],
)
def test_it_scores_a_file_by_its_pdf_signature(head: bytes, name: str, expected: float) -> None:
    assert PdfReader().score(head, Path(name)) == expected


def test_it_reads_the_side_by_side_header_as_a_borderless_table(raw: RawDocument) -> None:
    header = raw.blocks[0]
    assert isinstance(header, Table) and not header.bordered
    left, right = header.rows[0].cells
    assert TRUTH["school"]["governing_body"] in left.paragraphs
    assert any("52/KH-THCSTT" in p for p in left.paragraphs)
    assert "Độc lập - Tự do - Hạnh phúc" in right.paragraphs
    assert any(p.startswith("Đầm Dơi, ngày 08") for p in right.paragraphs)


def test_it_joins_wrapped_lines_into_the_truths_paragraphs(raw: RawDocument) -> None:
    texts = [b.text for b in raw.blocks if isinstance(b, Paragraph)]
    for expected in [*TRUTH["purposes"], *TRUTH["bases"]]:
        assert expected in texts


def test_it_marks_headings_bold_and_the_title_centred(raw: RawDocument) -> None:
    paragraphs = {b.text: b for b in raw.blocks if isinstance(b, Paragraph)}
    assert paragraphs["I. MỤC ĐÍCH, YÊU CẦU"].bold
    assert paragraphs["KẾ HOẠCH"].centered and paragraphs["KẾ HOẠCH"].bold
    assert not paragraphs[TRUTH["bases"][0]].bold


def test_it_drops_the_page_numbers(raw: RawDocument) -> None:
    texts = [b.text for b in raw.blocks if isinstance(b, Paragraph)]
    assert not [t for t in texts if t.strip().isdigit()]


def test_it_keeps_one_logical_table_with_its_header_once(raw: RawDocument) -> None:
    tables = [b for b in raw.blocks if isinstance(b, Table) and b.bordered]
    assert len(tables) == 1
    table = tables[0]
    header = [row for row in table.rows if row.repeated_header]
    assert header == table.rows[:1]
    header_texts = [c.text for c in header[0].cells]
    assert all([c.text for c in row.cells] != header_texts for row in table.rows[1:])
    assert {row.page for row in table.rows} == {1, 2, 3, 4}


def test_it_gives_standard_rows_one_cell_spanning_the_rest_of_the_grid(raw: RawDocument) -> None:
    table = _plan_table(raw)
    standards = [row for row in table.rows if row.cells[0].text in {"I", "II", "III", "IV", "V"}]
    assert len(standards) == len(TRUTH["standards"])
    for row in standards:
        assert [(c.column, c.span) for c in row.cells] == [(0, 1), (1, table.columns - 1)]


def test_it_reads_every_criterion_row_as_the_truth_has_it(raw: RawDocument) -> None:
    rows = _criterion_rows(_plan_table(raw))
    assert [row.cells[0].text for row in rows] == [str(n) for n in range(1, 15)]
    for row, item in zip(rows, TRUTH["items"], strict=True):
        assert item["criterion_title"] in row.cells[1].text
        for offset, name in enumerate(FIELDS, start=2):
            assert row.cells[offset].text == item[name], name


def test_it_joins_the_row_broken_across_pages_and_says_so(raw: RawDocument) -> None:
    rows = _criterion_rows(_plan_table(raw))
    broken = next(row for row in rows if row.cells[0].text == "11")
    assert broken.cells[2].text == "Giữ vững Mức 3"
    assert broken.cells[4].text == "Hiệu trưởng; Bí thư Chi bộ"
    assert any("«11»" in note.message and "trang 4" in note.message for note in raw.notes)


def test_it_reads_the_signature_block_beside_the_recipients(raw: RawDocument) -> None:
    closing = raw.blocks[-1]
    assert isinstance(closing, Table) and not closing.bordered
    left, right = closing.rows[0].cells
    assert left.paragraphs[0] == "Nơi nhận:"
    assert [p.removeprefix("- ") for p in left.paragraphs[1:]] == TRUTH["recipients"]
    assert right.paragraphs == [TRUTH["signer"]["title"], TRUTH["signer"]["name"]]
