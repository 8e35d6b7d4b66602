"""The template context of a plan: every value the DOCX templates place, already formatted.

Templates (docxtpl, Jinja) see only this dictionary, so a school's own template
needs no Python: the names below are its whole vocabulary (see ``docs/export.md``).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from caitien.exporters import _format
from caitien.normalise import parse_criterion_code
from caitien.plan import MonitoringRow

if TYPE_CHECKING:
    from caitien.plan import Item, Plan, StandardHeading

PART_TITLES = {"levels_1_3": "MỨC 1, 2, 3", "level_4": "MỨC 4"}
NO_LEVEL_4 = "MỨC 4: Không có"
# the two review points Biểu 2 prints in its monitoring table (section VI)
MONITORING_POINTS = ("Cuối học kỳ I", "Cuối năm học")
BULLETS = ("- ", "+ ", "• ")


def build_context(plan: Plan) -> dict[str, Any]:
    """Return the template context of ``plan`` (the plan itself is under ``plan``)."""
    return {
        "plan": asdict(plan),
        # Nghị định 30 writes both in capitals; ``school_name_as_written`` keeps the case
        "governing_body": (plan.school.governing_body or "").upper(),
        "school_name": (plan.school.name or "").upper(),
        "school_name_as_written": plan.school.name or "",
        "number_line": _format.number_line(plan.document.number),
        "date_line": _format.date_line(plan.document.place, plan.document.date),
        "subject": _format.subject_line(plan.document.school_year),
        "purposes": numbered_points(plan.purposes),
        "bases": list(plan.bases),
        "general_info": list(plan.general_info),
        "reporting": list(plan.reporting),
        "roles": [{"role": r.role, "duties": list(r.duties)} for r in plan.organization],
        "recipients": [_format.recipient_line(r) for r in plan.recipients],
        "signer_title": plan.signer.title or "",
        "signer_name": plan.signer.name or "",
        "split_time": split_time(plan.items),
        "rows": table_rows(plan),
        "problems": [asdict(p) for p in plan.problems],
        "monitoring": monitoring_rows(plan),
    }


def monitoring_rows(plan: Plan) -> list[dict[str, str]]:
    """The rows of the 2026 monitoring table: the plan's, or the form's two blank review points.

    Biểu 2 prints "Cuối học kỳ I" and "Cuối năm học" for the school to fill in at
    each review; a plan that has no monitoring row yet still shows them.
    """
    if plan.monitoring or plan.form != "2026":
        return [asdict(m) for m in plan.monitoring]
    return [asdict(MonitoringRow(when=when)) for when in MONITORING_POINTS]


def numbered_points(points: list[str]) -> list[str]:
    """Points as khoản "1. …", "2. …", except those the school wrote as "-"/"+" bullets."""
    return [p if p.startswith(BULLETS) else f"{n}. {p}" for n, p in enumerate(points, start=1)]


def split_time(items: list[Item]) -> bool:
    """Whether the 2018 time column is split into Bắt đầu / Kết thúc.

    It is when every row has a timeline joined from a start and an end with
    exactly one " - " (how an import joins a split column), so no row is cut
    where the school wrote a dash inside one phrase.
    """
    return bool(items) and all(item.timeline.count(" - ") == 1 for item in items)


def table_rows(plan: Plan) -> list[dict[str, Any]]:
    """The rows of the plan table: part rows (2018), standard heading rows and item rows."""
    headings = _Headings(plan.standards)
    rows: list[dict[str, Any]] = []
    part: str | None = None
    split = split_time(plan.items)
    for item in plan.items:
        if plan.form == "2018" and item.part and item.part != part:
            if part == "levels_1_3":
                rows.extend(headings.rest())
            part = item.part
            rows.append({"kind": "part", "text": PART_TITLES[item.part]})
        if item.standard is not None and part != "level_4":
            rows.extend(headings.up_to(item.standard))
        rows.append(_item_row(item, plan.form, split))
    rows.extend(headings.rest())
    if plan.form == "2018" and part != "level_4" and any(i.part for i in plan.items):
        rows.append({"kind": "part", "text": NO_LEVEL_4})
    _number(rows)
    return rows


def _item_row(item: Item, form: str, split: bool) -> dict[str, Any]:
    row: dict[str, Any] = {"kind": "item", **asdict(item)}
    row["criterion_cell"] = criterion_cell(item) if form == "2018" else ""
    if form == "2026":
        row["content"] = content_cell(item)
    start, _, end = item.timeline.partition(" - ") if split else (item.timeline, "", "")
    row["time_start"], row["time_end"] = start, end
    return row


def criterion_cell(item: Item) -> str:
    """The 2018 "Tiêu chuẩn, tiêu chí" cell: "Tiêu chí 1.1: title", or the cell as written."""
    if item.criterion is None:
        return item.criterion_title or ""
    if item.criterion_title:
        return f"Tiêu chí {item.criterion}: {item.criterion_title}"
    return f"Tiêu chí {item.criterion}"


def content_cell(item: Item) -> str:
    """The 2026 "Nội dung cải tiến" cell: the content, naming its criterion when it does not.

    Biểu 2 has no criterion column: the content cell is where a row says which
    criterion it improves. A plan whose content leaves the code out (written in
    the editor with the criterion picked apart, or imported from a table with a
    criterion column of its own) gets it after its words, as schools write it
    ("Nâng cao chất lượng môn Tiếng Anh lớp 3 (Tiêu chí 3.5)"), so the official
    document still names it; the words themselves are kept.
    """
    if item.criterion is None or parse_criterion_code(item.content) == item.criterion:
        return item.content
    if not item.content:
        return criterion_cell(item)
    return f"{item.content} (Tiêu chí {item.criterion})"


def _number(rows: list[dict[str, Any]]) -> None:
    """Number the item rows 1, 2, … in the TT column (part and heading rows stay blank)."""
    count = 0
    for row in rows:
        if row["kind"] == "item":
            count += 1
            row["tt"] = str(count)


class _Headings:
    """The plan's standard headings, handed out in the plan's order as rows reach them."""

    def __init__(self, headings: list[StandardHeading]) -> None:
        self._pending = list(headings)

    def up_to(self, number: int) -> list[dict[str, Any]]:
        """The headings before and including the one of ``number``, if it is still ahead."""
        numbers = [h.number for h in self._pending]
        if number not in numbers:
            return []
        cut = numbers.index(number) + 1
        taken, self._pending = self._pending[:cut], self._pending[cut:]
        return [_heading_row(h) for h in taken]

    def rest(self) -> list[dict[str, Any]]:
        """Every heading not yet handed out."""
        taken, self._pending = self._pending, []
        return [_heading_row(h) for h in taken]


def _heading_row(heading: StandardHeading) -> dict[str, Any]:
    return {"kind": "standard", "text": f"Tiêu chuẩn {heading.number}: {heading.title}"}
