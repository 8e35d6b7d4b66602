"""The school's kind and its name in ordinary casing, from a header written in capitals."""

from __future__ import annotations

import re
from typing import Literal

from caitien.normalise._text import clean_text

SchoolKind = Literal["mam_non", "tieu_hoc", "thcs", "thpt", "nhieu_cap", "gdtx"]

# The levels as a name writes them, spelled out or abbreviated, in any mix
# ("TH&THCS", "Tiểu học và THCS", "THCS và trung học phổ thông").
_PRIMARY = r"\bTH\b|tiểu\s*học"
_LOWER_SECONDARY = r"\bTHCS\b|trung\s*học\s*cơ\s*sở"
_UPPER_SECONDARY = r"\bTHPT\b|trung\s*học\s*phổ\s*thông"
# Tried in order: the several-levels names first, since they contain the single ones.
_KIND_PATTERNS: tuple[tuple[SchoolKind, str], ...] = (
    ("gdtx", r"giáo\s*dục\s*thường\s*xuyên|\bGDTX\b|\bGDNN\b"),
    (
        "nhieu_cap",
        r"nhiều\s*cấp\s*học|liên\s*cấp"
        rf"|(?:{_PRIMARY})\s*(?:&|và|-|,)\s*(?:{_LOWER_SECONDARY})"
        rf"|(?:{_LOWER_SECONDARY})\s*(?:&|và|-|,)\s*(?:{_UPPER_SECONDARY})",
    ),
    ("mam_non", r"mầm\s*non|mẫu\s*giáo|nhà\s*trẻ|\bMN\b|\bMG\b"),
    ("thpt", r"trung\s*học\s*phổ\s*thông|\bTHPT\b"),
    ("thcs", r"trung\s*học\s*cơ\s*sở|\bTHCS\b"),
    ("tieu_hoc", r"tiểu\s*học|\btrường\s+TH\b"),
)
_KINDS = tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _KIND_PATTERNS)

# Words that stay in capitals: kinds of school and centre, written as abbreviations.
_ABBREVIATIONS = frozenset(
    {"TH", "THCS", "THPT", "MN", "MG", "PT", "PTCS", "PTTH", "PTDTBT", "PTDTNT", "DTNT"}
    | {"DTBT", "GDTX", "GDNN", "TTGDTX", "GDNN-GDTX", "TTGDNN-GDTX", "TP", "TP.", "TT", "UBND"}
)
# Phrases written in sentence case after the first word ("Mầm non", "Trung học cơ sở").
_SENTENCE_CASE_PHRASES = (
    "mầm non",
    "mẫu giáo",
    "nhà trẻ",
    "tiểu học",
    "trung học cơ sở",
    "trung học phổ thông",
    "phổ thông",
    "trung tâm",
    "giáo dục thường xuyên",
    "giáo dục nghề nghiệp",
)
# Common words inside a school's name that stay in lower case ("xã", "số", "tư thục").
# Only unambiguous ones: "Thành Công", "Nguyễn Thị Minh Khai" are names.
_LOWER_WORDS = frozenset({"xã", "phường", "quận", "huyện", "tỉnh", "số", "và", "chuyên"})
_LOWER_PHRASES = (
    "thị trấn",
    "thị xã",
    "thành phố",
    "tư thục",
    "dân lập",
    "bán trú",
    "nội trú",
    "dân tộc",
    "nhiều cấp học",
    "liên cấp",
)
_ROMAN = re.compile(r"^[IVX]+$")


def parse_school_level(text: str | None) -> SchoolKind | None:
    """Return the kind of school a name or header names, or ``None`` when it names none.

    "TRƯỜNG MẦM NON AN LỘC" → "mam_non", "Trường Tiểu học Hưng Thạnh" → "tieu_hoc",
    "TRƯỜNG THCS TÂN THUẬN" → "thcs", "Trường THPT …" → "thpt", "Trường TH&THCS …" or
    "Trường phổ thông nhiều cấp học" → "nhieu_cap", "Trung tâm GDNN-GDTX …" → "gdtx".
    Names of several levels win over the single levels they contain.
    """
    text = clean_text(text)
    return next((kind for kind, pattern in _KINDS if pattern.search(text)), None)


def school_name_case(text: str | None) -> str:
    """Return a school's name in ordinary casing when the header writes it in capitals.

    "TRƯỜNG MẦM NON SƠN CA" → "Trường Mầm non Sơn Ca", "TRƯỜNG THCS TÂN THUẬN" →
    "Trường THCS Tân Thuận", "TRƯỜNG MẦM NON XÃ NOONG HẸT" → "Trường Mầm non xã Noong
    Hẹt": the first word and each proper-name word get a capital, the kind of school
    is in sentence case, abbreviations (THCS, TH&THCS, GDNN-GDTX), single letters and
    Roman numerals stay in capitals, and common words ("xã", "số", "tư thục") are in
    lower case. A name that already has lower-case letters is returned as written
    (cleaned), since the school wrote it so.
    """
    text = clean_text(text)
    if text != text.upper() or not any(ch.isalpha() for ch in text):
        return text
    words = text.split()
    cased = [_case_word(word) for word in words]
    cased[0] = _capitalised(words[0])
    return _sentence_case_phrases(" ".join(cased))


def _case_word(word: str) -> str:
    if _is_abbreviation(word) or len(word) == 1 or _ROMAN.match(word) or word[0].isdigit():
        return word
    if word.casefold() in _LOWER_WORDS:
        return word.casefold()
    return _capitalised(word)


def _is_abbreviation(word: str) -> bool:
    parts = [part for part in re.split(r"[&\-/]", word) if part]
    return bool(parts) and all(part in _ABBREVIATIONS for part in parts)


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:].casefold()


def _phrase(phrase: str) -> re.Pattern[str]:
    return re.compile(r"\b" + r"\s+".join(phrase.split()) + r"\b", re.IGNORECASE)


_SENTENCE_CASE = tuple(_phrase(phrase) for phrase in _SENTENCE_CASE_PHRASES)
_LOWER_CASE = tuple(_phrase(phrase) for phrase in _LOWER_PHRASES)


def _sentence_case_phrases(name: str) -> str:
    """Kinds of school in sentence case ("Mầm non"), common phrases in lower case ("tư thục")."""
    first, _, rest = name.partition(" ")
    for pattern in _LOWER_CASE:
        rest = pattern.sub(lambda m: m.group(0).casefold(), rest)
    name = f"{first} {rest}".strip()
    for pattern in _SENTENCE_CASE:
        name = pattern.sub(lambda m: _capitalised(m.group(0)), name)
    return name
