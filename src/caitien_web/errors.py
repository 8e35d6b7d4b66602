"""Error pages in Vietnamese that Django does not render from templates by itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.shortcuts import render

if TYPE_CHECKING:
    from django.http import HttpRequest, HttpResponse


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A refused form (expired CSRF token): explain and ask to reload, status 403."""
    return render(request, "403_csrf.html", status=403)
