"""API of plans: list, read (caitien.plan/1), rows, findings, export — same scopes as the pages."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Router, Schema

from caitien.errors import CaitienError
from caitien_web.orgs.access import visible_schools
from caitien_web.plans import exporting
from caitien_web.plans.models import Plan

router = Router(tags=["Kế hoạch"])


class PlanSummary(Schema):
    """One plan in a list."""

    id: int
    school: str
    school_year: str
    framework: str
    status: str
    edition: int


def _plan(request: HttpRequest, pk: int) -> Plan:
    return get_object_or_404(Plan, pk=pk, school__in=visible_schools(request.user))


@router.get("/", response=list[PlanSummary])
def list_plans(request: HttpRequest) -> list[dict[str, Any]]:
    """The plans the user may read."""
    plans = Plan.objects.filter(school__in=visible_schools(request.user)).select_related("school")
    return [
        {
            "id": p.pk,
            "school": p.school.name,
            "school_year": p.school_year,
            "framework": p.framework,
            "status": p.status,
            "edition": p.edition,
        }
        for p in plans
    ]


@router.get("/{pk}")
def get_plan(request: HttpRequest, pk: int) -> dict[str, Any]:
    """The plan as a ``caitien.plan/1`` object."""
    return _plan(request, pk).to_core().to_dict()


@router.get("/{pk}/items")
def list_items(request: HttpRequest, pk: int) -> list[dict[str, Any]]:
    """The rows with their id, position and version (for optimistic locking)."""
    return [
        {"id": i.pk, "position": i.position, "version": i.version, **i.data}
        for i in _plan(request, pk).items.all()
    ]


@router.get("/{pk}/findings")
def findings(request: HttpRequest, pk: int) -> list[dict[str, Any]]:
    """The core check findings of the plan."""
    return [f.to_dict() for f in _plan(request, pk).findings()]


@router.get("/{pk}/export/{fmt}")
def export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """The plan exported as docx, pdf, xlsx or json."""
    plan = _plan(request, pk)
    if fmt not in exporting.FORMATS:
        raise Http404(fmt)
    try:
        data = exporting.export(plan, fmt)
    except CaitienError as error:
        return HttpResponse(str(error), status=503, content_type="text/plain; charset=utf-8")
    response = HttpResponse(data, content_type=exporting.FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{exporting.file_name(plan, fmt)}"'
    return response
