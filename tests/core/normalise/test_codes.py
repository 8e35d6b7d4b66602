"""Covers criterion codes, standard numbers and target levels, from the seeds and fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caitien.normalise import (
    parse_criterion_code,
    parse_criterion_codes,
    parse_standard_number,
    parse_target_level,
)
from tests.conftest import fixture_truths


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tiêu chí 2. 2 Đối với giáo viên", "2.2"),
        ("Tiêu chí : 1.4 Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng", "1.4"),
        ("TC1.1", "1.1"),
        ("3. 5", "3.5"),
        ("Tiêu chí 1.10 Đảm bảo an ninh trật tự, an toàn trường học", "1.10"),
        ("Tiêu chí 1.1. Phương hướng, chiến lược xây dựng và phát triển nhà trường", "1.1"),
        ("Tiêu chí 1.3: Tổ chức Đảng Cộng sản Việt Nam", "1.3"),
        ("Tiêu chí 1.4 - Hiệu trưởng, phó hiệu trưởng", "1.4"),
        ("Tiêu  chí  3.3:", "3.3"),
        ("\tTiêu chí 2. 3", "2.3"),
        ("TIÊU CHÍ 5.6", "5.6"),
        ("tiêu chí 1.01", "1.1"),
        ("Cập nhật đầy đủ dữ liệu quản lý học sinh, đội ngũ (Tiêu chí 1.3)", "1.3"),
        ("1.10 Đảm bảo an ninh trật tự", "1.10"),
        ("(3.2)", "3.2"),
        ("3.2; 3.5", "3.2"),
        ("Tiêu chí số 4.2", "4.2"),
        ("Tiêu chuẩn 2, tiêu chí 3: Đối với nhân viên", "2.3"),
        ("Tiêu chuẩn 1 - Tiêu chí 10", "1.10"),
        ("Tiêu chuẩn 5 - tiêu chí 1.5", "1.5"),
        ("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", None),
        ("Tổ chức hoạt động trải nghiệm cho học sinh", None),
        ("25/8/2024", None),
        ("30.000.000", None),
        ("2.500.000 đồng", None),
        ("25.8.2024", None),
        ("1. Xây dựng kế hoạch khắc phục điểm yếu", None),
        ("3.5%", None),
        ("2.5 triệu đồng", None),
        ("1.5 tỷ", None),
        ("2.5 m", None),
        ("8.5 điểm", None),
        ("[H1-1.1-01]", None),
        ("Tiêu chí 0.0", None),
        ("", None),
    ],
)
def test_it_reads_criterion_codes(text: str, expected: str | None) -> None:
    assert parse_criterion_code(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.3", ["1.3"]),
        ("3.2; 3.5", ["3.2", "3.5"]),
        ("Tiêu chí 1.1, 1.2 và 1.3", ["1.1", "1.2", "1.3"]),
        ("Tiêu chí 2. 2 và tiêu chí 2.2", ["2.2"]),
        ("(Tiêu chí 4.1)", ["4.1"]),
        ("Tiêu chuẩn 2, tiêu chí 3", ["2.3"]),
        ("Tỷ lệ hoàn thành đạt 98,6%; tiêu chí 3.2 và 3.5 đạt Mức 1.", ["3.2", "3.5"]),
        ("[H1-1.1-01]; MC.1.3.01", []),
        ("2.5 triệu đồng, 25.8.2024, 30.000.000", []),
        ("Tiêu chuẩn 1", []),
        ("", []),
    ],
)
def test_it_lists_every_criterion_code_a_cell_names(text: str, expected: list[str]) -> None:
    assert parse_criterion_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", 1),
        ("TIÊU CHUẨN 3", 3),
        ("1 Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", 3),
        (" \tTiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục", 5),
        ("Tiêu chuẩn V", 5),
        ("Tiêu chuẩn 2. Cán bộ quản lý, giáo viên, nhân viên", 2),
        ("IV", 4),
        ("II.", 2),
        ("3", None),
        ("Có đủ các phòng, đảm bảo theo Tiêu chuẩn quốc gia về yêu cầu thiết kế", None),
        ("Tiêu chuẩn, tiêu chí", None),
        ("V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG", None),
        ("", None),
    ],
)
def test_it_reads_standard_numbers(text: str, expected: int | None) -> None:
    assert parse_standard_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Giữ vững mức 1", 1),
        ("Giữ vững Mức 2", 2),
        ("Giữ vững Mức 3\n", 3),
        ("Phấn đấu Mức 2", 2),
        ("Phấn đấu mức 2", 2),
        ("Phấn đấu lên mức 2", 2),
        ("Phấn đấu Đạt mức 02", 2),
        ("Đạt mức 1", 1),
        (" Đạt mức 1", 1),
        ("Phấn đấu đạt Mức 3", 3),
        ("Nâng từ Mức 2 lên Mức 3", 3),
        ("từ mức 1 lên 2", 2),
        ("Đạt yêu cầu Mức 4 về khu phát triển thể chất", 4),
        ("Tiêu chí 1.3 đạt Mức 2: dữ liệu trên cơ sở dữ liệu ngành khớp với hồ sơ gốc", 2),
        ("Giữ vững Mức 2; tỷ lệ học sinh bỏ học dưới 1%", 2),
        ("Phấn đấu đạt Mức 3: trên 85% giáo viên đạt chuẩn nghề nghiệp mức khá trở lên", 3),
        ("GIỮ VỮNG MỨC 1", 1),
        ("Đạt Mức II", 2),
        ("Đạt Mức hai", 2),
        ("giữ vững mức ba", 3),
        ("Đạt mức một", 1),
        ("Đạt yêu cầu Mức Bốn", 4),
        ("Nâng từ mức hai lên mức ba", 3),
        ("Bảo đảm mức hài lòng của cha mẹ", None),
        ("Hiện tại đạt mức 1, phấn đấu đạt mức 2", 2),
        ("Duy trì Mức 1, phấn đấu đạt Mức 2 vào cuối năm học", 2),
        ("Giữ vững mức 2, phấn đấu lên mức 3", 3),
        ("Duy trì đạt mức 1, hướng tới mức 2", 2),
        ("Giữ vững Mức 2, hướng đến Mức 3", 3),
        ("Duy trì mức 2 và tiến tới mức 3", 3),
        ("Hướng dẫn giáo viên đạt mức 2", 2),
        ("Hiện trạng: Mức 1. Kết quả cần đạt: Mức 2", 2),
        ("Duy trì Mức 2 (hiện đang ở mức 2)", 2),
        ("Phấn đấu đạt Mức 3 (hiện tại Mức 2)", 3),
        ("Hiện trạng đạt Mức 1", 1),
        ("Phấn đấu từ nay đến cuối năm đạt Mức 2", 2),
        ("Tỷ lệ học sinh lớp 9 được công nhận tốt nghiệp THCS đạt 100%", None),
        ("Tỷ lệ chuyên cần trẻ 5 tuổi đạt từ 95% trở lên", None),
        ("Giữ vững trường đạt chuẩn quốc gia mức độ 1", None),
        ("100% giáo viên đạt chuẩn nghề nghiệp giáo viên ở mức đạt trở lên", None),
        ("Điểm trường khu B chưa có giấy chứng nhận quyền sử dụng đất.", None),
        ("Đạt mức 5", None),
        ("", None),
    ],
)
def test_it_reads_target_levels(text: str, expected: int | None) -> None:
    assert parse_target_level(text) == expected


def _items() -> list[tuple[str, dict[str, object]]]:
    return [
        (f"{path.stem}#{index}", item)
        for path in fixture_truths()
        for index, item in enumerate(json.loads(Path(path).read_text("utf-8"))["items"])
    ]


@pytest.mark.parametrize(("where", "item"), _items(), ids=[where for where, _ in _items()])
def test_it_reads_every_fixture_target_as_its_truth(where: str, item: dict[str, object]) -> None:
    assert parse_target_level(str(item["target"])) == item["target_level"]


def test_it_finds_enough_fixture_targets_to_read() -> None:
    # Guards the table above against silently running on nothing.
    assert len(_items()) > 60
