"""Covers every normaliser over every line of the seed texts and sample truths.

Real lines are the genre: no normaliser may raise on them, each returns its
documented type, clean_text is idempotent, and parsing a cleaned line gives the
same value as parsing the raw one.
"""

from __future__ import annotations

import json
import re
import time

import pytest

from caitien import normalise
from caitien.plan import SCHOOL_LEVELS
from tests.conftest import SEED_TEXTS, fixture_truths

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CODE = re.compile(r"[1-9]\.[1-9]\d?")


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _lines() -> list[str]:
    lines = [
        line
        for path in sorted(SEED_TEXTS.glob("*.txt"))
        for line in path.read_text("utf-8").splitlines()
    ]
    lines += [s for path in fixture_truths() for s in _strings(json.loads(path.read_text("utf-8")))]
    return sorted({line for line in lines if line.strip()})


LINES = _lines()


def test_it_has_real_lines_to_read() -> None:
    assert len(LINES) > 800


@pytest.mark.parametrize("chunk", range(8))
def test_it_reads_every_real_line_without_failing(chunk: int) -> None:
    for line in LINES[chunk::8]:
        cleaned = normalise.clean_text(line)
        assert normalise.clean_text(cleaned) == cleaned
        _check_types(line)
        assert _parsed(cleaned) == _parsed(line)
        named = normalise.school_name_case(line)
        assert normalise.school_name_case(named) == named
        assert normalise.parse_school_level(line) in (*SCHOOL_LEVELS, None)


def _parsed(line: str) -> tuple[object, ...]:
    return (
        normalise.parse_budget(line),
        normalise.parse_criterion_code(line),
        normalise.parse_criterion_codes(line),
        normalise.parse_date(line),
        normalise.parse_document_number(line),
        normalise.parse_place_and_date(line),
        normalise.parse_school_year(line),
        normalise.parse_standard_number(line),
        normalise.parse_target_level(line),
        normalise.years_mentioned(line),
    )


def _check_types(line: str) -> None:
    budget, code, codes, date, number, (place, dated), year, standard, level, years = _parsed(line)
    assert budget is None or (isinstance(budget, int) and budget >= 0)
    assert code is None or _CODE.fullmatch(str(code))
    assert isinstance(codes, list)
    assert all(_CODE.fullmatch(c) for c in codes)
    assert code is None or code in codes
    assert date is None or _ISO_DATE.fullmatch(str(date))
    assert dated is None or _ISO_DATE.fullmatch(str(dated))
    assert number is None or "/" in str(number)
    assert place is None or str(place).strip() == place != ""
    assert year is None or int(str(year)[5:]) == int(str(year)[:4]) + 1
    assert standard is None or 1 <= int(str(standard)) <= 9
    assert level is None or 1 <= int(str(level)) <= 4
    assert isinstance(years, list)
    assert all(1990 <= y <= 2100 for y in years)


@pytest.mark.parametrize(
    "line",
    [
        "1." * 50_000,
        "1 " * 50_000,
        "1," * 50_000,
        "Số " * 30_000,
        "mức " * 30_000,
        "tiêu chí 1." * 10_000,
        "9/" * 50_000,
        "2024-" * 20_000,
        "A " * 50_000 + ", ngày 1/1/2024",
        "(" * 30_000 + "5 đồng",
    ],
    ids=lambda line: repr(line[:10]),
)
def test_it_reads_a_huge_line_in_about_linear_time(line: str) -> None:
    for name in normalise.__all__:
        parse = getattr(normalise, name)
        if not callable(parse) or name in {"join_lines", "SchoolKind"}:
            continue
        start = time.perf_counter()
        parse(line)
        # Each linear pass takes about 0.1 s at most here; a quadratic one takes seconds.
        assert time.perf_counter() - start < 1.0, name
