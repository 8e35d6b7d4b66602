"""Vietnamese display filters: dates dd/mm/yyyy and amounts with dots and «đ»."""

from __future__ import annotations

import pytest

from caitien_web.plans.templatetags.caitien_format import vnd, vndate


@pytest.mark.parametrize(
    ("value", "shown"),
    [("2024-08-25", "25/08/2024"), (None, ""), ("", ""), ("tháng 9", "tháng 9")],
)
def test_it_shows_dates_day_first(value: str | None, shown: str) -> None:
    assert vndate(value) == shown


@pytest.mark.parametrize(
    ("value", "shown"),
    [(30_000_000, "30.000.000 đ"), (0, "0 đ"), (550, "550 đ"), (None, "")],
)
def test_it_shows_amounts_with_dots(value: int | None, shown: str) -> None:
    assert vnd(value) == shown
