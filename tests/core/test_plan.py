"""The plan model: JSON round trip of every fixture, schema validation, the shipped schema copy."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from caitien.errors import PlanFormatError
from caitien.plan import Item, Plan, dumps_plan, load_plan, loads_plan, plan_schema
from tests.conftest import SHARED, fixture_truths

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize("path", fixture_truths(), ids=lambda p: p.name)
def test_it_round_trips_every_fixture_unchanged(path: Path) -> None:
    original = json.loads(path.read_text(encoding="utf-8"))
    plan = load_plan(path)
    assert plan.to_dict() == original
    assert json.loads(dumps_plan(plan)) == original


def test_it_ships_the_shared_schema_unchanged() -> None:
    shared = json.loads((SHARED / "schema" / "plan.schema.json").read_text(encoding="utf-8"))
    assert plan_schema() == shared


def test_it_writes_a_blank_plan_that_validates() -> None:
    data = Plan().to_dict()
    assert data["format"] == "caitien.plan/1"
    assert data["items"] == []
    assert data["school"] == {"name": None, "level": None, "governing_body": None}


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d.update(format="caitien.plan/2"), "format"),
        (lambda d: d["document"].update(date="25/8/2024"), "document/date"),
        (lambda d: d.pop("signer"), "(gốc)"),
        (lambda d: d["items"][0].update(criterion="1.x"), "items/0/criterion"),
        (lambda d: d["items"][0].update(target_level=7), "items/0/target_level"),
    ],
)
def test_it_refuses_an_invalid_plan_naming_the_field(mutate, field) -> None:  # type: ignore[no-untyped-def]
    data = json.loads((fixture_truths()[0]).read_text(encoding="utf-8"))
    mutate(data)
    with pytest.raises(PlanFormatError, match=field):
        Plan.from_dict(data)


def test_it_refuses_to_write_a_plan_with_an_invalid_value() -> None:
    plan = Plan(items=[Item(criterion="Tiêu chí 1")])
    with pytest.raises(PlanFormatError, match="items/0/criterion"):
        plan.to_dict()


def test_it_explains_text_that_is_not_json() -> None:
    with pytest.raises(PlanFormatError, match="không phải JSON hợp lệ"):
        loads_plan("{ not json", name="x.json")


def test_it_explains_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PlanFormatError, match="Không đọc được"):
        load_plan(tmp_path / "absent.json")
