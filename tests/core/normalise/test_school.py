"""Covers parse_school_level and school_name_case, with the header names of the fixtures."""

from __future__ import annotations

import pytest

from caitien.normalise import parse_school_level, school_name_case


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TRƯỜNG MẦM NON AN LỘC", "mam_non"),
        ("Trường mầm non xã Noong Hẹt", "mam_non"),
        ("TRƯỜNG MẪU GIÁO HOA HỒNG", "mam_non"),
        ("Trường Tiểu học Nguyễn Việt Hồng", "tieu_hoc"),
        ("TRƯỜNG TH NGUYỄN TRÃI", "tieu_hoc"),
        ("TRƯỜNG THCS TÂN THUẬN", "thcs"),
        ("Trường Trung học cơ sở Bình Trị Đông A", "thcs"),
        ("TRƯỜNG PTDTBT THCS PA CỰ", "thcs"),
        ("TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN", "thpt"),
        ("Trường Trung học phổ thông Nguyễn Du", "thpt"),
        ("TRƯỜNG TH&THCS LÊ LỢI", "nhieu_cap"),
        ("Trường TH và THCS Quang Trung", "nhieu_cap"),
        ("TRƯỜNG TIỂU HỌC VÀ THCS HÒA BÌNH", "nhieu_cap"),
        ("Trường Tiểu học, THCS và THPT Đinh Tiên Hoàng", "nhieu_cap"),
        ("Trường THCS và trung học phổ thông Võ Nguyên Giáp", "nhieu_cap"),
        ("TRƯỜNG THCS - THPT HÒA BÌNH", "nhieu_cap"),
        ("Trường phổ thông nhiều cấp học Đoàn Thị Điểm", "nhieu_cap"),
        ("Trường liên cấp Ngôi Sao", "nhieu_cap"),
        ("TRUNG TÂM GDNN-GDTX QUẬN 5", "gdtx"),
        ("Trung tâm Giáo dục thường xuyên tỉnh", "gdtx"),
        ("UBND THÀNH PHỐ THỦ ĐỨC", None),
        ("TRƯỜNG PHỔ THÔNG DÂN TỘC NỘI TRÚ TỈNH ĐIỆN BIÊN", None),
        ("", None),
    ],
)
def test_it_reads_the_kind_of_school(text: str, expected: str | None) -> None:
    assert parse_school_level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The header names of the seeds and samples, and their truth's school.name.
        ("TRƯỜNG MẦM NON AN LỘC", "Trường Mầm non An Lộc"),
        ("TRƯỜNG MẦM NON SƠN CA", "Trường Mầm non Sơn Ca"),
        ("TRƯỜNG THCS TÂN THUẬN", "Trường THCS Tân Thuận"),
        ("TRƯỜNG TIỂU HỌC HƯNG THẠNH", "Trường Tiểu học Hưng Thạnh"),
        ("TRƯỜNG TIỂU HỌC NGUYỄN VIỆT HỒNG", "Trường Tiểu học Nguyễn Việt Hồng"),
        ("TRƯỜNG THCS BÌNH TRỊ ĐÔNG A", "Trường THCS Bình Trị Đông A"),
        ("TRƯỜNG MẦM NON XÃ NOONG HẸT", "Trường Mầm non xã Noong Hẹt"),
        ("TRƯỜNG THCS GIO MỸ", "Trường THCS Gio Mỹ"),
        ("TRƯỜNG THPT LONG HƯNG B", "Trường THPT Long Hưng B"),
        ("TRƯỜNG TH VÀ THCS MĂNG CÀNH", "Trường TH và THCS Măng Cành"),
        (
            "TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP - GIÁO DỤC THƯỜNG XUYÊN BẮC HÀ",
            "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên Bắc Hà",
        ),
        # Other shapes of names.
        ("TRƯỜNG TRUNG HỌC CƠ SỞ BÌNH TRỊ ĐÔNG A", "Trường Trung học cơ sở Bình Trị Đông A"),
        ("TRƯỜNG TH&THCS LÊ LỢI", "Trường TH&THCS Lê Lợi"),
        ("TRƯỜNG TIỂU HỌC SỐ 1 NAM PHƯỚC", "Trường Tiểu học số 1 Nam Phước"),
        ("TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN", "Trường THPT chuyên Lê Quý Đôn"),
        ("TRƯỜNG THCS NGUYỄN THỊ MINH KHAI", "Trường THCS Nguyễn Thị Minh Khai"),
        ("TRƯỜNG TIỂU HỌC THÀNH CÔNG", "Trường Tiểu học Thành Công"),
        ("TRƯỜNG MẦM NON TƯ THỤC HOA SEN", "Trường Mầm non tư thục Hoa Sen"),
        ("TRƯỜNG MẦM NON THỊ TRẤN ĐÔNG ANH", "Trường Mầm non thị trấn Đông Anh"),
        ("TRUNG TÂM GDNN-GDTX QUẬN 5", "Trung tâm GDNN-GDTX quận 5"),
        ("TRƯỜNG TIỂU HỌC KIM ĐỒNG II", "Trường Tiểu học Kim Đồng II"),
        ("TRƯỜNG  MẦM NON\nAN LỘC", "Trường Mầm non An Lộc"),
        # Written in ordinary casing already: kept as written.
        ("Trường mầm non xã Noong Hẹt", "Trường mầm non xã Noong Hẹt"),
        ("Trường THCS Bình Trị Đông A", "Trường THCS Bình Trị Đông A"),
        ("", ""),
    ],
)
def test_it_writes_a_capitalised_school_name_in_ordinary_casing(text: str, expected: str) -> None:
    assert school_name_case(text) == expected
