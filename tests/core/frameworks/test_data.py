"""The shipped framework data: counts, standards, criteria, levels, Mức 4, mandatory criteria."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import pytest

from caitien.frameworks import CONFIDENCES, DATA_DIR, get_framework, list_frameworks

if TYPE_CHECKING:
    from pathlib import Path

TT57_MANDATORY = ["1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"]


def test_it_ships_six_frameworks_in_display_order() -> None:
    codes = [f.code for f in list_frameworks()]
    assert codes == [
        "TT19-2018",
        "TT17-2018",
        "TT18-2018",
        "TT57-2026/I",
        "TT57-2026/II",
        "TT57-2026/III",
    ]


@pytest.mark.parametrize(
    ("code", "standards", "criteria", "with_level_3", "level_4"),
    [
        ("TT19-2018", 5, 25, 19, 6),
        ("TT17-2018", 5, 27, 19, 5),
        ("TT18-2018", 5, 28, 20, 5),
        ("TT57-2026/I", 4, 15, 0, 0),
        ("TT57-2026/II", 4, 15, 0, 0),
        ("TT57-2026/III", 4, 15, 0, 0),
    ],
)
def test_it_has_the_counts_of_each_framework(
    code: str, standards: int, criteria: int, with_level_3: int, level_4: int
) -> None:
    framework = get_framework(code)
    assert len(framework.standards) == standards
    assert len(framework.criteria()) == criteria
    assert sum(1 for c in framework.criteria() if 3 in c.levels) == with_level_3
    assert len(framework.level_4) == level_4
    assert len(framework.level_4_confidence) == level_4


@pytest.mark.parametrize("appendix", ["I", "II", "III"])
def test_it_marks_the_eight_mandatory_criteria_of_each_tt57_appendix(appendix: str) -> None:
    framework = get_framework(f"TT57-2026/{appendix}")
    assert framework.mandatory_codes() == TT57_MANDATORY
    assert framework.form == "2026"
    assert framework.max_level == 2
    assert framework.plan_framework == "TT57-2026"


@pytest.mark.parametrize("code", ["TT19-2018", "TT17-2018", "TT18-2018"])
def test_it_has_no_mandatory_criteria_in_2018(code: str) -> None:
    framework = get_framework(code)
    assert framework.mandatory_codes() == []
    assert framework.form == "2018"
    assert framework.max_level == 3
    assert framework.plan_framework == code


def test_every_criterion_has_levels_one_and_two_and_stays_within_the_maximum() -> None:
    for framework in list_frameworks():
        for criterion in framework.criteria():
            assert criterion.requirements(1), criterion.code
            assert criterion.requirements(2), criterion.code
            assert max(criterion.levels) <= framework.max_level
            assert criterion.standard == int(criterion.code.split(".")[0])


def test_every_confidence_mark_is_one_of_the_four() -> None:
    for framework in list_frameworks():
        marks = [c.confidence for c in framework.criteria()]
        marks += [c.title_confidence for c in framework.criteria()]
        marks += [s.title_confidence for s in framework.standards]
        marks += list(framework.level_4_confidence)
        assert set(marks) <= set(CONFIDENCES), framework.code


@pytest.mark.parametrize(
    ("code", "criterion", "title"),
    [
        ("TT19-2018", "1.1", "Phương hướng, chiến lược xây dựng và phát triển nhà trường"),
        ("TT17-2018", "1.4", "Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng"),
        ("TT18-2018", "5.6", "Kết quả giáo dục"),
        ("TT57-2026/II", "2.2", "Giáo viên"),
        ("TT57-2026/I", "3.1", "Tổ chức thực hiện chương trình giáo dục mầm non"),
    ],
)
def test_it_looks_up_criteria_by_code(code: str, criterion: str, title: str) -> None:
    found = get_framework(code).criterion(criterion)
    assert found is not None
    assert found.title == title
    assert found.code == criterion


@pytest.mark.parametrize("written", ["2. 2", " 2.2 ", "2.2."])
def test_it_finds_a_criterion_written_with_spaces_or_a_final_dot(written: str) -> None:
    found = get_framework("TT19-2018").criterion(written)
    assert found is not None
    assert found.code == "2.2"


@pytest.mark.parametrize("code", ["9.9", "1.11", "", None, "abc"])
def test_it_returns_none_for_an_unknown_criterion(code: str | None) -> None:
    assert get_framework("TT17-2018").criterion(code) is None


def test_it_returns_a_standard_by_number_or_none() -> None:
    framework = get_framework("TT17-2018")
    standard = framework.standard(2)
    assert standard is not None
    assert standard.title == "Cán bộ quản lý, giáo viên, nhân viên và học sinh"
    assert [c.code for c in standard.criteria] == ["2.1", "2.2", "2.3", "2.4"]
    assert framework.standard(6) is None


def test_it_gives_the_requirements_of_a_level_and_nothing_for_a_missing_level() -> None:
    criterion = get_framework("TT17-2018").criterion("5.4")
    assert criterion is not None
    assert criterion.requirements(2) == (
        "Trong địa bàn tuyển sinh, tỷ lệ trẻ 6 tuổi vào lớp 1 ít nhất 95%",
    )
    assert len(criterion.requirements(1)) == 3
    assert criterion.requirements(4) == ()
    no_level_3 = get_framework("TT17-2018").criterion("1.2")
    assert no_level_3 is not None
    assert no_level_3.requirements(3) == ()
    assert no_level_3.max_level == 2


def test_tt57_criteria_carry_suggested_evidence_and_indicators() -> None:
    criterion = get_framework("TT57-2026/II").criterion("1.3")
    assert criterion is not None
    assert criterion.mandatory
    assert criterion.suggested_evidence
    assert "số sai lệch dữ liệu được phát hiện và xử lý" in criterion.indicators
    without = get_framework("TT57-2026/II").criterion("1.1")
    assert without is not None
    assert without.indicators == ()


def test_it_keeps_inferred_level_4_items_marked_as_inferred() -> None:
    tt18 = get_framework("TT18-2018")
    assert set(tt18.level_4_confidence) == {"inferred"}
    tt19 = get_framework("TT19-2018")
    assert tt19.level_4_confidence.count("inferred") == 2
    assert all(not text.startswith("[") for text in tt19.level_4)


def test_it_has_accreditation_and_national_standard_rules_for_2018() -> None:
    rules = get_framework("TT19-2018").rules
    assert "Mức 2" in rules["national_standard_level_1"]
    assert "Mức 4" in rules["accreditation_grade_4"]
    assert rules["school_level"]


def test_it_has_the_school_result_rule_for_tt57() -> None:
    rules = get_framework("TT57-2026/II").rules
    assert "08 tiêu chí bắt buộc" in rules["school_level_level_1"]
    assert "05 trong 07" in rules["school_level_level_1"]


def test_it_loads_each_framework_once_per_process() -> None:
    assert get_framework("TT17-2018") is get_framework("tt17-2018")
    assert list_frameworks()[0] is list_frameworks()[0]


def test_frameworks_are_frozen_and_hashable() -> None:
    framework = get_framework("TT57-2026/I")
    criterion = framework.criteria()[0]
    assert hash(criterion) == hash(framework.criterion("1.1"))
    assert isinstance(hash(framework), int)
    with pytest.raises(dataclasses.FrozenInstanceError):
        criterion.title = "Khác"  # type: ignore[misc]


def test_title_alternatives_differ_from_the_title() -> None:
    for framework in list_frameworks():
        entries = [*framework.standards, *framework.criteria()]
        for entry in entries:
            assert entry.title not in entry.title_alternatives
            assert len(set(entry.title_alternatives)) == len(entry.title_alternatives)


@pytest.mark.parametrize("path", sorted(DATA_DIR.glob("*.yaml")), ids=lambda p: p.name)
def test_the_data_files_keep_vietnamese_readable(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert "\\x" not in text
    assert "\\u" not in text
    assert "Tiêu chí" in text or "tiêu chí" in text or "framework:" in text


@pytest.mark.parametrize(
    ("code", "criterion", "title"),
    [
        ("TT57-2026/I", "3.5", "Kết quả phát triển và sự tiến bộ của trẻ"),
        (
            "TT57-2026/III",
            "3.2",
            "Đổi mới phương pháp dạy học và theo dõi, đánh giá sự phát triển, "
            "tiến bộ của người học",
        ),
        ("TT57-2026/I", "4.2", "Môi trường giáo dục an toàn, sức khỏe và hạnh phúc"),
    ],
)
def test_the_tt57_appendices_name_criteria_for_their_kind(
    code: str, criterion: str, title: str
) -> None:
    found = get_framework(code).criterion(criterion)
    assert found is not None
    assert found.title == title


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("TT18-2018", "Thông tư 18/2018/TT-BGDĐT"),
        ("TT57-2026/III", "Thông tư 57/2026/TT-BGDĐT, Phụ lục III"),
    ],
)
def test_it_has_a_short_display_name(code: str, name: str) -> None:
    assert get_framework(code).name == name


def _tt57_levels(mandatory: int, others: list[int]) -> dict[str, int]:
    """Levels for TT57: every mandatory criterion at ``mandatory``, the 7 others as listed."""
    codes = [c.code for c in get_framework("TT57-2026/II").criteria()]
    other_codes = [c for c in codes if c not in TT57_MANDATORY]
    levels = dict.fromkeys(TT57_MANDATORY, mandatory)
    levels.update(zip(other_codes, others, strict=True))
    return levels


@pytest.mark.parametrize(
    ("levels", "expected"),
    [
        (_tt57_levels(2, [2, 2, 2, 2, 2, 2, 2]), 2),
        (_tt57_levels(2, [2, 2, 2, 2, 2, 1, 1]), 2),
        # Mức 2 needs every criterion at Mức 1 or above.
        (_tt57_levels(2, [2, 2, 2, 2, 2, 1, 0]), 1),
        (_tt57_levels(2, [2, 2, 2, 2, 1, 1, 1]), 1),
        (_tt57_levels(1, [1, 1, 1, 1, 1, 0, 0]), 1),
        (_tt57_levels(1, [1, 1, 1, 1, 0, 0, 0]), 0),
        ({**_tt57_levels(2, [2] * 7), "4.2": 0}, 0),
        ({}, 0),
    ],
)
def test_it_computes_the_tt57_school_result(levels: dict[str, int], expected: int) -> None:
    assert get_framework("TT57-2026/II").school_result(levels) == expected


def test_it_computes_the_2018_school_result_up_to_level_3() -> None:
    framework = get_framework("TT17-2018")
    at_most = {c.code: c.max_level for c in framework.criteria()}
    assert framework.school_result(at_most) == 3
    assert framework.school_result(dict.fromkeys(at_most, 3)) == 3
    assert framework.school_result(dict.fromkeys(at_most, 2)) == 2
    # One criterion with a Mức 3 left at Mức 2: the school stays at Mức 2.
    assert framework.school_result({**at_most, "5.4": 2}) == 2
    # A criterion without Mức 3 (1.2) does not hold the school back.
    assert framework.school_result({**at_most, "1.2": 2}) == 3
    assert framework.school_result({**at_most, "1.2": 1}) == 1
    assert framework.school_result({**at_most, "2.2": 0}) == 0
