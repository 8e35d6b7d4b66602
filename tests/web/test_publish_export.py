"""Exports through the core exporters, the public page of a published plan and its PDF."""

from __future__ import annotations

import io
import json
import zipfile
from typing import TYPE_CHECKING

import pytest
from django.test import Client
from django.urls import reverse

from caitien_web.plans.models import Status

if TYPE_CHECKING:
    from tests.web.conftest import World


def _export(world: World, fmt: str) -> bytes:
    url = reverse("plans:export", kwargs={"pk": world.plan.pk, "fmt": fmt})
    response = world.client("supervisor_xa").get(url)
    assert response.status_code == 200, response.content[:200]
    assert response["Content-Disposition"].endswith(f'-{world.plan.school_year}.{fmt}"')
    return response.content


def test_it_exports_json_that_round_trips(world: World) -> None:
    data = json.loads(_export(world, "json"))
    assert data["format"] == "caitien.plan/1"
    assert len(data["items"]) == world.plan.items.count()


@pytest.mark.parametrize(
    ("fmt", "part"), [("docx", "word/document.xml"), ("xlsx", "xl/workbook.xml")]
)
def test_it_exports_office_files(world: World, fmt: str, part: str) -> None:
    with zipfile.ZipFile(io.BytesIO(_export(world, fmt))) as archive:
        assert part in archive.namelist()


def test_it_answers_404_for_an_unknown_format(world: World) -> None:
    url = reverse("plans:export", kwargs={"pk": world.plan.pk, "fmt": "exe"})
    assert world.client("principal").get(url).status_code == 404


def test_it_hides_unpublished_plans_from_the_public(world: World) -> None:
    url = reverse("plans:public", kwargs={"slug": world.plan.slug})
    assert Client().get(url).status_code == 404
    assert len(world.plan.slug) >= 24


def test_it_shows_a_published_plan_to_anyone(world: World) -> None:
    client = world.client("principal")
    for action in ("approve", "publish"):
        client.post(reverse("plans:status", kwargs={"pk": world.plan.pk, "action": action}))
    world.plan.refresh_from_db()
    assert world.plan.status == Status.PUBLISHED
    page = Client().get(reverse("plans:public", kwargs={"slug": world.plan.slug}))
    assert page.status_code == 200
    first = world.plan.items.first()
    assert first is not None
    assert first.data["actions"][:30] in page.content.decode()


@pytest.mark.libreoffice
@pytest.mark.slow
def test_it_serves_the_public_pdf(world: World) -> None:
    world.plan.status = Status.PUBLISHED
    world.plan.save()
    response = Client().get(reverse("plans:public_pdf", kwargs={"slug": world.plan.slug}))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
