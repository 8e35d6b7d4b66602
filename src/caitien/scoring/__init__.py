"""Import accuracy: an imported plan compared with its truth, field by field.

The unit of the score is one field. Header values (form, framework, school,
document, signer) are one unit each and must be equal after text clean-up
(:func:`caitien.normalise.clean_text`: NFC, layout spaces). The elements of the
lists (purposes, items, problems …) are first aligned with the truth's in
document order, on how alike they are, so one missing or extra element does not
shift every later one. Then:

- each field of a matched pair is a unit: codes, levels, amounts, numbers and
  parts must be equal; text fields must reach a similarity of
  :data:`TEXT_THRESHOLD` (difflib ratio on cleaned text);
- each field of a truth element with no partner is a unit missed;
- each field of an imported element with no partner is a unit too, and wrong:
  extra rows enter the denominator.

Item fields that the truth's form leaves empty by definition (2018: content,
indicator, evidence, status; 2026: part, support, notes) are not units unless
either side holds something there, so the score is not padded with free points.
``null`` only equals ``null``.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Mapping
from typing import Any

from caitien.errors import PlanFormatError
from caitien.normalise import clean_text
from caitien.plan import Plan
from caitien.scoring._align import ALIGN_THRESHOLD, align, dice, record_similarity, tokens
from caitien.scoring._model import (
    EXACT,
    HEADER_FIELDS,
    RECORD_FIELDS,
    SECTIONS,
    STRING_LISTS,
    TEXT,
    TEXT_THRESHOLD,
    UNUSED_ITEM_FIELDS,
    Mismatch,
    Score,
    Tally,
)

__all__ = [
    "ALIGN_THRESHOLD",
    "EXACT",
    "HEADER_FIELDS",
    "RECORD_FIELDS",
    "SECTIONS",
    "STRING_LISTS",
    "TEXT",
    "TEXT_THRESHOLD",
    "UNUSED_ITEM_FIELDS",
    "Mismatch",
    "Score",
    "Tally",
    "same_text",
    "score_plan",
]

PlanLike = Plan | Mapping[str, Any]


def score_plan(imported: PlanLike, truth: PlanLike) -> Score:
    """Score ``imported`` against ``truth``; both a :class:`Plan` or a ``caitien.plan/1`` dict.

    Deterministic and pure. Dicts are not validated: a missing key reads as
    ``null`` (or an empty list), so a partial import still gets a score. Raises
    :class:`PlanFormatError` when an argument is neither a plan nor a mapping.
    """
    got, want = _as_dict(imported, "imported"), _as_dict(truth, "truth")
    tallies = _Tallies()
    _score_header(tallies, want, got)
    unused = UNUSED_ITEM_FIELDS.get(str(want.get("form")), frozenset())
    for section in SECTIONS[1:]:
        want_list, got_list = _list(want, section), _list(got, section)
        if section in STRING_LISTS:
            _score_strings(tallies, section, section, section, want_list, got_list)
        elif section == "organization":
            _score_roles(tallies, want_list, got_list)
        else:
            spec = RECORD_FIELDS[section]
            skip = unused if section == "items" else frozenset()
            _score_records(tallies, section, spec, skip, want_list, got_list)
    return tallies.score()


def _as_dict(plan: object, role: str) -> Mapping[str, Any]:
    if isinstance(plan, Plan):
        # asdict, not to_dict: a plan the schema refuses must still be scored.
        return dataclasses.asdict(plan)
    if isinstance(plan, Mapping):
        return plan
    raise PlanFormatError(f"Không chấm được: kế hoạch «{role}» không phải Plan hay đối tượng JSON.")


def _list(plan: Mapping[str, Any], key: str) -> list[Any]:
    value = plan.get(key)
    return list(value) if isinstance(value, list | tuple) else []


def _get(record: Any, dotted: str) -> Any:
    """The value at ``dotted`` ("school.name") in nested mappings, ``None`` when absent."""
    value = record
    for key in dotted.split("."):
        value = value.get(key) if isinstance(value, Mapping) else None
    return value


class _Tallies:
    """Collects units by section and field, and the mismatches, while scoring."""

    def __init__(self) -> None:
        self.sections: dict[str, list[int]] = {name: [0, 0] for name in SECTIONS}
        self.fields: dict[str, list[int]] = {}
        self.mismatches: list[Mismatch] = []
        self.extras: list[Mismatch] = []

    def unit(self, section: str, name: str, ok: bool) -> None:
        for tally in (self.sections[section], self.fields.setdefault(name, [0, 0])):
            tally[0] += ok
            tally[1] += 1

    def wrong(self, path: str, expected: Any, got: Any) -> None:
        self.mismatches.append(Mismatch(path, expected, got))

    def extra(self, path: str, got: Any) -> None:
        # Extras are listed after the truth-order mismatches.
        self.extras.append(Mismatch(path, None, got))

    def score(self) -> Score:
        correct = sum(c for c, _ in self.sections.values())
        total = sum(t for _, t in self.sections.values())
        return Score(
            correct=correct,
            total=total,
            mismatches=self.mismatches + self.extras,
            sections={name: Tally(c, t) for name, (c, t) in self.sections.items()},
            fields={name: Tally(c, t) for name, (c, t) in sorted(self.fields.items())},
        )


def _score_header(tallies: _Tallies, want: Mapping[str, Any], got: Mapping[str, Any]) -> None:
    for name in HEADER_FIELDS:
        expected, actual = _get(want, name), _get(got, name)
        ok = _clean(expected) == _clean(actual)
        tallies.unit("header", name, ok)
        if not ok:
            tallies.wrong(name, expected, actual)


def _clean(value: Any) -> Any:
    return clean_text(value) if isinstance(value, str) else value


def same_text(expected: Any, got: Any) -> bool:
    """Whether ``got`` passes for the text ``expected``: similarity ≥ :data:`TEXT_THRESHOLD`.

    Both are cleaned first (NFC, layout spaces), so decomposed and composed
    Vietnamese are equal; case counts. ``None`` only matches ``None``; a non-text
    value must be equal.
    """
    if not isinstance(expected, str) or not isinstance(got, str):
        return bool(expected == got and type(expected) is type(got))
    a, b = clean_text(expected), clean_text(got)
    if a == b:
        return True
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    # The cheap upper bounds settle most unequal pairs without the quadratic ratio().
    return (
        matcher.real_quick_ratio() >= TEXT_THRESHOLD
        and matcher.quick_ratio() >= TEXT_THRESHOLD
        and matcher.ratio() >= TEXT_THRESHOLD
    )


def _same_exact(expected: Any, got: Any) -> bool:
    # type check: True == 1 and 1 == 1.0 in Python, but not in the plan's JSON.
    return bool(expected == got and type(expected) is type(got))


def _score_strings(
    tallies: _Tallies, section: str, field_name: str, path: str, want: list[Any], got: list[Any]
) -> None:
    """Score a list of strings, one unit per element; ``path`` prefixes the mismatch paths."""
    want_tokens, got_tokens = [tokens(w) for w in want], [tokens(g) for g in got]
    for i, j in align(len(want), len(got), lambda i, j: dice(want_tokens[i], got_tokens[j])):
        if i is not None and j is not None:
            ok = same_text(want[i], got[j])
            tallies.unit(section, field_name, ok)
            if not ok:
                tallies.wrong(f"{path}[{i}]", want[i], got[j])
        else:
            tallies.unit(section, field_name, False)
            _unpartnered(tallies, path, i, j, want, got)


def _unpartnered(
    tallies: _Tallies, path: str, i: int | None, j: int | None, want: list[Any], got: list[Any]
) -> None:
    if i is not None:
        tallies.wrong(f"{path}[{i}]", want[i], None)
    elif j is not None:
        tallies.extra(f"{path}[+{j}]", got[j])


def _score_records(
    tallies: _Tallies,
    section: str,
    spec: Mapping[str, str],
    unused: frozenset[str],
    want: list[Any],
    got: list[Any],
) -> None:
    """Score a list of records field by field, after aligning them."""
    want_keys = [_recordtokens(r, spec) for r in want]
    got_keys = [_recordtokens(r, spec) for r in got]

    def alike(i: int, j: int) -> float:
        return record_similarity(want_keys[i], got_keys[j])

    for i, j in align(len(want), len(got), alike):
        record = want[i] if i is not None else got[j] if j is not None else None
        other = got[j] if i is not None and j is not None else None
        names = _counted_fields(spec, unused, record, other)
        if i is not None and j is not None:
            _score_pair(tallies, section, spec, names, f"{section}[{i}]", want[i], got[j])
            continue
        for name in names:
            tallies.unit(section, f"{section}.{name}", False)
        _unpartnered(tallies, section, i, j, want, got)


def _counted_fields(
    spec: Mapping[str, str], unused: frozenset[str], record: Any, other: Any
) -> list[str]:
    """The fields that are units: all but the form's unused ones left empty on both sides."""
    return [
        name
        for name in spec
        if name not in unused or _filled(_get(record, name)) or _filled(_get(other, name))
    ]


def _filled(value: Any) -> bool:
    return value is not None and value != ""


def _score_pair(
    tallies: _Tallies,
    section: str,
    spec: Mapping[str, str],
    names: list[str],
    path: str,
    want: Any,
    got: Any,
) -> None:
    for name in names:
        expected, actual = _get(want, name), _get(got, name)
        compare = same_text if spec[name] == TEXT else _same_exact
        ok = compare(expected, actual)
        tallies.unit(section, f"{section}.{name}", ok)
        if not ok:
            tallies.wrong(f"{path}.{name}", expected, actual)


def _score_roles(tallies: _Tallies, want: list[Any], got: list[Any]) -> None:
    """Score "Tổ chức thực hiện": the role heading is a unit, each duty too (aligned within)."""
    want_keys = [_roletokens(r) for r in want]
    got_keys = [_roletokens(r) for r in got]
    for i, j in align(len(want), len(got), lambda i, j: dice(want_keys[i], got_keys[j])):
        if i is not None and j is not None:
            ok = same_text(_get(want[i], "role"), _get(got[j], "role"))
            tallies.unit("organization", "organization.role", ok)
            if not ok:
                tallies.wrong(
                    f"organization[{i}].role", _get(want[i], "role"), _get(got[j], "role")
                )
            path = f"organization[{i}].duties"
            duties = (_duties(want[i]), _duties(got[j]))
            _score_strings(tallies, "organization", "organization.duties", path, *duties)
            continue
        role = want[i] if i is not None else got[j] if j is not None else None
        tallies.unit("organization", "organization.role", False)
        for _ in _duties(role):
            tallies.unit("organization", "organization.duties", False)
        _unpartnered(tallies, "organization", i, j, want, got)


def _duties(role: Any) -> list[Any]:
    duties = _get(role, "duties")
    return list(duties) if isinstance(duties, list | tuple) else []


def _recordtokens(record: Any, spec: Mapping[str, str]) -> dict[str, Any]:
    """Per field: the value itself (exact fields) or its word set (text fields)."""
    return {
        name: tokens(_get(record, name)) if kind == TEXT else _get(record, name)
        for name, kind in spec.items()
    }


def _roletokens(role: Any) -> frozenset[str]:
    words = tokens(_get(role, "role"))
    for duty in _duties(role):
        words |= tokens(duty)
    return words
