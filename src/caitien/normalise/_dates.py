"""Dates, school years, the date line and the số và ký hiệu of a plan's header."""

from __future__ import annotations

import datetime
import re

from caitien.normalise._text import clean_text

_DASH = r"[-‐‑–—−]"
# "ngày 25 tháng 08 năm 2024", "25 tháng 8 năm 2024"
_DATE_WORDS = re.compile(
    r"(?<!\d)(\d{1,2})\s*tháng\s*(\d{1,2})\s*,?\s*năm\s*(\d{4})(?!\d)", re.IGNORECASE
)
# "25/8/2024", "25-8-2024", "07.9.2024", "07 / 9 / 2024"
_DATE_NUMERIC = re.compile(r"(?<![\d./])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d])")
_DATE_ISO = re.compile(r"(?<![\d./])(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DAY_WORD = re.compile(r",?\s*\bngày\b", re.IGNORECASE)
# Lower-case words that belong to a place name on the date line ("thị xã Sơn Tây").
_PLACE_PREFIXES = frozenset({"xã", "phường", "thị", "trấn", "huyện", "quận", "thành", "phố"})
_NOT_IN_PLACE = re.compile(r"[/:|]")
# The national name and motto end where the place starts on a flattened header line.
_MOTTO_END = re.compile(r"hạnh\s*phúc|chủ\s*nghĩa\s*việt\s*nam", re.IGNORECASE)
# "thành phố Hồ Chí Minh" has five words; a longer run is not one place.
_PLACE_MAX_WORDS = 8
_SCHOOL_YEAR = re.compile(
    rf"(?<![\d./])((?:19|20)\d\d)\s*(?:{_DASH}|/)\s*((?:19|20)?\d\d)(?![\d])",
)
_SCHOOL_YEAR_WORDS = re.compile(r"năm\s*học\s*:?\s*$", re.IGNORECASE)
_DOCUMENT_NUMBER = re.compile(
    r"(?:^|(?<=[\s|(]))(?:Số|SỐ|số(?=\s*:))\s*[:：.]?\s*(?P<num>[^\s/|:]{0,12}(?:\s+[^\s/|:]{1,4})?)?\s*/\s*(?P<rest>\S.*)?"
)
_YEAR = re.compile(r"(?<![\d.,])(19[9]\d|20\d\d|2100)(?!\d)(?![.,]\d)")


def parse_date(text: str | None) -> str | None:
    """Return the first valid date ``text`` states, as ISO "YYYY-MM-DD".

    Reads "ngày 25 tháng 08 năm 2024", "25/8/2024", "25-8-2024", "ngày 07/9/2024",
    "07.9.2024" and ISO "2024-08-25". ``None`` when the text states no full date
    (a blank "ngày … tháng … năm 2024", "tháng 9/2024") or only impossible ones
    ("31/2/2024").
    """
    text = clean_text(text)
    found: list[tuple[int, str]] = []
    for match in _DATE_WORDS.finditer(text):
        found.extend(_dated(match.start(), match.group(3), match.group(2), match.group(1)))
    for match in _DATE_NUMERIC.finditer(text):
        found.extend(_dated(match.start(), match.group(4), match.group(3), match.group(1)))
    for match in _DATE_ISO.finditer(text):
        found.extend(_dated(match.start(), match.group(1), match.group(2), match.group(3)))
    return min(found)[1] if found else None


def _dated(start: int, year: str, month: str, day: str) -> list[tuple[int, str]]:
    """``[(start, iso)]`` when the parts make a real date between 1900 and 2100, else ``[]``."""
    if not 1900 <= int(year) <= 2100:
        return []
    try:
        return [(start, datetime.date(int(year), int(month), int(day)).isoformat())]
    except ValueError:
        return []


def parse_place_and_date(text: str | None) -> tuple[str | None, str | None]:
    """Return the place (địa danh) and ISO date of a header's date line.

    "Thủ Đức, ngày 25 tháng 08 năm 2024." → ("Thủ Đức", "2024-08-25"). The place is
    the run of capitalised words just before "ngày" (with lower-case administrative
    words such as "thị xã" that lead into it), so a line that still carries the
    motto ("… Hạnh phúc Thủ Đức, ngày …") gives the place alone. The place is
    ``None`` when the line starts with "ngày" or has only dots there; the date is
    ``None`` when the line leaves it blank ("ngày … tháng … năm 2024").
    """
    text = clean_text(text)
    day = _DAY_WORD.search(text)
    place = _place_before(text[: day.start()]) if day else None
    return place, parse_date(text[day.start() :] if day else text)


def _place_before(text: str) -> str | None:
    """The capitalised words that end ``text`` (the place before ", ngày"), or ``None``."""
    # The motto may precede the place on an extracted line, whatever its case.
    text = _MOTTO_END.split(text)[-1]
    words = text.replace("|", " ").split()
    kept: list[str] = []
    for word in reversed(words[-_PLACE_MAX_WORDS:]):
        if not _is_place_word(word, capital_seen=bool(kept)):
            break
        kept.append(word)
    while kept and kept[-1].isdigit():  # "Quận 5" keeps its number, a leading one is not a name
        kept.pop()
    kept.reverse()
    place = " ".join(kept).strip(" ,.;:")
    return place if any(ch.isalpha() for ch in place) else None


def _is_place_word(word: str, *, capital_seen: bool) -> bool:
    """Whether ``word`` can be part of a place name read backwards from "ngày"."""
    if _NOT_IN_PLACE.search(word):
        return False  # "52/KH-THCSTT", "Số:": the số và ký hiệu on the same line
    if word[0].isupper() or word.isdigit():
        return True
    return capital_seen and word in _PLACE_PREFIXES


def parse_school_year(text: str | None) -> str | None:
    """Return the school year ``text`` names, as "YYYY-YYYY".

    Reads "Năm học 2024 – 2025", "NĂM HỌC 2024-2025", "năm học 2021 - 2022",
    "2026–2027" and the short "2024-25". A range whose years are not consecutive
    ("giai đoạn 2022-2025") is not a school year; when several ranges appear, the
    one introduced by "năm học" wins, else the first consecutive one. ``None`` when
    the text names no school year.
    """
    text = clean_text(text)
    years = [
        (not _SCHOOL_YEAR_WORDS.search(text[: m.start()]), m.start(), first, second)
        for m in _SCHOOL_YEAR.finditer(text)
        for first, second in [_year_pair(m.group(1), m.group(2))]
        if second == first + 1
    ]
    if not years:
        return None
    _, _, first, second = min(years)
    return f"{first}-{second}"


def _year_pair(first: str, second: str) -> tuple[int, int]:
    """The two years of a range, the second completed from its last two digits if short."""
    start = int(first)
    if len(second) == 2:
        return start, start - start % 100 + int(second) + (100 if int(second) < start % 100 else 0)
    return start, int(second)


def parse_document_number(text: str | None) -> str | None:
    """Return the số và ký hiệu of a header line without "Số:", as written.

    "Số : 05 /KH-MNAL" → "05/KH-MNAL", "Số: 168/KH-THCS BTĐA" → "168/KH-THCS BTĐA".
    Only the layout spaces around ":" and "/" go; the ký hiệu runs over the words
    written in capitals after the "/" (so a date line after it is not taken). A
    number left blank to be filled in by the văn thư stays as written:
    "Số: …/KH-THVD" → "…/KH-THVD", "Số:   /KH-THVD" → "/KH-THVD". ``None`` when the
    text has no "Số … /…" (lower-case "văn bản số 1057/…" is a reference, not the
    plan's number; a lower-case "số:" with its colon is still the number line).
    """
    text = clean_text(text)
    match = _DOCUMENT_NUMBER.search(text)
    if match is None or not match.group("rest"):
        return None
    symbol = _symbol(match.group("rest"))
    if not symbol:
        return None
    number = (match.group("num") or "").replace(" ", "")
    return f"{number}/{symbol}"


def _symbol(rest: str) -> str:
    """The ký hiệu: the leading words of ``rest`` written in capitals, end punctuation off."""
    kept: list[str] = []
    for word in rest.split():
        if word != word.upper() or not any(ch.isalnum() for ch in word):
            break
        kept.append(word)
    return " ".join(kept).rstrip(".,;:")


def years_mentioned(text: str | None) -> list[int]:
    """Return the years (1990–2100) ``text`` names, in order of first mention, once each.

    "tháng 9/2024" → [2024]; "năm học 2022-2023" → [2022, 2023]; the short second
    year of "2024-25" counts too → [2024, 2025]. Digits inside amounts
    ("2.024.000") or longer numbers are not years.
    """
    text = clean_text(text)
    found = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(text)]
    found += [
        (m.start(2), _year_pair(m.group(1), m.group(2))[1])
        for m in _SCHOOL_YEAR.finditer(text)
        if len(m.group(2)) == 2
    ]
    return list(dict.fromkeys(year for _, year in sorted(found) if 1990 <= year <= 2100))
