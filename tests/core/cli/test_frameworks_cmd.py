"""``caitien frameworks``: the list, one framework as text or JSON, TT57 appendices, bad codes."""

from __future__ import annotations

import json

import pytest

from caitien.cli import main
from caitien.frameworks import get_framework, list_frameworks


def test_it_lists_every_framework_with_kinds_and_counts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frameworks"]) == 0
    out = capsys.readouterr().out
    for framework in list_frameworks():
        assert framework.code in out
    assert "TT19-2018      Thông tư 19/2018/TT-BGDĐT: 5 tiêu chuẩn, 25 tiêu chí" in out
    assert "4 tiêu chuẩn, 15 tiêu chí (8 bắt buộc)" in out
    assert "Áp dụng cho: cơ sở giáo dục thường xuyên." in out


def test_it_lists_the_frameworks_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frameworks", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["code"] for r in rows] == [f.code for f in list_frameworks()]
    assert {r["code"]: r["criteria"] for r in rows}["TT18-2018"] == 28


def test_it_prints_the_standards_and_criteria_of_one_framework(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["frameworks", "TT19-2018"]) == 0
    out = capsys.readouterr().out
    assert "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường" in out
    assert "  1.1   Phương hướng, chiến lược xây dựng và phát triển nhà trường" in out
    assert "Mức 4 (yêu cầu riêng, ngoài các tiêu chí):" in out
    assert "[suy luận] Trong 05 năm liên tiếp" in out
    assert "Mức 1:" not in out  # requirements only with --levels


def test_it_marks_mandatory_criteria_and_unconfirmed_titles(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["frameworks", "TT57-2026/II"]) == 0
    out = capsys.readouterr().out
    assert "2.2   Giáo viên  [bắt buộc]" in out
    line_14 = next(line for line in out.splitlines() if line.startswith("  1.4 "))
    assert "[bắt buộc]" in line_14
    assert "[tên chưa xác nhận: các nguồn lệch nhau]" in line_14
    assert "cải tiến chất lượng" in line_14  # the other reading of the title
    line_11 = next(line for line in out.splitlines() if line.startswith("  1.1 "))
    assert "[" not in line_11


def test_it_prints_the_requirements_with_levels(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frameworks", "tt17-2018", "--levels"]) == 0
    out = capsys.readouterr().out
    assert (
        "        Mức 2:\n          Trong địa bàn tuyển sinh, tỷ lệ trẻ 6 tuổi vào lớp 1 ít nhất 95%"
        in out
    )


def test_it_prints_tt57_evidence_and_indicators_with_levels(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["frameworks", "TT57-2026/II", "--levels"]) == 0
    out = capsys.readouterr().out
    assert "        Minh chứng gợi ý: " in out
    assert "số sai lệch dữ liệu được phát hiện và xử lý" in out


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["TT57-2026"], "TT57-2026/II"),
        (["TT57-2026", "--school-level", "mam_non"], "TT57-2026/I"),
        (["TT57-2026", "--school-level", "gdtx"], "TT57-2026/III"),
        (["TT57-2026/III"], "TT57-2026/III"),
    ],
)
def test_it_picks_the_tt57_appendix(
    capsys: pytest.CaptureFixture[str], args: list[str], code: str
) -> None:
    assert main(["frameworks", *args]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{code}: Thông tư 57/2026/TT-BGDĐT, Phụ lục {code.split('/')[1]}")


def test_it_says_which_appendix_a_bare_tt57_code_shows(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frameworks", "TT57-2026"]) == 0
    out = capsys.readouterr().out
    assert (
        "(Mã TT57-2026 gồm TT57-2026/I, TT57-2026/II, TT57-2026/III; đang in TT57-2026/II.)" in out
    )


@pytest.mark.parametrize("code", ["TT19-2018", "TT57-2026/I"])
def test_it_prints_one_framework_as_json(capsys: pytest.CaptureFixture[str], code: str) -> None:
    assert main(["frameworks", code, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    framework = get_framework(code)
    assert data["code"] == code
    assert data["title"] == framework.title
    assert [s["number"] for s in data["standards"]] == [s.number for s in framework.standards]
    first = data["standards"][0]["criteria"][0]
    assert first["code"] == "1.1"
    assert first["title"] == framework.criteria()[0].title
    assert first["mandatory"] is False
    assert set(first["levels"]) == {str(k) for k in framework.criteria()[0].levels}
    mandatory = [c["code"] for s in data["standards"] for c in s["criteria"] if c["mandatory"]]
    assert mandatory == framework.mandatory_codes()


@pytest.mark.parametrize("code", ["TT20-2018", "TT57-2026/IV", "abc"])
def test_it_refuses_an_unknown_code_in_one_vietnamese_line(
    capsys: pytest.CaptureFixture[str], code: str
) -> None:
    assert main(["frameworks", code]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"caitien: Không có khung tiêu chí mã '{code}'; các mã có: TT19-2018, TT17-2018, "
        "TT18-2018, TT57-2026/I, TT57-2026/II, TT57-2026/III, TT57-2026.\n"
    )


def test_it_refuses_an_unknown_school_level(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["frameworks", "TT57-2026", "--school-level", "dai_hoc"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("caitien: lỗi tham số:")
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("school_level", "codes"),
    [
        ("thcs", ["TT18-2018", "TT57-2026/II"]),
        ("mam_non", ["TT19-2018", "TT57-2026/I"]),
        ("gdtx", ["TT57-2026/III"]),
    ],
)
def test_it_lists_only_the_frameworks_of_a_school_kind(
    capsys: pytest.CaptureFixture[str], school_level: str, codes: list[str]
) -> None:
    assert main(["frameworks", "--school-level", school_level, "--json"]) == 0
    assert [r["code"] for r in json.loads(capsys.readouterr().out)] == codes


@pytest.mark.parametrize(
    ("school_level", "school_year", "code"),
    [
        ("thcs", "2025-2026", "TT18-2018"),
        ("thcs", "2026-2027", "TT57-2026/II"),
        ("mam_non", "2026-2027", "TT57-2026/I"),
    ],
)
def test_it_prints_the_framework_that_applies_in_a_school_year(
    capsys: pytest.CaptureFixture[str], school_level: str, school_year: str, code: str
) -> None:
    args = ["frameworks", "--school-level", school_level, "--school-year", school_year]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{code}: ")
    assert "(Mã" not in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--school-level", "gdtx", "--school-year", "2024-2025"], "cơ sở giáo dục thường xuyên"),
        (["--school-year", "2024-2025"], "Cần ghi loại trường (--school-level) cùng với năm học."),
        (["--school-level", "thpt", "--school-year", "2024"], "Năm học '2024' không đúng dạng"),
    ],
)
def test_it_refuses_a_year_without_a_framework_in_one_line(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["frameworks", *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert message in captured.err
    assert captured.err.startswith("caitien: ")
    assert captured.err.count("\n") == 1
