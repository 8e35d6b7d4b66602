"""The rule catalogue, the finding model and location wording: docs/checks.md lists every rule."""

from __future__ import annotations

import re

import pytest

from caitien.checks import RULES, Finding, Severity, Where, describe_where
from caitien.checks._model import finding
from tests.conftest import ROOT

DOC = ROOT / "docs" / "checks.md"


def _documented() -> dict[str, str]:
    rules_section = DOC.read_text(encoding="utf-8").split("\n## Rules\n")[1].split("\n## ")[0]
    rows = re.findall(r"^\| `([a-z0-9-]+)` \| ([a-z]+)", rules_section, re.M)
    return dict(rows)


def test_it_documents_every_rule_with_its_default_severity() -> None:
    assert _documented() == {rule_id: rule.severity.value for rule_id, rule in RULES.items()}


def test_it_keeps_rule_ids_kebab_case() -> None:
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule_id) for rule_id in RULES)


def test_it_serialises_a_finding_with_all_four_location_keys() -> None:
    found = Finding("timeline-stale", Severity.WARNING, "Thời gian cũ.", Where("items", 6, "1.7"))
    assert found.to_dict() == {
        "rule": "timeline-stale",
        "severity": "warning",
        "message": "Thời gian cũ.",
        "where": {"section": "items", "item": 6, "criterion": "1.7", "field": None},
    }


def test_it_compares_severities_with_their_strings_and_ranks_errors_first() -> None:
    assert Severity.ERROR == "error"
    assert sorted(Severity, key=lambda s: s.rank) == [
        Severity.ERROR,
        Severity.WARNING,
        Severity.INFO,
    ]


def test_it_names_severities_in_vietnamese() -> None:
    assert [s.label for s in Severity] == ["Lỗi", "Cảnh báo", "Thông tin"]


def test_it_refuses_a_rule_missing_from_the_catalogue() -> None:
    with pytest.raises(KeyError):
        finding("no-such-rule", "…")


@pytest.mark.parametrize(
    ("where", "form", "words"),
    [
        (
            Where("items", 6, "1.7", "timeline"),
            "2018",
            "Mục III, dòng 7 (tiêu chí 1.7), cột Thời gian",
        ),
        (
            Where("items", 0, None, "indicator"),
            "2026",
            "Mục V, dòng 1, cột Chỉ số đánh giá kết quả",
        ),
        (
            Where("items", 2, "3.4", "responsible"),
            "2026",
            "Mục V, dòng 3 (tiêu chí 3.4), cột Phụ trách",
        ),
        (Where("document", field="number"), "2018", "Phần đầu văn bản, Số, ký hiệu"),
        (Where("standards", 1, None, "title"), "2018", "Mục III, dòng tiêu chuẩn thứ 2"),
        (
            Where("problems", 0, None, "criteria"),
            "2026",
            "Mục IV (Vấn đề trọng tâm), dòng 1, cột Tiêu chí liên quan",
        ),
        (Where("monitoring"), "2026", "Mục VI (Theo dõi, đánh giá)"),
        (Where("organization"), "2018", "Mục VI (Tổ chức thực hiện)"),
        (Where("signer", field="name"), "2018", "Phần ký, họ tên"),
        (Where(criterion="2.2"), "2018", "tiêu chí 2.2"),
        (Where(), "2018", ""),
    ],
)
def test_it_describes_a_location_in_a_principals_words(where: Where, form: str, words: str) -> None:
    assert describe_where(where, form) == words
