"""Covers parse_budget: amounts of the seeds and fixtures, non-money numbers, several amounts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caitien.normalise import budget_unit, parse_budget
from tests.conftest import fixture_truths


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30.000.000", 30_000_000),
        ("100.000.000", 100_000_000),
        ("20.000.000đ", 20_000_000),
        ("20.000.000 đ", 20_000_000),
        ("4.500.000đ", 4_500_000),
        ("3.000.000 đồng", 3_000_000),
        ("550 triệu đồng", 550_000_000),
        ("550 triệu\nđồng", 550_000_000),
        ("450 triệu", 450_000_000),
        ("  450 triệu   ", 450_000_000),
        ("15 triệu đồng", 15_000_000),
        ("1,5 tỷ đồng", 1_500_000_000),
        ("1,5 tỉ", 1_500_000_000),
        ("2 tỷ", 2_000_000_000),
        ("500 nghìn đồng", 500_000),
        ("5tr", 5_000_000),
        ("5 trđ", 5_000_000),
        ("12,5 tr.đ", 12_500_000),
        (
            "Dự kiến kinh phí: 5 triệu đồng cho các nội dung Bồi dưỡng GV lên tiết thao giảng",
            5_000_000,
        ),
        ("Kinh phí chi thường xuyên: 6.000.000 đồng", 6_000_000),
        ("Ngân sách phường và vận động tài trợ: 250 triệu đồng", 250_000_000),
        ("Nhân lực: giáo viên chủ nhiệm; học liệu: 1.500.000 đồng", 1_500_000),
        ("18.000.000 đồng (Mười tám triệu đồng chẵn)", 18_000_000),
        ("2.500.000 đồng (chi thường xuyên)", 2_500_000),
        ("12.000.000 VNĐ", 12_000_000),
        ("12.000.000 vnd", 12_000_000),
        ("30 000 000 đồng", 30_000_000),
        ("30,000,000", 30_000_000),
        ("2.000.000 cho mua sắm đồ chơi", 2_000_000),
        ("0 đồng", 0),
        ("0", 0),
        ("0.", 0),
        ("10", None),
        ("Không", None),
        ("Không phát sinh kinh phí", None),
        ("Nhân lực của nhà trường; không phát sinh kinh phí", None),
        ("Kinh phí ngân sách cấp trên", None),
        ("Kinh phí ngân sách cấp trên và nguồn tài trợ", None),
        ("Ngân sách huyện", None),
        ("Xã hội hóa", None),
        ("Thỏa thuận với PHHS", None),
        ("", None),
    ],
)
def test_it_reads_amounts_in_dong(text: str, expected: int | None) -> None:
    assert parse_budget(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "95%",
        "Tỷ lệ chuyên cần đạt 95%",
        "2024",
        "Năm 2025",
        "Tháng 9/2024",
        "25/8/2024",
        "25.8.2024",
        "12/14 học sinh",
        "35 máy tính",
        "1.500 học sinh",
        "Tiêu chí 3.5",
        "3 tỷ lệ",
    ],
)
def test_it_does_not_take_other_numbers_for_money(text: str) -> None:
    assert parse_budget(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The parts of a cell add up.
        ("Ngân sách: 10.000.000 đồng; xã hội hóa: 5.000.000 đồng", 15_000_000),
        ("1 tỷ 500 triệu đồng", 1_500_000_000),
        ("Năm 2024: 5 triệu đồng; năm 2025: 5 triệu đồng", 10_000_000),
        # A stated total wins over its parts.
        ("Tổng: 15.000.000 đồng, trong đó NS 10.000.000 đồng", 15_000_000),
        ("NS 10.000.000 đồng, XHH 5.000.000 đồng. Tổng cộng 15.000.000 đồng", 15_000_000),
        # A breakdown in parentheses restates the main figure.
        ("15.000.000 đồng (NS 10.000.000 đồng, XHH 5.000.000 đồng)", 15_000_000),
        ("Mua 02 máy chiếu: 12.000.000 x 2 = 24.000.000 đồng", 24_000_000),
        # A range gives its upper end.
        ("20.000.000 - 30.000.000 đồng", 30_000_000),
        ("Từ 20 triệu đến 30 triệu đồng", 30_000_000),
        ("20 - 30 triệu đồng", 30_000_000),
        ("Năm 2024: 5.000.000 đồng - năm 2025: 5.000.000 đồng", 10_000_000),
        # Parentheses alone still state the amount.
        ("Xã hội hóa (8.000.000 đồng)", 8_000_000),
    ],
)
def test_it_combines_several_amounts(text: str, expected: int) -> None:
    assert parse_budget(text) == expected


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("50", 1_000_000, 50_000_000),
        ("1,5", 1_000_000, 1_500_000),
        ("2 tỷ", 1_000_000, 2_000_000_000),
        ("3.000.000 đồng", 1_000_000, 3_000_000),
        ("Không", 1_000_000, None),
        ("50", 1, None),
    ],
)
def test_it_applies_the_unit_of_the_column_heading(
    text: str, unit: int, expected: int | None
) -> None:
    assert parse_budget(text, unit=unit) == expected


def _budgets() -> list[tuple[str, str, int | None]]:
    return [
        (f"{path.stem}#{index}", item["budget"], item["budget_vnd"])
        for path in fixture_truths()
        for index, item in enumerate(json.loads(Path(path).read_text("utf-8"))["items"])
    ]


@pytest.mark.parametrize(
    ("where", "budget", "expected"), _budgets(), ids=[b[0] for b in _budgets()]
)
def test_it_reads_every_fixture_budget_as_its_truth(
    where: str, budget: str, expected: int | None
) -> None:
    assert parse_budget(budget) == expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Dự kiến kinh phí (Triệu đồng)", 1_000_000),
        ("Dự kiến kinh phí\n(triệu đồng)", 1_000_000),
        ("Kinh phí (nghìn đồng)", 1_000),
        ("Dự kiến kinh phí (tỷ đồng)", 1_000_000_000),
        ("Đơn vị tính: triệu đồng", 1_000_000),
        ("ĐVT: nghìn đồng", 1_000),
        ("Dự kiến kinh phí", 1),
        ("Dự kiến kinh phí (đồng)", 1),
        ("Nguồn lực bảo đảm", 1),
        ("Tỷ lệ (%)", 1),
        ("", 1),
        (None, 1),
    ],
)
def test_it_reads_the_unit_a_budget_heading_sets(heading: str | None, expected: int) -> None:
    assert budget_unit(heading) == expected
