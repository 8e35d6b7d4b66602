"""Template context shared by every page: the static-cache version and the navigation's offers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings

from caitien_web.orgs.access import may_create_plans

if TYPE_CHECKING:
    from collections.abc import Callable

    from django.http import HttpRequest


def version(request: HttpRequest) -> dict[str, str]:
    """``{{ version }}`` in templates: appended to static URLs, which are cached for a year."""
    return {"version": settings.VERSION}


def navigation(request: HttpRequest) -> dict[str, Callable[[], bool]]:
    """``{{ may_create_plans }}``: whether to offer importing and creating plans.

    A callable, so templates that never ask (the login page, error pages) cost nothing;
    readers, monitors and supervisors are not shown a link that would only refuse them.
    """
    return {"may_create_plans": lambda: may_create_plans(request.user)}
