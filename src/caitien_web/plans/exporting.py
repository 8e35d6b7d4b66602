"""The bridge to the core exporters: bytes, content type and file name of a plan's export."""

from __future__ import annotations

import json
import re
import unicodedata
from typing import TYPE_CHECKING

from django.utils.translation import gettext

from caitien.errors import ExportError

if TYPE_CHECKING:
    from caitien_web.plans.models import Plan

FORMATS = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}


def export(plan: Plan, fmt: str) -> bytes:
    """The plan exported as ``fmt``; raises ExportError with a Vietnamese message."""
    if fmt not in FORMATS:
        raise ExportError(gettext("Export to «%(format)s» is not supported.") % {"format": fmt})
    core_plan = plan.to_core()
    try:
        from caitien.exporters import export_plan
    except ImportError:
        if fmt == "json":
            return json.dumps(core_plan.to_dict(), ensure_ascii=False, indent=2).encode()
        raise ExportError(gettext("Exporting files is not available on this server.")) from None
    data: bytes = export_plan(core_plan, fmt)
    return data


def file_name(plan: Plan, fmt: str) -> str:
    """An ASCII file name: ke-hoach-<school>-<year>.<fmt>."""
    text = unicodedata.normalize("NFKD", plan.school.name.replace("Đ", "D").replace("đ", "d"))
    slug = re.sub(r"[^a-z0-9]+", "-", text.encode("ascii", "ignore").decode().lower()).strip("-")
    return f"ke-hoach-{slug}-{plan.school_year}.{fmt}"
