"""API of imports: upload a document for review, then confirm it into a plan (editors only)."""

from __future__ import annotations

from typing import Any, cast

from django.http import HttpRequest  # noqa: TC002 - ninja reads the annotations at runtime
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext, gettext_lazy
from ninja import File, Form, Router, Schema
from ninja.files import UploadedFile  # noqa: TC002 - ninja reads the annotations at runtime
from ninja.responses import Status as Reply

from caitien.checks import check_plan
from caitien.errors import CaitienError
from caitien_web.imports.forms import ALLOWED, NOT_ALLOWED
from caitien_web.imports.models import PendingImport
from caitien_web.orgs.access import editable_schools
from caitien_web.plans.forms import validate_school_year

# Lazy: the OpenAPI description is built per request, in the reader's language.
router = Router(tags=[cast("str", gettext_lazy("Plan imports"))])


class Refusal(Schema):
    """Why the request was refused, in Vietnamese."""

    detail: str


class ConfirmIn(Schema):
    """The school year to file the plan under."""

    school_year: str


def _preview(pending: PendingImport) -> dict[str, Any]:
    plan = pending.core_plan()
    return {
        "id": pending.pk,
        "plan": pending.plan_data,
        "notes": pending.notes,
        "findings": [f.to_dict() for f in check_plan(plan)],
        "other_school": pending.names_another_school(plan),
    }


@router.post("/", response={201: dict[str, Any], 400: Refusal})
def upload(
    request: HttpRequest, school: Form[int], document: File[UploadedFile]
) -> Reply[dict[str, Any]]:
    """Parse an uploaded plan (DOCX/DOC/PDF/TXT/HTML/MHT) for one of the user's schools.

    Nothing is saved as a plan yet.
    """
    target = get_object_or_404(editable_schools(request.user), pk=school)
    name = document.name or ""
    if not name.lower().endswith(ALLOWED):
        return Reply(400, {"detail": str(NOT_ALLOWED)})
    try:
        pending = PendingImport.from_upload(request.user, target, name, document.read())
    except CaitienError as error:
        return Reply(400, {"detail": str(error)})
    return Reply(201, _preview(pending))


def _pending(request: HttpRequest, pk: int) -> PendingImport:
    return get_object_or_404(
        PendingImport, pk=pk, user=request.user, school__in=editable_schools(request.user)
    )


@router.get("/{pk}")
def preview(request: HttpRequest, pk: int) -> dict[str, Any]:
    """The parsed plan, the importer's notes and the check findings."""
    return _preview(_pending(request, pk))


@router.post("/{pk}/confirm", response={201: dict[str, Any], 400: Refusal})
def confirm(request: HttpRequest, pk: int, payload: ConfirmIn) -> Reply[dict[str, Any]]:
    """Create the draft plan (the file is kept with it)."""
    pending = _pending(request, pk)
    try:
        validate_school_year(payload.school_year)
    except Exception:  # Django's ValidationError: its message is the form's
        return Reply(400, {"detail": gettext("The school year must look like 2025-2026.")})
    return Reply(201, {"plan": pending.confirm(payload.school_year).pk})
