"""Normalisers: turn the words and figures of a plan into clean text and machine values.

Every function here is pure, fast and total: it never raises on odd input (``None``
reads as ``""``), and returns ``None`` when the text does not state what is asked
for. The raw text is
the document's; callers keep it beside the parsed value (see ``PLAN-FORMAT.md``).

- text: :func:`clean_text`, :func:`clean_lines`, :func:`join_lines`, :func:`fold_text`,
  :func:`ascii_fold`;
- codes and levels: :func:`parse_criterion_code`, :func:`parse_criterion_codes`,
  :func:`parse_standard_number`, :func:`parse_target_level`;
- money: :func:`parse_budget`, :func:`budget_unit` (the unit a column heading sets);
- the school: :func:`parse_school_level`, :func:`school_name_case`;
- dates and document identity: :func:`parse_date`, :func:`parse_place_and_date`,
  :func:`parse_school_year`, :func:`parse_document_number`, :func:`years_mentioned`.
"""

from __future__ import annotations

from caitien.normalise._codes import (
    parse_criterion_code,
    parse_criterion_codes,
    parse_standard_number,
    parse_target_level,
)
from caitien.normalise._dates import (
    parse_date,
    parse_document_number,
    parse_place_and_date,
    parse_school_year,
    years_mentioned,
)
from caitien.normalise._money import budget_unit, parse_budget
from caitien.normalise._school import SchoolKind, parse_school_level, school_name_case
from caitien.normalise._text import ascii_fold, clean_lines, clean_text, fold_text, join_lines

__all__ = [
    "SchoolKind",
    "ascii_fold",
    "budget_unit",
    "clean_lines",
    "clean_text",
    "fold_text",
    "join_lines",
    "parse_budget",
    "parse_criterion_code",
    "parse_criterion_codes",
    "parse_date",
    "parse_document_number",
    "parse_place_and_date",
    "parse_school_level",
    "parse_school_year",
    "parse_standard_number",
    "parse_target_level",
    "school_name_case",
    "years_mentioned",
]
