"""DOCX export: page setup, header, table structure, words kept, templates and their failures."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from typing import TYPE_CHECKING

import docx
import pytest

from caitien.errors import ExportError
from caitien.exporters import export_plan
from caitien.exporters.word import default_template, render_docx
from caitien.plan import Item
from tests.core.exporters.helpers import (
    NS,
    SAMPLE_V1,
    W,
    edited_template,
    paragraph_texts,
    part_xml,
    plan_2018,
    plan_2026,
)

if TYPE_CHECKING:
    from pathlib import Path

    from lxml import etree

    from caitien.plan import Plan

FORMS = {"2018": plan_2018, "2026": plan_2026}
TWIPS_PER_CM = 1440 / 2.54


def _docx(plan: Plan) -> bytes:
    return export_plan(plan, "docx")


def _attr(element: etree._Element, name: str) -> str:
    return str(element.get(f"{{{W}}}{name}"))


def _cm(element: etree._Element, name: str) -> float:
    return int(_attr(element, name)) / TWIPS_PER_CM


@pytest.fixture(scope="module", params=sorted(FORMS))
def exported(request: pytest.FixtureRequest) -> tuple[Plan, bytes]:
    plan = FORMS[request.param]()
    return plan, _docx(plan)


def test_it_writes_a_valid_word_package(exported: tuple[Plan, bytes]) -> None:
    with zipfile.ZipFile(io.BytesIO(exported[1])) as package:
        assert package.testzip() is None
        names = set(package.namelist())
    assert {"[Content_Types].xml", "word/document.xml", "word/styles.xml"} <= names
    assert any(n.startswith("word/header") for n in names)
    docx.Document(io.BytesIO(exported[1]))  # python-docx opens it


def test_it_sets_a4_pages_with_the_decree_margins(exported: tuple[Plan, bytes]) -> None:
    first = part_xml(exported[1]).findall(".//w:sectPr", NS)[0]
    size, margins = first.find("w:pgSz", NS), first.find("w:pgMar", NS)
    assert size is not None and margins is not None
    assert (round(_cm(size, "w"), 1), round(_cm(size, "h"), 1)) == (21.0, 29.7)
    top, bottom, left, right = (
        round(_cm(margins, e), 2) for e in ("top", "bottom", "left", "right")
    )
    assert 2.0 <= top <= 2.5 and 2.0 <= bottom <= 2.5
    assert 3.0 <= left <= 3.5 and 1.5 <= right <= 2.0


def test_it_puts_the_tables_in_a_landscape_section(exported: tuple[Plan, bytes]) -> None:
    sizes = [s.find("w:pgSz", NS) for s in part_xml(exported[1]).iter(f"{{{W}}}sectPr")]
    landscape = [s for s in sizes if s is not None and _attr(s, "orient") == "landscape"]
    assert landscape
    assert all(int(_attr(s, "w")) > int(_attr(s, "h")) for s in landscape)


def test_it_uses_times_new_roman(exported: tuple[Plan, bytes]) -> None:
    styles = part_xml(exported[1], "word/styles.xml")
    normal = styles.find(".//w:style[@w:styleId='Normal']", NS)
    assert normal is not None
    fonts = normal.find(".//w:rFonts", NS)
    assert fonts is not None
    assert {_attr(fonts, a) for a in ("ascii", "hAnsi", "cs", "eastAsia")} == {"Times New Roman"}


def test_it_numbers_pages_at_the_top_from_page_two(exported: tuple[Plan, bytes]) -> None:
    body = part_xml(exported[1])
    first = body.findall(".//w:sectPr", NS)[0]
    assert first.find("w:titlePg", NS) is not None
    with zipfile.ZipFile(io.BytesIO(exported[1])) as package:
        headers = [n for n in package.namelist() if n.startswith("word/header")]
        fields = [
            f
            for name in headers
            for f in part_xml(exported[1], name).iter(f"{{{W}}}fldSimple")
            if "PAGE" in _attr(f, "instr")
        ]
    assert len(fields) == 1
    later = body.findall(".//w:sectPr", NS)[1:]
    assert all(s.find("w:titlePg", NS) is None for s in later)


def test_it_writes_the_header_as_a_borderless_two_column_table(
    exported: tuple[Plan, bytes],
) -> None:
    table = part_xml(exported[1]).find(".//w:tbl", NS)
    assert table is not None
    borders = table.find("w:tblPr/w:tblBorders", NS)
    assert borders is not None
    assert {_attr(edge, "val") for edge in borders} == {"nil"}
    assert len(table.findall("w:tblGrid/w:gridCol", NS)) == 2


@pytest.mark.parametrize(
    ("form", "number", "date"),
    [
        ("2018", "Số: 05/KH-MNAL", "Thủ Đức, ngày 25 tháng 8 năm 2024"),
        ("2026", "Số: 62/KH-THHT", "Cái Răng, ngày 25 tháng 9 năm 2026"),
    ],
)
def test_it_writes_the_exact_number_and_date_lines(form: str, number: str, date: str) -> None:
    header = part_xml(_docx(FORMS[form]())).find(".//w:tbl", NS)
    assert header is not None
    texts = paragraph_texts(header)
    assert number in texts and date in texts
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in texts
    assert "Độc lập - Tự do - Hạnh phúc" in texts


def test_it_repeats_the_header_row_of_the_plan_table(exported: tuple[Plan, bytes]) -> None:
    tables = part_xml(exported[1]).findall(".//w:tbl", NS)
    grids = [t for t in tables if t.find("w:tblPr/w:tblBorders", NS) is None]
    assert grids
    for table in grids:
        first = table.find("w:tr", NS)
        assert first is not None and first.find("w:trPr/w:tblHeader", NS) is not None


def test_it_leaves_no_template_tag_behind(exported: tuple[Plan, bytes]) -> None:
    text = "\n".join(paragraph_texts(part_xml(exported[1])))
    assert "{{" not in text and "{%" not in text and "}}" not in text


def test_it_keeps_every_word_of_the_plan(exported: tuple[Plan, bytes]) -> None:
    plan, document = exported
    text = "\n".join(paragraph_texts(part_xml(document)))
    fields = [i.actions for i in plan.items] + [i.target for i in plan.items]
    fields += plan.purposes + plan.bases + [d for r in plan.organization for d in r.duties]
    fields += [f"Tiêu chuẩn {s.number}: {s.title}" for s in plan.standards]
    fields += [p.limitation for p in plan.problems] + [m.when for m in plan.monitoring]
    assert [f for f in fields if f and f not in text] == []


def test_it_writes_the_2018_parts_and_says_when_there_is_no_level_4() -> None:
    text = paragraph_texts(part_xml(_docx(plan_2018())))
    assert "MỨC 1, 2, 3" in text and "MỨC 4: Không có" in text
    with_level_4 = paragraph_texts(part_xml(_docx(_load(SAMPLE_V1))))
    assert "MỨC 4" in with_level_4 and "MỨC 4: Không có" not in with_level_4


def _load(path: Path) -> Plan:
    from caitien.plan import load_plan

    return load_plan(path)


def test_it_writes_the_2026_sections_and_numbered_columns() -> None:
    text = paragraph_texts(part_xml(_docx(plan_2026())))
    for heading in (
        "I. THÔNG TIN CHUNG",
        "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
        "III. MỤC ĐÍCH, YÊU CẦU",
        "IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN",
        "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
        "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)",
        "VII. TỔ CHỨC THỰC HIỆN",
        "VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO",
    ):
        assert heading in text
    assert [f"({n})" for n in range(1, 11)] == [
        t for t in text if t.startswith("(") and t[1:-1].isdigit()
    ]


@pytest.mark.parametrize(
    ("criterion", "content", "cell"),
    [
        (
            "3.5",
            "Nâng cao chất lượng môn Tiếng Anh",
            "Nâng cao chất lượng môn Tiếng Anh (Tiêu chí 3.5)",
        ),
        ("3.5", "Tiêu chí 3.5: Nâng cao chất lượng", "Tiêu chí 3.5: Nâng cao chất lượng"),
        ("3.5", "Nâng cao chất lượng (TC 3.5)", "Nâng cao chất lượng (TC 3.5)"),
        (
            "3.5",
            "Nâng cao chất lượng (Tiêu chí 3.4)",
            "Nâng cao chất lượng (Tiêu chí 3.4) (Tiêu chí 3.5)",
        ),
        (None, "Mở lớp kỹ năng số", "Mở lớp kỹ năng số"),
        ("1.3", "", "Tiêu chí 1.3"),
    ],
)
def test_it_names_the_criterion_in_a_2026_content_cell_that_leaves_it_out(
    criterion: str | None, content: str, cell: str
) -> None:
    plan = plan_2026()
    plan.items = [
        replace(plan.items[0], criterion=criterion, criterion_title=None, content=content)
    ]
    rows = part_xml(_docx(plan)).iter(f"{{{W}}}tr")
    cells = [paragraph_texts(row) for row in rows]
    assert any(row[1:2] == [cell] for row in cells)


@pytest.mark.parametrize(
    ("timelines", "split"),
    [
        (["Tháng 9/2024 - tháng 5/2025", "Tháng 10/2024 - tháng 12/2024"], True),
        (["Tháng 9/2024 - tháng 5/2025", "Cả năm học"], False),
        (["Năm học 2024-2025", "Tháng 9/2024"], False),
        (["Từ tháng 9 - tháng 10 - tháng 12", "Tháng 9/2024 - tháng 5/2025"], False),
    ],
)
def test_it_splits_the_time_column_only_when_every_row_has_a_start_and_an_end(
    timelines: list[str], split: bool
) -> None:
    plan = plan_2018()
    plan.items = [
        Item(part="levels_1_3", standard=1, criterion="1.1", timeline=t) for t in timelines
    ]
    text = paragraph_texts(part_xml(_docx(plan)))
    assert ("Bắt đầu" in text and "Kết thúc" in text) is split
    if split:
        assert {"Tháng 9/2024", "tháng 5/2025"} <= set(text)


def test_it_escapes_markup_characters_in_the_plan() -> None:
    plan = plan_2018()
    plan.items[0].actions = 'Mua <máy chiếu> & "loa" cho lớp'
    text = paragraph_texts(part_xml(_docx(plan)))
    assert 'Mua <máy chiếu> & "loa" cho lớp' in text


@pytest.mark.parametrize("form", sorted(FORMS))
def test_it_ships_a_template_that_renders_for_each_form(form: str) -> None:
    template = default_template(form)
    assert template.startswith(b"PK")
    assert b"{{" in zipfile.ZipFile(io.BytesIO(template)).read("word/document.xml")
    assert render_docx(FORMS[form](), template).startswith(b"PK")


def _custom_template(tmp_path: Path, text: str) -> Path:
    document = docx.Document()
    document.add_paragraph(text)
    path = tmp_path / "mau.docx"
    document.save(str(path))
    return path


def test_it_renders_a_custom_template_from_a_path_or_bytes(tmp_path: Path) -> None:
    # a Sở's copy of the shipped template, with its own line above the header
    copy = edited_template("2018", "KẾ HOẠCH<", "KẾ HOẠCH (mẫu của Sở)<")
    path = tmp_path / "mau.docx"
    path.write_bytes(copy)
    for template in (path, copy):
        texts = paragraph_texts(part_xml(render_docx(plan_2018(), template)))
        assert "KẾ HOẠCH (mẫu của Sở)" in texts and "Số: 05/KH-MNAL" in texts


@pytest.mark.parametrize(
    ("form", "old", "new", "message"),
    [
        ("2018", "{{ school_name }}", "{{ school_name }", "lỗi cú pháp Jinja ở «{{ school_name }"),
        ("2018", "{{ r.support }}", "{{ r.support | khong_co }}", "lỗi cú pháp Jinja"),
        ("2018", "{{ school_name }}", "{{ ten_truong }}", "chỗ điền không có.*«ten_truong»"),
        ("2018", "{{ signer_name }}", "", "thiếu chỗ điền.*người ký \\(signer_name\\)"),
        ("2018", "{{ r.support }}", "", "thiếu chỗ điền.*cột điều kiện hỗ trợ khác"),
        ("2026", "{{ r.indicator }}", "", "cột chỉ số đánh giá kết quả"),
        ("2026", "{{ m.assessor }}", "{{ m.assessor + 1 }}", "Không điền được mẫu văn bản"),
    ],
)
def test_it_refuses_a_broken_copy_of_a_shipped_template(
    form: str, old: str, new: str, message: str
) -> None:
    with pytest.raises(ExportError, match=message):
        render_docx(FORMS[form](), edited_template(form, old, new))


@pytest.mark.parametrize(("plan_form", "template_form"), [("2018", "2026"), ("2026", "2018")])
def test_it_refuses_the_template_of_the_other_form(plan_form: str, template_form: str) -> None:
    names = {"2018": "mẫu 2018", "2026": "mẫu 2026"}
    expected = f"là {names[template_form]} .* nhưng kế hoạch theo {names[plan_form]}"
    with pytest.raises(ExportError, match=expected):
        render_docx(FORMS[plan_form](), default_template(template_form))


def test_it_lets_a_template_leave_out_a_part_the_plan_does_not_have() -> None:
    plan = plan_2018()
    plan.recipients = []
    template = edited_template("2018", "{%p for x in recipients %}", "{%p for x in [] %}")
    assert render_docx(plan, template).startswith(b"PK")
    with pytest.raises(ExportError, match="nơi nhận"):
        render_docx(plan_2018(), template)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{{ school_name ", "lỗi cú pháp Jinja"),
        ("{% for x in purposes %}{{ x }}", "lỗi cú pháp Jinja"),
        ("{{ school_name | khong_co_bo_loc }}", "lỗi cú pháp Jinja"),
    ],
)
def test_it_refuses_a_template_with_broken_jinja(
    tmp_path: Path, content: str, message: str
) -> None:
    with pytest.raises(ExportError, match=message):
        render_docx(plan_2018(), _custom_template(tmp_path, content))


def test_it_refuses_a_template_that_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "mau.docx"
    path.write_text("không phải Word", encoding="utf-8")
    with pytest.raises(ExportError, match="không phải tệp Word"):
        render_docx(plan_2018(), path)
    with pytest.raises(ExportError, match="không phải tệp Word"):
        render_docx(plan_2018(), b"PK\x03\x04 truncated")


def test_it_refuses_a_missing_template(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"Không tìm thấy mẫu văn bản «khong-co\.docx»"):
        render_docx(plan_2018(), tmp_path / "khong-co.docx")


# (element, elements the schema puts after it): Word refuses properties out of order
_ORDER = [
    ("pPr", "pBdr", ("spacing", "ind", "jc", "rPr")),
    ("tblPr", "tblBorders", ("tblLayout", "tblCellMar", "tblLook")),
    ("tblPr", "tblInd", ("tblBorders", "tblLayout", "tblLook")),
]


@pytest.mark.parametrize(("parent", "child", "later"), _ORDER)
def test_it_writes_properties_in_schema_order(
    exported: tuple[Plan, bytes], parent: str, child: str, later: tuple[str, ...]
) -> None:
    checked = 0
    for element in part_xml(exported[1]).iter(f"{{{W}}}{parent}"):
        names = [c.tag.split("}")[1] for c in element]
        if child in names:
            checked += 1
            assert not set(names[: names.index(child)]) & set(later), names
    assert checked


def test_it_names_the_plan_and_school_in_the_file_properties() -> None:
    properties = docx.Document(io.BytesIO(_docx(plan_2018()))).core_properties
    assert properties.title == "Kế hoạch cải tiến chất lượng giáo dục năm học 2024 - 2025"
    assert properties.author == "Trường Mầm non An Lộc"
    assert properties.keywords == "05/KH-MNAL"


def _run_of(document: bytes, text: str) -> etree._Element:
    """The first run properties of the paragraph whose whole text is ``text``."""
    for paragraph in part_xml(document).iter(f"{{{W}}}p"):
        if "".join(paragraph.itertext()) == text:
            properties = paragraph.find("w:r/w:rPr", NS)
            assert properties is not None
            return properties
    raise AssertionError(f"no paragraph «{text}»")


def _size_pt(properties: etree._Element) -> float:
    size = properties.find("w:sz", NS)
    assert size is not None
    return int(_attr(size, "val")) / 2


@pytest.mark.parametrize(
    ("place", "size"),
    [("Thủ Đức", 14), ("Thành phố Hồ Chí Minh", 13), ("Thành phố Thủ Đức", 13)],
)
def test_it_sets_the_date_line_in_14_pt_italic_or_13_when_the_place_is_long(
    place: str, size: float
) -> None:
    plan = plan_2018()
    plan.document.place, plan.document.date = place, "2025-01-05"
    properties = _run_of(_docx(plan), f"{place}, ngày 05 tháng 01 năm 2025")
    assert _size_pt(properties) == size
    assert properties.find("w:i", NS) is not None


def test_it_prints_the_forms_two_review_points_when_a_2026_plan_has_no_monitoring() -> None:
    plan = plan_2026()
    plan.monitoring = []
    tables = part_xml(_docx(plan)).findall(".//w:tbl", NS)
    monitoring = next(t for t in tables if "Thời điểm" in paragraph_texts(t))
    rows = [paragraph_texts(row) for row in monitoring.findall("w:tr", NS)]
    assert [row[0] for row in rows[1:]] == ["Cuối học kỳ I", "Cuối năm học"]
    assert all(text == "" for row in rows[1:] for text in row[1:])


def test_it_exports_a_2018_plan_carrying_parts_only_the_2026_form_places() -> None:
    plan = plan_2018()
    plan.reporting = ["Báo cáo cuối năm."]
    plan.general_info = ["Trường công lập."]
    assert render_docx(plan).startswith(b"PK")
