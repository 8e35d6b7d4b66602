"""Text clean-up (Unicode composition, layout spaces, lines broken by the page) and folding."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

# Invisible characters that Word and PDF producers leave inside words: zero-width
# space/joiners, word joiner, BOM, soft hyphen. They carry no text, so they go.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Python's \s already covers NBSP, the U+2000 block, U+202F, U+205F, U+3000 and
# the line/paragraph separators; runs of them are one layout space.
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\u2028\u2029\x85]")
_DIGIT_DASH_END = re.compile(r"\d[-‐‑–]$")
_WORD_HYPHEN_END = re.compile(r"[^\W\d_]-$")
_SOFT_HYPHEN_END = re.compile("\u00ad\\s*$")
# The combining marks of U+0300–U+036F: every Vietnamese diacritic once decomposed.
# Marks that case-fold to a letter (U+0345 → "ι") and the grapheme joiner (not a
# combining mark) are left to the slow fold.
_MARKS = "".join(
    chr(code)
    for code in range(0x300, 0x370)
    if unicodedata.combining(chr(code)) and chr(code).casefold() == chr(code)
)
_COMMON_MARKS = re.compile(f"[{_MARKS}]")
# Anything but ASCII and those marks: text holding none loses exactly its marks
# when encoded to ASCII with errors ignored.
_NOT_ASCII_OR_MARK = re.compile(f"[^\x00-\x7f{_MARKS}]")


def clean_text(text: str | None) -> str:
    """Return ``text`` as one clean line: NFC, layout spaces collapsed, stripped.

    Decomposed diacritics are composed (NFC), zero-width characters and soft
    hyphens removed, every kind of Unicode space and line break becomes one space,
    and the ends are stripped. Nothing else changes: the words, their case and
    their punctuation stay as written. ``""``, only spaces or ``None`` give ``""``;
    a number (a spreadsheet cell) is read as its text.
    """
    if not isinstance(text, str):
        return "" if text is None else str(text)
    if _is_clean(text):
        return text  # most cells and paragraphs: nothing to do, nothing to build
    return _clean(text)


def clean_lines(lines: list[str]) -> str:
    """Return :func:`clean_text` of ``lines`` joined by line breaks (a cell's paragraphs).

    When every line is already clean, the result is the non-empty lines joined by
    one space, and the joined text is never built: a cell of several long
    paragraphs costs one check per paragraph instead of splitting every word.
    """
    if len(lines) == 1:
        return clean_text(lines[0])  # most cells: one paragraph, nothing to join
    if all(map(_is_clean, lines)):
        return " ".join(line for line in lines if line)
    return clean_text("\n".join(lines))


def _clean(text: str) -> str:
    """:func:`clean_text` of any string, step by step."""
    # str.split() splits on exactly the characters \s matches (str.isspace), and
    # costs a third of re.sub: this runs for every cell of every imported plan.
    text = " ".join(unicodedata.normalize("NFC", text).split())
    # The invisible characters are all format characters, so text that is printable
    # once its spaces are single holds none: most cells skip the regex (same result,
    # since the characters removed are never spaces).
    if text.isprintable():
        return text
    return " ".join(_INVISIBLE.sub("", text).split())


def _is_clean(text: str) -> bool:
    """Whether :func:`clean_text` would return ``text`` unchanged, told without building a copy.

    Printable text holds no space but the ASCII one (every other space and line
    break is not printable) and none of the invisible characters (all format
    characters); with no double, leading or trailing space and already composed,
    nothing is left to clean.
    """
    return (
        text.isprintable()
        and "  " not in text
        and text[:1] != " "
        and text[-1:] != " "
        and unicodedata.is_normalized("NFC", text)
    )


def fold_text(text: str | None) -> str:
    """Return ``text`` cleaned (:func:`clean_text`) and case-folded, for comparing two texts."""
    return clean_text(text).casefold()


def join_lines(lines: Iterable[str] | str) -> str:
    """Join the lines of one cell or paragraph into one clean line.

    ``lines`` is a sequence of lines or one string with line breaks. Lines are
    joined with one space, except where the break clearly splits one token:

    - a line ending in a soft hyphen (U+00AD, the layout's own hyphenation mark):
      the hyphen goes and the halves join ("phương\\u00ad" + "pháp" → "phươngpháp");
    - a line ending in a digit and a dash, the next starting with a digit: a range
      split by the layout ("2023-" + "2024" → "2023-2024");
    - a line ending in a letter with a hyphen attached, the next starting with a
      lower-case letter: a hyphenated loanword ("in-" + "tơ-nét" → "in-tơ-nét").

    A dash with a space before it ("Hiệu trưởng -") is punctuation, not a split,
    so the lines join with a space. Blank lines are dropped.
    """
    raw = _LINE_BREAK.split(lines) if isinstance(lines, str) else list(lines)
    joined = ""
    soft = False  # whether the previous line ended in a soft hyphen
    for line in raw:
        piece = clean_text(line)
        if not piece:
            continue
        joined = _join_two(joined, piece, soft=soft)
        soft = bool(_SOFT_HYPHEN_END.search(line))
    return joined


def _join_two(left: str, right: str, *, soft: bool) -> str:
    """Join ``right`` to the text so far, with a space unless the break splits a token."""
    if not left:
        return right
    if _joins_without_space(left, right, soft=soft):
        return left + right
    return f"{left} {right}"


def _joins_without_space(left: str, right: str, *, soft: bool) -> bool:
    if soft:
        return True
    if _DIGIT_DASH_END.search(left):
        return right[0].isdigit()
    return bool(_WORD_HYPHEN_END.search(left)) and right[0].islower()


def ascii_fold(text: str) -> str:
    """Case-folded text without diacritics ("Tiêu chí" → "tieu chi"), for matching headings.

    The result is that of :func:`_fold_slowly` (clean, case-fold, decompose, drop
    the marks, "đ" → "d"). Vietnamese text is all Latin letters once its marks are
    gone, so it is decomposed and stripped first and then only needs ASCII
    lower-casing, which costs a fraction of a Unicode case-fold of the marked
    text; anything still not ASCII takes the slow way.
    """
    spaced = " ".join(unicodedata.normalize("NFD", text).split())
    spaced = spaced.replace("đ", "d").replace("Đ", "D")
    if _NOT_ASCII_OR_MARK.search(spaced) is None:
        # Only marks are not ASCII: dropping them is encoding with errors ignored.
        return spaced.encode("ascii", "ignore").decode("ascii").lower()
    return _fold_slowly(text)


def _fold_slowly(text: str) -> str:
    """:func:`ascii_fold` for any text: cleaned and case-folded, then decomposed and stripped."""
    folded = unicodedata.normalize("NFD", fold_text(text)).replace("đ", "d")
    # One regex pass removes the usual marks; only text still not ASCII afterwards
    # (other scripts, rarer marks) needs the character-by-character test.
    folded = _COMMON_MARKS.sub("", folded)
    if folded.isascii():
        return folded
    return "".join(char for char in folded if not unicodedata.combining(char))
