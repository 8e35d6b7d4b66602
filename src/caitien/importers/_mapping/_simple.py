"""The two small tables of the 2026 form: problems (section IV) and monitoring (section VI)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from caitien.importers._mapping._units import has_digit
from caitien.normalise import parse_standard_number
from caitien.plan import MonitoringRow, Problem

if TYPE_CHECKING:
    from caitien.importers._document import Row, Table

_PROBLEM_ROLES = (
    ("cause", "nguyen nhan"),
    ("limitation", "han che"),
    ("current_state", "hien trang"),
    ("current_state", "thuc trang"),  # "Thực trạng"
    ("criteria", "tieu chi"),
    ("standard", "tieu chuan"),
)
_MONITORING_ROLES = (
    ("when", "thoi diem"),
    ("when", "thoi gian"),  # "Thời gian": the only time a monitoring row has
    ("assessor", "nguoi danh gia"),
    # "Người/bộ phận đánh giá", "Bộ phận thực hiện": who assesses, whatever the wording.
    ("assessor", "nguoi"),
    ("assessor", "bo phan"),
    ("adjustment", "dieu chinh"),
    ("result", "ket qua"),
    ("content", "noi dung"),
)


def _roles(table: Table, keys: tuple[tuple[str, str], ...]) -> tuple[dict[int, str], int]:
    """Column roles from the heading row, and the index of the first body row.

    A heading row may stand over a second one that names the columns a merged
    heading spans ("Vấn đề cần cải tiến" over "Điểm hạn chế" and "Nguyên nhân"),
    the other headings merged down beside them: the second row's roles join (and
    override, column by column) the first's.
    """
    for index, row in enumerate(table.rows[:3]):
        roles = _row_roles(row, keys)
        body = index + 1
        while body < len(table.rows) and _is_subheading(table.rows[body], keys):
            below = _row_roles(table.rows[body], keys)
            roles = {col: role for col, role in roles.items() if role not in below.values()}
            roles.update(below)
            body += 1
        if len(roles) >= 3:
            return roles, body
    return {}, 0


def _row_roles(row: Row, keys: tuple[tuple[str, str], ...]) -> dict[int, str]:
    roles: dict[int, str] = {}
    for cell in row.cells:
        words = cell.words
        role = next((name for name, key in keys if key in words), None)
        if role and role not in roles.values():
            roles[cell.column] = role
    return roles


def _is_subheading(row: Row, keys: tuple[tuple[str, str], ...]) -> bool:
    """Whether ``row`` is a second heading row: headings merged down into it, and every
    cell written in it (not merged from above) a column's name, without figures."""
    written = [cell for cell in row.cells if not cell.continued and cell.text]
    if not written or not any(cell.continued for cell in row.cells):
        return False
    if any(has_digit(cell.text) for cell in written):
        return False
    return all(any(key in cell.words for _, key in keys) for cell in written)


def _records(
    table: Table, keys: tuple[tuple[str, str], ...], group_role: str = ""
) -> list[dict[str, str]]:
    """The body rows as {role: text}; a row across the table naming a standard is no
    record but fills ``group_role`` of the records under it that leave it empty."""
    roles, first = _roles(table, keys)
    records: list[dict[str, str]] = []
    above: dict[str, str] = {}
    group = ""  # "Tiêu chuẩn 1: …" written across the table over its problems
    for row in table.rows[first:]:
        heading = _group_heading(row)
        if heading:
            group = heading
            continue
        # A cell merged down (one standard over several problems) belongs to each row.
        record = {
            roles[cell.column]: above.get(roles[cell.column], "") if cell.continued else cell.clean
            for cell in row.cells
            if cell.column in roles
        }
        above = record
        if group_role and group and not record.get(group_role):
            record[group_role] = group
        texts = [text for text in record.values() if text]
        if texts and not all(text.strip("()").isdigit() for text in texts):
            records.append(record)
    return records


def _group_heading(row: Row) -> str:
    """The text of a row written in one cell across the table that names a standard
    ("Tiêu chuẩn 1: Quản trị nhà trường …"), else ""."""
    written = [cell for cell in row.cells if not cell.continued and cell.clean]
    if len(written) != 1 or parse_standard_number(written[0].text) is None:
        return ""
    text = written[0].clean
    # merged across, or (as text, cells not merged) the standard with its title
    return text if written[0].span > 1 or len(text.split()) > 3 else ""


def read_problems(table: Table) -> list[Problem]:
    """The rows of the section IV table (cells as written)."""
    return [Problem(**record) for record in _records(table, _PROBLEM_ROLES, "standard")]


def read_monitoring(table: Table) -> list[MonitoringRow]:
    """The rows of the section VI table (cells as written).

    A row with nothing but its time ("Cuối học kỳ I") is kept: it is a row of the
    table as the school wrote it (PLAN-FORMAT: the rows as written, empty cells "");
    the checks say that its content is still to be written.
    """
    return [MonitoringRow(**record) for record in _records(table, _MONITORING_ROLES)]
