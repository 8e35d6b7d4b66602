"""Legacy Vietnamese fonts (TCVN3, VNI) that a web page's style sheet sets by class or tag.

Word's "Save as Web Page" writes a paragraph style's font in the style sheet
(``p.MsoNormal {font-family:".VnTime"}``) and only direct formatting inline.
Simple selectors are read: ``tag``, ``.class`` and ``tag.class``; anything
else (descendants, ids, pseudo-classes) is ignored. See
docs/formats/legacy-fonts.md.
"""

from __future__ import annotations

import re

from caitien.normalise._legacy import LegacyFont, legacy_font

_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_FAMILY = re.compile(r"font-family\s*:\s*([^;]+)", re.IGNORECASE)
_SELECTOR = re.compile(r"([a-z][a-z0-9]*)?(?:\.([\w-]+))?", re.IGNORECASE)
_LEGACY_HINT = re.compile(r"\.vn|vni", re.IGNORECASE)

FontRules = dict[tuple[str, str], LegacyFont | None]


def stylesheet_fonts(css: str) -> FontRules:
    """(tag, class) → the legacy font the rule sets (``None`` for another font).

    ``tag`` or ``class`` is "" where the selector names none. Empty when the
    style sheet names no legacy font at all, so pages without one look nothing up.
    """
    if not _LEGACY_HINT.search(css):
        return {}
    rules: FontRules = {}
    for selectors, declarations in _RULE.findall(_COMMENT.sub("", css)):
        family = _FAMILY.search(declarations)
        if family is None:
            continue
        font = legacy_font(family.group(1).split(",", 1)[0])
        for selector in selectors.split(","):
            match = _SELECTOR.fullmatch(selector.strip().removeprefix("<!--").strip())
            if match and (match.group(1) or match.group(2)):
                rules[((match.group(1) or "").lower(), match.group(2) or "")] = font
    return rules if any(rules.values()) else {}


def rule_font(tag: str, classes: str, rules: FontRules) -> tuple[bool, LegacyFont | None]:
    """Whether a rule sets the font of a ``tag`` with ``classes``, and the legacy font it is.

    A class rule beats a tag rule; ``tag.class`` beats ``.class``.
    """
    for name in classes.split():
        for key in ((tag, name), ("", name)):
            if key in rules:
                return True, rules[key]
    if (tag, "") in rules:
        return True, rules[(tag, "")]
    return False, None
