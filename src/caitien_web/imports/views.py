"""Import with review: upload, preview with flagged fields and findings, confirm."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render

from caitien.checks import check_plan
from caitien.errors import CaitienError
from caitien_web.imports.forms import ConfirmForm, UploadForm
from caitien_web.imports.models import PendingImport
from caitien_web.imports.review import gather_doubts, review_columns, review_rows
from caitien_web.orgs.access import editable_schools
from caitien_web.plans.views import announce_edition

if TYPE_CHECKING:
    from django.http import HttpRequest, HttpResponse


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


@login_required
def review(request: HttpRequest, pk: int) -> HttpResponse:
    """Show the parsed plan with what the importer was unsure of; confirm creates the plan."""
    pending = get_object_or_404(
        PendingImport, pk=pk, user=request.user, school__in=editable_schools(request.user)
    )
    plan = pending.core_plan()
    form = ConfirmForm(request.POST or None, initial=ConfirmForm.initial_from(plan))
    if request.method == "POST" and form.is_valid():
        stored = pending.confirm(form.cleaned_data["school_year"], form.corrections())
        announce_edition(request, stored)
        return redirect("plans:detail", pk=stored.pk)
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
        "flagged": sum(row.flagged for row in rows),
        "other_doubts": doubts.other,
        "findings": findings,
        "other_school": pending.names_another_school(),
    }
    return render(request, "imports/review.html", context)
