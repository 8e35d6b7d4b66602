"""The one mapping from a reader's raw structure to a plan, shared by every source format.

:func:`map_document` walks the document in order: the header before the first
section heading, the sections found by the words of their Roman-numbered
headings (never by their numbers), the plan table(s), "Nơi nhận" and the
signature. See ``docs/formats/mapping.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from caitien.errors import DocumentError
from caitien.importers._document import Note, RawDocument, Row, Table
from caitien.importers._mapping._blocks import read_blocks
from caitien.importers._mapping._header import is_signer_title, read_header, read_signer
from caitien.importers._mapping._headings import Numbering, heading_kind
from caitien.importers._mapping._points import list_number, points, strip_marker
from caitien.importers._mapping._simple import read_monitoring, read_problems
from caitien.importers._mapping._table import is_standard_line, part_of_line, read_tables
from caitien.importers._mapping._units import (
    Line,
    cells_words,
    flatten,
    is_plan_table,
    paragraph_lines,
    table_lines,
    table_shape,
)
from caitien.normalise import ascii_fold
from caitien.plan import Form, Part, Plan, Role

__all__ = ["map_document"]

# The closing formulas of the genre: the plan's summary, and the "if difficulties arise" line.
_CLOSING = re.compile(
    r"^(Trên đây|Trong quá trình (?:tổ chức )?thực hiện,? nếu (?:có|gặp))", re.IGNORECASE
)
# "Hiệu trưởng: …", "Tổ trưởng chuyên môn: …": a name of up to eight words before a colon.
_ROLE_LABEL = re.compile(r"^((?:[^\s:;,.]+[ ,/&-]*){1,8}?)\s*:\s*(.*)$")
_BULLET = re.compile(r"^\s*[-–•·+*]\s*")
_RECIPIENTS = re.compile(r"^\s*Nơi\s*nhận\s*:?\s*", re.IGNORECASE)
# The sections a closing formula ends: the last of the 2018 form and of the 2026 form.
_CLOSED = ("organization", "reporting")
_PLAN_WIDTH = 8
# The last sections: a signer's title in capitals met in them starts the tail.
_BEFORE_TAIL = ("organization", "closing", "reporting")


@dataclass
class _Walk:
    header: list[str] = field(default_factory=list)
    sections: dict[str, list[str]] = field(default_factory=dict)
    tables: list[Table] = field(default_factory=list)
    problem_tables: list[Table] = field(default_factory=list)
    monitoring_tables: list[Table] = field(default_factory=list)
    tail: list[str] = field(default_factory=list)
    title_seen: bool = False
    numbering: Numbering = field(default_factory=Numbering)
    # "Tiêu chuẩn 2: …" written as a paragraph just before a plan table (the table
    # split by standard): the heading of the table that follows, by its index.
    table_standards: dict[int, str] = field(default_factory=dict)
    standard_line: str | None = None
    # "MỨC 4" written as a paragraph before a plan table (the parts in two tables):
    # the part of the table that follows, by its index.
    table_parts: dict[int, Part] = field(default_factory=dict)
    part_line: Part | None = None
    notes: list[Note] = field(default_factory=list)


def map_document(raw: RawDocument, name: str = "tài liệu") -> tuple[Plan, list[Note]]:
    """Turn a raw document into a plan and the notes on what was guessed.

    Raises :class:`DocumentError` when the document is not an improvement plan
    (no plan heading, no plan table and no criterion rows).
    """
    notes: list[Note] = []
    walk = _walk(raw)
    form = _form(walk)
    result = read_tables(walk.tables, form, walk.table_standards, walk.table_parts)
    if not result.items:
        result = read_blocks(walk.sections.get("table", []), form)
    if not (walk.title_seen or walk.tables or result.items):
        raise DocumentError(
            f"Tệp «{name}» không phải kế hoạch cải tiến chất lượng: không tìm thấy tiêu đề "
            "kế hoạch, bảng kế hoạch hay tiêu chí nào."
        )
    body = [line for lines in walk.sections.values() for line in lines]
    school, document = read_header(walk.header, body, notes)
    plan = Plan(form=form, school=school, document=document)
    _fill_sections(plan, walk)
    plan.items, plan.standards = result.items, result.standards
    plan.problems = [row for table in walk.problem_tables for row in read_problems(table)]
    plan.monitoring = [row for table in walk.monitoring_tables for row in read_monitoring(table)]
    plan.recipients, signer_lines = _recipients(walk.tail)
    plan.signer.title, plan.signer.name = read_signer(signer_lines)
    plan.framework = _framework(plan, notes)
    return plan, [*walk.notes, *notes, *result.notes]


def _walk(raw: RawDocument) -> _Walk:
    walk = _Walk()
    kind = "header"
    for unit in flatten(raw):
        step = _table if isinstance(unit, Table) else _line
        kind = step(walk, unit, kind)  # type: ignore[arg-type]
    return walk


def _table(walk: _Walk, table: Table, kind: str) -> str:
    """File a table by the section it stands in, or by its own headings when they say
    it belongs elsewhere (a section heading left out); returns the section after it."""
    shape = table_shape(table)
    standard, walk.standard_line = walk.standard_line, None  # only right before a table
    part, walk.part_line = walk.part_line, None
    # In its own section a table stays there unless its headings are another section's;
    # a plan table's must come with its width (IV and VI have five to seven columns, V
    # eight to eleven).
    narrow = shape == "plan" and table.columns < _PLAN_WIDTH
    if kind in ("problems", "monitoring") and (shape is None or narrow):
        shape = kind
    _note_moved_table(walk, shape, kind)
    if shape == "problems":
        walk.problem_tables.append(table)
    elif shape == "monitoring":
        walk.monitoring_tables.append(table)
    elif shape == "plan" or is_plan_table(table) or (kind == "table" and walk.tables):
        if standard is not None:
            walk.table_standards[len(walk.tables)] = standard
        if part is not None:
            walk.table_parts[len(walk.tables)] = part
        walk.tables.append(table)
    else:
        lines = _labelled_rows(table) if kind == "general_info" else None
        lines = _role_rows(table) if kind == "organization" else lines
        for line in lines or _table_text(table):
            kind = _line(walk, Line(line, True), kind)
    return kind


# Where each kind of table belongs, and the field its rows fill.
_TABLE_HOMES = {"plan": ("table", "items"), "problems": ("problems", "problems")}
_TABLE_HOMES["monitoring"] = ("monitoring", "monitoring")


def _note_moved_table(walk: _Walk, shape: str | None, kind: str) -> None:
    """A note when a table is read as another section's than the one it stands in (its
    own section heading left out, or the table put under the wrong heading)."""
    home = _TABLE_HOMES.get(shape or "")
    if home is None or kind == home[0] or kind in ("header", "tail", "other"):
        return
    message = (
        "Bảng đứng trong mục khác nhưng tiêu đề cột của nó là của mục này; đã đọc theo tiêu đề cột."
    )
    walk.notes.append(Note(home[1], message))


def _labelled_rows(table: Table) -> list[str] | None:
    """Section I written as a two-column table ("Tên cơ sở giáo dục" | "Trường …"): one
    line per row, "label: value", as the form's own lines are; None for another table."""
    if table.columns != 2:
        return None
    lines: list[str] = []
    for row in table.rows:
        label, value = (_cell_text(row, column) for column in (0, 1))
        separator = " " if label.endswith(":") or not label or not value else ": "
        lines.append(f"{label}{separator}{value}".strip())
    return [line for line in lines if line]


# The heading row of a table of roles: "Bộ phận/cá nhân" | "Nhiệm vụ", "Thành phần" | …
_ROLE_HEADINGS = ("bo phan", "ca nhan", "don vi", "thanh phan", "chuc danh", "nguoi")
_DUTY_HEADINGS = ("nhiem vu", "trach nhiem", "cong viec")


def _role_rows(table: Table) -> list[str] | None:
    """Section VII written as a table, a row per role ("[TT |] Hiệu trưởng | - Chỉ đạo …"):
    each row as the form's lines, a numbered role heading and its duty lines; None for
    another table. The heading row is left out."""
    if table.columns not in (2, 3) or not table.bordered:
        return None  # the borderless block of Nơi nhận and the signature is no such table
    lines: list[str] = []
    number = 0
    for row in table.rows:
        role, duties = _role_and_duties(row, table.columns - 2)
        if role and not _is_role_heading(role, duties):
            number += 1
            lines += [f"{number}. {role}", *duties]
    return lines or None


def _role_and_duties(row: Row, first: int) -> tuple[str, list[str]]:
    """The role (the cell in grid column ``first``) and the duty lines of the cell after it."""
    cells = {cell.column: cell for cell in row.cells if not cell.continued}
    role, duty = cells.get(first), cells.get(first + 1)
    duties = [line for text in (duty.paragraphs if duty else []) for line in paragraph_lines(text)]
    return (role.clean if role else ""), duties


def _is_role_heading(role: str, duties: list[str]) -> bool:
    words = ascii_fold(f"{role} {' '.join(duties)}")
    return (
        len(words) < 60
        and any(word in words for word in _ROLE_HEADINGS)
        and any(word in words for word in _DUTY_HEADINGS)
    )


def _cell_text(row: Row, column: int) -> str:
    return " ".join(
        cell.clean for cell in row.cells if cell.column == column and not cell.continued
    )


def _table_text(table: Table) -> list[str]:
    return [line.text for line in table_lines(table)]


def _line(walk: _Walk, line: Line, kind: str) -> str:
    text = line.text
    walk.standard_line = text if is_standard_line(text) else None
    # A part line holds until the table, across a standard line between them.
    walk.part_line = part_of_line(text) or (walk.part_line if walk.standard_line else None)
    if kind != "tail" and _RECIPIENTS.match(text):
        walk.tail.extend(line.tab_parts())
        return "tail"
    if kind == "tail":
        # "Nơi nhận:<tab>HIỆU TRƯỞNG": the recipients and the signature set side by side.
        walk.tail.extend(line.tab_parts())
        return kind
    if kind in _BEFORE_TAIL and is_signer_title(text):
        walk.tail.append(text)  # the signature written before "Nơi nhận"
        return "tail"
    heading = heading_kind(text, walk.numbering, walk.title_seen, line.in_table)
    if heading is not None:
        walk.sections.setdefault(heading, [])
        return heading
    if kind == "header":
        for part in line.tab_parts():
            _header_line(walk, part)
    elif kind in _CLOSED and _CLOSING.match(text):
        walk.sections.setdefault("closing", []).append(text)
        return "closing"
    else:
        walk.sections.setdefault(kind, []).append(text)
    return kind


def _header_line(walk: _Walk, text: str) -> None:
    walk.header.append(text)
    # The title may be split over lines: "KẾ HOẠCH" / "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC".
    # Once seen it stays seen: later header lines need no folding.
    if not walk.title_seen and "cai tien chat luong" in ascii_fold(" ".join(walk.header[-3:])):
        walk.title_seen = True


_ONLY_2026 = ("general_info", "problems")


def _form(walk: _Walk) -> Form:
    if any(kind in walk.sections for kind in _ONLY_2026):
        return "2026"
    for table in walk.tables[:1]:
        heading = cells_words([cell for row in table.rows[:2] for cell in row.cells])
        if "chi so" in heading and "muc tieu" in heading:
            return "2026"
    return "2018"


def _fill_sections(plan: Plan, walk: _Walk) -> None:
    sections = walk.sections
    plan.purposes = _purposes(sections.get("purposes", []))
    plan.bases = points(sections.get("bases", []))
    plan.general_info = [strip_marker(line) for line in sections.get("general_info", [])]
    plan.reporting = points(sections.get("reporting", []))
    plan.organization = _organization(sections.get("organization", []))


def _purposes(lines: list[str]) -> list[str]:
    """Points of "Mục đích, yêu cầu"; the 2026 sub-headings "Mục đích"/"Yêu cầu" are dropped."""
    kept = [
        line
        for line in lines
        if ascii_fold(strip_marker(line)).rstrip(":") not in ("muc dich", "yeu cau")
    ]
    return points(kept)


def _organization(lines: list[str]) -> list[Role]:
    """Numbered role headings with their duty points; an all-capitals heading ends the list."""
    roles: list[Role] = []
    expected = 1
    for line in lines:
        number = list_number(line)
        if number == expected:
            heading = strip_marker(line)
            if heading.upper() == heading:
                break
            roles.append(Role(role=heading))
            expected += 1
        elif roles:
            roles[-1].duties.append(strip_marker(line))
    roles = roles or _labelled_roles(lines)
    for role in roles:
        role.duties = _duties(role.duties)
    return roles


def _labelled_roles(lines: list[str]) -> list[Role]:
    """Roles written as labels, without numbers: "- Hiệu trưởng: chỉ đạo chung …".

    A line whose text before the first colon is a short name opens a role, the
    text after the colon its first duty; lines without such a label are its duties.
    """
    roles: list[Role] = []
    for line in lines:
        match = _ROLE_LABEL.match(_BULLET.sub("", line))
        if match is not None and match.group(1)[:1].isupper():
            roles.append(Role(role=match.group(1).strip()))
            if match.group(2).strip():
                roles[-1].duties.append(match.group(2).strip())
        elif roles:
            roles[-1].duties.append(strip_marker(line))
    return roles


def _duties(lines: list[str]) -> list[str]:
    duties: list[str] = []
    for line in lines:
        if line.startswith("+ ") and duties:
            duties[-1] = f"{duties[-1]} {line}"
        else:
            duties.append(line)
    return duties


def _recipients(tail: list[str]) -> tuple[list[str], list[str]]:
    """Split the tail into recipients and the signature lines.

    Recipients run up to the signer's title; after it, bulleted lines are still
    recipients (a two-column block read out of order), the rest is the signature.
    """
    recipients: list[str] = []
    signature: list[str] = []
    for line in tail:
        if _RECIPIENTS.match(line):  # also after a signature written first
            recipients.extend(_recipient_parts(_RECIPIENTS.sub("", line)))
            continue
        if signature or is_signer_title(line):
            if _BULLET.match(line):
                recipients.extend(_recipient_parts(line))
            else:
                signature.append(line)
            continue
        recipients.extend(_recipient_parts(_RECIPIENTS.sub("", line)))
    return recipients, signature


def _recipient_parts(text: str) -> list[str]:
    """One line's recipients: a leading bullet dropped; several on one line split after ";"."""
    parts = re.split(r"(?<=[;.,])\s+[-–•·+*]\s+", text)
    stripped = [_BULLET.sub("", part).strip() for part in parts]
    return [part for part in stripped if part]


_FRAMEWORKS_2018 = {
    "mam_non": "TT19-2018",
    "tieu_hoc": "TT17-2018",
    "thcs": "TT18-2018",
    "thpt": "TT18-2018",
    "nhieu_cap": "TT18-2018",
}


def _framework(plan: Plan, notes: list[Note]) -> str | None:
    if plan.form == "2026":
        return "TT57-2026"
    if plan.school.level is None:
        notes.append(Note("framework", "Không xác định được cấp học nên không biết bộ tiêu chí."))
        return None
    return _FRAMEWORKS_2018.get(plan.school.level)
