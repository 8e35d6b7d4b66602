"""A plan written without a table: criterion headings followed by labelled lines."""

from __future__ import annotations

import re

from caitien.importers._mapping._points import strip_marker
from caitien.importers._mapping._table import ROLES, TableResult, finish_item, part_of
from caitien.normalise import ascii_fold, clean_text, parse_standard_number
from caitien.plan import Item, Part, StandardHeading

_CRITERION = re.compile(
    r"^\s*(?:ti[eê]u\s*ch[ií]|TC)\s*(\d{1,2})\s*[.,]\s*(\d{1,2})\s*[.:\-–]*\s*", re.IGNORECASE
)
_STANDARD = re.compile(r"^\s*ti[eê]u\s*chu[aâẩ]n\s*[IVX\d]+\s*[.:\-–]*\s*", re.IGNORECASE)
_LABEL = re.compile(r"^([^:]{3,45}):\s*(.*)$")


def read_blocks(lines: list[str], form: str) -> TableResult:
    """Items from labelled paragraphs, one block per criterion heading."""
    result = TableResult()
    part: Part | None = None
    standard: int | None = None
    role: str | None = None
    for line in lines:
        new_part = part_of([line])
        if new_part is not None:
            part = new_part
            continue
        standard_match = _STANDARD.match(line)
        criterion_match = _CRITERION.match(line)
        if standard_match and not criterion_match:
            standard = parse_standard_number(line)
            if standard is not None:
                title = line[standard_match.end() :].strip()
                result.standards.append(StandardHeading(standard, title))
            continue
        if criterion_match:
            result.items.append(_start(criterion_match, line, part, form))
            role = None
            continue
        if result.items:
            role = _field_line(result.items[-1], line, role)
    for item in result.items:
        finish_item(item, form)
    return result


def _start(match: re.Match[str], line: str, part: Part | None, form: str) -> Item:
    item = Item(part=part if form == "2018" else None, standard=int(match.group(1)))
    item.criterion = f"{int(match.group(1))}.{int(match.group(2))}"
    item.criterion_title = line[match.end() :].strip() or None
    return item


def _field_line(item: Item, line: str, role: str | None) -> str | None:
    """Put a labelled line in its field; an unlabelled line continues the last field."""
    text = strip_marker(line) if line.lstrip().startswith(("-", "+", "•")) else line
    match = _LABEL.match(text)
    labelled = _role(match.group(1)) if match else None
    if match and labelled:
        setattr(item, labelled, clean_text(match.group(2)))
        return labelled
    if role is not None:
        setattr(item, role, clean_text(f"{getattr(item, role)} {line}"))
    return role


def _role(label: str) -> str | None:
    words = ascii_fold(label)
    return next((role for role, keys in ROLES if any(key in words for key in keys)), None)
