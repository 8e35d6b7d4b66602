"""Covers clean_text (NFC, spaces, invisible characters), fold_text and join_lines."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

import pytest

from caitien import normalise
from caitien.normalise import clean_lines, clean_text, fold_text, join_lines
from caitien.normalise._text import _clean

if TYPE_CHECKING:
    from collections.abc import Callable


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Tiêu chí 1.2 Hội đồng trường\n", "Tiêu chí 1.2 Hội đồng trường"),
        ("Năm học\u00a02024 – 2025", "Năm học 2024 – 2025"),
        (
            "Thời gian hoàn thành :trong  năm học\t2024-2025",
            "Thời gian hoàn thành :trong năm học 2024-2025",
        ),
        ("Điểm  trường\nkhu  B  chưa  có  giấy", "Điểm trường khu B chưa có giấy"),
        ("Hiệu\u200btrưởng\ufeff", "Hiệutrưởng"),
        ("phương\u00adpháp", "phươngpháp"),
        ("Mức \u200b 2\u00a0\u00ad", "Mức 2"),
        ("\u200b\ufeff \u2060", ""),
        ("Kinh phí\u200e: 5 triệu\x07", "Kinh phí\u200e: 5 triệu\x07"),
        ("a\u2003b\u202fc\u3000d\u2028e", "a b c d e"),
        ("  \n\t ", ""),
        ("", ""),
        ("- Phòng GD&ĐT (để b/c);", "- Phòng GD&ĐT (để b/c);"),
    ],
)
def test_it_cleans_layout_noise_and_keeps_the_words(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


def test_it_turns_every_kind_of_unicode_space_into_one_space() -> None:
    spaces = [chr(code) for code in range(0x3001) if chr(code).isspace()]
    assert len(spaces) > 20  # ASCII, C1, NBSP, the U+2000 block, separators, U+3000
    for space in spaces:
        assert clean_text(f"{space}Mức{space}{space}2{space}") == "Mức 2", hex(ord(space))


@pytest.mark.parametrize(
    "text",
    [
        "Trường Tiểu học Nguyễn Việt Hồng",
        "Kết quả nuôi dưỡng và chăm sóc sức khoẻ",
        "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
    ],
)
def test_it_composes_decomposed_diacritics(text: str) -> None:
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    assert clean_text(decomposed) == text


def test_it_keeps_old_and_new_tone_placement_apart() -> None:
    # "khoẻ" and "khỏe" are different strings as written; only frameworks.titles_match joins them.
    assert clean_text("khoẻ") != clean_text("khỏe")


def test_it_folds_case_for_comparison() -> None:
    assert fold_text("  GIỮ VỮNG\u00a0Mức 1 ") == fold_text("giữ vững mức 1")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Trong năm học 2023-", "2024 và các năm tiếp theo."],
            "Trong năm học 2023-2024 và các năm tiếp theo.",
        ),
        (["Năm học 2023 –", "2024"], "Năm học 2023 – 2024"),
        (["Kết nối in-", "tơ-nét cho phòng máy"], "Kết nối in-tơ-nét cho phòng máy"),
        (["Hiệu trưởng -", "Chủ tịch Hội đồng"], "Hiệu trưởng - Chủ tịch Hội đồng"),
        (["Khối phòng hành chính-", "Quản trị"], "Khối phòng hành chính- Quản trị"),
        (["phương\u00ad", "pháp dạy học"], "phươngpháp dạy học"),
        (
            ["Tiêu chí 3.1: Diện", "tích,  khuôn  viên", "", "và sân vườn"],
            "Tiêu chí 3.1: Diện tích, khuôn viên và sân vườn",
        ),
        (["550 triệu", "đồng"], "550 triệu đồng"),
        ([], ""),
    ],
)
def test_it_joins_lines_and_mends_only_clear_splits(lines: list[str], expected: str) -> None:
    assert join_lines(lines) == expected


def test_it_splits_a_string_on_every_kind_of_line_break() -> None:
    assert (
        join_lines("Cán bộ\r\nquản lý,\rgiáo viên\u2028nhân viên")
        == "Cán bộ quản lý, giáo viên nhân viên"
    )


@pytest.mark.parametrize(
    "parse",
    [
        normalise.clean_text,
        normalise.fold_text,
        normalise.parse_budget,
        normalise.parse_criterion_code,
        normalise.parse_date,
        normalise.parse_document_number,
        normalise.parse_school_level,
        normalise.parse_school_year,
        normalise.parse_standard_number,
        normalise.parse_target_level,
        normalise.school_name_case,
        normalise.years_mentioned,
    ],
)
def test_it_reads_none_as_empty_text(parse: Callable[[str | None], object]) -> None:
    assert parse(None) == parse("")
    assert parse(None) in ("", None, [])


def test_it_reads_a_number_cell_as_its_text() -> None:
    assert normalise.clean_text(30000000) == "30000000"  # type: ignore[arg-type]
    assert normalise.parse_place_and_date(None) == (None, None)


def test_it_removes_invisible_characters_anywhere_among_spaces() -> None:
    invisible = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
    pieces = ["Tiêu", " ", "\n", "\u00a0", "chí", "2.2", *invisible]
    for first in pieces:
        for second in pieces:
            text = f" {first}Tiêu{second} chí{first}{second}"
            expected = " ".join("".join(c for c in text if c not in invisible).split())
            assert clean_text(text) == expected, repr(text)


def test_it_returns_clean_text_as_is_exactly_when_cleaning_would_keep_it() -> None:
    """The shortcut for text already clean agrees with the full cleaning everywhere.

    Every code point of the Basic Multilingual Plane alone, inside a word, at
    either end, beside a space and doubled with spaces; decomposed and composed
    Vietnamese.
    """
    samples = ["Tiêu chí 2.2", unicodedata.normalize("NFD", "Tiêu chí 2.2"), "a  b", " a", "a "]
    for code in range(0x10000):
        char = chr(code)
        if not 0xD800 <= code < 0xE000:  # surrogates are not text
            samples.extend(
                (char, f"a{char}b", f"{char}a", f"a{char}", f"a {char} b", f"{char} {char}")
            )
    assert [clean_text(text) for text in samples] == [_clean(text) for text in samples]


@pytest.mark.parametrize(
    "lines",
    [
        [],
        [""],
        ["Tiêu chí 1.1", "Kế hoạch"],
        ["Tiêu chí", "", "Kế hoạch"],  # an empty paragraph adds no space
        ["  Tiêu chí", "Kế\u00a0hoạch "],  # not clean: the whole text is cleaned
        ["Tie\u0302u chi\u0301", "x"],  # decomposed
        ["a\nb", "c"],  # a line break inside a line
        ["\u0301", "Mức"],  # a lone mark opening a line does not join the line above
        ["Kế\u200bhoạch", "x"],
    ],
)
def test_it_cleans_lines_as_the_clean_text_of_them_joined_by_line_breaks(lines: list[str]) -> None:
    assert clean_lines(lines) == clean_text("\n".join(lines))
