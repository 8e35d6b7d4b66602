"""What the review page marks as uncertain: importer notes and check findings, by row and field.

The importer writes notes against a place in the plan ("items[3]", "items[3].budget",
"school.name", or "items" for the whole table); the checks point at a row and a
field (``Where``). Both become *doubts*: short Vietnamese sentences shown in the
cell, the row or the header field they are about, so a principal sees on the
table itself what to check before confirming.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext_lazy as _

from caitien.checks import Severity
from caitien_web.imports.models import ROW_PLACE
from caitien_web.plans.forms import ROW_TEXT

if TYPE_CHECKING:
    from collections.abc import Iterable

    from caitien import plan as core
    from caitien.checks import Finding

# The editor's columns and labels (plans.forms.ROW_TEXT), up to the budget.
ROW_COLUMNS = tuple(
    (name, ROW_TEXT[name])
    for name in ("criterion", "content", "target", "actions", "responsible", "timeline", "budget")
)
# Plan fields → the review form's correction fields (imports.forms.ConfirmForm).
HEADER_INPUTS = {
    "school.name": "name",
    "document.number": "number",
    "document.place": "place",
    "document.date": "date",
    "document.school_year": "school_year",
}
# What the notes that point at no row or correction field are about ("" when unknown).
PLACE_LABELS = {
    "items": _("Plan table"),
    "school.level": _("School level"),
    "school.governing_body": _("Governing body"),
    "framework": _("Framework"),
    "signer.name": _("Signer"),
    "signer.title": _("Signer's title"),
}
# Where a finding about a row field is shown when the table has no column for it.
_COLUMN_OF = {"criterion_title": "criterion", "target_level": "target", "budget_vnd": "budget"}


@dataclass(frozen=True)
class Cell:
    """One value of a row, with its column label and the doubts about it."""

    field: str
    label: str
    value: str
    doubts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Row:
    """One plan row as the review shows it: numbered from 1, doubts on the row and its cells."""

    number: int
    cells: tuple[Cell, ...]
    doubts: tuple[str, ...] = ()

    @property
    def flagged(self) -> bool:
        """True when anything in the row is uncertain."""
        return bool(self.doubts) or any(cell.doubts for cell in self.cells)


@dataclass
class Doubts:
    """Doubts gathered by place: ``rows[i][field]`` (``None`` for the whole row), header, table."""

    rows: dict[int, dict[str | None, list[str]]] = field(default_factory=dict)
    header: dict[str, list[str]] = field(default_factory=dict)
    other: list[tuple[str, str]] = field(default_factory=list)  # (what it is about, message)

    def add(self, place: str, message: str) -> None:
        """File ``message`` under a plan place ("items[2].budget", "school.name", "items")."""
        match = ROW_PLACE.match(place)
        if match:
            name = _COLUMN_OF.get(match[2] or "", match[2])
            self.rows.setdefault(int(match[1]), {}).setdefault(name, []).append(message)
        elif place in HEADER_INPUTS:
            self.header.setdefault(HEADER_INPUTS[place], []).append(message)
        else:
            self.other.append((str(PLACE_LABELS.get(place, "")), message))


def gather_doubts(notes: Iterable[dict[str, Any]], findings: Iterable[Finding]) -> Doubts:
    """The importer's notes and the row-level errors and warnings of the checks, by place.

    Findings that point at no row (document, structure) stay in the findings panel;
    notes that point at no known place are kept in ``other``, to be listed as they are.
    """
    doubts = Doubts()
    for note in notes:
        doubts.add(str(note.get("field") or ""), str(note.get("message") or ""))
    for finding in findings:
        where = finding.where
        if finding.severity == Severity.INFO or where.section != "items" or where.item is None:
            continue
        place = f"items[{where.item}]" + (f".{where.field}" if where.field else "")
        doubts.add(place, finding.message)
    return doubts


def review_columns(plan: core.Plan, doubts: Doubts) -> list[tuple[str, Any]]:
    """The columns worth showing: the criterion, and those some row fills or doubts about.

    A 2018-form plan has no "improvement" text; an empty column only takes room.
    """
    doubted = {name for fields in doubts.rows.values() for name in fields}
    return [
        (name, label)
        for name, label in ROW_COLUMNS
        if name == "criterion" or name in doubted or any(getattr(i, name) for i in plan.items)
    ]


def review_rows(
    plan: core.Plan, doubts: Doubts, columns: Iterable[tuple[str, Any]] = ROW_COLUMNS
) -> list[Row]:
    """The plan's rows with their doubts; a doubt about a column not shown goes to the row."""
    shown = list(columns)
    names = {name for name, _label in shown}
    rows = []
    for index, item in enumerate(plan.items):
        found = doubts.rows.get(index, {})
        cells = tuple(
            Cell(name, str(label), getattr(item, name) or "", tuple(found.get(name, ())))
            for name, label in shown
        )
        whole = [m for name, messages in found.items() if name not in names for m in messages]
        rows.append(Row(index + 1, cells, tuple(whole)))
    return rows
