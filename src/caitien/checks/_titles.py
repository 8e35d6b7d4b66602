"""Comparing a written standard or criterion title with the framework's, and with the others'."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from caitien.frameworks import SCHOOL_LEVEL_NAMES, list_frameworks, normalise_title, titles_match

if TYPE_CHECKING:
    from caitien.frameworks import Criterion, Framework, Standard

# How close (difflib ratio of the normalised titles) a written title must be to
# another framework's title to count as taken from it: "…, giáo dục" against
# "…, giáo dục trẻ" is 0.97; unrelated titles of the same standard stay below 0.8.
_NEAR = 0.9


@dataclass(frozen=True)
class TitleVerdict:
    """How a written title relates to the official one.

    ``kind`` is "official" (matches the title), "variant" (matches a title
    alternative), "other-framework" (is, or nearly is, the title another kind of
    school's framework gives the same number) or "mismatch". ``other`` names that
    other framework when there is one; ``exact`` says whether it matched exactly.
    """

    kind: str
    other: Framework | None = None
    exact: bool = False


def judge_title(
    written: str, official: Standard | Criterion, framework: Framework, key: str
) -> TitleVerdict:
    """Judge ``written`` against ``official`` (a standard or criterion of ``framework``).

    ``key`` is the standard number ("2") or criterion code ("1.5") used to find
    the same entry in the other frameworks of the same form.
    """
    if titles_match(written, official.title):
        return TitleVerdict("official")
    if official.has_title(written):
        return TitleVerdict("variant")
    own = _ratio(written, official.title)
    for other, title in _other_titles(framework, key):
        if titles_match(title, official.title) or official.has_title(title):
            continue
        if titles_match(written, title):
            return TitleVerdict("other-framework", other, exact=True)
        if _ratio(written, title) >= _NEAR and _ratio(written, title) > own:
            return TitleVerdict("other-framework", other)
    return TitleVerdict("mismatch")


def _ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, normalise_title(a), normalise_title(b)).ratio()


def _other_titles(framework: Framework, key: str) -> list[tuple[Framework, str]]:
    """The confirmed titles the other frameworks of the same form give ``key``.

    Only an other framework's own title, and only when its sources agree on it: a
    disputed or inferred title is no evidence that a plan copied it.
    """
    found: list[tuple[Framework, str]] = []
    for other in list_frameworks():
        if other.code == framework.code or other.form != framework.form:
            continue
        entry = other.criterion(key) if "." in key else other.standard(int(key))
        if entry is not None and entry.title_confirmed:
            found.append((other, entry.title))
    return found


def framework_name(framework: Framework) -> str:
    """ "Thông tư 19/2018/TT-BGDĐT (trường mầm non)": the circular and the schools it serves."""
    kinds = ", ".join(SCHOOL_LEVEL_NAMES.get(k, k) for k in framework.school_levels)
    appendix = f", Phụ lục {framework.appendix}" if framework.appendix else ""
    return f"Thông tư {framework.circular_number}{appendix} ({kinds})"


def criterion_named(framework: Framework, written: str, code: str) -> str | None:
    """The code of another criterion of ``framework`` whose title ``written`` is, if any."""
    for criterion in framework.criteria():
        if criterion.code != code and criterion.has_title(written):
            return criterion.code
    return None


def standard_named(framework: Framework, written: str) -> int | None:
    """The number of the standard of ``framework`` whose title ``written`` is, if any."""
    return next((s.number for s in framework.standards if s.has_title(written)), None)
