"""The normalised header lines of an exported plan: number, place and date, title, recipients.

Nghị định 30/2020 fixes how these lines look; the plan keeps the school's words,
so only spacing, separators and leading zeros are normalised here, never a word.
"""

from __future__ import annotations

import re
from datetime import date

_NUMBER_SPACES = re.compile(r"\s*/\s*")
_LEADING_NUMBER = re.compile(r"^(\d)(?=/|$)")


def number_line(number: str | None) -> str:
    """The "Số: 05/KH-MNAL" line: no spaces around "/", a leading 0 for numbers 1–9.

    A plan without a number gives "Số:" with room for the văn thư to write it in.
    """
    if not number or not number.strip():
        return "Số:"
    text = _NUMBER_SPACES.sub("/", " ".join(number.split()))
    return "Số: " + _LEADING_NUMBER.sub(r"0\1", text)


def date_line(place: str | None, iso_date: str | None) -> str:
    """The italic "Thủ Đức, ngày 25 tháng 8 năm 2024" line (no full stop).

    Days 1–9 and months 1–2 take a leading 0, other months do not; an unknown
    date leaves blanks to fill in by hand, an unknown place leaves the place out.
    """
    when = _date_words(iso_date)
    return f"{place.strip()}, {when}" if place and place.strip() else when[:1].upper() + when[1:]


def _date_words(iso_date: str | None) -> str:
    if not iso_date:
        return "ngày      tháng      năm 20    "
    day = date.fromisoformat(iso_date)
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def subject_line(school_year: str | None) -> str:
    """The trích yếu "Cải tiến chất lượng giáo dục năm học 2024 - 2025"."""
    if not school_year:
        return "Cải tiến chất lượng giáo dục"
    return f"Cải tiến chất lượng giáo dục năm học {school_year.replace('-', ' - ')}"


def recipient_line(recipient: str) -> str:
    """One Nơi nhận line: the recipient as written, behind "- "."""
    return f"- {recipient}"
