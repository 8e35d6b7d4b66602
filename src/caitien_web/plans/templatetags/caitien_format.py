"""Vietnamese display of dates (dd/mm/yyyy) and amounts ("30.000.000 đ") in templates."""

from __future__ import annotations

import re

from django import template

register = template.Library()


@register.filter
def vndate(value: str | None) -> str:
    """ "2024-08-25" → "25/08/2024"; other text unchanged, None → ""."""
    if not value:
        return ""
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    return f"{match[3]}/{match[2]}/{match[1]}" if match else value


@register.filter
def vnd(value: int | None) -> str:
    """30000000 → "30.000.000 đ"; None → ""."""
    if value is None:
        return ""
    return f"{value:,} đ".replace(",", ".")
