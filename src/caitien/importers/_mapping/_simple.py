"""The two small tables of the 2026 form: problems (section IV) and monitoring (section VI)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from caitien.importers._mapping._units import ascii_fold
from caitien.normalise import clean_text
from caitien.plan import MonitoringRow, Problem

if TYPE_CHECKING:
    from caitien.importers._document import Table

_PROBLEM_ROLES = (
    ("cause", "nguyen nhan"),
    ("limitation", "han che"),
    ("current_state", "hien trang"),
    ("criteria", "tieu chi"),
    ("standard", "tieu chuan"),
)
_MONITORING_ROLES = (
    ("when", "thoi diem"),
    ("assessor", "nguoi danh gia"),
    # "Người/bộ phận đánh giá", "Bộ phận thực hiện": who assesses, whatever the wording.
    ("assessor", "nguoi"),
    ("assessor", "bo phan"),
    ("adjustment", "dieu chinh"),
    ("result", "ket qua"),
    ("content", "noi dung"),
)


def _roles(table: Table, keys: tuple[tuple[str, str], ...]) -> tuple[dict[int, str], int]:
    for index, row in enumerate(table.rows[:3]):
        roles: dict[int, str] = {}
        for cell in row.cells:
            words = ascii_fold(cell.text)
            role = next((name for name, key in keys if key in words), None)
            if role and role not in roles.values():
                roles[cell.column] = role
        if len(roles) >= 3:
            return roles, index + 1
    return {}, 0


def _records(table: Table, keys: tuple[tuple[str, str], ...]) -> list[dict[str, str]]:
    roles, first = _roles(table, keys)
    records: list[dict[str, str]] = []
    above: dict[str, str] = {}
    for row in table.rows[first:]:
        # A cell merged down (one standard over several problems) belongs to each row.
        record = {
            roles[cell.column]: above.get(roles[cell.column], "")
            if cell.continued
            else clean_text(cell.text)
            for cell in row.cells
            if cell.column in roles
        }
        above = record
        texts = [text for text in record.values() if text]
        if texts and not all(text.strip("()").isdigit() for text in texts):
            records.append(record)
    return records


def read_problems(table: Table) -> list[Problem]:
    """The rows of the section IV table (cells as written)."""
    return [Problem(**record) for record in _records(table, _PROBLEM_ROLES)]


def read_monitoring(table: Table) -> list[MonitoringRow]:
    """The rows of the section VI table (cells as written).

    A row with nothing but its time ("Cuối học kỳ I") is kept: it is a row of the
    table as the school wrote it (PLAN-FORMAT: the rows as written, empty cells "");
    the checks say that its content is still to be written.
    """
    return [MonitoringRow(**record) for record in _records(table, _MONITORING_ROLES)]
