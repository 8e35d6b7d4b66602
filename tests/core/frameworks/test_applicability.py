"""Which framework applies: get_framework by code, framework_for by kind and year, and per plan."""

from __future__ import annotations

import pytest

from caitien.errors import UnknownFrameworkError
from caitien.frameworks import framework_for, framework_for_plan, get_framework
from caitien.plan import Document, Plan, School, load_plan
from tests.conftest import FIXTURES


@pytest.mark.parametrize(
    ("school_level", "school_year", "code", "form"),
    [
        ("mam_non", "2024-2025", "TT19-2018", "2018"),
        ("tieu_hoc", "2021-2022", "TT17-2018", "2018"),
        ("thcs", "2025-2026", "TT18-2018", "2018"),
        ("thpt", "2018-2019", "TT18-2018", "2018"),
        ("nhieu_cap", "2023-2024", "TT18-2018", "2018"),
        ("thpt", "2026-2027", "TT57-2026/II", "2026"),
        ("tieu_hoc", "2030-2031", "TT57-2026/II", "2026"),
        ("mam_non", "2026-2027", "TT57-2026/I", "2026"),
        ("gdtx", "2026-2027", "TT57-2026/III", "2026"),
        ("thcs", "2026 – 2027", "TT57-2026/II", "2026"),
    ],
)
def test_it_picks_the_framework_and_form_for_a_school_kind_and_year(
    school_level: str, school_year: str, code: str, form: str
) -> None:
    framework = framework_for(school_level, school_year)
    assert framework.code == code
    assert framework.form == form
    assert school_level in framework.school_levels


@pytest.mark.parametrize(
    ("school_level", "school_year", "message"),
    [
        ("gdtx", "2024-2025", "cơ sở giáo dục thường xuyên ở năm học 2024-2025"),
        ("gdtx", "2025-2026", "áp dụng từ năm học 2026-2027"),
        ("mam_non", "2017-2018", "trường mầm non ở năm học 2017-2018"),
        ("dai_hoc", "2024-2025", "Loại trường 'dai_hoc' không rõ"),
        ("thcs", "2024", "Năm học '2024' không đúng dạng"),
        ("thcs", "2024-2026", "không đúng dạng"),
        ("thcs", "", "không đúng dạng"),
    ],
)
def test_it_refuses_a_kind_and_year_no_framework_covers(
    school_level: str, school_year: str, message: str
) -> None:
    with pytest.raises(UnknownFrameworkError, match=message):
        framework_for(school_level, school_year)


@pytest.mark.parametrize(
    ("code", "school_level", "expected"),
    [
        ("TT19-2018", None, "TT19-2018"),
        ("tt17-2018", None, "TT17-2018"),
        ("TT57-2026/III", None, "TT57-2026/III"),
        (" TT57-2026/ii ", None, "TT57-2026/II"),
        ("TT57-2026", None, "TT57-2026/II"),
        ("TT57-2026", "mam_non", "TT57-2026/I"),
        ("TT57-2026", "gdtx", "TT57-2026/III"),
        ("TT57-2026", "thpt", "TT57-2026/II"),
        ("TT57-2026", "dai_hoc", "TT57-2026/II"),
        # An explicit code wins over the school kind.
        ("TT19-2018", "thcs", "TT19-2018"),
    ],
)
def test_it_gets_a_framework_by_code(code: str, school_level: str | None, expected: str) -> None:
    assert get_framework(code, school_level).code == expected


@pytest.mark.parametrize("code", ["TT20-2018", "", "TT57-2026/IV", "tt57"])
def test_it_refuses_an_unknown_code_with_the_known_ones(code: str) -> None:
    with pytest.raises(UnknownFrameworkError, match="các mã có: TT19-2018, TT17-2018"):
        get_framework(code)


@pytest.mark.parametrize(
    ("truth", "code"),
    [
        ("seeds/000_6b6f76a0e3ebec30.json", "TT19-2018"),
        ("seeds/001_60df62f6dc69996d.json", "TT17-2018"),
        ("seeds/003_685decbf7fc850de.json", "TT18-2018"),
        ("samples/v1.json", "TT19-2018"),
        ("samples/v2.json", "TT18-2018"),
        ("samples/v3.json", "TT57-2026/II"),
    ],
)
def test_it_finds_the_framework_of_the_fixture_plans(truth: str, code: str) -> None:
    plan = load_plan(FIXTURES / truth)
    framework = framework_for_plan(plan)
    assert framework is not None
    assert framework.code == code
    assert framework.form == plan.form


def _plan(framework: str | None, level: str | None, year: str | None, form: str = "2018") -> Plan:
    return Plan(
        form=form,  # type: ignore[arg-type]
        framework=framework,
        school=School(level=level),  # type: ignore[arg-type]
        document=Document(school_year=year),
    )


@pytest.mark.parametrize(
    ("plan", "expected"),
    [
        (_plan("TT57-2026", "mam_non", None, "2026"), "TT57-2026/I"),
        (_plan("TT57-2026", None, None, "2026"), "TT57-2026/II"),
        (_plan(None, "thcs", "2024-2025"), "TT18-2018"),
        (_plan(None, "gdtx", "2027-2028", "2026"), "TT57-2026/III"),
        # No year: the one framework of the plan's form for its kind.
        (_plan(None, "tieu_hoc", None, "2018"), "TT17-2018"),
        (_plan(None, "tieu_hoc", None, "2026"), "TT57-2026/II"),
        (_plan(None, "mam_non", "năm nay", "2018"), "TT19-2018"),
        # A plan still in the 2018 form in 2026-2027 follows the 2018 criteria.
        (_plan(None, "thcs", "2026-2027", "2018"), "TT18-2018"),
        (_plan(None, "mam_non", "2025-2026", "2026"), "TT57-2026/I"),
        (_plan(None, "dai_hoc", "2025-2026", "2018"), None),
        (_plan("TT99-2030", "thcs", "2024-2025"), None),
        (_plan(None, None, "2024-2025"), None),
        (_plan(None, "gdtx", "2024-2025"), None),
        (_plan(None, None, None), None),
    ],
)
def test_it_finds_the_framework_of_a_plan_or_none(plan: Plan, expected: str | None) -> None:
    framework = framework_for_plan(plan)
    assert (framework.code if framework else None) == expected
