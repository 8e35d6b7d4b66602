"""The layout rules of Nghị định 30/2020 and Biểu 2 (Thông tư 57), read from the exported DOCX.

Each test is one rule of ``reference/PROCESS.md`` §3 or ``TT57.md`` §5.2, checked
in the XML Word and LibreOffice lay out: sizes in half-points, margins in twips,
sections, header rows, merged cells, the page-number field.
"""

from __future__ import annotations

import io
import zipfile
from functools import cache
from typing import TYPE_CHECKING

import pytest

from caitien.exporters import export_plan
from tests.core.exporters.helpers import NS, W, paragraph_texts, part_xml, plan_2018, plan_2026

if TYPE_CHECKING:
    from lxml import etree

TWIPS_PER_CM = 1440 / 2.54
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@cache
def _document(form: str, split: bool = False) -> bytes:
    plan = plan_2018() if form == "2018" else plan_2026()
    if split:
        for item in plan.items:
            item.timeline = "Tháng 9/2024 - tháng 5/2025"
    return export_plan(plan, "docx")


def _body(form: str, split: bool = False) -> etree._Element:
    return part_xml(_document(form, split))


def _attr(element: etree._Element | None, name: str) -> str | None:
    assert element is not None
    return element.get(f"{{{W}}}{name}")


def _paragraph(form: str, text: str) -> etree._Element:
    for paragraph in _body(form).iter(f"{{{W}}}p"):
        if "".join(paragraph.itertext()) == text:
            return paragraph
    raise AssertionError(f"no paragraph «{text}»")


def _look(paragraph: etree._Element) -> tuple[float, bool, bool, bool, str]:
    """(size pt, bold, italic, capitals, alignment) of a paragraph's first run."""
    run = paragraph.find("w:r/w:rPr", NS)
    assert run is not None
    size = _attr(run.find("w:sz", NS), "val")
    flags = (run.find(f"w:{name}", NS) is not None for name in ("b", "i", "caps"))
    jc = paragraph.find("w:pPr/w:jc", NS)
    return (int(size or 0) / 2, *flags, _attr(jc, "val") if jc is not None else "left")  # type: ignore[return-value]


# (form, text, size, bold, italic, capitals, alignment): PROCESS.md §3.2, one line each
ELEMENTS = [
    ("2018", "UBND THÀNH PHỐ THỦ ĐỨC", 12, False, False, True, "center"),
    ("2018", "TRƯỜNG MẦM NON AN LỘC", 12, True, False, True, "center"),
    ("2018", "Số: 05/KH-MNAL", 13, False, False, False, "center"),
    ("2018", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, True, False, False, "center"),
    ("2018", "Độc lập - Tự do - Hạnh phúc", 13, True, False, False, "center"),
    ("2018", "Thủ Đức, ngày 25 tháng 8 năm 2024", 14, False, True, False, "center"),
    ("2018", "KẾ HOẠCH", 14, True, False, False, "center"),
    ("2018", "Cải tiến chất lượng giáo dục năm học 2024 - 2025", 14, True, False, False, "center"),
    ("2018", "I. MỤC ĐÍCH, YÊU CẦU", 14, True, False, False, "both"),
    ("2018", "Nơi nhận:", 12, True, True, False, "left"),
    ("2018", "- Lưu VT.", 11, False, False, False, "left"),
    ("2018", "HIỆU TRƯỞNG", 14, True, False, False, "center"),
    ("2018", "Trần Thị Thanh Lý", 14, True, False, False, "center"),
    ("2026", "TRƯỜNG TIỂU HỌC HƯNG THẠNH", 12, True, False, True, "center"),
    ("2026", "VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO", 14, True, False, False, "both"),
    ("2026", "Huỳnh Thị Ngọc Diễm", 14, True, False, False, "center"),
]


@pytest.mark.parametrize(
    ("form", "text", "size", "bold", "italic", "caps", "align"),
    ELEMENTS,
    ids=[f"{e[0]}-{e[1][:20]}" for e in ELEMENTS],
)
def test_it_gives_each_element_its_size_weight_case_and_alignment(
    form: str, text: str, size: float, bold: bool, italic: bool, caps: bool, align: str
) -> None:
    assert _look(_paragraph(form, text)) == (size, bold, italic, caps, align)


@pytest.mark.parametrize("form", ["2018", "2026"])
def test_it_sets_the_body_in_14_pt_justified_with_a_1_cm_indent_and_6_pt_after(
    form: str,
) -> None:
    plan = plan_2018() if form == "2018" else plan_2026()
    paragraph = _paragraph(form, f"1. {plan.purposes[0]}")
    assert _look(paragraph)[0] == 14 and _look(paragraph)[4] == "both"
    indent = int(_attr(paragraph.find("w:pPr/w:ind", NS), "firstLine") or 0) / TWIPS_PER_CM
    after = int(_attr(paragraph.find("w:pPr/w:spacing", NS), "after") or 0) / 20
    assert 1.0 <= round(indent, 2) <= 1.27 and after >= 6


@pytest.mark.parametrize("text", ["Độc lập - Tự do - Hạnh phúc", ""])
def test_it_rules_a_solid_line_under_the_motto_and_the_school_name(text: str) -> None:
    ruled = [
        p
        for p in _body("2018").iter(f"{{{W}}}p")
        if p.find("w:pPr/w:pBdr/w:bottom", NS) is not None and "".join(p.itertext()) == text
    ]
    assert ruled  # the motto's own border; empty rule paragraphs under the school and title
    assert all(_attr(p.find("w:pPr/w:pBdr/w:bottom", NS), "val") == "single" for p in ruled)


def _sections(body: etree._Element) -> list[tuple[etree._Element, list[etree._Element]]]:
    """Each section's properties with the top-level blocks it holds, in order."""
    sections: list[tuple[etree._Element, list[etree._Element]]] = []
    blocks: list[etree._Element] = []
    container = body.find("w:body", NS)
    assert container is not None
    for block in container:
        if block.tag == f"{{{W}}}sectPr":
            sections.append((block, blocks))
            continue
        blocks.append(block)
        inner = block.find("w:pPr/w:sectPr", NS)
        if inner is not None:
            sections.append((inner, blocks))
            blocks = []
    return sections


def _is_landscape(properties: etree._Element) -> bool:
    size = properties.find("w:pgSz", NS)
    return _attr(size, "orient") == "landscape" and int(_attr(size, "w") or 0) > int(
        _attr(size, "h") or 0
    )


def _grid_tables(blocks: list[etree._Element]) -> list[etree._Element]:
    """The bordered tables (plan, problems, monitoring), not the borderless header/closing."""
    return [
        b for b in blocks if b.tag == f"{{{W}}}tbl" and b.find("w:tblPr/w:tblBorders", NS) is None
    ]


@pytest.mark.parametrize(("form", "tables"), [("2018", 1), ("2026", 3)])
def test_it_sets_every_table_of_the_plan_in_a_landscape_section(form: str, tables: int) -> None:
    sections = _sections(_body(form))
    assert [_is_landscape(s) for s, _ in sections] == [False, True, False]
    assert len(_grid_tables(sections[1][1])) == tables
    assert not _grid_tables(sections[0][1]) and not _grid_tables(sections[2][1])


@pytest.mark.parametrize("form", ["2018", "2026"])
def test_it_sets_every_section_on_a4_with_the_margins_of_its_orientation(form: str) -> None:
    for properties, _ in _sections(_body(form)):
        size, margins = properties.find("w:pgSz", NS), properties.find("w:pgMar", NS)
        sides = {k: int(_attr(margins, k) or 0) / TWIPS_PER_CM for k in ("top", "left", "right")}
        sides["bottom"] = int(_attr(margins, "bottom") or 0) / TWIPS_PER_CM
        dimensions = sorted(round(int(_attr(size, k) or 0) / TWIPS_PER_CM, 1) for k in "wh")
        assert dimensions == [21.0, 29.7]
        if not _is_landscape(properties):
            assert 2.0 <= round(sides["top"], 2) <= 2.5 and round(sides["bottom"], 2) >= 2.0
            assert 3.0 <= round(sides["left"], 2) <= 3.5 and 1.5 <= round(sides["right"], 2) <= 2


def _headers(document: bytes) -> dict[str, etree._Element]:
    """The header parts by relationship id."""
    rels = part_xml(document, "word/_rels/document.xml.rels")
    return {
        rel.get("Id"): part_xml(document, "word/" + rel.get("Target"))
        for rel in rels
        if rel.get("Type", "").endswith("/header")
    }


@pytest.mark.parametrize("form", ["2018", "2026"])
def test_it_centres_the_page_number_at_the_top_from_page_two(form: str) -> None:
    document = _document(form)
    headers = _headers(document)
    first = _sections(_body(form))[0][0]
    assert first.find("w:titlePg", NS) is not None  # "different first page"
    refs = {_attr(r, "type"): r.get(f"{{{R}}}id") for r in first.findall("w:headerReference", NS)}
    default, first_page = headers[refs["default"]], headers[refs["first"]]
    field = default.find(".//w:fldSimple", NS)
    assert field is not None and _attr(field, "instr").strip() == "PAGE"  # type: ignore[union-attr]
    paragraph = field.getparent()
    assert _attr(paragraph.find("w:pPr/w:jc", NS), "val") == "center"
    assert first_page.find(".//w:fldSimple", NS) is None
    assert "".join(first_page.itertext()).strip() == ""
    with zipfile.ZipFile(io.BytesIO(document)) as package:
        footers = [package.read(n) for n in package.namelist() if "footer" in n]
    assert all(b"PAGE" not in footer for footer in footers)


def _rows(table: etree._Element) -> list[etree._Element]:
    return table.findall("w:tr", NS)


def _is_header(row: etree._Element) -> bool:
    flag = row.find("w:trPr/w:tblHeader", NS)
    return flag is not None and _attr(flag, "val") in (None, "true", "1", "on")


@pytest.mark.parametrize(
    ("form", "split", "table", "heading_rows"),
    [("2018", False, 0, 1), ("2018", True, 0, 2), ("2026", False, 0, 1), ("2026", False, 1, 2)],
    ids=["2018-table-III", "2018-split-time", "2026-table-IV", "2026-table-V"],
)
def test_it_repeats_exactly_the_heading_rows_of_each_table_on_every_page(
    form: str, split: bool, table: int, heading_rows: int
) -> None:
    grid = _grid_tables(_sections(_body(form, split))[1][1])[table]
    flags = [_is_header(row) for row in _rows(grid)]
    assert flags[:heading_rows] == [True] * heading_rows
    assert not any(flags[heading_rows:])


def _spans(row: etree._Element) -> list[int]:
    """How many grid columns each cell of a row covers."""
    spans = [c.find("w:tcPr/w:gridSpan", NS) for c in row.findall("w:tc", NS)]
    return [1 if span is None else int(_attr(span, "val") or 1) for span in spans]


def test_it_merges_the_part_rows_across_and_the_standard_rows_after_the_tt_cell() -> None:
    grid = _grid_tables(_sections(_body("2018"))[1][1])[0]
    rows = {paragraph_texts(r)[-1]: _spans(r) for r in _rows(grid)}
    assert rows["MỨC 1, 2, 3"] == [9]
    assert rows["MỨC 4: Không có"] == [9]
    assert rows["Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"] == [1, 8]


def test_it_merges_the_split_time_heading_across_and_the_other_headings_down() -> None:
    grid = _grid_tables(_sections(_body("2018", split=True))[1][1])[0]
    top, sub = _rows(grid)[:2]
    assert "Thời gian thực hiện và hoàn thành" in paragraph_texts(top)
    assert _spans(top) == [1, 1, 1, 1, 1, 2, 1, 1, 1]
    assert paragraph_texts(sub)[5:7] == ["Bắt đầu", "Kết thúc"]
    continued = [c.find("w:tcPr/w:vMerge", NS) for c in sub.findall("w:tc", NS)]
    assert [m is not None for m in continued] == [True] * 5 + [False, False] + [True] * 3


@pytest.mark.parametrize(
    ("table", "headings"),
    [
        (
            0,
            [
                "TT",
                "Tiêu chuẩn",
                "Tiêu chí liên quan (nếu có)",
                "Đánh giá hiện trạng",
                "Điểm hạn chế",
                "Nguyên nhân của hạn chế",
            ],
        ),
        (
            1,
            [
                "TT",
                "Nội dung cải tiến",
                "Mục tiêu cải tiến",
                "Hoạt động/giải pháp",
                "Chỉ số đánh giá kết quả",
                "Thời gian thực hiện",
                "Đơn vị/cá nhân phụ trách",
                "Nguồn lực bảo đảm",
                "Thông tin, dữ liệu hoặc minh chứng dự kiến",
                "Mức độ thực hiện",
            ],
        ),
        (
            2,
            [
                "Thời điểm",
                "Nội dung theo dõi",
                "Kết quả thực hiện",
                "Điều chỉnh (nếu có)",
                "Người đánh giá",
            ],
        ),
    ],
    ids=["IV-problems", "V-plan", "VI-monitoring"],
)
def test_it_heads_the_2026_tables_with_the_columns_of_biểu_2(
    table: int, headings: list[str]
) -> None:
    grid = _grid_tables(_sections(_body("2026"))[1][1])[table]
    assert paragraph_texts(_rows(grid)[0]) == headings
    assert len(grid.findall("w:tblGrid/w:gridCol", NS)) == len(headings)


def test_it_keeps_the_2026_monitoring_table_to_its_two_review_points() -> None:
    grid = _grid_tables(_sections(_body("2026"))[1][1])[2]
    assert [paragraph_texts(r)[0] for r in _rows(grid)[1:]] == ["Cuối học kỳ I", "Cuối năm học"]


def test_it_writes_the_2026_sections_in_the_forms_order() -> None:
    headings = [
        "I. THÔNG TIN CHUNG",
        "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
        "III. MỤC ĐÍCH, YÊU CẦU",
        "IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN",
        "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
        "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)",
        "VII. TỔ CHỨC THỰC HIỆN",
        "VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO",
    ]
    texts = paragraph_texts(_body("2026"))
    assert [t for t in texts if t in headings] == headings


def test_it_keeps_nơi_nhận_beside_the_signature_on_one_page() -> None:
    tables = _body("2018").findall("w:body/w:tbl", NS)
    closing = tables[-1]
    assert closing.find("w:tblPr/w:tblBorders", NS) is not None
    (row,) = _rows(closing)
    left, right = row.findall("w:tc", NS)
    assert paragraph_texts(left)[0] == "Nơi nhận:"
    assert paragraph_texts(right)[0] == "HIỆU TRƯỞNG"
    assert row.find("w:trPr/w:cantSplit", NS) is not None
