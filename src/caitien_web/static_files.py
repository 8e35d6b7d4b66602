"""Static files served by Django itself with a year of caching (URLs carry ``?v=<version>``)."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from django.contrib.staticfiles import finders
from django.http import FileResponse, Http404, HttpRequest


def serve(request: HttpRequest, path: str) -> FileResponse:
    """Serve one file of the app's static folders; 404 when unknown."""
    found = finders.find(path)
    if not found or not isinstance(found, str):
        raise Http404(path)
    content_type, _ = mimetypes.guess_type(found)
    response = FileResponse(Path(found).open("rb"), content_type=content_type)  # noqa: SIM115
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response
