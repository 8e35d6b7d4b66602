"""The plan table: heading row → column roles, then part, standard, criterion and item rows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from caitien.importers._document import Note, Row, Table
from caitien.importers._mapping._merged import is_sibling_row, sibling_item
from caitien.importers._mapping._titles import code_by_title, split_title
from caitien.importers._mapping._units import has_digit
from caitien.normalise import (
    ascii_fold,
    clean_text,
    parse_budget,
    parse_criterion_code,
    parse_standard_number,
    parse_target_level,
)
from caitien.plan import Item, Part, StandardHeading

# Heading words of each column, most specific first: a heading takes the first role it matches.
# "Điều kiện/Nguồn lực hỗ trợ" is the support column; "Nguồn lực bảo đảm" (2026) the budget.
ROLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("notes", ("ghi chu",)),
    ("budget", ("kinh phi", "ngan sach")),
    ("status", ("muc do",)),
    ("timeline", ("thoi gian",)),
    ("evidence", ("minh chung",)),
    ("indicator", ("chi so",)),
    ("support", ("dieu kien", "ho tro")),
    ("budget", ("nguon luc",)),
    # "Người thực hiện", "Người/bộ phận thực hiện", "Cá nhân …", never bare "thực hiện":
    # "Công việc … cần thực hiện" is the actions.
    (
        "responsible",
        ("chu tri", "phoi hop", "phu trach", "nguoi", "bo phan", "ca nhan", "trach nhiem"),
    ),
    ("actions", ("cong viec", "giai phap", "hoat dong", "bien phap", "nhiem vu")),
    ("target", ("ket qua", "muc tieu")),
    # "Vấn đề cần cải tiến", "Vấn đề ưu tiên", "Lĩnh vực cải tiến": what the row improves.
    ("content", ("noi dung", "van de", "linh vuc")),
    ("criterion", ("tieu chuan", "tieu chi")),
)
# The same, one (key, role) pair each in the same order: the first pair whose key a
# heading holds, for a role not yet taken, is the first role that matches.
_ROLE_KEYS = tuple((key, role) for role, keys in ROLES for key in keys)
_TEXTROLES = ("content", "target", "actions", "indicator", "responsible", "budget")
_TEXTROLES_2 = ("evidence", "status", "support", "notes")
# Every text field an item takes from its row, built once rather than per row.
_ITEM_TEXTS = (*_TEXTROLES, "timeline", *_TEXTROLES_2)
# "Tiêu chí 1. 2:", "TC 2.2", or a bare code "1.4." / "1.4 Title" written tight (never
# "25.8.2024" or "1.5 triệu": a dot, digit or unit after the bare code rules it out).
_CODE = re.compile(
    r"^\s*(?:(?:ti[eê]u\s*ch[ií]|TC)\s*(?:số)?\s*[:.]?\s*"
    r"|(?=\d\.\d{1,2}(?!\d)(?!\.\d)(?!\s*(?:%|triệu|tỷ|đồng|đ\b))(?:[\s.:\-–]|$)))"
    r"(\d{1,2})\s*[.,]\s*(\d{1,2})\b\s*[.:\-–]*\s*",
    re.IGNORECASE,
)
_STANDARD = re.compile(r"^\s*ti[eê]u\s*chu[aâẩ]n\s*(?:số)?\s*[IVX\d]+\s*[.:\-–]*\s*", re.IGNORECASE)
_COLUMN_NUMBERS = re.compile(r"^\(?\d{1,2}\)?$")
_BARE_STANDARD = frozenset({"tieu chuan", "tieu chuan so", "so tieu chuan"})
_TITLE_HEADINGS = frozenset({"ten tieu chi", "noi dung tieu chi"})


@dataclass
class TableResult:
    """Rows read from plan tables, with the standards met on the way."""

    items: list[Item] = field(default_factory=list)
    standards: list[StandardHeading] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


@dataclass
class _State:
    roles: dict[int, str]
    time_end: int | None = None
    part: Part | None = None
    standard: int | None = None
    above: dict[int, str] = field(default_factory=dict)


def column_roles(table: Table) -> tuple[dict[int, str], int | None, int]:
    """Map grid columns to item fields from the heading row.

    Returns the roles, the column of a split "Kết thúc" time column (or None)
    and the index of the first row after the heading rows.
    """
    for index, row in enumerate(table.rows[:4]):
        roles = _row_roles(row)
        if "criterion" in roles.values() or "content" in roles.values():
            roles, end, first = _split_time(table, index, roles)
            if end is None and first == index + 1:
                roles, first = _with_sub_heading(table, index, roles)
            return roles, (end if end is not None else _end_beside(row, roles)), first
    return {}, None, 0


def _with_sub_heading(
    table: Table, index: int, roles: dict[int, str]
) -> tuple[dict[int, str], int]:
    """Roles completed by a second heading row under a merged heading ("Tổ chức thực hiện"
    over "Hoạt động/giải pháp" | "Thời gian" | "Người phụ trách", the other headings
    merged down), and the first body row. A row counts as one when each of its written
    cells names a column, and the heading row spans columns over it or merges down into it.
    """
    if index + 1 >= len(table.rows):
        return roles, index + 1
    heading, sub = table.rows[index], table.rows[index + 1]
    written = [cell for cell in sub.cells if not cell.continued and cell.clean]
    below = _row_roles(sub)
    merged = any(cell.span > 1 for cell in heading.cells) or any(c.continued for c in sub.cells)
    if not (written and merged) or any(cell.column not in below for cell in written):
        return roles, index + 1
    if any(cell.span >= table.columns for cell in written):
        return roles, index + 1  # a row across the table ("TIÊU CHUẨN 2. …") heads no column
    kept = {col: role for col, role in roles.items() if role not in below.values()}
    return kept | below, index + 2


def _time_column(roles: dict[int, str]) -> int | None:
    """The first column whose role is the time, or None."""
    return next((col for col, role in roles.items() if role == "timeline"), None)


# The heading of the second half of a time written in two columns on one heading row:
# "Thời gian bắt đầu" | "Thời gian hoàn thành", "Ngày bắt đầu" | "Ngày kết thúc".
_TIME_END_WORDS = ("thoi gian", "hoan thanh", "ket thuc")


def _end_beside(row: Row, roles: dict[int, str]) -> int | None:
    """The column of a time's end headed on the heading row itself, right of the time column.

    Only a column that has no role of its own and whose heading names the time or
    its end counts, so a "Thời gian" column beside "Kinh phí" stays whole.
    """
    start = _time_column(roles)
    cell = next((cell for cell in row.cells if start is not None and cell.column > start), None)
    if cell is None or cell.column in roles:
        return None
    words = cell.words
    return cell.column if any(key in words for key in _TIME_END_WORDS) else None


def _row_roles(row: Row) -> dict[int, str]:
    roles: dict[int, str] = {}
    folded = [cell.words for cell in row.cells]
    # A bare "Tiêu chuẩn" column beside a "Tiêu chí" one holds the standard's number (a
    # spreadsheet's one row per criterion): the criterion is the other column.
    apart = any("tieu chi" in words and words not in _BARE_STANDARD for words in folded)
    # "Tên tiêu chí" beside a column of codes holds the criterion's title.
    titled = any(w in _TITLE_HEADINGS for w in folded) and any(
        "tieu chi" in w and w not in _TITLE_HEADINGS and w not in _BARE_STANDARD for w in folded
    )
    for cell, words in zip(row.cells, folded, strict=True):
        if words in ("tt", "stt"):
            roles[cell.column] = "tt"
            continue
        if apart and words in _BARE_STANDARD:
            continue
        if titled and words in _TITLE_HEADINGS and "title" not in roles.values():
            roles[cell.column] = "title"
            continue
        taken = roles.values()
        for key, role in _ROLE_KEYS:
            if key in words and role not in taken:
                roles[cell.column] = role
                break
    return _progress_role(row, roles)


def _progress_role(row: Row, roles: dict[int, str]) -> dict[int, str]:
    """ "Tiến độ thực hiện": the time when no column heads the time, else how far the
    work has gone (the 2026 "Mức độ thực hiện", as some schools word it)."""
    for cell in row.cells:
        if cell.column not in roles and "tien do" in cell.words:
            role = "status" if "timeline" in roles.values() else "timeline"
            if role not in roles.values():
                roles[cell.column] = role
    return roles


def _split_time(
    table: Table, index: int, roles: dict[int, str]
) -> tuple[dict[int, str], int | None, int]:
    if index + 1 >= len(table.rows):
        return roles, None, index + 1
    # The sub-heading row of a split time column holds two short labels and nothing else
    # ("Bắt đầu"/"Kết thúc", "Bắt đầu"/"Hoàn thành", "Từ"/"Đến").
    written = [cell for cell in table.rows[index + 1].cells if cell.clean]
    sub = [cell.column for cell in written]
    time_column = _time_column(roles)
    # The second label starts where the first ends: the first may span two grid columns
    # (a spacer column of Word's, merged cells of a spreadsheet).
    if len(sub) != 2 or time_column is None or sub[1] != sub[0] + written[0].span:
        return roles, None, index + 1
    if time_column not in sub and time_column + 1 != sub[0]:
        return roles, None, index + 1
    start, end = sub
    if time_column == start and end in roles:
        # As text the heading row lost the span of "Thời gian": later headings shift right.
        roles = {col + (1 if col > time_column else 0): role for col, role in roles.items()}
    roles[start] = "timeline"
    return roles, end, index + 2


def is_standard_line(text: str) -> bool:
    """Whether a paragraph is a standard's heading ("Tiêu chuẩn 2: Phát triển đội ngũ")."""
    match = _STANDARD.match(text)
    return match is not None and len(text) <= 200 and not text.rstrip().endswith((".", ";"))


def read_tables(
    tables: list[Table],
    form: str,
    headings: dict[int, str],
    parts: dict[int, Part],
) -> TableResult:
    """Read every plan table in order (a table may continue on the next one).

    ``headings`` maps a table's index to the standard heading written as a paragraph
    just before it (a table split by standard): a standard row of that table.
    ``parts`` maps a table's index to the part a paragraph before it names ("MỨC 4"
    between the tables of the two parts): the part its rows stand in.
    """
    result = TableResult()
    state: _State | None = None
    for index, table in enumerate(tables):
        roles, end, first = column_roles(table)
        if form == "2018" and "criterion" not in roles.values():
            # "Nội dung (tiêu chí)": with no criterion column, the content column names them.
            roles = {col: "criterion" if role == "content" else role for col, role in roles.items()}
        standard = _heading_standard(headings.get(index, ""), result)
        if roles:
            part = state.part if state else None
            state = _State(roles, end, part, state.standard if state else None)
            if form == "2026":
                result.notes.extend(_progress_note(table, roles, first))
        if state is None:
            continue
        if standard is not None:
            state.standard = standard
        if index in parts:
            state.part = parts[index]
        for row in table.rows[first:]:
            _read_row(row, state, result, form)
    return result


def _heading_standard(text: str, result: TableResult) -> int | None:
    """The number of a standard heading written before a table, added to the standards."""
    match = _STANDARD.match(text)
    number = parse_standard_number(text) if match else None
    if match is not None and number is not None:
        result.standards.append(StandardHeading(number, text[match.end() :].strip()))
    return number


def _progress_note(table: Table, roles: dict[int, str], first: int) -> list[Note]:
    """A note when a 2026 "Tiến độ thực hiện" column was read as the time: the form's
    "Mức độ thực hiện" is also progress, and the table has no other time column."""
    column = _time_column(roles)
    for row in table.rows[:first]:
        for cell in row.cells:
            words = cell.words
            if cell.column == column and "tien do" in words and "thoi gian" not in words:
                message = (
                    f"Cột «{cell.clean}» được đọc là thời gian thực hiện; "
                    "nếu cột này ghi mức độ thực hiện, hãy chuyển nội dung sang cột đó."
                )
                return [Note("items", message)]
    return []


def _cells(row: Row, state: _State) -> dict[int, str]:
    """The row's texts by column; a vertically merged cell repeats the text above it."""
    texts = {
        cell.column: state.above.get(cell.column, "") if cell.continued else cell.clean
        for cell in row.cells
    }
    state.above = texts
    return texts


def _read_row(row: Row, state: _State, result: TableResult, form: str) -> None:
    texts = _cells(row, state)
    filled = [text for text in texts.values() if text]
    if not filled or _is_heading_repeat(filled) or _is_pasted_heading(row, state):
        return
    if _is_total(filled):
        return
    part = part_of(filled)
    if part is not None:
        state.part = part
        return
    fields = _fields(texts, state)
    if _standard_row(fields, state, result):
        return
    item = _item(fields, state, form)
    if item is not None:
        result.items.append(item)
    elif result.items and form == "2018" and is_sibling_row(result.items[-1], fields):
        result.items.append(sibling_item(result.items[-1], fields, _ITEM_TEXTS))
        finish_item(result.items[-1], form)
        result.notes.append(_sibling_note(result.items))
    elif result.items and any(fields.get(role) for role in _TEXTROLES):
        _continue_item(result.items[-1], fields)
        result.notes.append(
            Note(
                f"items[{len(result.items) - 1}]", "Dòng không có tiêu chí được nối vào dòng trên."
            )
        )


def _sibling_note(items: list[Item]) -> Note:
    """Say that a row without a criterion was read as a further action of the one above."""
    above = items[-2]
    name = above.criterion or above.criterion_title
    message = (
        f"Dòng không ghi tiêu chí được đọc là một việc nữa của tiêu chí «{name}» ở dòng trên "
        "(ô tiêu chí gộp); nếu đó là phần còn lại của dòng trên, hãy nối hai dòng."
    )
    return Note(f"items[{len(items) - 1}]", message)


def _is_heading_repeat(filled: list[str]) -> bool:
    if len(filled) >= 3 and all(_COLUMN_NUMBERS.match(text) for text in filled):
        return True
    if len(filled) < 4 or any(len(text) > 80 for text in filled):
        return False
    words = ascii_fold(" ".join(filled))
    return "tieu chi" in words and "thoi gian" in words


def _is_pasted_heading(row: Row, state: _State) -> bool:
    """True for the heading row pasted again mid-table: four or more cells, each its column's.

    Every filled cell must name the role its column already has and no cell
    may hold a digit, so an item whose target happens to start "Kết quả …"
    is never taken for a heading.
    """
    filled = [cell for cell in row.cells if cell.clean]
    if len(filled) < 4 or any(len(cell.text) > 80 for cell in filled):
        return False
    if any(has_digit(cell.text) for cell in filled):
        return False  # headings hold words; a code, a date or an amount makes it an item
    roles = _row_roles(row)
    return all(state.roles.get(cell.column) == roles.get(cell.column) for cell in filled)


# "Tổng cộng", "Tổng kinh phí", "Cộng": the label of a total row, alone in its cell.
_TOTAL = re.compile(r"^(?:tong\s*(?:cong|so|kinh phi|so kinh phi|du toan)|cong)\s*[:.]?$")


def _is_total(filled: list[str]) -> bool:
    """True for a total row at the foot of the table: not a plan row, whatever its amount."""
    label = next((text for text in filled if not _COLUMN_NUMBERS.match(text)), "")
    return bool(_TOTAL.match(ascii_fold(label)))


_PART = re.compile(r"^muc\s*(\d)")


def part_of(filled: list[str]) -> Part | None:
    """The part a row or line of one text names ("Mức 4" → ``level_4``), else ``None``.

    ``filled`` holds a row's non-empty cell texts; a row of one text (merged
    across, or beside its column number) can name a part.
    """
    if len(set(filled)) != 1 and not (len(filled) == 2 and _COLUMN_NUMBERS.match(filled[0])):
        return None
    text = filled[-1]
    # Folding keeps decimal digits and makes none (``\d`` is category Nd): text
    # without one names no part, and most lines are told so without being folded.
    if not any(map(str.isdecimal, text)):
        return None
    match = _PART.match(ascii_fold(text))
    if match is None:
        return None
    return "level_4" if match.group(1) == "4" else "levels_1_3"


def part_of_line(text: str) -> Part | None:
    """The part a short paragraph names ("MỨC 4", "* Mức 1, 2, 3:"), else ``None``.

    Some plans write the part between two tables (the Mức 4 rows in a table of their
    own) rather than as a row; such a line sets the part of the table after it.
    """
    if len(text) > 40:
        return None
    return part_of([text.lstrip("*-+•· ")])


def _fields(texts: dict[int, str], state: _State) -> dict[str, str]:
    fields: dict[str, str] = {}
    for column, text in texts.items():
        role = state.roles.get(column)
        if column == state.time_end:
            role = "timeline_end"
        if role:
            fields[role] = text
    end = fields.pop("timeline_end", "")
    if end:
        start = fields.get("timeline", "")
        fields["timeline"] = f"{start} - {end}" if start else end
    return fields


def _standard_row(fields: dict[str, str], state: _State, result: TableResult) -> bool:
    filled = {text for text in fields.values() if text}
    text = fields.get("criterion") or fields.get("content") or ""
    if not text and len(filled) == 1:
        text = filled.pop()  # a heading row merged across the table
    if not text or _CODE.match(text) or any(fields.get(r) for r in _TEXTROLES[1:]):
        return False
    match = _STANDARD.match(text)
    if match is not None:
        number, title = parse_standard_number(text), text[match.end() :].strip()
    else:
        number, title = _titled_standard(fields.get("tt", ""), text), text
    if number is None:
        return False
    state.standard = number
    result.standards.append(StandardHeading(number, title))
    return True


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}


def _titled_standard(number_cell: str, title: str) -> int | None:
    """A standard row written as "II | Cán bộ quản lý …" or "Tiêu chuẩn 2 | Cán bộ …": the
    number the first cell gives, else the one some framework gives the title."""
    roman = _ROMAN.get(number_cell.strip(" .:"))
    if roman is not None:
        return roman
    if _STANDARD.match(number_cell):
        return parse_standard_number(number_cell)
    return standard_by_title(title)


@cache
def _standard_titles() -> tuple[tuple[str, int], ...]:
    """Every framework's standard titles as comparison keys, with their numbers, once.

    Frameworks are immutable data: the keys (:func:`normalise_title`, three
    Unicode passes and six regexes each) are built on the first lookup only.
    """
    from caitien.frameworks import list_frameworks, normalise_title

    return tuple(
        (normalise_title(standard.title), standard.number)
        for framework in list_frameworks()
        for standard in framework.standards
        if standard.title
    )


def standard_by_title(title: str) -> int | None:
    """The number of the standard some framework gives this title, else None.

    Titles match as :func:`caitien.frameworks.titles_match` says: equal keys.
    """
    from caitien.frameworks import normalise_title

    if not title:
        return None
    key = normalise_title(title)
    return next((number for known, number in _standard_titles() if known and known == key), None)


def _item(fields: dict[str, str], state: _State, form: str) -> Item | None:
    cell = fields.get("content" if form == "2026" else "criterion", "")
    if form == "2018" and not cell:
        cell = fields.get("title", "")  # no code: the title column names the criterion
    match = _CODE.match(cell)
    item = Item(part=state.part if form == "2018" else None, standard=state.standard)
    if form == "2026":
        _criterion_2026(item, cell)
        if item.criterion is None:  # a "Tiêu chí" column of its own beside the content
            _criterion_2026(item, fields.get("criterion", ""))
    elif match:
        item.criterion = f"{int(match.group(1))}.{int(match.group(2))}"
        item.standard = int(match.group(1))
        _title_or_target(item, cell[match.end() :].strip(), fields)
    elif state.part == "level_4" and cell:
        item.standard = None
        item.criterion_title = cell
    elif cell:
        _criterion_by_title(item, cell, state.standard)
    if item.criterion is not None and item.criterion_title is None and fields.get("title"):
        item.criterion_title = fields["title"]  # the title in a column of its own
    if item.criterion is None and item.criterion_title is None and (form == "2018" or not cell):
        return None
    for role in _ITEM_TEXTS:
        setattr(item, role, fields.get(role, ""))
    if form == "2018" and item.content:
        # The 2018 form has no content: a "Nội dung cải tiến" column beside "Biện pháp"
        # is the first half of the work to do.
        item.actions = clean_text(f"{item.content} {item.actions}")
    finish_item(item, form)
    return item


def _criterion_by_title(item: Item, cell: str, standard: int | None) -> None:
    """A criterion cell holding only a known title ("Thư viện"): the code that title has."""
    code = code_by_title(cell, standard)
    if code is not None:
        item.criterion, item.criterion_title = code, cell
        item.standard = int(code.split(".")[0])


def _title_or_target(item: Item, rest: str, fields: dict[str, str]) -> None:
    """The text after the code: the title, or a target when the target column is empty."""
    title, target = split_title(item.criterion or "", rest)
    if target and not fields.get("target"):
        fields["target"] = target
        item.criterion_title = title
    else:
        item.criterion_title = rest or None


def finish_item(item: Item, form: str) -> None:
    """Clear the fields the form does not use and parse the level and the amount."""
    if form == "2018":
        item.content = ""
    item.target_level = parse_target_level(item.target)
    item.budget_vnd = parse_budget(item.budget)


def _criterion_2026(item: Item, cell: str) -> None:
    """The code the content cell names; its title only when the cell opens with the code."""
    item.criterion = parse_criterion_code(cell)
    if item.criterion is not None:
        item.standard = int(item.criterion.split(".")[0])
    match = _CODE.match(cell)
    if match and cell[match.end() :].strip():
        item.criterion_title = cell[match.end() :].strip()


def _continue_item(item: Item, fields: dict[str, str]) -> None:
    """Join a row without a code into the item above (a row cut by a page break)."""
    rest = fields.get("criterion", "")
    if rest and item.criterion_title:  # the rest of a title the break cut ("Đối" / "với …")
        item.criterion_title = clean_text(f"{item.criterion_title} {rest}")
    for role in _ITEM_TEXTS:
        extra = fields.get(role, "")
        if extra and role != "content":
            setattr(item, role, clean_text(f"{getattr(item, role)} {extra}"))
    item.target_level = parse_target_level(item.target)
    item.budget_vnd = parse_budget(item.budget)
