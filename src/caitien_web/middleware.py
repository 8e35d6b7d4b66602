"""Turns a change refused on a locked plan into a short Vietnamese 409 page, never a traceback."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import HttpRequest, HttpResponse

from caitien_web.plans.models import LockedPlanError

if TYPE_CHECKING:
    from collections.abc import Callable


class LockedPlanMiddleware:
    """Answer 409 with the message of :class:`LockedPlanError`."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        """409 for locked plans; other exceptions go on to Django."""
        if isinstance(exception, LockedPlanError):
            text = f'<p class="msg error" role="alert">{exception}</p>'
            response = HttpResponse(text, status=409)
            if request.headers.get("HX-Request"):
                # The editor asked for a row or the table: show the refusal in the page's
                # notice area instead of putting a paragraph where a table row belongs.
                response["HX-Retarget"] = "#notice"
                response["HX-Reswap"] = "innerHTML"
            return response
        return None
