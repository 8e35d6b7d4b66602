"""Amounts of money in đồng, as the "Dự kiến kinh phí" cells write them."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from caitien.normalise._text import clean_text

# A number (digits with "." or "," separators) and the word after it, if it is a
# unit. The look-behind keeps the tails of dates ("9/2024") and codes out.
_AMOUNT = re.compile(
    r"(?<![\d.,/])(?P<number>\d{1,3}(?: \d{3})+(?![\d.,]\d)|\d+(?:[.,]\d+)*)"
    r"(?:\s*(?P<unit>tỷ|tỉ|triệu|trđ|tr\.đ|tr\.?|nghìn|ngàn|k|đồng|đ|vnđ|vnd)(?![^\W\d_]))?",
    re.IGNORECASE,
)
# "tỷ lệ" is a rate, never billions.
_RATE = re.compile(r"\s*lệ\b", re.IGNORECASE)
_MULTIPLIERS = {
    "tỷ": 10**9,
    "tỉ": 10**9,
    "triệu": 10**6,
    "tr": 10**6,
    "tr.": 10**6,
    "trđ": 10**6,  # "5 trđ", "5 tr.đ": triệu đồng abbreviated
    "tr.đ": 10**6,
    "nghìn": 10**3,
    "ngàn": 10**3,
    "k": 10**3,
}
_NOT_MONEY_AFTER = re.compile(r"\s*(?:%|/\s*\d)")
_THOUSANDS = re.compile(r"\d{1,3}(?:([., ])\d{3})(?:\1\d{3})*")
_LONE_ZERO = re.compile(r"\s*0\s*[.;]?\s*")
_LETTER_AFTER = re.compile(r"\s*[^\W\d_]")
_PARENTHESISED = re.compile(r"\([^()]*\)")
# "Tổng: 15.000.000 đồng", "5.000.000 x 2 = 10.000.000": what follows is the total.
_TOTAL = re.compile(r"\btổng\b|=", re.IGNORECASE)
# "20.000.000 - 30.000.000 đồng", "từ 20 đến 30 triệu": a range, not two parts.
_RANGE_BETWEEN = re.compile(r"\s*(?:[-–—~]|đến|tới)\s*", re.IGNORECASE)


_HEADING_UNIT = re.compile(
    r"\(\s*(?:đơn\s*vị(?:\s*tính)?\s*:?\s*)?(tỷ|tỉ|triệu|nghìn|ngàn)\s*(?:đồng|đ)?\s*\)|"
    r"\b(?:đơn\s*vị(?:\s*tính)?|ĐVT)\s*:?\s*(tỷ|tỉ|triệu|nghìn|ngàn)\s*(?:đồng|đ)\b",
    re.IGNORECASE,
)


def budget_unit(heading: str | None) -> int:
    """Return the multiplier a budget column heading sets, 1 when it sets none.

    "Dự kiến kinh phí (Triệu đồng)" → 1_000_000, "Kinh phí (nghìn đồng)" → 1_000,
    "Đơn vị tính: triệu đồng" → 1_000_000; "Dự kiến kinh phí" or "(đồng)" → 1.
    Pass the result as ``unit`` to :func:`parse_budget`.
    """
    match = _HEADING_UNIT.search(clean_text(heading))
    if match is None:
        return 1
    return _MULTIPLIERS[(match.group(1) or match.group(2)).casefold()]


def parse_budget(text: str | None, *, unit: int = 1) -> int | None:
    """Return the amount in đồng that a budget cell states, or ``None`` when it states none.

    Reads "30.000.000", "20.000.000đ", "3.000.000 đồng", "… VNĐ", "550 triệu đồng",
    "450 triệu", "1,5 tỷ đồng" (→ 1500000000), "5 triệu đồng cho các nội dung …",
    "Kinh phí chi thường xuyên: 6.000.000 đồng" and "18.000.000 đồng (Mười tám
    triệu đồng chẵn)". A number counts as money when it carries a unit (đồng, đ,
    VNĐ, nghìn, triệu, tỷ) or is written with thousands separators; a bare
    "2024", "95%", "Tháng 9/2024" or "12/14" is not money.

    Several amounts: the first one after the word "Tổng" or an "=" is the total
    and is returned; a range ("20.000.000 - 30.000.000 đồng") gives its upper
    end, the most the plan may need; otherwise the amounts are summed (a cell
    listing its parts, or "1 tỷ 500 triệu"), leaving out amounts in parentheses
    when others stand outside them (a breakdown or restatement of the main figure).

    ``unit`` is the multiplier a column heading sets ("Dự kiến kinh phí (Triệu
    đồng)" → ``unit=1_000_000``): a number without its own unit is in that unit.
    ``None`` for "", "Không", "Không phát sinh kinh phí" and funding sources
    without an amount ("Ngân sách huyện", "Xã hội hóa"); "0 đồng", and "0" alone in
    the cell, give 0.
    """
    text = clean_text(text)
    amounts = _amounts(text, unit)
    if not amounts:
        return None
    totals = [value for start, _, value in amounts if _TOTAL.search(text, 0, start)]
    if totals:
        return totals[0]
    amounts = _merge_ranges(text, amounts)
    outside = [value for start, _, value in amounts if not _in_parentheses(text, start)]
    return sum(outside or [value for _, _, value in amounts])


def _amounts(text: str, unit: int) -> list[tuple[int, int, int]]:
    """Every amount of ``text`` as ``(start, end, đồng)``, in order."""
    found: list[tuple[int, int, int]] = []
    for match in _AMOUNT.finditer(text):
        value = _value(match, text, unit)
        if value is not None:
            found.append((match.start(), match.end(), value))
    return found


def _merge_ranges(text: str, amounts: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Fold each "A - B" range into one amount, its upper end."""
    merged: list[tuple[int, int, int]] = []
    for start, end, value in amounts:
        if merged and _RANGE_BETWEEN.fullmatch(text, merged[-1][1], start):
            first_start, _, first_value = merged.pop()
            merged.append((first_start, end, max(first_value, value)))
        else:
            merged.append((start, end, value))
    return merged


def _value(match: re.Match[str], text: str, unit: int) -> int | None:
    """The đồng value of one number match, or ``None`` when the number is not money."""
    number, word = match.group("number"), (match.group("unit") or "").casefold()
    if _NOT_MONEY_AFTER.match(text, match.end("number")) or (
        word in ("tỷ", "tỉ") and _RATE.match(text, match.end())
    ):
        return None
    if not word and unit == 1:
        return _unitless_amount(number, text, match.end("number"))
    multiplier = _MULTIPLIERS.get(word, 1 if word else unit)
    amount = _to_decimal(number.replace(" ", ""), decimal_comma=multiplier > 1)
    return None if amount is None else int(amount * multiplier)


def _unitless_amount(number: str, text: str, end: int) -> int | None:
    """A number without a unit reads as đồng only when written with thousands groups.

    "30.000.000" alone or before punctuation is an amount; "1.500 học sinh" is not,
    but two groups or more ("2.000.000 cho …") are amounts whatever follows. A year,
    a count or "3.5" is not an amount.
    """
    if _LONE_ZERO.fullmatch(text):
        return 0  # "0" alone in a budget cell is nothing to spend; no year or count reads so
    grouped = _THOUSANDS.fullmatch(number)
    if grouped is None:
        return None
    if number.count(grouped.group(1)) < 2 and _LETTER_AFTER.match(text, end):
        return None
    return int(re.sub(r"[., ]", "", number))


def _to_decimal(number: str, *, decimal_comma: bool) -> Decimal | None:
    """Read "30.000.000", "1,5", "1.500,5" or "30,000,000"; ``None`` when it is no number.

    Thousands groups have three digits; a separator followed by anything else is a
    decimal point. A lone "," before three digits is Vietnamese decimal before a
    multiplier ("1,500 tỷ" → 1.5) and a thousands separator otherwise.
    """
    separators = [ch for ch in number if ch in ".,"]
    if not separators:
        return Decimal(number)
    head, *groups = re.split(r"[.,]", number)
    decimal_at = _decimal_separator(separators, groups, decimal_comma=decimal_comma)
    integer_groups = groups if decimal_at is None else groups[:-1]
    if any(len(group) != 3 for group in integer_groups):
        return None
    digits = head + "".join(integer_groups)
    if decimal_at is not None:
        digits += "." + groups[-1]
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def _decimal_separator(
    separators: list[str], groups: list[str], *, decimal_comma: bool
) -> int | None:
    """The index of the decimal separator among ``separators``, or ``None`` if all group."""
    last = separators[-1]
    if len(set(separators)) == 2:
        return len(separators) - 1
    if len(separators) > 1:
        return None
    if len(groups[-1]) != 3 or (last == "," and decimal_comma):
        return 0
    return None


def _in_parentheses(text: str, position: int) -> bool:
    return any(m.start() < position < m.end() for m in _PARENTHESISED.finditer(text))
