"""Monitoring results: recorded by the principal and the monitoring team, also after approval."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from django.urls import reverse

from caitien_web.plans.models import Status

if TYPE_CHECKING:
    from tests.web.conftest import World

ROW = {
    "when": "Cuối học kỳ I",
    "content": "Tiến độ tiêu chí 1.1",
    "result": "Đạt",
    "adjustment": "",
    "assessor": "Tổ giám sát",
}


@pytest.mark.parametrize(
    ("persona", "recorded"),
    [
        ("monitor", True),
        ("principal", True),
        ("council", False),
        ("viewer", False),
        ("supervisor_xa", False),
        ("other_school", False),
    ],
)
def test_it_lets_the_monitoring_team_record_results(
    world: World, persona: str, recorded: bool
) -> None:
    world.plan.set_status(world.users["principal"], Status.APPROVED)
    url = reverse("plans:monitoring", kwargs={"pk": world.plan.pk})
    world.client(persona).post(url, ROW)
    world.plan.refresh_from_db()
    rows = world.plan.header["monitoring"]
    assert (rows[-1:] == [ROW]) is recorded
    assert len(world.plan.to_core().monitoring) == len(rows)


def test_it_requires_when_what_and_result(world: World) -> None:
    url = reverse("plans:monitoring", kwargs={"pk": world.plan.pk})
    response = world.client("monitor").post(url, {"when": "Cuối năm"})
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    world.plan.refresh_from_db()
    assert world.plan.header["monitoring"] == []
