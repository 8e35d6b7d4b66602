"""The normalised number, date and subject lines of the exported header (Nghị định 30/2020)."""

from __future__ import annotations

import pytest

from caitien.exporters._format import date_line, number_line, recipient_line, subject_line


@pytest.mark.parametrize(
    ("number", "line"),
    [
        ("05/KH-MNAL", "Số: 05/KH-MNAL"),
        ("05 /KH-MNAL", "Số: 05/KH-MNAL"),
        ("5/KH-MNAL", "Số: 05/KH-MNAL"),
        ("168 / KH-THCS BTĐA", "Số: 168/KH-THCS BTĐA"),
        ("62/KH-THHT", "Số: 62/KH-THHT"),
        ("  ", "Số:"),
        (None, "Số:"),
    ],
)
def test_it_writes_the_number_line_without_stray_spaces_and_with_a_leading_zero(
    number: str | None, line: str
) -> None:
    assert number_line(number) == line


@pytest.mark.parametrize(
    ("place", "iso", "line"),
    [
        ("Thủ Đức", "2024-08-25", "Thủ Đức, ngày 25 tháng 8 năm 2024"),
        ("Hà Nội", "2025-01-05", "Hà Nội, ngày 05 tháng 01 năm 2025"),
        ("Cái Răng", "2026-02-09", "Cái Răng, ngày 09 tháng 02 năm 2026"),
        ("Bình Tân", "2024-09-07", "Bình Tân, ngày 07 tháng 9 năm 2024"),
        ("Đầm Dơi", "2024-10-10", "Đầm Dơi, ngày 10 tháng 10 năm 2024"),
        ("Đầm Dơi", "2024-12-31", "Đầm Dơi, ngày 31 tháng 12 năm 2024"),
        (None, "2024-11-05", "Ngày 05 tháng 11 năm 2024"),
    ],
)
def test_it_writes_the_date_line_with_leading_zeros_only_where_the_rule_wants_them(
    place: str | None, iso: str, line: str
) -> None:
    assert date_line(place, iso) == line


def test_it_leaves_blanks_to_fill_in_when_the_date_is_unknown() -> None:
    line = date_line("Thủ Đức", None)
    assert line.startswith("Thủ Đức, ngày ")
    assert "tháng" in line and "năm" in line
    assert not any(ch.isdigit() for ch in line.replace("20", ""))


@pytest.mark.parametrize(
    ("year", "subject"),
    [
        ("2024-2025", "Cải tiến chất lượng giáo dục năm học 2024 - 2025"),
        (None, "Cải tiến chất lượng giáo dục"),
    ],
)
def test_it_writes_the_subject_with_the_school_year(year: str | None, subject: str) -> None:
    assert subject_line(year) == subject


def test_it_keeps_a_recipient_as_written_behind_a_dash() -> None:
    assert recipient_line("Lưu: VT.") == "- Lưu: VT."
