"""Vietnamese typed in legacy 8-bit fonts (TCVN3/ABC, VNI) read back as Unicode.

See docs/formats/legacy-fonts.md for the code charts, the font names that
signal each encoding and the plain-text detector's rules.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Literal

Encoding = Literal["tcvn3", "vni"]

_TONES = "\u0300\u0309\u0303\u0301\u0323"  # huyền, hỏi, ngã, sắc, nặng (TCVN3 order)

# TCVN3 codes per base, in the order no tone, huyền, hỏi, ngã, sắc, nặng;
# "" where the base letter is plain ASCII.
_TCVN3_ROWS = {
    "a": ("", "µ", "¶", "·", "¸", "¹"),
    "ă": ("¨", "»", "¼", "½", "¾", "Æ"),
    "â": ("©", "Ç", "È", "É", "Ê", "Ë"),
    "e": ("", "Ì", "Î", "Ï", "Ð", "Ñ"),
    "ê": ("ª", "Ò", "Ó", "Ô", "Õ", "Ö"),
    "i": ("", "×", "Ø", "Ü", "Ý", "Þ"),
    "o": ("", "ß", "á", "â", "ã", "ä"),
    "ô": ("«", "å", "æ", "ç", "è", "é"),
    "ơ": ("¬", "ê", "ë", "ì", "í", "î"),
    "u": ("", "ï", "ñ", "ò", "ó", "ô"),
    "ư": ("\u00ad", "õ", "ö", "÷", "ø", "ù"),
    "y": ("", "ú", "û", "ü", "ý", "þ"),
}
_TCVN3_SINGLES = {"®": "đ", "¡": "Ă", "¢": "Â", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư", "§": "Đ"}

# VNI: marks after a base letter (lowercase forms; the uppercase byte is 0x20 lower).
_VNI_TONES = ("ø", "û", "õ", "ù", "ï")  # huyền, hỏi, ngã, sắc, nặng
_VNI_CIRCUMFLEX = ("â", "à", "å", "ã", "á", "ä")  # no tone, then the five tones
_VNI_BREVE = ("ê", "è", "ú", "ü", "é", "ë")
_VNI_SINGLES = {
    "ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
}  # fmt: skip


def _toned(base: str, tone: int) -> str:
    """``base`` with tone ``tone`` (0 = none, 1..5 in TCVN3 order), composed."""
    return unicodedata.normalize("NFC", base + (_TONES[tone - 1] if tone else ""))


def _tcvn3_table() -> dict[int, str]:
    table = {ord(code): letter for code, letter in _TCVN3_SINGLES.items()}
    for base, codes in _TCVN3_ROWS.items():
        for tone, code in enumerate(codes):
            if code:
                table[ord(code)] = _toned(base, tone)
    return table


def _vni_pairs() -> dict[str, str]:
    """Every VNI sequence (one or two characters) → its Unicode letter, lower and upper."""
    pairs = dict(_VNI_SINGLES)
    for base in "aeiouyôö":
        letter = _VNI_SINGLES.get(base, base)
        for tone, mark in enumerate(_VNI_TONES, start=1):
            pairs[base + mark] = _toned(letter, tone)
    for base in "aeo":
        for tone, mark in enumerate(_VNI_CIRCUMFLEX):
            pairs[base + mark] = _toned(unicodedata.normalize("NFC", base + "\u0302"), tone)
    for tone, mark in enumerate(_VNI_BREVE):
        pairs["a" + mark] = _toned("ă", tone)
    upper = {key.upper(): value.upper() for key, value in pairs.items()}
    # A capital base may carry a lowercase mark (a word typed with Shift on its first letter).
    mixed = {
        key[0].upper() + key[1:]: value.upper() for key, value in pairs.items() if len(key) > 1
    }
    return {**pairs, **mixed, **upper}


_TCVN3 = _tcvn3_table()
_VNI = _vni_pairs()


@cache
def _vni_pattern() -> re.Pattern[str]:
    """Any VNI sequence, longest first; compiled on first use (it costs milliseconds at import)."""
    return re.compile("|".join(sorted(map(re.escape, _VNI), key=len, reverse=True)))


# Word keeps the bytes of a symbol-charset font as U+F0xx: their low byte is the code.
_PRIVATE_BYTES = re.compile("[\uf0a0-\uf0ff]")


@dataclass(frozen=True)
class LegacyFont:
    """The encoding a font name signals; ``capitals`` for TCVN3's H fonts (all capitals)."""

    encoding: Encoding
    capitals: bool = False


_SUBSET = re.compile(r"^[A-Z]{6}\+")
_STYLE_SUFFIX = re.compile(
    r"(?:[,-](?:bold|italic|oblique|regular|bolditalic|boldoblique|roman)+)+$", re.IGNORECASE
)


def legacy_font(name: str | None) -> LegacyFont | None:
    """The legacy encoding the font family ``name`` signals, ``None`` for any other font.

    ``.Vn…`` is TCVN3 (capitals when the family ends in H), ``VNI…`` is VNI;
    a PDF subset prefix ("ABCDEE+") and a style suffix (",Bold") are ignored,
    and so are surrounding quotes and spaces (CSS). ``Vn…`` without the dot is
    another encoding and is not recognised.
    """
    if not name:
        return None
    family = _SUBSET.sub("", name.strip().strip("'\"").strip())
    family = _STYLE_SUFFIX.sub("", family).rstrip()
    folded = family.lower()
    if folded.startswith(".vn"):
        return LegacyFont("tcvn3", capitals=folded.endswith("h"))
    if folded.startswith("vni"):
        return LegacyFont("vni")
    return None


def decode_legacy(text: str, font: LegacyFont) -> str:
    """``text`` as typed in a font of ``font``'s encoding, read back as Unicode (NFC).

    Characters outside the encoding's table (ASCII, digits, punctuation) stay as
    they are; TCVN3 text in an H font is upper-cased, as the font draws it.
    """
    if _PRIVATE_BYTES.search(text):
        text = _PRIVATE_BYTES.sub(lambda match: chr(ord(match.group()) - 0xF000), text)
    if font.encoding == "vni":
        return _vni_pattern().sub(lambda match: _VNI[match.group()], text)
    decoded = text.translate(_TCVN3)
    return decoded.upper() if font.capitals else decoded


# --- plain text: a conservative detector -------------------------------------------

# Latin-1 characters that no Unicode Vietnamese word contains, per encoding.
_VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_TCVN3_SIGNS = frozenset(chr(code) for code in _TCVN3) - _VIETNAMESE_LATIN1
_VNI_SIGNS = frozenset(ch for key in _VNI for ch in key) - _VIETNAMESE_LATIN1 - set("aeiouyAEIOUY")
_BEFORE_CAPITAL = re.compile("[^\x00-\x7f](?=[A-Z])")
# The BMP beyond Latin-1, written as a negated class: the range "[\u0100-\uffff]" matches the
# same characters but costs re several milliseconds to compile at import.
_BEYOND_LATIN1 = re.compile("[^\x00-\xff\U00010000-\U0010ffff]")
_WORD = re.compile("[A-Za-z\u00a1-\u00ff]+")

_VOWEL = "aăâeêioôơuưy"
_SYLLABLE = re.compile(
    rf"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?[{_VOWEL}]{{1,3}}"
    r"(?:ch|nh|ng|[cmnpt])?"
)


def _plain_syllable(word: str) -> bool:
    """Whether ``word`` is one well-formed Vietnamese syllable with at most one tone."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(decomposed.count(mark) for mark in _TONES)
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    return tones <= 1 and _SYLLABLE.fullmatch(bare) is not None


def _syllable(decoded: str, font: LegacyFont) -> bool:
    """A well-formed syllable; in VNI, which has capitals, also well-cased ("Kế", not "kẾ").

    TCVN3 text is not case-checked: its toned capitals are lowercase codes.
    """
    if font.encoding == "vni" and decoded not in (
        decoded.lower(),
        decoded.upper(),
        decoded.capitalize(),
    ):
        return False
    return _plain_syllable(decoded)


def _explained(line: str, signs: frozenset[str], font: LegacyFont, at_least: int) -> int:
    """How many words holding ``signs`` decode to syllables; 0 unless three in four do and
    there are ``at_least`` of them.

    Not all of them: an abbreviation ("BGD®T", "BGDĐT" typed in TCVN3) is no syllable.
    """
    marked = [word for word in _WORD.findall(line) if not signs.isdisjoint(word)]
    if len(marked) < at_least:
        return 0
    syllables = sum(1 for word in marked if _syllable(decode_legacy(word, font), font))
    return syllables if syllables >= at_least and 4 * syllables >= 3 * len(marked) else 0


def _capitals(text: str, at_least: int) -> bool:
    """Whether ``text`` has ``at_least`` ASCII letters and all of them are capitals."""
    letters = [ch for ch in text if ch.isascii() and ch.isalpha()]
    return len(letters) >= at_least and all(ch.isupper() for ch in letters)


def _decode_line(line: str, encoding: Encoding) -> str:
    """``line`` decoded word by word.

    TCVN3 has no toned capitals: capitals were typed as lowercase codes in an
    H font, so a word whose ASCII letters are capitals (two or more, or any in
    a line in capitals) is upper-cased after decoding.
    """
    font = LegacyFont(encoding)
    in_capitals = _capitals(line, 3)

    def word(match: re.Match[str]) -> str:
        text = match.group()
        decoded = decode_legacy(text, font)
        if _capitals(text, 1 if in_capitals else 2):
            return decoded.upper()
        # No Vietnamese word has a small letter before a capital ("GD&®T" is "GD&ĐT").
        return _BEFORE_CAPITAL.sub(lambda letter: letter.group().upper(), decoded)

    return _WORD.sub(word, line)


def _line_encoding(line: str, at_least: int) -> Encoding | None:
    """The encoding that explains ``line`` (``at_least`` marked words), else ``None``.

    When both do, one must explain at least twice as many words as the other.
    """
    if line.isascii() or _BEYOND_LATIN1.search(line):
        return None
    tcvn3 = _explained(line, _TCVN3_SIGNS, LegacyFont("tcvn3"), at_least)
    vni = _explained(line, _VNI_SIGNS, LegacyFont("vni"), at_least)
    if tcvn3 >= 2 * vni and tcvn3:
        return "tcvn3"
    if vni >= 2 * tcvn3 and vni:
        return "vni"
    return None


def repair_mojibake_line(line: str) -> tuple[str, Encoding | None]:
    """``line`` converted when it is clearly TCVN3 or VNI mojibake, with the encoding used.

    A line holding any character beyond Latin-1 (real Unicode Vietnamese has
    ư, ơ, đ, ă or a letter of U+1EA0–U+1EF9) is returned unchanged, and so is
    a line that both encodings, or neither, explain, or where fewer than two
    words hold characters no Unicode Vietnamese word has. See
    docs/formats/legacy-fonts.md.
    """
    encoding = _line_encoding(line, 2)
    return (line, None) if encoding is None else (_decode_line(line, encoding), encoding)


_CONFIDENT_LINES = 3


def repair_mojibake_lines(lines: list[str]) -> tuple[list[str], set[str]]:
    """Every line of a text repaired by :func:`repair_mojibake_line`, and the encodings met.

    When three or more lines were repaired, all with one encoding, the text as
    a whole is known to be in it, and a line with a single word that only this
    encoding explains (a short cell: a name, "Trường") is repaired too.
    """
    repaired = [repair_mojibake_line(line) for line in lines]
    met: set[str] = {encoding for _, encoding in repaired if encoding}
    if len(met) != 1 or sum(1 for _, found in repaired if found) < _CONFIDENT_LINES:
        return [text for text, _ in repaired], met
    encoding: Encoding = "tcvn3" if "tcvn3" in met else "vni"
    out = []
    for text, found in repaired:
        if found is None and _line_encoding(text, 1) == encoding:
            text = _decode_line(text, encoding)
        out.append(text)
    return out, met


def legacy_note_message(encodings: set[str] | frozenset[str]) -> str:
    """The reviewer's note for text converted from the legacy ``encodings``."""
    names = ", ".join(sorted(name.upper() for name in encodings))
    return (
        f"Một phần văn bản gõ bằng phông chữ cũ ({names}) đã được chuyển sang Unicode: "
        "hãy đối chiếu với bản gốc."
    )
