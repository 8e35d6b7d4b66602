"""The JSON API: OpenAPI description, row changes with optimistic locking, refusals."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

import pytest

from caitien_web.plans.models import Status

if TYPE_CHECKING:
    from tests.web.conftest import World


def _patch(world: World, persona: str, item_pk: int, body: dict[str, Any]) -> Any:
    url = f"/api/plans/{world.plan.pk}/items/{item_pk}"
    return world.client(persona).patch(url, json.dumps(body), content_type="application/json")


def test_it_describes_itself_in_openapi(db: Any) -> None:
    from django.test import Client

    spec = Client().get("/api/openapi.json").json()
    assert "/api/plans/{pk}/items/{item_pk}" in spec["paths"]


def test_it_serves_the_api_docs_from_its_own_static_files(db: Any) -> None:
    from django.test import Client

    client = Client()
    page = client.get("/api/docs").content.decode()
    scripts = re.findall(r'src="([^"]+\.js)"', page)
    # No CDN: a school's intranet or a cut connection still shows the docs.
    assert scripts and all(src.startswith("/static/") for src in scripts)
    assert "cdn." not in page
    script = client.get(scripts[0])
    assert script.status_code == 200
    script.close()


def test_it_changes_a_row_and_refuses_a_stale_version(world: World) -> None:
    item = world.plan.items.first()
    assert item is not None
    body = {"version": item.version, "fields": {"timeline": "Tháng 9/2025"}}
    first = _patch(world, "council", item.pk, body)
    assert first.status_code == 200 and first.json()["version"] == 2
    stale = _patch(world, "principal", item.pk, {**body, "fields": {"timeline": "Tháng 10"}})
    assert stale.status_code == 409
    assert stale.json()["current"]["timeline"] == "Tháng 9/2025"


@pytest.mark.parametrize(
    "fields", [{"no_such_field": "x"}, {"target_level": "cao"}, {"criterion": "1.x"}]
)
def test_it_refuses_invalid_row_values(world: World, fields: dict[str, Any]) -> None:
    item = world.plan.items.first()
    assert item is not None
    response = _patch(world, "principal", item.pk, {"version": item.version, "fields": fields})
    assert response.status_code == 422
    item.refresh_from_db()
    assert item.version == 1


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("principal", 201),
        ("council", 201),
        ("viewer", 403),
        ("supervisor_so", 403),
        ("other_school", 404),
        ("anonymous", 401),
    ],
)
def test_it_adds_rows_for_editors_only(world: World, persona: str, status: int) -> None:
    response = world.client(persona).post(f"/api/plans/{world.plan.pk}/items")
    assert response.status_code == status


def test_it_refuses_changes_to_an_approved_plan(world: World) -> None:
    world.plan.set_status(world.users["principal"], Status.APPROVED)
    response = world.client("principal").post(f"/api/plans/{world.plan.pk}/items")
    assert response.status_code == 409
    assert "phê duyệt" in response.json()["detail"]


def test_it_imports_through_the_api_in_two_steps(world: World) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.conftest import SEED_TEXTS

    text = SEED_TEXTS / "000_6b6f76a0e3ebec30.txt"
    client = world.client("council")
    upload = SimpleUploadedFile(text.name, text.read_bytes())
    response = client.post("/api/imports/", {"school": world.school_a.pk, "document": upload})
    assert response.status_code == 201, response.content
    preview = response.json()
    assert preview["plan"]["items"] and isinstance(preview["findings"], list)
    plans = world.school_a.plans.count()
    assert world.client("principal").get(f"/api/imports/{preview['id']}").status_code == 404
    bad = client.post(
        f"/api/imports/{preview['id']}/confirm",
        {"school_year": "2025"},
        content_type="application/json",
    )
    assert bad.status_code == 400 and world.school_a.plans.count() == plans
    done = client.post(
        f"/api/imports/{preview['id']}/confirm",
        {"school_year": "2025-2026"},
        content_type="application/json",
    )
    assert done.status_code == 201
    assert world.school_a.plans.filter(pk=done.json()["plan"]).exists()


def test_it_imports_a_single_file_web_page_named_doc_and_refuses_other_names(
    world: World,
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.conftest import SAMPLES

    page = SAMPLES / "html" / "mam-non-2026-single-file-named-doc.doc"
    client = world.client("council")
    upload = SimpleUploadedFile(page.name, page.read_bytes())
    response = client.post("/api/imports/", {"school": world.school_a.pk, "document": upload})
    assert response.status_code == 201, response.content
    assert response.json()["plan"]["form"] == "2026"
    refused = SimpleUploadedFile("ke-hoach.xml", page.read_bytes())
    response = client.post("/api/imports/", {"school": world.school_a.pk, "document": refused})
    assert response.status_code == 400
    assert "trang web (HTML, MHT) hoặc bảng tính (XLSX, XLS, ODS)" in response.json()["detail"]


@pytest.mark.parametrize("persona", ["viewer", "supervisor_so", "other_school"])
def test_it_refuses_imports_outside_the_editors_schools(world: World, persona: str) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("a.txt", b"x")
    response = world.client(persona).post(
        "/api/imports/", {"school": world.school_a.pk, "document": upload}
    )
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("principal", 200),
        ("council", 200),
        ("monitor", 403),
        ("viewer", 403),
        ("supervisor_xa", 403),
        ("supervisor_other_xa", 404),
        ("other_school", 404),
        ("anonymous", 401),
    ],
)
def test_it_lets_only_editors_change_rows(world: World, persona: str, status: int) -> None:
    item = world.plan.items.first()
    assert item is not None
    body = {"version": item.version, "fields": {"notes": "đã rà soát"}}
    assert _patch(world, persona, item.pk, body).status_code == status
    item.refresh_from_db()
    assert (item.data["notes"] == "đã rà soát") is (status == 200)


def test_it_imports_an_opendocument_text_through_the_api(world: World) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.conftest import SAMPLES

    document = SAMPLES / "odt" / "v3.odt"
    upload = SimpleUploadedFile(document.name, document.read_bytes())
    response = world.client("council").post(
        "/api/imports/", {"school": world.school_a.pk, "document": upload}
    )
    assert response.status_code == 201, response.content
    assert response.json()["plan"]["form"] == "2026"
