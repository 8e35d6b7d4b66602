"""The JSON API (django-ninja, OpenAPI at /api/docs): session authentication, page permissions.

Refusals answer JSON with a translated ``detail``: 401 when not logged in, 403
inside the user's scope without the role, 404 outside it (as the pages do).
"""

from __future__ import annotations

from typing import cast

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext, gettext_lazy
from ninja import NinjaAPI
from ninja.errors import AuthenticationError
from ninja.security import django_auth

from caitien_web.imports.api import router as imports_router
from caitien_web.plans.api import router as plans_router

api = NinjaAPI(
    title="Caitien API",
    version="1",
    # Lazy: the OpenAPI description is built per request, in the reader's language.
    description=cast(
        "str",
        gettext_lazy(
            "Quality improvement plans: the same permissions as the web pages (session login)."
        ),
    ),
    auth=django_auth,
    urls_namespace="api",
)
api.add_router("/plans", plans_router)
api.add_router("/imports", imports_router)


@api.exception_handler(AuthenticationError)
def _not_logged_in(request: HttpRequest, error: Exception) -> HttpResponse:
    return api.create_response(request, {"detail": gettext("Log in first.")}, status=401)


@api.exception_handler(PermissionDenied)
def _refused(request: HttpRequest, error: Exception) -> HttpResponse:
    detail = gettext("Your account is not allowed to do this.")
    return api.create_response(request, {"detail": detail}, status=403)


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, error: Exception) -> HttpResponse:
    detail = gettext("This page does not exist or you are not allowed to see it.")
    return api.create_response(request, {"detail": detail}, status=404)
