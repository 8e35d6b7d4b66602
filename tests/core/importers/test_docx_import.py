"""Word files end to end through ``import_plan``: reader choice, the shared mapping, .doc parity.

Covers: every Word sample (the shared v1.docx and v3.docx, and ours in
``tests/samples/docx/``) is read by the DOCX reader and maps to a valid plan
close to its truth; a renamed .docx is still read as Word; a header laid out
in floating text boxes imports like the same header in a table; a .doc made by
LibreOffice imports to the very plan its .docx gives. The field-by-field golden
comparison is ``test_golden.py``'s.
"""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import docx
import pytest
from docx.oxml import parse_xml

from caitien.importers import ImportContext, import_plan
from caitien.plan import load_plan
from caitien.scoring import score_plan
from tests.conftest import FIXTURES, SAMPLES

if TYPE_CHECKING:
    from pathlib import Path

WORD_SAMPLES = [
    (FIXTURES / "samples" / "v1.docx", FIXTURES / "samples" / "v1.json"),
    (FIXTURES / "samples" / "v3.docx", FIXTURES / "samples" / "v3.json"),
] + [
    (path, path.with_name(path.name.removesuffix(".docx") + ".plan.json"))
    for path in sorted((SAMPLES / "docx").glob("*.docx"))
]
HAS_SOFFICE = shutil.which("soffice") is not None
NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


@pytest.mark.parametrize(("document", "truth"), WORD_SAMPLES, ids=lambda path: path.name)
def test_it_imports_word_samples_close_to_their_truth(document: Path, truth: Path) -> None:
    result = import_plan(document)
    assert result.reader == "docx"
    result.plan.to_dict()  # validates against the schema
    score = score_plan(result.plan, load_plan(truth))
    assert score.accuracy >= 0.8, score.mismatches[:10]


def test_it_reads_a_renamed_word_file_by_its_bytes(tmp_path: Path) -> None:
    source = SAMPLES / "docx" / "thcs-2018-code-title-apart.docx"
    renamed = tmp_path / "ke-hoach.pdf"
    renamed.write_bytes(source.read_bytes())
    assert import_plan(renamed).plan == import_plan(source).plan


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_it_imports_a_doc_to_the_plan_of_its_docx() -> None:
    legacy = SAMPLES / "docx" / "legacy" / "tieu-hoc-2018-tab-header.doc"
    result = import_plan(legacy, ImportContext(timeout_seconds=120))
    assert result.reader == "doc"
    assert result.plan == import_plan(SAMPLES / "docx" / "tieu-hoc-2018-tab-header.docx").plan


def _text_box_run(lines: list[str], left_pt: int) -> str:
    paragraphs = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    return (
        f"<w:r><w:pict><v:shape style='position:absolute;margin-left:{left_pt}pt;"
        f"width:220pt;height:70pt'><v:textbox><w:txbxContent>{paragraphs}"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )


def test_it_imports_a_header_in_text_boxes_like_one_in_a_table(tmp_path: Path) -> None:
    source = SAMPLES / "docx" / "thcs-2018-code-title-apart.docx"
    document = docx.Document(str(source))
    header_table = document.element.body[0]
    cells = [
        [paragraph.text for paragraph in cell.paragraphs if paragraph.text]
        for row in document.tables[0].rows
        for cell in row.cells
    ]
    left, right = cells[0] + cells[2], cells[1] + cells[3]  # two rows of two cells
    anchor = parse_xml(
        f"<w:p {NAMESPACES}>{_text_box_run(left, 0)}{_text_box_run(right, 240)}</w:p>"
    )
    header_table.addprevious(anchor)
    header_table.getparent().remove(header_table)
    path = tmp_path / "text-boxes.docx"
    document.save(str(path))
    assert import_plan(path).plan == import_plan(source).plan


def test_it_imports_a_plan_table_framed_in_a_one_cell_table_like_the_bare_one(
    tmp_path: Path,
) -> None:
    source = SAMPLES / "docx" / "tieu-hoc-2018-tab-header.docx"
    document = docx.Document(str(source))
    plan_table = max(document.tables, key=lambda table: len(table.columns))._tbl
    frame = parse_xml(
        f"<w:tbl {NAMESPACES}><w:tblPr/><w:tblGrid><w:gridCol w:w='15000'/></w:tblGrid>"
        "<w:tr><w:tc><w:tcPr/><w:p/></w:tc></w:tr></w:tbl>"
    )
    plan_table.addprevious(frame)
    frame_cell = frame[2][0]
    frame_cell[1].addprevious(plan_table)  # the table goes in, the cell keeps its last paragraph
    path = tmp_path / "framed.docx"
    document.save(str(path))
    assert import_plan(path).plan == import_plan(source).plan


def test_it_reads_the_30_page_plans_of_both_forms_exactly(tmp_path: Path) -> None:
    """The bench's ~30-page plans (long merged tables, bulleted cells) import to their truth."""
    from benchmarks.large_docx import write_large_plans

    for path, truth in write_large_plans(tmp_path):
        result = import_plan(path)
        assert result.reader == "docx"
        assert len(result.plan.items) == len(truth.items) >= 30
        assert score_plan(result.plan, truth).accuracy == 1.0, path.name
