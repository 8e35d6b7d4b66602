"""Template context shared by every page: the version used to bust static caches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings

if TYPE_CHECKING:
    from django.http import HttpRequest


def version(request: HttpRequest) -> dict[str, str]:
    """``{{ version }}`` in templates: appended to static URLs, which are cached for a year."""
    return {"version": settings.VERSION}
