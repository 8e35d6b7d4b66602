"""The PDF reader on every sample of ``tests/samples/pdf/`` (and v2.pdf) against its truth.

The samples are the plans printed by LibreOffice from python-docx files
(``scripts/make_pdf_samples.py``, header rows repeated on each page) and the
Word samples printed as they are (``libreoffice/``: most without a repeated
header row), the round-4 plans (``round4/``: closings written without a
table, headers read as two blocks), and plans printed from HTML by Chromium
(``chromium/``). Covers, per sample: every truth text of the plan table is a
cell of the one logical table (a split time column as its two cells, a field
written over two columns as those cells), purposes and bases are whole
paragraphs, the header block and signature are read, each table's header row
appears once, and exactly the rows broken across pages are joined back, each
with a note. Also the soft-wrap rule on inline cases.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from caitien.importers import ImportContext
from caitien.importers._document import Paragraph, RawDocument, Table
from caitien.importers.pdf import PdfReader
from caitien.importers.pdf._lines import join_lines
from caitien.plan import Plan, load_plan
from tests.conftest import FIXTURES, SAMPLES

PAIRS = [
    (pdf, pdf.with_suffix(".plan.json")) for pdf in sorted((SAMPLES / "pdf").rglob("*.pdf"))
] + [(FIXTURES / "samples" / "v2.pdf", FIXTURES / "samples" / "v2.json")]
ITEM_TEXTS = ("target", "actions", "responsible", "budget", "support", "notes", "content")
# The rows each print breaks across a page (read off the pages): the reader
# must join exactly these. A sample not listed must join none.
BROKEN_ROWS = {
    "v2": ["11"],
    "mam-non-2018-landscape-split-time": ["1", "2", "3", "4", "5", "6"],
    "thcs-2026-portrait-narrow": ["1", "3"],
    "thcs-2018-plain-unmerged": ["3"],
    "thpt-2026-reworded-headings": ["2"],
    "thcs-2018-reordered-columns": ["4"],
    "thcs-2026-reordered-tables": ["2"],
    "mam-non-2018-roman-no-level-4": ["3", "4", "6"],
    "mam-non-2026-standard-headings": ["2"],
    "thpt-2018-code-apart": ["2", "3"],
    "tieu-hoc-2018-level-4-rows": ["5"],
    "tieu-hoc-2026-criterion-refs": ["1", "5"],
    "thcs-2018-pasted-rows": ["Tổng kinh phí"],
    "gdtx-2026-content-controls": ["2", "Cuối năm học"],
    "tieu-hoc-2018-split-per-standard": ["2", "4"],
    "mam-non-2026-nested-time": ["2"],
    "nhieu-cap-2018-tracked-changes": [
        "Tiêu chí 5.3 Thực hiện nội dung giáo dục địa phương theo quy định"
    ],
    "mam-non-2026-merged-headings": ["2"],
    "mam-non-2026-phan-headings": ["2"],
    "nhieu-cap-2026-standard-rows": ["2"],
    "thcs-2026-arabic-sentence-case": ["2"],
    "thpt-2026-stt-notes": ["2"],
    "thpt-2026-unnumbered-reworded": ["2"],
    "tieu-hoc-2026-prose-lists": ["3"],
    "gdtx-2026-split-by-standard": ["2"],
    "thcs-2018-chromium-separate": ["2"],
    "nhieu-cap-2018-chromium-arial": [
        "Tiêu chí 5.3 Thực hiện nội dung giáo dục địa phương theo quy định"
    ],
    # A standard row written in the criterion column only, its title wrapped over a page.
    "thcs-2018-spaced-number": ["Tiêu chuẩn 5: Hoạt động giáo dục và kết quả giáo dục"],
}
# Prints whose plan table has no TT column: its rows are named by their criterion.
UNNUMBERED = {"nhieu-cap-2018-tracked-changes"}
# Prints whose standard rows carry the numbers ("1 | Tiêu chuẩn 1: …", seed 003).
NUMBERED_STANDARDS = {"nhieu-cap-2018-chromium-arial"}
# A purpose or basis printed as a point of a list: the plan keeps its text only.
LIST_MARKER = re.compile(r"^(?:\d+[.)]|[a-zđ][.)]|[-+•])\s+")


@pytest.fixture(params=PAIRS, ids=[pdf.stem for pdf, _ in PAIRS], scope="module")
def sample(request: pytest.FixtureRequest) -> tuple[RawDocument, Plan]:
    pdf, truth = request.param
    return PdfReader().extract(Path(pdf), ImportContext()), load_plan(truth)


@pytest.fixture(params=PAIRS, ids=[pdf.stem for pdf, _ in PAIRS], scope="module")
def named(request: pytest.FixtureRequest) -> tuple[str, RawDocument, Plan]:
    pdf, truth = request.param
    return Path(pdf).stem, PdfReader().extract(Path(pdf), ImportContext()), load_plan(truth)


def _ruled(raw: RawDocument) -> list[Table]:
    return [b for b in raw.blocks if isinstance(b, Table) and b.bordered]


def _cell_texts(raw: RawDocument) -> set[str]:
    """Each cell's text, and the texts of neighbouring cells of a row (a field over two columns)."""
    texts = set()
    for row in (r for t in _ruled(raw) for r in t.rows):
        cells = [" ".join(cell.text.split()) for cell in row.cells]
        texts.update(cells)
        texts.update(f"{a} {b}" for a, b in itertools.pairwise(cells) if a and b)
    return texts


def test_it_reads_every_table_text_of_the_truth(sample: tuple[RawDocument, Plan]) -> None:
    raw, plan = sample
    cells = _cell_texts(raw)
    for item in plan.items:
        for name in ITEM_TEXTS:
            value = getattr(item, name)
            assert not value or value in cells, (name, value)
        halves = set(item.timeline.split(" - ", 1))
        assert item.timeline in cells or halves <= cells, item.timeline
        title = item.criterion_title
        assert title is None or any(title in text for text in cells)


def test_it_reads_purposes_and_bases_as_whole_paragraphs(
    sample: tuple[RawDocument, Plan],
) -> None:
    raw, plan = sample
    texts = [b.text for b in raw.blocks if isinstance(b, Paragraph)]
    paragraphs = set(texts) | {LIST_MARKER.sub("", text) for text in texts}
    assert set(plan.purposes) | set(plan.bases) <= paragraphs


def test_it_reads_the_header_and_signature_blocks(sample: tuple[RawDocument, Plan]) -> None:
    raw, plan = sample
    blocks = [b for b in raw.blocks if isinstance(b, Table) and not b.bordered]
    # The number sits under the school's name, on its own row of the header block
    # (read as a second block below the first), or on its own line below the block.
    number = (plan.document.number or "").replace("/", "")
    first_page = [b.text for b in raw.blocks if isinstance(b, Paragraph) and b.page == 1]
    header = [p for block in blocks[:2] for cell in block.rows[0].cells for p in cell.paragraphs]
    assert any(number in text.replace(" ", "").replace("/", "") for text in [*header, *first_page])
    # The signature: the title lines and the name, in the block beside Nơi nhận or,
    # written without a table (before or after Nơi nhận), as paragraphs one after another.
    signature = [*(plan.signer.title or "").split("\n"), plan.signer.name]
    paragraphs = [b.text for b in raw.blocks if isinstance(b, Paragraph)]
    beside = blocks[-1].rows[0].cells[-1].paragraphs
    assert beside == signature or _runs_in(signature, paragraphs)


def _runs_in(run: list[str | None], texts: list[str]) -> bool:
    return any(texts[i : i + len(run)] == run for i in range(len(texts)))


def test_it_keeps_the_header_rows_of_each_table_once(sample: tuple[RawDocument, Plan]) -> None:
    raw, _ = sample
    for table in _ruled(raw):
        header = [row for row in table.rows if row.repeated_header]
        assert header == table.rows[: len(header)]
        texts = [[c.text for c in row.cells] for row in header]
        rest = [[c.text for c in row.cells] for row in table.rows[len(header) :]]
        assert not [row for row in rest if row in texts]


def test_it_numbers_the_joined_rows_without_gaps(named: tuple[str, RawDocument, Plan]) -> None:
    # A row broken across pages and read as two would show a number twice or
    # leave an unnumbered row; each table counts 1..n, the plan table n = items
    # (none for a table without a TT column). A plan table split in several
    # tables (one per standard, rows pasted after it) goes on counting from
    # the previous table.
    name, raw, plan = named
    counts = [0]
    for table in _ruled(raw):
        numbers = [int(row.cells[0].text) for row in table.rows if row.cells[0].text.isdigit()]
        if not numbers:
            continue
        first = numbers[0]
        assert first in (1, counts[-1] + 1)
        assert numbers == list(range(first, first + len(numbers)))
        counts.append(numbers[-1])
    expected = len(plan.standards) if name in NUMBERED_STANDARDS else len(plan.items)
    assert max(counts) == (0 if name in UNNUMBERED else expected)


def test_it_joins_exactly_the_rows_broken_across_pages(
    named: tuple[str, RawDocument, Plan],
) -> None:
    name, raw, _ = named
    joined = [
        re.search(r"«(.*?)»", note.message).group(1)  # type: ignore[union-attr]
        for note in raw.notes
        if "ngắt sang trang" in note.message
    ]
    assert joined == BROKEN_ROWS.get(name, [])


@pytest.mark.parametrize(
    ("previous", "following", "full", "expected"),
    [
        ("30.000.00", "0", True, "30.000.000"),
        ("Kinh phí 1.250.000.00", "0đ", True, "Kinh phí 1.250.000.000đ"),
        ("125.500.000", "đ", True, "125.500.000đ"),
        ("Thời gian hoàn thà", "nh", True, "Thời gian hoàn thành"),
        ("Ngân", "sách huyện", False, "Ngân sách huyện"),
        ("Ngân sách", "huyện", True, "Ngân sách huyện"),
        ("Năm học 2024 -", "2025", True, "Năm học 2024 - 2025"),
        ("Cả năm học 2024", "2025", True, "Cả năm học 2024 2025"),
        ("Ngữ văn,", "01 giáo viên", True, "Ngữ văn, 01 giáo viên"),
        ("Kinh phí: 36.500.", "000 đồng", True, "Kinh phí: 36.500.000 đồng"),
        ("Giữ vững Mức", "3", True, "Giữ vững Mức 3"),
        ("Năm học 2023-", "2024", False, "Năm học 2023-2024"),
        ("Khối phòng hành chính-", "quản trị", True, "Khối phòng hành chính-quản trị"),
        ("Từ tháng 9–", "12/2024", False, "Từ tháng 9–12/2024"),
        ("Hội đồng tự đánh giá -", "- Tổ chức", False, "Hội đồng tự đánh giá - - Tổ chức"),
        ("Tháng 9/2023-5/202", "4", True, "Tháng 9/2023-5/2024"),
        ("Tháng", "9/2024", True, "Tháng 9/2024"),
        ("Mức", "độ thực hiện", True, "Mức độ thực hiện"),
        ("Đang", "thực hiện", True, "Đang thực hiện"),
        ("Ng", "uyễn Văn An", True, "Nguyễn Văn An"),
        ("5.000.000", "VNĐ", True, "5.000.000 VNĐ"),
        ("Kinh phí 2.000.000", "đồng", True, "Kinh phí 2.000.000 đồng"),
        ("", "Không", False, "Không"),
    ],
)
def test_it_joins_wrapped_lines_with_a_space_unless_a_token_was_cut(
    previous: str, following: str, full: bool, expected: str
) -> None:
    assert join_lines(previous, following, full) == expected
