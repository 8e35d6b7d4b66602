"""List markers as the readers write them before an item: "- ", "+ ", "1. ", "II. ".

Plans write their points with "- " and "+ ", and the plan format keeps those
markers, so every reader writes a bullet the same way: a "+" glyph as "+ ",
every other glyph (dash, •, ●, Symbol and Wingdings private-use glyphs) as
"- ". Numbers are spelled in Word's number formats, which the ODT reader maps
its own formats onto and the web-page reader uses for ``<ol type>``.
"""

from __future__ import annotations

_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
_PLUS_GLYPHS = frozenset("+＋")
_MAX_SPELLED = 780


def bullet_marker(glyph: str) -> str:
    """The marker of a bullet drawn with ``glyph``: "+ " for a plus sign, "- " for any other.

    Surrounding spaces are ignored; a blank glyph draws nothing ("").
    """
    glyph = glyph.strip()
    if not glyph:
        return ""
    return "+ " if glyph[0] in _PLUS_GLYPHS else "- "


def roman(number: int) -> str:
    """Upper-case Roman numeral of a positive integer (4 → "IV")."""
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def letters(number: int) -> str:
    """Word's lower-case letter numbering: 1 → "a", 26 → "z", 27 → "aa"."""
    letter = chr(ord("a") + (number - 1) % 26)
    return letter * ((number - 1) // 26 + 1)


def format_number(number: int, fmt: str) -> str:
    """``number`` in Word number format ``fmt`` (unknown formats fall back to decimal).

    Roman numerals and letters are only used in their sensible range (1–3999,
    1–780): a crafted start value must not turn a marker into megabytes.
    """
    if not 0 < number <= _MAX_SPELLED:
        return str(number)
    if fmt == "upperRoman":
        return roman(number)
    if fmt == "lowerRoman":
        return roman(number).lower()
    if fmt == "upperLetter":
        return letters(number).upper()
    if fmt == "lowerLetter":
        return letters(number)
    if fmt == "decimalZero":
        return f"{number:02d}"
    if fmt == "none":
        return ""
    return str(number)
