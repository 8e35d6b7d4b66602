"""The one-pass table reader (``word._plain``) gives exactly what the exact walk gives.

Each document is read three ways: as shipped (tables of plain cells in one pass
of lxml's iteration), with the one-pass reader switched off (cells read
paragraph by paragraph, plain runs in one loop), and with both shortcuts off
(every cell paragraph through the full run walk). The three raw documents must
be equal, and the one-pass reader must have read the tables it is meant for and
left the others to the exact walk.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import docx
import pytest

from caitien.importers.word import _body
from caitien.importers.word._body import BodyWalker
from tests.core.importers.test_docx_reader import _body_docx, _read, _table

if TYPE_CHECKING:
    from caitien.importers._document import RawDocument

ROOT = Path(__file__).resolve().parents[3]
SHARED = Path(os.environ.get("CAITIEN_SHARED_DIR", ROOT.parent / "shared")) / "fixtures" / "samples"
SAMPLES = sorted((ROOT / "tests/samples/docx").rglob("*.docx")) + sorted(SHARED.glob("*.docx"))


def _three_ways(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[RawDocument, list[bool]]:
    """The document as read by the shipped reader, once it equals both exact readings.

    Also returns, per table met, whether the one-pass reader read it.
    """
    fast_read: list[bool] = []
    one_pass = _body.plain_rows

    def spy(table, with_marker):  # type: ignore[no-untyped-def]
        read = one_pass(table, with_marker)
        fast_read.append(read is not None)
        return read

    with monkeypatch.context() as patch:
        patch.setattr(_body, "plain_rows", spy)
        shipped = _read(path)
    with monkeypatch.context() as patch:
        patch.setattr(_body, "plain_rows", lambda table, with_marker: None)
        by_paragraph = _read(path)
        patch.setattr(BodyWalker, "_plain_pieces", lambda self, element: None)
        full_walk = _read(path)
    assert shipped == by_paragraph == full_walk
    return shipped, fast_read


def _cell(paragraphs: str, tcpr: str = "") -> str:
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{paragraphs}</w:tc>"


def _run(content: str, rpr: str = "") -> str:
    return f"<w:r>{rpr}{content}</w:r>"


def _t(text: str) -> str:
    return f"<w:t xml:space='preserve'>{text}</w:t>"


FIELD = (
    _run("<w:fldChar w:fldCharType='begin'/>")
    + _run("<w:instrText> DATE \\@ dd/MM/yyyy </w:instrText>")
    + _run("<w:fldChar w:fldCharType='separate'/>")
    + _run(_t("05/9/2024"))
    + _run("<w:fldChar w:fldCharType='end'/>")
)


@pytest.mark.parametrize(
    ("paragraph", "shown", "one_pass"),
    [
        (_run(_t("UBND HUYỆN A") + "<w:tab/>" + _t("CỘNG HÒA")), "UBND HUYỆN A\tCỘNG HÒA", True),
        (
            "<w:pPr><w:tabs><w:tab w:val='left' w:pos='720'/></w:tabs></w:pPr>"
            + _run("<w:ptab w:relativeTo='margin' w:alignment='right' w:leader='none'/>" + _t("x")),
            "\tx",
            True,
        ),
        (
            _run(_t("dòng 1") + "<w:br/>" + _t("dòng 2") + "<w:cr/>" + _t("3")),
            "dòng 1\ndòng 2\n3",
            True,
        ),
        (
            _run(_t("trang") + "<w:br w:type='page'/>" + _t("mới") + "<w:br/><w:tab/>"),
            "trangmới",
            True,
        ),
        (_run(_t("phương") + "<w:softHyphen/>" + _t("pháp")), "phươngpháp", True),
        (_run(_t("2023") + "<w:noBreakHyphen/>" + _t("2024")), "2023-2024", True),
        (_run("<w:sym w:font='Symbol' w:char='F02D'/>" + _t(" Rà soát")), "- Rà soát", True),
        (_run("<w:sym w:font='Wingdings' w:char='F0D8'/>" + _t("x")), "•x", True),
        (FIELD, "05/9/2024", True),
        (
            "<w:bookmarkStart w:id='0' w:name='a'/>"
            + _run(_t("Tiêu chí 2.2"), "<w:rPr><w:b/><w:sz w:val='26'/></w:rPr>")
            + "<w:bookmarkEnd w:id='0'/><w:proofErr w:type='spellStart'/>",
            "Tiêu chí 2.2",
            True,
        ),
        ("<w:fldSimple w:instr=' PAGE '>" + _run(_t("3")) + "</w:fldSimple>", "3", False),
        (
            "<w:sdt><w:sdtContent>" + _run(_t("điều khiển")) + "</w:sdtContent></w:sdt>",
            "điều khiển",
            False,
        ),
        (
            "<w:smartTag w:uri='urn:x' w:element='place'>" + _run(_t("Lào Cai")) + "</w:smartTag>",
            "Lào Cai",
            False,
        ),
        (
            "<w:hyperlink r:id='rId99'>" + _run(_t("thuvienphapluat.vn")) + "</w:hyperlink>",
            "thuvienphapluat.vn",
            False,
        ),
        (
            _run(_t("Giữ "))
            + "<w:del w:id='1' w:author='x'>"
            + _run("<w:delText>bỏ</w:delText><w:tab/>")
            + "</w:del><w:ins w:id='2' w:author='x'>"
            + _run(_t("vững"))
            + "</w:ins>",
            "Giữ vững",
            False,
        ),
        (
            _run(_t("hiện")) + _run(_t("ẩn") + "<w:tab/>", "<w:rPr><w:vanish/></w:rPr>"),
            "hiện",
            False,
        ),
        (
            "<m:oMath xmlns:m='http://schemas.openxmlformats.org/officeDocument/2006/math'>"
            "<m:r><w:t>x</w:t></m:r></m:oMath>" + _run(_t("công thức")),
            "công thức",
            False,
        ),
        (
            _run(
                "<w:ruby><w:rubyPr/><w:rt>"
                + _run(_t("chú"))
                + "</w:rt><w:rubyBase>"
                + _run(_t("gốc"))
                + "</w:rubyBase></w:ruby>"
            )
            + _run(_t("x")),
            "x",
            False,
        ),
        (
            _run(_t("neo"))
            + _run(
                "<w:pict><v:shape><v:textbox><w:txbxContent><w:p>"
                + _run(_t("hộp chữ"))
                + "</w:p></w:txbxContent></v:textbox></v:shape></w:pict>"
            ),
            "neo\nhộp chữ",
            False,
        ),
    ],
)
def test_it_reads_a_cells_text_as_the_exact_walk_does(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    paragraph: str,
    shown: str,
    one_pass: bool,
) -> None:
    cells = _cell(f"<w:p>{paragraph}</w:p><w:p/>") + _cell(
        "<w:p>" + _run(_t("bên cạnh")) + "</w:p>"
    )
    path = _body_docx(tmp_path, _table(f"<w:tr>{cells}</w:tr>", 2))
    raw, fast_read = _three_ways(path, monkeypatch)
    assert any(fast_read) is one_pass  # hidden text: the one-pass reader is not even tried
    assert raw.blocks[0].rows[0].cells[0].text == shown  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("rows", "one_pass"),
    [
        (
            "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
            + _cell("<w:p>" + _run(_t("Thời gian")) + "</w:p>", "<w:gridSpan w:val='2'/>")
            + _cell("<w:p>" + _run(_t("Chủ trì")) + "</w:p>", "<w:vMerge w:val='restart'/>")
            + "</w:tr><w:tr><w:trPr><w:gridBefore w:val='1'/></w:trPr>"
            + _cell("<w:p>" + _run(_t("Kết thúc")) + "</w:p>")
            + _cell("<w:p/>", "<w:vMerge/>")
            + "</w:tr><w:tr>"
            + _cell("<w:p>" + _run(_t("a")) + "</w:p>", "<w:hMerge w:val='restart'/>")
            + _cell("<w:p>" + _run(_t("bỏ")) + "</w:p>", "<w:hMerge/>")
            + _cell("<w:p>" + _run(_t("c")) + "</w:p>")
            + "</w:tr>",
            True,
        ),
        (
            "<w:tr>"
            + _cell(
                "<w:p>" + _run(_t("cũ")) + "</w:p>",
                "<w:tcW w:w='1000' w:type='dxa'/><w:tcPrChange w:id='1' w:author='x'>"
                "<w:tcPr><w:gridSpan w:val='3'/></w:tcPr></w:tcPrChange>",
            )
            + "</w:tr>",
            False,
        ),
        (
            "<w:tr><w:trPr><w:trPrChange w:id='1' w:author='x'><w:trPr><w:tblHeader/></w:trPr>"
            "</w:trPrChange></w:trPr>" + _cell("<w:p>" + _run(_t("TT")) + "</w:p>") + "</w:tr>",
            False,
        ),
        (
            "<w:tr>"
            + _cell(
                "<w:p>"
                + _run(_t("x"))
                + "</w:p>"
                + _table("<w:tr>" + _cell("<w:p>" + _run(_t("lồng")) + "</w:p>") + "</w:tr>", 1)
                + "<w:p/>"
            )
            + "</w:tr>",
            False,
        ),
        (
            "<w:sdt><w:sdtContent><w:tr>"
            + _cell("<w:p>" + _run(_t("dòng trong điều khiển")) + "</w:p>")
            + "</w:tr></w:sdtContent></w:sdt>",
            False,
        ),
        (
            "<w:tr><w:sdt><w:sdtContent>"
            + _cell("<w:p>" + _run(_t("ô trong điều khiển")) + "</w:p>")
            + "</w:sdtContent></w:sdt></w:tr>",
            False,
        ),
    ],
)
def test_it_places_cells_on_the_grid_as_the_exact_walk_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: str, one_pass: bool
) -> None:
    path = _body_docx(tmp_path, _table(rows, 3))
    _, fast_read = _three_ways(path, monkeypatch)
    assert fast_read[0] is one_pass


_LINE = "<w:top w:val='single' w:sz='4'/><w:left w:val='single' w:sz='4'/>"
_NO_LINE = "<w:top w:val='nil'/><w:bottom w:val='none'/>"


@pytest.mark.parametrize(
    ("borders", "bordered"),
    [
        ((f"<w:tcBorders>{_LINE}</w:tcBorders>",) * 3, True),
        ((f"<w:tcBorders>{_LINE}</w:tcBorders>",) * 2 + ("",), True),
        ((f"<w:tcBorders>{_LINE}</w:tcBorders>", "", ""), False),
        ((f"<w:tcBorders>{_NO_LINE}</w:tcBorders>",) * 3, False),
        (("<w:tcBorders></w:tcBorders>",) * 3, False),
        # Margins share the side names; only the cell's borders count.
        (("<w:tcMar><w:top w:w='100' w:type='dxa'/></w:tcMar>",) * 3, False),
        (
            (f"<w:tcBorders>{_LINE}</w:tcBorders>",) * 2
            + (f"<w:tcBorders>{_NO_LINE}</w:tcBorders>",),
            True,
        ),
        (
            ("<w:tcBorders><w:tl2br w:val='single'/><w:tr2bl w:val='single'/></w:tcBorders>",) * 3,
            False,
        ),
        (
            (
                "<w:tcW w:w='1000' w:type='dxa'/><w:tcPrChange w:id='1' w:author='x'><w:tcPr>"
                f"<w:tcBorders>{_LINE}</w:tcBorders></w:tcPr></w:tcPrChange>",
            )
            * 3,
            False,
        ),
    ],
)
def test_it_tells_a_table_bordered_cell_by_cell_as_the_exact_walk_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, borders: tuple[str, ...], bordered: bool
) -> None:
    cells = "".join(_cell("<w:p>" + _run(_t("ô")) + "</w:p>", tcpr) for tcpr in borders)
    path = _body_docx(tmp_path, _table(f"<w:tr>{cells}</w:tr>", 3))
    raw, fast_read = _three_ways(path, monkeypatch)
    assert fast_read == [True]
    assert raw.blocks[0].bordered is bordered  # type: ignore[union-attr]


def test_it_puts_list_markers_before_cell_paragraphs_read_in_one_pass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "Rà soát hồ sơ;"
    cell.paragraphs[0].style = document.styles["List Bullet"]
    cell.add_paragraph("Tập huấn giáo viên.", style="List Number")
    path = tmp_path / "cell-lists.docx"
    document.save(str(path))
    raw, fast_read = _three_ways(path, monkeypatch)
    assert fast_read == [True]
    assert raw.blocks[0].rows[0].cells[0].paragraphs == [  # type: ignore[union-attr]
        "- Rà soát hồ sơ;",
        "1. Tập huấn giáo viên.",
    ]


@pytest.mark.parametrize("document", SAMPLES, ids=lambda path: path.name)
def test_it_reads_every_sample_as_the_exact_walk_does(
    document: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _three_ways(document, monkeypatch)


def test_it_reads_every_table_of_the_30_page_plans_in_one_pass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from benchmarks.large_docx import write_large_plans

    for path, _ in write_large_plans(tmp_path):
        _, fast_read = _three_ways(path, monkeypatch)
        assert fast_read
        assert all(fast_read)
