"""The two heuristics of caitien.checks.rows, case by case: stale time phrases and weak targets."""

from __future__ import annotations

import pytest

from caitien.checks.rows import restates_weakness, stale_mention


@pytest.mark.parametrize(
    ("timeline", "first_year", "mention"),
    [
        ("Thời gian bắt đầu: Tháng 9/2022. Giai đoạn 2022-2025", 2024, "Tháng 9/2022"),
        ("Năm học 2023-2024 và những năm tiếp theo.", 2024, "2023-2024"),
        ("Năm học 2023 - 2024 và các năm tiếp theo", 2023, None),
        ("Giai đoạn 2020-2025", 2024, None),
        ("Giai đoạn 2019-2023", 2024, "2019-2023"),
        ("Từ tháng 12 năm 2021 đến những năm tiếp theo - Đến tháng 8 năm 2022", 2021, None),
        ("Từ tháng 12 năm 2021 đến tháng 8 năm 2022", 2024, "tháng 12 năm 2021"),
        ("Tháng 10/ 2024. Thời gian hoàn thành: kết thúc năm học 2024-2025.", 2024, None),
        ("Từ 9/2022 đến 5/2025", 2024, "9/2022"),
        ("Ngày 25/8/2023", 2024, "25/8/2023"),
        ("Năm 2021", 2024, "2021"),
        ("Năm học 2024-25", 2024, None),
        ("Cả năm học", 2024, None),
        ("", 2024, None),
    ],
)
def test_it_finds_the_first_time_phrase_before_the_school_year(
    timeline: str, first_year: int, mention: str | None
) -> None:
    assert stale_mention(timeline, first_year) == mention


@pytest.mark.parametrize(
    ("target", "level", "weak"),
    [
        ("Số lớp và sĩ số học sinh trong một lớp vượt hơn quy định.", None, True),
        ("Điểm trường khu B chưa có giấy chứng nhận quyền sử dụng đất.", None, True),
        (
            "Hệ thống máy tính được kết nối Internet. Tuy nhiên vẫn chưa đáp ứng được nhu cầu.",
            None,
            True,
        ),
        ("Tỉ lệ học sinh xếp loại học lực yếu kém vẫn còn", None, True),
        ("Giáo viên còn thiếu kinh nghiệm", None, True),
        ("Cơ sở vật chất xuống cấp", None, True),
        ("Học sinh còn gặp khó khăn trong học tập", None, True),
        ("Phấn đấu Mức 2", 2, False),
        ("Giữ vững mức 1. Tuy nhiên còn hạn chế", 1, False),
        ("Tỷ lệ chuyên cần trẻ 5 tuổi đạt từ 95% trở lên", None, False),
        (
            "Bồi dưỡng về công nghệ thông tin cho 03 GV chưa tự soạn KHGD trên máy vi tính",
            None,
            False,
        ),
        ("Có phòng riêng để tổ chức cho trẻ làm quen với ngoại ngữ", None, False),
        ("Không có học sinh bỏ học", None, False),
        ("Bổ sung đủ giáo viên còn thiếu", None, False),
        ("Khắc phục tình trạng vẫn còn học sinh bỏ học", None, False),
        ("Hạn chế tối đa tai nạn thương tích", None, False),
        ("Nhà trường chưa có thư viện đạt chuẩn; phấn đấu xây dựng thư viện", None, False),
        ("100% học sinh có hoàn cảnh khó khăn được hỗ trợ", None, False),
        (
            "Phối hợp với cơ sở y tế địa phương tổ chức các hoạt động chăm sóc sức khỏe cho trẻ;",
            None,
            False,
        ),
        ("", None, False),
    ],
)
def test_it_tells_a_restated_weakness_from_a_target(
    target: str, level: int | None, weak: bool
) -> None:
    assert restates_weakness(target, level) is weak
