"""Pages of plans: list, create, editor with htmx rows, findings, status, history, export."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_GET, require_POST

from caitien.errors import CaitienError
from caitien_web.orgs.access import (
    can_approve,
    can_edit,
    can_monitor,
    can_read,
    editable_schools,
    visible_schools,
)
from caitien_web.plans import exporting
from caitien_web.plans.forms import (
    ROW_TEXT,
    CreatePlanForm,
    HeaderForm,
    ItemForm,
    MonitoringForm,
    header_initial,
)
from caitien_web.plans.models import (
    LockedPlanError,
    Plan,
    PlanItem,
    StaleVersionError,
    Status,
)
from caitien_web.plans.services import blank_plan, criteria_choices, criterion_help


def plan_for(
    request: HttpRequest, pk: int, *, write: bool = False, draft: bool = True, reading: bool = False
) -> Plan:
    """The plan if the user may read it (404 otherwise: no leak); 403 when ``write`` is refused.

    With ``write`` and ``draft``, a locked plan raises LockedPlanError (a 409 page). A
    page that only ``reading`` gets the plan's version in the same query.
    """
    plans = Plan.objects.select_related("school")
    plan = get_object_or_404(plans.with_latest_change() if reading else plans, pk=pk)
    if not can_read(request.user, plan.school):
        raise Http404("no such plan")
    if write and not can_edit(request.user, plan.school):
        raise PermissionDenied
    if write and draft:
        plan.assert_editable()
    return plan


def _editor_context(request: HttpRequest, plan: Plan) -> dict[str, Any]:
    # The findings panel loads itself (htmx) so the editor page stays fast.
    editable = not plan.locked and can_edit(request.user, plan.school)
    rows_key = f"{plan.content_version()}:{editable}"
    return {
        "plan": plan,
        # Rows are cached under the plan's content version (every row change records one),
        # so they are read and rendered again only after a change. Plain dicts: the
        # template's first lookup (a dict key) hits.
        "rows_key": rows_key,
        "items": lambda: [{"pk": pk, **data} for pk, data in plan.items.values_list("pk", "data")],
        "items_url": _items_url(plan),
        # The picker's list depends only on the framework (when the plan names one).
        "criteria_key": _criteria_key(plan, rows_key),
        "criteria": lambda: criteria_choices(plan),
        "editable": editable,
        "can_approve": can_approve(request.user, plan.school),
        "formats": exporting.FORMATS,
    }


def _criteria_key(plan: Plan, rows_key: str) -> str:
    # Without a framework code the core guesses the framework from the content.
    if plan.framework:
        return f"{plan.framework}:{plan.school.school_level}"
    return rows_key


def _items_url(plan: Plan) -> str:
    # One reverse() per page instead of four per row.
    return reverse("plans:item_row", kwargs={"pk": plan.pk, "item_pk": 0})[:-2]


@login_required
@require_GET
def plan_list(request: HttpRequest) -> HttpResponse:
    """The plans the user may read, newest year first, and the new-plan form."""
    plans = Plan.objects.filter(school__in=visible_schools(request.user)).select_related("school")
    schools = editable_schools(request.user)
    form = CreatePlanForm(schools=schools) if schools.exists() else None
    return render(request, "plans/list.html", {"plans": plans, "form": form})


@login_required
@require_POST
def plan_create(request: HttpRequest) -> HttpResponse:
    """Create a blank plan or copy the latest one of an earlier year."""
    form = CreatePlanForm(request.POST, schools=editable_schools(request.user))
    if not form.is_valid():
        plans = Plan.objects.filter(school__in=visible_schools(request.user))
        return render(request, "plans/list.html", {"plans": plans, "form": form}, status=400)
    school, year = form.cleaned_data["school"], form.cleaned_data["school_year"]
    try:
        plan = _create(request, school, year, form.cleaned_data["source"])
    except CaitienError as error:
        messages.error(request, str(error))
        return redirect("plans:list")
    announce_edition(request, plan)
    return redirect("plans:detail", pk=plan.pk)


def announce_edition(request: HttpRequest, plan: Plan) -> None:
    """Tell the user when a plan they created joins a year that already had one."""
    if plan.edition > 1:
        text = gettext(
            "The school year %(year)s already has a plan: this one is saved as edition %(edition)d."
        )
        messages.info(request, text % {"year": plan.school_year, "edition": plan.edition})


def _create(request: HttpRequest, school: Any, year: str, source: str) -> Plan:
    if source == "copy":
        last = Plan.objects.filter(school=school, school_year__lt=year).first()
        if last is None:
            raise CaitienError(gettext("The school has no plan of an earlier year to copy."))
        return last.new_edition(request.user, school_year=year)
    return Plan.from_core(school, blank_plan(school, year), request.user, school_year=year)


@login_required
@require_GET
def plan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The plan editor (or reader, for those who may not edit)."""
    plan = plan_for(request, pk, reading=True)
    return render(request, "plans/detail.html", _editor_context(request, plan))


@login_required
def header_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Edit the header fields and text sections (htmx form inside the editor)."""
    plan = plan_for(request, pk, write=True)
    form = HeaderForm(request.POST or None, initial=header_initial(plan.header))
    if request.method == "POST" and form.is_valid():
        try:
            plan.update_header(request.user, form.changes())
        except CaitienError as error:
            form.add_error(None, str(error))
        else:
            return render(request, "plans/_header.html", _editor_context(request, plan))
    return render(request, "plans/_header_form.html", {"plan": plan, "form": form})


@login_required
@require_POST
def item_add(request: HttpRequest, pk: int) -> HttpResponse:
    """Append a blank row and return it in edit mode."""
    plan = plan_for(request, pk, write=True)
    item = plan.add_item(request.user)
    form = ItemForm(initial={**item.data, "version": item.version})
    context = {"plan": plan, "item": item, "form": form}
    return _refreshing(render(request, "plans/_item_form.html", context))


def item_for(request: HttpRequest, pk: int, item_pk: int, *, write: bool = False) -> PlanItem:
    """A row of a plan the user may read (or edit)."""
    plan = plan_for(request, pk, write=write)
    return get_object_or_404(plan.items, pk=item_pk)


@login_required
@require_GET
def item_row(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    """One row, read-only (cancel of an edit)."""
    item = item_for(request, pk, item_pk)
    editable = not item.plan.locked and can_edit(request.user, item.plan.school)
    context = {
        "plan": item.plan,
        "item": item,
        "editable": editable,
        "items_url": _items_url(item.plan),
    }
    return render(request, "plans/_item_row.html", context)


@login_required
def item_edit(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    """Edit one row in place; a stale version shows both values instead of overwriting."""
    item = item_for(request, pk, item_pk, write=True)
    form = ItemForm(request.POST or None, initial={**item.data, "version": item.version})
    context: dict[str, Any] = {"plan": item.plan, "item": item, "form": form}
    if request.method == "POST" and form.is_valid():
        try:
            item.apply(request.user, form.changes(), form.cleaned_data["version"])
        except StaleVersionError as stale:
            context.update(conflict=stale.current, conflict_values=_stored_values(stale.current))
            form = ItemForm(request.POST, initial={})
            form.data = {**request.POST.dict(), "version": str(stale.current.version)}
            context["form"] = form
            return render(request, "plans/_item_form.html", context, status=409)
        except (LockedPlanError, CaitienError) as error:
            form.add_error(None, str(error))
        else:
            context.update(editable=True, items_url=_items_url(item.plan))
            return _refreshing(render(request, "plans/_item_row.html", context))
    return render(request, "plans/_item_form.html", context)


def _stored_values(item: PlanItem) -> list[tuple[str, str]]:
    """(label, value) of the filled row fields, to show beside the user's own on a conflict."""
    return [(str(label), item.data[key]) for key, label in ROW_TEXT.items() if item.data.get(key)]


def _refreshing(response: HttpResponse) -> HttpResponse:
    # The findings panel listens for this event and reloads itself.
    response["HX-Trigger"] = "plan-changed"
    return response


@login_required
@require_POST
def item_delete(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    """Delete a row (htmx swaps the row out)."""
    item_for(request, pk, item_pk, write=True).delete_by(request.user)
    return _refreshing(HttpResponse(""))


@login_required
@require_POST
def item_move(request: HttpRequest, pk: int, item_pk: int, direction: str) -> HttpResponse:
    """Move a row up or down and return the table body."""
    item = item_for(request, pk, item_pk, write=True)
    item.move(request.user, -1 if direction == "up" else 1)
    return _refreshing(render(request, "plans/_items.html", _editor_context(request, item.plan)))


@login_required
@require_GET
def findings(request: HttpRequest, pk: int) -> HttpResponse:
    """The check findings panel (reloaded by htmx after each change)."""
    plan = plan_for(request, pk, reading=True)
    return render(request, "plans/_findings.html", {"findings": plan.findings()})


@login_required
@require_GET
def criterion(request: HttpRequest, pk: int) -> HttpResponse:
    """The picker's help: the criterion's title, requirements per level and marks."""
    plan = plan_for(request, pk)
    context = criterion_help(plan, request.GET.get("criterion", ""))
    return render(request, "plans/_criterion.html", context)


@login_required
@require_GET
def export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """Download the plan as DOCX, PDF, XLSX or JSON through the core exporters."""
    plan = plan_for(request, pk)
    if fmt not in exporting.FORMATS:
        raise Http404(fmt)
    try:
        data = exporting.export(plan, fmt)
    except CaitienError as error:
        messages.error(request, str(error))
        return redirect("plans:detail", pk=plan.pk)
    response = HttpResponse(data, content_type=exporting.FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{exporting.file_name(plan, fmt)}"'
    return response


STATUS_ACTIONS = {
    "approve": Status.APPROVED,
    "publish": Status.PUBLISHED,
    "unpublish": Status.APPROVED,
}


@login_required
@require_POST
def change_status(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """Approve, publish, unpublish (principal) or open a new edition (principal or council)."""
    plan = plan_for(request, pk, write=True, draft=False)
    if action == "new":
        return redirect("plans:detail", pk=plan.new_edition(request.user).pk)
    if action not in STATUS_ACTIONS or not can_approve(request.user, plan.school):
        raise PermissionDenied
    try:
        plan.set_status(request.user, STATUS_ACTIONS[action])
    except LockedPlanError as error:
        messages.error(request, str(error))
    return redirect("plans:detail", pk=plan.pk)


@login_required
def monitoring(request: HttpRequest, pk: int) -> HttpResponse:
    """The monitoring results; the principal and the monitoring team record new ones."""
    plan = plan_for(request, pk)
    allowed = can_monitor(request.user, plan.school)
    if request.method == "POST" and not allowed:
        raise PermissionDenied
    form = MonitoringForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        plan.record_monitoring(request.user, form.cleaned_data)
        messages.success(request, gettext("Monitoring result recorded."))
        return redirect("plans:monitoring", pk=plan.pk)
    context = {
        "plan": plan,
        "form": form if allowed else None,
        "rows": plan.header.get("monitoring", []),
    }
    return render(request, "plans/monitoring.html", context)


@login_required
@require_GET
def history(request: HttpRequest, pk: int) -> HttpResponse:
    """Every recorded change: who, when, what, before and after."""
    plan = plan_for(request, pk)
    changes = plan.changes.select_related("user", "item")[:500]
    return render(request, "plans/history.html", {"plan": plan, "changes": changes})


@login_required
@require_GET
def source_file(request: HttpRequest, pk: int) -> HttpResponse:
    """The uploaded document the plan was imported from."""
    plan = plan_for(request, pk)
    if not plan.source_file:
        raise Http404("no source file")
    with plan.source_file.open("rb") as handle:
        response = HttpResponse(handle.read(), content_type="application/octet-stream")
    name = (plan.source_file.name or "plan").rsplit("/", 1)[-1]
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_GET
def public_plan(request: HttpRequest, slug: str) -> HttpResponse:
    """The read-only public page of a published plan (unguessable slug)."""
    plan = get_object_or_404(Plan, slug=slug, status=Status.PUBLISHED)
    return render(request, "plans/public.html", {"plan": plan, "items": plan.items.all()})


@require_GET
def public_pdf(request: HttpRequest, slug: str) -> HttpResponse:
    """The PDF of a published plan."""
    plan = get_object_or_404(Plan, slug=slug, status=Status.PUBLISHED)
    try:
        data = exporting.export(plan, "pdf")
    except CaitienError as error:
        return HttpResponse(str(error), status=503, content_type="text/plain; charset=utf-8")
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{exporting.file_name(plan, "pdf")}"'
    return response
