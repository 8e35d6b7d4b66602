"""Rules on the cells of each plan row: target, responsible, timeline and budget."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from caitien.checks._model import Where, finding
from caitien.normalise import clean_text, fold_text, parse_budget

if TYPE_CHECKING:
    from collections.abc import Iterator

    from caitien.checks._context import Check, CheckContext
    from caitien.checks._model import Finding
    from caitien.plan import Item

# Wording that only describes the present shortfall, as self-assessment reports do
# ("Tuy nhiên vẫn chưa đáp ứng…", "vượt hơn quy định"): a weakness whatever else the
# cell says.
_STRONG_WEAKNESS = re.compile(
    r"\btuy nhiên\b|\bvẫn còn\b|\bvẫn chưa\b|\bvượt (?:hơn|quá) (?:so với )?quy định"
)
# Negative words that state a weakness unless the cell is phrased as a goal.
_WEAKNESS = re.compile(
    r"\bchưa\b|\bthiếu\b|\bkhông (?:có|đủ|đạt|đáp ứng)\b|\bhạn chế\b|\byếu kém\b|"
    r"\bxuống cấp\b|\bcòn (?:nhiều )?khó khăn\b|\bgặp khó khăn\b"
)
# A goal: a verb of doing or reaching at the start, or a level, a threshold anywhere.
_GOAL_START = re.compile(
    r"^(?:[-+•]\s*)?(?:phấn đấu|giữ vững|duy trì|nâng|tăng|giảm|khắc phục|hoàn thành|"
    r"hoàn thiện|hạn chế|bảo đảm|đảm bảo|có|xây dựng|bồi dưỡng|tổ chức|trang bị|bổ sung|cải tạo|"
    r"cải thiện|cải tiến|sửa chữa|tham mưu|phối hợp|huy động|vận động|mua sắm|đạt|được|"
    r"thực hiện|tạo|kiện toàn|đề xuất|ít nhất|tất cả|mọi|100\s*%|\d+(?:[.,]\d+)?\s*%|"
    r"giải quyết|chuẩn hóa|đổi mới|sắp xếp|tuyển|tiếp tục|không còn|không để|không có|"
    r"không xảy ra|không phát sinh)\b"
)
_GOAL_ANYWHERE = re.compile(
    r"\bphấn đấu\b|\bgiữ vững\b|\bmức\s*0?\d\b|\bkhông còn\b|\bkhông để\b|\btrở lên\b|\bít nhất\b|"
    r"\bgiải quyết\b|\bkhắc phục\b|\btháo gỡ\b|\bhỗ trợ\b"
)
_MONEY_UNIT = re.compile(r"\d[\d.,\s]*(?:triệu|trieu|tr\b|tỷ|tỉ|nghìn|ngàn|đồng|đ\b|vnđ|vnd|k\b)")
_GROUPED_DIGITS = re.compile(r"\d{1,3}(?:[.,]\d{3})+|\d{5,}")
_QUOTE_LENGTH = 80
_COLUMN_UNITS = (1, 1_000, 1_000_000)

# Time phrases: ranges ("2022-2025", "2024 - 2025", "2024-25"), month dates
# ("tháng 9/2022", "tháng 12 năm 2021", "9/2022", "25/8/2022") and lone years.
_RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-–]\s*((?:19|20)?\d{2})(?!\d)")
_MONTH_YEAR = re.compile(
    r"(?:tháng\s*0?(\d{1,2})\s*(?:/|năm)|(?<![\d/])(?:\d{1,2}\s*/\s*)?(?:0?[1-9]|1[0-2])\s*/)"
    r"\s*((?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\d.,/])((?:19|20)\d{2})(?![\d.,]\d)")


def _quote(text: str) -> str:
    text = clean_text(text)
    return text if len(text) <= _QUOTE_LENGTH else text[: _QUOTE_LENGTH - 1].rstrip() + "…"


def _column(ctx: CheckContext, field: str) -> str:
    names_2018 = {
        "target": "Kết quả cần đạt",
        "actions": "Công việc, giải pháp",
        "responsible": "Chủ trì và phối hợp thực hiện",
        "timeline": "Thời gian thực hiện",
    }
    names_2026 = {
        "target": "Mục tiêu cải tiến",
        "actions": "Hoạt động, giải pháp",
        "responsible": "Đơn vị, cá nhân phụ trách",
        "timeline": "Thời gian thực hiện",
    }
    return (names_2026 if ctx.is_2026 else names_2018)[field]


_ADVICE = {
    "target": "ghi kết quả sẽ đạt được, ví dụ «Phấn đấu đạt Mức 2».",
    "actions": "ghi các việc cần làm để đạt kết quả.",
    "responsible": "ghi ai chủ trì (ví dụ «Hiệu trưởng») và ai phối hợp.",
    "timeline": "ghi thời gian bắt đầu và hoàn thành trong năm học.",
}
# From this many empty key cells on, a row is a sketch (or a stray line the import
# took for a row): one finding says so instead of one per cell.
_SKETCH_EMPTY_CELLS = 3


def empty_cells(item: Item) -> list[str]:
    """The key cells of a row (target, actions, responsible, timeline) that are empty."""
    return [field for field in _ADVICE if not str(getattr(item, field)).strip()]


def is_sketch(item: Item) -> bool:
    """Whether most key cells of the row are empty (see ``row-incomplete``)."""
    return len(empty_cells(item)) >= _SKETCH_EMPTY_CELLS


def check_empty_cells(ctx: CheckContext) -> Iterator[Finding]:
    """target-empty, actions-empty, responsible-empty, timeline-empty, row-incomplete."""
    for index, item in ctx.rows():
        empty = empty_cells(item)
        if len(empty) >= _SKETCH_EMPTY_CELLS:
            columns = ", ".join(f"«{_column(ctx, field)}»" for field in empty)
            yield finding(
                "row-incomplete",
                f"Dòng này chỉ mới có một phần: các ô {columns} để trống; điền đủ các ô hoặc "
                "xóa dòng nếu nó không phải một nội dung của kế hoạch.",
                Where("items", index, item.criterion),
            )
            continue
        for field in empty:
            yield finding(
                f"{field}-empty",
                f"Ô «{_column(ctx, field)}» của dòng này để trống; {_ADVICE[field]}",
                Where("items", index, item.criterion, field),
            )


def restates_weakness(target: str, target_level: int | None = None) -> bool:
    """Whether ``target`` describes a present shortfall instead of a result to reach.

    "Điểm trường khu B chưa có giấy chứng nhận…" and "Số lớp … vượt hơn quy định." do;
    "Phấn đấu Mức 2", "Tỷ lệ … đạt 95% trở lên" and "Bồi dưỡng … cho 03 GV chưa tự
    soạn …" do not. A target that opens with a goal verb ("Bồi dưỡng", "Bổ sung",
    "Không để", "Có") or names a level never does; past that, the strong markers
    ("tuy nhiên", "vẫn còn", "vẫn chưa", "vượt hơn quy định") decide, then the
    weak ones ("chưa", "thiếu", "không có"…) unless a goal phrase follows.
    """
    text = fold_text(target)
    if not text or target_level is not None or _GOAL_START.search(text):
        return False
    if _STRONG_WEAKNESS.search(text):
        return True
    return bool(_WEAKNESS.search(text)) and not _GOAL_ANYWHERE.search(text)


def check_targets(ctx: CheckContext) -> Iterator[Finding]:
    """target-restates-weakness (PROCESS.md §4.1)."""
    for index, item in ctx.rows():
        if restates_weakness(item.target, item.target_level):
            yield finding(
                "target-restates-weakness",
                f"Ô «{_column(ctx, 'target')}» ghi «{_quote(item.target)}»: đây là hạn chế hiện "
                "tại, chưa phải kết quả cần đạt; ghi điều sẽ đạt được, ví dụ «Phấn đấu đạt Mức 2» "
                "hoặc «100% … được …».",
                Where("items", index, item.criterion, "target"),
            )


def stale_mention(timeline: str, first_year: int) -> str | None:
    """The first time phrase of ``timeline`` before the school year starting in ``first_year``.

    A school-year pair ("2022-2023") is past when it starts before ``first_year``; a
    longer range ("giai đoạn 2022-2025") when it ends before; a month ("tháng 9/2022")
    or a lone year when its year is before. ``None`` when nothing is past.
    """
    text = clean_text(timeline)
    spans: list[tuple[int, int]] = []
    found: list[tuple[int, str]] = []
    for match in _RANGE.finditer(text):
        start, end = int(match.group(1)), _full_year(match.group(1), match.group(2))
        spans.append(match.span())
        is_school_year = end == start + 1
        if (start if is_school_year else end) < first_year:
            found.append((match.start(), match.group(0)))
    for match in _MONTH_YEAR.finditer(text):
        spans.append(match.span())
        if int(match.group(2)) < first_year:
            found.append((match.start(), match.group(0)))
    for match in _YEAR.finditer(text):
        inside = any(a <= match.start() < b for a, b in spans)
        if not inside and int(match.group(1)) < first_year:
            found.append((match.start(), match.group(0)))
    return min(found)[1] if found else None


def _full_year(first: str, second: str) -> int:
    return int(second) if len(second) == 4 else int(first[:2] + second)


def check_timelines(ctx: CheckContext) -> Iterator[Finding]:
    """timeline-stale: a time phrase before the plan's school year (copied from an old plan)."""
    first = ctx.first_year
    if first is None:
        return
    for index, item in ctx.rows():
        mention = stale_mention(item.timeline, first)
        if mention is not None:
            yield finding(
                "timeline-stale",
                f"Thời gian «{_quote(item.timeline)}» còn ghi «{mention}», trước năm học "
                f"{first}-{first + 1} (có lẽ chép từ kế hoạch cũ); ghi thời gian thực hiện trong "
                "năm học này.",
                Where("items", index, item.criterion, "timeline"),
            )


def _money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + " đồng"


def check_budgets(ctx: CheckContext) -> Iterator[Finding]:
    """budget-unreadable and budget-mismatch."""
    for index, item in ctx.rows():
        where = Where("items", index, item.criterion, "budget")
        parsed = parse_budget(item.budget)
        if parsed is None and _looks_like_amount(item.budget):
            yield finding(
                "budget-unreadable",
                f"Không đọc được số tiền trong «{_quote(item.budget)}»; ghi số tiền bằng đồng, "
                "ví dụ «30.000.000 đồng» hoặc «30 triệu đồng».",
                where,
            )
        elif not _agrees(item.budget, item.budget_vnd):
            yield finding("budget-mismatch", _mismatch_message(item, parsed), where)


def _agrees(text: str, amount: int | None) -> bool:
    """Whether ``amount`` is what ``text`` states, in đồng or in a column unit.

    A table headed "Dự kiến kinh phí (Triệu đồng)" writes bare numbers ("30") that
    the importer multiplies; the plan does not keep the heading, so any usual unit
    that makes the two agree is accepted.
    """
    return any(parse_budget(text, unit=unit) == amount for unit in _COLUMN_UNITS)


def _looks_like_amount(text: str) -> bool:
    folded = fold_text(text)
    return bool(_MONEY_UNIT.search(folded) or _GROUPED_DIGITS.search(folded))


def _mismatch_message(item: Item, parsed: int | None) -> str:
    cell = f"Ô kinh phí «{_quote(item.budget)}»"
    if item.budget_vnd is None:
        return (
            f"{cell} nêu {_money(parsed or 0)} nhưng số tiền chưa được ghi nhận; nhập lại ô "
            "này để số tiền được tính."
        )
    written = "không nêu số tiền" if parsed is None else f"nêu {_money(parsed)}"
    return (
        f"{cell} {written} nhưng số tiền đã ghi nhận là {_money(item.budget_vnd)}; sửa để hai "
        "giá trị trùng nhau."
    )


CHECKS: tuple[Check, ...] = (
    check_empty_cells,
    check_targets,
    check_timelines,
    check_budgets,
)
