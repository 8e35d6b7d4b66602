"""Correcting the rows of an import on its review, before anything is saved as a plan."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from caitien import plan as core
from caitien_web.imports.models import PendingImport
from caitien_web.plans.models import Plan
from tests.web.conftest import PERSONAS, World, seed_plan


def _pending(world: World) -> PendingImport:
    return PendingImport.objects.create(
        user=world.users["council"],
        school=world.school_a,
        filename="ke-hoach.txt",
        content=b"noi dung",
        plan_data=seed_plan().to_dict(),
        notes=[
            {"field": "items[2].budget", "message": "Không chắc kinh phí"},
            {"field": "items[2].target", "message": "Không chắc mức"},
            {"field": "items[5]", "message": "Có thể là dòng tiêu đề"},
        ],
    )


def _row(pending: PendingImport, number: int) -> dict[str, Any]:
    """The form data of row ``number`` as the review shows it, unchanged."""
    item = pending.plan_data["items"][number - 1]
    names = (
        "criterion",
        "criterion_title",
        "target",
        "actions",
        "responsible",
        "timeline",
        "budget",
        "support",
        "notes",
    )
    return {name: item[name] or "" for name in names}


def _edit_url(pending: PendingImport, number: int) -> str:
    return reverse("imports:row_edit", kwargs={"pk": pending.pk, "number": number})


def test_it_shows_a_row_as_a_form_with_the_fields_of_its_plan_form(world: World) -> None:
    pending = _pending(world)
    url = reverse("imports:review", kwargs={"pk": pending.pk})
    html = world.client("council").get(url, {"edit": "3"}).content.decode()
    form = html.split('<tr id="row-3" class="editing">', 1)[1].split("</form>")[0]
    assert 'name="support"' in form and 'name="criterion_title"' in form
    assert 'name="content"' not in form and 'name="indicator"' not in form  # 2026 only
    assert 'value="1.3"' in form and "Giữ vững mức 1" in form


def test_it_ignores_an_edit_of_a_row_that_is_not_there(world: World) -> None:
    pending = _pending(world)
    url = reverse("imports:review", kwargs={"pk": pending.pk})
    for asked in ("0", "99", "x"):
        page = world.client("council").get(url, {"edit": asked})
        assert page.status_code == 200 and 'class="editing"' not in page.content.decode()


def test_it_saves_a_correction_in_the_pending_import_only(world: World) -> None:
    pending = _pending(world)
    plans = Plan.objects.count()
    data = {**_row(pending, 3), "target": "Đạt mức 2", "budget": "5 triệu đồng"}
    response = world.client("council").post(_edit_url(pending, 3), data)
    assert response.status_code == 302
    assert response["Location"].endswith("#row-3")
    pending.refresh_from_db()
    item = pending.plan_data["items"][2]
    # The parsed values come from the importer's normalisers, not from the user.
    assert (item["target"], item["target_level"]) == ("Đạt mức 2", 2)
    assert (item["budget"], item["budget_vnd"]) == ("5 triệu đồng", 5_000_000)
    assert Plan.objects.count() == plans


def test_it_clears_the_notes_of_the_fields_changed_and_keeps_the_others(world: World) -> None:
    pending = _pending(world)
    data = {**_row(pending, 3), "budget": "5 triệu đồng"}
    world.client("council").post(_edit_url(pending, 3), data)
    pending.refresh_from_db()
    assert [note["message"] for note in pending.notes] == [
        "Không chắc mức",
        "Có thể là dòng tiêu đề",
    ]


def test_it_clears_a_note_about_the_whole_row_once_the_row_is_corrected(world: World) -> None:
    pending = _pending(world)
    world.client("council").post(_edit_url(pending, 6), {**_row(pending, 6), "notes": "Đã xem"})
    pending.refresh_from_db()
    assert "Có thể là dòng tiêu đề" not in str(pending.notes)


def test_it_keeps_the_notes_and_the_parsed_values_when_nothing_changed(world: World) -> None:
    pending = _pending(world)
    pending.plan_data["items"][2]["budget"] = "5"
    pending.plan_data["items"][2]["budget_vnd"] = 5_000_000  # read with the table's unit
    pending.save()
    world.client("council").post(_edit_url(pending, 3), _row(pending, 3))
    pending.refresh_from_db()
    assert pending.plan_data["items"][2]["budget_vnd"] == 5_000_000
    assert len(pending.notes) == 3


def test_it_refreshes_the_highlight_and_the_findings_after_a_correction(world: World) -> None:
    pending = _pending(world)
    client = world.client("council")
    review = reverse("imports:review", kwargs={"pk": pending.pk})
    before = client.get(review).content.decode()
    assert "Ô «Chủ trì" in before  # row 17 (3.4) names no one responsible
    data = {**_row(pending, 17), "responsible": "Hiệu trưởng"}
    page = client.post(_edit_url(pending, 17), data, follow=True).content.decode()
    assert "Ô «Chủ trì" not in page
    assert '<tr id="row-17">' in page  # no longer flagged


def test_it_shows_an_invalid_value_beside_its_field_and_saves_nothing(world: World) -> None:
    pending = _pending(world)
    client = world.client("council")
    data = {**_row(pending, 3), "criterion": "1.x", "budget": "9 triệu"}
    response = client.post(_edit_url(pending, 3), data)
    assert response.status_code == 400
    form = response.content.decode().split('<tr id="row-3" class="editing">', 1)[1]
    assert 'name="criterion"' in form.split("Mã tiêu chí có dạng 1.1.")[0]
    assert "9 triệu" in form  # what the user typed stays in the form
    pending.refresh_from_db()
    assert pending.plan_data["items"][2]["criterion"] == "1.3"
    htmx = client.post(_edit_url(pending, 3), data, HTTP_HX_REQUEST="true")
    assert htmx.status_code == 200  # htmx swaps no 4xx answer: the form must come back


def test_it_names_the_field_the_plan_format_refuses(world: World) -> None:
    pending = _pending(world)
    data = {**_row(pending, 3), "criterion": "12.1"}  # a code, but no standard 12
    response = world.client("council").post(_edit_url(pending, 3), data)
    assert response.status_code == 400
    form = response.content.decode().split('<tr id="row-3" class="editing">', 1)[1]
    label = form.split('name="criterion"', 1)[1].split("</label>")[0]
    assert 'class="error"' in label and "không đúng định dạng" in label


def test_it_deletes_a_row_read_from_a_heading_and_moves_the_notes_up(world: World) -> None:
    pending = _pending(world)
    url = reverse("imports:row_delete", kwargs={"pk": pending.pk, "number": 2})
    response = world.client("council").post(url)
    assert response.status_code == 302
    pending.refresh_from_db()
    assert len(pending.plan_data["items"]) == 24
    assert pending.plan_data["items"][1]["criterion"] == "1.3"
    assert [note["field"] for note in pending.notes] == [
        "items[1].budget",
        "items[1].target",
        "items[4]",
    ]


def test_it_drops_the_notes_of_a_deleted_row(world: World) -> None:
    pending = _pending(world)
    url = reverse("imports:row_delete", kwargs={"pk": pending.pk, "number": 6})
    world.client("council").post(url)
    pending.refresh_from_db()
    assert [note["field"] for note in pending.notes] == ["items[2].budget", "items[2].target"]


def test_it_answers_404_for_a_row_that_is_not_there(world: World) -> None:
    pending = _pending(world)
    client = world.client("council")
    assert client.post(_edit_url(pending, 26), _row(pending, 25)).status_code == 404
    delete = reverse("imports:row_delete", kwargs={"pk": pending.pk, "number": 0})
    assert client.post(delete).status_code == 404


def test_it_refuses_a_row_change_by_get(world: World) -> None:
    pending = _pending(world)
    assert world.client("council").get(_edit_url(pending, 3)).status_code == 405


@pytest.mark.parametrize("persona", [p for p in PERSONAS if p not in {"council", "anonymous"}])
def test_it_lets_no_one_but_the_uploader_change_the_rows(world: World, persona: str) -> None:
    pending = _pending(world)
    client = world.client(persona)
    delete = reverse("imports:row_delete", kwargs={"pk": pending.pk, "number": 3})
    data = {**_row(pending, 3), "target": "Mức 3"}
    assert client.post(_edit_url(pending, 3), data).status_code == 404
    assert client.post(delete).status_code == 404
    pending.refresh_from_db()
    assert len(pending.plan_data["items"]) == 25
    assert pending.plan_data["items"][2]["target"] == "Giữ vững mức 1"


def test_it_sends_an_anonymous_visitor_to_the_login_page(world: World) -> None:
    pending = _pending(world)
    response = world.client("anonymous").post(_edit_url(pending, 3), _row(pending, 3))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_it_refuses_the_uploader_once_they_may_no_longer_edit_the_school(world: World) -> None:
    pending = _pending(world)
    world.users["council"].memberships.update(role="viewer")  # type: ignore[union-attr]
    response = world.client("council").post(_edit_url(pending, 3), _row(pending, 3))
    assert response.status_code == 404


def test_it_confirms_the_plan_with_the_corrected_rows(world: World) -> None:
    pending = _pending(world)
    client = world.client("council")
    client.post(_edit_url(pending, 3), {**_row(pending, 3), "budget": "5 triệu đồng"})
    client.post(reverse("imports:row_delete", kwargs={"pk": pending.pk, "number": 1}))
    review = reverse("imports:review", kwargs={"pk": pending.pk})
    client.post(review, {"school_year": "2025-2026"})
    plan = Plan.objects.get(school_year="2025-2026")
    rows = [item.data for item in plan.items.all()]
    assert len(rows) == 24
    assert (rows[1]["budget"], rows[1]["budget_vnd"]) == ("5 triệu đồng", 5_000_000)


def test_it_offers_and_saves_the_fields_of_a_2026_row(world: World) -> None:
    item = core.Item(content="1.1 Kế hoạch phát triển", criterion="1.1", standard=1)
    pending = _pending(world)
    pending.plan_data = core.Plan(form="2026", items=[item]).to_dict()
    pending.save()
    client = world.client("council")
    review = reverse("imports:review", kwargs={"pk": pending.pk})
    form = client.get(review, {"edit": "1"}).content.decode().split('class="editing"', 1)[1]
    assert 'name="indicator"' in form and 'name="status"' in form and 'name="content"' in form
    assert 'name="support"' not in form  # 2018 only
    data = {
        "content": "1.1 Kế hoạch phát triển",
        "criterion": "1.1",
        "indicator": "100% tổ có kế hoạch",
        "status": "Đang thực hiện",
        "budget": "Nguồn lực: 2.000.000 đồng",
    }
    assert client.post(_edit_url(pending, 1), data).status_code == 302
    pending.refresh_from_db()
    row = pending.plan_data["items"][0]
    assert (row["indicator"], row["status"]) == ("100% tổ có kế hoạch", "Đang thực hiện")
    assert row["budget_vnd"] == 2_000_000
