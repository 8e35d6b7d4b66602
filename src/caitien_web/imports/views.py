"""Import with review: upload, preview with flagged fields and findings, confirm."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from caitien.checks import check_plan
from caitien.errors import CaitienError
from caitien_web.imports.forms import ConfirmForm, UploadForm, row_form
from caitien_web.imports.models import PendingImport, RowCorrectionError
from caitien_web.imports.review import gather_doubts, review_columns, review_rows
from caitien_web.orgs.access import editable_schools
from caitien_web.plans.views import announce_edition

if TYPE_CHECKING:
    from django.http import HttpRequest, HttpResponse

    from caitien import plan as core
    from caitien_web.plans.forms import ItemForm


@login_required
def upload(request: HttpRequest) -> HttpResponse:
    """Upload a document for one of the user's schools; parse it; go to the review."""
    schools = editable_schools(request.user)
    if not schools.exists():
        raise PermissionDenied  # supervisors and readers do not import plans
    form = UploadForm(request.POST or None, request.FILES or None, schools=schools)
    if request.method == "POST" and form.is_valid():
        document = form.cleaned_data["document"]
        try:
            pending = PendingImport.from_upload(
                request.user, form.cleaned_data["school"], document.name, document.read()
            )
        except CaitienError as error:
            form.add_error("document", str(error))
        else:
            return redirect("imports:review", pk=pending.pk)
    return render(
        request, "imports/upload.html", {"form": form}, status=400 if form.errors else 200
    )


def _pending_for(request: HttpRequest, pk: int) -> PendingImport:
    """The user's own pending import, for a school they may still edit (404 otherwise)."""
    return get_object_or_404(
        PendingImport, pk=pk, user=request.user, school__in=editable_schools(request.user)
    )


@login_required
def review(request: HttpRequest, pk: int) -> HttpResponse:
    """Show the parsed plan with what the importer was unsure of; confirm creates the plan.

    ``?edit=N`` shows row N as a form (the edit link without JavaScript; htmx takes the
    row out of the same page).
    """
    pending = _pending_for(request, pk)
    plan = pending.core_plan()
    form = ConfirmForm(request.POST or None, initial=ConfirmForm.initial_from(plan))
    if request.method == "POST" and form.is_valid():
        stored = pending.confirm(form.cleaned_data["school_year"], form.corrections())
        announce_edition(request, stored)
        return redirect("plans:detail", pk=stored.pk)
    number = _row_number(request.GET.get("edit"), len(plan.items))
    editing = (number, row_form(pending.plan_data, number - 1)) if number else None
    return _review_page(request, pending, plan, form, editing)


@login_required
@require_POST
def row_edit(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    """Correct row ``number`` of the parsed plan (nothing is saved as a plan), back to the review.

    A refused value comes back beside its field: as the row's form in the page (200 for
    htmx, which swaps no 4xx answer; 400 otherwise).
    """
    pending = _pending_for(request, pk)
    index = _row_index(pending, number)
    form = row_form(pending.plan_data, index, request.POST)
    if form.is_valid():
        try:
            pending.correct_row(index, form.changes())
        except RowCorrectionError as error:
            form.add_error(error.field, str(error))
        else:
            return redirect(f"{reverse('imports:review', kwargs={'pk': pk})}#row-{number}")
    status = 200 if request.headers.get("HX-Request") else 400
    plan = pending.core_plan()
    confirm = ConfirmForm(initial=ConfirmForm.initial_from(plan))
    return _review_page(request, pending, plan, confirm, (number, form), status=status)


@login_required
@require_POST
def row_delete(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    """Drop row ``number`` from the parsed plan (a heading read as a row), back to the review."""
    pending = _pending_for(request, pk)
    pending.delete_row(_row_index(pending, number))
    return redirect(f"{reverse('imports:review', kwargs={'pk': pk})}#rows")


def _row_index(pending: PendingImport, number: int) -> int:
    """The 0-based index of row ``number`` (counted from 1); 404 when there is no such row."""
    if not 1 <= number <= len(pending.plan_data["items"]):
        raise Http404
    return number - 1


def _row_number(text: str | None, count: int) -> int | None:
    """The row asked for in ``?edit=``, when it is one of the ``count`` rows."""
    if text and text.isdigit() and 1 <= int(text) <= count:
        return int(text)
    return None


def _review_page(
    request: HttpRequest,
    pending: PendingImport,
    plan: core.Plan,
    form: ConfirmForm,
    editing: tuple[int, ItemForm] | None = None,
    status: int = 200,
) -> HttpResponse:
    """The review page: header form, table with its doubts (one row maybe as a form), findings.

    ``plan`` is ``pending``'s parsed plan, which the caller has already read.
    """
    findings = check_plan(plan)
    doubts = gather_doubts(pending.notes, findings)
    columns = review_columns(plan, doubts)
    rows = review_rows(plan, doubts, columns)
    context = {
        "pending": pending,
        "plan": plan,
        "form": form,
        "fields": [(form[name], doubts.header.get(name, [])) for name in form.fields],
        "rows": rows,
        "columns": columns,
        "editing": editing[0] if editing else None,
        "row_form": editing[1] if editing else None,
        "flagged": sum(row.flagged for row in rows),
        "other_doubts": doubts.other,
        "findings": findings,
        "other_school": pending.names_another_school(plan),
    }
    return render(request, "imports/review.html", context, status=status)
