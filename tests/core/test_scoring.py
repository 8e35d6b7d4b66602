"""Covers caitien.scoring: self-scores of every fixture, and hand-counted scores of small edits.

The small truth below has 41 units: 11 header fields, 2 purposes, 1 standard
heading (number, title) and 2 items of the 2018 form with 13 units each (17
fields less content, indicator, evidence and status, which that form leaves
empty).
"""

from __future__ import annotations

import copy
import dataclasses
import json
import subprocess
import sys
import time
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from caitien.errors import PlanFormatError
from caitien.plan import Document, Item, Plan, Role, School, Signer, StandardHeading, load_plan
from caitien.scoring import Mismatch, same_text, score_plan
from caitien.scoring._align import align
from tests.conftest import fixture_truths

if TYPE_CHECKING:
    from collections.abc import Callable

UNITS = 41


def _truth() -> Plan:
    return Plan(
        form="2018",
        school=School("Trường Mầm non An Lộc", "mam_non", "UBND THÀNH PHỐ THỦ ĐỨC"),
        framework="TT19-2018",
        document=Document("05/KH-MNAL", "Thủ Đức", "2024-08-25", "2024-2025"),
        purposes=[
            "Xây dựng kế hoạch khắc phục điểm yếu, cải tiến chất lượng nhằm duy trì và nâng cao.",
            "Huy động các nguồn lực cho giáo dục, góp phần tạo điều kiện nâng cao chất lượng.",
        ],
        standards=[StandardHeading(3, "Cơ sở vật chất và thiết bị dạy học")],
        items=[
            Item(
                part="levels_1_3",
                standard=3,
                criterion="3.1",
                criterion_title="Diện tích, khuôn viên và sân vườn",
                target="Phấn đấu Mức 2",
                target_level=2,
                actions="Hiệu trưởng tham mưu với chủ trường để có kế hoạch thay thế, bổ sung "
                "đồ chơi ngoài trời cho trẻ và cải tạo sân vườn.",
                responsible="Hiệu trưởng",
                timeline="Tháng 9/2024. Thời gian hoàn thành: giai đoạn 2024 -2026",
                budget="30.000.000",
                budget_vnd=30_000_000,
            ),
            Item(
                part="levels_1_3",
                standard=3,
                criterion="3.2",
                criterion_title="Khối phòng nhóm trẻ, lớp mẫu giáo",
                target="Giữ vững mức 1",
                target_level=1,
                actions="Nhà trường duy trì cơ sở vật chất hiện có và tham mưu xây thêm phòng.",
                responsible="Hiệu trưởng và kế toán",
                timeline="Năm học 2024-2025",
                budget="Không",
                budget_vnd=None,
            ),
        ],
        signer=Signer("HIỆU TRƯỞNG", "Trần Thị Thanh Lý"),
    )


def _edited(**changes: Any) -> Plan:
    return dataclasses.replace(_truth(), **changes)


def _other_item() -> Item:
    return Item(
        part="levels_1_3",
        standard=5,
        criterion="5.4",
        criterion_title="Kết quả giáo dục",
        target="Giữ vững Mức 3",
        target_level=3,
        actions="Tổ chức các hội thi cho trẻ theo chủ đề trong từng học kỳ.",
        responsible="Phó hiệu trưởng chuyên môn",
        timeline="Tháng 10/2024",
    )


@pytest.mark.parametrize("path", fixture_truths(), ids=lambda p: Path(p).stem)
def test_it_scores_every_fixture_against_itself_as_perfect(path: Path) -> None:
    data = json.loads(path.read_text("utf-8"))
    for imported in (data, load_plan(path)):
        score = score_plan(imported, data)
        assert (score.accuracy, score.correct, score.mismatches) == (1.0, score.total, [])
        assert score.total > 50


def test_it_counts_the_units_of_the_small_truth() -> None:
    score = score_plan(_truth(), _truth())
    assert (score.correct, score.total) == (UNITS, UNITS)
    assert score.sections["header"].total == 11
    assert score.sections["items"].total == 26
    assert score.sections["standards"].total == 2
    assert score.sections["purposes"].total == 2
    assert score.sections["problems"].total == 0


def test_it_counts_a_missing_row_against_every_field() -> None:
    truth = _truth()
    score = score_plan(_edited(items=truth.items[:1]), truth)
    # The second item's 13 units are missed.
    assert (score.correct, score.total) == (UNITS - 13, UNITS)
    assert score.accuracy == pytest.approx(28 / 41)
    assert [m.path for m in score.mismatches] == ["items[1]"]
    assert score.mismatches[0].got is None


def test_it_counts_an_extra_row_in_the_denominator() -> None:
    truth = _truth()
    score = score_plan(_edited(items=[*truth.items, _other_item()]), truth)
    # Every truth unit is right; the extra row adds 13 wrong units.
    assert (score.correct, score.total) == (UNITS, UNITS + 13)
    assert score.mismatches == [Mismatch("items[+2]", None, dataclasses.asdict(_other_item()))]


def test_it_does_not_shift_later_rows_after_an_extra_one() -> None:
    truth = _truth()
    score = score_plan(_edited(items=[_other_item(), *truth.items]), truth)
    assert (score.correct, score.total) == (UNITS, UNITS + 13)
    assert [m.path for m in score.mismatches] == ["items[+0]"]


def test_it_does_not_shift_later_rows_after_a_missing_one() -> None:
    truth = _truth()
    truth.items.insert(0, _other_item())
    score = score_plan(_edited(items=truth.items[1:]), truth)
    assert (score.correct, score.total) == (UNITS, UNITS + 13)
    assert [m.path for m in score.mismatches] == ["items[0]"]


def test_it_marks_a_wrong_amount_exactly() -> None:
    imported = _truth()
    imported.items[0].budget_vnd = 3_000_000
    score = score_plan(imported, _truth())
    assert (score.correct, score.total) == (UNITS - 1, UNITS)
    assert score.mismatches == [Mismatch("items[0].budget_vnd", 30_000_000, 3_000_000)]
    assert score.fields["items.budget_vnd"].accuracy == 0.5


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("criterion", "3.10"),
        ("standard", 2),
        ("target_level", 3),
        ("part", "level_4"),
        ("target_level", None),
        ("budget_vnd", 30_000_001),
    ],
)
def test_it_compares_codes_levels_and_parts_exactly(field: str, value: Any) -> None:
    imported = _truth()
    setattr(imported.items[0], field, value)
    assert score_plan(imported, _truth()).correct == UNITS - 1


def test_it_accepts_a_text_with_a_few_characters_changed() -> None:
    imported = _truth()
    # 3 characters of a 120-character cell: similarity ≈ 0.98.
    imported.items[0].actions = imported.items[0].actions.replace("chủ trường", "chủ truờng")
    imported.items[0].actions = imported.items[0].actions.replace("ngoài trời", "ngoai troi")
    score = score_plan(imported, _truth())
    assert (score.correct, score.total) == (UNITS, UNITS)


def test_it_rejects_a_rewritten_text() -> None:
    imported = _truth()
    imported.items[0].actions = "Cải tạo sân chơi, mua thêm đồ chơi ngoài trời cho trẻ."
    score = score_plan(imported, _truth())
    assert (score.correct, score.total) == (UNITS - 1, UNITS)
    assert [m.path for m in score.mismatches] == ["items[0].actions"]


def test_it_rejects_a_short_text_that_differs_by_one_word() -> None:
    imported = _truth()
    imported.items[1].responsible = "Hiệu trưởng và văn thư"
    assert score_plan(imported, _truth()).correct == UNITS - 1


def test_it_takes_decomposed_unicode_and_layout_spaces_for_the_same_text() -> None:
    data = _truth().to_dict()
    decomposed = json.loads(unicodedata.normalize("NFD", json.dumps(data, ensure_ascii=False)))
    decomposed["items"][0]["actions"] = decomposed["items"][0]["actions"].replace(" ", "\n  ")
    decomposed["school"]["name"] += "\u00a0"
    assert decomposed != data
    score = score_plan(decomposed, data)
    assert (score.correct, score.total) == (UNITS, UNITS)


def test_it_counts_null_against_a_value_both_ways() -> None:
    truth = _truth()
    missing_signer = _edited(signer=Signer("HIỆU TRƯỞNG", None))
    assert score_plan(missing_signer, truth).correct == UNITS - 1
    invented = _truth()
    invented.items[1].budget_vnd = 0
    assert score_plan(invented, truth).correct == UNITS - 1
    assert score_plan(truth, missing_signer).correct == UNITS - 1


def test_it_counts_a_field_the_form_leaves_empty_once_the_import_fills_it() -> None:
    imported = _truth()
    imported.items[0].content = "Nội dung lẽ ra để trống"
    score = score_plan(imported, _truth())
    assert (score.correct, score.total) == (UNITS, UNITS + 1)
    assert [m.path for m in score.mismatches] == ["items[0].content"]


def test_it_counts_header_fields_exactly_after_clean_up() -> None:
    score = score_plan(
        _edited(document=Document("05/KH-MNAL", "Thủ Đức", "2024-08-26", "2024-2025")), _truth()
    )
    assert score.mismatches == [Mismatch("document.date", "2024-08-25", "2024-08-26")]
    wrong_case = _edited(
        school=School("TRƯỜNG MẦM NON AN LỘC", "mam_non", "UBND THÀNH PHỐ THỦ ĐỨC")
    )
    assert score_plan(wrong_case, _truth()).correct == UNITS - 1


def test_it_aligns_string_lists_and_counts_extras() -> None:
    truth = _truth()
    imported = _edited(purposes=["I. MỤC ĐÍCH, YÊU CẦU", *truth.purposes])
    score = score_plan(imported, truth)
    assert (score.correct, score.total) == (UNITS, UNITS + 1)
    assert score.mismatches == [Mismatch("purposes[+0]", None, "I. MỤC ĐÍCH, YÊU CẦU")]


def test_it_scores_roles_and_their_duties() -> None:
    roles = [
        Role("Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá", ["- Chỉ đạo chung.", "- Báo cáo."]),
        Role("Tổ Giám sát kế hoạch cải tiến chất lượng", ["- Giám sát định kỳ."]),
    ]
    truth = _edited(organization=roles)
    imported = _edited(organization=[Role(roles[0].role, ["- Chỉ đạo chung."]), roles[1]])
    score = score_plan(imported, truth)
    # 2 roles + 3 duties = 5 units; one duty is missed.
    assert score.sections["organization"] == type(score.sections["organization"])(4, 5)
    assert [m.path for m in score.mismatches] == ["organization[0].duties[1]"]
    assert score_plan(_truth(), truth).sections["organization"].correct == 0


def test_it_scores_a_2026_plan_without_its_unused_item_fields() -> None:
    truth = _edited(form="2026", framework="TT57-2026")
    for item in truth.items:
        item.part = None
    # 2026 items use content, indicator, evidence, status but not part, support, notes: 14 each.
    assert score_plan(truth, truth).total == 11 + 2 + 2 + 2 * 14


def test_it_gives_the_same_score_for_a_plan_and_its_dict() -> None:
    imported = _truth()
    imported.items[0].target = "Phấn đấu Mức 3"
    assert score_plan(imported, _truth()) == score_plan(imported.to_dict(), _truth().to_dict())


def test_it_scores_a_partial_dict_without_failing() -> None:
    score = score_plan({"form": "2018", "items": [{"criterion": "3.1"}]}, _truth())
    # Only "form" is right; the bare row is too unlike any truth row to be its partner,
    # so both truth rows are missed and it adds 13 extra units.
    assert (score.correct, score.total) == (1, UNITS + 13)


def test_it_refuses_what_is_not_a_plan() -> None:
    with pytest.raises(PlanFormatError, match="Không chấm được"):
        score_plan(["not", "a", "plan"], _truth())  # type: ignore[arg-type]


def test_it_serialises_and_reports_the_score() -> None:
    imported = _truth()
    imported.items[0].budget_vnd = None
    score = score_plan(imported, _truth())
    data = json.loads(json.dumps(score.to_dict(), ensure_ascii=False))
    assert data["correct"] == UNITS - 1
    assert data["sections"]["items"] == {"accuracy": round(25 / 26, 4), "correct": 25, "total": 26}
    assert data["mismatches"] == [
        {"path": "items[0].budget_vnd", "expected": 30000000, "got": None}
    ]
    assert "items[0].budget_vnd" in score.report()


def test_it_keeps_each_reported_mismatch_on_one_short_line() -> None:
    truth = _truth()
    report = score_plan(_edited(items=[]), truth).report(limit=1)
    # The total (header 11 + purposes 2 + standards 2 right), the four non-empty
    # sections, one missing row cut short, and the count of the rest.
    lines = report.splitlines()
    assert lines[0] == f"accuracy {15 / 41:.4f} (15/41)"
    assert lines[5].startswith("  ✗ items[0]: expected {'part': 'levels_1_3'")
    assert len(lines[5]) < 140
    assert lines[-1] == "  … 1 more mismatches"


@pytest.mark.parametrize(
    ("expected", "got", "same"),
    [
        ("Hiệu trưởng", "Hiệu trưởng", True),
        ("Hiệu trưởng", "Hiệu  trưởng\n", True),
        ("", "", True),
        ("", "Không", False),
        (None, None, True),
        (None, "", False),
        # ratio = 2 × matches / (len + len): 2 × 85 / 200 = 0.85, 2 × 90 / 200 = 0.90.
        ("a" * 85 + "b" * 15, "a" * 85 + "c" * 15, False),
        ("a" * 90 + "b" * 10, "a" * 90 + "c" * 10, True),
        (1, True, False),
    ],
)
def test_it_holds_text_to_the_similarity_threshold(expected: Any, got: Any, same: bool) -> None:
    assert same_text(expected, got) is same


def test_it_scores_a_thirty_row_plan_quickly() -> None:
    truth = load_plan(fixture_truths()[0])
    imported = copy.deepcopy(truth)
    for item in imported.items:
        item.actions = item.actions[:10] + "XY" + item.actions[12:]
    del imported.items[3]
    start = time.perf_counter()
    score_plan(imported, truth)
    # About 40 ms on the reference machine; the bound catches a quadratic blow-up.
    assert time.perf_counter() - start < 0.5


def _run_score_script(*args: str) -> subprocess.CompletedProcess[str]:
    script = Path(__file__).resolve().parents[2] / "scripts" / "score.py"
    return subprocess.run(
        [sys.executable, str(script), *args], capture_output=True, text=True, check=False
    )


def test_its_script_scores_a_json_import_against_its_truth() -> None:
    truth = str(fixture_truths()[0])
    result = _run_score_script(truth, truth, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["accuracy"] == 1.0


def test_its_script_reports_bad_input_in_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    result = _run_score_script(str(broken), str(fixture_truths()[0]))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "không phải JSON hợp lệ" in result.stderr


def _letters_alike(want: str, got: str) -> Callable[[int, int], float]:
    return lambda i, j: 1.0 if want[i] == got[j] else 0.0


@pytest.mark.parametrize(
    ("want", "got", "pairs"),
    [
        ("abc", "abc", [(0, 0), (1, 1), (2, 2)]),
        ("abc", "ac", [(0, 0), (1, None), (2, 1)]),
        ("ac", "abc", [(0, 0), (None, 1), (1, 2)]),
        ("abc", "xabc", [(None, 0), (0, 1), (1, 2), (2, 3)]),
        ("abc", "cba", [(0, None), (1, None), (2, 0), (None, 1), (None, 2)]),
        ("", "ab", [(None, 0), (None, 1)]),
        ("ab", "", [(0, None), (1, None)]),
    ],
)
def test_it_aligns_in_order_without_shifting(
    want: str, got: str, pairs: list[tuple[int | None, int | None]]
) -> None:
    assert align(len(want), len(got), _letters_alike(want, got)) == pairs


def test_it_reports_two_long_texts_from_where_they_differ() -> None:
    imported = _truth()
    actions = imported.items[0].actions
    imported.items[0].actions = actions.replace("đồ chơi ngoài trời cho trẻ và cải tạo", "làm mới")
    line = score_plan(imported, _truth()).report().splitlines()[-1]
    # The shared opening (about 70 characters) is skipped, the difference shown.
    assert line.startswith("  ✗ items[0].actions: expected '…")
    assert "đồ chơi ngoài trời" in line
    assert "làm mới" in line


def _v3() -> Plan:
    return load_plan(next(path for path in fixture_truths() if path.stem == "v3"))


def test_it_scores_the_2026_tables_row_by_row() -> None:
    truth = _v3()
    total = score_plan(truth, truth).total
    imported = _v3()
    del imported.monitoring[0]
    imported.problems[2].criteria = "3.2"
    score = score_plan(imported, truth)
    # A monitoring row has 5 fields, all missed; "3.2" for "3.2; 3.5" is one wrong unit.
    assert (score.correct, score.total) == (total - 6, total)
    assert [m.path for m in score.mismatches] == ["problems[2].criteria", "monitoring[0]"]
    assert score.sections["monitoring"] == type(score.sections["monitoring"])(5, 10)
