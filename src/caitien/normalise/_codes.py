"""Criterion codes, standard numbers and target levels as plans write them."""

from __future__ import annotations

import re

from caitien.normalise._text import clean_text

# "Tiêu chí 2. 2", "Tiêu chí : 1.4", "Tiêu  chí  3.3:", "TC1.1", "tiêu chí 1.10".
# The code is <standard>.<criterion>; a period right after it ends the code.
_PREFIXED_CODE = re.compile(
    r"(?:\btiêu\s*chí|\bTC)\s*(?:số\s*)?[:.]?\s*(\d)\s*\.\s*(\d{1,2})(?!\d)(?!\s*\.\s*\d)(?!\s*/\s*\d)",
    re.IGNORECASE,
)
# "Tiêu chuẩn 2, tiêu chí 3" → "2.3": the standard and the criterion's own number.
_SPELLED_CODE = re.compile(
    r"\btiêu\s*chuẩn\s*(?:số\s*)?(\d)\s*[,;:.\-–]?\s*tiêu\s*chí\s*(?:số\s*)?(\d{1,2})(?![\d.,]\d)",
    re.IGNORECASE,
)
# A cell that opens with the bare code: "3. 5", "1.1 Phương hướng …". The lookarounds
# keep amounts ("30.000.000"), dates ("25.8.2024") and list numbers ("1. Xây dựng") out.
_BARE_CODE = re.compile(
    r"^[(\[]?(\d)\s*\.\s*(\d{1,2})(?!\d)(?!\s*\.\s*\d)(?!\s*/\s*\d)"
    r"(?!\s*(?:%|triệu|tỷ|tỉ|nghìn|ngàn|đồng|đ\b|m\b|m²|km|ha\b|lần|điểm))",
    re.IGNORECASE,
)
# Any code of a cell that lists criteria: "3.2; 3.5", "Tiêu chí 1.1, 1.2 và 1.3".
# Evidence codes ("[H1-1.1-01]", "MC.1.3.01") and decimals with a unit are not codes.
_LISTED_CODE = re.compile(
    r"(?<![\d.,/\-])(\d)\s*\.\s*(\d{1,2})(?!\d)(?!\s*\.\s*\d)(?![/\-]\s*\d)"
    r"(?!\s*(?:%|triệu|tỷ|tỉ|nghìn|ngàn|đồng|đ\b|m\b|m²|km|ha\b|lần|điểm))",
    re.IGNORECASE,
)
_STANDARD = re.compile(
    r"\btiêu\s*chuẩn\s*(?:số\s*)?[:.]?\s*(?:(\d{1,2})(?![\d.,]\d)|((?-i:[IVX]+))\b)",
    re.IGNORECASE,
)
_ROMAN_ALONE = re.compile(r"^(?:tiêu\s*chuẩn\s*)?((?-i:[IVX]+))[.:]?$", re.IGNORECASE)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}
_SPELLED_LEVELS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4}


def _level_word(word: str) -> int:
    """The level a Roman numeral or a number word names ("II" → 2, "Hai" → 2)."""
    return _ROMAN.get(word) or _SPELLED_LEVELS[word.casefold()]


# "Mức 2", "mức 02", "Mức II", "Mức hai"; not "mức độ 1" (national-standard grade),
# not "mức khá".
_LEVEL_WORDS = r"(?-i:I{1,3}|IV)|(?:một|hai|ba|bốn)(?!\w)"
_LEVEL = r"\bmức\s*(?!độ)[:.]?\s*(?:0?([1-4])(?![\d.,]?\d)(?!\s*%)|(" + _LEVEL_WORDS + r")(?!\w))"
_LEVEL_ANY = re.compile(_LEVEL, re.IGNORECASE)
# "Nâng từ Mức 2 lên Mức 3", "từ mức 1 đến mức 2": the level reached is the last one.
_LEVEL_RAISE = re.compile(
    r"\btừ\s*"
    + _LEVEL
    + r"\s*(?:lên|đến|tới|->|→|sang)\s*(?:mức\s*)?(?:0?([1-4])(?!\d)|(một|hai|ba|bốn)(?!\w))",
    re.IGNORECASE,
)
# Words that introduce the level a criterion has now, not the one to reach:
# "Hiện tại đạt mức 1, phấn đấu đạt mức 2", "Hiện trạng: Mức 1", "đang ở mức 1".
_CURRENT_BEFORE = re.compile(
    r"(?:\btừ|\bhiện\s*(?:tại|trạng|nay|đang|có)|\bđang|\bso\s*với|\btrước\s*đây)"
    r"\s*:?\s*(?:(?:là|đạt|ở|chỉ)\s*)*:?\s*$",
    re.IGNORECASE,
)
# Words that introduce the level striven for, which wins over a level kept:
# "Duy trì Mức 1, phấn đấu đạt Mức 2 vào cuối năm học" → 2.
# The level striven for: "phấn đấu đạt", "hướng tới", "hướng đến", "tiến tới".
_AIM_BEFORE = re.compile(
    r"(?:\bphấn\s*đấu|\bhướng\s*(?:tới|đến)|\btiến\s*tới)"
    r"\s*:?\s*(?:(?:đạt|lên|được|tới)\s*)*:?\s*$",
    re.IGNORECASE,
)


def parse_criterion_code(text: str | None) -> str | None:
    """Return the first criterion code ``text`` names, as "<standard>.<criterion>".

    Reads "Tiêu chí 2. 2" → "2.2", "Tiêu chí : 1.4" → "1.4", "TC1.1" → "1.1",
    "Tiêu chí 1.1. Phương hướng …" → "1.1" (the period after the code is not part of
    it), "(Tiêu chí 1.3)" anywhere in a sentence → "1.3", and a cell that starts
    with the bare code ("3. 5" → "3.5", "1.10 Đảm bảo …" → "1.10"). Leading zeros
    of the criterion number go ("1.01" → "1.1"). ``None`` when the text names no
    criterion; amounts ("30.000.000"), dates ("25/8/2024") and list numbers are
    not codes.
    """
    text = clean_text(text)
    match = _PREFIXED_CODE.search(text) or _SPELLED_CODE.search(text) or _BARE_CODE.match(text)
    if match is None or int(match.group(1)) == 0 or int(match.group(2)) == 0:
        return None
    return f"{int(match.group(1))}.{int(match.group(2))}"


def parse_criterion_codes(text: str | None) -> list[str]:
    """Return every criterion code ``text`` names, in order of mention, once each.

    For cells that list criteria ("Tiêu chí liên quan": "3.2; 3.5" → ["3.2", "3.5"],
    "Tiêu chí 1.1, 1.2 và 1.3" → ["1.1", "1.2", "1.3"]). Codes are read as
    :func:`parse_criterion_code` reads them, and bare codes count anywhere in the
    text; evidence codes ("[H1-1.1-01]"), amounts, dates and decimals with a unit
    ("2.5 triệu") do not. ``[]`` when the text names none.
    """
    text = clean_text(text)
    found = [
        (match.start(), match.group(1), match.group(2))
        for pattern in (_PREFIXED_CODE, _SPELLED_CODE, _LISTED_CODE)
        for match in pattern.finditer(text)
    ]
    codes = [
        f"{int(standard)}.{int(number)}"
        for _, standard, number in sorted(found)
        if int(standard) and int(number)
    ]
    return list(dict.fromkeys(codes))


def parse_standard_number(text: str | None) -> int | None:
    """Return the number of the standard ``text`` names, or ``None`` when it names none.

    Reads "Tiêu chuẩn 1: Tổ chức …" → 1, "TIÊU CHUẨN 3" → 3, "Tiêu chuẩn V" → 5, and
    a cell holding only a Roman numeral (the TT cell of a standard row: "IV" → 4).
    A bare Arabic number is a row number, not a standard, so "3" alone gives ``None``;
    so does "Tiêu chuẩn quốc gia".
    """
    text = clean_text(text)
    match = _STANDARD.search(text)
    if match is not None:
        number = int(match.group(1)) if match.group(1) else _ROMAN.get(match.group(2), 0)
    else:
        alone = _ROMAN_ALONE.match(text)
        number = _ROMAN.get(alone.group(1), 0) if alone else 0
    return number or None


def parse_target_level(text: str | None) -> int | None:
    """Return the criterion level (1–4) a target names, or ``None`` when it names none.

    Reads every phrasing of the plans: "Giữ vững mức 1" → 1, "Phấn đấu lên mức 2" → 2,
    "Phấn đấu Đạt mức 02" → 2, "Đạt Mức hai" → 2, "giữ vững mức ba" → 3,
    "Đạt yêu cầu Mức 4 về …" → 4, "Tiêu chí 1.3 đạt Mức 2:
    …" → 2 (the criterion code is not a level). The level to reach wins over the
    level the criterion has now: "Nâng từ Mức 2 lên Mức 3" → 3, "Hiện tại đạt mức 1,
    phấn đấu đạt mức 2" → 2, "Duy trì mức 1, hướng tới mức 2" → 2 ("hướng đến",
    "tiến tới" too). Otherwise the first "Mức N" counts. "Mức độ 1" (a
    national-standard grade), "mức khá" and percentages ("đạt 100%") are not levels.
    """
    text = clean_text(text)
    raised = _LEVEL_RAISE.search(text)
    if raised is not None:
        return int(raised.group(3)) if raised.group(3) else _level_word(raised.group(4))
    found: list[tuple[bool, bool, int]] = []
    previous_end = 0
    for match in _LEVEL_ANY.finditer(text):
        current = _CURRENT_BEFORE.search(text, previous_end, match.start()) is not None
        aimed = _AIM_BEFORE.search(text, previous_end, match.start()) is not None
        level = int(match.group(1)) if match.group(1) else _level_word(match.group(2))
        found.append((current, aimed, level))
        previous_end = match.end()
    aims = [level for _, aimed, level in found if aimed]
    targets = aims or [level for current, _, level in found if not current]
    targets = targets or [level for _, _, level in found]
    return targets[0] if targets else None
