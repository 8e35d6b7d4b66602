"""A plan's "updated" time follows every change to the plan or its rows, made through the pages.

Covers: adding, editing, deleting and reordering rows, the header, the status and
monitoring each move ``Plan.updated_at`` to the time of the recorded change; the
history names who made it; the plan list and the plan page show the new time; a
refused change and a header saved unchanged leave the time alone.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import pytest
from django.urls import reverse
from django.utils import timezone

from caitien_web.plans.models import Plan, PlanItem, Status

if TYPE_CHECKING:
    from django.test import Client

    from tests.web.conftest import World

LONG_AGO = timezone.make_aware(dt.datetime(2020, 1, 2, 3, 4))


def _first_row(world: World) -> PlanItem:
    item = world.plan.items.first()
    assert item is not None
    return item


def _row_url(world: World, name: str, **extra: Any) -> str:
    return reverse(name, kwargs={"pk": world.plan.pk, "item_pk": _first_row(world).pk, **extra})


def _add(world: World, client: Client) -> Any:
    return client.post(reverse("plans:item_add", kwargs={"pk": world.plan.pk}))


def _edit(world: World, client: Client) -> Any:
    item = _first_row(world)
    data = {**{k: v or "" for k, v in item.data.items()}, "version": item.version}
    return client.post(_row_url(world, "plans:item_edit"), {**data, "responsible": "Tổ chuyên môn"})


def _delete(world: World, client: Client) -> Any:
    return client.post(_row_url(world, "plans:item_delete"))


def _move(world: World, client: Client) -> Any:
    return client.post(_row_url(world, "plans:item_move", direction="down"))


def _header(world: World, client: Client) -> Any:
    data = {"document.number": "09/KH-MNAL", "school.name": "Trường Mầm non An Lộc"}
    return client.post(reverse("plans:header", kwargs={"pk": world.plan.pk}), data)


def _approve(world: World, client: Client) -> Any:
    return client.post(reverse("plans:status", kwargs={"pk": world.plan.pk, "action": "approve"}))


def _monitor(world: World, client: Client) -> Any:
    data = {"when": "Tháng 12/2025", "content": "Tiến độ", "result": "Đạt"}
    return client.post(reverse("plans:monitoring", kwargs={"pk": world.plan.pk}), data)


def _long_ago(world: World) -> None:
    Plan.objects.filter(pk=world.plan.pk).update(updated_at=LONG_AGO)


@pytest.mark.parametrize(
    ("persona", "change", "action"),
    [
        ("council", _add, "add"),
        ("council", _edit, "edit"),
        ("council", _delete, "delete"),
        ("council", _move, "move"),
        ("council", _header, "header"),
        ("principal", _approve, "status"),
        ("monitor", _monitor, "monitor"),
    ],
)
def test_it_dates_the_plan_by_its_latest_change(
    world: World, persona: str, change: Any, action: str
) -> None:
    _long_ago(world)
    response = change(world, world.client(persona))
    assert response.status_code in {200, 302}
    world.plan.refresh_from_db()
    latest = world.plan.changes.order_by("-id").first()
    assert latest is not None
    # The plan's time is the change's time, and the history says who made it.
    assert (latest.action, latest.user) == (action, world.users[persona])
    assert world.plan.updated_at == latest.at
    assert world.plan.updated_at > LONG_AGO


def test_it_shows_the_new_time_in_the_list_and_on_the_plan_page(world: World) -> None:
    _long_ago(world)
    client = world.client("council")
    _edit(world, client)
    world.plan.refresh_from_db()
    shown = timezone.localtime(world.plan.updated_at).strftime("%d/%m/%Y %H:%M")
    listing = client.get(reverse("plans:list")).content.decode()
    page = client.get(reverse("plans:detail", kwargs={"pk": world.plan.pk})).content.decode()
    assert shown in listing and "02/01/2020" not in listing
    assert shown in page


def test_it_keeps_the_time_when_a_change_is_refused(world: World) -> None:
    world.plan.set_status(world.users["principal"], Status.APPROVED)
    _long_ago(world)
    response = _add(world, world.client("council"))
    assert response.status_code == 409
    world.plan.refresh_from_db()
    assert world.plan.updated_at == LONG_AGO


def test_it_keeps_the_time_when_the_header_is_saved_unchanged(world: World) -> None:
    world.plan.update_header(world.users["council"], {"document.number": "09/KH-MNAL"})
    _long_ago(world)
    world.plan.refresh_from_db()
    world.plan.update_header(world.users["council"], {"document.number": "09/KH-MNAL"})
    world.plan.refresh_from_db()
    assert world.plan.updated_at == LONG_AGO
