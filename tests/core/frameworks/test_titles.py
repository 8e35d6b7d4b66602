"""Title matching: titles_match, and has_title accepting the titles the sources disagree on."""

from __future__ import annotations

import json

import pytest

from caitien.frameworks import get_framework, titles_match
from tests.conftest import FIXTURES


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Chăm sóc sức khoẻ", "Chăm sóc sức khỏe"),
        ("Giáo dục hoà nhập", "Giáo dục hòa nhập"),
        ("cấp uỷ Đảng", "cấp ủy đảng"),
        ("Thuỷ lợi", "Thủy lợi"),
        ("xoá mù chữ", "xóa mù chữ"),
        ("Tiêu chí kết quả giáo dục", "TIÊU CHÍ KẾT QUẢ GIÁO DỤC"),
        ("Kết quả  giáo\u00a0dục", "Kết quả giáo dục"),
        ("Kết quả giáo dục.", "Kết quả giáo dục"),
        ("Kết quả giáo dục;", " Kết quả giáo dục "),
        ("khối phòng hành chính - quản trị", "khối phòng hành chính – quản trị"),
        ("khối phòng hành chính-quản trị", "khối phòng hành chính — quản trị"),
        ("sứ mạng / mục tiêu", "sứ mạng/mục tiêu"),
        ("Khuôn viên , sân chơi", "Khuôn viên, sân chơi"),
        ("Khuôn viên,sân chơi", "Khuôn viên, sân chơi"),
        ("Hội đồng trường ( Hội đồng quản trị )", "Hội đồng trường (Hội đồng quản trị)"),
        # Decomposed (NFD) input, as some PDF extractors give it.
        ("Ke\u0302\u0301 hoa\u0323ch", "Kế hoạch"),
    ],
)
def test_it_matches_titles_that_differ_only_in_form(a: str, b: str) -> None:
    assert titles_match(a, b)
    assert titles_match(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kết quả giáo dục", "Kết quả nuôi dưỡng"),
        ("Lớp học", "Phòng học"),
        ("Kết quả giáo dục", "Kết quả giáo dục trẻ"),
        ("Hoạt động giáo dục", "Hoạt động giao dục"),
        ("", ""),
        ("Kết quả giáo dục", None),
        (None, None),
        ("...", "."),
    ],
)
def test_it_does_not_match_different_or_empty_titles(a: str | None, b: str | None) -> None:
    assert not titles_match(a, b)


@pytest.mark.parametrize(
    ("code", "criterion", "text"),
    [
        ("TT17-2018", "1.5", "Khối lớp và tổ chức lớp học"),
        ("TT17-2018", "1.5", "Lớp học"),
        ("TT18-2018", "1.5", "Lớp học"),
        ("TT17-2018", "3.1", "Khuôn viên, sân chơi, sân tập"),
        ("TT17-2018", "3.1", "Khuôn viên, khu sân chơi, sân tập"),
        ("TT17-2018", "3.1", "Khuôn viên, sân chơi, bãi tập"),
        ("TT57-2026/II", "1.4", "Tự đánh giá, cải tiến, công khai và trách nhiệm giải trình"),
        (
            "TT57-2026/II",
            "1.4",
            "Tự đánh giá, cải tiến chất lượng, công khai và trách nhiệm giải trình",
        ),
        ("TT19-2018", "5.1", "Thực hiện Chương trình giáo dục mầm non"),
    ],
)
def test_a_criterion_accepts_its_title_and_its_alternatives(
    code: str, criterion: str, text: str
) -> None:
    found = get_framework(code).criterion(criterion)
    assert found is not None
    assert found.has_title(text)
    assert found.has_title(text.upper() + ".")


@pytest.mark.parametrize(
    ("code", "criterion", "text"),
    [
        # Seed 001 writes 1.4 with "tổ trưởng chuyên môn": a real error, not an alternative.
        ("TT17-2018", "1.4", "Hiệu trưởng, phó hiệu trưởng, tổ trưởng chuyên môn và tổ văn phòng"),
        # Seed 002 writes TT19 5.3 without "sức khỏe".
        ("TT19-2018", "5.3", "Kết quả nuôi dưỡng và chăm sóc trẻ"),
        ("TT18-2018", "3.1", "Khuôn viên, sân chơi, sân tập"),
    ],
)
def test_a_criterion_rejects_a_wrong_title(code: str, criterion: str, text: str) -> None:
    found = get_framework(code).criterion(criterion)
    assert found is not None
    assert not found.has_title(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện chương trình, đổi mới phương pháp giáo dục và phát triển học sinh",
        "Thực hiện chương trình, đổi mới phương pháp giáo dục và phát triển người học",
    ],
)
def test_tt57_standard_3_accepts_both_readings_of_the_sources(text: str) -> None:
    standard = get_framework("TT57-2026/II").standard(3)
    assert standard is not None
    assert standard.has_title(text)
    assert standard.title_confidence == "conflict"
    assert not standard.title_confirmed


@pytest.mark.parametrize(
    ("code", "criterion", "confirmed"),
    [
        ("TT17-2018", "3.1", False),
        ("TT57-2026/II", "1.4", False),
        ("TT17-2018", "1.5", True),
        ("TT19-2018", "1.1", True),
    ],
)
def test_it_says_which_titles_are_not_confirmed(code: str, criterion: str, confirmed: bool) -> None:
    found = get_framework(code).criterion(criterion)
    assert found is not None
    assert found.title_confirmed is confirmed


def test_the_seed_000_titles_all_match_tt19() -> None:
    # Seed 000 spells "sức khoẻ" in the old style; every title it gives must match.
    truth = json.loads((FIXTURES / "seeds" / "000_6b6f76a0e3ebec30.json").read_text("utf-8"))
    framework = get_framework("TT19-2018")
    for heading in truth["standards"]:
        standard = framework.standard(heading["number"])
        assert standard is not None
        assert standard.has_title(heading["title"]), heading
    titled = [i for i in truth["items"] if i["criterion"] and i["criterion_title"]]
    assert titled
    for item in titled:
        criterion = framework.criterion(item["criterion"])
        assert criterion is not None
        assert criterion.has_title(item["criterion_title"]), item["criterion"]
