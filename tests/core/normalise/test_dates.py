"""Covers dates, the date line, school years, số và ký hiệu and years_mentioned."""

from __future__ import annotations

import json

import pytest

from caitien.normalise import (
    parse_date,
    parse_document_number,
    parse_place_and_date,
    parse_school_year,
    years_mentioned,
)
from tests.conftest import FIXTURES, SEED_TEXTS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 25 tháng 08 năm 2024", "2024-08-25"),
        ("Thủ Đức, ngày 25 tháng 08 năm 2024.", "2024-08-25"),
        ("ngày 22 tháng 8 năm 2018 của Bộ Giáo dục và Đào tạo", "2018-08-22"),
        ("25/8/2024", "2024-08-25"),
        ("25-8-2024", "2024-08-25"),
        ("ngày 07/9/2024", "2024-09-07"),
        ("ngày  22/8/2018  của Bộ GD&ĐT", "2018-08-22"),
        ("07.9.2024", "2024-09-07"),
        ("2024-08-25", "2024-08-25"),
        ("ngày 1 tháng 9, năm 2025", "2025-09-01"),
        ("31/2/2024", None),
        ("29/2/2023", None),
        ("29/2/2024", "2024-02-29"),
        ("ngày … tháng … năm 2024", None),
        ("ngày    tháng    năm 2024", None),
        ("Tháng 9/2024", None),
        ("Năm học 2024-2025", None),
        ("30.000.000", None),
        ("", None),
    ],
)
def test_it_reads_dates(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thủ Đức, ngày 25 tháng 08 năm 2024.", ("Thủ Đức", "2024-08-25")),
        ("Bình Tân, ngày 07 tháng 9 năm 2024", ("Bình Tân", "2024-09-07")),
        ("Đầm Dơi, ngày 08 tháng 10 năm 2024", ("Đầm Dơi", "2024-10-08")),
        ("Bát Tràng, ngày 22 tháng 9 năm 2025", ("Bát Tràng", "2025-09-22")),
        ("Quận 5, ngày 05 tháng 9 năm 2024", ("Quận 5", "2024-09-05")),
        ("TP. Hồ Chí Minh, ngày 05/9/2024", ("TP. Hồ Chí Minh", "2024-09-05")),
        ("thị xã Sơn Tây, ngày 1/9/2024", ("thị xã Sơn Tây", "2024-09-01")),
        (
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do – Hạnh phúc "
            "Thủ Đức, ngày 25 tháng 08 năm 2024. |",
            ("Thủ Đức", "2024-08-25"),
        ),
        (
            "Độc lập - Tự do - Hạnh Phúc Cái Răng, ngày 25 tháng 9 năm 2026",
            ("Cái Răng", "2026-09-25"),
        ),
        ("Đầm Dơi, ngày    tháng    năm 2024", ("Đầm Dơi", None)),
        (
            "Số: 52/KH-THCSTT                   Đầm Dơi, ngày 08 tháng 10 năm 2024",
            ("Đầm Dơi", "2024-10-08"),
        ),
        ("Số: 5/KH-MN 12 Hà Nội, ngày 05/9/2024", ("Hà Nội", "2024-09-05")),
        ("THỦ ĐỨC, NGÀY 25 THÁNG 8 NĂM 2024", ("THỦ ĐỨC", "2024-08-25")),
        (
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Thủ Đức, ngày 25 tháng 8 năm 2024",
            ("Thủ Đức", "2024-08-25"),
        ),
        ("TP. Hồ Chí Minh, ngày 5 tháng 9 năm 2024", ("TP. Hồ Chí Minh", "2024-09-05")),
        ("Việt Yên, ngày 5 tháng 9 năm 2024", ("Việt Yên", "2024-09-05")),
        ("ngày 25 tháng 8 năm 2024", (None, "2024-08-25")),
        ("……, ngày 07 tháng 9 năm 2024", (None, "2024-09-07")),
        ("KẾ HOẠCH", (None, None)),
        ("", (None, None)),
    ],
)
def test_it_reads_the_place_and_date_line(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert parse_place_and_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm học 2024 – 2025", "2024-2025"),
        ("NĂM HỌC 2024-2025", "2024-2025"),
        ("năm học 2021 - 2022", "2021-2022"),
        ("2026–2027", "2026-2027"),
        ("Năm học: 2024 - 2025", "2024-2025"),
        ("Năm học 2024-25", "2024-2025"),
        ("năm học 2099-00", "2099-2100"),
        ("Giai đoạn 2022-2025, năm học 2024-2025", "2024-2025"),
        ("Báo cáo năm học 2023-2024; giai đoạn 2024-2025", "2023-2024"),
        ("Giai đoạn 2024 - 2028", None),
        ("2024-2028", None),
        ("2025-2024", None),
        ("Tháng 9/2024", None),
        ("", None),
    ],
)
def test_it_reads_school_years(text: str, expected: str | None) -> None:
    assert parse_school_year(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Số : 05 /KH-MNAL", "05/KH-MNAL"),
        ("Số : 05 /KH-MNAL |", "05/KH-MNAL"),
        ("Số: 168/KH-THCS BTĐA", "168/KH-THCS BTĐA"),
        ("Số : 168/KH-THCS BTĐA", "168/KH-THCS BTĐA"),
        ("SỐ: 62/KH-THHT", "62/KH-THHT"),
        ("số: 62/KH-THHT", "62/KH-THHT"),
        ("Số 12/KH-THCS", "12/KH-THCS"),
        ("Số:05/2024/KH-MNAL", "05/2024/KH-MNAL"),
        ("Số: 38/KH-MNSC Bát Tràng, ngày 22 tháng 9 năm 2025", "38/KH-MNSC"),
        ("TRƯỜNG MẦM NON SƠN CA Số: 38/KH-MNSC", "38/KH-MNSC"),
        # A number left blank for the văn thư stays as written.
        ("Số: …/KH-THVD", "…/KH-THVD"),
        ("Số: ....../KH-THVD", "....../KH-THVD"),
        ("Số:     /KH-THVD", "/KH-THVD"),
        ("Căn cứ văn bản số 1057/PGDĐT-CM ngày 08/9/2023", None),
        ("Số lớp và sĩ số học sinh trong một lớp vượt hơn quy định.", None),
        ("Số:", None),
        ("", None),
    ],
)
def test_it_reads_the_document_number(text: str, expected: str | None) -> None:
    assert parse_document_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thời gian bắt đầu: tháng 9/2024", [2024]),
        ("năm học 2022-2023", [2022, 2023]),
        ("Năm học 2024-25", [2024, 2025]),
        ("Tháng 9/2024. Thời gian hoàn thành: Giai đoạn: 2024 - 2028", [2024, 2028]),
        ("Thông tư số 19/2018/TT-BGDĐT; năm học 2024-2025", [2018, 2024, 2025]),
        ("Từ tháng 12 năm 2021 đến tháng 8 năm 2022", [2021, 2022]),
        ("2.024.000 đồng", []),
        ("120000 đồng", []),
        ("năm 1985 và 2101", []),
        ("Đến tháng 5 của từng năm học", []),
    ],
)
def test_it_lists_the_years_a_text_mentions(text: str, expected: list[int]) -> None:
    assert years_mentioned(text) == expected


def _seed_headers() -> list[tuple[str, list[str], dict[str, object]]]:
    """Each seed's lines before its "I." heading, with the truth's ``document`` object."""
    seeds = []
    for text_path in sorted(SEED_TEXTS.glob("*.txt")):
        lines = text_path.read_text("utf-8").splitlines()
        end = next(i for i, line in enumerate(lines) if line.strip().startswith("I."))
        truth = json.loads((FIXTURES / "seeds" / f"{text_path.stem}.json").read_text("utf-8"))
        seeds.append((text_path.stem, lines[:end], truth["document"]))
    return seeds


def _first(values: list[object]) -> object:
    return next((value for value in values if value is not None), None)


@pytest.mark.parametrize(
    ("seed", "lines", "document"), _seed_headers(), ids=[s[0] for s in _seed_headers()]
)
def test_it_reads_each_seed_header_as_its_truth(
    seed: str, lines: list[str], document: dict[str, object]
) -> None:
    dated = [parse_place_and_date(line) for line in lines if "ngày" in line]
    assert _first([parse_document_number(line) for line in lines]) == document["number"]
    assert _first([place for place, _ in dated]) == document["place"]
    assert _first([date for _, date in dated]) == document["date"]
    assert _first([parse_school_year(line) for line in lines]) == document["school_year"]
