"""The plan editor: rows edited in place, conflicts, reordering, header, findings, history."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from django.urls import reverse

from caitien_web.plans.models import LockedPlanError, PlanChange, PlanItem, Status

if TYPE_CHECKING:
    from tests.web.conftest import World


def _row_post(item: PlanItem, **changes: Any) -> dict[str, Any]:
    data = {
        key: item.data.get(key) or ""
        for key in (
            "criterion",
            "content",
            "target",
            "actions",
            "responsible",
            "timeline",
            "budget",
            "evidence",
            "notes",
        )
    }
    return {**data, "version": item.version, **changes}


def test_it_saves_a_row_and_records_the_field_change(world: World) -> None:
    item = world.plan.items.first()
    assert item is not None
    client = world.client("council")
    url = reverse("plans:item_edit", kwargs={"pk": world.plan.pk, "item_pk": item.pk})
    response = client.post(url, _row_post(item, budget="30.000.000 đồng"))
    assert response.status_code == 200
    assert response["HX-Trigger"] == "plan-changed"
    item.refresh_from_db()
    assert (item.data["budget"], item.data["budget_vnd"], item.version) == (
        "30.000.000 đồng",
        30_000_000,
        2,
    )
    change = PlanChange.objects.get(action="edit", field="budget")
    assert change.after == "30.000.000 đồng" and change.user == world.users["council"]


def test_it_shows_both_values_when_someone_else_saved_first(world: World) -> None:
    item = world.plan.items.first()
    assert item is not None
    url = reverse("plans:item_edit", kwargs={"pk": world.plan.pk, "item_pk": item.pk})
    stale = _row_post(item, responsible="Tổ chuyên môn")
    world.client("principal").post(url, _row_post(item, responsible="Hiệu trưởng"))
    response = world.client("council").post(url, stale)
    assert response.status_code == 409
    page = response.content.decode()
    assert "Hiệu trưởng" in page and "Tổ chuyên môn" in page
    item.refresh_from_db()
    assert item.data["responsible"] == "Hiệu trưởng"
    again = world.client("council").post(url, {**stale, "version": item.version})
    assert again.status_code == 200
    item.refresh_from_db()
    assert item.data["responsible"] == "Tổ chuyên môn"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("criterion", "1.x", "Mã tiêu chí"), ("criterion", "abc", "Mã tiêu chí")],
)
def test_it_refuses_bad_row_values_in_vietnamese(
    world: World, field: str, value: str, message: str
) -> None:
    item = world.plan.items.first()
    assert item is not None
    url = reverse("plans:item_edit", kwargs={"pk": world.plan.pk, "item_pk": item.pk})
    response = world.client("principal").post(url, _row_post(item, **{field: value}))
    assert message in response.content.decode()
    item.refresh_from_db()
    assert item.version == 1


def test_it_adds_moves_and_deletes_rows(world: World) -> None:
    client, plan = world.client("principal"), world.plan
    count = plan.items.count()
    client.post(reverse("plans:item_add", kwargs={"pk": plan.pk}))
    assert plan.items.count() == count + 1
    last = plan.items.last()
    assert last is not None
    client.post(
        reverse("plans:item_move", kwargs={"pk": plan.pk, "item_pk": last.pk, "direction": "up"})
    )
    assert list(plan.items.all())[-2].pk == last.pk
    client.post(reverse("plans:item_delete", kwargs={"pk": plan.pk, "item_pk": last.pk}))
    assert plan.items.count() == count
    assert {"add", "move", "delete"} <= set(plan.changes.values_list("action", flat=True))


def test_it_edits_the_header_with_history(world: World) -> None:
    url = reverse("plans:header", kwargs={"pk": world.plan.pk})
    data = {"document.number": "07/KH-MNAL", "document.date": "2025-09-01", "purposes": "Một\nHai"}
    response = world.client("principal").post(url, data)
    assert response.status_code == 200
    world.plan.refresh_from_db()
    assert world.plan.header["document"]["number"] == "07/KH-MNAL"
    assert world.plan.header["purposes"] == ["Một", "Hai"]
    assert world.plan.changes.filter(field="document.number").exists()


def test_it_refuses_a_malformed_header_date(world: World) -> None:
    url = reverse("plans:header", kwargs={"pk": world.plan.pk})
    response = world.client("principal").post(url, {"document.date": "1/9/2025"})
    assert "Ngày phải có dạng" in response.content.decode()


def test_it_lists_findings_and_explains_a_criterion(world: World) -> None:
    client = world.client("viewer")
    findings = client.get(reverse("plans:findings", kwargs={"pk": world.plan.pk}))
    assert "Kiểm tra kế hoạch" in findings.content.decode()
    url = reverse("plans:criterion", kwargs={"pk": world.plan.pk})
    known = client.get(url, {"criterion": "1.1"}).content.decode()
    assert "Mức 1" in known and "Tiêu chí 1.1" in known
    unknown = client.get(url, {"criterion": "9.9"}).content.decode()
    assert "Không có tiêu chí 9.9" in unknown


def test_it_locks_approved_plans_and_opens_a_new_edition(world: World) -> None:
    client, plan = world.client("principal"), world.plan
    client.post(reverse("plans:status", kwargs={"pk": plan.pk, "action": "approve"}))
    plan.refresh_from_db()
    assert plan.status == Status.APPROVED
    item = plan.items.first()
    assert item is not None
    with pytest.raises(LockedPlanError):
        item.apply(world.users["principal"], {"budget": "1"}, item.version)
    edit = client.get(reverse("plans:item_edit", kwargs={"pk": plan.pk, "item_pk": item.pk}))
    assert "không sửa được" in edit.content.decode()
    response = client.post(reverse("plans:status", kwargs={"pk": plan.pk, "action": "new"}))
    new = plan.__class__.objects.exclude(pk=plan.pk).get()
    assert response["Location"] == reverse("plans:detail", kwargs={"pk": new.pk})
    assert (new.edition, new.status, new.items.count()) == (2, Status.DRAFT, plan.items.count())


def test_it_answers_an_inplace_change_of_a_locked_plan_in_the_notice_area(world: World) -> None:
    world.plan.set_status(world.users["principal"], Status.APPROVED)
    url = reverse("plans:item_add", kwargs={"pk": world.plan.pk})
    response = world.client("council").post(url, headers={"HX-Request": "true"})
    # htmx puts the refusal into #notice (base.html), not where the new row would go.
    assert response.status_code == 409
    assert (response["HX-Retarget"], response["HX-Reswap"]) == ("#notice", "innerHTML")
    assert "không sửa được" in response.content.decode()


def test_it_lets_htmx_swap_the_conflict_answer_and_report_other_failures(world: World) -> None:
    page = world.client("council").get(reverse("plans:detail", kwargs={"pk": world.plan.pk}))
    text = page.content.decode()
    assert '{"code":"409","swap":true}' in text
    assert 'id="notice"' in text and "Không có kết nối tới máy chủ" in text


def test_it_lets_only_the_principal_approve(world: World) -> None:
    url = reverse("plans:status", kwargs={"pk": world.plan.pk, "action": "approve"})
    assert world.client("council").post(url).status_code == 403
    world.plan.refresh_from_db()
    assert world.plan.status == Status.DRAFT


def test_it_creates_a_blank_plan_in_the_framework_that_applies(world: World) -> None:
    data = {"school": world.school_a.pk, "school_year": "2026-2027", "source": "blank"}
    world.client("principal").post(reverse("plans:create"), data)
    plan = world.school_a.plans.get(school_year="2026-2027")
    assert (plan.form, plan.framework) == ("2026", "TT57-2026")
    assert plan.header["document"]["number"] == "/KH-MNAL"


def test_it_copies_last_years_plan(world: World) -> None:
    data = {"school": world.school_a.pk, "school_year": "2025-2026", "source": "copy"}
    world.client("council").post(reverse("plans:create"), data)
    plan = world.school_a.plans.get(school_year="2025-2026")
    assert plan.items.count() == world.plan.items.count()
    assert plan.header["document"]["number"] is None


def test_it_creates_a_second_plan_for_a_year_as_its_next_edition(world: World) -> None:
    year = world.plan.school_year
    data = {"school": world.school_a.pk, "school_year": year, "source": "blank"}
    response = world.client("principal").post(reverse("plans:create"), data, follow=True)
    assert response.status_code == 200
    assert f"Năm học {year} đã có kế hoạch: kế hoạch này được lưu thành phiên bản 2" in (
        response.content.decode()
    )
    editions = world.school_a.plans.filter(school_year=year).values_list("edition", flat=True)
    assert sorted(editions) == [1, 2]


@pytest.mark.parametrize("year", ["2025", "2025-2027", "25-26"])
def test_it_refuses_a_malformed_school_year(world: World, year: str) -> None:
    data = {"school": world.school_a.pk, "school_year": year, "source": "blank"}
    response = world.client("principal").post(reverse("plans:create"), data)
    assert response.status_code == 400
    assert "Năm học phải có dạng" in response.content.decode()


def test_it_shows_the_history_in_vietnamese(world: World) -> None:
    item = world.plan.items.first()
    assert item is not None
    item.apply(world.users["council"], {"budget": "5 triệu"}, item.version)
    page = world.client("monitor").get(reverse("plans:history", kwargs={"pk": world.plan.pk}))
    text = page.content.decode()
    assert "Lịch sử thay đổi" in text and "Sửa dòng" in text and "Kinh phí" in text
    assert "5 triệu" in text


def test_it_shows_fresh_rows_after_each_change(world: World) -> None:
    client = world.client("principal")
    url = reverse("plans:detail", kwargs={"pk": world.plan.pk})
    before = client.get(url).content.decode()
    item = world.plan.items.first()
    assert item is not None
    edit = reverse("plans:item_edit", kwargs={"pk": world.plan.pk, "item_pk": item.pk})
    client.post(edit, _row_post(item, responsible="Tổ trưởng tổ nuôi dưỡng"))
    after = client.get(url).content.decode()
    assert "Tổ trưởng tổ nuôi dưỡng" not in before and "Tổ trưởng tổ nuôi dưỡng" in after
    assert "Sửa" not in world.client("viewer").get(url).content.decode().split("<tbody")[1]


def test_it_offers_the_frameworks_criteria_to_editors_only(world: World) -> None:
    url = reverse("plans:detail", kwargs={"pk": world.plan.pk})
    editor = world.client("council").get(url).content.decode()
    assert '<datalist id="criteria-list">' in editor and '<option value="5.4">' in editor
    assert "criteria-list" not in world.client("viewer").get(url).content.decode()
