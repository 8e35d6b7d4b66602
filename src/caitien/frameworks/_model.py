"""The criteria framework model: frozen Criterion, Standard and Framework, and title matching."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from collections.abc import Mapping

Confidence = Literal["verified", "single-source", "inferred", "conflict"]
FrameworkForm = Literal["2018", "2026"]

CONFIDENCES: tuple[Confidence, ...] = ("verified", "single-source", "inferred", "conflict")

# Old ("hoà", "khoẻ", "uỷ") and new ("hòa", "khỏe", "ủy") tone placement are both in use;
# every old-style pair at the end of a word is rewritten in the new style.
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng
_OLD_TONE = re.compile(rf"([ouOU])([aeyAEY])([{_TONES}])(?![\w\u0300-\u036f])")
_DASHES = re.compile(r"\s*[-‐‑‒–—―]\s*")
_SLASH = re.compile(r"\s*/\s*")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,;:.)])")
_SPACE_AFTER_OPEN = re.compile(r"\(\s+")
_COMMA = re.compile(r",(?=\S)")
_SPACES = re.compile(r"\s+")
_TRAILING = re.compile(r"[\s.,;:!?…]+$")
_LEADING = re.compile(r"^[\s\-–—•*+]+")

# Only these vowel pairs take the tone on the second vowel in the old style.
_OLD_STYLE_PAIRS = {("o", "a"), ("o", "e"), ("u", "y")}


def _new_tone_placement(text: str) -> str:
    """Move the tone of a word-final "oa", "oe", "uy" onto its first vowel (NFD in, NFD out)."""

    def move(match: re.Match[str]) -> str:
        first, second, tone = match.group(1), match.group(2), match.group(3)
        if (first.lower(), second.lower()) not in _OLD_STYLE_PAIRS:
            return match.group(0)
        return first + tone + second

    return _OLD_TONE.sub(move, text)


@lru_cache(maxsize=4096)
def normalise_title(text: str) -> str:
    """The comparison key of a title: NFC, case-folded, one tone style, tidy spaces and dashes.

    Two titles match when their keys are equal; the key is not meant for display.
    """
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").casefold()
    text = _new_tone_placement(unicodedata.normalize("NFD", text))
    text = unicodedata.normalize("NFC", text)
    text = _DASHES.sub(" - ", text)
    text = _SLASH.sub("/", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _SPACE_AFTER_OPEN.sub("(", text)
    text = _COMMA.sub(", ", text)
    text = _SPACES.sub(" ", text)
    return _TRAILING.sub("", _LEADING.sub("", text))


def titles_match(a: str | None, b: str | None) -> bool:
    """Whether two titles are the same once normalised (see :func:`normalise_title`).

    Equal up to Unicode form, case, spacing, dashes, trailing punctuation and old/new
    tone placement ("khoẻ" = "khỏe", "hoà" = "hòa", "uỷ" = "ủy"). ``None`` or an empty
    title matches nothing.
    """
    if not a or not b:
        return False
    key = normalise_title(a)
    return bool(key) and key == normalise_title(b)


@dataclass(frozen=True)
class Criterion:
    """One criterion (tiêu chí) of a framework, e.g. code "1.1" of standard 1.

    ``levels`` maps a level (1–3 in 2018, 1–2 in TT57) to its requirements; a 2018
    criterion without a Mức 3 has no key 3. ``confidence`` rates the level texts,
    ``title_confidence`` the title; ``title_alternatives`` are titles other sources
    give, accepted by :meth:`has_title`. ``mandatory`` is only ever true in TT57.
    """

    code: str
    standard: int
    title: str
    title_confidence: Confidence
    confidence: Confidence
    levels: dict[int, tuple[str, ...]] = field(hash=False)
    title_alternatives: tuple[str, ...] = ()
    mandatory: bool = False
    suggested_evidence: str = ""
    indicators: tuple[str, ...] = ()
    notes: str = ""

    def requirements(self, level: int) -> tuple[str, ...]:
        """The requirements of ``level``; empty when the criterion has no such level."""
        return self.levels.get(level, ())

    def has_title(self, text: str | None) -> bool:
        """Whether ``text`` is this criterion's title or one of its alternatives."""
        return any(titles_match(text, t) for t in (self.title, *self.title_alternatives))

    @property
    def title_confirmed(self) -> bool:
        """False when the sources disagree on the title or only infer it."""
        return self.title_confidence in ("verified", "single-source")

    @property
    def max_level(self) -> int:
        """The highest level this criterion defines."""
        return max(self.levels)

    def to_dict(self) -> dict[str, Any]:
        """The criterion as JSON-ready data (see :func:`criterion_to_dict`)."""
        return criterion_to_dict(self)


@dataclass(frozen=True)
class Standard:
    """One standard (tiêu chuẩn) of a framework: its number, title and criteria in order."""

    number: int
    title: str
    title_confidence: Confidence
    criteria: tuple[Criterion, ...]
    title_alternatives: tuple[str, ...] = ()
    notes: str = ""

    def has_title(self, text: str | None) -> bool:
        """Whether ``text`` is this standard's title or one of its alternatives."""
        return any(titles_match(text, t) for t in (self.title, *self.title_alternatives))

    @property
    def title_confirmed(self) -> bool:
        """False when the sources disagree on the title or only infer it."""
        return self.title_confidence in ("verified", "single-source")


@dataclass(frozen=True)
class SchoolResultRule:
    """How criterion levels add up to the school's level.

    At each level the mandatory criteria must all reach it, and ``others_required`` of
    the other criteria that define the level (``None``: all of them); from level
    ``all_at_level_1_from`` on (``None``: never) no criterion may stay below Mức 1.
    The 2018 circulars: all criteria, no mandatory ones. TT57: 8 mandatory, 5 of 7, from 2.
    """

    others_required: int | None = None
    all_at_level_1_from: int | None = None


@dataclass(frozen=True)
class Framework:
    """One criteria framework: a 2018 circular, or one appendix of TT57-2026.

    ``code`` identifies it ("TT17-2018", "TT57-2026/II"); ``plan_framework`` is the
    value a plan's ``framework`` field takes ("TT57-2026" for every appendix); ``form``
    the plan form it goes with. ``level_4`` lists the 2018 Mức 4 items (empty in TT57)
    and ``level_4_confidence`` their confidence, item by item. ``rules`` holds the
    accreditation, national-standard and school-result rules as Vietnamese text keyed
    by stable English names.
    """

    code: str
    plan_framework: str
    form: FrameworkForm
    title: str
    circular_number: str
    school_levels: tuple[str, ...]
    max_level: int
    standards: tuple[Standard, ...]
    level_4: tuple[str, ...] = ()
    level_4_confidence: tuple[Confidence, ...] = ()
    rules: dict[str, str] = field(default_factory=dict, hash=False)
    school_result_rule: SchoolResultRule = field(default_factory=SchoolResultRule)
    appendix: str | None = None
    appendix_title: str | None = None
    issued: str | None = None
    effective: str | None = None
    text_note: str = ""
    source_file: str = ""

    def standard(self, number: int) -> Standard | None:
        """The standard numbered ``number``, or ``None`` when there is none."""
        return next((s for s in self.standards if s.number == number), None)

    def criterion(self, code: str | None) -> Criterion | None:
        """The criterion coded ``code`` ("1.1"; spaces and a final dot ignored), or ``None``."""
        if not code:
            return None
        key = "".join(code.split()).rstrip(".")
        return self._index().get(key)

    def criterion_by_title(self, text: str | None) -> Criterion | None:
        """The criterion whose title (or an alternative) is ``text`` once normalised, or ``None``.

        For rows that give a title without a code; when two criteria share a title
        (none do in the shipped data) the first one wins.
        """
        return next((c for c in self.criteria() if c.has_title(text)), None)

    def standard_by_title(self, text: str | None) -> Standard | None:
        """The standard whose title (or an alternative) is ``text`` once normalised, or ``None``."""
        return next((s for s in self.standards if s.has_title(text)), None)

    @property
    def name(self) -> str:
        """A short display name: "Thông tư 17/2018/TT-BGDĐT", "… , Phụ lục II" for TT57."""
        name = f"Thông tư {self.circular_number}"
        return f"{name}, Phụ lục {self.appendix}" if self.appendix else name

    def criteria(self) -> list[Criterion]:
        """Every criterion, standard by standard, in the framework's order."""
        return [c for s in self.standards for c in s.criteria]

    def mandatory_codes(self) -> list[str]:
        """The codes of the mandatory criteria (TT57); empty for the 2018 circulars."""
        return [c.code for c in self.criteria() if c.mandatory]

    def school_result(self, levels: Mapping[str, int]) -> int:
        """The level the school reaches when its criteria reach ``levels`` ({"1.1": 2, …}).

        0 means "Không đạt Mức 1"; a criterion missing from ``levels`` counts as 0.
        The 2018 result stops at Mức 3, since Mức 4 rests on the separate ``level_4``
        items; TT57 follows khoản 3 Điều 5 (see :class:`SchoolResultRule`).
        """
        reached = 0
        for level in range(1, self.max_level + 1):
            if not self._reaches(level, levels):
                break
            reached = level
        return reached

    def _reaches(self, level: int, levels: Mapping[str, int]) -> bool:
        rule = self.school_result_rule
        criteria = self.criteria()
        if any(levels.get(c.code, 0) < level for c in criteria if c.mandatory):
            return False
        others = [c for c in criteria if not c.mandatory and level in c.levels]
        required = len(others) if rule.others_required is None else rule.others_required
        if sum(levels.get(c.code, 0) >= level for c in others) < required:
            return False
        if rule.all_at_level_1_from is not None and level >= rule.all_at_level_1_from:
            return all(levels.get(c.code, 0) >= 1 for c in criteria)
        return True

    def to_dict(self) -> dict[str, Any]:
        """The framework as JSON-ready data (see :func:`framework_to_dict`)."""
        return framework_to_dict(self)

    def _index(self) -> dict[str, Criterion]:
        # Frozen dataclass: cache the code index on the instance without a setter.
        index: dict[str, Criterion] | None = self.__dict__.get("_criteria_index")
        if index is None:
            index = {c.code: c for c in self.criteria()}
            object.__setattr__(self, "_criteria_index", index)
        return index


def criterion_to_dict(criterion: Criterion) -> dict[str, Any]:
    """A criterion as JSON-ready data; levels keyed "1", "2" (, "3")."""
    return {
        "code": criterion.code,
        "title": criterion.title,
        "title_alternatives": list(criterion.title_alternatives),
        "title_confidence": criterion.title_confidence,
        "confidence": criterion.confidence,
        "mandatory": criterion.mandatory,
        "levels": {str(k): list(v) for k, v in sorted(criterion.levels.items())},
        "suggested_evidence": criterion.suggested_evidence,
        "indicators": list(criterion.indicators),
    }


def framework_to_dict(framework: Framework) -> dict[str, Any]:
    """A framework as JSON-ready data: identity, standards with their criteria, Mức 4 items."""
    return {
        "code": framework.code,
        "plan_framework": framework.plan_framework,
        "form": framework.form,
        "title": framework.title,
        "circular_number": framework.circular_number,
        "appendix": framework.appendix,
        "appendix_title": framework.appendix_title,
        "school_levels": list(framework.school_levels),
        "max_level": framework.max_level,
        "standards": [
            {
                "number": s.number,
                "title": s.title,
                "title_alternatives": list(s.title_alternatives),
                "title_confidence": s.title_confidence,
                "criteria": [criterion_to_dict(c) for c in s.criteria],
            }
            for s in framework.standards
        ],
        "level_4": [
            {"text": t, "confidence": c}
            for t, c in zip(framework.level_4, framework.level_4_confidence, strict=True)
        ],
    }
