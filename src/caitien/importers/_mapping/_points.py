"""Points of a section: list numbers dropped, dashes kept, sub-points joined into their point."""

from __future__ import annotations

import re

from caitien.normalise import clean_text

_NUMBER = re.compile(r"^(\d{1,2})\s*[.)]\s*(?=\S)")
# "7.1. Hiệu trưởng": a point numbered under its section's number; the last figure counts.
# The final dot and the space are required, so "1.5 triệu" is no such number.
_OUTLINE = re.compile(r"^(?:\d{1,2}\.)+(\d{1,2})\.\s+(?=\S)")
_LETTER = re.compile(r"^([a-zđ])\s*[.)]\s+")
_DASH = re.compile(r"^([-–+*•·])\s*\.?\s*(?=\S)")
_BULLETS_DROPPED = "•·*"


def marker_kind(text: str) -> str:
    """``number``, ``letter``, ``plus``, ``dash`` or ``none``: how a line opens.

    "+" is its own kind: plans use it for sub-points under "-" points.
    """
    if _number(text):
        return "number"
    if _LETTER.match(text):
        return "letter"
    match = _DASH.match(text)
    if match:
        return "plus" if match.group(1) == "+" else "dash"
    return "none"


def list_number(text: str) -> int | None:
    """The list number a line opens with ("3. …" → 3), else None."""
    match = _number(text)
    return int(match.group(1)) if match else None


def _number(text: str) -> re.Match[str] | None:
    """A list number at the start of ``text``: "3." / "3)", or the outline form "7.3."."""
    return _OUTLINE.match(text) or _NUMBER.match(text)


def strip_marker(text: str) -> str:
    """Drop a list number or letter; write a dash or plus as "- " / "+ "; drop other bullets."""
    for pattern in (_OUTLINE, _NUMBER, _LETTER):
        match = pattern.match(text)
        if match:
            return text[match.end() :].strip()
    match = _DASH.match(text)
    if match:
        mark = match.group(1)
        rest = text[match.end() :].strip()
        if mark in _BULLETS_DROPPED:
            return rest
        return f"{'-' if mark == '–' else mark} {rest}"
    return text


def points(lines: list[str]) -> list[str]:
    """Group a section's lines into points.

    The first line's marker (number, letter, dash or none) sets the level of a
    point; a line with another marker is a sub-point and joins the point above.
    Numbered points must count up (1, 2, 3 …), so a nested "1." does not split.
    """
    if not lines:
        return []
    top = marker_kind(lines[0])
    result: list[str] = []
    expected = list_number(lines[0])
    for line in lines:
        starts = _starts_point(line, top, expected) or not result
        if starts:
            result.append(strip_marker(line))
            expected = (list_number(line) or 0) + 1 if top == "number" else None
        else:
            result[-1] = clean_text(f"{result[-1]} {line}")
    return result


def _starts_point(line: str, top: str, expected: int | None) -> bool:
    if top == "none":
        # A line opening in lower case is the point above wrapped (text copied from a PDF).
        return not line[:1].islower()
    if marker_kind(line) != top:
        return False
    return top != "number" or list_number(line) == expected
