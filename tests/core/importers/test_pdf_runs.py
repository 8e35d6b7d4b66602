"""Runs of text read a text object at a time, and cut a character at a time across rulings.

Covers: a line drawn as one text object is one run with its words' spacing
kept; two objects on one line are two runs; a run lying across a cell border
is read character by character so each character lands in its own cell,
while a run inside a cell spanning columns stays whole; a run knows the space
or break after it and a space kept at the end of a line; the page text's
invisible characters made spaces; the cut test of ``Cuts``; which runs are
sampled for their font.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pytest

from caitien.importers import ImportContext
from caitien.importers._document import Table
from caitien.importers.pdf import PdfReader
from caitien.importers.pdf._pages import read_page
from caitien.importers.pdf._runs import INVISIBLE, Cuts, Run, sampled, visible_text
from tests.core.importers.test_pdf_layout import Sheet, write_pdf

if TYPE_CHECKING:
    from pathlib import Path


def _page_runs(path: Path) -> list[Run]:
    document = pdfium.PdfDocument(path)
    try:
        return read_page(document, 0).runs
    finally:
        document.close()


def test_it_reads_a_text_object_as_one_run_with_its_spaces(tmp_path: Path) -> None:
    sheet = Sheet(texts=[(60, 100, "Tieu chi 1.1 Muc 2"), (300, 100, "Ket qua")])
    write_pdf(tmp_path / "runs.pdf", [sheet])
    runs = _page_runs(tmp_path / "runs.pdf")
    assert [run.text for run in runs] == ["Tieu chi 1.1 Muc 2", "Ket qua"]
    first = runs[0]
    assert first.x0 == pytest.approx(60, abs=0.5)
    assert first.x0 < first.first_x1 < first.word_x1 < first.x1  # type: ignore[operator]
    assert runs[1].x0 > first.x1


def test_it_cuts_a_run_lying_across_a_cell_border_into_characters(tmp_path: Path) -> None:
    sheet = Sheet(texts=[(105, 130, "AAAAAAAA BBBBBBBB")])
    sheet.grid([100.0, 150.0, 300.0], [100.0, 150.0, 200.0], skip=set())
    write_pdf(tmp_path / "across.pdf", [sheet])
    runs = _page_runs(tmp_path / "across.pdf")
    assert all(len(run.text) == 1 for run in runs)
    table = next(
        b
        for b in PdfReader().extract(tmp_path / "across.pdf", ImportContext()).blocks
        if isinstance(b, Table)
    )
    left, right = table.rows[0].cells
    assert left.text.startswith("AAA")
    assert right.text.endswith("BBBBBBBB")
    assert (left.text + right.text).replace(" ", "") == "AAAAAAAABBBBBBBB"


def test_it_keeps_a_run_whole_inside_a_cell_spanning_columns(tmp_path: Path) -> None:
    sheet = Sheet(texts=[(105, 130, "Tieu chuan 1: To chuc va quan ly")])
    sheet.grid([100.0, 150.0, 300.0], [100.0, 150.0, 200.0], skip={("v", 1, 0)})
    write_pdf(tmp_path / "span.pdf", [sheet])
    assert [run.text for run in _page_runs(tmp_path / "span.pdf")] == [
        "Tieu chuan 1: To chuc va quan ly"
    ]


def test_it_marks_a_run_followed_by_a_space_and_a_space_kept_at_a_line_end(tmp_path: Path) -> None:
    sheet = Sheet(texts=[(60, 100, "Kinh phi 12.000.000 "), (60, 113, "VND"), (60, 140, "Tong")])
    write_pdf(tmp_path / "kept.pdf", [sheet])
    runs = _page_runs(tmp_path / "kept.pdf")
    assert [(run.text, run.spaced, run.kept) for run in runs] == [
        ("Kinh phi 12.000.000", True, True),  # its space kept before pdfium's line break
        ("VND", True, False),  # followed by the line break alone
        ("Tong", False, False),  # the end of the page
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tiêu chí 1.1\r\nMức 2",
        " a\tb\x00c\ufffed\x02e ",
        "\uf0b7 Rà soát\r\n\uf0a7 Bổ sung\uf0d8\uf0fc\uf076\uf0e0\uf0a8",
        "".join(chr(code) for code in range(0x3001) if chr(code).isspace()) + "x",
        "không\u00a0gian\u2028mới\u3000",
    ],
)
def test_it_makes_every_invisible_character_a_space_and_bullets_and_line_end_hyphens_dashes(
    text: str,
) -> None:
    dashes = str.maketrans(dict.fromkeys("\uf0b7\uf0a7\uf0d8\uf0fc\uf076\uf0e0\uf0a8\ufffe", "-"))
    assert visible_text(text) == INVISIBLE.sub(" ", text.translate(dashes))


CUTS = Cuts(vertical=[(100.0, 50.0, 150.0)], horizontal=[(200.0, 0.0, 500.0)])


@pytest.mark.parametrize(
    ("box", "crossed"),
    [
        ((90.0, 110.0, 60.0, 70.0), True),  # across the border, beside it
        ((90.0, 110.0, 160.0, 170.0), False),  # below the border's end
        ((101.0, 140.0, 60.0, 70.0), False),  # right of it
        ((100.0, 140.0, 60.0, 70.0), True),  # touching counts
        ((10.0, 40.0, 195.0, 205.0), True),  # across the horizontal line
        ((600.0, 640.0, 195.0, 205.0), False),  # beyond its end
    ],
)
def test_it_knows_which_boxes_cross_a_cut(
    box: tuple[float, float, float, float], crossed: bool
) -> None:
    assert CUTS.crossed_by(*box) is crossed


def _run(text: str, order: int) -> Run:
    return Run(text, 0.0, 1.0, 0.0, 1.0, order, order + len(text) - 1, 1.0, None)


def test_it_samples_the_first_run_of_a_line_and_each_eighth_character() -> None:
    text = "abc\r\ndefghij klm"
    runs = [_run("abc", 0), _run("defghij", 5), _run("klm", 13)]
    # "abc" opens the page, "defghij" a line; "klm" holds visible character 10, not 8 or 16.
    assert [run.text for run in sampled(runs, text)] == ["abc", "defghij"]
    runs = [_run("abc", 0), _run("def", 3), _run("ghi", 6)]
    # Visible characters 0-2, 3-5, 6-8: the third run holds character 8.
    assert [run.text for run in sampled(runs, "abcdefghi")] == ["abc", "ghi"]
