"""What every rule sees: the plan, its framework, and the few facts several rules need."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from caitien.checks._model import Finding
    from caitien.frameworks import Framework
    from caitien.plan import Item, Plan

_SCHOOL_YEAR = re.compile(r"^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# A school year runs September to May; a plan dated from July on belongs to the
# year that starts then, one dated earlier to the year that started the autumn before.
_FIRST_MONTH_OF_YEAR = 7


@dataclass(frozen=True)
class CheckContext:
    """The plan under check and its framework (``None`` when it cannot be determined)."""

    plan: Plan
    framework: Framework | None

    @property
    def is_2026(self) -> bool:
        """Whether the plan follows the 2026 form (Biểu 2 of TT57)."""
        return self.plan.form == "2026"

    @cached_property
    def first_year(self) -> int | None:
        """The first calendar year of the plan's school year (2024 for "2024-2025").

        Taken from ``document.school_year``, else guessed from ``document.date``;
        ``None`` when neither tells.
        """
        match = _SCHOOL_YEAR.match(self.plan.document.school_year or "")
        if match:
            return int(match.group(1))
        date = _ISO_DATE.match(self.plan.document.date or "")
        if date:
            year, month = int(date.group(1)), int(date.group(2))
            return year if month >= _FIRST_MONTH_OF_YEAR else year - 1
        return None

    def rows(self) -> Iterable[tuple[int, Item]]:
        """The plan table's rows with their 0-based index."""
        return enumerate(self.plan.items)


Check = Callable[[CheckContext], Iterable["Finding"]]
"""A rule group: a pure function from the context to the findings it sees."""
