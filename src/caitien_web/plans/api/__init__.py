"""API of plans: list, read (caitien.plan/1), rows, findings, export — same scopes as the pages."""

from __future__ import annotations

from typing import Any, cast

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy
from ninja import Router, Schema
from ninja.responses import Status as Reply

from caitien.errors import CaitienError
from caitien_web.orgs.access import can_edit, can_read, visible_schools
from caitien_web.plans import exporting
from caitien_web.plans.models import LockedPlanError, Plan, PlanItem, StaleVersionError

# Lazy: the OpenAPI description is built per request, in the reader's language.
router = Router(tags=[cast("str", gettext_lazy("Plans"))])


class PlanSummary(Schema):
    """One plan in a list."""

    id: int
    school: str
    school_year: str
    framework: str
    status: str
    edition: int


class ItemPatch(Schema):
    """Changed row fields and the version they were made on (optimistic locking)."""

    version: int
    fields: dict[str, Any]


class ApiError(Schema):
    """A refusal with a Vietnamese message (and the current row on a conflict)."""

    detail: str
    current: dict[str, Any] | None = None


def _plan(request: HttpRequest, pk: int, *, write: bool = False) -> Plan:
    plan = get_object_or_404(Plan.objects.select_related("school"), pk=pk)
    if not can_read(request.user, plan.school):
        raise Http404("no such plan")
    if write and not can_edit(request.user, plan.school):
        raise PermissionDenied
    return plan


def _row(item: PlanItem) -> dict[str, Any]:
    return {"id": item.pk, "position": item.position, "version": item.version, **item.data}


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
    return [_row(item) for item in _plan(request, pk).items.all()]


@router.post("/{pk}/items", response={201: dict[str, Any], 409: ApiError})
def add_item(request: HttpRequest, pk: int) -> Reply[dict[str, Any]]:
    """Append a blank row (principal or council, draft plans only)."""
    plan = _plan(request, pk, write=True)
    try:
        return Reply(201, _row(plan.add_item(request.user)))
    except LockedPlanError as error:
        return Reply(409, {"detail": str(error)})


@router.patch("/{pk}/items/{item_pk}", response={200: dict[str, Any], 409: ApiError, 422: ApiError})
def patch_item(
    request: HttpRequest, pk: int, item_pk: int, payload: ItemPatch
) -> Reply[dict[str, Any]]:
    """Change row fields; 409 with the current row when ``version`` is stale."""
    item = get_object_or_404(_plan(request, pk, write=True).items, pk=item_pk)
    try:
        item.apply(request.user, payload.fields, payload.version)
    except StaleVersionError as stale:
        return Reply(409, {"detail": str(stale), "current": _row(stale.current)})
    except LockedPlanError as error:
        return Reply(409, {"detail": str(error)})
    except CaitienError as error:
        return Reply(422, {"detail": str(error)})
    return Reply(200, _row(item))


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
