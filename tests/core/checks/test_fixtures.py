"""The checks on the shared fixtures: the acceptance cases of seeds 000 and 001, and no false alarm.

Covers: seed 001's standard titles taken from the preschool circular (standards 2
and 5, with the official TT17 titles in the message); seed 000's stale timeline
(1.7) and empty responsible cell (3.4) with no title finding; and, for every
fixture and sample truth, findings that are well formed and, for the shared
sample plans written to the frameworks, free of errors and title findings.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from caitien.checks import RULES, check_plan, describe_where
from caitien.plan import load_plan
from tests.conftest import FIXTURES, SAMPLES, fixture_truths

if TYPE_CHECKING:
    from pathlib import Path

SEED_000 = FIXTURES / "seeds" / "000_6b6f76a0e3ebec30.json"
SEED_001 = FIXTURES / "seeds" / "001_60df62f6dc69996d.json"
SHARED_SAMPLES = sorted((FIXTURES / "samples").glob("*.json"))
# The project's own sample documents carry their truth beside them.
ALL_TRUTHS = fixture_truths() + sorted(SAMPLES.glob("*/*.plan.json"))
_TITLE_RULES = {rule for rule in RULES if "-title-" in rule}


def test_it_reports_seed_001s_standard_titles_with_the_official_tt17_titles() -> None:
    found = [f for f in check_plan(load_plan(SEED_001)) if f.rule.startswith("standard-title")]
    messages = {f.message.split("«")[1].split("»")[0]: f.message for f in found}
    assert set(messages) == {
        "Cán bộ quản lý, giáo viên, nhân viên",
        "Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục",
    }
    assert "«Cán bộ quản lý, giáo viên, nhân viên và học sinh»" in " ".join(messages.values())
    assert "«Hoạt động giáo dục và kết quả giáo dục»" in " ".join(messages.values())
    assert {f.rule for f in found} == {"standard-title-other-framework"}
    assert all("19/2018" in f.message for f in found)


def test_it_reports_no_title_finding_on_seed_000() -> None:
    assert not [f for f in check_plan(load_plan(SEED_000)) if f.rule in _TITLE_RULES]


def test_it_reports_seed_000s_stale_timeline_of_criterion_1_7() -> None:
    found = [f for f in check_plan(load_plan(SEED_000)) if f.rule == "timeline-stale"]
    assert [(f.where.item, f.where.criterion, f.where.field) for f in found] == [
        (6, "1.7", "timeline")
    ]
    assert "2022" in found[0].message


def test_it_reports_seed_000s_empty_responsible_cell_of_criterion_3_4() -> None:
    found = [f for f in check_plan(load_plan(SEED_000)) if f.rule == "responsible-empty"]
    assert [(f.where.item, f.where.criterion) for f in found] == [(16, "3.4")]
    assert (
        describe_where(found[0].where) == "Mục III, dòng 17 (tiêu chí 3.4), cột Chủ trì, phối hợp"
    )


@pytest.mark.parametrize("path", ALL_TRUTHS, ids=lambda p: p.stem)
def test_it_gives_well_formed_findings_on_every_fixture(path: Path) -> None:
    plan = load_plan(path)
    for found in check_plan(plan):
        assert found.rule in RULES
        assert found.message.endswith(".")
        assert json.loads(json.dumps(found.to_dict(), ensure_ascii=False)) == found.to_dict()
        assert describe_where(found.where, plan.form)


@pytest.mark.parametrize("path", SHARED_SAMPLES, ids=lambda p: p.stem)
def test_it_finds_no_error_and_no_title_problem_in_the_sample_plans(path: Path) -> None:
    # The samples were generated from the framework files, titles and levels checked.
    found = check_plan(load_plan(path))
    assert not [f for f in found if f.severity == "error" or f.rule in _TITLE_RULES]
