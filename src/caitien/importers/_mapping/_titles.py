"""Criterion titles the frameworks know: a title told from a target written beside the code."""

from __future__ import annotations

import re
from functools import cache

from caitien.normalise import fold_text

_TARGET_OPENING = re.compile(
    r"^(phấn đấu|giữ vững|duy trì|đạt mức|đạt mức độ|nâng|tiếp tục đạt|mục tiêu)\b", re.IGNORECASE
)


@cache
def _criterion_titles() -> dict[str, tuple[tuple[str, str], ...]]:
    """Each code's known titles with their folded form, longest first."""
    from caitien.frameworks import list_frameworks

    titles: dict[str, set[str]] = {}
    for framework in list_frameworks():
        for criterion in framework.criteria():
            titles.setdefault(criterion.code, set()).update(
                (criterion.title, *criterion.title_alternatives)
            )
    return {
        code: tuple((title, fold_text(title)) for title in sorted(found, key=len, reverse=True))
        for code, found in titles.items()
    }


@cache
def _codes_by_title() -> dict[str, tuple[str, ...]]:
    """Each folded known title → the codes that have it, in :func:`_criterion_titles` order.

    Built once (frameworks are immutable data), so that a lookup is one dict access
    instead of a walk over every title of every framework.
    """
    index: dict[str, list[str]] = {}
    for code, titles in _criterion_titles().items():
        for known in dict.fromkeys(known for _, known in titles):
            index.setdefault(known, []).append(code)
    return {known: tuple(codes) for known, codes in index.items()}


def split_title(code: str, rest: str) -> tuple[str | None, str]:
    """Split the text after a criterion code into (title, target written in the cell).

    A known title of the code (any framework) at the start stays the title and
    what follows it is a target; text that opens like a target ("Phấn đấu …",
    "Giữ vững …") and is no known title is all target; anything else is the
    title as written (a wrong title stays wrong: checks report it).
    """
    if not rest:
        return None, ""
    folded = fold_text(rest)
    for title, known in _criterion_titles().get(code, ()):
        if folded == known:
            return rest, ""
        if folded.startswith(known) and len(known) > 3:
            cut = len(title)
            return rest[:cut].rstrip(" .:;,-"), rest[cut:].strip(" .:;,-–")
    if _TARGET_OPENING.match(rest):
        return None, rest
    return rest, ""


def code_by_title(text: str, standard: int | None = None) -> str | None:
    """The code whose known title ``text`` is (any framework), or None.

    Only a whole title counts, after folding case, marks and end punctuation; when
    several codes share the title (frameworks number alike but not always), the
    one under ``standard`` wins, and without one the title must name a single code.
    """
    folded = fold_text(text.strip(" .:;,"))
    if len(folded) < 4:
        return None
    codes = list(_codes_by_title().get(folded, ()))
    if standard is not None:
        codes = [code for code in codes if code.split(".")[0] == str(standard)]
    return codes[0] if len(set(codes)) == 1 else None
