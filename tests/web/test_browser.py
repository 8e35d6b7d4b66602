"""End to end in Chromium: log in, import seed 000, fix a flagged row, approve, export, publish."""

from __future__ import annotations

import io
import os
import zipfile
from typing import TYPE_CHECKING, Any

import pytest
from django.contrib.auth.models import User
from django.db import connections

from caitien_web.orgs.models import Membership, Organisation, OrgKind, Role
from caitien_web.plans.models import Plan
from tests.conftest import SEED_TEXTS
from tests.web.conftest import seed_plan

if TYPE_CHECKING:
    from playwright.sync_api import Page

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PASSWORD = "mat-khau-trinh-duyet"
pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def principal(transactional_db: Any, settings: Any, tmp_path: Any) -> User:
    """The principal of Trường Mầm non An Lộc, under a xã under a Sở."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    so = Organisation.objects.create(name="Sở GD&ĐT", kind=OrgKind.SO)
    xa = Organisation.objects.create(name="UBND phường", kind=OrgKind.XA, parent=so)
    school = Organisation.objects.create(
        name="Trường Mầm non An Lộc", kind=OrgKind.SCHOOL, parent=xa, school_level="mam_non"
    )
    user = User.objects.create_user("hieutruong", "", PASSWORD)
    Membership.objects.create(user=user, organisation=school, role=Role.PRINCIPAL)
    return user


def _chromium_page(monkeypatch: pytest.MonkeyPatch, width: int, height: int) -> Any:
    """A Chromium page (Debian's Chromium; Playwright's own download is not used)."""
    from playwright.sync_api import sync_playwright

    # Playwright's event loop runs in this thread; the live server handles the ORM.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        context = browser.new_context(
            accept_downloads=True, viewport={"width": width, "height": height}
        )
        yield context.new_page()
        browser.close()


@pytest.fixture
def page(monkeypatch: pytest.MonkeyPatch) -> Any:
    """A laptop-sized page (1366 pixels wide)."""
    yield from _chromium_page(monkeypatch, 1366, 900)


@pytest.fixture
def phone(monkeypatch: pytest.MonkeyPatch) -> Any:
    """A phone-sized page (390 × 844, as an iPhone 12 to 15)."""
    yield from _chromium_page(monkeypatch, 390, 844)


def _log_in(page: Page, base: str) -> None:
    page.goto(base + "/")
    page.fill("input[name=username]", "hieutruong")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Đăng nhập')")


def _download(page: Page, label: str) -> bytes:
    with page.expect_download() as info:
        page.click(f"text={label}")
    path = info.value.path()
    assert path is not None
    with open(path, "rb") as handle:  # noqa: PTH123
        return handle.read()


def test_it_imports_fixes_approves_exports_and_publishes(
    live_server: Any, principal: User, page: Page
) -> None:
    base = live_server.url
    page.goto(base + "/")
    assert "Đăng nhập" in page.content()
    _log_in(page, base)
    page.click("nav >> text=Nhập từ tệp")
    page.set_input_files("input[name=document]", str(SEED_TEXTS / "000_6b6f76a0e3ebec30.txt"))
    page.click("button:has-text('Đọc tệp')")
    assert "Xem trước" in page.content()
    page.click("button:has-text('Xác nhận')")
    page.wait_for_selector("#items")

    findings = page.locator("#findings")
    flagged = findings.locator("li", has_text="TC 3.4").first.inner_text()
    assert "Chủ trì" in flagged
    row = page.locator("#items tr", has_text="3.4").first
    row.locator("button:has-text('Sửa')").click()
    page.fill(
        "tr.editing textarea[name=responsible]", "Hiệu trưởng chủ trì; tổ chuyên môn phối hợp"
    )
    page.click("tr.editing button:has-text('Lưu')")
    page.wait_for_selector("tr.editing", state="detached")
    page.wait_for_function(
        "!document.querySelector('#findings').innerText.includes(\"Chủ trì và phối hợp\")"
    )

    page.click("button:has-text('Phê duyệt')")
    assert "Đã phê duyệt" in page.content()
    docx = _download(page, "Tải DOCX")
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        assert "tổ chuyên môn phối hợp" in archive.read("word/document.xml").decode()
    assert _download(page, "Tải PDF").startswith(b"%PDF")

    page.click("button:has-text('Công khai')")
    public_url = page.locator("a[href*='/p/']").first.get_attribute("href")
    assert public_url is not None
    page.context.clear_cookies()
    page.goto(base + public_url)
    assert "Trường Mầm non An Lộc" in page.content()
    assert "Tải bản PDF" in page.content()


def test_it_shows_the_conflict_in_the_row_being_edited(
    live_server: Any, principal: User, page: Page
) -> None:
    school = Organisation.objects.get(name="Trường Mầm non An Lộc")
    plan = Plan.from_core(school, seed_plan(), principal)
    item = plan.items.first()
    assert item is not None
    _log_in(page, live_server.url)
    page.goto(f"{live_server.url}/plans/{plan.pk}/")
    page.locator(f"#item-{item.pk} button:has-text('Sửa')").click()
    page.fill("tr.editing textarea[name=responsible]", "Tổ trưởng chuyên môn")
    # Someone else saves the same row meanwhile.
    other = User.objects.create_user("hoidong", "", PASSWORD)
    item.apply(other, {"responsible": "Phó hiệu trưởng"}, item.version)
    page.click("tr.editing button:has-text('Lưu')")
    conflict = page.wait_for_selector("tr.editing .conflict")
    assert conflict is not None and "Phó hiệu trưởng" in conflict.inner_text()
    assert page.input_value("tr.editing textarea[name=responsible]") == "Tổ trưởng chuyên môn"
    page.click("tr.editing button:has-text('Lưu')")
    page.wait_for_selector("tr.editing", state="detached")
    item.refresh_from_db()
    assert item.data["responsible"] == "Tổ trưởng chuyên môn"
    # ORM calls made beside Playwright's greenlet open their own connection; close it,
    # or PostgreSQL refuses to drop the test database ("being accessed by other users").
    connections.close_all()


def test_it_reviews_an_import_on_a_phone(live_server: Any, principal: User, phone: Page) -> None:
    _log_in(phone, live_server.url)
    phone.goto(live_server.url + "/imports/")
    phone.set_input_files("input[name=document]", str(SEED_TEXTS / "000_6b6f76a0e3ebec30.txt"))
    phone.click("button:has-text('Đọc tệp')")
    phone.wait_for_selector("table.review-table")
    # Nothing wider than the phone: rows are cards, not a table scrolled sideways.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    cell = phone.locator("td.doubt", has_text="Chủ trì").first
    box = cell.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
    label = cell.evaluate("td => getComputedStyle(td, '::before').content")
    assert label == '"Người thực hiện"'
    # Fields and the confirm button are big enough for a finger; the button stays in view.
    for selector in ("input[name=school_year]", "input[name=date]"):
        field = phone.locator(selector).bounding_box()
        assert field is not None and field["height"] >= 44 and field["width"] > 300
    button = phone.locator("button:has-text('Xác nhận')").bounding_box()
    assert button is not None and button["height"] >= 44 and button["y"] + button["height"] <= 844
    _fix_the_flagged_row_in_the_review(phone, width=390)
    phone.click("button:has-text('Xác nhận')")
    phone.wait_for_selector("#items")
    assert "Hiệu trưởng chủ trì" in phone.locator("#items").inner_text()


def test_it_corrects_a_row_in_the_review_on_a_laptop(
    live_server: Any, principal: User, page: Page
) -> None:
    _log_in(page, live_server.url)
    page.goto(live_server.url + "/imports/")
    page.set_input_files("input[name=document]", str(SEED_TEXTS / "000_6b6f76a0e3ebec30.txt"))
    page.click("button:has-text('Đọc tệp')")
    page.wait_for_selector("table.review-table")
    page.fill("input[name=school_year]", "2025-2026")  # kept while a row is corrected
    _fix_the_flagged_row_in_the_review(page, width=1366)
    # A refused value comes back beside its field, in place.
    page.locator("table.review-table td.actions a:has-text('Sửa')").first.click()
    page.fill("tr.editing input[name=criterion]", "3.x")
    page.click("tr.editing button:has-text('Lưu')")
    page.wait_for_selector("tr.editing .error")
    assert "Mã tiêu chí có dạng 1.1." in page.locator("tr.editing").inner_text()
    page.click("tr.editing a:has-text('Huỷ')")
    page.wait_for_selector("tr.editing", state="detached")
    assert page.input_value("input[name=school_year]") == "2025-2026"
    page.click("button:has-text('Xác nhận')")
    page.wait_for_selector("#items")
    assert "Hiệu trưởng chủ trì" in page.locator("#items").inner_text()
    connections.close_all()


def _fix_the_flagged_row_in_the_review(page: Page, width: int) -> None:
    """Correct row 3.4's empty "responsible" in the review; the highlight and finding go."""
    findings = page.locator("#findings-panel")
    assert "Chủ trì" in findings.locator("li", has_text="TC 3.4").first.inner_text()
    row = page.locator("table.review-table tr.flag", has_text="Ô «Chủ trì").first
    row_id = row.get_attribute("id")
    row.locator("a:has-text('Sửa')").click()
    page.wait_for_selector("tr.editing textarea[name=responsible]")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    if folder := os.environ.get("CAITIEN_SCREENSHOTS"):  # to look at while developing
        page.screenshot(path=f"{folder}/review-row-form-{width}.png")
    page.fill("tr.editing textarea[name=responsible]", "Hiệu trưởng chủ trì")
    page.click("tr.editing button:has-text('Lưu')")
    page.wait_for_selector("tr.editing", state="detached")
    assert "flag" not in (page.locator(f"#{row_id}").get_attribute("class") or "")
    assert "TC 3.4" not in findings.inner_text() or "Chủ trì" not in findings.inner_text()
