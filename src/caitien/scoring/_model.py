"""The score of an import: its units, mismatches and tallies, and the fields it counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TEXT_THRESHOLD = 0.9
"""A text field is correct when its similarity to the truth is at least this."""

EXACT = "exact"
TEXT = "text"

HEADER_FIELDS: tuple[str, ...] = (
    "form",
    "framework",
    "school.name",
    "school.level",
    "school.governing_body",
    "document.number",
    "document.place",
    "document.date",
    "document.school_year",
    "signer.title",
    "signer.name",
)
STRING_LISTS: tuple[str, ...] = ("general_info", "purposes", "bases", "reporting", "recipients")
RECORD_FIELDS: dict[str, dict[str, str]] = {
    "problems": {
        "standard": TEXT,
        "criteria": TEXT,
        "current_state": TEXT,
        "limitation": TEXT,
        "cause": TEXT,
    },
    "standards": {"number": EXACT, "title": TEXT},
    "items": {
        "part": EXACT,
        "standard": EXACT,
        "criterion": EXACT,
        "criterion_title": TEXT,
        "content": TEXT,
        "target": TEXT,
        "target_level": EXACT,
        "actions": TEXT,
        "indicator": TEXT,
        "responsible": TEXT,
        "timeline": TEXT,
        "budget": TEXT,
        "budget_vnd": EXACT,
        "evidence": TEXT,
        "status": TEXT,
        "support": TEXT,
        "notes": TEXT,
    },
    "monitoring": {
        "when": TEXT,
        "content": TEXT,
        "result": TEXT,
        "adjustment": TEXT,
        "assessor": TEXT,
    },
}
# Item fields each form leaves empty by definition (PLAN-FORMAT.md, "Items").
UNUSED_ITEM_FIELDS: dict[str, frozenset[str]] = {
    "2018": frozenset({"content", "indicator", "evidence", "status"}),
    "2026": frozenset({"part", "support", "notes"}),
}
SECTIONS: tuple[str, ...] = (
    "header",
    "general_info",
    "purposes",
    "bases",
    "problems",
    "standards",
    "items",
    "monitoring",
    "organization",
    "reporting",
    "recipients",
)


@dataclass(frozen=True)
class Mismatch:
    """One wrong unit, or one unpartnered element.

    ``path`` names the place in the truth ("document.date", "items[3].budget_vnd",
    "purposes[2]"); an element of the import that has no partner in the truth is
    named by its own index with a plus ("items[+5]"), ``expected`` then ``None``;
    a truth element missing from the import has ``got`` ``None``.
    """

    path: str
    expected: Any
    got: Any

    def to_dict(self) -> dict[str, Any]:
        """The mismatch as a JSON-ready object."""
        return {"path": self.path, "expected": self.expected, "got": self.got}


@dataclass(frozen=True)
class Tally:
    """Correct units out of total units, for a section or a field."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        """``correct / total``; 1.0 when there is nothing to get wrong."""
        return self.correct / self.total if self.total else 1.0


@dataclass(frozen=True)
class Score:
    """The accuracy of an import: units right out of units counted, and what went wrong.

    ``sections`` breaks the tally down by part of the plan ("header", "items", …,
    every section present even when empty); ``fields`` by field ("items.budget_vnd",
    "document.date", "purposes"). ``mismatches`` lists the wrong units in truth
    order, then the extra elements.
    """

    correct: int
    total: int
    mismatches: list[Mismatch]
    sections: dict[str, Tally] = field(default_factory=dict)
    fields: dict[str, Tally] = field(default_factory=dict)

    @property
    def accuracy(self) -> float:
        """``correct / total``; 1.0 for two empty plans."""
        return self.correct / self.total if self.total else 1.0

    def to_dict(self) -> dict[str, Any]:
        """The score as a JSON-ready object (accuracy rounded to four decimals)."""
        return {
            "accuracy": round(self.accuracy, 4),
            "correct": self.correct,
            "total": self.total,
            "sections": {name: _tally_dict(t) for name, t in self.sections.items()},
            "fields": {name: _tally_dict(t) for name, t in self.fields.items()},
            "mismatches": [m.to_dict() for m in self.mismatches],
        }

    def report(self, limit: int = 20) -> str:
        """A short plain-text report: the total, each non-empty section, the first mismatches."""
        lines = [f"accuracy {self.accuracy:.4f} ({self.correct}/{self.total})"]
        lines += [
            f"  {name:<13} {t.accuracy:.4f} ({t.correct}/{t.total})"
            for name, t in self.sections.items()
            if t.total
        ]
        lines += [
            "  ✗ {}: expected {}, got {}".format(m.path, *_shown(m.expected, m.got))
            for m in self.mismatches[:limit]
        ]
        if len(self.mismatches) > limit:
            lines.append(f"  … {len(self.mismatches) - limit} more mismatches")
        return "\n".join(lines)


def _shown(expected: Any, got: Any, width: int = 100) -> tuple[str, str]:
    """Both values cut short; two long texts are shown from just before they first differ."""
    if isinstance(expected, str) and isinstance(got, str):
        start = next(
            (i for i, (a, b) in enumerate(zip(expected, got, strict=False)) if a != b),
            min(len(expected), len(got)),
        )
        if start > width // 2:
            cut = start - width // 4
            return _short("…" + expected[cut:], width), _short("…" + got[cut:], width)
    return _short(expected, width), _short(got, width)


def _short(value: Any, width: int = 100) -> str:
    """``repr(value)`` cut to ``width`` characters, so a whole missing row stays one line."""
    text = repr(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def _tally_dict(tally: Tally) -> dict[str, Any]:
    return {"accuracy": round(tally.accuracy, 4), "correct": tally.correct, "total": tally.total}
