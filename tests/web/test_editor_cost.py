"""What the editor costs: fixed queries whatever the rows; checks run once per change."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.urls import reverse

from caitien_web.orgs.access import can_read, visible_schools
from caitien_web.plans import models
from tests.web.conftest import PERSONAS

if TYPE_CHECKING:
    from tests.web.conftest import World

# session, user, the user's memberships, the plan with its school and its latest change
WARM_EDITOR_QUERIES = 4


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


def _editor(world: World, persona: str, client: Client | None = None) -> str:
    client = client or world.client(persona)
    return client.get(reverse("plans:detail", kwargs={"pk": world.plan.pk})).content.decode()


@pytest.mark.parametrize(
    ("first", "then", "controls"),
    [("principal", "viewer", False), ("viewer", "principal", True), ("monitor", "council", True)],
)
def test_it_shows_the_editing_controls_of_a_cached_page_only_to_editors(
    world: World, first: str, then: str, controls: bool
) -> None:
    _editor(world, first)
    page = _editor(world, then)
    assert ('id="criteria-list"' in page, "Sửa thông tin chung" in page) == (controls, controls)


def test_it_gives_each_session_its_own_csrf_token_on_a_cached_page(world: World) -> None:
    _editor(world, "principal")  # another session of the same user caches the page
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.users["principal"])
    page = _editor(world, "principal", client)
    approve = reverse("plans:status", kwargs={"pk": world.plan.pk, "action": "approve"})
    form = page[page.index(f'action="{approve}"') :]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)
    assert token is not None
    response = client.post(approve, {"csrfmiddlewaretoken": token[1]})
    assert response.status_code == 302
    world.plan.refresh_from_db()
    assert world.plan.status == models.Status.APPROVED


def test_it_shows_what_changed_after_the_page_was_cached(world: World) -> None:
    before = _editor(world, "principal")
    world.plan.set_status(world.users["principal"], models.Status.APPROVED)
    world.school_a.name = "Trường Mầm non An Lộc Mới"
    world.school_a.save()
    after = _editor(world, "principal")
    assert "Bản nháp" in before and "Đã phê duyệt" in after
    assert "An Lộc Mới ·" in after and "Sửa thông tin chung" not in after


def test_it_reads_the_latest_change_with_the_plan_as_it_would_after_it(
    world: World, django_assert_num_queries: Any
) -> None:
    world.plan.add_item(world.users["principal"], {"content": "Dòng mới"})
    plan = models.Plan.objects.with_latest_change().get(pk=world.plan.pk)
    with django_assert_num_queries(0):
        version = plan.content_version()
    assert version == models.Plan.objects.get(pk=world.plan.pk).content_version()
    assert plan.latest_change_id() == world.plan.changes.latest("id").pk
