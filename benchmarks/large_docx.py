"""Two ~30-page Word plans written at bench time (never committed), with their exact truth.

Real plans that cover every criterion run to 30 pages and more; the samples of
``tests/samples/docx`` are two to four pages. These two are written with the
sample generator (``tests/samples/generate_docx.py``) from descriptions built
here out of the framework's criteria, so document and truth cannot disagree:

- a 2018 plan (TT17, tiểu học): the long section III table with two repeated
  header rows (time split into "Bắt đầu" / "Kết thúc"), "MỨC 1, 2, 3" / "MỨC 4"
  and standard rows merged across, a row per criterion, "Chủ trì" cells merged
  down over two criteria (``w:vMerge``), action cells of five "-" / "+" points;
- a 2026 plan (TT57 Phụ lục III, GDTX): all eight sections, the problems table
  of IV, the 10-column table V with standard rows, a column-number row and
  action cells of three points, the monitoring table of VI.

Both are written with the markup Word saves (run fonts and sizes, revision ids)
and columns sized as schools size them; LibreOffice prints them on about 30
landscape pages each.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "tests" / "samples"
if str(SAMPLES) not in sys.path:
    sys.path.insert(0, str(SAMPLES))

import generate_docx  # noqa: E402  (the sample generator lives beside the samples)
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from generate_docx_plans import plan, row, row_2026  # noqa: E402

from caitien.frameworks import get_framework  # noqa: E402

if TYPE_CHECKING:
    from caitien.plan import Plan

# Landscape A4 less 1.5 cm margins, in twentieths of a point.
LANDSCAPE_WIDTH = 15120
# Relative widths of the wide tables' columns, as schools lay them out: actions widest.
WEIGHTS = {
    10: (2, 6, 5, 12, 5, 3, 3, 3, 3, 3),
    6: (1, 3, 3, 6, 6, 5),
    5: (3, 6, 5, 4, 3),
}
WORD_RUN_PROPS = (
    '<w:rPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
    '<w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr>'
)

PEOPLE = (
    "Hiệu trưởng Nguyễn Văn Bình",
    "Phó hiệu trưởng Lê Thị Thu Hà",
    "Tổ trưởng tổ 1 - 2 Phạm Thị Mai",
    "Tổ trưởng tổ 3 - 4 - 5 Đặng Văn Lực",
    "Tổng phụ trách Đội Trần Thị Ngọc",
    "Kế toán Vũ Thị Hằng; văn thư",
)
MONTHS = ("Tháng 9/2025", "Tháng 10/2025", "Tháng 11/2025", "Tháng 12/2025", "Tháng 1/2026")
ENDS = ("Tháng 3/2026", "Tháng 4/2026", "Tháng 5/2026")
BUDGETS = (
    ("Không", None),
    ("5.000.000đ", 5000000),
    ("12 triệu đồng", 12000000),
    ("Ngân sách chi thường xuyên", None),
    ("35.000.000 đồng", 35000000),
)
VERBS = (
    "Rà soát, bổ sung hồ sơ để bảo đảm",
    "Xây dựng kế hoạch chi tiết theo từng tháng nhằm",
    "Phân công giáo viên cốt cán hướng dẫn, kiểm tra việc",
    "Tổ chức chuyên đề cấp trường, trao đổi kinh nghiệm về",
    "Tham mưu UBND xã, phối hợp Ban đại diện cha mẹ học sinh để",
    "Lưu minh chứng theo mã đã thống nhất, báo cáo kết quả về",
)


def _actions(criterion: Any, seed: int, count: int) -> list[str]:
    """``count`` cell paragraphs: "-" actions from the criterion's level texts, "+" details."""
    texts = [text for level in sorted(criterion.levels) for text in criterion.levels[level]]
    lines = []
    for index in range(count):
        text = texts[(seed + index) % len(texts)].split(") ", 1)[-1].rstrip(".")
        marker = "+" if index % 3 == 2 else "-"
        verb = VERBS[(seed + index) % len(VERBS)]
        lines.append(f"{marker} {verb} {text[0].lower()}{text[1:]};")
    lines[-1] = lines[-1][:-1] + "."
    return lines


def large_2018() -> dict[str, Any]:
    """A TT17 plan: a row per criterion, then the five Mức 4 rows.

    Two criteria of a standard in a row share their "Chủ trì" cell, merged down.
    """
    framework = get_framework("TT17-2018")
    items: list[dict[str, Any]] = []
    rows: list[tuple[str, Any]] = [("part", "MỨC 1, 2, 3")]
    merges: list[tuple[int, int]] = []
    for standard in framework.standards:
        rows.append(("standard", standard.number))
        for order, criterion in enumerate(standard.criteria):
            seed = len(items)
            level = 2 + seed % 2
            if order % 2 == 1:
                merges.append((seed - 1, seed))
            items.append(
                row(
                    standard.number,
                    criterion.code,
                    criterion.title,
                    (f"Phấn đấu đạt Mức {level}", level),
                    _actions(criterion, seed, 5),
                    PEOPLE[(seed // 2) % len(PEOPLE)],
                    (MONTHS[seed % len(MONTHS)], ENDS[seed % len(ENDS)]),
                    BUDGETS[seed % len(BUDGETS)],
                    "Hội cha mẹ học sinh hỗ trợ ngày công" if seed % 4 == 1 else "",
                    "Báo cáo cuối học kỳ I" if seed % 5 == 3 else "",
                )
            )
            rows.append(("item", seed))
    rows.append(("part", "MỨC 4"))
    for number, requirement in enumerate(framework.level_4):
        seed = len(items)
        items.append(
            row(
                None,
                None,
                requirement,
                (f"Đạt yêu cầu {number + 1} của Mức 4", 4),
                _actions(framework.standards[number % 5].criteria[0], seed, 5),
                PEOPLE[seed % len(PEOPLE)],
                (MONTHS[seed % len(MONTHS)], ENDS[seed % len(ENDS)]),
                BUDGETS[seed % len(BUDGETS)],
                part="level_4",
            )
        )
        rows.append(("item", seed))
    return _with_frame_2018(items, rows, merges, framework)


def _with_frame_2018(
    items: list[dict[str, Any]], rows: list[Any], merges: list[Any], framework: Any
) -> dict[str, Any]:
    return plan(
        school={
            "name": "Trường Tiểu học Nậm Cang",
            "level": "tieu_hoc",
            "governing_body": "UBND XÃ NẬM CANG",
        },
        framework=framework.plan_framework,
        document={
            "number": "21/KH-THNC",
            "place": "Nậm Cang",
            "date": "2025-09-26",
            "school_year": "2025-2026",
        },
        purposes=[
            "Cải tiến chất lượng giáo dục theo từng tiêu chí sau đợt tự đánh giá năm 2025.",
            "Mỗi nội dung có người chủ trì, thời gian và kinh phí để Hội đồng tự đánh giá "
            "theo dõi.",
        ],
        bases=[
            "- Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;",
            "- Báo cáo tự đánh giá năm 2025 của Trường Tiểu học Nậm Cang.",
        ],
        standards=[{"number": s.number, "title": s.title} for s in framework.standards],
        items=items,
        organization=[
            {"role": "Hiệu trưởng", "duties": ["- Chỉ đạo chung, báo cáo UBND xã."]},
            {"role": "Tổ trưởng chuyên môn", "duties": ["- Thực hiện, lưu minh chứng."]},
        ],
        recipients=["UBND xã Nậm Cang (để b/c);", "Lưu: VT."],
        signer={"title": "HIỆU TRƯỞNG", "name": "Nguyễn Văn Bình"},
        _layout={
            "header": "table",
            "school_caps": "TRƯỜNG TIỂU HỌC NẬM CANG",
            "number_line": "Số: 21/KH-THNC",
            "date_line": "Nậm Cang, ngày 26 tháng 9 năm 2025",
            "title": ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2025 - 2026"],
            "purpose_prefix": "{n}. ",
            "section_iii": "III. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
            "section_org": "IV. TỔ CHỨC THỰC HIỆN",
            "split_time": True,
            "merge_responsible": merges,
        },
        _rows=rows,
    )


def large_2026() -> dict[str, Any]:
    """A TT57 (Phụ lục III, GDTX) plan: two rows per criterion in table V, every section."""
    framework = get_framework("TT57-2026", "gdtx")
    items: list[dict[str, Any]] = []
    rows: list[tuple[str, Any]] = []
    problems = []
    for standard in framework.standards:
        rows.append(("standard", standard.number))
        for criterion in standard.criteria:
            problems.append(_problem(standard.number, criterion))
            for _ in range(2):
                items.append(_row_2026(standard.number, criterion, len(items)))
                rows.append(("item", len(items) - 1))
    return _with_frame_2026(items, rows, problems, framework)


def _problem(standard: int, criterion: Any) -> dict[str, str]:
    return {
        "standard": f"Tiêu chuẩn {standard}",
        "criteria": criterion.code,
        "current_state": _clause(criterion.levels[1][0]),
        "limitation": f"Chưa đạt Mức 2: {_clause(criterion.levels[2][0])}",
        "cause": "Thiếu dữ liệu theo dõi và thời gian dành cho bồi dưỡng.",
    }


def _clause(text: str) -> str:
    """The first clause of a framework text (up to its first ";"), as a plan quotes it."""
    return text.split(";", 1)[0].rstrip(".")


def _row_2026(standard: int, criterion: Any, seed: int) -> dict[str, Any]:
    actions = _actions(criterion, seed, 3)
    item = row_2026(
        standard,
        criterion.code,
        None,
        f"{criterion.title} (Tiêu chí {criterion.code}), đợt {seed % 3 + 1}",
        (f"Tiêu chí {criterion.code} đạt Mức 2", 2),
        " ".join(actions),
        criterion.indicators[0] if criterion.indicators else "Số nội dung hoàn thành",
        f"{MONTHS[seed % len(MONTHS)]} - {ENDS[seed % len(ENDS)].lower()}",
        PEOPLE[seed % len(PEOPLE)],
        BUDGETS[seed % len(BUDGETS)],
        _clause(criterion.suggested_evidence) or "Biên bản, báo cáo",
        "Đang thực hiện" if seed % 2 else "",
    )
    return item | {"_actions": actions}


def _with_frame_2026(
    items: list[dict[str, Any]], rows: list[Any], problems: list[Any], framework: Any
) -> dict[str, Any]:
    return plan(
        form="2026",
        school={
            "name": "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên Mường Khương",
            "level": "gdtx",
            "governing_body": "SỞ GIÁO DỤC VÀ ĐÀO TẠO LÀO CAI",
        },
        framework=framework.plan_framework,
        document={
            "number": "12/KH-TTGDNN-GDTX",
            "place": "Mường Khương",
            "date": "2026-10-08",
            "school_year": "2026-2027",
        },
        general_info=[
            "Tên cơ sở giáo dục: Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên "
            "Mường Khương.",
            "Quy mô: 12 lớp giáo dục thường xuyên cấp THPT với 415 học viên.",
        ],
        bases=["- Thông tư số 57/2026/TT-BGDĐT ngày 07/7/2026 của Bộ Giáo dục và Đào tạo."],
        purposes=["Cải tiến các tiêu chí còn hạn chế.", "Theo dõi hai lần trong năm học."],
        problems=problems,
        standards=[{"number": s.number, "title": s.title} for s in framework.standards],
        items=items,
        monitoring=[
            {
                "when": when,
                "content": "Tiến độ các nội dung cải tiến",
                "result": "",
                "adjustment": "",
                "assessor": "Hội đồng tự đánh giá",
            }
            for when in ("Cuối học kỳ I", "Cuối năm học")
        ],
        organization=[{"role": "Giám đốc", "duties": ["- Chỉ đạo chung."]}],
        reporting=["- Báo cáo Sở Giáo dục và Đào tạo trước ngày 15/6/2027."],
        recipients=["Sở GD&ĐT Lào Cai (để b/c);", "Lưu: VT."],
        signer={"title": "GIÁM ĐỐC", "name": "Thào Seo Lử"},
        _layout={
            "header": "table_two_rows",
            "school_caps": "TRUNG TÂM GDNN - GDTX MƯỜNG KHƯƠNG",
            "number_line": "Số: 12/KH-TTGDNN-GDTX",
            "date_line": "Mường Khương, ngày 08 tháng 10 năm 2026",
            "title": ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2026 - 2027"],
        },
        _rows=rows,
    )


def write_large_plans(folder: Path) -> list[tuple[Path, Plan]]:
    """Write both plans as .docx into ``folder``; return each path with its truth."""
    written = []
    for name, description in (
        ("ke-hoach-2018-30-trang.docx", large_2018()),
        ("ke-hoach-2026-30-trang.docx", large_2026()),
    ):
        writer = (
            generate_docx.write_2026 if description["form"] == "2026" else generate_docx.write_2018
        )
        path = folder / name
        document = writer(description)
        _as_word_saves_it(document.element.body)
        document.save(str(path))
        written.append((path, generate_docx.truth(description)))
    return written


def _as_word_saves_it(body: Any) -> None:
    """Give the body the markup Word writes and python-docx does not.

    Word stores every run with its font, size and language and every paragraph
    with revision ids, and it sizes the columns of wide tables by their content;
    the reader's cost follows that markup, and the page count follows the widths.
    """
    for index, paragraph in enumerate(body.iter(qn("w:p"))):
        paragraph.set(qn("w:rsidR"), f"{0x00A1B200 + index % 97:08X}")
        paragraph.set(qn("w:rsidRDefault"), "00C4E1F7")
        for run in paragraph.iter(qn("w:r")):
            run.set(qn("w:rsidRPr"), "00C4E1F7")
            own = run.find(qn("w:rPr"))
            props = parse_xml(WORD_RUN_PROPS)
            if own is not None:  # keep bold / italic, in schema order before the font
                props[0:0] = list(own)
                run.remove(own)
            run.insert(0, props)
    for table in body.iter(qn("w:tbl")):
        _size_columns(table)


def _size_columns(table: Any) -> None:
    """Spread the landscape width over the grid by :data:`WEIGHTS`; cells follow the grid."""
    columns = table.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")
    weights = WEIGHTS.get(len(columns))
    if weights is None:
        return
    widths = [LANDSCAPE_WIDTH * weight // sum(weights) for weight in weights]
    for column, width in zip(columns, widths, strict=True):
        column.set(qn("w:w"), str(width))
    for table_row in table.iter(qn("w:tr")):
        at = 0
        for cell in table_row.iter(qn("w:tc")):
            span = cell.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
            count = int(span.get(qn("w:val"))) if span is not None else 1
            width = cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
            if width is not None:
                width.set(qn("w:w"), str(sum(widths[at : at + count])))
                width.set(qn("w:type"), "dxa")
            at += count
