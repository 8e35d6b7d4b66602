"""Section headings: the section a line opens, by its words and the numbering the plan uses.

Schools number the form's sections their own way: "IV. …" as the form does,
"PHẦN IV. …", "4. …" (in capitals or in sentence case), "D. …", or not at all
("TỔ CHỨC THỰC HIỆN" alone on its line). A section is always known by the words
of its heading, never by its number; the numbering only decides which lines may
be headings, so that the points inside a section ("1. Hiệu trưởng", "a) Kế hoạch
…") stay points. The first heading sets the plan's numbering; Roman headings
(with or without "Phần") are always headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from caitien.importers._mapping._units import ROMAN_HEADING, has_digit
from caitien.normalise import ascii_fold

# Section kinds by the words of their heading, most specific first.
# Schools word the 2026 headings their own way: "IV. VẤN ĐỀ ƯU TIÊN CẦN CẢI TIẾN",
# "VI. GIÁM SÁT, ĐÁNH GIÁ …", "VIII. CHẾ ĐỘ BÁO CÁO", "III. MỤC TIÊU, YÊU CẦU".
SECTIONS = (
    ("general_info", "thong tin chung"),
    ("problems", "tom tat"),
    ("problems", "van de uu tien"),
    ("problems", "van de trong tam"),
    ("problems", "van de can cai tien"),
    ("monitoring", "theo doi"),
    ("monitoring", "giam sat"),
    ("monitoring", "kiem tra, danh gia"),  # "VI. KIỂM TRA, ĐÁNH GIÁ VIỆC THỰC HIỆN"
    ("monitoring", "kiem tra va danh gia"),
    ("reporting", "co che"),
    ("organization", "to chuc thuc hien"),
    ("organization", "phan cong thuc hien"),  # "VII. PHÂN CÔNG THỰC HIỆN"
    ("organization", "phan cong nhiem vu"),
    ("reporting", "bao cao"),
    ("purposes", "muc dich"),
    ("bases", "can cu"),
    ("bases", "co so xay dung"),  # "II. CƠ SỞ XÂY DỰNG KẾ HOẠCH"
    ("bases", "co so phap ly"),
    ("table", "ke hoach"),
    ("table", "noi dung"),
    ("purposes", "muc tieu"),
)
# "PHẦN IV. …", "Phần II: …", "Phần thứ nhất: …": a numbered part, read as a Roman heading.
_PART_HEADING = re.compile(
    r"^phần\s+([IVX]{1,4}|\d{1,2}|thứ\s+\w+)\s*[.:/)–-]?\s*(.+)$", re.IGNORECASE
)
# "IV TÓM TẮT …": a Roman number and a space, no stop, before a heading in capitals.
_ROMAN_SPACED = re.compile(r"^([IVX]{1,4})\s+(\S.*)$")
_ARABIC_HEADING = re.compile(r"^(\d{1,2})\s*[.)]\s*([^\d].*)$")
_LETTER_HEADING = re.compile(r"^([A-HĐ])\s*[.)]\s*(\S.*)$")
# A heading written without capitals is short, names no figure and ends without a
# sentence's punctuation: "2. Căn cứ xây dựng kế hoạch", not "2. Kế hoạch số 15/KH-…;".
_MAX_HEADING_WORDS = 12
_SENTENCE_END = (".", ";", ",")
# "(Phụ lục kèm theo)", "(giám sát nội bộ)": a note in brackets after a heading.
_NOTE = re.compile(r"\([^()]*\)")


@dataclass
class Numbering:
    """How the plan numbers its sections, as far as the walk has seen.

    ``style`` is None before the first heading, then "roman", "arabic", "letter"
    or "bare"; ``last`` is the number of the last Arabic heading (0 before one).
    """

    style: str | None = None
    last: int = 0


def section_of(words: str) -> str | None:
    """The section kind whose key words ``words`` (folded) contain, else None."""
    return next((kind for kind, key in SECTIONS if key in words), None)


def heading_kind(text: str, numbering: Numbering, after_title: bool, in_table: bool) -> str | None:
    """The section ``text`` opens as a heading, "other" for an unknown Roman heading in
    capitals ("V. KIẾN NGHỊ", whose text then joins no section), else None.

    Updates ``numbering`` when ``text`` is a heading. ``after_title`` says the plan's
    title has been read (an unnumbered heading can only follow it); lines read from a
    table (``in_table``) are never unnumbered headings.
    """
    if len(text) > 160:
        return None
    match = ROMAN_HEADING.match(text) or _part(text) or _roman_spaced(text)
    if match is not None:
        numbering.style = "roman"
        words = match.group(2)
        kind = section_of(ascii_fold(words))
        return "other" if kind is None and _capitals(words) else kind
    if numbering.style == "roman":
        return None
    kind = _arabic(text, numbering)
    if kind is None and numbering.style in (None, "letter"):
        kind = _lettered(text, numbering)
    if kind is None and numbering.style in (None, "bare") and after_title and not in_table:
        kind = _bare(text, numbering)
    return kind


def _part(text: str) -> re.Match[str] | None:
    """ "PHẦN IV. …", "Phần thứ hai: Căn cứ …"; in sentence case only when heading-like,
    so that "Phần thứ hai của kế hoạch được điều chỉnh …" stays a sentence."""
    match = _PART_HEADING.match(text)
    if match is None or _capitals(match.group(2)):
        return match
    return match if _heading_like(match.group(2)) else None


def _roman_spaced(text: str) -> re.Match[str] | None:
    """ "IV TÓM TẮT …" without a stop: only in capitals and with a section's words."""
    match = _ROMAN_SPACED.match(text)
    if match is None or not _capitals(match.group(2)):
        return None
    return match if section_of(ascii_fold(match.group(2))) is not None else None


def _arabic(text: str, numbering: Numbering) -> str | None:
    """ "4. TÓM TẮT …" in capitals; in sentence case only as the next number, and short."""
    match = _ARABIC_HEADING.match(text)
    if match is None or numbering.style not in (None, "arabic"):
        return None
    number, words = int(match.group(1)), match.group(2)
    if not _capitals(words) and not (number == numbering.last + 1 and _heading_like(words)):
        return None
    kind = section_of(ascii_fold(words))
    if kind is not None:
        numbering.style, numbering.last = "arabic", number
    return kind


def _lettered(text: str, numbering: Numbering) -> str | None:
    """ "D. TÓM TẮT …", "B. Căn cứ …": a capital letter and the words of a section."""
    match = _LETTER_HEADING.match(text)
    if match is None or not _heading_like(match.group(2)):
        return None
    kind = section_of(ascii_fold(match.group(2)))
    if kind is not None:
        numbering.style = "letter"
    return kind


def _bare(text: str, numbering: Numbering) -> str | None:
    """ "TỔ CHỨC THỰC HIỆN": an unnumbered line in capitals with the words of a section."""
    if not _capitals(text) or not _heading_like(text):
        return None
    kind = section_of(ascii_fold(text))
    if kind is not None:
        numbering.style = "bare"
    return kind


def _heading_like(words: str) -> bool:
    """Short, without figures, not ending like a sentence or a list item (a note in
    brackets after the heading, "(Phụ lục kèm theo)", left aside)."""
    words = _NOTE.sub("", words).strip()
    return (
        len(words.split()) <= _MAX_HEADING_WORDS
        and not has_digit(words)
        and not words.endswith(_SENTENCE_END)
    )


def _capitals(words: str) -> bool:
    """Whether the heading is in capitals, a note in brackets after it left aside."""
    words = _NOTE.sub("", words)
    return words.upper() == words
