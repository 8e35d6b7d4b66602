"""Import with review: nothing is saved before confirmation; the file stays with the plan."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from caitien_web.imports.models import PendingImport
from caitien_web.plans.models import Plan
from tests.conftest import SAMPLES, SEED_TEXTS
from tests.web.conftest import World, seed_plan


def _pending(world: World) -> PendingImport:
    plan = seed_plan()
    return PendingImport.objects.create(
        user=world.users["council"],
        school=world.school_a,
        filename="ke-hoach.txt",
        content=b"noi dung",
        plan_data=plan.to_dict(),
        notes=[{"field": "items[2].budget", "message": "Không chắc"}],
    )


def test_it_previews_with_flagged_rows_and_findings_before_saving(world: World) -> None:
    pending = _pending(world)
    plans = Plan.objects.count()
    page = world.client("council").get(reverse("imports:review", kwargs={"pk": pending.pk}))
    text = page.content.decode()
    assert "Không chắc" in text and 'class="flag"' in text and "Kiểm tra kế hoạch" in text
    assert Plan.objects.count() == plans


def test_it_marks_the_uncertain_cells_and_header_fields_where_they_are(world: World) -> None:
    pending = _pending(world)
    pending.notes.append({"field": "school.name", "message": "Tên trường lấy từ nội dung"})
    pending.save()
    page = world.client("council").get(reverse("imports:review", kwargs={"pk": pending.pk}))
    html = page.content.decode()
    # The importer's note on row 3's budget, in that cell, under its label.
    budget = html.split('<td data-label="Kinh phí" class="doubt">', 1)[1].split("</td>")[0]
    assert '<span class="doubt-note">Không chắc</span>' in budget
    # The check finding about row 17 (TC 3.4, no one responsible), in its cell.
    assert re.search(
        r'<td data-label="Người thực hiện" class="doubt">[^<]*<span class="doubt-note">Ô «Chủ trì',
        html,
    )
    # The header note, beside the field that corrects it.
    assert re.search(
        r'<label class="doubt">Tên trường<input[^>]*name="name"[^>]*>'
        r'<span class="doubt-note">Tên trường lấy từ nội dung</span>',
        html,
    )
    assert "Có 3 dòng cần xem lại" in html  # rows 3, 7 (timeline), 17


def test_it_creates_the_plan_with_its_file_on_confirmation(world: World) -> None:
    pending = _pending(world)
    url = reverse("imports:review", kwargs={"pk": pending.pk})
    response = world.client("council").post(url, {"school_year": "2025-2026"})
    plan = Plan.objects.get(school_year="2025-2026")
    assert response["Location"] == reverse("plans:detail", kwargs={"pk": plan.pk})
    with plan.source_file.open("rb") as handle:
        assert handle.read() == b"noi dung"
    assert not PendingImport.objects.exists()


def test_it_hides_a_pending_import_from_other_users(world: World) -> None:
    pending = _pending(world)
    url = reverse("imports:review", kwargs={"pk": pending.pk})
    for persona in ("principal", "viewer", "other_school", "supervisor_so"):
        assert world.client(persona).get(url).status_code == 404


def test_it_refuses_other_kinds_of_file(world: World) -> None:
    upload = SimpleUploadedFile("ke-hoach.exe", b"MZ")
    response = world.client("council").post(
        reverse("imports:upload"), {"school": world.school_a.pk, "document": upload}
    )
    assert response.status_code == 400
    assert "Chỉ nhận tệp" in response.content.decode()


def test_it_reads_a_seed_into_a_pending_import(world: World) -> None:
    text = sorted(SEED_TEXTS.glob("*.txt"))[0]
    upload = SimpleUploadedFile(text.name, text.read_bytes())
    response = world.client("council").post(
        reverse("imports:upload"), {"school": world.school_a.pk, "document": upload}
    )
    pending = PendingImport.objects.get()
    assert response["Location"] == reverse("imports:review", kwargs={"pk": pending.pk})
    assert pending.core_plan().items and pending.filename == text.name


@pytest.mark.parametrize(
    ("name", "rows"),
    [("tieu-hoc-2018-word-web-page-cp1258.htm", 6), ("nhieu-cap-2018-single-file-ascii.mht", 4)],
)
def test_it_reads_a_web_page_into_a_pending_import(world: World, name: str, rows: int) -> None:
    page = SAMPLES / "html" / name
    upload = SimpleUploadedFile(page.name, page.read_bytes())
    response = world.client("council").post(
        reverse("imports:upload"), {"school": world.school_a.pk, "document": upload}
    )
    pending = PendingImport.objects.get()
    assert response["Location"] == reverse("imports:review", kwargs={"pk": pending.pk})
    assert len(pending.core_plan().items) == rows


def test_an_imported_web_page_is_served_back_as_a_download_never_as_a_page(
    world: World,
) -> None:
    page = SAMPLES / "html" / "thcs-2018-wordpress-nested-time.html"
    client = world.client("council")
    upload = SimpleUploadedFile(page.name, page.read_bytes())
    client.post(reverse("imports:upload"), {"school": world.school_a.pk, "document": upload})
    review = reverse("imports:review", kwargs={"pk": PendingImport.objects.get().pk})
    client.post(review, {"school_year": "2030-2031"})
    plan = Plan.objects.get(school_year="2030-2031")
    response = client.get(reverse("plans:source", kwargs={"pk": plan.pk}))
    # Its scripts must not run on our origin: a download, not text/html.
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_upload_form_names_the_web_page_and_spreadsheet_kinds(world: World) -> None:
    page = world.client("council").get(reverse("imports:upload")).content.decode()
    assert "Tệp kế hoạch (DOCX, DOC, ODT, PDF, TXT, HTML, MHT, XLSX, XLS, ODS)" in page


def test_it_reads_an_excel_workbook_into_a_pending_import(world: World) -> None:
    workbook = SAMPLES / "xlsx" / "gdtx-2026-one-sheet.xlsx"
    upload = SimpleUploadedFile(workbook.name, workbook.read_bytes())
    response = world.client("council").post(
        reverse("imports:upload"), {"school": world.school_a.pk, "document": upload}
    )
    pending = PendingImport.objects.get()
    assert response["Location"] == reverse("imports:review", kwargs={"pk": pending.pk})
    assert pending.core_plan().form == "2026" and len(pending.core_plan().items) == 3


@pytest.mark.parametrize(
    ("name", "rows"), [("thcs-2018-code-title-apart.odt", 4), ("nhieu-cap-2018-no-tt.fodt", 4)]
)
def test_it_reads_an_opendocument_text_into_a_pending_import(
    world: World, name: str, rows: int
) -> None:
    document = SAMPLES / "odt" / name
    upload = SimpleUploadedFile(document.name, document.read_bytes())
    response = world.client("council").post(
        reverse("imports:upload"), {"school": world.school_a.pk, "document": upload}
    )
    pending = PendingImport.objects.get()
    assert response["Location"] == reverse("imports:review", kwargs={"pk": pending.pk})
    assert len(pending.core_plan().items) == rows


def test_it_explains_an_unreadable_file(world: World) -> None:
    upload = SimpleUploadedFile("ke-hoach.docx", b"not a zip at all")
    response = world.client("council").post(
        reverse("imports:upload"), {"school": world.school_a.pk, "document": upload}
    )
    assert response.status_code == 400
    assert 'class="errorlist' in response.content.decode()
    assert not PendingImport.objects.exists()


def test_it_warns_when_the_document_names_another_school(world: World) -> None:
    pending = _pending(world)
    pending.plan_data["school"]["name"] = "Trường Tiểu học Lê Lợi"
    pending.save()
    page = world.client("council").get(reverse("imports:review", kwargs={"pk": pending.pk}))
    assert "khác với Trường Mầm non An Lộc" in page.content.decode()
    pending.plan_data["school"]["name"] = "TRƯỜNG MẦM NON AN LỘC"
    pending.save()
    page = world.client("council").get(reverse("imports:review", kwargs={"pk": pending.pk}))
    assert "khác với" not in page.content.decode()


def test_it_saves_the_corrections_made_on_the_review(world: World) -> None:
    pending = _pending(world)
    url = reverse("imports:review", kwargs={"pk": pending.pk})
    page = world.client("council").get(url).content.decode()
    assert 'value="25/08/2024"' in page and 'value="05/KH-MNAL"' in page
    data = {
        "school_year": "2025-2026",
        "name": "Trường Mầm non An Lộc",
        "number": "09/KH-MNAL",
        "place": "Thủ Đức",
        "date": "05/09/2025",
    }
    world.client("council").post(url, data)
    plan = Plan.objects.get(school_year="2025-2026")
    assert plan.header["document"] | {"school_year": None} == {
        "number": "09/KH-MNAL",
        "place": "Thủ Đức",
        "date": "2025-09-05",
        "school_year": None,
    }


def test_it_refuses_a_date_written_otherwise(world: World) -> None:
    pending = _pending(world)
    url = reverse("imports:review", kwargs={"pk": pending.pk})
    response = world.client("council").post(url, {"school_year": "2025-2026", "date": "2025-09-05"})
    assert response.status_code == 200 and "errorlist" in response.content.decode()
    assert PendingImport.objects.filter(pk=pending.pk).exists()


def test_it_tells_readers_they_cannot_import(world: World) -> None:
    for persona in ("viewer", "supervisor_so"):
        response = world.client(persona).get(reverse("imports:upload"))
        assert response.status_code == 403
        assert "Không có quyền" in response.content.decode()


def test_it_saves_an_import_for_a_year_that_has_a_plan_as_the_next_edition(
    world: World,
) -> None:
    pending = _pending(world)
    url = reverse("imports:review", kwargs={"pk": pending.pk})
    year = world.plan.school_year
    response = world.client("council").post(url, {"school_year": year}, follow=True)
    # The year's first plan stays; the import becomes edition 2 and the user is told.
    imported = Plan.objects.get(school=world.school_a, school_year=year, edition=2)
    assert response.redirect_chain[-1][0] == reverse("plans:detail", kwargs={"pk": imported.pk})
    assert f"Năm học {year} đã có kế hoạch" in response.content.decode()
    assert Plan.objects.filter(pk=world.plan.pk, edition=1).exists()
