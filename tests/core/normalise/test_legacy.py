"""The TCVN3 and VNI tables, the font names that signal them, and the plain-text detector."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from caitien.importers.text import _clean_lines, decode_text
from caitien.normalise._legacy import (
    LegacyFont,
    decode_legacy,
    legacy_font,
    repair_mojibake_line,
    repair_mojibake_lines,
)
from tests.conftest import SAMPLES, SEED_TEXTS

if TYPE_CHECKING:
    from pathlib import Path

TCVN3 = LegacyFont("tcvn3")
TCVN3_H = LegacyFont("tcvn3", capitals=True)
VNI = LegacyFont("vni")

# Every vowel with every tone (no tone, huyền, hỏi, ngã, sắc, nặng), from the code charts.
VOWELS = "a à ả ã á ạ ă ằ ẳ ẵ ắ ặ â ầ ẩ ẫ ấ ậ e è ẻ ẽ é ẹ ê ề ể ễ ế ệ i ì ỉ ĩ í ị " \
    "o ò ỏ õ ó ọ ô ồ ổ ỗ ố ộ ơ ờ ở ỡ ớ ợ u ù ủ ũ ú ụ ư ừ ử ữ ứ ự y ỳ ỷ ỹ ý ỵ đ"  # fmt: skip
TCVN3_VOWELS = "a µ ¶ · ¸ ¹ ¨ » ¼ ½ ¾ Æ © Ç È É Ê Ë e Ì Î Ï Ð Ñ ª Ò Ó Ô Õ Ö i × Ø Ü Ý Þ " \
    "o ß á â ã ä « å æ ç è é ¬ ê ë ì í î u ï ñ ò ó ô \u00ad õ ö ÷ ø ù y ú û ü ý þ ®"  # fmt: skip
VNI_VOWELS = "a aø aû aõ aù aï aê aè aú aü aé aë aâ aà aå aã aá aä e eø eû eõ eù eï " \
    "eâ eà eå eã eá eä i ì æ ó í ò o oø oû oõ où oï oâ oà oå oã oá oä ô ôø ôû ôõ ôù ôï " \
    "u uø uû uõ uù uï ö öø öû öõ öù öï y yø yû yõ yù î ñ"  # fmt: skip


def test_it_decodes_every_tcvn3_vowel_with_every_tone() -> None:
    assert decode_legacy(TCVN3_VOWELS, TCVN3) == VOWELS


def test_it_decodes_every_vni_vowel_with_every_tone_in_both_cases() -> None:
    assert decode_legacy(VNI_VOWELS, VNI) == VOWELS
    assert decode_legacy(VNI_VOWELS.upper(), VNI) == VOWELS.upper()


@pytest.mark.parametrize(
    ("typed", "font", "expected"),
    [
        ("Tr\u00adêng", TCVN3, "Trường"),
        (
            "KÕ ho¹ch c¶i tiÕn chÊt l\u00adîng gi¸o dôc",
            TCVN3,
            "Kế hoạch cải tiến chất lượng giáo dục",
        ),
        ("Tiªu chÝ 1.1", TCVN3, "Tiêu chí 1.1"),
        ("§¹i ®oµn kÕt; ¡n ¢u £m ¤m ¥n ¦u", TCVN3, "Đại đoàn kết; Ăn Âu Êm Ôm Ơn Ưu"),
        ("tr\u00adêng trung häc c¬ së", TCVN3_H, "TRƯỜNG TRUNG HỌC CƠ SỞ"),
        ("KÕ HO¹CH", TCVN3_H, "KẾ HOẠCH"),
        ("Tröôøng", VNI, "Trường"),
        (
            "Keá hoaïch caûi tieán chaát löôïng giaùo duïc",
            VNI,
            "Kế hoạch cải tiến chất lượng giáo dục",
        ),
        ("Tieâu chí; ÑAÏI HOÏC; Ñoàng Thaùp", VNI, "Tiêu chí; ĐẠI HỌC; Đồng Tháp"),
        ("Ngöôøi khuyeát taät; nghieâng", VNI, "Người khuyết tật; nghiêng"),
    ],
)
def test_it_reads_real_words(typed: str, font: LegacyFont, expected: str) -> None:
    assert decode_legacy(typed, font) == expected


def test_it_reads_word_symbol_font_codes_by_their_low_byte() -> None:
    assert decode_legacy("Tr\uf0ad\uf0eang", TCVN3) == "Trường"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (".VnTime", TCVN3),
        (".vntime", TCVN3),
        (".VnTimeH", TCVN3_H),
        (".VnArial NarrowH", TCVN3_H),
        ("ABCDEE+.VnTimeH,Bold", TCVN3_H),
        (".VnTime-BoldItalic", TCVN3),
        ("VNI-Times", VNI),
        ("'VNI-Helve'", VNI),
        ("VniHelvetica", VNI),
        ("VnTime", None),
        ("VNtimes new roman", None),
        ("Times New Roman", None),
        ("", None),
        (None, None),
    ],
)
def test_it_knows_the_encoding_a_font_name_signals(
    name: str | None, expected: LegacyFont | None
) -> None:
    assert legacy_font(name) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tr\u00adêng THCS KÕ ho¹ch c¶i tiÕn", ("Trường THCS Kế hoạch cải tiến", "tcvn3")),
        ("II. C¨N Cø X©Y DùNG KÕ HO¹CH", ("II. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "tcvn3")),
        ("- Phßng GD&®T huyÖn CÇn Giê", ("- Phòng GD&ĐT huyện Cần Giờ", "tcvn3")),
        ("Keá hoaïch caûi tieán chaát löôïng", ("Kế hoạch cải tiến chất lượng", "vni")),
    ],
)
def test_it_repairs_a_line_that_is_clearly_mojibake(line: str, expected: tuple[str, str]) -> None:
    assert repair_mojibake_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Kế hoạch cải tiến chất lượng giáo dục",
        "Tiêu chí 1.1: «Phương hướng, chiến lược»",
        "Tên «Tiêu chí» được ghi",
        "Café crème brûlée à la française",
        "Tr\u00adêng",  # one word only: not enough evidence alone
        "Ghi chú: µm, ½ giờ",
    ],
)
def test_it_leaves_a_line_that_is_not_clearly_mojibake(line: str) -> None:
    assert repair_mojibake_line(line) == (line, None)


def test_it_repairs_a_single_word_line_once_three_lines_showed_tcvn3() -> None:
    assert repair_mojibake_lines(["KÕ ho¹ch c¶i tiÕn", "NguyÔn"]) == (
        ["Kế hoạch cải tiến", "NguyÔn"],
        {"tcvn3"},
    )


def test_it_repairs_a_single_word_line_once_the_text_is_known_to_be_tcvn3() -> None:
    confident = ["KÕ ho¹ch c¶i tiÕn", "gi¸o dôc vµ ®µo t¹o", "C¨n cø x©y dùng"]
    repaired, met = repair_mojibake_lines([*confident, "Tr\u00adêng THCS", "V¨n", "Café"])
    assert repaired[3:] == ["Trường THCS", "Văn", "Café"]
    assert met == {"tcvn3"}


def _real_texts() -> list[Path]:
    ours = [path for path in SAMPLES.rglob("*.txt") if "legacy-fonts" not in path.parts]
    return sorted([*ours, *SEED_TEXTS.glob("*.txt")])


def test_it_changes_nothing_in_any_text_golden_or_seed() -> None:
    texts = _real_texts()
    assert len(texts) > 20
    for path in texts:
        lines = _clean_lines(decode_text(path.read_bytes(), path.name))
        assert repair_mojibake_lines(lines) == (lines, set()), path.name
