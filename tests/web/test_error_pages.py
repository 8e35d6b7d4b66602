"""Error pages speak Vietnamese: unknown pages, refusals and expired forms."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.test import Client
from django.urls import reverse

if TYPE_CHECKING:
    from tests.web.conftest import World


def test_it_says_not_found_in_vietnamese(db: Any) -> None:
    response = Client().get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_it_says_forbidden_in_vietnamese(world: World) -> None:
    url = reverse("plans:status", kwargs={"pk": world.plan.pk, "action": "approve"})
    response = world.client("council").post(url)
    assert response.status_code == 403
    assert "Không có quyền" in response.content.decode()


def test_it_explains_an_expired_form(world: World) -> None:
    client = Client(enforce_csrf_checks=True)
    user = world.users["principal"]
    assert user is not None
    client.force_login(user)
    response = client.post(reverse("plans:item_add", kwargs={"pk": world.plan.pk}))
    assert response.status_code == 403
    assert "Phiên làm việc đã hết hạn" in response.content.decode()
