"""The main pages speak Vietnamese through locale/vi: no English source text leaks through."""

from __future__ import annotations

import re
from datetime import date, datetime
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import formats

from tests.conftest import SEED_TEXTS
from tests.web.po_catalogue import read_po

if TYPE_CHECKING:
    from django.http import HttpResponse

    from tests.web.conftest import World

CATALOGUE = django_settings.BASE_DIR / "locale" / "vi" / "LC_MESSAGES" / "django.po"
# Attributes whose values people read (tooltips, screen readers, confirmations, mobile labels).
READ_ATTRIBUTES = {"title", "aria-label", "hx-confirm", "data-label", "placeholder"}


class _ReadableText(HTMLParser):
    """Collects the text a person reads on a page: text nodes and readable attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._skip += tag in {"script", "style"}
        self.parts += [value for name, value in attrs if name in READ_ATTRIBUTES and value]

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in {"script", "style"}

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def readable_text(response: HttpResponse) -> str:
    """The page's readable text, one space between parts."""
    parser = _ReadableText()
    parser.feed(response.content.decode())
    return " ".join(" ".join(parser.parts).split())


def _english_fragments() -> set[str]:
    # Every source string of the catalogue, cut at its placeholders.
    fragments: set[str] = set()
    for entry in (e for e in read_po(CATALOGUE) if not e.obsolete):
        for source in filter(None, (entry.msgid, entry.msgid_plural)):
            parts = re.split(r"%\(\w+\)[sd]", source)
            fragments.update(p.strip(" ():«»·") for p in parts if len(p.strip(" ():«»·")) > 1)
    return fragments


ENGLISH = _english_fragments()


def assert_vietnamese(response: HttpResponse, *expected: str) -> None:
    """The page answered, shows ``expected`` and none of the English source strings."""
    assert response.status_code == 200
    text = readable_text(response)
    for phrase in expected:
        assert phrase in text
    leaks = [f for f in ENGLISH if re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text)]
    assert leaks == []
    if "<html" in response.content.decode():  # whole pages, not htmx fragments
        assert '<html lang="vi">' in response.content.decode()


def test_it_shows_the_login_page_in_vietnamese(db: Any) -> None:
    response = Client().get(reverse("plans:list"), follow=True)
    assert_vietnamese(response, "Đăng nhập", "Tên đăng nhập", "Mật khẩu")


def test_it_shows_the_plan_list_in_vietnamese_with_dates_day_first(world: World) -> None:
    response = world.client("principal").get(reverse("plans:list"))
    today = date.today().strftime("%d/%m/%Y")
    assert_vietnamese(
        response, "Kế hoạch cải tiến chất lượng", "Tạo kế hoạch mới", "Trạng thái", "Bản nháp"
    )
    assert today in readable_text(response)
    assert "Đăng xuất (principal)" in readable_text(response)


def test_it_shows_the_editor_in_vietnamese_with_dates_and_amounts(world: World) -> None:
    principal = world.users["principal"]
    world.plan.update_header(principal, {"document.date": "2025-08-25"})
    world.plan.add_item(principal, {"budget": "30 triệu", "budget_vnd": 30_000_000})
    response = world.client("principal").get(reverse("plans:detail", kwargs={"pk": world.plan.pk}))
    text = readable_text(response)
    assert_vietnamese(response, "Bảng kế hoạch", "Kinh phí", "+ Thêm dòng", "Phê duyệt", "Xoá")
    assert "25/08/2025" in text
    assert "= 30.000.000 đ" in text


@pytest.mark.parametrize(
    ("view", "expected"),
    [
        ("plans:history", ["Lịch sử thay đổi", "Thao tác", "Tạo kế hoạch"]),
        ("plans:monitoring", ["Kết quả giám sát", "Ghi kết quả giám sát", "Người đánh giá"]),
        ("plans:findings", ["Kiểm tra kế hoạch"]),
    ],
)
def test_it_shows_the_plan_pages_in_vietnamese(
    world: World, view: str, expected: list[str]
) -> None:
    response = world.client("principal").get(reverse(view, kwargs={"pk": world.plan.pk}))
    assert_vietnamese(response, *expected)


def test_it_shows_the_import_review_in_vietnamese(world: World) -> None:
    seed = sorted(SEED_TEXTS.glob("*.txt"))[0]
    document = SimpleUploadedFile(seed.name, seed.read_bytes())
    client = world.client("council")
    upload = client.post(
        reverse("imports:upload"), {"school": world.school_a.pk, "document": document}
    )
    assert upload.status_code == 302
    response = client.get(upload["Location"])
    assert_vietnamese(
        response, "Xem trước kế hoạch nhập từ", "Xác nhận và lưu kế hoạch", "Kiểm tra kế hoạch"
    )
    # The date read from the document is shown in its correction field, as dd/mm/yyyy.
    assert re.search(r'name="date" value="\d{2}/\d{2}/\d{4}"', response.content.decode())


def test_it_shows_the_upload_page_in_vietnamese(world: World) -> None:
    response = world.client("council").get(reverse("imports:upload"))
    assert_vietnamese(response, "Nhập kế hoạch từ tệp", "Đọc tệp", "Trường")


@pytest.mark.parametrize(
    ("persona", "status", "detail"),
    [
        ("anonymous", 401, "Hãy đăng nhập trước."),
        ("viewer", 403, "Tài khoản của bạn không được phép làm việc này."),
        ("other_school", 404, "Trang này không tồn tại hoặc bạn không có quyền xem."),
    ],
)
def test_it_refuses_api_calls_in_vietnamese(
    world: World, persona: str, status: int, detail: str
) -> None:
    response = world.client(persona).post(f"/api/plans/{world.plan.pk}/items")
    assert response.status_code == status
    assert response.json() == {"detail": detail}


def test_it_describes_the_api_in_vietnamese(db: Any) -> None:
    schema = Client().get("/api/openapi.json").json()
    assert schema["info"]["description"].startswith("Kế hoạch cải tiến chất lượng")
    tags = {tag for path in schema["paths"].values() for op in path.values() for tag in op["tags"]}
    assert tags == {"Kế hoạch", "Nhập kế hoạch"}


@pytest.mark.parametrize(
    ("value", "fmt", "shown"),
    [
        (date(2025, 8, 25), "DATE_FORMAT", "25/08/2025"),
        (date(2025, 8, 5), "SHORT_DATE_FORMAT", "05/08/2025"),
        (datetime(2025, 8, 25, 14, 30), "DATETIME_FORMAT", "25/08/2025 14:30"),
    ],
)
def test_it_formats_dates_day_first_in_vietnamese(value: date, fmt: str, shown: str) -> None:
    assert formats.date_format(value, fmt) == shown


def test_it_groups_numbers_with_dots(settings: Any) -> None:
    settings.USE_THOUSAND_SEPARATOR = True
    assert formats.number_format(30_000_000) == "30.000.000"
