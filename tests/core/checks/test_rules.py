"""Every rule of caitien.checks: a plan that triggers it and plans that must not.

Plans are built in code from the clean plans of ``factory.py`` with one field
broken; the fixtures are covered in ``test_fixtures.py``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from caitien.checks import RULES, Severity, check_plan
from caitien.plan import Document, MonitoringRow, Problem, Signer, StandardHeading
from tests.core.checks.factory import make_item, make_item_2026, make_plan, make_plan_2026

if TYPE_CHECKING:
    from collections.abc import Callable

    from caitien.plan import Plan


def _doc(**fields: str | None) -> Plan:
    return make_plan(
        document=replace(Document("05/KH-THAB", "An Bình", "2024-09-05", "2024-2025"), **fields)
    )


def _row(**fields: object) -> Plan:
    return make_plan(items=[make_item(**fields)])


def _row_2026(**fields: object) -> Plan:
    return make_plan_2026(items=[make_item_2026(**fields)])


def _to_district_office(**document: str | None) -> Plan:
    """A plan reporting to the district office of education (abolished on 1 July 2025)."""
    plan = _doc(**document)
    plan.recipients = ["Phòng GD&ĐT Quận 5 (để b/c);", "Lưu: VT."]
    return plan


def _dated_only(**fields: object) -> Plan:
    """A plan whose school year is known only from its date (September 2024 → 2024-2025)."""
    plan = _row(**fields)
    plan.document.school_year = None
    return plan


def _all_criteria_2026() -> Plan:
    plan = make_plan_2026()
    codes = [f"{s}.{c}" for s, n in ((1, 4), (2, 3), (3, 5), (4, 3)) for c in range(1, n + 1)]
    plan.items = [make_item_2026(criterion=code, standard=int(code[0])) for code in codes]
    return plan


TRIGGERS: list[tuple[str, Callable[[], Plan]]] = [
    (
        "framework-unknown",
        lambda: make_plan(framework=None, school=replace(make_plan().school, level=None)),
    ),
    ("framework-unknown", lambda: make_plan(framework="TT99-2030")),
    ("framework-form-mismatch", lambda: make_plan_2026(framework="TT17-2018")),
    ("framework-school-mismatch", lambda: make_plan(framework="TT19-2018")),
    ("framework-outdated", lambda: _doc(school_year="2026-2027", date="2026-09-05")),
    ("section-missing", lambda: make_plan(purposes=[])),
    ("section-missing", lambda: make_plan(organization=[])),
    ("section-missing", lambda: make_plan(recipients=[])),
    ("section-missing", lambda: make_plan_2026(reporting=[])),
    ("section-missing", lambda: make_plan_2026(general_info=[])),
    ("school-year-missing", lambda: _doc(school_year=None)),
    ("document-number-missing", lambda: _doc(number=None)),
    ("document-number-format", lambda: _doc(number="5/KH-THAB")),
    ("document-number-format", lambda: _doc(number="05/THAB")),
    ("document-number-format", lambda: _doc(number="168/KH-THCS BTĐA")),
    ("document-number-format", lambda: _doc(number="05/kh-thab")),
    ("document-number-format", lambda: _doc(number="05 /KH-THAB")),
    ("document-number-format", lambda: _doc(number="KH-THAB")),
    ("document-number-missing", lambda: _doc(number="…/KH-THAB")),
    ("document-number-format", lambda: _doc(number="/KH-TH AB")),
    ("document-date-missing", lambda: _doc(date=None)),
    ("document-date-format", lambda: _doc(date="2024-02-30")),
    ("document-date-implausible", lambda: _doc(date="2022-09-05")),
    ("document-date-implausible", lambda: _doc(date="2025-09-05")),
    ("document-place-missing", lambda: _doc(place=None)),
    ("signer-missing", lambda: make_plan(signer=Signer("HIỆU TRƯỞNG", None))),
    ("signer-missing", lambda: make_plan(signer=Signer(None, None))),
    (
        "recipients-format",
        lambda: make_plan(recipients=["Phòng GD&ĐT (để b/c);", "...;", "Lưu: VT."]),
    ),
    ("recipients-format", lambda: make_plan(recipients=["Phòng GD&ĐT (để b/c);", "Lưu VT."])),
    ("recipients-format", lambda: make_plan(recipients=["Phòng GD&ĐT (để b/c)."])),
    ("office-abolished", lambda: _to_district_office(date="2025-09-05", school_year="2025-2026")),
    ("office-abolished", lambda: _to_district_office(date=None, school_year="2025-2026")),
    (
        "office-abolished",
        lambda: make_plan(
            document=Document("05/KH-THAB", "An Bình", "2025-09-05", "2025-2026"),
            school=replace(make_plan().school, governing_body="PHÒNG GD&ĐT QUẬN 5"),
            recipients=["Lưu: VT."],
        ),
    ),
    ("standard-unknown", lambda: make_plan(standards=[StandardHeading(6, "Tiêu chuẩn thêm")])),
    (
        "standard-title-mismatch",
        lambda: make_plan(standards=[StandardHeading(1, "Tổ chức nhà trường")]),
    ),
    (
        "standard-title-other-framework",
        lambda: make_plan(standards=[StandardHeading(2, "Cán bộ quản lý, giáo viên, nhân viên")]),
    ),
    (
        "standard-title-variant",
        lambda: make_plan_2026(
            standards=[
                StandardHeading(
                    3,
                    "Thực hiện chương trình, đổi mới phương pháp giáo dục và phát triển người học",
                )
            ]
        ),
    ),
    ("criterion-missing", lambda: _row(criterion=None, criterion_title=None)),
    ("criterion-unknown", lambda: _row(criterion="1.11", criterion_title=None)),
    ("criterion-unknown", lambda: _row(criterion="6.1", standard=6, criterion_title=None)),
    ("criterion-title-mismatch", lambda: _row(criterion_title="Chiến lược phát triển")),
    (
        "criterion-title-other-framework",
        lambda: _row(criterion="1.5", criterion_title="Tổ chức nhóm trẻ và lớp mẫu giáo"),
    ),
    (
        "criterion-title-variant",
        lambda: _row(standard=3, criterion="3.1", criterion_title="Khuôn viên, sân chơi, bãi tập"),
    ),
    ("item-wrong-standard", lambda: _row(standard=3, criterion="2.1", criterion_title=None)),
    ("criterion-duplicate", lambda: make_plan(items=[make_item(), make_item()])),
    ("criterion-duplicate", lambda: make_plan_2026(items=[make_item_2026(), make_item_2026()])),
    ("level-4-criterion", lambda: _row(part="level_4", target="Đạt Mức 4", target_level=4)),
    ("target-level-impossible", lambda: _row(target="Phấn đấu Mức 4", target_level=4)),
    ("target-level-impossible", lambda: _row(target="Phấn đấu Mức 4", target_level=None)),
    (
        "target-level-impossible",
        lambda: _row(
            criterion="1.2",
            criterion_title=None,
            target="Phấn đấu Mức 3",
            target_level=3,
        ),
    ),
    ("target-level-impossible", lambda: _row_2026(target="Phấn đấu đạt Mức 3", target_level=3)),
    ("target-empty", lambda: _row(target="", target_level=None)),
    ("actions-empty", lambda: _row(actions="")),
    ("row-incomplete", lambda: _row(target="", target_level=None, actions="", timeline="")),
    ("row-incomplete", lambda: _row_2026(target="", actions="", responsible="", timeline="")),
    ("responsible-empty", lambda: _row(responsible=" ")),
    ("timeline-empty", lambda: _row(timeline="")),
    (
        "target-restates-weakness",
        lambda: _row(
            target="Số lớp và sĩ số học sinh trong một lớp vượt hơn quy định.", target_level=None
        ),
    ),
    (
        "target-restates-weakness",
        lambda: _row(
            target="Điểm trường khu B chưa có giấy chứng nhận quyền sử dụng đất.", target_level=None
        ),
    ),
    (
        "target-restates-weakness",
        lambda: _row(target="Thư viện đạt chuẩn. Tuy nhiên đầu sách còn ít.", target_level=None),
    ),
    (
        "target-restates-weakness",
        lambda: _row(target="Phòng học thiếu ánh sáng", target_level=None),
    ),
    (
        "target-restates-weakness",
        lambda: _row(target="Học sinh còn gặp khó khăn trong học tập", target_level=None),
    ),
    (
        "timeline-stale",
        lambda: _row(timeline="Thời gian bắt đầu: Tháng 9/2022. Giai đoạn 2022-2025"),
    ),
    ("timeline-stale", lambda: _row(timeline="Năm học 2022-2023 và những năm tiếp theo")),
    ("timeline-stale", lambda: _row(timeline="Tháng 5/2023")),
    ("timeline-stale", lambda: _row(timeline="Từ 9/2022 đến 5/2025")),
    ("timeline-stale", lambda: _row(timeline="Từ ngày 25/8/2023")),
    ("timeline-stale", lambda: _row(timeline="Từ tháng 10 năm 2023")),
    ("timeline-stale", lambda: _dated_only(timeline="Năm 2021")),
    ("budget-unreadable", lambda: _row(budget="1.5.000.000", budget_vnd=None)),
    ("budget-unreadable", lambda: _row(budget="5 trieu", budget_vnd=None)),
    ("budget-mismatch", lambda: _row(budget="30.000.000", budget_vnd=3000000)),
    ("budget-mismatch", lambda: _row(budget="Không", budget_vnd=5000000)),
    ("budget-mismatch", lambda: _row(budget="550 triệu đồng", budget_vnd=None)),
    ("problems-not-covered", lambda: _row_2026(criterion="4.1", standard=4)),
    (
        "problem-without-item",
        lambda: make_plan_2026(
            problems=[Problem("Tiêu chuẩn 2", "2.2"), Problem("Tiêu chuẩn 4", "4.1; 4.2")]
        ),
    ),
    ("indicator-missing", lambda: _row_2026(indicator="")),
    ("evidence-missing", lambda: _row_2026(evidence="")),
    ("status-unknown", lambda: _row_2026(status="Xong một nửa")),
    ("monitoring-missing", lambda: make_plan_2026(monitoring=[])),
    ("monitoring-incomplete", lambda: make_plan_2026(monitoring=make_plan_2026().monitoring[:1])),
    ("monitoring-incomplete", lambda: make_plan_2026(monitoring=make_plan_2026().monitoring[1:])),
    (
        "monitoring-content-empty",
        lambda: make_plan_2026(
            monitoring=[MonitoringRow(when="Cuối học kỳ I"), MonitoringRow(when="Cuối năm học")]
        ),
    ),
    ("all-criteria-listed", _all_criteria_2026),
]

QUIET: list[tuple[str, Callable[[], Plan]]] = [
    (
        "target-restates-weakness",
        lambda: _row(target="Không có học sinh bỏ học", target_level=None),
    ),
    (
        "target-restates-weakness",
        lambda: _row(target="Bổ sung đủ giáo viên còn thiếu", target_level=None),
    ),
    (
        "target-restates-weakness",
        lambda: _row(target="100% học sinh có hoàn cảnh khó khăn được hỗ trợ", target_level=None),
    ),
    ("document-number-format", lambda: _doc(number="168/KH-THCSBTĐA")),
    ("document-number-format", lambda: _doc(number="12/KH-MN-AL")),
    ("document-number-format", lambda: _doc(number="10/KH-THAB")),
    ("document-number-format", lambda: _doc(number="Số: 10/KH-THAB")),
    ("document-number-missing", lambda: _doc(number="05/KH-THAB")),
    (
        "recipients-format",
        lambda: make_plan(recipients=["UBND phường (để b/c);", "Lưu: VT, hồ sơ KĐCL."]),
    ),
    ("office-abolished", lambda: _to_district_office(date="2025-06-20", school_year="2024-2025")),
    (
        "office-abolished",
        lambda: make_plan(
            document=Document("05/KH-THAB", "An Bình", "2025-09-05", "2025-2026"),
            recipients=["UBND phường An Bình (Phòng Văn hóa – Xã hội);", "Lưu: VT."],
        ),
    ),
    ("document-date-implausible", lambda: _doc(date="2024-08-25")),
    ("document-date-implausible", lambda: _doc(date="2025-01-10")),
    ("document-date-implausible", lambda: _doc(date="2024-05-20")),
    (
        "criterion-title-mismatch",
        lambda: _row(criterion_title="PHƯƠNG HƯỚNG, CHIẾN LƯỢC XÂY DỰNG VÀ PHÁT TRIỂN NHÀ TRƯỜNG."),
    ),
    (
        "criterion-title-mismatch",
        lambda: _row(
            criterion="3.3",
            standard=3,
            criterion_title="Khối phòng phục vụ học tập và khối phòng hành chính- quản trị",
        ),
    ),
    (
        "criterion-title-variant",
        lambda: _row(criterion="3.1", standard=3, criterion_title="Khuôn viên, sân chơi, sân tập"),
    ),
    (
        "criterion-title-other-framework",
        lambda: _row(
            criterion="1.4",
            criterion_title="Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng",
        ),
    ),
    (
        "criterion-duplicate",
        lambda: make_plan(
            items=[
                make_item(),
                make_item(
                    part="level_4",
                    criterion=None,
                    criterion_title="Khu thể chất",
                    target="Đạt Mức 4",
                    target_level=4,
                ),
            ]
        ),
    ),
    (
        "criterion-duplicate",
        lambda: make_plan_2026(
            items=[make_item_2026(), make_item_2026(content="Dự giờ, góp ý (Tiêu chí 2.2)")]
        ),
    ),
    (
        "criterion-missing",
        lambda: _row(
            part="level_4",
            criterion=None,
            criterion_title="Khu thể chất",
            target="Đạt Mức 4",
            target_level=4,
        ),
    ),
    ("criterion-missing", lambda: _row_2026(criterion=None, standard=None)),
    ("target-level-impossible", lambda: _row(target="Giữ vững Mức 3", target_level=3)),
    (
        "target-level-impossible",
        lambda: _row(
            part="level_4",
            criterion=None,
            criterion_title="Khu thể chất",
            target="Đạt Mức 4",
            target_level=4,
        ),
    ),
    ("target-level-impossible", lambda: _row_2026(target="Tiêu chí 2.2 đạt Mức 2", target_level=2)),
    ("target-restates-weakness", lambda: _row(target="Giữ vững mức 1", target_level=1)),
    (
        "target-restates-weakness",
        lambda: _row(target="Tỷ lệ chuyên cần trẻ 5 tuổi đạt từ 95% trở lên", target_level=None),
    ),
    (
        "target-restates-weakness",
        lambda: _row(
            target="Bồi dưỡng về công nghệ thông tin cho 03 GV chưa tự soạn KHGD trên máy vi tính",
            target_level=None,
        ),
    ),
    (
        "target-restates-weakness",
        lambda: _row(
            target="Có phòng riêng để tổ chức cho trẻ làm quen với ngoại ngữ, tin học và âm nhạc.",
            target_level=None,
        ),
    ),
    (
        "target-restates-weakness",
        lambda: _row(
            target="Không để xảy ra tai nạn thương tích; hạn chế tối đa học sinh bỏ học",
            target_level=None,
        ),
    ),
    (
        "target-restates-weakness",
        lambda: _row(target="Hạn chế tối đa học sinh bỏ học", target_level=None),
    ),
    (
        "target-restates-weakness",
        lambda: _row(
            target="Sinh hoạt chuyên môn tập trung giải quyết khó khăn thực tế của giáo viên",
            target_level=None,
        ),
    ),
    ("timeline-stale", lambda: _row(timeline="Giai đoạn 2020-2025")),
    ("timeline-stale", lambda: _row(timeline="Năm học 2024-2025 và những năm tiếp theo")),
    (
        "timeline-stale",
        lambda: _row(timeline="Tháng 9/2024. Thời gian hoàn thành: giai đoạn 2024 -2026"),
    ),
    ("timeline-stale", lambda: _row(timeline="Đến tháng 5 của từng năm học")),
    ("timeline-stale", lambda: _row(timeline="Từ 9/2024 đến 5/2025")),
    ("timeline-stale", lambda: _row(timeline="Theo Thông tư 17/2018/TT-BGDĐT, từ tháng 9/2024")),
    (
        "budget-unreadable",
        lambda: _row(budget="Kinh phí ngân sách cấp trên và nguồn tài trợ", budget_vnd=None),
    ),
    ("budget-unreadable", lambda: _row(budget="Xã hội hóa", budget_vnd=None)),
    ("budget-mismatch", lambda: _row(budget="550 triệu đồng", budget_vnd=550000000)),
    ("budget-mismatch", lambda: _row(budget="", budget_vnd=None)),
    # A column headed "(Triệu đồng)": the importer multiplied the bare number.
    ("budget-mismatch", lambda: _row(budget="30", budget_vnd=30_000_000)),
    ("budget-mismatch", lambda: _row(budget="1.500", budget_vnd=1_500_000)),
    ("problems-not-covered", lambda: make_plan_2026(problems=[Problem("Tiêu chuẩn 2")])),
    ("problem-without-item", lambda: _row_2026(criterion=None, content="Bồi dưỡng giáo viên")),
    ("status-unknown", lambda: _row_2026(status="Hoàn thành.")),
    ("status-unknown", lambda: _row_2026(status="")),
    (
        "monitoring-incomplete",
        lambda: make_plan_2026(
            monitoring=[
                replace(r, when=w)
                for r, w in zip(make_plan_2026().monitoring, ("Cuối HK I", "Cuối năm"), strict=True)
            ]
        ),
    ),
    ("indicator-missing", lambda: make_plan(items=[make_item(indicator="")])),
    ("indicator-missing", lambda: _row_2026(target="", actions="", timeline="", indicator="")),
    ("target-empty", lambda: _row(target="", target_level=None, actions="", timeline="")),
    ("row-incomplete", lambda: _row(target="", target_level=None, actions="")),
    ("monitoring-missing", lambda: make_plan()),
    ("monitoring-content-empty", lambda: make_plan_2026()),
    ("section-missing", lambda: make_plan()),
]


def _rules(plan: Plan) -> list[str]:
    return [f.rule for f in check_plan(plan)]


@pytest.mark.parametrize("build", [make_plan, make_plan_2026], ids=["2018", "2026"])
def test_it_finds_nothing_in_a_clean_plan(build: Callable[[], Plan]) -> None:
    assert check_plan(build()) == []


@pytest.mark.parametrize(
    ("rule", "build"), TRIGGERS, ids=[f"{r}-{i}" for i, (r, _) in enumerate(TRIGGERS)]
)
def test_it_reports_the_rule_on_a_plan_that_breaks_it(rule: str, build: Callable[[], Plan]) -> None:
    assert rule in _rules(build())


@pytest.mark.parametrize(
    ("rule", "build"), QUIET, ids=[f"{r}-{i}" for i, (r, _) in enumerate(QUIET)]
)
def test_it_stays_quiet_on_a_plan_that_keeps_the_rule(rule: str, build: Callable[[], Plan]) -> None:
    assert rule not in _rules(build())


def test_it_has_a_triggering_case_for_every_rule_of_the_catalogue() -> None:
    assert {rule for rule, _ in TRIGGERS} == set(RULES)


def test_it_makes_a_plan_without_rows_an_error() -> None:
    found = [f for f in check_plan(make_plan(items=[])) if f.rule == "section-missing"]
    assert [f.severity for f in found] == [Severity.ERROR]


def test_it_warns_rather_than_errs_when_a_criterion_lacks_the_level() -> None:
    plan = _row(criterion="1.2", criterion_title=None, target="Phấn đấu Mức 3", target_level=3)
    found = [f for f in check_plan(plan) if f.rule == "target-level-impossible"]
    assert [f.severity for f in found] == [Severity.WARNING]
    assert "Mức 2" in found[0].message


def test_it_states_the_official_title_in_a_title_finding() -> None:
    found = check_plan(_row(criterion_title="Chiến lược phát triển"))
    assert "«Phương hướng, chiến lược xây dựng và phát triển nhà trường»" in found[0].message


def test_it_names_the_criterion_a_borrowed_title_belongs_to() -> None:
    plan = _row(criterion_title="Quản lý hành chính, tài chính và tài sản")
    (found,) = check_plan(plan)
    assert "tiêu chí 1.6" in found.message


def test_it_names_the_standard_a_borrowed_standard_title_belongs_to() -> None:
    plan = make_plan(standards=[StandardHeading(1, "Cơ sở vật chất và thiết bị dạy học")])
    (found,) = check_plan(plan)
    assert (found.rule, "Tiêu chuẩn 3" in found.message) == ("standard-title-mismatch", True)


def test_it_only_warns_when_a_title_comes_from_another_appendix_of_the_same_circular() -> None:
    title = "Quản lý, theo dõi, hỗ trợ người học và giáo dục hòa nhập"  # Phụ lục III (GDTX)
    plan = _row_2026(criterion="3.4", standard=3, criterion_title=title)
    found = [f for f in check_plan(plan) if f.rule == "criterion-title-other-framework"]
    assert [f.severity for f in found] == [Severity.WARNING]


def test_it_takes_no_disputed_title_of_another_framework_as_evidence_of_copying() -> None:
    # TT17 3.1 "Khuôn viên, sân chơi, sân tập" is inferred: in a TT18 plan it is a mismatch.
    plan = make_plan(
        school=replace(make_plan().school, level="thcs"),
        framework="TT18-2018",
        items=[
            make_item(standard=3, criterion="3.1", criterion_title="Khuôn viên, sân chơi, sân tập")
        ],
    )
    assert [f.rule for f in check_plan(plan)] == ["criterion-title-mismatch"]


def test_it_runs_the_framework_free_rules_when_the_framework_is_unknown() -> None:
    plan = _row(standard=3, criterion="2.1", target="Phấn đấu Mức 4", target_level=4)
    plan.framework, plan.school.level = None, None
    rules = _rules(plan)
    assert {"framework-unknown", "item-wrong-standard", "target-level-impossible"} <= set(rules)
    assert "criterion-title-mismatch" not in rules


def test_it_checks_against_the_framework_it_is_given() -> None:
    from caitien.frameworks import get_framework

    plan = _row(criterion="1.5", criterion_title="Tổ chức nhóm trẻ và lớp mẫu giáo")
    assert "criterion-title-other-framework" in _rules(plan)
    rules = [f.rule for f in check_plan(plan, get_framework("TT19-2018"))]
    assert rules == ["framework-school-mismatch"]


def test_it_orders_findings_errors_first_then_by_row() -> None:
    plan = make_plan(
        items=[
            make_item(responsible=""),
            make_item(criterion="1.2", criterion_title=None, standard=2, responsible=""),
        ]
    )
    found = check_plan(plan)
    assert [f.severity for f in found] == sorted((f.severity for f in found), key=lambda s: s.rank)
    warnings = [f.where.item for f in found if f.rule == "responsible-empty"]
    assert warnings == [0, 1]


ODD_PLANS: list[Callable[[], Plan]] = [
    lambda: _row(criterion="1", criterion_title="?", standard=None),
    lambda: _row(criterion="abc", criterion_title="", target_level=7, target="Mức 9"),
    lambda: _row(criterion="9.99", standard=0, budget="0", budget_vnd=0, timeline="1999-2000"),
    lambda: make_plan(standards=[StandardHeading(0, ""), StandardHeading(99, "x")]),
    lambda: _doc(school_year="2024", date="hôm qua", number="/"),
    lambda: _doc(school_year="2025-2024", date="0001-01-01", number="0/KH-"),
    lambda: make_plan_2026(problems=[Problem()], monitoring=[], items=[make_item_2026(status="?")]),
    lambda: make_plan(form="2026", framework="TT57-2026", items=[make_item(criterion="5.9")]),
]


@pytest.mark.parametrize("build", ODD_PLANS)
def test_it_never_raises_on_odd_values(build: Callable[[], Plan]) -> None:
    for found in check_plan(build()):
        assert found.rule in RULES
        assert found.message
