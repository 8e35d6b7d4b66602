"""The demo data command, the login page, static files and page weight."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client

from caitien_web.orgs.models import Organisation, OrgKind
from caitien_web.plans.models import Plan


def test_it_loads_the_demo_once_with_a_school_of_each_kind(db: Any, capsys: Any) -> None:
    call_command("load_demo")
    call_command("load_demo")
    out = capsys.readouterr().out
    assert "hieutruong" in out and "mật khẩu" in out
    assert "Quản trị hệ thống" in out and "administrator" not in out
    kinds = set(
        Organisation.objects.filter(kind=OrgKind.SCHOOL).values_list("school_level", flat=True)
    )
    assert kinds == {"mam_non", "tieu_hoc", "thcs", "thpt", "nhieu_cap", "gdtx"}
    assert Plan.objects.count() == 4
    assert User.objects.filter(username="admin", is_superuser=True).exists()


def test_it_sends_visitors_to_the_login_page(db: Any) -> None:
    response = Client().get("/", follow=True)
    assert "Đăng nhập" in response.content.decode()


def test_it_says_so_in_vietnamese_when_the_password_is_wrong(db: Any) -> None:
    User.objects.create_user("lan", "", "dung-mat-khau")
    response = Client().post("/dang-nhap/", {"username": "lan", "password": "sai"})
    assert "mật khẩu chính xác" in response.content.decode()


def _static(client: Client, name: str) -> bytes:
    response = client.get(f"/static/caitien/{name}")
    assert response.status_code == 200
    body = b"".join(response.streaming_content)  # type: ignore[attr-defined]
    response.close()
    return body


def test_it_serves_static_files_with_long_caching(db: Any) -> None:
    response = Client().get("/static/caitien/app.css")
    response.close()
    assert "max-age=31536000" in response["Cache-Control"]
    assert Client().get("/static/caitien/none.css").status_code == 404


def test_it_keeps_the_first_load_under_300_kb(db: Any) -> None:
    client = Client()
    html = client.get("/dang-nhap/").content
    assets = [_static(client, name) for name in ("app.css", "htmx.min.js")]
    assert len(html) + sum(map(len, assets)) < 300_000


def test_it_writes_names_family_name_first(db: Any) -> None:
    user = User.objects.create_user(
        "lan", "", "mat-khau-dai-du", first_name="Lan", last_name="Nguyễn Thị"
    )
    client = Client()
    client.force_login(user)
    assert "Đăng xuất (Nguyễn Thị Lan)" in client.get("/").content.decode()
