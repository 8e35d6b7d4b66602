"""Excel serial dates shown as their number format shows them: "05/09/2024", "09/2025".

A school types the time of a row as a date cell and formats it ``mm/yyyy`` or
``dd/mm/yyyy``: the plan's text is what the cell shows, so the format's own
parts are kept (day, month, year, their padding and the separators between
them). Month and weekday names, which depend on the reader's language, are
written as numbers (a month) or left out (a weekday).
"""

from __future__ import annotations

import datetime
import re

DEFAULT_PATTERN = "dd/mm/yyyy"
# Built-in date and time formats (ECMA-376 18.8.30) as a Vietnamese Excel shows them.
BUILTIN_PATTERNS = {
    14: "dd/mm/yyyy",
    15: "dd/mm/yyyy",
    16: "dd/mm",
    17: "mm/yyyy",
    18: "h:mm",
    19: "h:mm:ss",
    20: "h:mm",
    21: "h:mm:ss",
    22: "dd/mm/yyyy h:mm",
    45: "mm:ss",
    46: "h:mm:ss",
    47: "mm:ss",
}
_TOKEN = re.compile(
    r'"([^"]*)"|\\(.)|(\[[^\]]*\])'
    r"|(yyyy|yyy|yy|y|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am/pm|a/p)|(.)",
    re.IGNORECASE,
)
_EPOCH_1900 = datetime.datetime(1899, 12, 30)
_EPOCH_1904 = datetime.datetime(1904, 1, 1)


def serial_datetime(number: float, date1904: bool) -> datetime.datetime:
    """The moment an Excel serial number stands for (1900 or 1904 date system)."""
    if date1904:
        return _EPOCH_1904 + datetime.timedelta(days=number)
    # Excel counts a 29 February 1900 that never was: serials before it are one day later.
    return _EPOCH_1900 + datetime.timedelta(days=number + (1 if number < 60 else 0))


def show_date(number: float, date1904: bool, pattern: str) -> str:
    """``number`` as the date format ``pattern`` shows it (its first section)."""
    moment = serial_datetime(number, date1904)
    tokens = [_token(match) for match in _TOKEN.finditer(pattern.split(";")[0])]
    parts = [kind for kind, _ in tokens if kind != "text"]
    out = []
    for index, (kind, text) in enumerate(tokens):
        if kind == "text":
            out.append(text)
            continue
        minute = kind.startswith("m") and len(kind) <= 2 and _beside_time(parts, tokens, index)
        out.append(_part(moment, "n" * len(kind) if minute else kind))
    return "".join(out).strip()


def _token(match: re.Match[str]) -> tuple[str, str]:
    quoted, escaped, bracket, part, other = match.groups()
    if part is not None:
        return part.lower(), part
    if bracket is not None:
        return "text", ""
    return "text", next(text for text in (quoted, escaped, other) if text is not None)


def _beside_time(parts: list[str], tokens: list[tuple[str, str]], index: int) -> bool:
    """Whether the "m" at ``tokens[index]`` follows an hour or precedes seconds (minutes)."""
    position = sum(1 for kind, _ in tokens[:index] if kind != "text")
    before = parts[position - 1] if position > 0 else ""
    after = parts[position + 1] if position + 1 < len(parts) else ""
    return before.startswith("h") or after.startswith("s")


def _part(moment: datetime.datetime, kind: str) -> str:
    """One part of a date format: "dd" → "05", "m" → "9", "yyyy" → "2024", "n" → minutes."""
    values = {"y": moment.year, "m": moment.month, "d": moment.day, "h": moment.hour}
    values |= {"n": moment.minute, "s": moment.second}
    letter = kind[0]
    if letter == "y":
        return f"{moment.year % 100:02d}" if len(kind) <= 2 else str(moment.year)
    if letter == "d" and len(kind) > 2:
        return ""  # a weekday's name
    if letter in values:
        width = 2 if len(kind) >= 2 else 1
        return f"{values[letter]:0{width}d}"
    return ""  # AM/PM
