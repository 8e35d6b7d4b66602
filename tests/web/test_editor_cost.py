"""What the editor costs: fixed queries whatever the rows; checks run once per change."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from caitien_web.orgs.access import can_read, visible_schools
from caitien_web.plans import models
from tests.web.conftest import PERSONAS

if TYPE_CHECKING:
    from tests.web.conftest import World

# session, user, the user's memberships, the plan with its school, the plan's latest change
WARM_EDITOR_QUERIES = 5


def _thirty_rows(world: World) -> None:
    while world.plan.items.count() < 30:
        world.plan.add_item(world.users["principal"], {"content": "Dòng thêm", "criterion": "1.1"})


def test_it_renders_the_editor_of_30_rows_in_a_fixed_number_of_queries(
    world: World, django_assert_max_num_queries: Any
) -> None:
    _thirty_rows(world)
    client = world.client("principal")
    url = reverse("plans:detail", kwargs={"pk": world.plan.pk})
    with django_assert_max_num_queries(WARM_EDITOR_QUERIES + 1):  # + the rows, read once
        assert client.get(url).status_code == 200
    with django_assert_max_num_queries(WARM_EDITOR_QUERIES):
        page = client.get(url).content.decode()
    assert page.count('<tr id="item-') == 30


def test_it_runs_the_checks_once_per_change_of_the_plan(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs: list[int] = []
    real_check_plan = models.check_plan

    def counting_check_plan(plan: Any) -> Any:
        runs.append(len(plan.items))
        return real_check_plan(plan)

    monkeypatch.setattr(models, "check_plan", counting_check_plan)
    client = world.client("principal")
    url = reverse("plans:findings", kwargs={"pk": world.plan.pk})
    first = client.get(url).content.decode()
    assert client.get(url).content.decode() == first
    rows = world.plan.items.count()
    world.plan.add_item(world.users["principal"], {"content": "Dòng mới", "criterion": "9.9"})
    changed = client.get(url).content.decode()
    assert runs == [rows, rows + 1]
    assert "9.9" in changed and "9.9" not in first


def test_it_checks_again_a_plan_saved_outside_the_editor(world: World) -> None:
    before = world.plan.findings()
    world.plan.header["document"]["number"] = None
    world.plan.save()
    after = world.plan.findings()
    assert {f.rule for f in after} != {f.rule for f in before}


@pytest.mark.parametrize("persona", PERSONAS)
def test_it_answers_may_read_as_the_list_of_visible_schools_does(
    world: World, persona: str
) -> None:
    user = world.users[persona] or AnonymousUser()
    listed = set(visible_schools(user))
    for school in (world.so, world.xa_a, world.xa_b, world.school_a, world.school_b):
        assert can_read(user, school) == (school in listed), school.name
